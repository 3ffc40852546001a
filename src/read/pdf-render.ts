import { type Block, LEADERS, listMarkerOf } from './pdf-blocks.js';
import { plainText } from './pdf-headings.js';
import { keepsHyphen } from '../text/hyphenation.js';
import { type Fragment, fragmentText, type Span } from './pdf-model.js';

/**
 * Writes the blocks as the text dialect: headings `## …`, paragraphs on one line with
 * `**bold**` and `*italic*` runs, list items `- ` / `3. ` indented two spaces per level,
 * footnotes `[^3]: …`, table rows with TAB-separated cells; blocks separated by a blank line,
 * a list's items and a table's rows by a line break. Also records where each page starts.
 */
export function renderBlocks(
  blocks: readonly Block[],
  pageCount: number,
  vocabulary: Words = { counts: new Map(), hyphenates: true },
): { text: string; pageStarts: number[] } {
  let text = '';
  const starts = new Array<number | undefined>(pageCount).fill(undefined);
  const mark = (page: number, offset: number): void => {
    if (page >= 0 && page < pageCount && starts[page] === undefined) starts[page] = offset;
  };
  let previous: Block | null = null;
  for (const block of blocks) {
    const rendered = renderBlock(block, vocabulary);
    // A block of nothing but spaces or markers (an empty superscript line) writes nothing.
    if (rendered.text.trim() === '') continue;
    if (previous !== null) text += tight(previous, block) ? '\n' : '\n\n';
    for (const [page, offset] of rendered.pages) mark(page, text.length + offset);
    text += rendered.text;
    previous = block;
  }
  if (text.length > 0) text += '\n';
  // A page with no text starts where the next page's text does (or at the end).
  const pageStarts = new Array<number>(pageCount).fill(0);
  let next = text.length;
  for (let page = pageCount - 1; page >= 0; page -= 1) {
    next = Math.min(next, starts[page] ?? next);
    pageStarts[page] = next;
  }
  if (pageCount > 0) pageStarts[0] = 0;
  return { text, pageStarts };
}

/** List items follow each other, and footnotes too, without a blank line between them. */
function tight(previous: Block, block: Block): boolean {
  if (previous.kind !== 'paragraph' || block.kind !== 'paragraph' || previous.heading !== null || block.heading !== null) return false;
  if (previous.footnote !== null && block.footnote !== null) return true;
  return previous.marker !== null && block.marker !== null;
}

/** The document's words, lower case, with how often each occurs; and whether it hyphenates words at a line's end. */
export interface Words {
  counts: ReadonlyMap<string, number>;
  /**
   * A line ends with a word cut by a hyphen that the document writes whole elsewhere: a hyphen
   * at a line's end may be a cut's. Else (Word and LibreOffice hyphenate no word unless told
   * to) it is a compound's.
   */
  hyphenates: boolean;
}

interface Rendered {
  text: string;
  /** Offsets (in `text`) where a page's first line starts. */
  pages: [number, number][];
}

function renderBlock(block: Block, words: Words): Rendered {
  if (block.kind === 'table') {
    const pages: [number, number][] = [];
    // Where each column's text ends at the widest: the edge of its cells.
    const rights = block.rows.reduce<number[]>(
      (edges, row) => row.map((cell, column) => Math.max(edges[column] ?? -Infinity, ...(cell ?? []).map((line) => line.right))),
      [],
    );
    // A row starting like a heading ("# of volunteers trained" in an indicator table) is
    // escaped as Markdown escapes it, so it is never read as one.
    const rows = block.rows.map((row) =>
      row
        .map((cell, column) => (cell === null ? '' : renderCell(cell, words, rights[column]!)))
        .join('\t')
        .replace(/^(#{1,6}\s)/, '\\$1'),
    );
    let offset = 0;
    block.rows.forEach((row, index) => {
      const first = row.find((cell): cell is Fragment[] => cell !== null)?.[0];
      if (first) pages.push([first.page, offset]);
      offset += rows[index]!.length + 1;
    });
    return { text: rows.join('\n'), pages };
  }
  // The block's first page starts at the block itself, its marker or label included.
  const pagesOf = (prefixLength: number, inline: InlineText): [number, number][] =>
    inline.pages.map(([page, offset], index) => [page, index === 0 ? 0 : prefixLength + offset]);
  if (block.heading !== null) {
    const prefix = `${'#'.repeat(block.heading)} `;
    return { text: prefix + headingText(block.lines, words), pages: [[block.lines[0]!.page, 0]] };
  }
  if (block.footnote !== null) {
    const prefix = `[^${block.footnote}]: `;
    const inline = renderInline(block.lines, words, stripFootnoteLabel);
    return { text: prefix + inline.text, pages: pagesOf(prefix.length, inline) };
  }
  if (block.marker !== null) {
    const prefix = `${'  '.repeat(block.depth)}${block.marker} `;
    // A table of contents' entry has its bullet drawn as a shape: no marker to strip.
    const inline = renderInline(block.lines, words, listMarkerOf(block.lines[0]!) === null ? null : stripListMarker);
    return { text: prefix + inline.text, pages: pagesOf(prefix.length, inline) };
  }
  // A table-of-contents entry is kept plain: its leaders and page number end the line.
  const plain = LEADERS.test(fragmentText(block.lines.at(-1)!));
  const inline = renderInline(block.lines, words, null, plain);
  return { text: inline.text, pages: inline.pages };
}

/** A cell on one line: its lines joined, list items after the first separated by " / ". `right`: where the column's text ends at the widest. */
function renderCell(lines: Fragment[], words: Words, right: number): string {
  const parts: Fragment[][] = [];
  for (const line of lines) {
    const marker = listMarkerOf(line);
    if (marker?.marker === '-' || parts.length === 0) parts.push([line]);
    else parts.at(-1)!.push(line);
  }
  return parts
    .map((part) => renderInline(part, words, (tokens) => (listMarkerOf(part[0]!)?.marker === '-' ? stripListMarker(tokens) : tokens), false, right).text)
    .filter((part) => part.length > 0)
    .join(' / ');
}

interface Token extends Span {
  /** The page of the line this token starts, when it starts one. */
  page?: number;
}

interface InlineText {
  text: string;
  pages: [number, number][];
}

/**
 * The lines of a paragraph as one line of text: joined by a space, or without one after a
 * word cut by a hyphen (or, in a table cell ending at `cellRight`, cut at the cell's edge);
 * bold and italic runs marked (unless `plain`).
 */
function renderInline(lines: readonly Fragment[], words: Words, strip: ((tokens: Token[]) => Token[]) | null, plain = false, cellRight?: number): InlineText {
  let tokens: Token[] = [];
  lines.forEach((line, index) => {
    const spans = line.spans.map((span) => ({ ...span }));
    if (index > 0 && tokens.length > 0) {
      const last = tokens.at(-1)!;
      const previous = lines[index - 1]!;
      const edge = cellRight !== undefined && fillsCell(previous, line, cellRight);
      const joined = joinWords(last.text, spans[0]?.text ?? '', previous.softHyphen, words, edge);
      last.text = joined.before;
      if (joined.space) last.text += ' ';
    }
    spans.forEach((span, spanIndex) => tokens.push(spanIndex === 0 ? { ...span, page: line.page } : span));
  });
  if (strip) tokens = strip(tokens);
  let text = '';
  const pages: [number, number][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const style = run[0]!;
    const content = run.map((token) => token.text).join('');
    const core = content.trim();
    const marker = plain || !/[\p{L}\p{N}]/u.test(core) ? '' : style.bold ? '**' : style.italic ? '*' : '';
    if (marker === '') {
      let offset = text.length;
      for (const token of run) {
        if (token.page !== undefined) pages.push([token.page, offset]);
        offset += token.text.length;
      }
      text += content;
    } else {
      const lead = content.length - content.trimStart().length;
      const startsAt = text.length + lead + marker.length;
      let offset = startsAt - lead;
      for (const token of run) {
        if (token.page !== undefined) pages.push([token.page, Math.max(startsAt, offset)]);
        offset += token.text.length;
      }
      text += `${content.slice(0, lead)}${marker}${core}${marker}${content.slice(lead + core.length)}`;
    }
    run = [];
  };
  for (const token of tokens) {
    if (token.sup) {
      flush();
      if (token.page !== undefined) pages.push([token.page, text.length]);
      text += plain ? '' : `<sup>${token.text}</sup>`;
      continue;
    }
    const style = run[0];
    if (style && (style.bold !== token.bold || style.italic !== token.italic) && token.text.trim() !== '') flush();
    run.push(token);
  }
  flush();
  return { text: text.replace(/ {2,}/g, ' ').trim(), pages };
}

/** A heading's lines as one line of plain text (no footnote markers), joined as a paragraph's are. */
function headingText(lines: readonly Fragment[], words: Words): string {
  let text = '';
  lines.forEach((line, index) => {
    const own = plainText({ kind: 'paragraph', lines: [line], marker: null, depth: 0, footnote: null, heading: null });
    if (index === 0) {
      text = own;
      return;
    }
    const joined = joinWords(text, own, lines[index - 1]!.softHyphen, words);
    text = `${joined.before}${joined.space ? ' ' : ''}${own}`;
  });
  return text;
}

/** Where a line ends in its table cell: a word reaching the cell's edge, alone or after others; or not at the edge. */
type CellEdge = 'word' | 'tail' | false;

/**
 * How two lines meet: a space, or a word cut by a hyphen joined back (hyphen dropped unless a
 * compound's). Before a capital the hyphen is a compound's ("Climate-" then "Resilient"); between
 * numbers a range's ("2010-" then "2016").
 * `edge`: the first line ends with a word at its table cell's edge, where a word too long for
 * the cell is broken without a hyphen ("Recommendatio" then "n"), joined back unless its
 * halves are words of their own.
 */
function joinWords(before: string, after: string, softHyphen: boolean, words: Words, edge: CellEdge = false): { before: string; space: boolean } {
  const trimmed = before.replace(/\s+$/, '');
  if (softHyphen && trimmed.endsWith('-')) return { before: trimmed.slice(0, -1), space: false };
  const broken = /\p{L}+$/u.exec(trimmed);
  const next = /^\p{Ll}+/u.exec(after.trimStart());
  if (edge && broken && next && brokenInCell(broken[0], next[0], words, edge)) return { before: trimmed, space: false };
  // A range of numbers wrapped after its dash ("2010-" then "2016)", "pp. 12–" then "15"): one range, no space.
  if (/\d[-–]$/.test(trimmed) && /^\d/.test(after.trimStart())) return { before: trimmed, space: false };
  const cut = /(\p{L}+)-$/u.exec(trimmed);
  if (cut && /^\p{Lu}/u.test(after.trimStart())) return { before: trimmed, space: false };
  const rest = /^\p{Ll}+/u.exec(after.trimStart());
  if (cut && rest) {
    const word = cut[1]!;
    // Without a cut word known elsewhere: a document that does not hyphenate keeps the hyphen
    // ("climate-" then "resilient"), one that does keeps it when both halves are words it writes
    // elsewhere ("inter-" then "agency", not "communi-" then "ties").
    const unknown = (words.counts.get(`${word}${rest[0]}`.toLowerCase()) ?? 0) === 0;
    const halves = rest[0].length >= 3 && [word, rest[0]].every((half) => (words.counts.get(half.toLowerCase()) ?? 0) >= 2);
    const keep = keepsHyphen(word, rest[0], words.counts) || (unknown && (!words.hyphenates || halves));
    return { before: keep ? trimmed : trimmed.slice(0, -1), space: false };
  }
  return { before: trimmed, space: true };
}

/**
 * `line` reaches the right edge of its cell (within a character) with a word, and the cell's
 * next line, under it, starts in lower case: a word the cell was too narrow for may have been
 * broken there. `word` when the line is that word alone, `tail` when other words come before it.
 */
function fillsCell(line: Fragment, next: Fragment, right: number): CellEdge {
  const text = fragmentText(line).trim();
  if (!/\p{L}{2,}$/u.test(text) || next.page !== line.page || next.y >= line.y || !/^\p{Ll}/u.test(fragmentText(next))) return false;
  const charWidth = (line.right - line.x) / text.length;
  if (line.right < right - charWidth) return false;
  return /^\p{L}+$/u.test(text) ? 'word' : 'tail';
}

/**
 * The halves of a word broken at a cell's edge: the document writes the whole word elsewhere,
 * or with an ending ("Recommend" over "ation", "recommendations" in the text), or the second half
 * is a letter or two found nowhere else ("Implementin" over "g partners"). "Government" over
 * "partners", "employment" over "through", two words, stay apart. After other words on its line
 * ("the Departme" over "nt of Health"), the first half is no word the document writes elsewhere
 * and the whole word is one it writes ("in" over "to", "an" over "other" stay apart).
 */
function brokenInCell(first: string, rest: string, words: Words, edge: 'word' | 'tail'): boolean {
  const whole = `${first}${rest}`.toLowerCase();
  if (edge === 'tail' && (first.length < 4 || (words.counts.get(first.toLowerCase()) ?? 0) > 1)) return false;
  for (const word of words.counts.keys()) if (word.startsWith(whole) && word.length <= whole.length + 3) return true;
  return edge === 'word' && rest.length <= 2 && (words.counts.get(rest.toLowerCase()) ?? 0) < 2;
}

/** Removes `chars` characters of text from the start of the tokens. */
function dropLeading(tokens: Token[], chars: number): Token[] {
  const out = tokens.map((token) => ({ ...token }));
  let left = chars;
  while (left > 0 && out.length > 0) {
    const first = out[0]!;
    if (first.text.length <= left) {
      left -= first.text.length;
      const page = first.page;
      out.shift();
      if (page !== undefined && out[0] && out[0].page === undefined) out[0].page = page;
    } else {
      first.text = first.text.slice(left);
      left = 0;
    }
  }
  if (out[0]) out[0].text = out[0].text.trimStart();
  return out;
}

/** The item's text without its marker (a bullet glyph, "3.", "(b)"). */
function stripListMarker(tokens: Token[]): Token[] {
  const text = tokens.map((token) => (token.sup ? '' : token.text)).join('');
  const marker = /^\s*(?:\S{1,6})\s+/.exec(text);
  return marker ? dropLeading(tokens, marker[0].length) : tokens;
}

/** The footnote's text without its label (a superscript or a leading number). */
function stripFootnoteLabel(tokens: Token[]): Token[] {
  if (tokens[0]?.sup) {
    const page = tokens[0].page;
    const rest = tokens.slice(1).map((token) => ({ ...token }));
    if (rest[0]) {
      rest[0].text = rest[0].text.trimStart();
      rest[0].page ??= page;
    }
    return rest;
  }
  const text = tokens.map((token) => token.text).join('');
  const label = /^(\d{1,3}|[*†‡])\s+/.exec(text);
  return label ? dropLeading(tokens, label[0].length) : tokens;
}
