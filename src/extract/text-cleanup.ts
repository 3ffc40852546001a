/**
 * From normalised text (ReadResult.text) to blocks: headings, table-row labels, paragraphs and
 * footnotes, each cleaned of markup and each keeping the [start, end) range of the characters
 * it came from, so every insight can point back into the document.
 *
 * The text is Markdown-like whatever the format, with the damage PDF-to-text conversion leaves
 * in i-eval summaries: HTML table rows (`<b>label</b>\t<p>text</p>`), `<sup>1</sup>` footnote
 * markers, footnotes in the middle of a section, sentences cut by a page break.
 */
import { splitLines, type TextLine } from '../text/lines.js';
import { collapseWhiteSpace } from '../text/normalise.js';

export type BlockKind = 'heading' | 'label' | 'paragraph' | 'footnote';

export interface Block {
  kind: BlockKind;
  /** Heading level (1-6) for headings; 0 for everything else. */
  level: number;
  /** The characters as written (markup kept). */
  raw: string;
  /** Clean text: no markup, no footnote markers, whitespace collapsed. */
  text: string;
  /** The whole block was bold (`**...**`, `<b>...</b>`, or a row label). */
  bold: boolean;
  /** The block came from a table row (`label<TAB>content`). */
  row: boolean;
  /** A row without a label: it continues the label of the row above. */
  continuation: boolean;
  /** [start, end) in the normalised text. */
  start: number;
  end: number;
}

// The closing `#`s of a heading are trimmed by trimHeading, not by the pattern: `(.*?)[ \t#]*$`
// backtracks quadratically on a long line of spaces and hashes.
const HEADING = /^(#{1,6})[ \t]+(.*)$/;
const FOOTNOTE_START = /^\s*(?:<sup>\s*\d{1,3}\s*<\/sup>|\[\^\d{1,3}\]:?)\s*/i;
const TERMINAL_PUNCTUATION = /[.!?…:;»"”')\]]$/;

/**
 * Strips markup from a piece of text: HTML tags (script/style content dropped), footnote
 * markers (`<sup>1</sup>`, `[^1]`), Markdown emphasis, Markdown links (text kept), HTML
 * entities; collapses whitespace. Never throws.
 */
export function cleanInline(raw: string): string {
  // Entities first: an escaped tag (`&lt;script&gt;`) is still markup, never insight text.
  let text = raw.includes('&') ? decodeEntities(raw) : raw;
  // Most blocks hold no markup: each pass runs only when its first character is there.
  if (text.includes('<')) text = dropElements(text).replace(/<sup>[^<]{0,40}<\/sup>/gi, '');
  // Footnote markers: "[^3]", and GOV.UK's label for screen readers printed with the page ("[footnote 3]").
  if (text.includes('[')) text = text.replace(/\[\^\d{1,3}\]|\[footnote \d{1,3}\]/gi, '');
  if (text.includes('<')) text = text.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ' ');
  if (text.includes('[')) text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  if (text.includes('**') || text.includes('__')) text = text.replace(/\*\*|__/g, '');
  if (text.includes('*')) text = text.replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=[\s.,;:)]|$)/g, '$1$2');
  if (text.includes('_')) text = text.replace(/(^|[\s(])_(\S(?:[^_]*\S)?)_(?=[\s.,;:)]|$)/g, '$1$2');
  // Tags become spaces (cells and paragraphs must not glue words); undo the space this leaves before , . )
  return collapseWhiteSpace(text)
    .replace(/\s+([,.)])(?=\s|$)/g, '$1')
    .trim();
}

/**
 * Removes script and style elements with their content, and HTML comments, in one linear pass
 * (lazy regexes over unclosed `<script` or `<!--` are quadratic on hostile text). An unclosed
 * element or comment runs to the end of the text.
 */
function dropElements(raw: string): string {
  const lower = raw.toLowerCase();
  if (!lower.includes('<script') && !lower.includes('<style') && !lower.includes('<!--')) return raw;
  let out = '';
  let at = 0;
  const opening = /<(script|style)\b|<!--/g;
  for (;;) {
    opening.lastIndex = at;
    const match = opening.exec(lower);
    if (!match) return out + raw.slice(at);
    out += `${raw.slice(at, match.index)} `;
    const closer = match[0] === '<!--' ? '-->' : `</${match[1]}`;
    const close = lower.indexOf(closer, match.index + match[0].length);
    if (close === -1) return out;
    const end = match[0] === '<!--' ? close + 3 : lower.indexOf('>', close) === -1 ? lower.length : lower.indexOf('>', close) + 1;
    at = end;
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** True when the whole raw text is one bold run (`**...**` or `<b>...</b>`), ignoring `<p>` wrappers. */
function isWhollyBold(raw: string): boolean {
  const inner = raw
    .trim()
    .replace(/^<p>\s*/i, '')
    .replace(/\s*<\/p>$/i, '')
    .replace(/[.:]$/, '')
    .trim();
  if (inner.length > 4 && inner.startsWith('**') && inner.endsWith('**')) return !inner.slice(2, -2).includes('**') && inner[2] !== '*';
  const lower = inner.toLowerCase();
  for (const tag of ['b', 'strong']) {
    const open = `<${tag}>`;
    const close = `</${tag}>`;
    // One run: opens at the start, closes at the end, and does not close before.
    if (lower.startsWith(open) && lower.endsWith(close)) return lower.indexOf(close) === lower.length - close.length;
  }
  return false;
}

/** A heading's text without the closing `#`s and spaces Markdown allows ("## Title ##"). */
function trimHeading(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '#' || text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
  return text.slice(0, end);
}

/**
 * A paragraph that opens with a bold run and goes on in plain text ("**Relevance.** The
 * project ..."): the bold run (clean, as a headline) and the clean rest. Null otherwise.
 */
export function splitBoldLead(raw: string): { headline: string; rest: string } | null {
  const lead = /^\s*(?:<p>\s*)?(?:\*\*([^*]{2,300}?)\*\*|<(?:b|strong)>((?:(?!<\/(?:b|strong)>)[\s\S]){2,300})<\/(?:b|strong)>)\s*([:.–—-])?\s+(?=\S)/i.exec(
    raw,
  );
  if (!lead) return null;
  // "**1. Qualité des études techniques.** Des études …": the number is the item's, not its headline's.
  const headline = cleanInline(lead[1] ?? lead[2] ?? '')
    .replace(/[\s:]+$/, '')
    .replace(/^\d{1,2}[.)]\s+(?=\p{Lu})/u, '');
  const rest = cleanInline(raw.slice(lead[0].length));
  if (!headline || !rest) return null;
  // "**Les collectivités disposent de peu de capacité technique** pour exploiter …": emphasis inside a sentence that
  // goes on in lower case, not a headline ("**Pertinence :** le projet …" is one: its colon ends it).
  if (!lead[3] && !/[.:!?]\s*$/.test(lead[1] ?? lead[2] ?? '') && /^\p{Ll}/u.test(rest)) return null;
  return { headline: lead[3] === '.' ? `${headline}.` : headline, rest };
}

/** An item without the marker that numbers or bullets it ("1. ", "b) ", "iii) ", "- ", "Recommendation 2: "). */
export function stripItemMarker(text: string): string {
  return text
    .replace(
      /^(?:recommendations?|recommandations?|recomendaci[oó]n(?:es)?|lessons?(?: learn(?:ed|t))?|le[cç]ons?(?: apprises?)?|lecci[oó]n(?:es)?(?: aprendidas?)?)\s*(?:n[o°º]\.?\s*)?\d{1,2}\s*[:.–—-]\s+(?=\S)/i,
      '',
    )
    .replace(/^(?:\(?\d{1,2}[.)]|\(?[a-h]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)|[-*•▪●◦])\s+(?=\S)/i, '');
}

function makeBlock(kind: BlockKind, raw: string, start: number, extra: Partial<Block> = {}): Block {
  const trimmedStart = start + (raw.length - raw.trimStart().length);
  const trimmed = raw.trim();
  return {
    kind,
    level: 0,
    raw: trimmed,
    text: cleanInline(trimmed),
    bold: isWhollyBold(trimmed),
    row: false,
    continuation: false,
    start: trimmedStart,
    end: trimmedStart + trimmed.length,
    ...extra,
  };
}

/** Splits a table cell into its `<p>` paragraphs (a cell without `<p>` is one paragraph). */
function cellParagraphs(cell: string, cellStart: number): Array<{ raw: string; start: number }> {
  if (!/<p\b/i.test(cell)) return cell.trim() ? [{ raw: cell, start: cellStart }] : [];
  const parts: Array<{ raw: string; start: number }> = [];
  const pattern = /<p\b[^<>]{0,200}>([\s\S]*?)(?:<\/p>|(?=<p\b)|$)/gi;
  let match: RegExpExecArray | null;
  let last = 0;
  while ((match = pattern.exec(cell)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const between = cell.slice(last, match.index);
    if (between.trim()) parts.push({ raw: between, start: cellStart + last });
    parts.push({ raw: match[0], start: cellStart + match.index });
    last = match.index + match[0].length;
  }
  const rest = cell.slice(last);
  if (rest.trim()) parts.push({ raw: rest, start: cellStart + last });
  return parts.filter((part) => cleanInline(part.raw).length > 0);
}

/** The cells of a TAB-separated row, with their offsets. */
function tabCells(line: TextLine): Array<{ raw: string; start: number }> {
  const cells: Array<{ raw: string; start: number }> = [];
  let offset = 0;
  for (const cell of line.text.split('\t')) {
    cells.push({ raw: cell, start: line.start + offset });
    offset += cell.length + 1;
  }
  return cells;
}

/** Blocks of a table row: the first cell is its label (empty: a continuation row), the others its paragraphs. */
function rowBlocks(cells: Array<{ raw: string; start: number }>): Block[] {
  const blocks: Block[] = [];
  const first = cells[0];
  const label = first && cleanInline(first.raw).length > 0 ? first : null;
  if (label) blocks.push(makeBlock('label', label.raw, label.start, { bold: true, row: true }));
  let firstContent = true;
  for (const cell of label ? cells.slice(1) : cells) {
    for (const part of cellParagraphs(cell.raw, cell.start)) {
      const kind: BlockKind = FOOTNOTE_START.test(part.raw.replace(/^\s*<p>/i, '')) ? 'footnote' : 'paragraph';
      blocks.push(makeBlock(kind, part.raw, part.start, { row: true, continuation: !label && firstContent }));
      firstContent = false;
    }
  }
  return blocks;
}

/** A line that starts a new paragraph even without a blank line before it (lost blank lines in PDFs). */
function startsOwnParagraph(line: string): boolean {
  return /^\s*(\*\*|<b>|<p>|<sup>|[-*•]\s|\d{1,2}[.)]\s)/i.test(line);
}

/**
 * Splits normalised text into blocks with offsets, then repairs sentences cut by a page
 * break (a paragraph that ends mid-sentence followed by one that starts in lower case).
 */
export function segmentBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: TextLine[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    const first = paragraph[0]!;
    const last = paragraph[paragraph.length - 1]!;
    const raw = text.slice(first.start, last.end);
    paragraph = [];
    // A table row whose TABs were printed as spaces (PDF): `<b>label</b> <p>text</p>`.
    const lead = /^\s*<b>((?:(?!<\/b>)[\s\S]){1,200})<\/b>\s+(?=\S)/i.exec(raw);
    if (lead && !isWhollyBold(raw)) {
      blocks.push(
        ...rowBlocks([
          { raw: lead[0], start: first.start },
          { raw: raw.slice(lead[0].length), start: first.start + lead[0].length },
        ]),
      );
      return;
    }
    if (/<p\b/i.test(raw)) {
      for (const part of cellParagraphs(raw, first.start)) {
        const kind: BlockKind = FOOTNOTE_START.test(part.raw.replace(/^\s*<p>/i, '')) ? 'footnote' : 'paragraph';
        blocks.push(makeBlock(kind, part.raw, part.start));
      }
      return;
    }
    const kind: BlockKind = FOOTNOTE_START.test(raw) ? 'footnote' : 'paragraph';
    const block = makeBlock(kind, raw, first.start);
    if (block.text) blocks.push(block);
  };
  for (const line of splitLines(text)) {
    if (line.text.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line.text);
    if (heading) {
      flush();
      const content = trimHeading(heading[2] ?? '');
      const block = makeBlock('heading', content, line.start + line.text.indexOf(content, heading[1]!.length), { level: heading[1]!.length });
      if (block.text) blocks.push(block);
      continue;
    }
    if (line.text.includes('\t')) {
      flush();
      blocks.push(...rowBlocks(tabCells(line)));
      continue;
    }
    const previous = paragraph[paragraph.length - 1];
    if (previous && (startsOwnParagraph(line.text) || /\*\*\s*$|<\/b>\s*$|<\/p>\s*$/i.test(previous.text))) flush();
    paragraph.push(line);
  }
  flush();
  return joinPageBreaks(blocks);
}

/**
 * Joins a paragraph cut by a page break: the first part ends without sentence punctuation and
 * the next paragraph (skipping footnotes, which PDF converters drop at the page foot) starts
 * with a lower-case letter.
 */
function joinPageBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (
      previous &&
      previous.kind === 'paragraph' &&
      block.kind === 'paragraph' &&
      !previous.bold &&
      !block.bold &&
      !TERMINAL_PUNCTUATION.test(previous.text) &&
      /^[a-zà-ÿ]/.test(block.text) &&
      (!block.row || block.continuation)
    ) {
      out[out.length - 1] = { ...previous, raw: `${previous.raw} ${block.raw}`, text: `${previous.text} ${block.text}`, end: block.end, row: block.row };
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * Splits an inline enumeration into items: `i) ... ii) ...`, `a) ... b) ...`, `1) ... 2) ...`,
 * `1. ... 2. ...`, and `• ...` bullets. Returns the text as one item when it holds no
 * enumeration of at least two items. The text before the first marker (an introduction) is
 * returned apart.
 */
export function splitEnumeration(text: string): { intro: string; items: string[] } {
  const markers: RegExp[] = [
    // "i) Better ...", and "i)Better ..." where the space after the marker was lost.
    /(?:^|\s)\(?((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii))\)(?:\s+|(?=[A-ZÀ-Ý]))/g,
    /(?:^|\s)\(?([a-h])\)(?:\s+|(?=[A-ZÀ-Ý]))/g,
    /(?:^|\s)\(?(\d{1,2})\)(?:\s+|(?=[A-ZÀ-Ý]))/g,
    /(?:^|\s)(\d{1,2})\.\s+(?=[A-ZÀ-Ý])/g,
    /(?:^|\s)[•▪●◦]\s+/g,
    /(?:^|\n)\s*[-*]\s+/g,
  ];
  for (const marker of markers) {
    const hits = [...text.matchAll(marker)];
    if (hits.length < 2) continue;
    if (!isSequence(hits.map((hit) => hit[1]))) continue;
    const intro = text.slice(0, hits[0]!.index).trim();
    const items: string[] = [];
    hits.forEach((hit, index) => {
      const from = hit.index + hit[0].length;
      const to = index + 1 < hits.length ? hits[index + 1]!.index : text.length;
      const item = text
        .slice(from, to)
        .trim()
        .replace(/\s*(?:;|,)?\s*(?:et|and|y|ou|or)?\s*$/i, '')
        .replace(/\s*[;,]$/, '')
        .trim();
      if (item) items.push(item);
    });
    if (items.length >= 2) return { intro, items };
  }
  return { intro: '', items: [text.trim()].filter(Boolean) };
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Markers must count up from the first (i, ii, iii / a, b, c / 1, 2, 3); bullets have no marker. */
function isSequence(markers: Array<string | undefined>): boolean {
  if (markers.every((marker) => marker === undefined)) return true;
  const values = markers.map((marker) => {
    if (marker === undefined) return Number.NaN;
    const lower = marker.toLowerCase();
    if (/^\d+$/.test(lower)) return Number(lower);
    if (ROMAN.includes(lower) && lower !== 'i' && lower !== 'v' && lower !== 'x') return ROMAN.indexOf(lower) + 1;
    if (lower.length === 1 && lower >= 'a' && lower <= 'h' && !markers.includes('ii')) return lower.charCodeAt(0) - 96;
    return ROMAN.indexOf(lower) + 1;
  });
  return values.every((value, index) => index === 0 || value === values[index - 1]! + 1);
}

/**
 * "Photo: ILO/K. Mwangi. Trainees at …", "Pupils queue for lunch in Abéché. Photo: WFP/Mahamat Ali", "… ©Cameroon Red
 * Cross": a photo's caption or credit, never part of an item.
 */
export function isPhotoCredit(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/).length > 25) return false;
  if (/^(?:photo|credit|cr[ée]dit|foto|cr[ée]dito)s?\s*:/i.test(trimmed)) return trimmed.split(/\s+/).length <= 20;
  return /©/.test(trimmed) || /(?:^|[.!?)]\s+|\(\s*)(?:photo|credit|cr[ée]dit|foto|cr[ée]dito)s?\s*(?::|©)\s*[^.!?]{2,60}\)?\.?$/i.test(trimmed);
}
