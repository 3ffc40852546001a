import { type Block, LEADERS, type ParagraphBlock } from './pdf-blocks.js';
import { fragmentText } from './pdf-model.js';
import { type DocumentStyle, roundSize } from './pdf-style.js';

/**
 * Decides which paragraphs are headings and at which level, from the document's own styles: a
 * PDF has no heading markup, only text set larger or bolder than the body.
 *
 * A heading is a short paragraph (three lines at most, five for display sizes) set larger than
 * the body text, or bold, in one style throughout; a bold one at body size must not end like a
 * sentence (a bold sentence is a bold paragraph, `**…**`) unless in capitals, nor read as
 * "label: value". A label ending with ":" is never a heading. Numbered headings in the body's
 * style ("4.1 Title") count too, when they stand alone.
 *
 * Levels come from ranking the heading styles (size, then weight: Black above Bold): the
 * largest style is level 1, the next 2, and so on. A largest style found on the first page
 * only is the title: level 1, and the others start at 2. A style used once (a cover line, a
 * one-off size) takes the level of the nearest style used more often, so one stray size does
 * not push every level down. Then numbering corrects the ranks (calibrateByNumbering):
 * numbered headings take their level from their depth ("4" < "4.2" < "4.2.1"), anchored where
 * the document's top-level numbered headings sit, and the unnumbered styles keep their place
 * among the numbered ones (the executive summary's "Conclusions", set like "4.2 …", is at the
 * level of "4.2 …").
 */
export function assignHeadingLevels(blocks: readonly Block[], documentStyle: DocumentStyle): void {
  const style = { ...documentStyle, bodySize: runningTextSize(blocks, documentStyle.bodySize) };
  const candidates = blocks.filter((block): block is ParagraphBlock => block.kind === 'paragraph' && isHeading(block, style));
  if (candidates.length === 0) return;
  const depths = new Map(candidates.map((block) => [block, numberingDepth(plainText(block))]));
  const styles = new Map<string, HeadingStyle>();
  for (const block of candidates) {
    const key = styleKey(block);
    const entry = styles.get(key) ?? { key, size: roundSize(block.lines[0]!.size), weight: weightClass(block), count: 0, pages: new Set<number>(), depths: [] };
    entry.count += 1;
    entry.pages.add(block.lines[0]!.page);
    const depth = depths.get(block);
    if (depth !== null && depth !== undefined) entry.depths.push(depth);
    styles.set(key, entry);
  }
  const ranked = [...styles.values()].sort((a, b) => b.size - a.size || b.weight - a.weight);
  const levels = rankLevels(ranked, style.bodySize);
  const base = levels.get(ranked[0]!.key) === 1 && ranked.length >= 2 && [...ranked[0]!.pages].every((page) => page === 0) ? 2 : 1;
  const numberedTop = calibrateByNumbering(ranked, levels, base);
  for (const block of candidates) {
    const depth = depths.get(block);
    block.heading = levels.get(styleKey(block))!;
    if (depth !== null && depth !== undefined && numberedTop !== null) block.heading = clamp(numberedTop + depth - 1, base);
  }
}

// Wrapped paragraphs of running text in a size of their own that show it is the text's, not a title's.
const RUNNING_PARAGRAPHS = 2;

/**
 * The size of the running text, against which a heading is set larger. It is the body size unless
 * tables in a smaller type hold most of the characters (a registry's page printed by a browser:
 * key-action tables at 9 pt, the recommendations and their responses in 10.5 pt paragraphs):
 * then every short paragraph stood 1.12 times above the body and read as a heading
 * ("## Management Response: …", "## Accepted"). It is the size of most characters outside tables
 * when paragraphs wrapped over two lines or more, two of them at least, are set in it.
 */
function runningTextSize(blocks: readonly Block[], bodySize: number): number {
  const characters = new Map<number, number>();
  const wrapped = new Map<number, number>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.footnote !== null) continue;
    const size = roundSize(block.lines[0]!.size);
    characters.set(size, (characters.get(size) ?? 0) + block.lines.reduce((sum, line) => sum + fragmentText(line).length, 0));
    if (block.lines.length >= 2) wrapped.set(size, (wrapped.get(size) ?? 0) + 1);
  }
  const running = [...characters].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  return running !== undefined && running > bodySize && (wrapped.get(running) ?? 0) >= RUNNING_PARAGRAPHS ? running : bodySize;
}

interface HeadingStyle {
  key: string;
  size: number;
  weight: number;
  count: number;
  pages: Set<number>;
  /** Numbering depths of the headings set in this style. */
  depths: number[];
}

function clamp(level: number, base: number): number {
  return Math.min(6, Math.max(base, level));
}

/**
 * Levels by rank: a largest style found on the first page only is the title (1) and the
 * others start at 2; styles used more than once (or numbered) take the next levels in order;
 * a style used once takes the level of the nearest such style by size, unless it is set larger
 * than the body and that style is not: a chapter's heading over bold labels at the body's size
 * ("Recommendation 1", Word's Heading 3, a call-out's question) ranks above them; or unless it
 * is set clearly smaller than all of them: it is then one level under the smallest.
 */
function rankLevels(ranked: HeadingStyle[], bodySize: number): Map<string, number> {
  const levels = new Map<string, number>();
  let base = 1;
  const top = ranked[0]!;
  if (ranked.length >= 2 && [...top.pages].every((page) => page === 0)) {
    levels.set(top.key, 1);
    base = 2;
  }
  const rest = ranked.filter((entry) => !levels.has(entry.key));
  const frequent = rest.filter((entry) => entry.count >= 2 || entry.depths.length > 0);
  const display = (entry: HeadingStyle): boolean => entry.size >= bodySize * 1.12;
  const major = rest.filter((entry) => frequent.includes(entry) || (frequent.length > 0 && display(entry) && !display(nearest(frequent, entry))));
  const ranks = major.length > 0 ? major : rest;
  ranks.forEach((entry, index) => levels.set(entry.key, Math.min(6, base + index)));
  const smallest = ranks.at(-1)!;
  for (const entry of rest) {
    if (levels.has(entry.key)) continue;
    // Set clearly smaller than every heading style used more often, it is one level under the
    // smallest of them (an h3 "Recommendation 1" under the h2 of its chapter), not beside it.
    const under = entry.size * 1.12 <= smallest.size;
    levels.set(entry.key, under ? Math.min(6, levels.get(smallest.key)! + 1) : levels.get(nearest(ranks, entry).key)!);
  }
  return levels;
}

function nearest(among: HeadingStyle[], entry: HeadingStyle): HeadingStyle {
  let best = among[0]!;
  for (const candidate of among) if (Math.abs(candidate.size - entry.size) < Math.abs(best.size - entry.size)) best = candidate;
  return best;
}

/**
 * Numbering says more than sizes: the top-level numbered headings ("1.", "Annex 2") sit at the
 * highest level any of them has by rank; a style whose headings are mostly numbered at depth d
 * is at that level + d - 1. The other styles keep their place among these: a style smaller
 * than every numbered one comes after the smallest, one in between takes its nearest's level.
 */
function calibrateByNumbering(ranked: HeadingStyle[], levels: Map<string, number>, base: number): number | null {
  const topLevels = ranked.filter((entry) => entry.depths.includes(1)).map((entry) => levels.get(entry.key)!);
  let top: number;
  if (topLevels.length > 0) {
    top = Math.min(...topLevels);
  } else {
    // Only deeper numbering ("4.1"): anchor on the shallowest depth found.
    const shallowest = Math.min(...ranked.flatMap((entry) => entry.depths));
    if (!Number.isFinite(shallowest)) return null;
    const at = ranked.filter((entry) => entry.depths.includes(shallowest)).map((entry) => levels.get(entry.key)!);
    top = Math.max(base, Math.min(...at) - (shallowest - 1));
  }
  const calibrated = ranked.filter((entry) => entry.depths.length > 0);
  for (const entry of calibrated) levels.set(entry.key, clamp(top + mode(entry.depths) - 1, base));
  const smallest = calibrated.at(-1)!;
  let below = 0;
  for (const entry of ranked) {
    if (entry.depths.length > 0 || levels.get(entry.key) === 1) continue;
    const after = ranked.indexOf(entry) > ranked.indexOf(smallest);
    if (after) {
      below += 1;
      levels.set(entry.key, clamp(levels.get(smallest.key)! + below, base));
    } else {
      levels.set(entry.key, levels.get(nearest(calibrated, entry).key)!);
    }
  }
  return top;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

// "4", "4.2", "4.2.1" (a final dot allowed) before a word; annexes, chapters, modules and
// parts; a capital letter or a roman numeral with a dot ("A. SITUATION ANALYSIS", "IV. ...").
const DECIMAL_NUMBERING = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\S/;
const NAMED_NUMBERING =
  /^(?:annex|annexe|anexo|appendix|apéndice|apendice|chapter|chapitre|capítulo|capitulo|módulo|modulo|module|part|partie|parte|section|sección|seccion)\s+(?:\d{1,2}|[IVXLC]{1,6}|[A-Z])\b/i;
const LETTER_NUMBERING = /^(?:[A-Z]|[IVX]{1,5})[.)]\s+\S/;
// A numbered item's label and its headline, a sentence: "Finding 1: The … was weak.",
// « Constat 2 : Le … », "Recomendación 3. Fortalecer … .", "Lesson learned 4 – Early … ."
const ITEM_HEADLINE = /^\p{Lu}\p{Ll}+(?: \p{Ll}+)? \d{1,2}\s?[:.–-]\s+\p{Lu}.*[.!?]$/u;

/**
 * The depth of a heading's numbering (1 for "4" or "Annex 2", 2 for "4.2"), null when unnumbered.
 * A trailing ".0" numbers the chapter itself ("4.0 Findings" over "4.1 Design"), not a section.
 */
export function numberingDepth(text: string): number | null {
  const decimal = DECIMAL_NUMBERING.exec(text);
  if (decimal) return decimal[1]!.replace(/(?<=\d)(?:\.0)+$/, '').split('.').length;
  if (NAMED_NUMBERING.test(text) || LETTER_NUMBERING.test(text)) return 1;
  return null;
}

/** A heading's text as written, without footnote markers. */
export function plainText(block: ParagraphBlock): string {
  return block.lines
    .map((line) =>
      line.spans
        .filter((span) => !span.sup)
        .map((span) => span.text)
        .join('')
        .trim(),
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}

function styleKey(block: ParagraphBlock): string {
  return `${roundSize(block.lines[0]!.size)}/${weightClass(block)}`;
}

function weightClass(block: ParagraphBlock): number {
  const line = block.lines[0]!;
  if (!line.bold) return 400;
  return line.weight >= 800 ? 900 : 700;
}

// Text wholly in quotation marks, then perhaps its speaker ("“…” — Teacher, Ouaddaï").
const PULL_QUOTE = /^["“«„‘].*["”»“’](?:\s*[—–-]\s*[^"“”«»]{1,80})?$/su;

/**
 * A pull quote: a short quotation set apart in display type, its speaker after it or not. It is
 * decoration, like a photo: as a heading the finding after it fell under it, and as a paragraph
 * it was read into the finding before it (or as a finding of its own).
 */
export function isPullQuote(block: Block, style: DocumentStyle): boolean {
  if (block.kind !== 'paragraph' || block.footnote !== null || block.marker !== null || block.lines.length > 5) return false;
  if (!block.lines.every((line) => line.size >= style.bodySize * 1.12)) return false;
  const text = plainText(block);
  return text.length <= 300 && PULL_QUOTE.test(text);
}

function isHeading(block: ParagraphBlock, style: DocumentStyle): boolean {
  const display = block.lines[0]!.size >= style.bodySize * 1.5;
  if (block.footnote !== null || block.marker === '-' || block.lines.length > (display ? 5 : 3)) return false;
  const text = plainText(block);
  if (text.length > 200 || (text.match(/\p{L}/gu)?.length ?? 0) < 2) return false;
  if (LEADERS.test(fragmentText(block.lines.at(-1)!)) || /:$/.test(text)) return false;
  const first = block.lines[0]!;
  if (!block.lines.every((line) => Math.abs(line.size - first.size) <= 0.5 && line.bold === first.bold)) return false;
  if (first.size >= style.bodySize * 1.12) return true;
  // A bold line at body size: a heading unless it reads as a sentence or a "label: value" line.
  // One in capitals, or an annex's, may end with a full stop ("ANEXO 3. INDICADORES.",
  // "BIBLIOGRAFÍA."); a numbered sentence in bold is a paragraph's lead-in.
  if (first.bold && first.size >= style.bodySize * 0.9) {
    // A numbered item's headline ("Finding 1: The project was relevant …."), as Word's Heading 3
    // sets it at the body's size, ends like a sentence and holds a label: it is no bold lead-in
    // when it is a paragraph of its own. (A results framework's "Outcome 1: The risks … are
    // reduced", "Output 1.2: …", states no sentence: a label and its value.)
    if (ITEM_HEADLINE.test(text)) return text.length <= 200;
    const capitals = !/\p{Ll}/u.test(text);
    const ending = capitals || NAMED_NUMBERING.test(text) ? /[;,]$/ : /[.;,]$/;
    return text.length <= 150 && !ending.test(text) && !/:\s+\S/.test(text);
  }
  // A numbered heading in the body's style: one short line, "4.1 Title" or "Annex 2 Title".
  const depth = numberingDepth(text);
  return (
    depth !== null &&
    block.lines.length === 1 &&
    block.marker === null &&
    text.length <= 100 &&
    !/[.:;,]$/.test(text) &&
    !text.includes(':') &&
    !/_{2,}/.test(text) &&
    // "4.0 Title" is a chapter's, at depth 1, but as unmistakably a heading as "4.1 Title".
    (depth >= 2 || /^\d{1,2}\.\d/.test(text) || NAMED_NUMBERING.test(text))
  );
}
