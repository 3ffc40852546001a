/**
 * i-eval Discovery's own lesson-learned and good-practice records, as saved from its pages or
 * exported: a list of labelled fields (`eval_number`, `description`, `context`, ...), written
 * either as `label:` on one line and the value on the next (or on the same line), or as
 * `- label:` / `- value` bullets. Empty values are `-`, `- -` or `N/A`. One page may list
 * several records: a record ends where a label it already has appears again.
 */
import type { EvaluationRecord, GoodPracticeFields, InsightKind, LessonLearnedFields, ProjectRecord } from '../../model/records.js';
import { emptyEvaluation } from '../record-helpers.js';
import { cleanInline } from '../text-cleanup.js';
import type { RawInsight } from './raw-insight.js';
import type { Template } from './template.js';
import { parseMode, parseTiming } from './value-parsers.js';

/** The field a record label holds, keyed by the label folded to `snake_case`. */
const RECORD_LABELS: Record<string, RecordField> = {
  eval_number: 'evalNumber',
  evaluation_number: 'evalNumber',
  eval_url: 'evalUrl',
  evaluation_url: 'evalUrl',
  themes: 'theme',
  theme: 'theme',
  category: 'category',
  comments: 'targetedUsers',
  targeted_users: 'targetedUsers',
  challenges: 'challenges',
  success: 'successes',
  successes: 'successes',
  context: 'context',
  description: 'description',
  administrative_issues: 'administrativeIssues',
  url: 'url',
  location: 'location',
  country: 'location',
  countries: 'location',
  region: 'location',
  eval_title: 'evalTitle',
  evaluation_title: 'evalTitle',
  title: 'title',
  // A recommendation's record (i-eval's recommendations pages): the office's action plan, the response's status, the
  // progress made and the units responsible.
  action_plan: 'actionPlan',
  management_response: 'responseStatus',
  progress: 'progress',
  admin_units: 'adminUnits',
};

type RecordField =
  | 'evalNumber'
  | 'evalUrl'
  | 'theme'
  | 'category'
  | 'targetedUsers'
  | 'challenges'
  | 'successes'
  | 'context'
  | 'description'
  | 'administrativeIssues'
  | 'url'
  | 'location'
  | 'evalTitle'
  | 'title'
  | 'actionPlan'
  | 'responseStatus'
  | 'progress'
  | 'adminUnits';

const LABEL_LINE = /^[ \t]*(?:[-*•][ \t]+)?\**([A-Za-z][A-Za-z _]{1,30}?)\**[ \t]*:[ \t]*(.*)$/;

function recordField(label: string): RecordField | null {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return RECORD_LABELS[key] ?? null;
}

/** `-`, `- -`, `N/A`, `n.a.`, `none`: the field was left empty. */
function isEmptyValue(value: string): boolean {
  return /^(?:[-–—\s]*|n\/?a\.?|n\.a\.|none|aucun(e)?|ninguno)$/i.test(value.trim());
}

interface FieldValue {
  field: RecordField;
  value: string;
  start: number;
  end: number;
}

interface RawRecord {
  fields: Map<RecordField, FieldValue>;
  /** The labels seen, as written (folded): a label seen twice starts the next record. */
  labels: Set<string>;
  start: number;
  end: number;
  /** The last heading above the record (page title, "Good practices", ...). */
  heading: string;
}

/** The fields of a recommendation's record that answer it. */
const RESPONSE_FIELDS: ReadonlySet<RecordField> = new Set(['actionPlan', 'responseStatus', 'progress', 'adminUnits']);

/** How many distinct record labels the text holds at line starts (0 when it is not a records page). */
export function scoreLessonRecords(text: string): number {
  const seen = new Set<RecordField>();
  for (const line of text.split('\n')) {
    const match = LABEL_LINE.exec(line);
    if (!match) continue;
    const field = recordField(match[1]!);
    // A recommendation's response fields ("Management Response:", "Progress:") are any registry's, not i-eval's mark.
    if (field && field !== 'title' && field !== 'url' && field !== 'location' && !RESPONSE_FIELDS.has(field)) seen.add(field);
  }
  const anchored = seen.has('description') || seen.has('evalNumber');
  return anchored && seen.size >= 3 ? seen.size : 0;
}

/** Parses every record of the page into raw insights with structured fields. Never throws. */
export function parseLessonRecords(text: string): { insights: RawInsight[]; warnings: string[] } {
  const records: RawRecord[] = [];
  let current: RawRecord | null = null;
  let pending: { field: RecordField; lines: Array<{ text: string; start: number; end: number }>; start: number } | null = null;
  let heading = '';
  let offset = 0;

  const flushField = (): void => {
    if (!pending || !current) {
      pending = null;
      return;
    }
    const value = cleanInline(pending.lines.map((line) => line.text.replace(/^[ \t]*[-*•][ \t]+/, '')).join(' '));
    const last = pending.lines[pending.lines.length - 1];
    const existing = current.fields.get(pending.field);
    if (!isEmptyValue(value) && (!existing || pending.field === 'location')) {
      // `region: Tahoua` then `country: Niger` make one location, "Tahoua, Niger".
      const combined = existing ? `${existing.value}, ${value}` : value;
      current.fields.set(pending.field, { field: pending.field, value: combined, start: existing?.start ?? pending.start, end: last?.end ?? pending.start });
      current.end = Math.max(current.end, last?.end ?? pending.start);
    }
    pending = null;
  };
  const flushRecord = (): void => {
    flushField();
    if (current && current.fields.size > 0) records.push(current);
    current = null;
  };

  for (const line of text.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    const headingMatch = /^#{1,6}\s+(.*)$/.exec(line);
    if (headingMatch) {
      flushRecord();
      heading = cleanInline(headingMatch[1]!);
      continue;
    }
    const label = LABEL_LINE.exec(line);
    const field = label ? recordField(label[1]!) : null;
    if (label && field) {
      flushField();
      // A label the record already holds starts the next record.
      const open: RawRecord | null = current;
      const key = label[1]!
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      if (open && (open.labels.has(key) || (field === 'evalNumber' && open.labels.size > 0))) flushRecord();
      current ??= { fields: new Map(), labels: new Set(), start, end, heading };
      current.labels.add(key);
      const rest = label[2]!.trim();
      pending = { field, lines: rest ? [{ text: rest, start, end }] : [], start };
      continue;
    }
    if (line.trim() === '') continue;
    if (pending) {
      const holder: { lines: Array<{ text: string; start: number; end: number }> } = pending;
      holder.lines.push({ text: line, start, end });
    }
  }
  flushRecord();

  const insights: RawInsight[] = [];
  const ordinals = new Map<string, number>();
  for (const record of records) {
    const get = (field: RecordField): string | undefined => record.fields.get(field)?.value;
    const recommendation = recommendationOf(record);
    if (recommendation) {
      const ordinal = (ordinals.get(recommendation.section) ?? 0) + 1;
      ordinals.set(recommendation.section, ordinal);
      insights.push({ ...recommendation, ordinal });
      continue;
    }
    const kind = recordKind(get('category'), record.heading);
    const description = get('description') ?? get('successes') ?? get('challenges') ?? get('context');
    if (!description) continue;
    const section = record.heading || (kind === 'GOOD_PRACTICE' ? 'Good practices' : 'Lessons learned');
    const ordinal = (ordinals.get(section) ?? 0) + 1;
    ordinals.set(section, ordinal);
    const common = {
      theme: get('theme'),
      category: get('category'),
      evalNumber: get('evalNumber'),
      evalUrl: get('evalUrl'),
      url: get('url'),
      location: get('location'),
      evalTitle: get('evalTitle'),
    };
    const fields: LessonLearnedFields | GoodPracticeFields =
      kind === 'GOOD_PRACTICE'
        ? { summary: get('description'), conditions: get('context'), ...common }
        : {
            description: get('description'),
            context: get('context'),
            challenges: get('challenges'),
            successes: get('successes'),
            administrativeIssues: get('administrativeIssues'),
            targetedUsers: get('targetedUsers'),
            ...common,
          };
    insights.push({
      kind,
      headline: get('title') ?? null,
      text: description,
      section,
      start: record.start,
      end: record.end,
      ordinal,
      addressee: null,
      fields: dropUndefined(fields),
    });
  }
  const warnings = records.length > insights.length ? [`${records.length - insights.length} record(s) without a description were skipped.`] : [];
  return { insights, warnings };
}

/** A recommendation's number before its statement, with or without its label. */
const ITEM_NUMBER = /^(?:(?:recomendaci[oó]n|recommendation|recommandation)\s*)?\d{1,2}\s*[.:)–-]\s+(?=\p{Lu})/iu;

/**
 * A recommendation's record (i-eval Discovery's recommendations pages, in the three languages: "title: 2. Deben
 * promoverse las sinergias …", "action_plan: Durante toda la fase de extensión …", "management_response: Completed",
 * "progress: Partially achieved", "admin_units: DWT/CO-Lima"): the recommendation is its title, the action plan its key
 * actions; the status, the progress and the units go with them. Null for a lesson's or a good practice's record, which
 * has no action plan and no response. The record page had given no insight at all.
 */
function recommendationOf(record: RawRecord): RawInsight | null {
  const get = (field: RecordField): string | undefined => record.fields.get(field)?.value;
  // "2. Deben promoverse …", "Recomendación 8. Crear mecanismos …": the report's number is no part of the statement.
  const statement = get('title')?.replace(ITEM_NUMBER, '');
  const answered = get('actionPlan') ?? get('responseStatus') ?? get('progress');
  if (!statement || !answered || get('description')) return null;
  const response = dropUndefined({ keyActions: get('actionPlan'), status: get('progress') ?? get('responseStatus'), who: get('adminUnits') });
  return {
    kind: 'RECOMMENDATION',
    headline: null,
    text: statement,
    section: record.heading || 'Recommendations',
    start: record.start,
    end: record.end,
    ordinal: 1,
    addressee: null,
    fields: { managementResponse: response },
  };
}

/** A record's kind: its category first ("Emerging good practice"), then the page heading. */
function recordKind(category: string | undefined, heading: string): InsightKind {
  const probe = `${category ?? ''} ${category ? '' : heading}`.toLowerCase();
  return /good practice|bonne pratique|buena pr[aá]ctica|best practice/.test(probe) ? 'GOOD_PRACTICE' : 'LESSON_LEARNED';
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/**
 * Lesson records that all come from one evaluation: its title, and the timing and mode the
 * title states. The project code in the title is left to the summary: the graph keys an
 * evaluation by project code and timing, so a records page carrying them would take the
 * place of the summary of the same evaluation (docs/graph.md, "evaluation key").
 */
function fromRecordFields(insights: readonly RawInsight[]): { evaluation: EvaluationRecord | null; project: ProjectRecord | null } {
  const titles = new Set(
    insights.map((insight) => (insight.fields as { evalTitle?: string } | null)?.evalTitle).filter((title): title is string => Boolean(title)),
  );
  if (titles.size !== 1) return { evaluation: null, project: null };
  const title = [...titles][0]!;
  const timing = parseTiming(title);
  const mode = parseMode(title);
  const evaluation: EvaluationRecord = {
    ...emptyEvaluation(),
    title,
    type: /\bproje(c)?t|proyecto/i.test(title) ? 'PROJECT' : null,
    timing: timing === 'OTHER' ? null : timing,
    mode: mode === 'OTHER' ? null : mode,
  };
  return { evaluation, project: null };
}

export const iloIevalLessonRecordsTemplate: Template = {
  id: 'ilo-ieval-lesson-records',
  minScore: 1,
  score: (outline) => scoreLessonRecords(outline.text),
  parse(outline) {
    const parse = parseLessonRecords(outline.text);
    return { insights: parse.insights, ...fromRecordFields(parse.insights), keywords: [], warnings: parse.warnings };
  },
};
