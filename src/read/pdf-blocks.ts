import { type Fragment, fragmentText } from './pdf-model.js';
import type { Region } from './pdf-regions.js';
import { type DocumentStyle, roundSize } from './pdf-style.js';

/**
 * Builds the dialect's blocks from the regions of every page, in reading order: paragraphs
 * (wrapped lines joined, across columns and page breaks too), list items with their marker and
 * nesting, tables, and footnotes. Headings are decided afterwards, from the document's styles
 * (pdf-headings.ts): here a heading is a paragraph like any other.
 */

/** A block of the text. */
export type Block = ParagraphBlock | TableBlock;

/** A paragraph, a list item or a footnote: lines joined into one line of the text. */
export interface ParagraphBlock {
  kind: 'paragraph';
  lines: Fragment[];
  /** The list marker as written (`-` for every bullet, `3.`, `b)`, `(iv)`), null for a paragraph. */
  marker: string | null;
  /** List nesting (0 for a top-level item). */
  depth: number;
  /** The footnote's label (`3`, `*`) for a footnote body, else null. */
  footnote: string | null;
  /** Heading level, set by assignHeadingLevels; null for text. */
  heading: number | null;
}

/** A table: rows of cells, each cell the lines in it (null for an empty cell). */
export interface TableBlock {
  kind: 'table';
  rows: (Fragment[] | null)[][];
}

/** One page's regions and footnote lines. */
export interface PageContent {
  regions: Region[];
  footnotes: Fragment[];
  /** Page width, for the right edge of a region whose lines are all short. */
  width: number;
}

// Bullets as PDF writers set them: typographic ones, Symbol and Wingdings glyphs (private-use
// code points once extracted), and letters that are bullets in a symbol font (Courier "o").
const BULLET_GLYPH = /^[•▪●◦■□➢➤►✓✔·\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF06C\uF06E\uF0A8\uF0D7\uF0E8\uF0F0]$/;
const SYMBOL_FONT_BULLET = /^[o§Øq\-–]$/;
// A bullet written as text at the start of a line (`- item`, `• item`, as text dumps have them).
const TEXT_BULLET = /^([-–•▪●◦■➢➤✓·\uF0A7\uF0B7])\s+(?=\S)/;
// List markers kept as written: 3. 3) (3) b. b) (b) iv. iv) (iv), and a capital letter before a
// word in capitals ("A. SITUATION ANALYSIS").
const NUMBER_MARKER = /^(\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\)|[A-Z][.)](?=\s+\p{Lu}{2}))\s+(?=\S)/u;
// A word no title ends with: a preposition, an article, a conjunction (EN, FR, ES).
const DANGLING_WORD =
  /(?<![\p{L}])(?:of|in|for|and|the|to|on|at|with|by|from|an?|de|du|des|la|le|les|et|en|au|aux|à|pour|dans|sur|par|del|el|los|las|y|e|para|por|con|sobre)\s*$/iu;
// A line opening with a short label and a colon ("Project code: ETH/19/02/NOR", « Pays : Mali »).
const KEY_VALUE = /^\p{Lu}[^:.!?]{0,40}\s?:\s+\S/u;
// A table-of-contents entry: dotted leaders (or a wide gap) and a page number at the end.
export const LEADERS = /(?:\.{4,}|…{2,}|(?:\. ){3,})\s*\.?\s*[\divxlc]+$/i;

/** Builds the blocks of all pages in order. */
export function toBlocks(pages: readonly PageContent[], style: DocumentStyle): Block[] {
  const builder = new BlockBuilder(style);
  pages.forEach((page, pageIndex) => {
    for (const region of page.regions) {
      if (region.kind === 'table')
        builder.table(
          region.rows.map((row) => row.cells),
          pageIndex,
        );
      else builder.lines(region.lines, region.left, columnEdge(region.lines, region.right, page.width, region.inColumns === true), region.leadIn);
    }
    builder.footnotes(page.footnotes, pageIndex);
  });
  return builder.finish();
}

/**
 * The right edge of a column of lines, for "was the line full?": its lines' right edge when
 * several reach it (a filled column), else at least 60% of the page (a title page of short
 * lines has no full line to show where the column ends), or, for a column beside another, the
 * right end of its lines. Lines in a size of their own (a title across the columns above, a
 * caption set smaller) have their own edge when their lines show one, else the text's: a title
 * running past the column does not set the text's edge.
 */
function columnEdge(lines: readonly Fragment[], right: number, width: number, inColumns: boolean): (line: Fragment) => number {
  const left = Math.min(...lines.map((line) => line.x));
  const shows = (group: readonly Fragment[], groupRight: number): boolean => {
    const reaching = group.filter((line) => line.right >= groupRight - width * 0.02).length;
    return reaching >= 3 || (reaching >= 2 && groupRight - left >= width * 0.3);
  };
  const groups = new Map<number, Fragment[]>();
  for (const line of lines) groups.set(roundSize(line.size), [...(groups.get(roundSize(line.size)) ?? []), line]);
  const main = mainSize(lines);
  const text = groups.get(main)!;
  const textRight = Math.max(...text.map((line) => line.right));
  const mainEdge = shows(text, textRight) ? textRight : shows(lines, right) ? right : inColumns ? right : Math.max(right, width * 0.6);
  const edges = new Map<number, number>();
  for (const [size, group] of groups) {
    const groupRight = Math.max(...group.map((line) => line.right));
    edges.set(size, size === main ? mainEdge : shows(group, groupRight) ? groupRight : Math.max(mainEdge, groupRight));
  }
  return (line) => edges.get(roundSize(line.size)) ?? mainEdge;
}

/** The size of most of the lines' characters. */
function mainSize(lines: readonly Fragment[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) characters.set(roundSize(line.size), (characters.get(roundSize(line.size)) ?? 0) + fragmentText(line).length);
  return [...characters].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** The marker of a line that starts a list item, and the line's text after it. */
export function listMarkerOf(fragment: Fragment): { marker: string; x: number } | null {
  const text = fragmentText(fragment);
  if (fragment.detached !== null) {
    if (BULLET_GLYPH.test(fragment.detached)) return { marker: '-', x: fragment.x };
    if (fragment.detachedOtherFont && SYMBOL_FONT_BULLET.test(fragment.detached)) return { marker: '-', x: fragment.x };
  }
  if (TEXT_BULLET.test(text)) return { marker: '-', x: fragment.x };
  // "1" set a tab apart from its text ("1⇥Set a minimum allocation …"): a list number printed without its stop.
  // (A word space after a number is no marker: "12 countries were visited …".)
  if (fragment.detached !== null && /^\d{1,2}$/.test(fragment.detached) && Number(fragment.detached) > 0) {
    const gap = fragment.textX - fragment.x - fragment.detached.length * fragment.size * 0.6;
    if (gap >= fragment.size && /^\d{1,2}\s+\p{Lu}/u.test(text)) return { marker: `${fragment.detached}.`, x: fragment.x };
  }
  const numbered = NUMBER_MARKER.exec(text);
  if (numbered) return { marker: numbered[1]!, x: fragment.x };
  return null;
}

class BlockBuilder {
  private readonly blocks: Block[] = [];
  private current: ParagraphBlock | null = null;
  /** Column bounds of the current block's last line (for "was the line full?"). */
  private right = 0;
  private left = 0;
  /** The last line was the last of its region; the next line may continue it from the top of another. */
  private regionBreak = false;
  /** x of the markers of the open list, outermost first. */
  private readonly markers: number[] = [];
  private readonly pendingFootnotes: { page: number; block: ParagraphBlock }[] = [];

  constructor(private readonly style: DocumentStyle) {}

  lines(lines: readonly Fragment[], left: number, edge: (line: Fragment) => number, leadIn: readonly Fragment[] = []): void {
    // Another column (a sidebar, a box): its lists nest on their own.
    if (lines.length > 0 && Math.abs(left - this.left) > lines[0]!.size * 2) this.markers.length = 0;
    // A side lead-in opens the paragraph beside it (its lines, however short, go before that
    // paragraph's), which is built as usual from its own lines.
    if (leadIn.length > 0) this.close();
    const before = this.blocks.length;
    const rest = this.cellGoingOn(lines);
    lines.slice(lines.length - rest.length).forEach((line, position) => {
      const index = position + lines.length - rest.length;
      const marker = listMarkerOf(line);
      // A wrapped line may start like a numbered item ("3) automating" in "…; 2) improving
      // data collection;\n3) automating…"): in an item's text column after a full line, it
      // goes on; at the item's marker column it is the next item.
      const mayContinue = marker === null || (marker.marker !== '-' && this.current !== null && line.x > this.current.lines[0]!.x + line.size * 0.5);
      if (this.current !== null && mayContinue && this.continues(this.current, line, index === 0, left)) {
        this.current.lines.push(line);
      } else {
        this.start(line, marker);
      }
      this.left = left;
      this.right = edge(line);
      this.regionBreak = false;
    });
    this.regionBreak = true;
    if (leadIn.length > 0) {
      const opened = this.blocks.slice(before).find((block) => block.kind === 'paragraph' && block.footnote === null) ?? this.current;
      if (opened?.kind === 'paragraph') opened.lines.unshift(...leadIn);
    }
  }

  /**
   * The lines left once those going on with a table's cell cut by a page break are put in it. A
   * browser cuts a row between pages wherever the cell's text reaches the bottom; when the row's
   * other cells are empty or already ended, the cell's last lines stand alone at the top of the
   * next page, short lines in a narrow column, each read as a paragraph ("puntualizar las
   * acciones de" / "seguimiento para la etapa de"). They go on in that cell when they open the
   * page at its left edge and in its size, after a cell ending mid-sentence, in lower case.
   */
  private cellGoingOn(lines: readonly Fragment[]): readonly Fragment[] {
    const table = this.current === null ? this.blocks.at(-1) : undefined;
    const first = lines[0];
    if (table?.kind !== 'table' || first === undefined || !/^\p{Ll}/u.test(fragmentText(first))) return lines;
    const row = table.rows.at(-1)!;
    const cell = row.find((candidate) => {
      const last = candidate?.at(-1);
      return (
        last !== undefined &&
        first.page === last.page + 1 &&
        Math.abs(first.x - candidate![0]!.x) <= first.size &&
        roundSize(first.size) === roundSize(last.size) &&
        !/[.!?:;]["”’»)]*$/.test(fragmentText(last))
      );
    });
    if (!cell) return lines;
    const step = this.style.lineStep(first.size) * 1.3;
    let taken = 1;
    while (
      taken < lines.length &&
      Math.abs(lines[taken]!.x - first.x) <= first.size &&
      roundSize(lines[taken]!.size) === roundSize(first.size) &&
      lines[taken]!.y < lines[taken - 1]!.y &&
      lines[taken - 1]!.y - lines[taken]!.y <= step
    )
      taken += 1;
    cell.push(...lines.slice(0, taken));
    return lines.slice(taken);
  }

  table(tableRows: (Fragment[] | null)[][], page: number): void {
    let rows = tableRows;
    this.close();
    this.markers.length = 0;
    const previous = this.blocks.at(-1);
    // A table going on from the previous page repeats its header row: read once. A header cell
    // of two lines may come split, its first line a row of one cell above the rest.
    if (previous?.kind === 'table') {
      const header = rowText(previous.rows[0]!);
      const repeated = rows.findIndex((row, index) => index < 2 && rowText(row) === header && (index === 0 || rows[0]!.length === 1));
      if (repeated >= 0 && rows.length > repeated + 1) rows = rows.slice(repeated + 1);
      else rows = underRepeatedHeader(previous.rows, rows) ?? rows;
    }
    if (previous?.kind === 'table' && continuesTable(previous, rows, page)) {
      // A row cut by the page break: its text goes on at the top of the next page, each column's
      // in the cell it continues (a cell merged over the last rows stands in the first of them).
      const last = previous.rows.at(-1)!;
      const first = rows[0]!;
      first.forEach((cell, column) => {
        if (cell === null) return;
        const target = first[0] === null ? (cellAbove(previous.rows, column) ?? last) : last;
        target[column] = [...(target[column] ?? []), ...cell];
      });
      previous.rows.push(...rows.slice(1).map(withoutTrailingEmpty));
      return;
    }
    this.flushFootnotes(page);
    this.blocks.push({ kind: 'table', rows: rows.map(withoutTrailingEmpty) });
  }

  footnotes(lines: readonly Fragment[], page: number): void {
    let note: ParagraphBlock | null = null;
    for (const line of lines) {
      const label = footnoteLabel(line);
      if (label !== null || note === null) {
        note = { kind: 'paragraph', lines: [line], marker: null, depth: 0, footnote: label ?? '?', heading: null };
        this.pendingFootnotes.push({ page, block: note });
      } else {
        note.lines.push(line);
      }
    }
  }

  finish(): Block[] {
    this.close();
    this.flushFootnotes(Infinity);
    return this.blocks;
  }

  private start(line: Fragment, marker: { marker: string; x: number } | null): void {
    this.close();
    this.flushFootnotes(line.page);
    let depth = 0;
    if (marker !== null) {
      // Nesting from the markers' indentation: deeper than the open item's marker is nested.
      // Numbers are often right-aligned ("9." sits right of "10."), hence a tolerance of about
      // a character.
      const tolerance = line.size * 0.9;
      while (this.markers.length > 0 && marker.x < this.markers.at(-1)! - tolerance) this.markers.pop();
      if (this.markers.length === 0 || marker.x > this.markers.at(-1)! + tolerance) this.markers.push(marker.x);
      depth = this.markers.length - 1;
    } else if (this.markers.length > 0 && line.x <= this.markers[0]! + line.size * 0.3) {
      // Text back at the list's margin ends the list.
      this.markers.length = 0;
    }
    this.current = { kind: 'paragraph', lines: [line], marker: marker?.marker ?? null, depth, footnote: null, heading: null };
  }

  private close(): void {
    if (this.current !== null) this.blocks.push(this.current);
    this.current = null;
  }

  private flushFootnotes(page: number): void {
    while (this.pendingFootnotes.length > 0 && this.pendingFootnotes[0]!.page < page) {
      this.blocks.push(this.pendingFootnotes.shift()!.block);
    }
  }

  /** Whether `next` continues the paragraph `block` (a wrapped line, a sentence cut by a page or column break). */
  private continues(block: ParagraphBlock, next: Fragment, regionStart: boolean, left: number): boolean {
    const prev = block.lines.at(-1)!;
    const text = fragmentText(prev);
    if (LEADERS.test(text)) return false;
    // Key–value lines, one under the other ("Countries: Ethiopia, Kenya" over "Type of
    // evaluation: Final independent"): each is its own line, however full.
    if (KEY_VALUE.test(fragmentText(block.lines[0]!)) && KEY_VALUE.test(fragmentText(next))) return false;
    if (/^(#{1,6}\s|\*\*|<b>|\||\*[^*\n]{1,60}:\*)/.test(fragmentText(next))) return false;
    if (roundSize(prev.size) !== roundSize(next.size) && Math.abs(prev.size - next.size) > prev.size * 0.15) return false;
    // A bold line after regular text (or the reverse) starts a block, unless one bold run goes
    // on from the end of one line to the start of the next.
    // A bold line after regular text starts a block (a heading); a bold lead-in ending with its
    // line ("23. **The value proposition … is clear.**") goes on when that line was full.
    const styleBreak = prev.bold !== next.bold && !(prev.spans.at(-1)?.bold && next.spans[0]?.bold);
    const headingLike = this.headingLike(prev) && this.headingLike(next);
    const newPage = next.page !== prev.page;
    const jump = newPage || (regionStart && this.regionBreak);
    // A heading a size larger than the bold lead-in under it ("Recommendations" over
    // "Recommendation 1: …") is no bold run going on: the next line's first word would have
    // fitted after it, measured without the leeway firstWordFits gives justified lines. (A bold
    // paragraph whose size wavers from line to line fills its lines.) Nor does a bold run go on
    // into a line of another size that is not bold throughout, in the column or across a break:
    // that line's bold is its own lead-in.
    const otherSize = Math.abs(prev.size - next.size) >= Math.max(prev.size, next.size) * 0.08;
    if (otherSize && this.headingLike(prev) && ((!jump && !this.firstWordFits(prev, next, this.right, true)) || (prev.bold && !next.bold))) return false;
    // Across a page or column break only a sentence cut short goes on: after a full stop the
    // next page's text is a new paragraph (splitting one is a smaller harm than merging two).
    if (jump && /[.!?:;]["”’»)]*$/.test(text.replace(/<\/?sup>/g, ''))) return false;
    if (!jump) {
      const step = prev.y - next.y;
      const usual = this.style.lineStep(prev.size);
      // Line spacing varies within a document (single and one-and-a-half spacing): a step up
      // to nearly two font sizes is still a line step; paragraph gaps are wider.
      if (step <= 0 || step > Math.max(usual * 1.3, usual + prev.size * 0.25, prev.size * 1.9)) return false;
    }
    // Left edge: the paragraph's text column, give or take an indent. The second line of a
    // list item hangs under the item's text, a few characters right of its marker.
    const first = block.lines[0]!;
    // After a column or page break the paragraph's text column is the new one's.
    const since = block.lines.findLastIndex((line, index) => index > 0 && (line.page !== block.lines[index - 1]!.page || line.y > block.lines[index - 1]!.y));
    const textLeft =
      since > 0
        ? Math.min(...block.lines.slice(since).map((line) => line.x))
        : block.lines.length === 1
          ? first.textX
          : Math.min(...block.lines.slice(1).map((line) => line.x));
    if (!jump && headingLike && this.wrappedCentred(block, prev, next, left, this.right)) return true;
    if (!jump) {
      const hanging = block.lines.length === 1 && block.marker !== null ? Math.max(first.textX, first.x + next.size * 5) : textLeft + next.size * 1.5;
      if (next.x > hanging) return false;
      // A numbered paragraph indented on its first line wraps back to the margin, left of its
      // number; a browser's list item (its bullet drawn) never wraps left of its bullet: a line
      // there is the next block (a <dt> after the <dd>'s list).
      const outdent = first.detachedDrawn === true ? next.size * 0.5 : next.size * 4;
      const minimum = block.lines.length === 1 ? Math.min(first.x, first.textX) - outdent : textLeft - next.size * 1.5;
      if (next.x < minimum) return false;
    } else if (Math.abs(next.x - left) > next.size * 2 && Math.abs(next.x - textLeft) > next.size * 2) {
      return false;
    }
    if (styleBreak) return prev.bold && this.firstWordFits(prev, next, this.right);
    if (headingLike) {
      if (roundSize(prev.size) === roundSize(next.size) && prev.weight === next.weight) return jump || !this.spacedApart(prev, next);
      // Display lines of different sizes (a cover's title, subtitle and author) stay apart;
      // bold body text whose size wavers is prose.
      if (Math.max(prev.size, next.size) > this.style.bodySize * 1.15) return false;
    }
    // A bold lead-in opening the line after a finished sentence opens the next item of a list
    // whose bullets are drawn (no glyph in the text): it goes on only from a line surely full.
    if (next.spans[0]?.bold && !prev.spans.at(-1)?.bold && /[.!?]["”’»)]*$/.test(text.replace(/<\/?sup>/g, ''))) {
      return this.firstWordFits(prev, next, this.right, true);
    }
    return this.wasFull(block, prev, next, this.right);
  }

  /**
   * Two lines in one bold style, the first short (the next line's first word would have fitted
   * after it) and the step between them wider than a line step: two paragraphs, the space of
   * one between them. LibreOffice sets a web page's h4 ("4.1.1 Mandate") bold at the body's
   * size, over a bold finding: read as one heading, the finding lost its headline. A heading
   * wrapped onto a second line is set at a line step.
   */
  private spacedApart(prev: Fragment, next: Fragment): boolean {
    const step = prev.y - next.y;
    // Wider than a line step by a quarter of the size at least (LibreOffice's heading sets 0.35
    // cm after it), however tight the usual step (a document's table cells, set closer, can
    // make the usual step of the body's size a little shorter than its paragraphs').
    const usual = this.style.lineStep(prev.size);
    const paragraphGap = Math.max(usual * 1.15, usual + prev.size * 0.25);
    return step > paragraphGap && !this.firstWordFits(prev, next, this.right);
  }

  /**
   * A centred heading wrapped onto a second line ("Thematic Review of Community Systems Strengthening in" over
   * "Global Fund Grants"): same style and centre, the first line filling most of the column or ending on a word
   * that cannot end a title. (A cover's separate centred lines, a title over its date, stay apart.)
   */
  private wrappedCentred(block: ParagraphBlock, prev: Fragment, next: Fragment, left: number, right: number): boolean {
    if (block.marker !== null || roundSize(prev.size) !== roundSize(next.size) || prev.weight !== next.weight || prev.bold !== next.bold) return false;
    const centre = (line: Fragment) => (line.x + line.right) / 2;
    if (Math.abs(centre(prev) - centre(next)) > prev.size) return false;
    // Not left-aligned lines that happen to be as long: the two edges differ.
    if (Math.abs(prev.x - next.x) <= prev.size) return false;
    return prev.right - prev.x >= (right - left) * 0.6 || DANGLING_WORD.test(fragmentText(prev));
  }

  /**
   * The next line's first word would not have fitted at the end of `prev`: it was wrapped. Unless
   * `strict`, the estimate leans towards joining.
   */
  private firstWordFits(prev: Fragment, next: Fragment, right: number, strict = false): boolean {
    const nextText = fragmentText(next);
    const firstWord = nextText.split(/\s/, 1)[0] ?? '';
    const charWidth = (next.right - next.x) / Math.max(1, nextText.length);
    if (strict) return firstWord.length * charWidth > right - prev.right;
    // The estimate is rough (average character width, proportional fonts, justified text), so
    // lean towards joining: a deliberately short line leaves much more room than one word.
    return (firstWord.length + 2) * charWidth > (right - prev.right) * 0.85;
  }

  /** Set like a heading: larger than the body text, or bold. */
  private headingLike(line: Fragment): boolean {
    return line.size >= this.style.bodySize * 1.12 || (line.bold && line.size >= this.style.bodySize * 0.9);
  }

  /**
   * Was `prev` wrapped (full), rather than ended on purpose? Yes when the next line's first word
   * would not have fitted at its end, when it ends where the paragraph's earlier lines end
   * (justified text beside a box), or where the next line ends too.
   */
  private wasFull(block: ParagraphBlock, prev: Fragment, next: Fragment, right: number): boolean {
    if (this.firstWordFits(prev, next, right)) return true;
    const earlier = block.lines.slice(0, -1);
    if (earlier.length > 0 && prev.right >= Math.max(...earlier.map((line) => line.right)) - 2) return true;
    return fragmentText(prev).length >= 30 && Math.abs(prev.right - next.right) <= 3;
  }
}

/** The last row with text in `column`: the row whose cell a page's first row may go on. */
function cellAbove(rows: (Fragment[] | null)[][], column: number): (Fragment[] | null)[] | undefined {
  return rows.findLast((row) => (row[column]?.length ?? 0) > 0);
}

/**
 * The rows under a header that repeats the previous table's header word for word but with its
 * cells cut otherwise, placed in the previous table's columns; null when the page holds no such
 * header. A browser's header cells set a word space apart ("Accountability Resources") are told
 * apart by the columns of the rows under them: a page with a row or two under the repeated
 * header (the end of a row cut by the break) shows too few of them.
 */
function underRepeatedHeader(previous: (Fragment[] | null)[][], rows: (Fragment[] | null)[][]): (Fragment[] | null)[][] | null {
  const words = (row: (Fragment[] | null)[]): string => rowText(row).replace(/\s+/g, ' ').trim();
  const header = words(previous[0]!);
  const repeated = rows.findIndex((row, index) => index < 2 && words(row) === header && (index === 0 || rows[0]!.length === 1));
  if (repeated < 0 || rows.length <= repeated + 1) return null;
  // Where each column's text starts: its leftmost line (a header cell is centred, the cells under
  // it start at the column's edge).
  const width = Math.max(...previous.map((row) => row.length));
  const lefts = Array.from({ length: width }, (_, column) => Math.min(...previous.flatMap((row) => (row[column] ?? []).map((line) => line.x))));
  const tolerance = 2;
  const placedRows: (Fragment[] | null)[][] = [];
  for (const row of rows.slice(repeated + 1)) {
    const placed: (Fragment[] | null)[] = Array.from({ length: width }, () => null);
    for (const cell of row) {
      if (cell === null || cell.length === 0) continue;
      const x = Math.min(...cell.map((line) => line.x));
      const column = Math.max(
        0,
        lefts.findLastIndex((left) => left <= x + tolerance),
      );
      // A cell running into the next column holds several cells read as one ("12 1"): their
      // columns are not known.
      if (cell.some((line) => line.right > (lefts[column + 1] ?? Infinity))) return null;
      placed[column] = [...(placed[column] ?? []), ...cell];
    }
    // As wide as the previous table, for continuesTable; trimmed when written.
    placedRows.push(placed);
  }
  return placedRows;
}

/** A row without its trailing empty cells, which carry nothing (as pdf-regions writes rows). */
function withoutTrailingEmpty(row: (Fragment[] | null)[]): (Fragment[] | null)[] {
  const trimmed = row.slice();
  while (trimmed.length > 1 && trimmed.at(-1) === null) trimmed.pop();
  return trimmed;
}

function rowText(row: (Fragment[] | null)[]): string {
  return row.map((cell) => (cell ?? []).map(fragmentText).join(' ')).join('\t');
}

/**
 * The table at the top of a page goes on from the table that ended the previous page, and
 * its first row is the rest of that table's last row: same number of columns, and a first row
 * with text in the first column only, or starting in lower case (a sentence cut off).
 */
function continuesTable(previous: TableBlock, rows: (Fragment[] | null)[][], page: number): boolean {
  const width = (table: (Fragment[] | null)[][]): number => Math.max(...table.map((row) => row.length));
  // The last page the table's last row reaches (its cells may start on different pages).
  const lastPage = Math.max(-1, ...(previous.rows.at(-1) ?? []).flatMap((cell) => (cell ?? []).map((line) => line.page)));
  const first = rows[0];
  if (!first || lastPage !== page - 1 || width(previous.rows) !== width(rows)) return false;
  const firstCell = first[0];
  if (!firstCell) return continuesCells(previous.rows, first);
  const onlyFirst = first.every((cell, column) => column === 0 || cell === null);
  return onlyFirst || /^\p{Ll}/u.test(fragmentText(firstCell[0]!));
}

/**
 * A row with an empty first column whose every cell goes on from the cell above it: a sentence
 * cut off there (no final stop) or one starting in lower case. Under a merged first column a
 * new row starts its cells afresh.
 */
function continuesCells(rows: (Fragment[] | null)[][], row: (Fragment[] | null)[]): boolean {
  const filled = row.map((cell, column) => ({ cell, column })).filter(({ cell }) => cell !== null && cell.length > 0);
  return (
    filled.length > 0 &&
    filled.every(({ cell, column }) => {
      const above = cellAbove(rows, column)?.[column]?.at(-1);
      if (!above) return false;
      return (
        /^\p{Ll}/u.test(fragmentText(cell![0]!)) ||
        !/[.!?:;]["”’»)]*$/.test(
          fragmentText(above)
            .replace(/<\/?sup>/g, '')
            .trimEnd(),
        )
      );
    })
  );
}

/** The label of a footnote's first line (its superscript or leading number), or null for a continuation. */
function footnoteLabel(line: Fragment): string | null {
  const first = line.spans[0];
  if (first?.sup) return first.text.trim();
  const match = /^(\d{1,3}|[*†‡])\s/.exec(fragmentText(line));
  return match ? match[1]! : null;
}
