/**
 * Rebuilds paragraphs from the positioned text items of a PDF page. A PDF holds lines, not
 * paragraphs: a sentence wraps at the margin, and a bold headline of two lines comes out as two
 * lines. The extractor reads the other formats paragraph by paragraph (one paragraph a line,
 * blank lines between), so wrapped lines are joined back here. Pure: items in, text out.
 */

/** The part of a PDF.js text item this module needs. */
export interface PositionedText {
  str: string;
  /** Baseline origin and width in page units (PDF.js `transform[4]`, `transform[5]`, `width`). */
  x: number;
  y: number;
  width: number;
  /** Font size in page units (PDF.js `Math.hypot(transform[2], transform[3])`). */
  fontSize: number;
  hasEOL: boolean;
}

/** One page: its width (page units) and its text items in content order. */
export interface PdfPage {
  width: number;
  items: readonly PositionedText[];
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  fontSize: number;
}

// Share of the page width the text column reaches at least (A4 with 2.5 cm margins: 0.92;
// one column of a two-column layout: under 0.5, whose lines are then never joined).
const MIN_COLUMN_RIGHT = 0.6;

// A line starting like this begins a new block even when the previous line was full.
// `*Label:*` is the template's italic field label (the keywords line): a block of its own.
const BLOCK_START = /^(#{1,6}\s|[-•▪●◦–*]\s|\d{1,2}[.)]\s|[a-z]\)\s|[ivx]{1,4}\)\s|\*\*|\*[^*\n]{1,60}:\*|<b>|\|)/i;

/**
 * The text of a document from its pages' items: paragraphs separated by blank lines. Lines are
 * joined when the previous one was full (the next line's first word would not have fitted in
 * the space left at its end), the vertical step is an ordinary line step, and the next line does
 * not start a block (heading, bullet, numbered item, bold headline). A sentence cut by a page
 * break is joined the same way, from the last line of a page to the first of the next, once
 * running headers and footers are dropped.
 */
export function pagesToText(pages: readonly PdfPage[]): string {
  const paragraphs: string[] = [];
  let paragraph: string | null = null;
  let previous: { line: Line; columnRight: number } | null = null;
  const pageLines = withoutRunningHeaders(pages.map((page) => toLines(page.items)));
  pageLines.forEach((lines, pageIndex) => {
    if (lines.length === 0) return;
    // The right edge of the text column. A page of short lines only (a title page) has no full
    // line: the column is at least as wide as most of the page.
    const columnRight = Math.max(...lines.map((line) => line.right), (pages[pageIndex]?.width ?? 0) * MIN_COLUMN_RIGHT);
    const lineStep = medianLineStep(lines);
    lines.forEach((line, index) => {
      const joins =
        previous !== null &&
        paragraph !== null &&
        (index === 0 ? continuesOnNextPage(previous.line, line, previous.columnRight) : continuesParagraph(previous.line, line, columnRight, lineStep));
      if (joins && paragraph !== null) {
        paragraph = /\p{L}-$/u.test(paragraph) ? paragraph + line.text : `${paragraph} ${line.text}`;
      } else {
        if (paragraph !== null) paragraphs.push(paragraph);
        paragraph = line.text;
      }
      previous = { line, columnRight };
    });
  });
  if (paragraph !== null) paragraphs.push(paragraph);
  return paragraphs.join('\n\n');
}

/**
 * Drops running headers and footers: a first or last line of a page that recurs (digits aside,
 * so "Page 3" and "Page 4" are one) on at least three pages and on half of them. Left in, a
 * footer would sit in the middle of a sentence cut by the page break.
 */
function withoutRunningHeaders(pages: Line[][]): Line[][] {
  if (pages.length < 3) return pages;
  const signature = (line: Line): string => line.text.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines.at(-1)].filter((line): line is Line => line !== undefined).map(signature));
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(pages.length / 2));
  const running = new Set([...counts].filter(([, count]) => count >= threshold).map(([edge]) => edge));
  if (running.size === 0) return pages;
  return pages.map((lines) =>
    lines.filter((line, index) => !((index === 0 || index === lines.length - 1) && running.has(signature(line)))),
  );
}

/** Groups items into visual lines: a new line at hasEOL or when the baseline moves. */
function toLines(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let endOfLine = false;
  for (const item of items) {
    const sameBaseline = current !== null && Math.abs(item.y - current.y) <= Math.max(current.fontSize, item.fontSize) * 0.4;
    if (current && (endOfLine || !sameBaseline)) {
      pushLine(lines, current);
      current = null;
    }
    endOfLine = item.hasEOL;
    if (item.str.length === 0) continue;
    if (!current) {
      current = { text: item.str, x: item.x, right: item.x + item.width, y: item.y, fontSize: item.fontSize };
      continue;
    }
    const gap = item.x - current.right;
    // A wide horizontal gap on one baseline is a table column: keep it as a TAB, as the other
    // formats separate cells.
    if (gap > current.fontSize * 2) current.text = `${current.text.trimEnd()}\t${item.str.trimStart()}`;
    else if (gap > current.fontSize * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ` ${item.str}`;
    else current.text += item.str;
    current.right = Math.max(current.right, item.x + item.width);
    current.fontSize = Math.max(current.fontSize, item.fontSize);
  }
  if (current) pushLine(lines, current);
  return lines;
}

function pushLine(lines: Line[], line: Line): void {
  const text = line.text.replace(/[ ]{2,}/g, ' ').trim();
  if (text.length > 0) lines.push({ ...line, text });
}

function medianLineStep(lines: Line[]): number {
  const steps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((step) => step > 0)
    .sort((a, b) => a - b);
  // The lower median, capped at double spacing: with few lines, a paragraph gap or a footer far
  // below the text must not pass for the line step.
  const fontSize = lines[0]?.fontSize ?? 10;
  return Math.min(steps[Math.floor((steps.length - 1) / 2)] ?? fontSize * 1.2, fontSize * 2);
}

function continuesParagraph(prev: Line, next: Line, columnRight: number, lineStep: number): boolean {
  const step = prev.y - next.y;
  if (step <= 0 || step > lineStep * 1.4) return false;
  if (next.x > prev.x + prev.fontSize * 2) return false;
  return sameParagraphStyle(prev, next) && wasFull(prev, next, columnRight);
}

/** The first line of a page continues the last of the previous page: same rules but the vertical step. */
function continuesOnNextPage(prev: Line, next: Line, columnRight: number): boolean {
  if (Math.abs(next.x - prev.x) > prev.fontSize * 2) return false;
  return sameParagraphStyle(prev, next) && wasFull(prev, next, columnRight);
}

function sameParagraphStyle(prev: Line, next: Line): boolean {
  // Table rows (cells kept apart by a TAB) are records of their own, never wrapped prose.
  if (prev.text.includes('\t') || next.text.includes('\t')) return false;
  if (Math.abs(next.fontSize - prev.fontSize) > prev.fontSize * 0.15) return false;
  return !BLOCK_START.test(next.text);
}

/** Would the next line's first word (and a space) have fitted at the end of this one? If not, the line was wrapped. */
function wasFull(prev: Line, next: Line, columnRight: number): boolean {
  const firstWord = next.text.split(/\s/, 1)[0] ?? '';
  const charWidth = (next.right - next.x) / Math.max(1, next.text.length);
  // The estimate is rough (average character width, proportional fonts, justified text), so
  // lean towards joining: a deliberately short line leaves much more room than one word.
  return (firstWord.length + 2) * charWidth > (columnRight - prev.right) * 0.85;
}
