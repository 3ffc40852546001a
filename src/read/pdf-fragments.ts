import { normaliseInline } from './normalise-text.js';
import { DRAWN_BULLET_FONT, type Fragment, type PdfPage, type PositionedText, type Span } from './pdf-model.js';

/**
 * Groups a page's text items, in content order, into fragments: text on one baseline without a
 * wide gap. A fragment ends where the baseline moves (a new line), where the text jumps back
 * to the left, or at a gap no word space explains (a table column, a tab stop). Word's
 * justified lines come as words with space items between them, and a tab as one very wide
 * space item: a space item up to four font sizes wide is a word space, a wider one a column gap.
 * Superscripts (smaller, raised) stay in their line, marked as such.
 */
export function toFragments(page: PdfPage, pageIndex: number): Fragment[] {
  // A narrower gap (a space item or a gap of one or two font sizes) is a column gap too when
  // the text after it starts where other fragments of the page start: a table column ("Number
  // of people affected: …  Number of people assisted: …" in a header box), not a justified
  // line's wide word space, which ends nowhere in particular.
  const first = buildFragments(page, pageIndex, new Map(), new Map());
  const starts = new Map<number, number>();
  for (const fragment of first) count(starts, fragment.x);
  return buildFragments(page, pageIndex, starts, labelValueStarts(first));
}

function count(counts: Map<number, number>, x: number): void {
  counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
}

/**
 * Where a regular value starts after a bold label on its line, set apart by more than a word
 * space: the value column of a vertical label/value table (a web page's `<th scope=row>` rows
 * "Management response | …", "Planned action | …", "Responsible | …" printed by a browser). The
 * cell padding is narrow and a browser writes the gap as one space item, so the line reads as
 * one fragment; the value column is told by its left edge, shared by the rows.
 */
function labelValueStarts(fragments: readonly Fragment[]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const fragment of fragments) {
    const parts = fragment.parts ?? [];
    for (let index = 1; index < parts.length; index += 1) {
      if (parts[index - 1]!.bold && !parts[index]!.bold && !parts[index]!.italic) count(starts, parts[index]!.x);
    }
  }
  return starts;
}

function buildFragments(page: PdfPage, pageIndex: number, columnStarts: ReadonlyMap<number, number>, valueStarts: ReadonlyMap<number, number>): Fragment[] {
  const fragments: Fragment[] = [];
  let builder: FragmentBuilder | null = null;
  for (const item of page.items) {
    if (item.rotated) continue;
    const text = normaliseInline(item.str);
    const softHyphen = item.str.endsWith('\u00AD');
    if (text.length === 0 && !softHyphen) continue;
    const blank = text.trim().length === 0;
    if (builder !== null && !builder.accepts(item, blank)) {
      pushFragment(fragments, builder.finish(pageIndex));
      builder = null;
    }
    if (blank) {
      // Spaces only join words of a fragment; they never start one.
      if (builder !== null) builder.addSpace(item);
      continue;
    }
    builder ??= new FragmentBuilder(columnStarts, valueStarts);
    builder.add(item, text, softHyphen);
  }
  if (builder !== null) pushFragment(fragments, builder.finish(pageIndex));
  return fragments;
}

function pushFragment(fragments: Fragment[], fragment: Fragment | null): void {
  if (fragment !== null) fragments.push(fragment);
}

interface Piece {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
  weight: number;
  font: string | undefined;
  space: boolean;
}

// A piece that is only a heading or list number: "1.", "4.2", "b)", "IV.".
const NUMBERING_PIECE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Za-z][.)]|[IVXivx]{1,5}[.)])$/;
// A superscript's text: a footnote number or letter, a list of them, a symbol.
const SUP_TEXT = /^[\p{L}\p{N}*†‡§,\-–]{1,8}$/u;

class FragmentBuilder {
  private readonly pieces: Piece[] = [];
  private right = -Infinity;
  private y = 0;
  private maxSize = 0;
  /** A space item wider than a word space was seen: the next word starts another fragment. */
  private columnGap = false;
  /** A space item wide enough to be a column gap if the next word starts a column. */
  private wideSpace = false;
  private softHyphen = false;
  /** Where the last word ends (space items aside). */
  private wordRight = -Infinity;
  /** Indexes of the pieces that start after a gap wider than a word space: the fragment's parts. */
  private readonly cuts: number[] = [];
  /** Indexes of the other pieces that start a word after a space: the words of a bold line. */
  private readonly wordStarts: number[] = [];

  constructor(
    private readonly columnStarts: ReadonlyMap<number, number>,
    private readonly valueStarts: ReadonlyMap<number, number>,
  ) {}

  /** At least two fragments of the page start at x (give or take a point): a column's left edge. */
  private startsColumn(x: number): boolean {
    return near(this.columnStarts, x) + near(this.valueStarts, x) >= 3;
  }

  /**
   * A regular item after a bold word, at the value column of a label/value table: two lines or
   * more set their value there apart from their label, and three or more lines start text
   * there. The gap may be a word space (a label filling its cell: "Expected completion date"
   * beside "Mars 2026"); a bold lead-in of a paragraph ("**Finding 1:** The …") stays in its
   * line, as its text starts at no such edge.
   */
  private startsValueColumn(item: PositionedText): boolean {
    const last = this.pieces.findLast((piece) => !piece.space);
    if (last === undefined || !last.bold || item.bold === true || (item.weight ?? 400) >= 600 || item.italic === true) return false;
    return near(this.valueStarts, item.x) >= 2 && this.startsColumn(item.x);
  }

  /** Whether an item continues this fragment (same baseline, no column gap, not back to the left). */
  accepts(item: PositionedText, blank: boolean): boolean {
    const size = Math.max(this.maxSize, item.fontSize);
    if (Math.abs(item.y - this.y) > size * 0.5) return false;
    if (blank) return true;
    if (this.columnGap) return false;
    const gap = item.x - this.right;
    if (gap > Math.max(this.maxSize, item.fontSize) * 2) return false;
    // Not after a lone bullet or number: its text starts where the item's wrapped lines do.
    const words = this.pieces.filter((piece) => !piece.space);
    const marker = words.length === 1 && words[0]!.text.trim().length <= 4;
    // The gap counts from the last word: a space item that fills a cell to its edge ("Context/comment: "
    // beside its value) hides it.
    const fromWord = item.x - this.wordRight;
    if (!marker && (this.wideSpace || gap > size * 1.2 || fromWord > size * 0.6) && this.startsColumn(item.x)) return false;
    if (!marker && this.startsValueColumn(item)) return false;
    // Text set back to the left on the same baseline: another column's line, or overprinting.
    return gap > -size * 1.5;
  }

  addSpace(item: PositionedText): void {
    if (item.width > Math.max(this.maxSize, item.fontSize) * 4) {
      this.columnGap = true;
      return;
    }
    if (item.width > Math.max(this.maxSize, item.fontSize) * 1.2) this.wideSpace = true;
    const last = this.pieces.at(-1);
    if (last && !last.space) this.pieces.push({ ...last, text: ' ', x: item.x, right: item.x + item.width, space: true });
    this.right = Math.max(this.right, item.x + item.width);
  }

  add(item: PositionedText, text: string, softHyphen: boolean): void {
    const last = this.pieces.at(-1);
    if (last !== undefined && !last.space && !/\s$/.test(last.text) && !/^\s/.test(text)) {
      // PDF.js leaves out the space between words it saw as separate items: put one back when
      // the gap is wider than a thin space.
      const gap = item.x - this.right;
      if (gap > Math.min(last.size, item.fontSize) * 0.15) this.pieces.push({ ...last, text: ' ', x: this.right, right: item.x, space: true });
    }
    if (this.pieces.length === 0) this.y = item.y;
    // Half a font size: twice a word space, as narrow as two cells' padding.
    if (this.pieces.length > 0 && item.x - this.wordRight >= Math.max(this.maxSize, item.fontSize) * 0.5) this.cuts.push(this.pieces.length);
    else if (this.pieces.at(-1)?.space === true) this.wordStarts.push(this.pieces.length);
    this.wideSpace = false;
    const weight = item.weight ?? (item.bold ? 700 : 400);
    this.pieces.push({
      text: softHyphen ? `${text}-` : text,
      x: item.x,
      right: item.x + item.width,
      y: item.y,
      size: item.fontSize,
      bold: item.bold === true || weight >= 600,
      italic: item.italic === true,
      weight,
      font: item.font,
      space: false,
    });
    this.softHyphen = softHyphen;
    this.wordRight = item.x + item.width;
    this.right = Math.max(this.right, item.x + item.width);
    this.maxSize = Math.max(this.maxSize, item.fontSize);
  }

  finish(page: number): Fragment | null {
    const fragment = toFragment(this.pieces, page, this.softHyphen);
    if (fragment === null) return fragment;
    const parts = this.split(this.cuts, page);
    // A bold line may be a table's header row, whose cells a browser sets a word space apart.
    const words =
      fragment.bold && this.wordStarts.length > 0
        ? this.split(
            [...this.cuts, ...this.wordStarts].sort((a, b) => a - b),
            page,
          )
        : null;
    return { ...fragment, ...(parts && { parts }), ...(words && { words }) };
  }

  /** The fragment cut before each of the pieces at `cuts` (null when none, or a part holds no text). */
  private split(cuts: readonly number[], page: number): Fragment[] | null {
    if (cuts.length === 0) return null;
    const bounds = [0, ...cuts, this.pieces.length];
    const parts = bounds.slice(1).map((end, index) => toFragment(this.pieces.slice(bounds[index], end), page, end === this.pieces.length && this.softHyphen));
    return parts.every((part) => part !== null) ? parts : null;
  }
}

/** The fragment of a line's pieces (null when they hold no visible text). */
function toFragment(pieces: readonly Piece[], page: number, softHyphen: boolean): Fragment | null {
  const words = pieces.filter((piece) => !piece.space);
  if (words.length === 0) return null;
  // The main size and baseline are those of most characters; smaller raised pieces are
  // superscripts. A larger size on the same baseline with a fair share of the characters
  // (the capitals of small capitals) is the line's size.
  const bySize = new Map<number, number>();
  for (const piece of words) bySize.set(round(piece.size), (bySize.get(round(piece.size)) ?? 0) + piece.text.length);
  const lettered = new Set(words.filter((piece) => /\p{L}/u.test(piece.text)).map((piece) => round(piece.size)));
  const total = words.reduce((sum, piece) => sum + piece.text.length, 0);
  const dominant = [...bySize].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const larger = [...bySize]
    .filter(([candidate, count]) => candidate > dominant && candidate <= dominant * 1.5 && count >= total * 0.05 && lettered.has(candidate))
    .sort((a, b) => b[0] - a[0])[0];
  const size = larger ? larger[0] : dominant;
  const main = words.find((piece) => round(piece.size) === dominant)!;
  // Raised and smaller: a browser sets <sup> at 0.83 of the text ("$97M²" is no "$97M2").
  const isSup = (piece: Piece): boolean => !piece.space && piece.size <= size * 0.85 && piece.y - main.y >= size * 0.12 && SUP_TEXT.test(piece.text.trim());
  const first = words[0]!;
  const second = words[1];
  // A first item set apart from the rest (a bullet glyph, "12." before the text).
  const detachedGap = second !== undefined && second.x - first.right >= first.size * 0.25 && !isSup(first);
  const detached = detachedGap && first.text.trim().length <= 4 ? first.text.trim() : null;
  const spans: Span[] = [];
  for (const piece of pieces) {
    const lastSpan = spans.at(-1);
    if (piece.space) {
      if (lastSpan && !lastSpan.sup) lastSpan.text += ' ';
      else if (lastSpan) spans.push({ text: ' ', bold: false, italic: false, sup: false });
      continue;
    }
    const sup = isSup(piece);
    if (!sup && lastSpan && !lastSpan.sup && lastSpan.bold === piece.bold && lastSpan.italic === piece.italic) lastSpan.text += piece.text;
    else spans.push({ text: sup ? piece.text.trim() : piece.text, bold: piece.bold, italic: piece.italic, sup });
  }
  const trimmed = trimSpans(spans);
  if (trimmed.length === 0) return null;
  // A heading's number may be set in the regular weight ("1. DESCRIPCIÓN…" in bold): its style
  // is its words'.
  const visible = words.filter(
    (piece, index) => !isSup(piece) && /[\p{L}\p{N}]/u.test(piece.text) && !(index === 0 && words.length > 1 && NUMBERING_PIECE.test(piece.text.trim())),
  );
  return {
    page,
    spans: trimmed,
    x: first.x,
    right: Math.max(...words.map((piece) => piece.right)),
    y: main.y,
    size,
    textX: detached !== null ? second!.x : first.x,
    detached,
    detachedOtherFont: detached !== null && first.font !== undefined && first.font !== second!.font,
    ...(detached !== null && first.font === DRAWN_BULLET_FONT ? { detachedDrawn: true } : {}),
    bold: visible.length > 0 && visible.every((piece) => piece.bold),
    italic: visible.length > 0 && visible.every((piece) => piece.italic),
    weight: visible.length > 0 ? Math.min(...visible.map((piece) => piece.weight)) : 400,
    softHyphen,
  };
}

/** How many starts a map counts at x, give or take a point. */
function near(starts: ReadonlyMap<number, number>, x: number): number {
  const at = Math.round(x);
  return (starts.get(at) ?? 0) + (starts.get(at - 1) ?? 0) + (starts.get(at + 1) ?? 0);
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

/** Spaces collapsed and trimmed at both ends; empty spans dropped. */
function trimSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const text = span.text.replace(/ {2,}/g, ' ');
    if (text.length === 0) continue;
    const previous = out.at(-1);
    out.push({ ...span, text: previous && /\s$/.test(previous.text) ? text.replace(/^ +/, '') : text });
  }
  while (out.length > 0 && out[0]!.text.trim() === '') out.shift();
  while (out.length > 0 && out.at(-1)!.text.trim() === '') out.pop();
  if (out.length === 0) return out;
  out[0] = { ...out[0]!, text: out[0]!.text.replace(/^ +/, '') };
  out[out.length - 1] = { ...out.at(-1)!, text: out.at(-1)!.text.replace(/ +$/, '') };
  return out.filter((span) => span.text.length > 0);
}
