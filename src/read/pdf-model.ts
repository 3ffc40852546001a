/**
 * The data the PDF layout modules pass along, from PDF.js text items to the dialect's blocks.
 * Coordinates are PDF page units (points), origin at the bottom left: a larger `y` is higher
 * on the page.
 */

/** The part of a PDF.js text item the layout needs, plus its font's style. */
export interface PositionedText {
  str: string;
  /** Baseline origin and width in page units (PDF.js `transform[4]`, `transform[5]`, `width`). */
  x: number;
  y: number;
  width: number;
  /** Font size in page units (PDF.js `Math.hypot(transform[2], transform[3])`). */
  fontSize: number;
  hasEOL: boolean;
  /** The font is bold (or heavier: Black, Heavy; Semibold counts). */
  bold?: boolean;
  /** The font's weight when known from its name: 400 regular, 600 semibold, 700 bold, 900 black. */
  weight?: number;
  italic?: boolean;
  /** An id of the font (PDF.js `fontName`): a bullet in a symbol font differs from the text's. */
  font?: string;
  /** Text not set horizontally (rotated or vertical): left out of the reading. */
  rotated?: boolean;
}

/** The font id of a bullet item made from a shape drawn beside a line (pdf-shapes.ts). */
export const DRAWN_BULLET_FONT = 'drawn-bullet-shape';

/** One page: its size (page units) and its text items in content order. */
export interface PdfPage {
  width: number;
  /** Page height; running headers and footers are looked for near its top and bottom. Default 842 (A4). */
  height?: number;
  items: readonly PositionedText[];
}

/** A run of characters of one style within a fragment. */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
  /** A superscript (a footnote marker): written `<sup>…</sup>`. */
  sup: boolean;
}

/**
 * Text on one baseline with no wide gap in it: a line of a paragraph, or the part of a line
 * that sits in one table cell or one column.
 */
export interface Fragment {
  /** 0-based page index. */
  page: number;
  spans: Span[];
  x: number;
  right: number;
  /** Baseline of the main text (superscripts aside). */
  y: number;
  /** Font size of most of its characters. */
  size: number;
  /** Where the text after a detached first glyph starts (a bullet or "12." set apart); `x` otherwise. */
  textX: number;
  /** The first item's text when it stands apart from the rest (a bullet glyph, a number). */
  detached: string | null;
  /** The detached first item is in another font than the text (a bullet from Symbol or Wingdings). */
  detachedOtherFont: boolean;
  /** The detached first item is a bullet drawn as a shape (a browser's list marker, pdf-shapes.ts). */
  detachedDrawn?: boolean;
  /** Every letter or digit is bold. */
  bold: boolean;
  /** Every letter or digit is italic. */
  italic: boolean;
  /** The font is heavier than bold (Black, Heavy): ranks above bold in headings. */
  weight: number;
  /** The visible text ended with a hyphen that was a soft hyphen (U+00AD): always a cut word. */
  softHyphen: boolean;
  /**
   * The fragment cut at each of its gaps wider than a word space, left to right (absent when it
   * has none). A table's narrow columns set close together leave only such a gap between
   * cells ("No.  Recommendation" in a header row): the table cuts the fragment where its
   * columns start (pdf-regions.ts).
   */
  parts?: Fragment[];
  /**
   * A bold line cut at each of its words (absent for other lines): a browser sets a header's
   * cells a word space apart when one fills its cell ("Accountability Resources"), and the
   * header is cut there where the body's columns start (pdf-regions.ts).
   */
  words?: Fragment[];
}

/** The plain text of a fragment (superscripts as `<sup>` markers). */
export function fragmentText(fragment: Fragment): string {
  return fragment.spans.map((span) => (span.sup ? `<sup>${span.text}</sup>` : span.text)).join('');
}
