/**
 * Outline -> sections found by meaning. Every heading opens a section that ends at the next
 * heading of the same or a higher level; its kind is what the heading names (classify-heading.ts)
 * or, for a heading that names nothing ("4.1 Data is fragmented", "Recommendation 3"), its
 * parent's. A table of contents never opens a section: its heading, its entries (dotted leaders,
 * trailing page numbers) and the run of titles under it are marked and skipped. Annexes hold
 * other parties' words (terms of reference, third-party lesson lists): only an annex whose own
 * title opens with a kind ("Annex 5. Lessons learned and emerging good practices") gives insights.
 */
import type { Outline, OutlineBlock } from '../outline/outline-block.js';
import { foldForMatch } from '../../text/normalise.js';
import { findChapterList } from './chapter-list.js';
import { type HeadingClass, type SectionKind, classifyHeading, criterionOf } from './classify-heading.js';
import { ASSESSING_WORD, CRITERIA_WORD, CRITERION_METHOD, CRITERION_SETTING, DESCRIPTIVE_TITLE } from './heading-lexicon.js';

/** Section kinds whose items are insights. */
export const INSIGHT_SECTION_KINDS: ReadonlySet<SectionKind> = new Set([
  'findings',
  'conclusions',
  'recommendations',
  'lessons',
  'good-practices',
  'challenges',
  'management-response',
]);

export interface Section {
  /** Index of the heading block in outline.blocks; -1 for the document's preamble (before any heading). */
  heading: number;
  /** The heading as written (clean), '' for the preamble. */
  title: string;
  level: number;
  /** What the heading itself names. */
  named: HeadingClass | null;
  /** The kinds that apply to this section's own blocks: its own when it names some, else its parent's. */
  kinds: SectionKind[];
  /** Inside the executive summary (its items restate the body's). */
  inSummary: boolean;
  /** Inside an annex that holds no insight of the evaluation's own (terms of reference, lists, third-party lessons). */
  excluded: boolean;
  /** Indices of the section's own blocks (not those of its sub-sections). */
  blocks: number[];
  children: Section[];
  parent: Section | null;
}

export interface SectionTree {
  root: Section;
  /** All sections in document order, root first. */
  all: Section[];
  /** Indices of blocks that belong to a table of contents. */
  toc: Set<number>;
  /** Sections refused by the sanity gates (see extract-general.ts), with the reason. */
  warnings: string[];
}

function nameOf(heading: HeadingClass): SectionKind[] {
  return heading.kinds.filter((kind) => kind !== 'other');
}

/**
 * The blocks of tables of contents: a contents heading and the run of entries under it (until a
 * heading that repeats one of its entries, or running text), and every heading-like line with
 * dotted leaders or a trailing page number.
 */
export function findTableOfContents(blocks: readonly OutlineBlock[]): Set<number> {
  const toc = new Set<number>();
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list-item') {
      const heading = classifyHeading(block.text);
      // A heading the reader marked is a contents entry only with leaders ("Findings ...... 12"); a
      // trailing number alone ("2.4 Constats de la page 58") is part of its title.
      const marked = block.kind === 'heading' && !block.inferred;
      if (heading.tocEntry && block.text.length < 200 && (!marked || /(?:\.\s?){3,}|…|	/.test(block.text))) toc.add(index);
    }
    if (block.kind !== 'heading' && !(block.kind === 'paragraph' && block.text.length < 40)) continue;
    const heading = classifyHeading(block.text);
    if (!heading.kinds.includes('table-of-contents')) continue;
    toc.add(index);
    const entries = new Set<string>();
    const level = block.level ?? 1;
    let next = index + 1;
    for (; next < blocks.length; next += 1) {
      const entry = blocks[next]!;
      const key = entryKey(entry.text);
      if (entry.kind === 'heading' && !entry.inferred && !block.inferred && (entry.level ?? 9) <= level) break;
      if (entry.kind === 'heading' && entries.has(key) && !classifyHeading(entry.text).tocEntry) break;
      if (isRunningText(entry)) break;
      toc.add(next);
      if (key) entries.add(key);
    }
    index = next - 1;
  }
  return toc;
}

function entryKey(text: string): string {
  const heading = classifyHeading(text);
  return foldForMatch(heading.title)
    .replace(/[^a-z ]+/g, '')
    .trim();
}

/** Running text ends a contents run: a long paragraph, or a sentence. */
function isRunningText(block: OutlineBlock): boolean {
  if (block.kind === 'heading' || block.kind === 'table-row') return false;
  if (classifyHeading(block.text).tocEntry) return false;
  const words = block.text.split(/\s+/).length;
  return block.text.length >= 160 || (words >= 12 && /[.!?]["'”’)]?$/.test(block.text));
}

/** Builds the section tree of an outline. */
export function findSections(outline: Outline): SectionTree {
  const blocks = outline.blocks;
  const toc = findTableOfContents(blocks);
  // A list of the report's chapters atop a page of it, without a contents heading, is contents too.
  for (const index of findChapterList(outline)) toc.add(index);
  const root: Section = {
    heading: -1,
    title: '',
    level: 0,
    named: null,
    kinds: ['other'],
    inSummary: false,
    excluded: false,
    blocks: [],
    children: [],
    parent: null,
  };
  const all: Section[] = [root];
  const stack: Section[] = [root];
  // Sections read as findings because their headings name an evaluation criterion (criteriaHoldFindings decides
  // at the end). all[1], the first heading, is usually the document's title: its words frame nothing.
  const criteria: Array<{ index: number; named: HeadingClass }> = [];
  // An executive summary whose headings were guessed from a text dump has sub-headings that look
  // like the report's own parts ("BACKGROUND", "FINDINGS"): it runs until a numbered chapter, a
  // frame (annex, contents) or a part heading it already had (the body's "BACKGROUND").
  // `moved`: the last heading kept in the summary one level down, from its own level, so that its sub-headings go down with it.
  let summary: { level: number; seen: Set<string>; moved?: { from: number; by: number } } | null = null;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (toc.has(index)) continue;
    if (block.kind !== 'heading') {
      stack[stack.length - 1]!.blocks.push(index);
      continue;
    }
    const named = classifyHeading(block.text);
    let level = Math.max(1, block.level ?? 1);
    if (summary && level <= summary.level) {
      const key = foldForMatch(named.title);
      // Marked headings (HTML, Word) at the summary's level keep it open only for its kinds of content
      // ("Conclusions", "Recommendations", "Management response"); a part ("Introduction") starts the body.
      // A numbered paragraph set as a heading ("23. The value proposition for UNHCR ... is clear.") is not a chapter.
      const paragraphNumber = named.numbering !== null && /^\d+$/.test(named.numbering) && (Number(named.numbering) >= 13 || /[.!]$/.test(named.title));
      const keeps =
        (!named.numbering || paragraphNumber) &&
        !named.annex &&
        !named.kinds.includes('table-of-contents') &&
        !named.kinds.includes('executive-summary') &&
        !summary.seen.has(key) &&
        (block.inferred || (!named.part && (named.kinds.some((kind) => INSIGHT_SECTION_KINDS.has(kind)) || named.title.split(/\s+/).length >= 6)));
      if (keeps) {
        // Only parts count as repeats: the summary may go through findings, conclusions and
        // recommendations once per evaluation question.
        if (named.part) summary.seen.add(key);
        summary.moved = { from: level, by: summary.level + 1 - level };
        level = summary.level + 1;
      } else summary = null;
    } else if (summary) {
      if (named.part) summary.seen.add(foldForMatch(named.title));
      // "### Recommendation 1" under a "## Recommendations" kept in the summary: below it still. (Topics under the
      // summary's "Conclusions" stay beside it: the body states them in full.)
      if (summary.moved && level > summary.moved.from && NUMBERED_ITEM.test(named.title)) level += summary.moved.by;
    }
    // A summary heading inside the summary ("### Summary of the evaluation methodology") opens no summary of its own.
    if (named.kinds.includes('executive-summary') && named.part && !(summary && level > summary.level)) summary = { level, seen: new Set() };
    while (stack.length > 1 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1]!;
    // A chapter named after an evaluation criterion holds findings: it names them, in this place.
    const inPlace = criterionFindings(named, parent, all[1]) ? { ...named, kinds: ['findings' as const] } : named;
    if (inPlace !== named) criteria.push({ index: all.length, named });
    const section: Section = {
      heading: index,
      title: block.text,
      level,
      named: inPlace,
      kinds: effectiveKinds(inPlace, parent),
      inSummary: parent.inSummary || named.kinds.includes('executive-summary'),
      excluded: isExcluded(named, parent),
      blocks: [],
      children: [],
      parent,
    };
    parent.children.push(section);
    stack.push(section);
    all.push(section);
  }
  if (criteria.length > 0) {
    const kept = criteriaHoldingFindings(all, criteria);
    undoCriteria(
      all,
      criteria.filter((criterion) => !kept.has(criterion.index)),
    );
  }
  return { root, all, toc, warnings: [] };
}

/** A heading that labels one numbered item: "Recommendation 1", « Recommandation 2 », "Lesson 3", "R4". */
const NUMBERED_ITEM =
  /^(?:recommendations?|recommandations?|recomendaci(?:ón|on)(?:es)?|lessons?(?: learned)?|le[cç]ons?(?: apprises?)?|lecci(?:ón|on)(?:es)?(?: aprendidas?)?|findings?|constats?|constatations?|hallazgos?|conclusions?|conclusi(?:ón|on)(?:es)?|good practices?|bonnes? pratiques?|buenas? pr(?:á|a)cticas?|[RLC])\s*(?:n[°º]\s*)?\d{1,2}\b/iu;

/**
 * The criteria chapters that hold findings: among sections of one parent that name at least two
 * different criteria ("3. Relevance", "4. Effectiveness"; a single "3. Impact of the drought", or
 * "2.1 Impact of climate change" and "2.2 Impact of the conflict", describe the setting), counting
 * those a findings chapter before it assesses in its sub-sections ("3. Findings › 3.1 Relevance",
 * then "4. Sustainability"); in a
 * document with a findings chapter of its own (outside its summary), only chapters at its level
 * ("4. Findings", then "5. Sustainability") and the summary's own ("Executive summary › Relevance"),
 * never sub-sections of another chapter.
 */
function criteriaHoldingFindings(all: readonly Section[], criteria: ReadonlyArray<{ index: number; named: HeadingClass }>): Set<number> {
  const chapters = new Set(criteria.map((criterion) => all[criterion.index]!));
  const inCriterion = (section: Section): boolean => {
    for (let at: Section | null = section; at; at = at.parent) if (chapters.has(at)) return true;
    return false;
  };
  const findingsLevels = all
    .filter((section) => section.named?.kinds.includes('findings') && !section.inSummary && !section.excluded && !section.named.annex && !inCriterion(section))
    .map((section) => section.level);
  const byParent = new Map<Section | null, Array<{ index: number; named: HeadingClass }>>();
  for (const criterion of criteria) {
    const parent = all[criterion.index]!.parent;
    byParent.set(parent, [...(byParent.get(parent) ?? []), criterion]);
  }
  const kept = new Set<number>();
  for (const [parent, siblings] of byParent) {
    const named = new Set(siblings.map((criterion) => criterionOf(criterion.named)));
    for (const criterion of siblings) {
      const section = all[criterion.index]!;
      // "3. Findings › 3.1 Relevance, 3.2 Effectiveness", then "4. Sustainability": the criteria a findings chapter
      // before it assesses count too (before the findings, "3. Relevance of national policies" is the setting).
      const assessed = new Set(named);
      for (const chapter of parent?.children ?? []) {
        if (chapter === section) break;
        if (chapter.named?.kinds.includes('findings') && !chapter.inSummary)
          for (const sub of chapter.children) if (sub.named?.criterion) assessed.add(criterionOf(sub.named));
      }
      if (assessed.size < 2) continue;
      // Counted with the findings chapter's criteria only: "5. Sustainability" alone, not "4. Impact of COVID-19 on implementation".
      if (named.size < 2 && foldForMatch(section.named?.title ?? section.title).split(/\s+/).length > 2) continue;
      if (section.inSummary || findingsLevels.length === 0 || findingsLevels.some((level) => level >= section.level)) kept.add(criterion.index);
    }
  }
  return kept;
}

/** Gives the criteria chapters back what their headings name by themselves, and their sub-sections what follows from it. */
function undoCriteria(all: Section[], criteria: ReadonlyArray<{ index: number; named: HeadingClass }>): void {
  const undone = new Set<Section>();
  for (const { index, named } of criteria) {
    all[index]!.named = named;
    undone.add(all[index]!);
  }
  for (const section of all) {
    if (!section.named || !section.parent) continue;
    if (undone.has(section) || undone.has(section.parent)) {
      section.kinds = effectiveKinds(section.named, section.parent);
      undone.add(section);
    }
  }
}

/** The nearest annex among a section and its ancestors, or null. */
function annexOf(section: Section | null): Section | null {
  for (let at = section; at; at = at.parent) if (at.named?.annex) return at;
  return null;
}

function isExcluded(named: HeadingClass, parent: Section): boolean {
  if (parent.excluded) return true;
  if (named.annex) return named.annex.foreign || nameOf(named).filter((kind) => kind !== 'annex').length === 0;
  return false;
}

/**
 * The kinds a section's own blocks take: what its heading names when that is an insight kind or a
 * frame (summary, information box); a document part (introduction, methodology) stops inheritance;
 * a heading that names nothing inherits its parent's. Inside an annex, only the kinds the annex's
 * own title names count.
 */
function effectiveKinds(named: HeadingClass, parent: Section): SectionKind[] {
  const own = nameOf(named).filter((kind) => kind !== 'annex');
  const annex = named.annex ? null : annexOf(parent);
  if (own.length > 0) {
    if (annex) {
      const allowed = nameOf(annex.named!).filter((kind) => kind !== 'annex');
      const kept = own.filter((kind) => allowed.includes(kind));
      return kept.length > 0 ? kept : ['other'];
    }
    return own;
  }
  if (named.part || named.annex) return ['other'];
  // "Description of activity" under findings describes what was assessed; it is not assessed there.
  if (DESCRIPTIVE_TITLE.test(foldForMatch(named.title)) && parent.kinds.some((kind) => kind === 'findings' || kind === 'challenges' || kind === 'conclusions'))
    return ['other'];
  return parent.kinds;
}

/**
 * A heading that names an evaluation criterion ("3.0 Relevance", "4.2 Eficacia") opens findings
 * when the sections above it hold no insight kind of their own (under "Findings" it inherits them
 * anyway) and none of them frames it: a document part (introduction, methodology, background), an
 * annex, the evaluation's information box, or a title on the method, the setting or the criteria
 * ("2.3 Evaluation criteria and questions", "2. Country context", "2. Project description"). The
 * document's first heading (usually its title) is not read for frame words.
 */
function criterionFindings(named: HeadingClass, parent: Section, title: Section | undefined): boolean {
  if (!named.criterion || insightKindsOf(parent).length > 0) return false;
  for (let at: Section | null = parent; at && at.heading >= 0; at = at.parent) {
    const above = at.named;
    if (!above || at.excluded || above.annex) return false;
    if (above.part && !above.kinds.includes('executive-summary')) return false;
    if (above.kinds.includes('evaluation-information') || above.kinds.includes('table-of-contents')) return false;
    if (at === title) continue;
    const folded = foldForMatch(above.title);
    if (CRITERION_METHOD.test(folded) || CRITERION_SETTING.test(folded) || (CRITERIA_WORD.test(folded) && !ASSESSING_WORD.test(folded))) return false;
  }
  return true;
}

/** The insight kinds among a section's kinds. */
export function insightKindsOf(section: Section): SectionKind[] {
  return section.kinds.filter((kind) => INSIGHT_SECTION_KINDS.has(kind));
}
