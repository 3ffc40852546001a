/**
 * The golden tests on real documents (issue 10, "Must show"): each test file states, from a
 * careful human reading of one document, what extraction must give, and this module turns that
 * statement into jest cases. Pure read + extract: no engine.
 *
 * What a spec states (everything but `file` optional):
 *  - `counts`: for each of the four insight kinds, the [min, max] a reader would accept;
 *  - `items`: insights by kind and opening words (case, accents, whitespace, quotes and dashes
 *    folded; a leading label such as "Recommendation 3:", "1.", "a)" or "R2" ignored), with the
 *    addressee or responsible unit the document names, and `first`/`last` for order;
 *  - `document`: kind and language; `evaluation` and `project`: the metadata the document states;
 *  - `countries`: the project's own countries, and countries it must NOT list as concerned;
 *  - `junk`: extra openings that must never be an insight (running footers, annex titles, ...);
 *  - `gaps`: facts the document states for which the model has no field yet (see
 *    tests/real/MODEL-GAPS.md): read through `readGapField`, failing with "MODEL GAP" while absent.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ActorRef, DocumentKind, EvaluationMode, EvaluationTiming, ExtractionRecord, Insight, InsightKind, Language } from '../../src/model/records.js';
import { INSIGHT_KINDS } from '../../src/model/records.js';
import { readDocument } from '../../src/read/read-document.js';
import type { ReadResult } from '../../src/model/read-result.js';

/** A file of the shared development corpus, as CI has it: `../shared/corpus/<file>` from the repository root. */
export function corpus(file: string): string {
  return path.join('..', 'shared', 'corpus', file);
}

/** A real document of our own finding, under tests/fixtures/real/. */
export function found(file: string): string {
  return path.join('tests', 'fixtures', 'real', file);
}

export interface Extracted {
  read: ReadResult;
  record: ExtractionRecord;
}

const cache = new Map<string, Promise<Extracted>>();

/** Reads a file with readDocument and extracts its record, once per file (a 73-page PDF takes seconds). */
export function readAndExtract(file: string): Promise<Extracted> {
  let pending = cache.get(file);
  if (!pending) {
    pending = readDocument(file).then((read) => ({ read, record: extractRecord(read) }));
    cache.set(file, pending);
  }
  return pending;
}

/**
 * Folds text for comparison: markup and footnote markers dropped, NFKD without combining marks
 * (accents and ligatures), lower case, typographic quotes and dashes made plain, whitespace collapsed.
 */
export function fold(text: string): string {
  return text
    .replace(/<sup>[^<]{0,40}<\/sup>/gi, ' ')
    .replace(/\[\^\d{1,3}\]/g, ' ')
    .replace(/\*\*|__/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’‚′`]/g, "'")
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[•▪●◦·]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A leading label is not part of an insight's words: "Recommendation 3:", "Recommandation n° 2 -",
// "Recomendación 3.", "Rec. #2 –", "R1", "Lesson 4:", "Finding 2.1", "1.", "6.2", "a)", "(iv)", "- ".
const LEADING_LABEL = new RegExp(
  [
    '^(?:[-*]\\s+)?',
    '(?:(?:recommendations?|recommandations?|recomendaci(?:o|on|ones)|rec\\.?|lessons?(?: learned)?|lecons?(?: apprises| tirees)?|lecciones?(?: aprendidas?)?|findings?|constats?|hallazgos?|conclusions?|conclusiones?)',
    '\\s*(?:n\\s*[°o]\\.?\\s*|no\\.\\s*|#\\s*)?[0-9ivx]{1,4}(?:\\.[0-9]{1,2})*\\s*[.:)\\-]?\\s+',
    '|r\\d{1,2}\\s*[.:)\\-]?\\s+',
    '|\\(?(?:\\d{1,2}(?:\\.\\d{1,2})*|[a-h]|[ivx]{1,5})[.):]\\s+',
    ')?',
  ].join(''),
);

/** The folded words an insight opens with: headline then text, any leading label dropped. */
export function openingOf(insight: Insight): string {
  const whole = fold(`${insight.headline ?? ''} ${insight.text}`);
  return whole.replace(LEADING_LABEL, '');
}

function opensWith(insight: Insight, expected: string): boolean {
  const want = fold(expected).replace(LEADING_LABEL, '');
  const candidates = [openingOf(insight), fold(insight.text).replace(LEADING_LABEL, '')];
  if (insight.headline) candidates.push(fold(insight.headline).replace(LEADING_LABEL, ''));
  return candidates.some((candidate) => candidate.startsWith(want));
}

/** Insights of one kind, in the record's order. */
export function ofKind(record: ExtractionRecord, kind: InsightKind): Insight[] {
  return record.insights.filter((insight) => insight.kind === kind);
}

function preview(insights: readonly Insight[], limit = 40): string {
  if (insights.length === 0) return '  (none)';
  const lines = insights.slice(0, limit).map((insight, i) => `  ${i + 1}. ${openingOf(insight).slice(0, 90)}`);
  if (insights.length > limit) lines.push(`  … ${insights.length - limit} more`);
  return lines.join('\n');
}

/** The insights of `kind` that open with `opening` (any of the alternatives). */
export function findByOpening(record: ExtractionRecord, kind: InsightKind, opening: string | readonly string[]): Insight[] {
  const wanted = typeof opening === 'string' ? [opening] : opening;
  return ofKind(record, kind).filter((insight) => wanted.some((w) => opensWith(insight, w)));
}

/** Fails unless exactly one insight of `kind` opens with `opening`; returns it. */
export function expectOneInsight(record: ExtractionRecord, kind: InsightKind, opening: string | readonly string[]): Insight {
  const matches = findByOpening(record, kind, opening);
  if (matches.length !== 1) {
    throw new Error(
      `expected exactly one ${kind} opening with ${JSON.stringify(opening)}, found ${matches.length}.\n` +
        `${kind} insights extracted (${ofKind(record, kind).length}):\n${preview(ofKind(record, kind))}`,
    );
  }
  return matches[0]!;
}

/** Fails unless the number of insights of `kind` lies in [min, max]. */
export function expectCountInRange(record: ExtractionRecord, kind: InsightKind, [min, max]: readonly [number, number]): void {
  const list = ofKind(record, kind);
  if (list.length < min || list.length > max) {
    throw new Error(`expected ${min}–${max} ${kind} insights, got ${list.length}:\n${preview(list)}`);
  }
}

/** Every name an insight is addressed to: addressees, responsible unit, management-response "who". */
export function addresseeNamesOf(insight: Insight): string[] {
  const names: string[] = [];
  for (const actor of insight.addressees) names.push(actor.name, actor.asWritten, actor.id);
  const fields = (insight.fields ?? {}) as Record<string, unknown>;
  if (typeof fields.responsibleUnit === 'string') names.push(fields.responsibleUnit);
  const response = fields.managementResponse as Record<string, unknown> | undefined;
  if (response && typeof response.who === 'string') names.push(response.who);
  return names.map(fold);
}

/** Fails unless some addressee or responsible unit of the insight contains `name` (folded). */
export function expectAddressedTo(insight: Insight, name: string): void {
  const names = addresseeNamesOf(insight);
  if (!names.some((n) => n.includes(fold(name)))) {
    throw new Error(`expected "${openingOf(insight).slice(0, 80)}" to be addressed to ${name}; addressees/responsible: ${JSON.stringify(names)}`);
  }
}

/**
 * Reads a field the model does not have yet (a model gap, listed in tests/real/MODEL-GAPS.md)
 * by its dotted path, e.g. `evaluation.commissioner` or `fields.managementResponse.decision`.
 * Throws "MODEL GAP" while the field is absent, so the test names what the model lacks.
 */
export function readGapField(root: unknown, dottedPath: string, gap = true): unknown {
  let value: unknown = root;
  for (const key of dottedPath.split('.')) {
    if (value === null || typeof value !== 'object' || !(key in value)) {
      throw new Error(gap ? `MODEL GAP: ${dottedPath} is not in the record (see tests/real/MODEL-GAPS.md)` : `${dottedPath} is missing`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Asserts a gap field's value: a string is matched folded and as a substring of the value's JSON (so
 * an actor's or a list's names match); a RegExp against the value's JSON; an object key by key (strings
 * as prefixes); anything else with toEqual.
 */
export function expectGapField(root: unknown, dottedPath: string, expected: unknown, gap = true): void {
  const value = readGapField(root, dottedPath, gap);
  if (typeof expected === 'string') {
    const haystack = fold(JSON.stringify(value) ?? '');
    if (!haystack.includes(fold(expected))) throw new Error(`${dottedPath}: expected it to contain "${expected}", got ${JSON.stringify(value)}`);
  } else if (expected instanceof RegExp) {
    expect(JSON.stringify(value)).toMatch(expected);
  } else if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    // Objects: each expected string is a prefix of the field's value (a period `{ start: '2017' }`
    // accepts `2017-01`); other values must be equal.
    for (const [key, want] of Object.entries(expected as Record<string, unknown>)) {
      const got = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      const ok = typeof want === 'string' ? typeof got === 'string' && fold(got).startsWith(fold(want)) : JSON.stringify(got) === JSON.stringify(want);
      if (!ok)
        throw new Error(`${dottedPath}.${key}: expected ${JSON.stringify(want)}${typeof want === 'string' ? ' (prefix)' : ''}, got ${JSON.stringify(got)}`);
    }
  } else {
    expect(value).toEqual(expected);
  }
}

function actorMatches(actors: readonly (ActorRef | null | undefined)[], name: string): boolean {
  const want = fold(name);
  return actors.some((a) => a && [a.name, a.asWritten, a.id].some((n) => fold(n).includes(want)));
}

/** One insight the document holds, as a reader sees it. */
export interface ItemSpec {
  kind: InsightKind;
  /** Opening words (alternatives where the document words the same item differently in two places). */
  opening: string | readonly string[];
  /** The addressee or responsible unit the document names (matched folded, as a substring). */
  addressee?: string | readonly string[];
  /** This is the first / last insight of its kind in the record's order. */
  position?: 'first' | 'last';
  /** A headline the document gives (bold lead-in), matched folded as a prefix. */
  headline?: string;
  /** Fields the model has (e.g. `fields.managementResponse.keyActions`): dotted path -> expected value (as expectGapField). */
  fields?: Record<string, unknown>;
  /** Model gaps on this insight: dotted path from the insight -> expected value (see expectGapField). */
  gaps?: Record<string, unknown>;
  /** Why this item (shown in the test name). */
  note?: string;
  /**
   * The executive summary and the body state this finding in nearly the same words: more than one
   * insight may match (deduplicating paraphrases of findings is not required; of recommendations it is).
   */
  repeats?: 'allowed';
}

export interface EvaluationSpec {
  /** Folded substring of evaluation.title. */
  title?: string;
  /** Folded text evaluation.title must not contain (a link's "[PDF – 237 KB]", a site name). */
  titleNot?: string;
  /** evaluation.completionDate starts with this (`2019` or `2019-11`). */
  completion?: string;
  /** evaluation.completionDate must not start with this (a web page's "Date modified", a ToR deadline). */
  notCompletion?: string;
  /** The timing, or the timings a reader would accept (null: the document states none). */
  timing?: EvaluationTiming | null | readonly (EvaluationTiming | null)[];
  mode?: EvaluationMode | null | readonly (EvaluationMode | null)[];
  /** Folded substring of evaluation.type. */
  type?: string;
  manager?: string | null;
  evaluators?: readonly string[];
  firms?: readonly string[];
}

export interface ProjectSpec {
  title?: string;
  /** The code, or the codes a reader would accept (a project with two phase codes). */
  code?: string | null | readonly string[];
  /** Budget as stated; null when the document states none (then none may be invented). */
  budget?: { amount: number; currency: string } | null;
  /** Expenditure (money spent) as stated; null when the document states none. */
  expenditure?: { amount: number; currency: string } | null;
  donors?: readonly string[];
  /** Implementing partners named (project.partners). */
  partners?: readonly string[];
}

export interface CountriesSpec {
  /** ISO3 codes the document concerns; all must be in project.countries. */
  concerned: readonly string[];
  /** When true, project.countries holds nothing else. */
  exactly?: boolean;
  /** ISO3 codes that must NOT be in project.countries (donor lists, addresses, series lists). */
  notConcerned?: readonly string[];
}

export interface RealDocumentSpec {
  /** Name shown in the describe block. */
  name: string;
  /** Path from the repository root: corpus('…') or found('…'). */
  file: string;
  /** The kind (or the kinds a reader would accept) and the language. */
  document?: { kind?: DocumentKind | readonly DocumentKind[]; language?: Language };
  counts: Record<InsightKind, readonly [number, number]>;
  items?: readonly ItemSpec[];
  evaluation?: EvaluationSpec;
  project?: ProjectSpec;
  countries?: CountriesSpec;
  junk?: {
    /** Folded openings that must never start an insight (running footers, annex titles, headings). */
    forbiddenOpenings?: readonly string[];
    /** Real insights shorter than the 40-character floor, quoted from the document (folded prefixes). */
    shortAllowed?: readonly string[];
    /** Text that must not appear inside any insight: running headers and footers cut into a sentence. */
    forbiddenFragments?: readonly string[];
  };
  /** Text that must NOT come out as an insight of that kind (a finding read as a recommendation, a question, ...). */
  notItems?: readonly { kind: InsightKind; opening: string; note?: string }[];
  /** Record-level model gaps: dotted path from the record -> expected value (see expectGapField). */
  gaps?: Record<string, unknown>;
}

const ACRONYM_ENTRY = /^[A-Z][A-Za-z&/-]{1,11}\s*(?:[-–:=\t]|\s{2,})?\s*[A-Z][\w'’-]*(?:\s+[\w'’(),&-]+){0,10}$/;
const TOC_LINE = /(?:\.\s?){4,}|…{2,}|\s\d{1,3}$/;
const HEADING_ONLY =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:executive summary|summary|introduction|background|methodology|findings?|conclusions?|recommendations?|lessons? learned|good practices?|annex(?:es)?|appendix|appendices|table of contents|contents|acronyms|abbreviations|resume|resume executif|constats|recommandations|lecons apprises|lecons tirees|bonnes pratiques|resumen ejecutivo|hallazgos|conclusiones|recomendaciones|lecciones aprendidas|buenas practicas|indice|anexos?)\s*:?$/;
const ANNEX_TITLE = /^(?:annex|annexe|anexo|appendix)\s+(?:[0-9ivxlc]+|[a-h])\b/;
const MARKUP = /<\/?[a-z][^>]*>|\*\*|\[\^\d+\]|^#{1,6}\s/i;

/** The reasons an insight is junk, empty when it is not. */
export function junkReasons(insight: Insight, extraForbidden: readonly string[] = [], shortAllowed: readonly string[] = []): string[] {
  const reasons: string[] = [];
  const raw = `${insight.headline ?? ''} ${insight.text}`.trim();
  const folded = openingOf(insight);
  const allowedShort = shortAllowed.some((s) => folded.startsWith(fold(s)));
  if (fold(raw).length < 40 && !allowedShort) reasons.push(`shorter than 40 characters`);
  if (raw.length < 120 && ACRONYM_ENTRY.test(insight.text.trim()) && !/[.;:!?]$/.test(insight.text.trim()) && !allowedShort) {
    reasons.push('looks like an acronym-list entry');
  }
  if (TOC_LINE.test(insight.text.trim()) && insight.text.length < 200) reasons.push('looks like a table-of-contents line');
  if (HEADING_ONLY.test(fold(insight.text))) reasons.push('is a bare heading');
  if (ANNEX_TITLE.test(fold(insight.text)) && insight.text.length < 200) reasons.push('is an annex title');
  if (MARKUP.test(insight.text) || MARKUP.test(insight.headline ?? '')) reasons.push('carries markup');
  for (const forbidden of extraForbidden) if (folded.startsWith(fold(forbidden))) reasons.push(`opens with forbidden "${forbidden}"`);
  return reasons;
}

/** Keys under which two insights are the same item: kind and the first 100 folded characters of the text. */
function duplicateKey(insight: Insight): string {
  return `${insight.kind}:${fold(insight.text).slice(0, 100)}`;
}

function expectEvaluation(record: ExtractionRecord, spec: EvaluationSpec): void {
  const evaluation = record.evaluation;
  if (!evaluation) throw new Error('expected an evaluation record, got null');
  if (spec.title !== undefined) {
    if (!fold(evaluation.title ?? '').includes(fold(spec.title)))
      throw new Error(`evaluation.title: expected it to contain "${spec.title}", got ${JSON.stringify(evaluation.title)}`);
  }
  if (spec.titleNot !== undefined && fold(evaluation.title ?? '').includes(fold(spec.titleNot))) {
    throw new Error(`evaluation.title: must not contain "${spec.titleNot}", got ${JSON.stringify(evaluation.title)}`);
  }
  if (spec.completion !== undefined) {
    if (!(evaluation.completionDate ?? '').startsWith(spec.completion)) {
      throw new Error(`evaluation.completionDate: expected ${spec.completion}, got ${JSON.stringify(evaluation.completionDate)}`);
    }
  }
  if (spec.notCompletion !== undefined && (evaluation.completionDate ?? '').startsWith(spec.notCompletion)) {
    throw new Error(
      `evaluation.completionDate: ${evaluation.completionDate} is not the completion date (${spec.notCompletion} is not what the document states)`,
    );
  }
  if (spec.timing !== undefined && ![spec.timing].flat().includes(evaluation.timing)) {
    throw new Error(`evaluation.timing: expected ${JSON.stringify(spec.timing)}, got ${JSON.stringify(evaluation.timing)}`);
  }
  if (spec.mode !== undefined && ![spec.mode].flat().includes(evaluation.mode)) {
    throw new Error(`evaluation.mode: expected ${JSON.stringify(spec.mode)}, got ${JSON.stringify(evaluation.mode)}`);
  }
  if (spec.type !== undefined && !fold(evaluation.type ?? '').includes(fold(spec.type))) {
    throw new Error(`evaluation.type: expected it to contain "${spec.type}", got ${JSON.stringify(evaluation.type)}`);
  }
  if (spec.manager !== undefined) {
    if (spec.manager === null) expect({ manager: evaluation.manager }).toEqual({ manager: null });
    else if (!actorMatches([evaluation.manager], spec.manager))
      throw new Error(`evaluation.manager: expected ${spec.manager}, got ${JSON.stringify(evaluation.manager)}`);
  }
  for (const name of spec.evaluators ?? []) {
    if (!actorMatches(evaluation.evaluators, name))
      throw new Error(`evaluation.evaluators: expected ${name} among ${JSON.stringify(evaluation.evaluators.map((a) => a.asWritten))}`);
  }
  for (const name of spec.firms ?? []) {
    if (!actorMatches(evaluation.evaluationFirms, name))
      throw new Error(`evaluation.evaluationFirms: expected ${name} among ${JSON.stringify(evaluation.evaluationFirms.map((a) => a.asWritten))}`);
  }
}

function expectProject(record: ExtractionRecord, spec: ProjectSpec): void {
  const project = record.project;
  if (!project) throw new Error('expected a project record, got null');
  if (spec.title !== undefined && !fold(project.title ?? '').includes(fold(spec.title))) {
    throw new Error(`project.title: expected it to contain "${spec.title}", got ${JSON.stringify(project.title)}`);
  }
  if (spec.code !== undefined && ![spec.code].flat().includes(project.code)) {
    throw new Error(`project.code: expected ${JSON.stringify(spec.code)}, got ${JSON.stringify(project.code)}`);
  }
  if (spec.budget !== undefined) expect({ budget: project.budget }).toEqual({ budget: spec.budget });
  if (spec.expenditure !== undefined) expect({ expenditure: project.expenditure }).toEqual({ expenditure: spec.expenditure });
  for (const name of spec.donors ?? []) {
    if (!actorMatches(project.donors, name))
      throw new Error(`project.donors: expected ${name} among ${JSON.stringify(project.donors.map((a) => a.asWritten))}`);
  }
  for (const name of spec.partners ?? []) {
    if (!actorMatches(project.partners, name))
      throw new Error(`project.partners: expected ${name} among ${JSON.stringify(project.partners.map((a) => a.asWritten))}`);
  }
}

function expectCountries(record: ExtractionRecord, spec: CountriesSpec): void {
  const got = (record.project?.countries ?? []).map((c) => c.iso3);
  const missing = spec.concerned.filter((iso3) => !got.includes(iso3));
  if (missing.length > 0) throw new Error(`project.countries: missing ${missing.join(', ')}; got [${got.join(', ')}]`);
  if (spec.exactly) {
    const extra = got.filter((iso3) => !spec.concerned.includes(iso3));
    if (extra.length > 0) throw new Error(`project.countries: only [${spec.concerned.join(', ')}] expected, also got ${extra.join(', ')}`);
  }
  const wrong = (spec.notConcerned ?? []).filter((iso3) => got.includes(iso3));
  if (wrong.length > 0) throw new Error(`project.countries: ${wrong.join(', ')} must not be listed as concerned; got [${got.join(', ')}]`);
}

/**
 * Declares the golden tests of one real document: one jest case per count, item, metadata group,
 * country check, junk check and model gap, so a run shows exactly what extraction gets right.
 */
export function describeRealDocument(spec: RealDocumentSpec): void {
  const load = () => readAndExtract(spec.file);
  describe(spec.name, () => {
    if (spec.document?.kind !== undefined || spec.document?.language !== undefined) {
      it('document kind and language', async () => {
        const { record } = await load();
        const kinds = spec.document?.kind === undefined ? [record.document.kind] : [spec.document.kind].flat();
        if (!kinds.includes(record.document.kind)) throw new Error(`document.kind: expected ${kinds.join(' or ')}, got ${record.document.kind}`);
        if (spec.document?.language !== undefined) expect({ language: record.document.language }).toEqual({ language: spec.document.language });
      });
    }

    for (const kind of INSIGHT_KINDS) {
      const range = spec.counts[kind];
      it(`${kind} count in [${range[0]}, ${range[1]}]`, async () => {
        const { record } = await load();
        expectCountInRange(record, kind, range);
      });
    }

    for (const item of spec.items ?? []) {
      const first = typeof item.opening === 'string' ? item.opening : item.opening[0]!;
      const label = `${item.kind}${item.position ? ` (${item.position})` : ''}: "${first.slice(0, 60)}"${item.addressee ? ` -> ${[item.addressee].flat().join(' / ')}` : ''}`;
      it(label, async () => {
        const { record } = await load();
        const insight =
          item.repeats === 'allowed' && findByOpening(record, item.kind, item.opening).length > 1
            ? findByOpening(record, item.kind, item.opening)[0]!
            : expectOneInsight(record, item.kind, item.opening);
        if (item.position) {
          const list = ofKind(record, item.kind);
          const at = item.position === 'first' ? list[0] : list[list.length - 1];
          if (at !== insight) throw new Error(`expected it ${item.position} among ${item.kind} insights:\n${preview(list)}`);
        }
        if (item.headline !== undefined && !fold(insight.headline ?? '').startsWith(fold(item.headline))) {
          throw new Error(`headline: expected "${item.headline}", got ${JSON.stringify(insight.headline)}`);
        }
        for (const name of [item.addressee ?? []].flat()) expectAddressedTo(insight, name);
      });
      for (const [fieldPath, expected] of Object.entries(item.fields ?? {})) {
        it(`${fieldPath} of ${item.kind} "${first.slice(0, 40)}"`, async () => {
          const { record } = await load();
          expectGapField(expectOneInsight(record, item.kind, item.opening), fieldPath, expected, false);
        });
      }
      for (const [gapPath, expected] of Object.entries(item.gaps ?? {})) {
        it(`model gap: ${gapPath} of ${item.kind} "${first.slice(0, 40)}"`, async () => {
          const { record } = await load();
          expectGapField(expectOneInsight(record, item.kind, item.opening), gapPath, expected);
        });
      }
    }

    for (const item of spec.notItems ?? []) {
      it(`not a ${item.kind}: "${item.opening.slice(0, 60)}"`, async () => {
        const { record } = await load();
        const wrong = findByOpening(record, item.kind, item.opening);
        if (wrong.length > 0) throw new Error(`${wrong.length} ${item.kind} insight(s) open with "${item.opening}"${item.note ? ` (${item.note})` : ''}`);
      });
    }

    if (spec.evaluation) {
      it('evaluation metadata', async () => {
        const { record } = await load();
        expectEvaluation(record, spec.evaluation!);
      });
    }
    if (spec.project) {
      it('project metadata', async () => {
        const { record } = await load();
        expectProject(record, spec.project!);
      });
    }
    if (spec.countries) {
      it(`countries concerned: [${spec.countries.concerned.join(', ')}]${spec.countries.notConcerned?.length ? `, not ${spec.countries.notConcerned.join(', ')}` : ''}`, async () => {
        const { record } = await load();
        expectCountries(record, spec.countries!);
      });
    }

    it('no junk insight (short, acronym entry, contents line, heading, annex title, markup, forbidden opening)', async () => {
      const { record } = await load();
      const bad = record.insights
        .map((insight) => {
          const reasons = junkReasons(insight, spec.junk?.forbiddenOpenings, spec.junk?.shortAllowed);
          const whole = fold(`${insight.headline ?? ''} ${insight.text}`);
          for (const fragment of spec.junk?.forbiddenFragments ?? []) if (whole.includes(fold(fragment))) reasons.push(`contains "${fragment}"`);
          return { insight, reasons };
        })
        .filter((entry) => entry.reasons.length > 0);
      if (bad.length > 0) {
        const lines = bad.slice(0, 25).map(({ insight, reasons }) => `  ${insight.kind} "${openingOf(insight).slice(0, 70)}": ${reasons.join('; ')}`);
        throw new Error(`${bad.length} junk insight(s):\n${lines.join('\n')}`);
      }
    });

    it('no insight twice', async () => {
      const { record } = await load();
      const seen = new Map<string, number>();
      for (const insight of record.insights) seen.set(duplicateKey(insight), (seen.get(duplicateKey(insight)) ?? 0) + 1);
      const dups = [...seen.entries()].filter(([, n]) => n > 1);
      if (dups.length > 0)
        throw new Error(
          `${dups.length} item(s) extracted more than once:\n${dups
            .slice(0, 20)
            .map(([k, n]) => `  ${n}× ${k.slice(0, 100)}`)
            .join('\n')}`,
        );
    });

    for (const [gapPath, expected] of Object.entries(spec.gaps ?? {})) {
      it(`model gap: ${gapPath}`, async () => {
        const { record } = await load();
        expectGapField(record, gapPath, expected);
      });
    }
  });
}
