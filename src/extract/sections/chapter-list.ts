/**
 * A report's list of chapters printed at the top of a page without a contents heading: the navigation of a report
 * published as one web page per chapter, saved as text ("I. PROPOSITO Y ALCANCE DE LA EVALUACION" / "II. EL CONTEXTO Y
 * LA ESTRATEGIA DEL FIDA" / … / "IV. LECCIONES DE LA EXPERIENCIA" / "A. Propuestas para mejorar …", then the chapter
 * itself under its own heading "IV. LECCIONES DE LA EXPERIENCIA"). Its lines are contents: none opens a section and none
 * is an item (the chapter titles under "IV. LECCIONES …" had become lessons). Pure.
 */
import type { Outline } from '../outline/outline-block.js';
import { foldForMatch } from '../../text/normalise.js';

/** Lines of the list that open with a chapter's number ("I.", "IV.", "A.", "3."), at least. */
const MIN_NUMBERED = 3;
/** A list line is a title: no longer than this, and it ends no sentence. */
const MAX_LINE_CHARS = 100;
/** Words a chapter title needs to be recognised when the document prints it again. */
const MIN_TITLE_WORDS = 2;
/** Blocks at the top of the document among which the list starts. */
const TOP_BLOCKS = 4;

/** A chapter's number before its title: roman ("IV."), a capital letter ("A.") or a number ("3."). */
const CHAPTER_NUMBER = /^(?:[IVXL]{1,5}|[A-H]|\d{1,2})\.\s+(?=\p{Lu})/u;

/** A chapter title without its number, folded for comparison. */
function titleKey(line: string): string {
  return foldForMatch(line.trim().replace(CHAPTER_NUMBER, ''))
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Indices of the blocks that make such a list: a run of blocks among the document's first ones with no blank line
 * between them, whose lines are all short titles (no sentence's end), three or more of them numbered as chapters, one
 * of which the document prints again further down as a block of its own (the chapter's heading over the page's text).
 */
export function findChapterList(outline: Outline): Set<number> {
  const { blocks, text } = outline;
  const list = new Set<number>();
  for (let first = 0; first < Math.min(TOP_BLOCKS, blocks.length); first += 1) {
    let last = first;
    while (last + 1 < blocks.length && !/\n[ \t]*\n/.test(text.slice(blocks[last]!.end, blocks[last + 1]!.start))) last += 1;
    const lines = text
      .slice(blocks[first]!.start, blocks[last]!.end)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const numbered = lines.filter((line) => CHAPTER_NUMBER.test(line));
    if (numbered.length < MIN_NUMBERED || !lines.every((line) => line.length <= MAX_LINE_CHARS && !/[.!?;:]$/.test(line))) continue;
    const titles = new Set(numbered.map(titleKey).filter((key) => key.split(' ').length >= MIN_TITLE_WORDS));
    const printedAgain = blocks.slice(last + 1).some((block) => titles.has(titleKey(block.title ?? block.text)));
    if (!printedAgain) continue;
    for (let index = first; index <= last; index += 1) list.add(index);
    return list;
  }
  return list;
}
