import { type Block, LEADERS, type ParagraphBlock } from './pdf-blocks.js';
import { plainText } from './pdf-headings.js';
import { roundSize } from './pdf-style.js';

/**
 * Finds a table of contents printed without leaders or page numbers: a web page's "On this
 * page" list of links, whose bullets a browser draws as shapes, leaves bare one-line entries
 * ("1.0 Introduction", "Appendix 1: List of projects"). Read as lines, the numbered ones became
 * headings and the others stray text before the report's first section. Its entries repeat the
 * headings they point to, which is what gives them away.
 *
 * A run of three or more one-line paragraphs in one style, no list items, becomes a bulleted
 * list, nested by indent, when at least three and half of them are repeated later as a paragraph
 * of their own, or when it comes right under a title such as "On this page" or "Contents" (a
 * report cut short keeps the entries, not all the sections). The run ends where an entry comes
 * again: that is the first heading it points to.
 *
 * Not when the copies later on stand one after the other, in the entries' order and style: that
 * is a block of lines the page prints again for each record (a registry's "Management Response:
 * [Added: …]", "[Last Updated: …]", "Accepted" under each recommendation), not headings.
 */
export function markContentsLists(blocks: readonly Block[]): void {
  const later = laterTexts(blocks);
  let index = 0;
  while (index < blocks.length) {
    const run = entryRun(blocks, index);
    if (run.length >= 3) {
      const repeated = run.filter((entry) => (later.get(key(entry)) ?? -1) > index + run.length - 1).length;
      const contents = repeated >= 3 && repeated * 2 >= run.length && !isRepeatedBlock(blocks, run, later);
      if (contents || isContentsTitle(blocks[index - 1])) markEntries(run);
    }
    index += Math.max(1, run.length);
  }
}

// The title over a table of contents (Canada.ca's "On this page", « Sur cette page »).
const CONTENTS_TITLE =
  /^(?:on this page|in this (?:page|report)|(?:table of )?contents|sur cette page|dans cette page|(?:table des matières|sommaire)|en esta página|contenidos?|índice|tabla de contenidos?)$/iu;

function isContentsTitle(block: Block | undefined): boolean {
  return block?.kind === 'paragraph' && block.lines.length <= 2 && CONTENTS_TITLE.test(plainText(block));
}

/** Whether every entry of the run comes again later, right after the one before, in its own style. */
function isRepeatedBlock(blocks: readonly Block[], run: readonly ParagraphBlock[], later: Map<string, number>): boolean {
  const copies = run.map((entry) => later.get(key(entry)) ?? -1);
  return copies.every((at, position) => {
    const copy = blocks[at];
    const follows = position === 0 || at === copies[position - 1]! + 1;
    return follows && copy?.kind === 'paragraph' && copy.lines.length === 1 && sameStyle(run[position]!, copy);
  });
}

/** Each short paragraph's text (case and spacing aside) and the last index it is found at. */
function laterTexts(blocks: readonly Block[]): Map<string, number> {
  const last = new Map<string, number>();
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph' && block.lines.length <= 3) last.set(key(block), index);
  });
  return last;
}

/** The one-line paragraphs in the first one's style from `start`, up to an entry repeated. */
function entryRun(blocks: readonly Block[], start: number): ParagraphBlock[] {
  const run: ParagraphBlock[] = [];
  const seen = new Set<string>();
  for (let index = start; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (!isEntry(block) || (run.length > 0 && !sameStyle(run[0]!, block)) || seen.has(key(block))) break;
    seen.add(key(block));
    run.push(block);
  }
  return run;
}

function isEntry(block: Block): block is ParagraphBlock {
  if (block.kind !== 'paragraph' || block.lines.length !== 1 || block.marker !== null || block.footnote !== null) return false;
  const text = plainText(block);
  // An entry with leaders and a page number is kept as written.
  return text.length <= 120 && /\p{L}/u.test(text) && !/[.;,]$/.test(text) && !LEADERS.test(text);
}

function sameStyle(a: ParagraphBlock, b: ParagraphBlock): boolean {
  return roundSize(a.lines[0]!.size) === roundSize(b.lines[0]!.size) && a.lines[0]!.bold === b.lines[0]!.bold;
}

/** The entries as bullets, each indent further in one level deeper. */
function markEntries(run: ParagraphBlock[]): void {
  const indents: number[] = [];
  for (const x of run.map((entry) => entry.lines[0]!.x).sort((a, b) => a - b)) {
    if (indents.length === 0 || x - indents.at(-1)! > 3) indents.push(x);
  }
  for (const entry of run) {
    entry.marker = '-';
    entry.depth = indents.filter((indent) => entry.lines[0]!.x - indent > 3).length;
  }
}

function key(block: ParagraphBlock): string {
  return plainText(block).toLowerCase();
}
