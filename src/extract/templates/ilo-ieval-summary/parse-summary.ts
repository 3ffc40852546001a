/**
 * The i-eval Discovery summary parser: quick facts as `**Label:** value` lines or table rows,
 * then background, main findings (bold headline + explanation), recommendations (by addressee),
 * lessons learned and good practices. Pure: blocks in, raw strings with offsets out; reference
 * data is applied in to-records.ts.
 *
 * The parser's state is one explicit object (`ParserState`) that each step reads and updates,
 * so every transition (entering a zone, opening and closing an item) is a named function.
 */
import type { InsightKind } from '../../../model/records.js';
import { type Block, isPhotoCredit, splitBoldLead, splitEnumeration, stripItemMarker } from '../../text-cleanup.js';
import { type RawInsight, locateItems } from '../raw-insight.js';
import { isRecommendationFieldLine } from '../recommendation-fields.js';
import { foldLabel } from '../value-parsers.js';
import { ALL_LABELS, type FactField, type SummaryZone, classifyFactLabel, classifySummaryHeading, splitFacts } from './labels.js';

export interface FactValue {
  value: string;
  start: number;
  end: number;
}

/** What the summary template yields before reference data is applied. */
export interface SummaryParse {
  /** Title from the `## < ... >` heading (or the project-title fact). */
  title: string | null;
  facts: Partial<Record<FactField, FactValue>>;
  timingLabel: string | null;
  /** The paragraphs of the project summary (objective, outcomes, strategy), clean. */
  projectSummary: string[];
  objective: string | null;
  outcomes: string[];
  insights: RawInsight[];
  /** Clean texts of the footnotes, kept apart: a footnote is never part of an insight. */
  footnotes: string[];
  warnings: string[];
}

/** An item being read: a finding with its explanation, a recommendation, a lesson, a practice. */
interface OpenItem {
  kind: InsightKind;
  headline: string | null;
  paragraphs: string[];
  section: string;
  start: number;
  end: number;
  addressee: string | null;
}

type Zone = SummaryZone | 'preamble' | 'other';

/** Everything the parser knows between two blocks. */
interface ParserState {
  readonly parse: SummaryParse;
  readonly fullText: string;
  /** The section being read. */
  zone: Zone;
  /** Its heading as written (the insights' provenance section). */
  sectionName: string;
  /** Recommendations: the addressee heading or row label above. */
  addressee: string | null;
  /** Recommendations: addressees are the headings below this level. */
  containerLevel: number;
  /** A bold line or row label that titles the next lesson or practice. */
  pendingHeadline: { text: string; start: number } | null;
  /** A quick-facts label whose value is the next block. */
  pendingFactLabel: { field: FactField; start: number } | null;
  open: OpenItem | null;
  /** Findings paragraphs seen before any bold headline (findings written as plain paragraphs). */
  readonly findingIntro: Block[];
  findingsWithHeadline: number;
  findingsSection: string;
  readonly ordinals: Map<string, number>;
  readonly zonesSeen: Set<string>;
}

/** A paragraph that only introduces what follows ("Les principales leçons sont :"). */
function isIntroduction(text: string): boolean {
  return /:\s*$/.test(text) && text.split(/\s+/).length <= 25;
}

function kindOfZone(zone: Zone): InsightKind | null {
  if (zone === 'findings') return 'FINDING';
  if (zone === 'recommendations' || zone === 'recommendationsContainer') return 'RECOMMENDATION';
  if (zone === 'lessons') return 'LESSON_LEARNED';
  if (zone === 'goodPractices') return 'GOOD_PRACTICE';
  return null;
}

/** Closes the open item: it becomes an insight with the next ordinal of its section. */
function closeItem(state: ParserState): void {
  const item = state.open;
  if (!item) return;
  state.open = null;
  if (item.paragraphs.length === 0 && !item.headline) return;
  const key = `${item.kind}|${item.section}`;
  const ordinal = (state.ordinals.get(key) ?? 0) + 1;
  state.ordinals.set(key, ordinal);
  state.parse.insights.push({
    kind: item.kind,
    headline: item.headline,
    text: item.paragraphs.length > 0 ? item.paragraphs.join('\n\n') : (item.headline ?? ''),
    section: item.section,
    start: item.start,
    end: item.end,
    ordinal,
    addressee: item.addressee,
    fields: null,
  });
}

function enterZone(state: ParserState, next: SummaryZone, name: string, level: number | null): void {
  closeItem(state);
  state.zone = next;
  state.zonesSeen.add(next === 'recommendationsContainer' ? 'recommendations' : next);
  if (next === 'findings') state.findingsSection = name;
  state.sectionName = name;
  state.addressee = null;
  state.pendingHeadline = null;
  // Addressees are the headings below the recommendations heading; a bold line or row label keeps the level.
  if ((next === 'recommendationsContainer' || next === 'recommendations') && level !== null) state.containerLevel = level;
}

/** Items of list zones: one paragraph, or several when it holds an inline enumeration. */
function addListItems(state: ParserState, block: Block, kind: InsightKind, text: string = block.text): void {
  if (isIntroduction(text)) return;
  const { items } = splitEnumeration(text);
  for (const item of locateItems(state.fullText, block, items)) {
    const headline = state.pendingHeadline;
    state.pendingHeadline = null;
    state.open = {
      kind,
      headline: headline?.text ?? null,
      paragraphs: [stripItemMarker(item.text)],
      section: state.sectionName,
      start: headline?.start ?? item.start,
      end: item.end,
      addressee: kind === 'RECOMMENDATION' ? state.addressee : null,
    };
    closeItem(state);
  }
}

/** A heading, row label or short bold line that names a section of the template; true when it did. */
function readSectionHeading(state: ParserState, blocks: readonly Block[], index: number): { handled: boolean; skip: number } {
  const block = blocks[index]!;
  const headingLike = block.kind === 'heading' || block.kind === 'label' || (block.bold && block.text.split(/\s+/).length <= 12);
  if (!headingLike) return { handled: false, skip: 0 };
  let classified = classifySummaryHeading(block.text);
  let name = block.text;
  let skip = 0;
  // A heading split over two lines ("### Principales" / "### recommandations et suivi").
  const next = blocks[index + 1];
  if (!classified && block.kind === 'heading' && next?.kind === 'heading') {
    const merged = `${block.text} ${next.text}`;
    const mergedZone = classifySummaryHeading(merged);
    if (mergedZone) {
      classified = mergedZone;
      name = merged;
      skip = 1;
    }
  }
  if (!classified) return { handled: false, skip: 0 };
  enterZone(state, classified, name, block.kind === 'heading' ? block.level : null);
  return { handled: true, skip };
}

/** A heading that names no section: the title, an addressee, or the end of a zone. */
function readOtherHeading(state: ParserState, block: Block): void {
  // The template writes its title as `## < Title >`; before it, a first heading may be the
  // organisation's name, which the bracketed title replaces.
  const bracketed = /^<\s*[\s\S]+>$/.test(block.text);
  if (state.zone === 'preamble' && block.level <= 2 && (state.parse.title === null || bracketed)) {
    state.parse.title = block.text.replace(/^<\s*|\s*>$/g, '').trim() || null;
    return;
  }
  if ((state.zone === 'recommendations' || state.zone === 'recommendationsContainer') && block.level > state.containerLevel) {
    state.addressee = block.text;
    return;
  }
  if (block.level <= 2) {
    closeItem(state);
    state.zone = 'other';
  }
}

/** Quick facts: `**Label:** value` paragraphs, label rows with their value in the next block. */
function readFacts(state: ParserState, block: Block): void {
  const parse = state.parse;
  if (block.kind === 'label') {
    const field = classifyFactLabel(block.text);
    state.pendingFactLabel = field ? { field, start: block.start } : null;
    return;
  }
  if (state.pendingFactLabel) {
    parse.facts[state.pendingFactLabel.field] ??= { value: block.text, start: block.start, end: block.end };
    state.pendingFactLabel = null;
    return;
  }
  let factFound = false;
  for (const fact of splitFacts(block)) {
    const field = classifyFactLabel(fact.label);
    if (!field) continue;
    factFound = true;
    if (parse.facts[field]) continue;
    parse.facts[field] = { value: fact.value, start: block.start, end: block.end };
    if (field === 'timingWithDate') parse.timingLabel = fact.label;
  }
  if (factFound) return;
  if (state.zone === 'background') parse.projectSummary.push(block.text);
}

/** Findings: a bold headline (a line, or the opening run of a paragraph) and its explanation. */
function readFinding(state: ParserState, block: Block): void {
  if (block.bold || block.kind === 'label') {
    closeItem(state);
    state.findingsWithHeadline += 1;
    state.open = {
      kind: 'FINDING',
      headline: block.text.replace(/^[-*•]\s*/, ''),
      paragraphs: [],
      section: state.sectionName,
      start: block.start,
      end: block.end,
      addressee: null,
    };
    return;
  }
  // "**Relevance.** The project ...": the headline opens the paragraph.
  const lead = block.row ? null : splitBoldLead(block.raw);
  if (lead) {
    closeItem(state);
    state.findingsWithHeadline += 1;
    state.open = {
      kind: 'FINDING',
      headline: lead.headline,
      paragraphs: [lead.rest],
      section: state.sectionName,
      start: block.start,
      end: block.end,
      addressee: null,
    };
    return;
  }
  if (state.open) {
    state.open.paragraphs.push(block.text);
    state.open.end = block.end;
  } else state.findingIntro.push(block);
}

/** Recommendations: addressee labels and short bold lines, then the recommendations under them. */
function readRecommendation(state: ParserState, block: Block): void {
  if (block.kind === 'label' || (block.bold && block.text.split(/\s+/).length <= 8 && !/[.;]$/.test(block.text))) {
    state.addressee = block.text;
    return;
  }
  const last = state.parse.insights[state.parse.insights.length - 1];
  if (last?.kind === 'RECOMMENDATION' && isRecommendationFieldLine(block.text)) {
    // "Priority: High" on its own line belongs to the recommendation above.
    last.text = `${last.text} ${block.text}`;
    last.end = block.end;
    return;
  }
  addListItems(state, block, 'RECOMMENDATION');
}

/** Lessons and good practices: a bold line or row label titles the next item. */
function readLessonOrPractice(state: ParserState, block: Block): void {
  const kind = kindOfZone(state.zone)!;
  if (block.kind === 'label' || (block.bold && !/[.;]$/.test(block.text))) {
    state.pendingHeadline = { text: block.text, start: block.start };
    return;
  }
  const lead = block.row ? null : splitBoldLead(block.raw);
  if (lead) {
    state.pendingHeadline = { text: lead.headline, start: block.start };
    addListItems(state, block, kind, lead.rest);
    return;
  }
  addListItems(state, block, kind);
}

/** Reads one body block in the current zone. */
function readBlock(state: ParserState, block: Block): void {
  // A photo's caption or credit between the findings is no part of them.
  if (isPhotoCredit(block.text)) return;
  switch (state.zone) {
    case 'preamble':
    case 'quickFacts':
    case 'other':
    case 'background':
      readFacts(state, block);
      return;
    case 'projectSummary':
      state.parse.projectSummary.push(block.text);
      return;
    case 'situation':
    case 'purpose':
    case 'methodology':
      return;
    case 'findings':
      readFinding(state, block);
      return;
    case 'recommendations':
    case 'recommendationsContainer':
      readRecommendation(state, block);
      return;
    case 'lessons':
    case 'goodPractices':
      readLessonOrPractice(state, block);
      return;
  }
}

/**
 * Parses an i-eval summary from its blocks. Never throws: missing sections give warnings.
 */
export function parseIloSummary(blocks: readonly Block[], fullText: string): SummaryParse {
  const state: ParserState = {
    parse: { title: null, facts: {}, timingLabel: null, projectSummary: [], objective: null, outcomes: [], insights: [], footnotes: [], warnings: [] },
    fullText,
    zone: 'preamble',
    sectionName: '',
    addressee: null,
    containerLevel: 0,
    pendingHeadline: null,
    pendingFactLabel: null,
    open: null,
    findingIntro: [],
    findingsWithHeadline: 0,
    findingsSection: '',
    ordinals: new Map(),
    zonesSeen: new Set(),
  };
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'footnote') {
      state.parse.footnotes.push(block.text);
      continue;
    }
    const heading = readSectionHeading(state, blocks, index);
    if (heading.handled) {
      index += heading.skip;
      continue;
    }
    if (block.kind === 'heading') {
      readOtherHeading(state, block);
      continue;
    }
    readBlock(state, block);
  }
  closeItem(state);
  const parse = state.parse;

  // Findings written as plain paragraphs (no bold headlines): one finding per paragraph.
  if (state.findingsWithHeadline === 0 && state.findingIntro.length > 0) {
    state.findingIntro
      .filter((block) => !isIntroduction(block.text))
      .forEach((block, position) => {
        parse.insights.push({
          kind: 'FINDING',
          headline: null,
          text: block.text,
          section: state.findingsSection,
          start: block.start,
          end: block.end,
          ordinal: position + 1,
          addressee: null,
          fields: null,
        });
      });
  }

  const projectFacts = summariseProject(parse.projectSummary);
  parse.objective = projectFacts.objective;
  parse.outcomes = projectFacts.outcomes;

  if (!state.zonesSeen.has('findings')) parse.warnings.push('Template ilo-ieval-summary: no "main findings" section found.');
  if (!state.zonesSeen.has('recommendations')) parse.warnings.push('Template ilo-ieval-summary: no "recommendations" section found.');
  if (!state.zonesSeen.has('lessons')) parse.warnings.push('Template ilo-ieval-summary: no "lessons learned" section found.');
  if (!state.zonesSeen.has('goodPractices')) parse.warnings.push('Template ilo-ieval-summary: no "good practices" section found.');
  parse.insights.sort((a, b) => a.start - b.start);
  return parse;
}

/** The objective sentence and the outcome lines ("Résultat 1 : ...") of the project summary. */
function summariseProject(paragraphs: readonly string[]): { objective: string | null; outcomes: string[] } {
  let objective: string | null = null;
  const outcomes: string[] = [];
  for (const paragraph of paragraphs) {
    const folded = foldLabel(paragraph);
    const outcomeLabel = ALL_LABELS.map((labels) => labels.outcome.exec(folded)).find(Boolean);
    if (outcomeLabel) {
      const colon = paragraph.indexOf(':');
      const value = paragraph
        .slice(colon + 1)
        .replace(/[\s;,.]+$/, '')
        .trim();
      if (value) outcomes.push(value);
      continue;
    }
    if (objective === null && ALL_LABELS.some((labels) => labels.objective.test(folded))) {
      const sentence = /^[\s\S]*?[.!?](?=\s+[A-ZÀ-Ý]|\s*$)/.exec(paragraph);
      objective = (sentence ? sentence[0] : paragraph).trim();
    }
  }
  return { objective, outcomes };
}
