/**
 * Text -> outline: the blocks of a document with offsets and pages, from the readers' dialect
 * (DIALECT.md: blocks separated by blank lines, `#` headings, `- ` items, TAB rows) and from raw
 * user text (Markdown; hard-wrapped text dumps whose headings are capitals lines, numbered lines
 * or underlined, with standalone page numbers, running headers, lost bullets, OCR noise, and
 * sometimes the whole document twice).
 *
 * Linear in the length of the text: one pass to measure the lines, one to cut blocks, one to
 * give headings their levels. Pure.
 */
import { classifyHeading, splitNumbering } from '../sections/classify-heading.js';
import { CRITERION_LEAD, CRITERION_WORDS } from '../sections/heading-lexicon.js';
import { cleanInline, splitBoldLead } from '../text-cleanup.js';
import { splitLines, type TextLine } from '../../text/lines.js';
import { foldForMatch } from '../../text/normalise.js';
import type { Outline, OutlineBlock } from './outline-block.js';
import { vocabulary } from '../../text/hyphenation.js';
import { findDuplicateCopy } from './duplicate-copy.js';
import { type FlatTable, findFlatTables } from './flat-tables.js';
import { type LoneBulletItem, findLoneBulletItems } from './lone-bullets.js';
import { type BarePipeRow, findBarePipeRows } from './bare-pipe-tables.js';
import { fieldOverValue, splitItemLabel } from './split-labels.js';
import { type RecordColumn, closesRecordRow, flattenedRow, isRecordField, lineRow, opensRecordItem, recordTableHeader } from './record-table.js';
import { isDecisionLine, partField, wholePartField } from '../items/item-labels.js';
import { ParenthesisedDivisions, isParenthesisedDivision } from './parenthesised-divisions.js';
import { markPageStamps } from './page-stamps.js';
import { isRecordMetaLine } from './record-meta.js';

/** A dump's footer or header line: a short title and its page number set far apart. */
function isPageLine(text: string): boolean {
  // One gap only, between words and the number: a table's row has a gap per column ("Myanmar   2015   42   312").
  return PAGE_LINE.test(text) && text.trim().split(/\s+/).length <= 10 && (text.trim().match(/\s{3,}/g) ?? []).length === 1 && /\p{L}{3,}/u.test(text);
}

/** What a line is, before blocks are cut. */
type Skip = 'page-number' | 'running-header' | 'underline' | 'page-stamp' | null;

// A table row whose first cell is "#" ("#\tRecommendation\tResponsibility", "# Recommendation\tPriority\tTimeframe") is no heading.
const MARKED_HEADING = /^(#{1,6})(?![^\t\n]*\t[^\t\n]*\t)[ \t]+(.*)$/;
const FOOTNOTE_BODY = /^\s*(?:\[\^(\d{1,3})\]:|<sup>\s*(\d{1,3})\s*<\/sup>)\s*/i;
const LIST_MARKER = /^( *)([-*+•▪●◦■□➢►–]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{2,6})[.)]|\d{1,2}:)[ \t]+(?=\S)/;
/** A bullet right after an item's number ("1. • Procedimientos …"). */
const NESTED_BULLET = /^\s*[-*+•▪●◦■□➢►–][ \t]+(?=\S)/;
const MARKER_ONLY = /^\s*(\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s*$/i;
const PAGE_NUMBER =
  /^\s*(?:[-–—]\s*)?(?:(?:page|p\.|pág\.?|página)\s*)?(?:\d{1,3}|[ivxlc]{1,7}|[IVXLC]{1,7})(?:\s*(?:of|de|sur|\/)\s*\d{1,3})?(?:\s*[-–—])?\s*$/i;
const UNDERLINE = /^\s*([=\-~_*])\1{2,}\s*$/;
// A dump's running footer or header: a short title and its page number set far apart ("BEAM Ex-Post Evaluation      Page 22",
// "Social Impact, Inc.      12", "22      Informe final").
const PAGE_LINE =
  /^\s*(?:[^\s].{0,70}?\S\s{6,}(?:(?:page|p\.|pág\.?|página)\s*)?\d{1,3}(?:\s*(?:of|de|sur|\/)\s*\d{1,3})?|(?:(?:page|p\.|pág\.?|página)\s*)?\d{1,3}\s{6,}\S.{0,70}?)\s*$/i;
const TERMINAL = /[.!?:;…]["'”’»)\]]*$/;
const KEY_VALUE = /^([A-ZÀ-Ýa-zà-ÿ][^:\n]{0,70}?)\s*:\s+(\S[\s\S]*)$/;
/** "Recommendation 2: …", "Lesson 1 –", "R3. …": a label and its punctuation; not "Recommendation 2 of this report". */
function opensLabelledItem(text: string): boolean {
  const label = ITEM_LABEL.exec(text);
  return (label !== null && /^\s*[:.)–—-]/.test(text.slice(label[0].length))) || SHORT_ITEM_LABEL.test(text);
}

/** "C2. Supported …", "R3. Mettre …", "GP1:": an item's short label. */
const SHORT_ITEM_LABEL = /^(?:R|C|L|F|GP)\s?\d{1,2}[.:)]\s/;
/** A line that ends where its sentence cannot: on a comma, a bracket, a conjunction, a preposition or an article. */
const GOES_ON =
  /[,\-–(/&]$|['’]s$|\b(?:and|or|of|the|to|in|for|with|see|by|on|under|at|from|as|than|per|into|within|its|their|this|these|that|those|an?|et|ou|de|des|du|la|le|les|voir|par|sur|sous|selon|y|o|del|los|las|el|en|a|ver|con|por|sobre|según|su|sus)$/i;
const ITEM_LABEL =
  /^(?:emerging\s+(?=good)|key\s+(?=finding))?(?:recommendations?|recommandations?|recomendaci[oó]n(?:es)?|rec\.?|lessons?(?: learn(?:ed|t))?|le[cç]ons?(?: apprises?| tir[ée]es?)?|lecci[oó]n(?:es)?(?: aprendidas?)?|findings?|constats?|constatations?|hallazgos?|conclusions?|conclusi[oó]n(?:es)?|good practices?|bonnes? pratiques?|buenas? pr[aá]cticas?|r)\s*(?:n[o°º]\.?\s*|#\s*)?[0-9ivxIVX]{1,4}\b/i;

const isBlank = (line: TextLine | undefined): boolean => line === undefined || line.text.trim() === '';

/** Share of upper-case letters among the letters of a line (1 for "EXECUTIVE SUMMARY"). */
function upperRatio(text: string): { letters: number; ratio: number } {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upperCh = ch.toUpperCase();
    if (lower === upperCh) continue;
    letters += 1;
    if (ch === upperCh) upper += 1;
  }
  return { letters, ratio: letters === 0 ? 0 : upper / letters };
}

/** Words of at least four letters that open with a capital, over all such words ("Evaluation Purpose and Audience": 1). */
export function titleRatio(text: string): { long: number; ratio: number } {
  const words = text.split(/\s+/).filter((word) => /^[\p{L}(“"'‘]{0,2}\p{L}{3,}/u.test(word));
  if (words.length === 0) return { long: 0, ratio: 0 };
  const capitalised = words.filter((word) => /^[(“"'‘]?\p{Lu}/u.test(word)).length;
  return { long: words.length, ratio: capitalised / words.length };
}

/** A capitals line that can be a heading ("KEY FINDINGS, CONCLUSIONS, AND RECOMMENDATIONS"); not an acronym ("FFS", "EB, PM"). */
function isCapitalsLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > 160) return false;
  const { letters, ratio } = upperRatio(trimmed);
  if (letters < 3 || ratio < 0.9) return false;
  if (/[.;]$/.test(trimmed) && !/[A-Z]\.$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 16) return false;
  const heading = classifyHeading(trimmed);
  if (heading.kinds[0] !== 'other' || heading.part || heading.criterion) return true;
  // An acronym or a code alone ("FFS", "DPT3", "EB, PM") is not a heading.
  const longWords = words.filter((word) => /\p{L}{4,}/u.test(word) && !/\d/.test(word));
  return words.length >= 2 && longWords.length >= 1 && letters >= 6 && !/\d{3,}/.test(trimmed);
}

/** Classification of a candidate heading line in plain text, or null when it is not one. */
interface HeadingGuess {
  style: 'numbered' | 'capitals' | 'lexicon' | 'title' | 'question';
  depth: number;
}

/** `standalone`: the line is a block of its own (blank lines or long paragraphs around it), which makes a sentence-case title plausible. */
function guessHeading(text: string, standalone = false): HeadingGuess | null {
  const trimmed = text.trim().replace(/^\*\*(.*)\*\*$/, '$1');
  if (trimmed.length < 2 || trimmed.length > 160) return null;
  // A photo caption or credit ("Lessons Learned workshop in Yagoua. ©Cameroon Red Cross", "Photo: ...") is not a heading.
  if (/©|\(c\)\s|^(?:photo|source|credit|cr[ée]dit|foto|fuente)\s*:/i.test(trimmed)) return null;
  if (/^[-*•▪●◦]/.test(trimmed)) return null;
  const heading = classifyHeading(trimmed);
  if (heading.tocEntry) return { style: heading.numbering ? 'numbered' : 'capitals', depth: heading.depth };
  const { numbering, depth, rest } = splitNumbering(trimmed);
  const body = rest.trim();
  const words = body.split(/\s+/).filter(Boolean);
  if (/;$/.test(body) || (/,$/.test(body) && !isCapitalsLine(body))) return null;
  // "Project code: MLI/19/01/USA": a label and its value, not a heading ("Annex 1: Terms of Reference" is one).
  if (!numbering && !heading.annex && /^[^:]{2,60}:\s+\S/.test(body) && !isCapitalsLine(body)) return null;
  // A sentence is not a heading: terminal full stop, or many words.
  const sentence = /[.!]$/.test(body) && !/\b[A-Z]\.$/.test(body);
  if (numbering) {
    if (!body || sentence || words.length > 14 || !/^[\p{Lu}(“"'‘]/u.test(body)) return null;
    // "4.3 Sobre la base de estos hallazgos, OVE recomienda a la Administración del BID:": a numbered paragraph's lead-in.
    if (/:$/.test(body) && (words.length > 6 || /,/.test(body))) return null;
    if (heading.kinds[0] !== 'other' || heading.part || heading.annex) return { style: 'numbered', depth };
    if (isCapitalsLine(body)) return { style: 'numbered', depth };
    // "VI.     OTHERS", "II. BACKGROUND": a chapter named by one word in capitals.
    if (/^\p{Lu}{5,}$/u.test(body)) return { style: 'numbered', depth };
    const { long, ratio } = titleRatio(body);
    if (depth >= 2 && words.length <= 12) return { style: 'numbered', depth };
    if (long >= 2 && ratio >= 0.6 && words.length <= 10) return { style: 'numbered', depth };
    return null;
  }
  if (sentence || words.length > 14) return null;
  if (heading.annex && words.length <= 14) return { style: 'lexicon', depth: 1 };
  if (
    (heading.kinds[0] !== 'other' || heading.part || heading.criterion) &&
    words.length <= 8 &&
    /^[\p{Lu}]/u.test(body) &&
    (standalone || words.length <= 3 || titleRatio(body).ratio >= 0.5 || isCapitalsLine(body))
  ) {
    return { style: 'lexicon', depth: 0 };
  }
  if (isCapitalsLine(body)) return { style: 'capitals', depth: 0 };
  if (!/^[\p{Lu}]/u.test(body) || words.length < 2 || words.length > 11 || /[:?]$/.test(body) || /\d{3,}/.test(body)) return null;
  const { long, ratio } = titleRatio(body);
  if (long >= 2 && ratio >= 0.6) return { style: 'title', depth: 0 };
  return null;
}

/**
 * "\t\t**Date**" over "**Recommandations**\t**Acteur**\t**limite**": a table's header whose cells wrap, printed as two
 * rows (a PDF's "Date limite" set on two lines, or "**Recommandations**\t**Acteur**" over "\t**L'acteur responsable
 * …**\t**Date limite**"). The first two rows of a table, all their cells bold, one of them with a gap the other fills:
 * one header row, each column's cells joined ("Date limite"). A caption alone in the first column stays apart.
 */
function joinWrappedHeaderRows(text: string, blocks: OutlineBlock[]): OutlineBlock[] {
  const joined: OutlineBlock[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const top = blocks[index]!;
    const below = blocks[index + 1];
    if (below && joined[joined.length - 1]?.kind !== 'table-row' && wrapsHeaderInto(text, top, below)) {
      const width = Math.max(top.cells!.length, below.cells!.length);
      const cells: string[] = [];
      const cellRanges: Array<[number, number]> = [];
      for (let column = 0; column < width; column += 1) {
        const parts = [top, below].filter((row) => row.cells![column]);
        cells.push(parts.map((row) => row.cells![column]).join(' '));
        const ranges = parts.map((row) => row.cellRanges![column]!);
        cellRanges.push(ranges.length === 0 ? [below.end, below.end] : [ranges[0]![0], ranges[ranges.length - 1]![1]]);
      }
      joined.push({ ...below, start: top.start, page: top.page, cells, cellRanges, text: cells.filter(Boolean).join(' | ') });
      index += 1;
      continue;
    }
    joined.push(top);
  }
  return joined;
}

function wrapsHeaderInto(text: string, top: OutlineBlock, below: OutlineBlock): boolean {
  if (top.kind !== 'table-row' || below.kind !== 'table-row' || !top.cells || !below.cells || !top.cellRanges || !below.cellRanges) return false;
  const width = Math.max(top.cells.length, below.cells.length);
  const filled = (row: OutlineBlock, column: number): boolean => Boolean(row.cells![column]);
  const columns = Array.from({ length: width }, (_, column) => column);
  // A gap in one row that the other fills, every column filled by one of them.
  if (!columns.some((column) => filled(top, column) !== filled(below, column)) || !columns.every((column) => filled(top, column) || filled(below, column)))
    return false;
  if (columns.filter((column) => filled(top, column)).length === 1 && filled(top, 0)) return false;
  // "**Respuesta**" over "**Aceptada**", "**Parcialmente aceptada**", "**No aceptada**": a group over its columns, no wrap.
  if (
    columns.some(
      (column) => filled(top, column) && !filled(top, column + 1) && !filled(top, column + 2) && filled(below, column + 1) && filled(below, column + 2),
    )
  )
    return false;
  const bold = (row: OutlineBlock, column: number): boolean => {
    const range = row.cellRanges![column];
    return range !== undefined && /^\s*\*\*[^*]+\*\*\s*$/.test(text.slice(range[0], range[1]));
  };
  if (!columns.every((column) => (!filled(top, column) || bold(top, column)) && (!filled(below, column) || bold(below, column)))) return false;
  // Only where it names the columns of items and their parts ("Recommandations", "Acteur", "Date limite"): a table of
  // figures keeps its rows as the reader wrote them.
  return columns.some(
    (column) =>
      partField(
        [top, below]
          .map((row) => row.cells![column] ?? '')
          .join(' ')
          .trim(),
      ) !== null,
  );
}

/** A thematic break on a line of its own ("---", "***", "___"). */
const THEMATIC_BREAK = /^[ \t]*([*_-])(?:[ \t]*\1){2,}[ \t]*$/m;

/** Marks the blocks that follow a thematic break (the end of a box the reader set apart). */
function markBreaks(text: string, blocks: OutlineBlock[]): void {
  let previousEnd = 0;
  for (const block of blocks) {
    if (block.start > previousEnd && THEMATIC_BREAK.test(text.slice(previousEnd, block.start))) block.afterBreak = true;
    previousEnd = Math.max(previousEnd, block.end);
  }
}

/** The width hard-wrapped lines reach: the 90th percentile of line lengths. */
function wrapWidth(lines: readonly TextLine[]): number {
  const lengths = lines.map((line) => line.text.trimEnd().length).filter((length) => length >= 20);
  if (lengths.length === 0) return 80;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

/** "EQ 2:", "Evaluation Question (EQ) I:", "Question d'évaluation 3 :", "Pregunta 4.": an evaluation question. */
const EVALUATION_QUESTION =
  /^(?:EQs?|QE|evaluation questions?|question d'[ée]valuation|questions? (?:cl[ée] |d'[ée]valuation )?|pregunta(?: de evaluaci[oó]n)?)\s*(?:\((?:EQ|QE)\)\s*)?(?:n[o°º]\.?\s*)?[0-9IVXl]{1,4}(?:\s*(?:and|&|et|y|-|–)\s*[0-9IVXl]{1,4})?\s*[:.)–-]/i;

/** Hard-wrapped dump (few blank lines, long runs of prose lines) rather than blocks separated by blank lines. */
function detectLayout(lines: readonly TextLine[]): 'dialect' | 'plain' {
  const lengths: number[] = [];
  let blank = 0;
  let prose = 0;
  let runs = 0;
  let inRun = false;
  for (const line of lines) {
    const text = line.text;
    if (text.trim() === '') {
      blank += 1;
      inRun = false;
      continue;
    }
    if (MARKED_HEADING.test(text) || text.includes('\t') || LIST_MARKER.test(text)) {
      inRun = false;
      continue;
    }
    prose += 1;
    lengths.push(text.trim().length);
    if (!inRun) runs += 1;
    inRun = true;
  }
  const total = blank + prose;
  // A short dump without a blank line (a summary pasted from a PDF) is no less a dump, when its lines are wrapped
  // (its lines of text mostly short of 110 characters); one paragraph per line is not.
  if (prose < 20) {
    let trailing = 0;
    while (trailing < lines.length && lines[lines.length - 1 - trailing]!.text.trim() === '') trailing += 1;
    const long = lengths.filter((length) => length >= 40).sort((a, b) => a - b);
    const wrapped = long.length > 0 && long[Math.floor(long.length / 2)]! <= 110;
    return lines.length - trailing >= 8 && prose >= 4 && wrapped && (blank - trailing) / (lines.length - trailing) < 0.08 ? 'plain' : 'dialect';
  }
  return blank / Math.max(1, total) < 0.08 || prose / Math.max(1, runs) >= 5 ? 'plain' : 'dialect';
}

/**
 * The page furniture of a dump whose paragraphs are set apart by blank lines (pdftotext without
 * -layout): page numbers alone between blank lines ("22", "- 9 -", "Page 4 of 30"), and the lines
 * printed again beside them on other pages ("Evaluación final – Proyecto … PNUD Bolivia", "15 Final
 * Evaluation of the … Project"): a line alone, near a page number, whose words come back at least
 * twice. Nothing is marked in a text without page numbers.
 */
function markDialectFurniture(lines: readonly TextLine[], limit: number): boolean[] {
  const furniture = new Array<boolean>(limit).fill(false);
  const numbers: number[] = [];
  // A page number has a blank line on one side at least (the next page's header may follow it at once).
  for (let index = 0; index < limit; index += 1) {
    const text = lines[index]!.text;
    if (isBlank(lines[index]) || !(PAGE_NUMBER.test(text) || isPageLine(text)) || /[.)]\s*$/.test(text)) continue;
    if (!(index === 0 || isBlank(lines[index - 1]) || index + 1 >= limit || isBlank(lines[index + 1]))) continue;
    furniture[index] = true;
    numbers.push(index);
  }
  // A line on its own: blank lines or page numbers on both sides.
  const apart = (index: number): boolean =>
    (index === 0 || isBlank(lines[index - 1]) || furniture[index - 1] === true) &&
    (index + 1 >= limit || isBlank(lines[index + 1]) || furniture[index + 1] === true);
  // A running header or footer that carries the page number ("15 Final Evaluation of the … Project", "… Report | 16"),
  // printed again on other pages with or without it.
  const alone = new Map<string, number[]>();
  for (let index = 0; index < limit; index += 1) {
    const text = lines[index]!.text.trim();
    if (isBlank(lines[index]) || furniture[index] || text.length > 160 || text.split(/\s+/).length < 6 || TERMINAL.test(text) || !apart(index)) continue;
    const key = runningKey(text).replace(/^#\s+|\s+#$/g, '');
    alone.set(key, [...(alone.get(key) ?? []), index]);
  }
  for (const [key, at] of alone) {
    const numbered = at.filter((index) => /^\s*\d{1,3}\s+\S|\S\s+(?:\|\s*)?\d{1,3}\s*$/.test(lines[index]!.text));
    // Page numbers differ from page to page; a header's words come back with another number or none.
    const pages = new Set(numbered.map((index) => /\d{1,3}/.exec(lines[index]!.text.trim().replace(/^.*\D(?=\d{1,3}\s*$)/, ''))?.[0]));
    if (at.length < 2 || numbered.length === 0 || (numbered.length >= 2 && pages.size < numbered.length) || isHeadingKey(key)) continue;
    for (const index of at) furniture[index] = true;
    numbers.push(...numbered);
  }
  if (numbers.length === 0) return furniture;
  // A header or footer set right against its page number, laid out in columns ("Évaluation ex post – PAFCD      Rapport final").
  for (const at of numbers) {
    for (const index of [at - 1, at + 1]) {
      const text = lines[index]?.text.trim() ?? '';
      if (index >= 0 && index < limit && !furniture[index] && !isBlank(lines[index]) && apart(index) && /\S {3,}\S/.test(text) && !TERMINAL.test(text))
        furniture[index] = true;
    }
  }
  // The lines on their own within two non-blank lines of a page number, on either side.
  const near = new Set<number>();
  for (const at of numbers) {
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let index = at + step; index >= 0 && index < limit && seen < 2; index += step) {
        if (isBlank(lines[index])) continue;
        seen += 1;
        if (!furniture[index] && apart(index)) near.add(index);
      }
    }
  }
  // Their words printed again on other pages: the running header or footer, wherever it stands on its own.
  const counts = new Map<string, number[]>();
  for (let index = 0; index < limit; index += 1) {
    const text = lines[index]!.text.trim();
    if (isBlank(lines[index]) || furniture[index] || text.length < 8 || text.length > 160 || text.split(/\s+/).length < 3) continue;
    const key = runningKey(text);
    counts.set(key, [...(counts.get(key) ?? []), index]);
  }
  for (const [key, at] of counts) {
    // Printed beside page numbers at least twice, never a sentence (a recommendation the summary and the body both state);
    // once is enough for a line laid out in columns ("Rapport de fin d'exécution et de résultats (ICR)      P151472").
    const first = lines[at[0]!]!.text.trim();
    const beside = at.filter((index) => near.has(index)).length;
    if (at.length < 2 || beside < (/\S {3,}\S/.test(first) ? 1 : 2) || TERMINAL.test(first) || isHeadingKey(key)) continue;
    for (const index of at) if (apart(index)) furniture[index] = true;
  }
  return furniture;
}

/** A repeated line that names a section ("Recommendations", "Management response: Accepted"): never furniture. */
function isHeadingKey(key: string): boolean {
  const heading = classifyHeading(key);
  return heading.kinds[0] !== 'other' || heading.part;
}

/** Running headers and footers of a text dump: a line of several words repeated on many pages. */
function findRunningHeaders(lines: readonly TextLine[], limit: number, pageBreaks: number): Set<string> {
  const counts = new Map<string, number>();
  for (let index = 0; index < limit; index += 1) {
    const text = lines[index]!.text.trim();
    if (text.length < 8 || text.length > 120) continue;
    if (text.split(/\s+/).length < 3) continue;
    const key = runningKey(text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(4, Math.floor(pageBreaks / 6));
  const headers = new Set<string>();
  for (const [key, count] of counts) {
    if (count < threshold) continue;
    const heading = classifyHeading(key);
    if (heading.kinds[0] !== 'other' || heading.part) continue;
    headers.add(key);
  }
  return headers;
}

function runningKey(text: string): string {
  return foldForMatch(text)
    .replace(/\d+/g, '#')
    .replace(/[^a-z#/ -]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a line is a running header, or a running header followed by a short variant ("... - Executive Summary"). */
function isRunningHeader(text: string, headers: ReadonlySet<string>): boolean {
  if (headers.size === 0) return false;
  const key = runningKey(text);
  if (headers.has(key)) return true;
  for (const header of headers) if (key.startsWith(header) && key.length - header.length <= 40) return true;
  return false;
}

/** A block being cut from lines. */
interface Piece {
  kind: OutlineBlock['kind'];
  lines: TextLine[];
  /** A table row laid out with spaces (cells three spaces or more apart). */
  spaced?: boolean;
  /** A block quote (`> ...`), its marks left out of the text. */
  quote?: boolean;
  level?: number;
  marker?: string;
  depth?: number;
  /** Heading inferred from layout, with its style. */
  guess?: HeadingGuess;
  /** Heading content (without `#`), when marked. */
  content?: { start: number; end: number };
  /** A Markdown pipe-table row (`| a | b |`): its cells are cut at the pipes, not at tabs. */
  pipe?: boolean;
  /**
   * A row of a table a text flattened, its cells cut already: one cell per line (flat-tables.ts), or a record's action
   * table (record-table.ts).
   */
  cells?: Array<{ cell: string; range: [number, number] }>;
  /** A list item marked by a bare number ("1 Supprimer …"): the number is its marker, not its text. */
  bare?: boolean;
  /** A listing record's title over its text (lone-bullets.ts). */
  recordTitle?: boolean;
  /** A record's field, its label over its value (split-labels.ts). */
  field?: { key: string; value: string };
}

/** A Markdown pipe-table row: opens and closes with a pipe and holds at least two cells. */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** The delimiter row under a pipe table's header (`| --- | :---: |`): layout only. */
const PIPE_DELIMITER = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?\s*$|^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/** The cells of a pipe-table row with their offsets in the line; an escaped pipe (`\\|`) stays in its cell. */
function pipeCells(text: string): Array<{ cell: string; at: number }> {
  const cells: Array<{ cell: string; at: number }> = [];
  const open = text.indexOf('|');
  const close = text.lastIndexOf('|');
  let from = open + 1;
  for (let at = from; at <= close; at += 1) {
    if (at < close && (text[at] !== '|' || text[at - 1] === '\\')) continue;
    cells.push({ cell: text.slice(from, at).replace(/\\\|/g, '|'), at: from });
    from = at + 1;
  }
  return cells;
}

/** The cells of a tab-separated row with their offsets in the line. */
/** Cells set apart by three spaces or more. */
function spacedCells(text: string): Array<{ cell: string; at: number }> {
  const cells: Array<{ cell: string; at: number }> = [];
  for (const match of text.matchAll(/\S+(?: {1,2}\S+)*/g)) cells.push({ cell: match[0], at: match.index });
  return cells;
}

/**
 * A line that goes on with a row laid out with spaces: its first column is empty and it starts
 * where one of the row's other cells starts ("1. Préparation    Les études … doivent être" /
 * "                  achevées avant l'approbation").
 */
function wrapsSpacedRow(row: string, line: string): boolean {
  const cells = spacedCells(row);
  const anchors = cells.map((cell) => cell.at);
  const indent = line.length - line.trimStart().length;
  if (anchors.length < 2 || hangingLabel(cells[0]!.cell) || line.trim() === '' || indent <= anchors[0]! + 2) return false;
  return anchors.slice(1).some((at) => Math.abs(at - indent) <= 2);
}

/** The cells of a row laid out with spaces over several lines, each line's pieces under the column they start in. */
function wrappedCells(lines: readonly TextLine[]): Array<{ cell: string; range: [number, number] }> {
  const columns = spacedCells(lines[0]!.text).map(({ cell, at }) => ({
    at,
    cell,
    range: [lines[0]!.start + at, lines[0]!.start + at + cell.length] as [number, number],
  }));
  for (const line of lines.slice(1)) {
    for (const { cell, at } of spacedCells(line.text)) {
      let column = columns[0]!;
      for (const candidate of columns) if (candidate.at <= at + 2) column = candidate;
      column.cell = column.cell ? `${column.cell} ${cell}` : cell;
      column.range[1] = line.start + at + cell.length;
    }
  }
  return columns.map(({ cell, range }) => ({ cell, range }));
}

/**
 * A row laid out with spaces whose neighbour row, one blank line away, has as many cells (a double-spaced table); not
 * items whose label hangs before their text ("R1      Delegate …", "Priority:      High").
 */
function spacedAcrossBlank(lines: readonly TextLine[], index: number): boolean {
  const cells = spacedCells(lines[index]!.text.trim());
  const count = cells.length;
  if (count < 2 || hangingLabel(cells[0]!.cell)) return false;
  // A justified sentence ("The contractor in   Koulikoro went bankrupt in 2021   and the works stopped."), not a row.
  if (/[.;]$/.test(cells[count - 1]!.cell) && cells.slice(1).some(({ cell }) => /^\p{Ll}/u.test(cell))) return false;
  return [-2, 2].some((step) => {
    const neighbour = lines[index + step]?.text ?? '';
    return isBlank(lines[index + step / 2]) && inColumns(neighbour) && spacedCells(neighbour.trim()).length === count;
  });
}

/** A first cell that labels what follows it: an item's label ("R1", "Recommendation 1:", « Leçon 2 ») or a field's ("Priority:"). */
function hangingLabel(cell: string): boolean {
  return (
    /:$/.test(cell) ||
    /^(?:R|L|C|F|GP)\s?\d{1,2}[.:)]?$/.test(cell) ||
    RECOMMENDATION_LABEL.test(cell) ||
    /^(?:lessons?|le[cç]ons?|lecci[oó]n|good practices?|bonnes? pratiques?|buenas? pr[aá]cticas?|findings?|conclusions?|hallazgos?|constats?)\s*(?:n[o°º]\.?\s*)?\d{1,2}\b/i.test(
      cell,
    )
  );
}

/** Columns in a line of a text dump: three spaces or more between words (not after a list's marker: "-   item", "1.   item"). */
function inColumns(text: string): boolean {
  return /\S {3,}\S/.test(
    text
      .replace(LIST_MARKER, '')
      .replace(/^\s*[-*+•▪●◦■□➢►–]\s+/, '')
      .trim(),
  );
}

function tabCells(text: string): Array<{ cell: string; at: number }> {
  const cells: Array<{ cell: string; at: number }> = [];
  let at = 0;
  for (const cell of text.split('\t')) {
    cells.push({ cell, at });
    at += cell.length + 1;
  }
  return cells;
}

function isPipeRow(text: string): boolean {
  return PIPE_ROW.test(text) && text.split('|').length >= 4;
}

/**
 * The outline of a document. `pageStarts` are the reader's page offsets (empty for formats
 * without pages). Never throws.
 */
export function buildOutline(text: string, pageStarts: readonly number[] = []): Outline {
  const lines = splitLines(text);
  const layout = detectLayout(lines);
  const warnings: string[] = [];
  const duplicate = findDuplicateCopy(lines);
  const limit = duplicate === null ? lines.length : duplicate;
  if (duplicate !== null) warnings.push(`The document appears twice in the file; the second copy (from character ${lines[duplicate]!.start}) was ignored.`);

  const skips = new Array<Skip>(limit).fill(null);
  const pageBreakAfter = new Array<boolean>(limit).fill(false);
  if (layout === 'plain') markPageFurniture(lines, limit, skips, pageBreakAfter);
  // A web page's date stamp and buttons, copied with its text, in either layout (page-stamps.ts).
  // And a lesson database's meta line under each record's title (record-meta.ts): the database's index, not the record's text.
  const metaLines = lines.slice(0, limit).filter((line) => isRecordMetaLine(line.text));
  const metaStarts = new Set(metaLines.map((line) => line.start));
  const stamps = markPageStamps(lines.slice(0, limit).map((line) => line.text)).map((stamp, index) => stamp || metaStarts.has(lines[index]!.start));
  stamps.forEach((stamp, index) => {
    if (stamp) skips[index] ??= 'page-stamp';
  });
  const markedHeadings = lines.slice(0, limit).reduce((count, line) => count + (MARKED_HEADING.test(line.text) ? 1 : 0), 0);

  const pieces =
    layout === 'plain'
      ? cutPlain(lines, limit, skips, pageBreakAfter, trustsMarkedHeadings(lines, limit))
      : cutDialect(
          lines,
          limit,
          markedHeadings >= 3,
          (markedHeadings > 0 ? new Array<boolean>(limit).fill(false) : markDialectFurniture(lines, limit)).map((marked, index) => marked || stamps[index]!),
        );
  const blocks = joinWrappedHeaderRows(text, toBlocks(text, pieces, pageStarts));
  assignLevels(blocks);
  markBreaks(text, blocks);
  markEndnotes(blocks);
  markRecordTitles(blocks, metaLines);
  return { text, pageStarts, blocks, layout, duplicateAt: duplicate === null ? null : lines[duplicate]!.start, warnings };
}

/**
 * The block right above each lesson record's meta line is the record's title (record-meta.ts); and the listing's
 * "... More" link closes each record's text, no part of it.
 */
function markRecordTitles(blocks: OutlineBlock[], metaLines: readonly TextLine[]): void {
  if (metaLines.length === 0) return;
  let at = 0;
  for (const meta of metaLines) {
    while (at + 1 < blocks.length && blocks[at + 1]!.start < meta.start) at += 1;
    const title = blocks[at];
    if (!title || title.end > meta.start || (title.kind !== 'heading' && title.kind !== 'paragraph')) continue;
    title.recordTitle = true;
    // A title the text's layout took for a heading is a record's, like the others: no section of its own
    // that would hold every record after it.
    if (title.kind === 'heading' && title.inferred) {
      title.kind = 'paragraph';
      delete title.level;
      delete title.numbering;
      delete title.title;
      delete title.inferred;
    }
  }
  for (const block of blocks) block.text = block.text.replace(READ_MORE, '');
}

/** A listing's link to the whole record at the end of its excerpt ("… transition. ... More", "… Read more"). */
const READ_MORE = /\s*(?:\.{3}|…)\s*(?:more|read more|lire la suite|leer m[aá]s)\s*$/iu;

/**
 * A numbered list whose items end with a back-link ("1. Using the Washington Group short set of questions. ↩"):
 * a web page's endnotes, printed or converted; read as a list they stood for the recommendations above them.
 */
function markEndnotes(blocks: OutlineBlock[]): void {
  for (const block of blocks) {
    if (block.kind !== 'list-item' || !/\s?↩\uFE0E?\s*$/u.test(block.text)) continue;
    block.kind = 'footnote';
    block.footnote = /\d{1,3}/.exec(block.marker ?? '')?.[0] ?? '?';
    block.text = block.text.replace(/\s?↩\uFE0E?\s*$/u, '');
  }
}

/** Marks page numbers, running headers and underlines of a text dump. */
function markPageFurniture(lines: readonly TextLine[], limit: number, skips: Skip[], pageBreakAfter: boolean[]): void {
  let pageNumbers = 0;
  for (let index = 0; index < limit; index += 1) {
    const text = lines[index]!.text;
    if (UNDERLINE.test(text) && index > 0 && !isBlank(lines[index - 1])) {
      skips[index] = 'underline';
      continue;
    }
    // A footer with its page number stands apart: a blank line on one side (a dump without blank lines has its
    // footers among the lines of its footnotes, which the page's end must keep).
    const apart = index === 0 || isBlank(lines[index - 1]) || index + 1 >= limit || isBlank(lines[index + 1]);
    if ((PAGE_NUMBER.test(text) || (isPageLine(text) && apart)) && !isBlank(lines[index])) {
      // "I." or "1." alone introduces a list item on the next line; a bare number or numeral is a page number.
      if (/[.)]\s*$/.test(text)) continue;
      skips[index] = 'page-number';
      pageNumbers += 1;
    }
  }
  const headers = findRunningHeaders(lines, limit, pageNumbers);
  for (let index = 0; index < limit; index += 1) {
    if (skips[index] === null && isRunningHeader(lines[index]!.text, headers)) skips[index] = 'running-header';
  }
  for (let index = 0; index < limit; index += 1) {
    if (skips[index] === 'page-number' || skips[index] === 'running-header') {
      let previous = index - 1;
      while (previous >= 0 && skips[previous] !== null) previous -= 1;
      if (previous >= 0) pageBreakAfter[previous] = true;
    }
  }
}

/** "2 Ministerial Resolution RM 739-2009/MINSA,": a footnote at the foot of a dump's page. */
const DUMP_FOOTNOTE = /^\s*\d{1,3}\s+(?=[A-Z"“(])|^\s*\d{1,3}(?=[A-Z][a-z])/;

/**
 * In a text dump, "# de neveras" or "# Horas" is a number sign; Markdown headings are trusted only
 * when most `#` lines look like headings (a capital, two words or more, few digits).
 */
function trustsMarkedHeadings(lines: readonly TextLine[], limit: number): boolean {
  let marked = 0;
  let headingLike = 0;
  for (let index = 0; index < limit; index += 1) {
    const match = MARKED_HEADING.exec(lines[index]!.text);
    if (!match) continue;
    marked += 1;
    const content = match[2]!.trim();
    if (/^[\p{Lu}\d]/u.test(content) && content.split(/\s+/).length >= 2 && !/\d{2,}/.test(content)) headingLike += 1;
  }
  return marked > 0 && headingLike * 2 >= marked;
}

/**
 * Tables and listings a text copy lays out over several lines, by their first line: tables flattened one cell a line
 * (flat-tables.ts), a web page's lone bullets' items and bare pipe tables' rows.
 */
interface Listings {
  flatTables: Map<number, FlatTable>;
  loneItems: Map<number, LoneBulletItem>;
  bareRows: Map<number, BarePipeRow>;
}

function findListings(lines: readonly TextLine[], limit: number, skip: (index: number) => boolean): Listings {
  return {
    flatTables: new Map(findFlatTables(lines, limit).map((table) => [table.first, table])),
    loneItems: findLoneBulletItems(lines, limit, skip),
    bareRows: findBarePipeRows(lines, limit),
  };
}

/**
 * What a laid-out table or listing cuts at a line, or null: the pieces it closes, the item it leaves open (a lone
 * bullet's text goes on over its lines as any list item's, lone-bullets.ts), and the index of the line after them.
 * A flattened table's rows, a lone bullet's record title (a paragraph of its own), a bare pipe table's row
 * (bare-pipe-tables.ts), an item's label over its number or a field's label over its value (split-labels.ts). Both
 * line walkers (cutPlain, cutDialect) ask it first at every line.
 */
function listingPiecesAt(
  lines: readonly TextLine[],
  index: number,
  limit: number,
  listings: Listings,
): { pieces: Piece[]; open: Piece | null; next: number } | null {
  const flat = listings.flatTables.get(index);
  if (flat) return { pieces: flatTablePieces(flat), open: null, next: flat.end };
  const lone = listings.loneItems.get(index);
  if (lone && lone.title !== null) return { pieces: [{ kind: 'paragraph', lines: [lines[lone.title]!], recordTitle: true }], open: null, next: lone.title + 1 };
  if (lone)
    return { pieces: [], open: { kind: 'list-item', lines: [lines[index]!, lines[index + 1]!], marker: lines[index]!.text.trim(), depth: 0 }, next: index + 2 };
  const row = listings.bareRows.get(index);
  if (row)
    return { pieces: row.cells.length > 0 ? [{ kind: 'table-row', lines: lines.slice(row.first, row.end), cells: row.cells }] : [], open: null, next: row.end };
  const pair = lines.slice(index, index + 2);
  if (splitItemLabel(lines, index, limit)) return { pieces: [{ kind: 'paragraph', lines: pair }], open: null, next: index + 2 };
  const field = fieldOverValue(lines, index, limit, startsOwnHeading);
  if (field) return { pieces: [{ kind: 'paragraph', lines: pair, field }], open: null, next: index + 2 };
  return null;
}

/** Cuts a hard-wrapped dump into pieces, line by line. */
function cutPlain(lines: readonly TextLine[], limit: number, skips: readonly Skip[], pageBreakAfter: readonly boolean[], trustMarked: boolean): Piece[] {
  const width = wrapWidth(lines.slice(0, limit));
  const pieces: Piece[] = [];
  let open: Piece | null = null;
  let previous: TextLine | null = null;
  const close = (): void => {
    if (open) pieces.push(open);
    open = null;
  };
  const footnoteLines = markDumpFootnotes(lines, limit, skips, pageBreakAfter);
  const bareItems = bareNumberedItems(lines, limit, (index) => skips[index] !== null || footnoteLines.has(index));
  const listings = findListings(lines, limit, (index) => skips[index] !== null || footnoteLines.has(index));
  const endsBlock = (line: TextLine | null): boolean => {
    if (!line) return true;
    const text = line.text.trimEnd();
    // Wrapped lines reach the width within a word or two; a sentence that ends well short of it ends its paragraph.
    if (TERMINAL.test(text) && text.length < width * 0.88) return true;
    return text.length < width * 0.55 && !/[,\-–(/&]$|\b(?:and|or|of|the|to|in|for|with|et|ou|de|des|du|la|le|les|y|o|del|los|las|el|en|a)$/i.test(text);
  };
  // A line well short of the width, without punctuation (lost in the dump), before a line that opens a sentence.
  const endsBeforeSentence = (line: TextLine | null, next: string): boolean => {
    if (!line) return false;
    const text = line.text.trimEnd();
    return (
      text.length < width * 0.75 &&
      /^(?:The|A|An|In|It|This|These|Le|La|Les|Un|Une|El|Los|Las|En)\s/.test(next) &&
      !/[,\-–(/&]$|\b(?:and|or|of|the|to|in|for|with|et|ou|de|des|du|la|le|les|y|o|del|los|las|el|en|a)$/i.test(text)
    );
  };

  for (let index = 0; index < limit; index += 1) {
    const line = lines[index]!;
    const laid = listingPiecesAt(lines, index, limit, listings);
    if (laid) {
      close();
      pieces.push(...laid.pieces);
      open = laid.open;
      index = laid.next - 1;
      previous = laid.open ? lines[laid.next - 1]! : null;
      continue;
    }
    if (skips[index] !== null) {
      // A web page's stamp ends what stands above it: the lines under it are not that item's.
      if (skips[index] === 'page-stamp') {
        close();
        previous = null;
        continue;
      }
      if (skips[index] === 'underline' && open && open.kind !== 'heading' && open.lines.length === 1) {
        // "Findings\n========": the underlined line was a heading.
        const underlined: Piece = open;
        underlined.kind = 'heading';
        underlined.guess = { style: /=/.test(line.text) ? 'capitals' : 'title', depth: 0 };
        close();
      }
      continue;
    }
    const trimmed = line.text.trim();
    if (trimmed === '') {
      close();
      previous = null;
      continue;
    }
    // The text after a page's footnotes is never part of them.
    if (open?.kind === 'footnote' && !footnoteLines.has(index)) {
      close();
      previous = null;
    }
    if (footnoteLines.has(index)) {
      if (!open || open.kind !== 'footnote' || DUMP_FOOTNOTE.test(line.text)) {
        close();
        open = { kind: 'footnote', lines: [line] };
      } else open.lines.push(line);
      previous = line;
      continue;
    }
    // In a dump, "# de neveras" is a number sign; a Markdown heading opens with a capital or a digit.
    const marked = trustMarked ? MARKED_HEADING.exec(line.text) : null;
    if (marked && /^[\p{Lu}\d*<]/u.test(marked[2]!.trim())) {
      close();
      pieces.push({ kind: 'heading', lines: [line], level: marked[1]!.length, content: contentRange(line, marked) });
      previous = null;
      continue;
    }
    if (PIPE_DELIMITER.test(line.text)) {
      previous = line;
      continue;
    }
    if (isPipeRow(line.text)) {
      close();
      pieces.push({ kind: 'table-row', lines: [line], pipe: true });
      previous = line;
      continue;
    }
    if (line.text.includes('\t')) {
      close();
      pieces.push({ kind: 'table-row', lines: [line] });
      previous = line;
      continue;
    }
    // "4.0 FINDINGS, CONCLUSIONS," / "AND RECOMMENDATIONS": a heading cut after a joining word or a comma goes on.
    const lastPiece = pieces[pieces.length - 1];
    if (
      !open &&
      lastPiece?.kind === 'heading' &&
      lastPiece.guess &&
      lastPiece.lines.length < 4 &&
      headingGoesOn(lastPiece.lines[lastPiece.lines.length - 1]!.text) &&
      trimmed.length < width * 0.7 &&
      !TERMINAL.test(trimmed)
    ) {
      lastPiece.lines.push(line);
      continue;
    }
    // ": Approved" (a field whose label the copy lost): nothing of the items, and no part of the next line.
    if (LOST_LABEL.test(line.text)) {
      close();
      previous = null;
      continue;
    }
    // A record's key-action table copied as text: its header line, then its rows (see cutDialect).
    const header = recordTableHeader(line, previous !== null && namesKeyActions(previous.text));
    if (header) {
      close();
      pieces.push({ kind: 'table-row', lines: [line], cells: header.cells });
      index = cutFlattenedRows(lines, index + 1, limit, header.columns, pieces) - 1;
      previous = null;
      continue;
    }
    const atBlockStart =
      !open ||
      endsBlock(previous) ||
      endsBeforeSentence(previous, trimmed) ||
      pageBreakAfterPrevious(index, skips, pageBreakAfter, previous, lines) ||
      opensFieldBlock(open, line.text) ||
      (isRecordField(trimmed) && open.kind === 'paragraph' && opensRecordItem(open.lines[0]!.text.trim()));
    // "EQ 2: From the beneficiaries' perspective, did ...?": an evaluation question heads what answers it,
    // however many lines it takes.
    if (atBlockStart && EVALUATION_QUESTION.test(trimmed)) {
      close();
      const question: Piece = { kind: 'heading', lines: [line], guess: { style: 'question', depth: 0 } };
      let next = index + 1;
      while (!/\?["'”]?\s*$/.test(question.lines[question.lines.length - 1]!.text) && next < limit && question.lines.length < 5) {
        if (skips[next] === null && !isBlank(lines[next])) question.lines.push(lines[next]!);
        next += 1;
      }
      if (!/\?["'”]?\s*$/.test(question.lines[question.lines.length - 1]!.text)) question.lines.length = 1;
      else index = lines.indexOf(question.lines[question.lines.length - 1]!, index);
      pieces.push(question);
      previous = null;
      continue;
    }
    // "4.2" alone, then "EVALUATION QUESTION 2": one heading. "1." alone, then a sentence: a list item.
    const markerOnly = MARKER_ONLY.exec(line.text) ?? (/^\s*\d{1,2}(?:\.\d{1,2})+\s*$/.test(line.text) ? [line.text.trim(), line.text.trim()] : null);
    if (markerOnly && index + 1 < limit) {
      let nextIndex = index + 1;
      while (nextIndex < limit && skips[nextIndex] !== null) nextIndex += 1;
      const next = lines[nextIndex];
      if (next && !isBlank(next)) {
        const combined = `${trimmed} ${next.text.trim()}`;
        const guess = guessHeading(combined);
        close();
        const nextTrimmed = next.text.trim();
        const shortTitle = nextTrimmed.length < width * 0.7 || isCapitalsLine(nextTrimmed) || startsOwnHeading(nextTrimmed);
        if (guess && (guess.style === 'numbered' || guess.style === 'lexicon') && shortTitle && isHeadingLine(next.text)) {
          pieces.push({ kind: 'heading', lines: [line, next], guess });
          previous = null;
        } else {
          open = { kind: 'list-item', lines: [line, next], marker: trimmed, depth: 0 };
          previous = next;
        }
        index = nextIndex;
        continue;
      }
    }
    // "Management Response Category:" (empty) among a record's field lines is a field, not a heading.
    if ((atBlockStart || isCapitalsLine(trimmed)) && !opensFieldBlock(open, line.text)) {
      const guess = guessHeading(trimmed);
      const nextText = nextContentLine(lines, index, limit, skips);
      // A title-case line is a heading only above running text (not a name in a list, not a table cell).
      const titleOk = atBlockStart && nextText !== null && /^[\p{Lu}\d"“(]/u.test(nextText) && nextText.length >= width * 0.6;
      // "Management Response:" over "Yes" (a registry's page, each label over its value): a field, not a heading.
      const field = /:$/.test(trimmed) && nextText !== null && YES_OR_NO.test(nextText.trim());
      if (guess && (guess.style !== 'title' || titleOk) && !field) {
        const last: Piece | null = open ?? pieces[pieces.length - 1] ?? null;
        // Consecutive capitals lines of one title ("FINAL PERFORMANCE EVALUATION OF THE" / "LIVESTOCK ...").
        if (
          guess.style === 'capitals' &&
          last?.kind === 'heading' &&
          last.guess?.style === 'capitals' &&
          !open &&
          last.lines[last.lines.length - 1]!.end + 1 >= line.start - 1 &&
          !startsOwnHeading(trimmed) &&
          !startsOwnHeading(last.lines.map((l) => l.text.trim()).join(' '))
        ) {
          last.lines.push(line);
          previous = null;
          continue;
        }
        close();
        pieces.push({ kind: 'heading', lines: [line], guess });
        previous = null;
        continue;
      }
    }
    const bareMarker = bareItems.get(index);
    if (bareMarker !== undefined) {
      close();
      open = { kind: 'list-item', lines: [line], marker: bareMarker, depth: 0, bare: true };
      previous = line;
      continue;
    }
    const list = LIST_MARKER.exec(line.text);
    // "2. Sur les 60 puits …", "• Les conflits …", "C2. Supported municipalities …" after a line that ends a sentence, however
    // long: the next item of a list whose items wrap to the full width.
    const nextItem =
      previous !== null &&
      (((list !== null || SHORT_ITEM_LABEL.test(trimmed)) && TERMINAL.test(previous.text.trimEnd())) ||
        ((ITEM_LABEL.test(trimmed) || SHORT_ITEM_LABEL.test(trimmed)) && !GOES_ON.test(previous.text.trimEnd())));
    if (list && (atBlockStart || nextItem)) {
      close();
      open = { kind: 'list-item', lines: [line], marker: list[2]!, depth: Math.floor(list[1]!.length / 2) };
      previous = line;
      continue;
    }
    if (atBlockStart || nextItem || /^\s*\*\*/.test(line.text)) {
      close();
      open = { kind: 'paragraph', lines: [line] };
    } else open?.lines.push(line);
    previous = line;
  }
  close();
  return pieces;
}

/** A heading line that stops on a joining word or a comma ("... EVALUATION METHODS AND"). */
function headingGoesOn(text: string): boolean {
  return /(?:,|&|\b(?:and|of|the|for|in|on|to|with|et|de|des|du|la|le|les|pour|y|del|los|las|para|con|en))\s*$/i.test(text.trim());
}

function isHeadingLine(text: string): boolean {
  const trimmed = text.trim();
  return isCapitalsLine(trimmed) || guessHeading(trimmed) !== null;
}

/** A heading of its own even right after another capitals line: a part or a kind ("EXECUTIVE SUMMARY", "FINDINGS"). */
function startsOwnHeading(text: string): boolean {
  const heading = classifyHeading(text);
  return heading.kinds[0] !== 'other' || heading.part || heading.annex !== null || heading.tocEntry;
}

function pageBreakAfterPrevious(
  index: number,
  skips: readonly Skip[],
  pageBreakAfter: readonly boolean[],
  previous: TextLine | null,
  lines: readonly TextLine[],
): boolean {
  // A page break inside a paragraph does not end it; it only matters when the previous line ended a sentence.
  if (!previous || index === 0) return false;
  let back = index - 1;
  while (back >= 0 && skips[back] !== null) back -= 1;
  return back >= 0 && pageBreakAfter[back] === true && TERMINAL.test(lines[back]!.text.trimEnd()) && /^\s*[\p{Lu}]/u.test(lines[index]!.text);
}

function nextContentLine(lines: readonly TextLine[], index: number, limit: number, skips: readonly Skip[]): string | null {
  for (let next = index + 1; next < limit; next += 1) {
    if (skips[next] !== null) continue;
    const text = lines[next]!.text.trim();
    return text === '' ? null : text;
  }
  return null;
}

/**
 * Footnotes at the foot of a dump's pages: the lines just before a page break, from one that
 * opens with a footnote number ("2 Ministerial Resolution ...").
 */
function markDumpFootnotes(lines: readonly TextLine[], limit: number, skips: readonly Skip[], pageBreakAfter: readonly boolean[]): Set<number> {
  const marked = new Set<number>();
  for (let index = 0; index < limit; index += 1) {
    if (!pageBreakAfter[index]) continue;
    let first = -1;
    let back = index;
    for (let seen = 0; back >= 0 && seen < 8; back -= 1) {
      if (skips[back] !== null) continue;
      seen += 1;
      const text = lines[back]!.text;
      if (text.trim() === '') break;
      if (DUMP_FOOTNOTE.test(text) && text.trim().length < 220) first = back;
    }
    if (first === -1) continue;
    for (let at = first; at <= index; at += 1) if (skips[at] === null) marked.add(at);
  }
  return marked;
}

function contentRange(line: TextLine, marked: RegExpExecArray): { start: number; end: number } {
  const contentText = marked[2] ?? '';
  let end = contentText.length;
  while (end > 0 && (contentText[end - 1] === '#' || contentText[end - 1] === ' ' || contentText[end - 1] === '\t')) end -= 1;
  const offset = line.text.length - contentText.length;
  return { start: line.start + offset, end: line.start + offset + end };
}

/** A page's footnote: it opens with a note number that a word above carries as its marker ("Café-Cacao2" … "2 Conseil de …"). */
function isPageFootnote(lines: readonly TextLine[], first: TextLine): boolean {
  const number = /^\s*(\d{1,3})\s+(?=[A-Z"“(\p{Lu}])/u.exec(first.text)?.[1];
  if (!number) return false;
  const marker = new RegExp(`\\p{L}[)”"’.,;:]?${number}(?!\\d)`, 'u');
  for (const line of lines) {
    if (line === first) return false;
    if (marker.test(line.text)) return true;
  }
  return false;
}

/**
 * "1 Supprimer le résultat R5 …" / "2 Limiter la zone …": a number, a space and a capital, the marks of a numbered
 * list that lost their full stop (UNDP ERC pages and numbered tables saved as text). Not a figure ("2019 saw …",
 * "3 000 ménages"), a wrapped line ("… a total of" / "12 Regions"), a numbered chapter ("2 Project Description")
 * or a page's notes ("1 See annex" under a text that carries the marks, "ménages1"). The same marks glued to the text
 * ("1.This evaluation …", "2.UNDP should …", UNDP pages and PDFs that lost the space after the full stop) open items
 * too; a decimal ("1.5 million") or a section number ("1.2 Background") does not, the next character being a digit.
 */
const BARE_NUMBER = /^( *)([1-9]\d?)(?: +|\.(?=\p{Lu}\p{Ll}|\p{Lu}{2}))(?=[\p{Lu}"“«(¿¡]|\d{1,2}[.)] )/u;

/**
 * The lines of `lines` that open an item with a bare number: the numbers run 1, 2, 3 … in order, each after a line
 * that may end an item; a lone "1 …" only right under a line that names a section ("Recommendations").
 */
function bareNumberedItems(lines: readonly TextLine[], limit: number, excluded: (index: number) => boolean): Map<number, string> {
  const items = new Map<number, string>();
  const above = (index: number): string | null => {
    for (let back = index - 1; back >= 0; back -= 1) if (!excluded(back) && !isBlank(lines[back])) return lines[back]!.text.trim();
    return null;
  };
  let run: Array<{ index: number; number: number }> = [];
  const closeRun = (): void => {
    const first = run[0];
    const lone = run.length === 1 && first !== undefined && namesSectionAbove(above(first.index) ?? '');
    if ((run.length >= 2 || lone) && !carriesNoteMarks(lines, run)) for (const { index, number } of run) items.set(index, `${number}.`);
    run = [];
  };
  for (let index = 0; index < limit; index += 1) {
    if (excluded(index)) continue;
    const bare = BARE_NUMBER.exec(lines[index]!.text);
    if (!bare) continue;
    const trimmed = lines[index]!.text.trim();
    const previous = above(index);
    const mayOpen = previous === null || TERMINAL.test(previous) || !GOES_ON.test(previous);
    if (!mayOpen || isCapitalsLine(trimmed) || guessHeading(trimmed) !== null) continue;
    const number = Number(bare[2]);
    const last = run[run.length - 1];
    if (last !== undefined && number === last.number + 1) run.push({ index, number });
    else if (number === 1) {
      closeRun();
      run = [{ index, number }];
    }
  }
  closeRun();
  return items;
}

/** A page's notes, not a list: the text above carries their numbers as note marks ("ménages1", "projet.2", "<sup>3</sup>", "[^4]"). */
function carriesNoteMarks(lines: readonly TextLine[], run: ReadonlyArray<{ index: number; number: number }>): boolean {
  const before = lines
    .slice(0, run[0]!.index)
    .map((line) => line.text)
    .join('\n');
  return run.every(({ number }) => new RegExp(`\\p{Ll}[)”"’.,;:]?${number}(?!\\d)|<sup>\\s*${number}\\s*</sup>|\\[\\^${number}\\]`, 'u').test(before));
}

/** Cuts dialect text (blocks separated by blank lines) and Markdown into pieces. */
/** A flattened table's header and rows as table rows, each cell from its own lines. */
function flatTablePieces(flat: FlatTable): Piece[] {
  const cells = (row: readonly TextLine[][]): Piece['cells'] =>
    row.map((cell) => ({ cell: cell.map((line) => line.text.trim()).join(' '), range: [cell[0]!.start, cell[cell.length - 1]!.end] }));
  return [
    { kind: 'table-row', lines: flat.header, cells: cells(flat.header.map((line) => [line])) },
    ...flat.rows.map((row): Piece => ({ kind: 'table-row', lines: row.flat(), cells: cells(row) })),
  ];
}

function cutDialect(lines: readonly TextLine[], limit: number, hasMarkedHeadings: boolean, furniture: readonly boolean[]): Piece[] {
  const pieces: Piece[] = [];
  let open: Piece | null = null;
  const close = (): void => {
    if (open) pieces.push(open);
    open = null;
  };
  const bareItems = bareNumberedItems(lines, limit, (index) => furniture[index] === true);
  // After a page number or running header: a sentence cut by the page break goes on on the next page.
  let pageBreak = false;
  const listings = findListings(lines, limit, (index) => furniture[index] === true);
  for (let index = 0; index < limit; index += 1) {
    const line = lines[index]!;
    const laid = listingPiecesAt(lines, index, limit, listings);
    if (laid) {
      close();
      pieces.push(...laid.pieces);
      open = laid.open;
      index = laid.next - 1;
      continue;
    }
    if (furniture[index]) {
      close();
      // The page's footnote, printed just above its number ("2 Conseil de régulation … café-cacao.").
      const last = pieces[pieces.length - 1];
      if (!pageBreak && last?.kind === 'paragraph' && !last.quote && last.lines.length <= 4 && isPageFootnote(lines, last.lines[0]!)) last.kind = 'footnote';
      pageBreak = true;
      continue;
    }
    if (pageBreak && !isBlank(line)) {
      pageBreak = false;
      const last = pieces[pieces.length - 1];
      if (
        last &&
        (last.kind === 'paragraph' || last.kind === 'list-item') &&
        !last.quote &&
        !TERMINAL.test(last.lines[last.lines.length - 1]!.text.trimEnd()) &&
        /^\s*\p{Ll}/u.test(line.text)
      ) {
        open = pieces.pop()!;
        open.lines.push(line);
        continue;
      }
    }
    // A blank line or a thematic break ("****", "---", "___") ends a block.
    if (line.text.trim() === '' || /^\s*([*_-])(?:\s*\1){2,}\s*$/.test(line.text)) {
      close();
      continue;
    }
    // ": El Salvador", ": Approved", ":" (a registry's page saved as text, UN Women's GATE): a form field whose label the
    // copy lost. Its value names no item and must not run into the line after it ("Recommendation: …").
    if (LOST_LABEL.test(line.text)) {
      close();
      continue;
    }
    const marked = MARKED_HEADING.exec(line.text);
    if (marked) {
      close();
      pieces.push({ kind: 'heading', lines: [line], level: marked[1]!.length, content: contentRange(line, marked) });
      continue;
    }
    if (UNDERLINE.test(line.text) && open && open.lines.length === 1 && open.kind === 'paragraph') {
      const underlined: Piece = open;
      underlined.kind = 'heading';
      underlined.guess = { style: /=/.test(line.text) ? 'capitals' : 'title', depth: 0 };
      close();
      continue;
    }
    if (PIPE_DELIMITER.test(line.text)) {
      close();
      continue;
    }
    if (isPipeRow(line.text)) {
      close();
      pieces.push({ kind: 'table-row', lines: [line], pipe: true });
      continue;
    }
    if (line.text.includes('\t')) {
      close();
      pieces.push({ kind: 'table-row', lines: [line] });
      continue;
    }
    if (!open && rowUnderLoneHeader(pieces, lines, index)) {
      pieces.push({ kind: 'table-row', lines: [line] });
      continue;
    }
    // A record's table copied from a web page ("Key Action Responsible DueDate Status Comments Documents", then each
    // action over its lines and a last line "PNUD 2009/11 Completed"): a header row and one row per action.
    const header = recordTableHeader(line, index > 0 && namesKeyActions(lines[index - 1]!.text));
    if (header) {
      close();
      pieces.push({ kind: 'table-row', lines: [line], cells: header.cells });
      index = cutFlattenedRows(lines, index + 1, limit, header.columns, pieces) - 1;
      continue;
    }
    // A row's cells wrapped onto the next lines, its first column empty: the same row.
    const lastPiece = pieces[pieces.length - 1];
    const afterRow = !open && lastPiece?.spaced === true && lastPiece.lines[lastPiece.lines.length - 1] === lines[index - 1];
    if (afterRow && wrapsSpacedRow(lastPiece.lines[0]!.text, line.text)) {
      lastPiece.lines.push(line);
      continue;
    }
    // A table laid out with spaces in a text dump ("Kayes           120       104"), two such rows at least.
    if (
      inColumns(line.text) &&
      (afterRow || inColumns(lines[index - 1]?.text ?? '') || inColumns(lines[index + 1]?.text ?? '') || spacedAcrossBlank(lines, index))
    ) {
      close();
      pieces.push({ kind: 'table-row', lines: [line], spaced: true });
      continue;
    }
    if (FOOTNOTE_BODY.test(line.text)) {
      close();
      open = { kind: 'footnote', lines: [line] };
      continue;
    }
    // "> What are the top key insights ...?": a block quote, a prompt in forms.
    if (/^\s*>\s?/.test(line.text)) {
      if (!open?.quote) {
        close();
        open = { kind: 'paragraph', lines: [], quote: true };
      }
      open.lines.push(line);
      continue;
    }
    if (open?.quote) close();
    const bareMarker = bareItems.get(index);
    if (bareMarker !== undefined) {
      close();
      open = { kind: 'list-item', lines: [line], marker: bareMarker, depth: 0, bare: true };
      continue;
    }
    // "1." alone on its line, then the item ("• Procedimientos y arreglos …"): one item, numbered by the line above.
    const markerOnly = MARKER_ONLY.exec(line.text);
    if (markerOnly && index + 1 < limit && !isBlank(lines[index + 1]) && !furniture[index + 1] && !MARKER_ONLY.test(lines[index + 1]!.text)) {
      close();
      open = { kind: 'list-item', lines: [line, lines[index + 1]!], marker: markerOnly[1]!, depth: 0 };
      index += 1;
      continue;
    }
    const list = LIST_MARKER.exec(line.text);
    if (list && !(list[2]!.length > 1 && /^\s*[IVXLC]{2,}[.)]\s/.test(line.text) && guessHeading(line.text) !== null) && !numberedChapter(line.text)) {
      close();
      open = { kind: 'list-item', lines: [line], marker: list[2]!, depth: Math.floor(list[1]!.length / 2) };
      continue;
    }
    // A bold paragraph, an HTML paragraph or a table cell printed as text starts its own block; so does a
    // line after an unwrapped paragraph line (one paragraph per line, no blank line between).
    const lastLine = open ? open.lines[open.lines.length - 1]!.text : '';
    if (
      open &&
      !/^\s*(?:\*\*|<p>|<b>)/i.test(line.text) &&
      !/\*\*\s*$|<\/p>\s*$|<\/b>\s*$/i.test(lastLine) &&
      !unwrappedBreak(lastLine, line.text) &&
      !(open.lines.length === 1 && namesSectionAbove(lastLine) && /^\s*[\p{Lu}\d•*-]/u.test(line.text)) &&
      !namesSectionOverList(lines, index, open.lines, bareItems) &&
      // "Recommendation 2: The project should …", "Lesson 1: …" after a sentence's end: the next item, not a wrapped line.
      !(opensLabelledItem(line.text.trim()) && (TERMINAL.test(lastLine.trimEnd()) || isTitleLine(lastLine))) &&
      !labelTitleOverParagraph(lastLine, line.text) &&
      // "Management Response: [Added: 2011/10/27]", "Key Actions:" under a record's item: a field of its own.
      !isRecordField(line.text.trim()) &&
      !opensFieldBlock(open, line.text)
    ) {
      open.lines.push(line);
      continue;
    }
    close();
    open = { kind: 'paragraph', lines: [line] };
  }
  close();
  // A reader that marks headings nests its lists on purpose: a list indented under a paragraph details it.
  if (!hasMarkedHeadings) outdentLists(pieces);
  // Headings the reader did not mark: a standalone line that names a section, a capitals line, a numbered title.
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index]!;
    // A listing record's title titles the record under it only: no section of its own.
    if (piece.recordTitle) continue;
    const placed = headingByPlace(lines, pieces, index);
    if (placed) {
      piece.kind = 'heading';
      piece.guess = placed;
      continue;
    }
    if (piece.kind !== 'paragraph' || piece.lines.length !== 1) continue;
    const raw = piece.lines[0]!.text.trim();
    const bold = /^\*\*[^*]+\*\*:?$/.test(raw);
    const clean = cleanInline(raw);
    const guess = guessHeading(clean, true);
    if (!guess || isDecisionLine(clean)) continue;
    const heading = classifyHeading(clean);
    const names = heading.kinds[0] !== 'other' || heading.part || heading.annex !== null;
    // With `#` headings in the text, only lines that name a section (or bold labels that do) are taken as
    // headings, and never a run-in label ("**Summary:**" before its answer).
    if (hasMarkedHeadings && !names && !(guess.style === 'numbered' && isCapitalsLine(clean))) continue;
    if (hasMarkedHeadings && /:$/.test(clean)) continue;
    // "Management Response Category:" left empty under "Description:" (a registry's page): a field among fields.
    if (/:$/.test(clean) && index > 0 && pieces[index - 1]!.kind === 'paragraph' && isLabelledFieldLine(pieces[index - 1]!.lines[0]!.text)) continue;
    // "Management Response:" over "Yes" (a registry's page saved as text, each label over its value): the field says a
    // response exists, it heads none; the page's file list under it had become a recommendation.
    if (/:$/.test(clean) && answersYesOrNo(pieces[index + 1])) continue;
    // "Management response:" under "Recommendation 2. Train the technicians …", or under « Recommandation 1 : » alone on
    // its line and the recommendation's paragraph (UNFPA's template flattened, one cell a paragraph): the label of the
    // recommendation's response.
    const labelAt = (at: number, alone: boolean): boolean =>
      at >= 0 && pieces[at]!.kind === 'paragraph' && (alone ? LONE_RECOMMENDATION_LABEL : RECOMMENDATION_LABEL).test(pieces[at]!.lines[0]!.text);
    if (/:$/.test(clean) && heading.kinds.includes('management-response') && (labelAt(index - 1, false) || labelAt(index - 2, true))) continue;
    if (!hasMarkedHeadings && guess.style === 'title' && !bold && !names) {
      const next = pieces[index + 1];
      if (!next || next.kind === 'heading') continue;
    }
    // A bold line numbered at two levels or more ("**3.2 Effectiveness – maternal health outcomes**"): a sub-chapter.
    if (bold && !names && !/^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(clean)) continue;
    piece.kind = 'heading';
    piece.guess = guess;
  }
  return pieces;
}

/** A table header's column titles are short: a few words each, never a sentence. */
const MAX_COLUMN_TITLE_WORDS = 6;

/**
 * A line right under a table's header row, no blank line between, with no tab in it ("Key Action\tResponsible\tDueDate
 * …" then "Se realizará un taller virtual …", a UNDP ERC key action whose other cells are empty): the readers write a
 * row without its trailing empty cells, so the line is the table's first row, not a paragraph after it. Only under a
 * header that is alone so far (a header row holds no data of its own) made of short column titles, two of them at least
 * an action plan's.
 */
function rowUnderLoneHeader(pieces: readonly Piece[], lines: readonly TextLine[], index: number): boolean {
  const header = pieces[pieces.length - 1];
  if (header?.kind !== 'table-row' || header.pipe || header.spaced || header.cells || header.lines.length !== 1) return false;
  if (header.lines[0] !== lines[index - 1] || pieces[pieces.length - 2]?.kind === 'table-row') return false;
  const titles = header.lines[0]!.text.split('\t').map((cell) => cleanInline(cell.trim()));
  return (
    titles.length >= 2 &&
    titles.every((title) => title !== '' && title.split(/\s+/).length <= MAX_COLUMN_TITLE_WORDS && !TERMINAL.test(title)) &&
    // An action plan's columns ("Key Action", "Responsible", "Due Date", "Status"), not a listing's ("Project Title |
    // Evaluation Type | Learning Type" over records of their own).
    titles.filter((title) => partField(title) !== null).length >= 2 &&
    !LIST_MARKER.test(lines[index]!.text)
  );
}

/**
 * "  • Mayor realismo …" / "  • Mejoras en el diseño …" (a web page saved as text indents its whole list): in a text
 * without marked headings, a list's depth counts from its own first level, not from the margin. Read from the margin, every point was one level deeper
 * than the paragraph introducing the list, and the paragraph took them all as its details.
 */
function outdentLists(pieces: Piece[]): void {
  for (let start = 0; start < pieces.length; start += 1) {
    if (pieces[start]!.kind !== 'list-item') continue;
    let end = start;
    while (end + 1 < pieces.length && pieces[end + 1]!.kind === 'list-item') end += 1;
    const run = pieces.slice(start, end + 1);
    const margin = Math.min(...run.map((piece) => piece.depth ?? 0));
    if (margin > 0) for (const piece of run) piece.depth = piece.depth! - margin;
    start = end;
  }
}

/**
 * Headings a text kept as lines of their own, known by their place more than by their words: a division numbered
 * "1)" over its paragraphs, a phrase that names insights over a list. One line, or two where a dump wrapped it.
 */
function headingByPlace(lines: readonly TextLine[], pieces: readonly Piece[], index: number): HeadingGuess | null {
  const piece = pieces[index]!;
  if (piece.lines.length > MAX_HEADING_LINES || !standsAlone(lines, piece)) return null;
  const text = cleanInline(piece.lines.map((line) => line.text.trim()).join(' '));
  if (TERMINAL.test(text) || GOES_ON.test(text)) return null;
  if (piece.kind === 'list-item' && standsAsDivision(text, pieces, index)) return DIVISION_HEADING;
  if (piece.kind === 'paragraph' && !piece.quote && namesListAsHeading(text, pieces, index)) return KIND_PHRASE_HEADING;
  return null;
}

/** A heading wrapped by a dump runs to two lines; three are a paragraph. */
const MAX_HEADING_LINES = 2;
const DIVISION_HEADING: HeadingGuess = { style: 'numbered', depth: 1 };
/** It names a kind in a phrase, so it takes the level a kind's heading takes. */
const KIND_PHRASE_HEADING: HeadingGuess = { style: 'lexicon', depth: 0 };

/** Words a heading that names its kind in a phrase runs to at most: classifyHeading names nothing in a longer one. */
const KIND_PHRASE_WORDS = 14;

/**
 * "10 recommandations ont été identifiées et leur mise en œuvre discutée dès 2009" over "1. Poursuivre …", "Resumen de
 * las principales conclusiones sobre las esferas que han de mejorarse" over "• Mayor realismo …" (a web page or a
 * governing body's paper saved as text): a phrase alone between blank lines, with no sentence's end, that names
 * insights, over a list (or over the one paragraph that introduces the list, ending with a colon). HTML and PDF mark
 * it a heading; in a text it was too long in words for a title. Not a sentence of the body: it ends with its full stop,
 * or runs on into the next line.
 */
function namesListAsHeading(text: string, pieces: readonly Piece[], index: number): boolean {
  if (!/^[\p{Lu}\d]/u.test(text) || text.split(/\s+/).length > KIND_PHRASE_WORDS) return false;
  const next = pieces[index + 1];
  const introduces = next?.kind === 'paragraph' && !next.quote && /:\s*$/.test(next.lines[next.lines.length - 1]!.text);
  const list = introduces ? pieces[index + 2] : next;
  return list?.kind === 'list-item' && namesInsights(text);
}

/** A block with a blank line (or the text's edge) on each side. */
function standsAlone(lines: readonly TextLine[], piece: Piece): boolean {
  const first = lineIndex(lines, piece.lines[0]!);
  return isBlank(lines[first - 1]) && isBlank(lines[first + piece.lines.length]);
}

/** The index of a line of the text, by its offset. */
function lineIndex(lines: readonly TextLine[], line: TextLine): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]!.start < line.start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Words a division's title runs to at most: a title, not a point's sentence that lost its full stop. */
const DIVISION_TITLE_WORDS = 16;

/**
 * "1) Une réponse adaptée aux priorités de la Tunisie et à l'évolution du contexte" alone, its paragraphs under it: a
 * numbered division a text kept as a line of its own (parenthesised-divisions.ts), not a list's item. Not a point of a
 * list of short points ("1) Relevance" / "2) Effectiveness" then the text after the list: the point before is one of
 * the list's).
 */
function standsAsDivision(text: string, pieces: readonly Piece[], index: number): boolean {
  if (pieces[index]!.depth !== 0 || !isParenthesisedDivision(text) || text.split(/\s+/).length > DIVISION_TITLE_WORDS) return false;
  if (!/^\S+\s+[\p{Lu}«"“]/u.test(text)) return false;
  const before = pieces[index - 1];
  const after = pieces[index + 1];
  return after?.kind === 'paragraph' && !after.quote && !(before?.kind === 'list-item' && isParenthesisedDivision(before.lines[0]!.text.trim()));
}

/**
 * The rows of a record's flattened table from line `from` on, pushed as table rows; returns the first line after them.
 * A row runs until its closing line (who, due date, status); the table ends at a blank line or the record's next item.
 */
function cutFlattenedRows(lines: readonly TextLine[], from: number, limit: number, columns: readonly RecordColumn[], pieces: Piece[]): number {
  let rowLines: TextLine[] = [];
  const push = (closing: TextLine | null): void => {
    if (rowLines.length === 0 && !closing) return;
    const cells = flattenedRow(rowLines, closing, columns);
    pieces.push({ kind: 'table-row', lines: closing ? [...rowLines, closing] : rowLines, cells });
    rowLines = [];
  };
  let index = from;
  for (; index < limit; index += 1) {
    const line = lines[index]!;
    // A blank line, the record's next item or field, or a field whose label the copy lost (": Approved") ends the table.
    if (isBlank(line) || opensRecordItem(line.text.trim()) || isRecordField(line.text.trim()) || LOST_LABEL.test(line.text)) break;
    // A row on one line, its action before who, the due date and the status (UN Women's GATE copied as text).
    const whole = rowLines.length === 0 ? lineRow(line, columns) : null;
    if (whole) pieces.push({ kind: 'table-row', lines: [line], cells: whole });
    else if (rowLines.length > 0 && closesRecordRow(line.text)) push(line);
    else rowLines.push(line);
  }
  push(null);
  return index;
}

/**
 * "Mid Term Outcome Evaluation, Malawi" / "Recommendations" / "1. UNDP should …", or "Countries: MALAWI" / "Lessons" /
 * "Findings" / "Recommendations" (an ERC page saved as text, one field a line): a line that names a section right
 * above a list's first item (or a blank line and the list), or above another line that names one, is a heading of
 * its own, not the last line of the paragraph above. Not "… the team made several" / "Recommendations to the
 * ministry …" (no item follows).
 */
function namesSectionOverList(lines: readonly TextLine[], index: number, above: readonly TextLine[], bareItems: ReadonlyMap<number, string>): boolean {
  const line = lines[index]!.text;
  const next = lines[index + 1]?.text ?? '';
  const lastLine = above[above.length - 1]?.text ?? '';
  if (!/^\s*\p{Lu}/u.test(line) || GOES_ON.test(lastLine.trimEnd()) || !namesSectionAbove(line)) return false;
  const opensList = (at: number): boolean => LIST_MARKER.test(lines[at]?.text ?? '') || bareItems.has(at) || opensLabelledItem((lines[at]?.text ?? '').trim());
  if (opensList(index + 1)) return true;
  // A web page copied as text, one paragraph a line: "Recommendations" / "The evaluation makes the following
  // recommendations:" / "1. …". The heading stands over its lead-in sentence, and the list under that shows the
  // sentence is no heading's second line. The line above ends a sentence or is a title of its own, so the name is not
  // the end of a wrapped sentence ("… the team made several" / "Recommendations to the ministry.").
  const aboveEnds = TERMINAL.test(lastLine.trimEnd()) || guessHeading(cleanInline(lastLine.trim()), true) !== null;
  if (aboveEnds && namesInsights(line) && leadsIntoList(next) && opensList(index + 2)) return true;
  // A portal's page saved as text ("Tipo de recurso" / "Estatal" / "Principales conclusiones", a blank line, then
  // "1. Se sugiere …" or a paragraph): the section's label ends the run of field lines above it.
  if (next.trim() === '' && namesInsights(line) && above.length >= 2 && above.every((field) => isUnlabelledFieldLine(field.text))) return true;
  // The ERC page's run of empty fields: both lines name insights (not a flattened table's header: "Recommendation" / "Responsible").
  return namesInsights(line) && /^\s*\p{Lu}/u.test(next) && namesInsights(next) && namesSectionAbove(next);
}

/** A field line of a page saved as text is a label or a short value ("Dependencia responsable del programa"). */
const MAX_FIELD_LINE_WORDS = 5;

/**
 * "Tipo de recurso", "Estatal", "Arias Marroquin y Asociados S.C.", "$97,500": a line of a page's fields, not of prose
 * nor of a cover's title ("FINAL EVALUATION OF THE YOUTH EMPLOYMENT" / "LESSONS LEARNED AND GOOD PRACTICES").
 */
function isUnlabelledFieldLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/).length > MAX_FIELD_LINE_WORDS || isCapitalsLine(trimmed) || /[!?:;…,]$/.test(trimmed)) return false;
  return !/\.$/.test(trimmed.replace(/\b(?:S\.C|S\.A|Inc|Ltd)\.$/, ''));
}

/** A whole sentence on one line that can introduce a list: it opens with a capital and ends a sentence or on a colon. */
function leadsIntoList(line: string): boolean {
  const text = line.trim();
  return /^\p{Lu}/u.test(text) && TERMINAL.test(text) && !LIST_MARKER.test(line) && !opensLabelledItem(text);
}

const INSIGHT_KINDS: ReadonlySet<string> = new Set(['findings', 'conclusions', 'recommendations', 'lessons', 'good-practices', 'challenges']);

/** A heading that names insights only ("Lessons", "Findings", "Conclusions and recommendations"). */
function namesInsights(text: string): boolean {
  const kinds = classifyHeading(cleanInline(text.trim())).kinds;
  return kinds.every((kind) => INSIGHT_KINDS.has(kind));
}

/** "Recommendation 2.", "**Recommandation 1 :**", "Recomendación 3:", "R4." opening a paragraph. */
/** "Recommendation: Impliquer …": a record's item as a field, its label unnumbered (UN Women's GATE). */
const RECORD_ITEM_FIELD = /^\s*(?:recommendation|recommandation|recomendaci[oó]n)\s*:\s*\S/i;
const RECOMMENDATION_LABEL = /^\s*(?:\*\*)?\s*(?:recommendations?|recommandations?|recomendaci[oó]n(?:es)?|r)\s*(?:n[o°º]\.?\s*)?\d{1,2}\b/i;
/** A recommendation's label alone on its line (« Recommandation 1 : », "Recommendation 2:"). */
const LONE_RECOMMENDATION_LABEL = /^\s*(?:\*\*)?\s*(?:recommendation|recommandation|recomendaci[oó]n)\s*(?:n[o°º]\.?\s*)?\d{1,2}\s*[:.]?\s*(?:\*\*)?\s*$/i;

/**
 * A line that names a section right above its text, no blank line between ("12. Lessons" then "Projects
 * that build …", "RECOMMANDATIONS" then "1. Instaurer …", "Pertinence" then "Le projet …"): a short line without a
 * sentence's end that names a kind, a criterion or a part of the report.
 */
function namesSectionAbove(line: string): boolean {
  const text = cleanInline(line.trim());
  if (text.length > 70 || TERMINAL.test(text) || text.split(/\s+/).length > 8) return false;
  const heading = classifyHeading(text);
  // "Pertinence" then "Le projet répondait …", "Contexte" then "La ville …": a criterion's or a part's heading too.
  return (
    (heading.kinds.some((kind) => kind !== 'other' && kind !== 'table-of-contents') || heading.criterion || heading.part) && guessHeading(text, true) !== null
  );
}

/** A title of its own on one line ("Evaluation of Japan's ODA to the Democratic Republic of Timor-Leste"). */
function isTitleLine(line: string): boolean {
  const text = cleanInline(line.trim());
  return text !== '' && !GOES_ON.test(text) && guessHeading(text, true) !== null;
}

/**
 * "Recommendation 1: Supporting Timor-Leste's Economic Takeoff …" (a title, no sentence's end) over a whole paragraph on
 * one line (a follow-up page copied as text): the label's title is a block of its own, not the paragraph's first line.
 * A wrapped label line is followed by a line of its own width, never by an unwrapped paragraph.
 */
function labelTitleOverParagraph(previous: string, line: string): boolean {
  const prev = previous.trim();
  return opensLabelledItem(prev) && !TERMINAL.test(prev) && !GOES_ON.test(prev) && line.trim().length > UNWRAPPED_LINE && /^\s*\p{Lu}/u.test(line);
}

/** A line longer than any wrap width: a whole paragraph on one line. */
const UNWRAPPED_LINE = 160;

/**
 * Lines that are whole paragraphs (no blank line between them): a long line ending a sentence, or a
 * short title line between two of them ("Les résultats du projet").
 */
/** A field's bare answer on a line of its own: "Yes", "No", « Oui », "Sí". */
const YES_OR_NO = /^(?:yes|no|s[ií]|oui|non)\.?$/i;

/** A paragraph of one line that only answers yes or no (the value under a field's label). */
function answersYesOrNo(piece: Piece | undefined): boolean {
  return piece?.kind === 'paragraph' && piece.lines.length === 1 && YES_OR_NO.test(piece.lines[0]!.text.trim());
}

/** A line whose field label the copy lost (": Approved", ":"): a colon, then the value or nothing. */
const LOST_LABEL = /^\s*:(?:\s|$)/;

/**
 * "Management Response Category: Accepted", "Description:", "UNEG Criteria: Effectiveness": a form's field line, a
 * capitalised label of a few words and its colon. Two in a row are two fields, never one wrapped paragraph.
 */
const FIELD_LINE = /^\s*(?:\*\*)?\p{Lu}[\p{L}'’()/-]*(?:\s+[\p{L}'’()/&-]+){0,4}\s*(?:\*\*)?\s*:(?:\*\*)?(?:\s|$)/u;

function isLabelledFieldLine(text: string): boolean {
  return FIELD_LINE.test(text);
}

/**
 * "Description:" then "Management Response Category: Accepted" then "Thematic Area: …" then "Key Actions" (a
 * registry's page saved as text, one field a line): a field line, or the key actions' label, under a block that
 * opened with a field line starts a block of its own.
 */
function opensFieldBlock(open: Piece | null, text: string): boolean {
  if (!open || open.kind !== 'paragraph' || !isLabelledFieldLine(open.lines[0]!.text)) return false;
  return isLabelledFieldLine(text) || namesKeyActions(text);
}

/** "Key Actions", "Key Actions:": the label over a record's key-action table. */
function namesKeyActions(text: string): boolean {
  const label = text.replace(/\*\*/g, '').trim().replace(/:$/, '');
  return label !== '' && wholePartField(label) === 'keyActions';
}

function unwrappedBreak(previous: string, line: string): boolean {
  const prev = previous.trimEnd();
  const current = line.trim();
  if (prev.length > 160 && TERMINAL.test(prev)) return true;
  if (prev.length > 160 && current.length < 100 && !TERMINAL.test(current) && guessHeading(current, true) !== null) return true;
  if (prev.length < 100 && !TERMINAL.test(prev) && current.length > 160 && guessHeading(prev, true) !== null) return true;
  return false;
}

/** The 1-based page of an offset, by binary search over the reader's page starts. */
export function pageOf(pageStarts: readonly number[], offset: number): number | null {
  if (pageStarts.length === 0) return null;
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pageStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * True when a hyphen at a line's end cut a word the document writes whole elsewhere ("procure-" then "ment"
 * beside "procurement"): without that evidence a text dump keeps the hyphen ("women-\nled", "capacity-\nbuilding").
 */
function cutWord(word: string, rest: string, words: ReadonlySet<string>): boolean {
  return words.has(`${word}${rest}`.toLowerCase()) && !words.has(`${word}-${rest}`.toLowerCase());
}

/**
 * Joins wrapped lines into one raw string. A word cut by a hyphen at a line's end is joined back where
 * the document writes it whole elsewhere ("procure-\nment"), its hyphen kept otherwise ("inter-\ncommunity").
 */
function joinLines(text: string, lines: readonly TextLine[], words: () => ReadonlySet<string>): string {
  if (lines.length === 1) return text.slice(lines[0]!.start, lines[0]!.end);
  let out = '';
  for (const line of lines) {
    const part = line.text.trim();
    const cut = /(\p{L}+)-$/u.exec(out);
    const rest = /^\p{Ll}+/u.exec(part);
    if (out === '') out = part;
    else if (cut && rest) out = cutWord(cut[1]!, rest[0], words()) ? out.slice(0, -1) + part : out + part;
    else out += ` ${part}`;
  }
  return out;
}

/** "**Output 1.3: ...**", "**Outcome S2.1: ...**", "**Résultat 2 :**": a results-framework label, a heading of the report's structure. */
const FRAMEWORK_LABEL =
  /^\s*\*\*\s*(?:outputs?|outcomes?|results?|objectives?|components?|activit(?:y|ies)|sectors?|pillars?|axis|r[ée]sultats?|produits?|effets?|objectifs?|composantes?|axes?|activit[ée]s?|resultados?|productos?|efectos?|objetivos?|componentes?|ejes?|actividad(?:es)?)\s*[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})*\s*[:.–-]/i;

const FRAMEWORK_TEXT = new RegExp(FRAMEWORK_LABEL.source.replace('\\*\\*\\s*', ''), 'i');

function toBlocks(text: string, pieces: readonly Piece[], pageStarts: readonly number[]): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  // Headings the document marks somewhere ("##### Narrative description of achievements"): the same words
  // as a bold lead elsewhere are that heading run into a paragraph.
  const markedTitles = new Map<string, number>();
  for (const piece of pieces)
    if (piece.kind === 'heading' && piece.content)
      markedTitles.set(foldForMatch(cleanInline(text.slice(piece.content.start, piece.content.end))), piece.level!);
  // A run-in heading takes the level the document gives the same heading where it marks it.
  const runInLevel = (title: string): number => markedTitles.get(foldForMatch(title)) ?? 0;
  // The document's words, read once when a wrapped line ends on a hyphen.
  let known: Set<string> | null = null;
  const words = (): Set<string> => (known ??= vocabulary(text));
  for (const piece of pieces) {
    const first = piece.lines[0]!;
    const last = piece.lines[piece.lines.length - 1]!;
    const startOffset = piece.content?.start ?? first.start + (first.text.length - first.text.trimStart().length);
    const endOffset = piece.content?.end ?? last.start + last.text.trimEnd().length;
    const raw = piece.content ? text.slice(piece.content.start, piece.content.end) : joinLines(text, piece.lines, words);
    const page = pageOf(pageStarts, startOffset);
    const base = { start: startOffset, end: Math.max(endOffset, startOffset), page };
    switch (piece.kind) {
      case 'heading': {
        // An inferred numbered field heading with its value on the line ("**2.1 Describir ...: Tema I. Diseño**").
        const field = piece.level === undefined ? splitNumberedField(raw) : null;
        if (field && field.value && cleanInline(field.value)) {
          blocks.push(...numberedFieldBlocks(field, startOffset, endOffset, pageStarts));
          continue;
        }
        const clean = cleanInline(raw).replace(/^#+\s*/, '');
        if (!clean) continue;
        const heading = classifyHeading(clean);
        blocks.push({
          kind: 'heading',
          text: clean,
          ...base,
          bold: false,
          level: piece.level ?? 0,
          numbering: heading.numbering,
          title: heading.title,
          inferred: piece.level === undefined,
        });
        continue;
      }
      case 'table-row': {
        const cells: string[] = [];
        const cellRanges: Array<[number, number]> = [];
        if (piece.spaced && piece.lines.length > 1) {
          for (const { cell, range } of wrappedCells(piece.lines)) {
            cells.push(cleanInline(cell));
            cellRanges.push(range);
          }
        } else if (piece.cells) {
          for (const { cell, range } of piece.cells) {
            cells.push(cleanInline(cell));
            cellRanges.push(range);
          }
        } else {
          for (const { cell, at } of piece.pipe ? pipeCells(first.text) : piece.spaced ? spacedCells(first.text) : tabCells(first.text)) {
            cells.push(cleanInline(cell));
            cellRanges.push([first.start + at, first.start + at + cell.length]);
          }
        }
        if (cells.every((cell) => cell === '')) continue;
        const block: OutlineBlock = {
          kind: 'table-row',
          text: cells.filter(Boolean).join(' | '),
          start: first.start,
          end: piece.lines[piece.lines.length - 1]!.end,
          page,
          bold: false,
          cells,
          cellRanges,
        };
        const filled = cells.filter(Boolean);
        if (filled.length === 2 && cells.indexOf(filled[0]!) < cells.indexOf(filled[1]!) && isLabel(filled[0]!)) {
          block.key = filled[0]!.replace(/\s*:$/, '');
          block.value = filled[1]!;
        }
        blocks.push(block);
        continue;
      }
      case 'footnote': {
        const number = FOOTNOTE_BODY.exec(raw) ?? /^\s*(\d{1,3})/.exec(raw);
        const body = cleanInline(raw.replace(FOOTNOTE_BODY, '').replace(/^\s*\d{1,3}\s*/, ''));
        if (!body) continue;
        blocks.push({ kind: 'footnote', text: body, ...base, bold: false, footnote: number ? (number[1] ?? number[2]) : undefined });
        continue;
      }
      case 'list-item': {
        const marker = piece.marker ?? '-';
        const withoutMarker = (piece.bare ? raw.replace(BARE_NUMBER, '') : raw)
          .replace(LIST_MARKER, '')
          .replace(/^\s*\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s*/i, (whole) => (raw.trimStart().startsWith(marker) ? '' : whole))
          // "1." then "• Procedimientos …" on the next line: the bullet under the number is layout too.
          .replace(NESTED_BULLET, (whole) => (/^\(?\d/.test(marker) ? '' : whole));
        const clean = cleanInline(withoutMarker);
        if (!clean) continue;
        const lead = splitBoldLead(withoutMarker);
        // The item starts after its marker: "- " is layout, not text.
        const marked = raw.trimStart().length - withoutMarker.trimStart().length;
        const itemStart = Math.min(base.end, base.start + Math.max(0, marked));
        blocks.push({
          kind: 'list-item',
          text: clean,
          ...base,
          start: itemStart,
          bold: isWhollyBold(withoutMarker),
          marker,
          depth: piece.depth ?? 0,
          ...(lead ? { lead: lead.headline } : {}),
        });
        continue;
      }
      default: {
        if (piece.recordTitle) {
          const clean = cleanInline(raw);
          if (clean) blocks.push({ kind: 'paragraph', text: clean, ...base, bold: isWhollyBold(raw), recordTitle: true });
          continue;
        }
        if (piece.field) {
          blocks.push({
            kind: 'key-value',
            text: `${piece.field.key}: ${piece.field.value}`,
            ...base,
            bold: false,
            key: piece.field.key,
            value: piece.field.value,
          });
          continue;
        }
        // "2.1 Describir los hallazgos más relevantes de la evaluación: Tema I. Diseño": a numbered form field
        // is a heading (its label) followed by its value.
        const field = piece.quote ? null : splitNumberedField(raw);
        if (field) {
          blocks.push(...numberedFieldBlocks(field, startOffset, endOffset, pageStarts));
          continue;
        }
        // A table cell or box flattened into one paragraph: "... **Challenges** / The scope ... **Lessons Learned** /
        // It will be important ... / Volunteers must ...". Its bold run-in headings and " / " breaks come apart.
        const runIns = piece.quote ? null : splitRunInHeadings(raw, startOffset, markedTitles);
        if (runIns) {
          for (const part of runIns) {
            const clean = cleanInline(part.text);
            if (!clean) continue;
            if (part.heading) {
              const heading = classifyHeading(clean);
              blocks.push({
                kind: 'heading',
                text: clean,
                start: part.start,
                end: part.end,
                page: pageOf(pageStarts, part.start),
                bold: true,
                level: runInLevel(clean),
                numbering: heading.numbering,
                title: heading.title,
                inferred: true,
                runIn: true,
              });
            } else blocks.push({ kind: 'paragraph', text: clean, start: part.start, end: part.end, page: pageOf(pageStarts, part.start), bold: false });
          }
          continue;
        }
        if (piece.quote) {
          const quoted = cleanInline(piece.lines.map((line) => line.text.replace(/^\s*>\s?/, '')).join(' '));
          if (quoted) blocks.push({ kind: 'paragraph', text: quoted, ...base, bold: false, quote: true });
          continue;
        }
        const clean = cleanInline(raw);
        if (!clean) continue;
        const bold = isWhollyBold(raw);
        const lead = bold ? null : splitBoldLead(raw);
        if (FRAMEWORK_LABEL.test(raw) && (bold || lead)) {
          // A results-framework label ("Output 1.3: ...") heads what follows; a run-in one keeps its text apart.
          const labelText = bold ? clean : lead!.headline;
          const labelEnd = bold ? endOffset : startOffset + raw.indexOf('**', raw.indexOf('**') + 2) + 2;
          blocks.push({
            kind: 'heading',
            text: labelText,
            start: startOffset,
            end: labelEnd,
            page,
            bold: true,
            level: 0,
            numbering: null,
            title: labelText,
            inferred: true,
            runIn: true,
          });
          if (lead) blocks.push({ kind: 'paragraph', text: lead.rest, start: labelEnd, end: endOffset, page: pageOf(pageStarts, labelEnd), bold: false });
          continue;
        }
        // "**Réponse de la direction :** Acceptée." under "Recommandation 1 : …": the recommendation's response, even where
        // the document's title is « Réponse de la direction ».
        // So is "**Management Response:** …" under an unnumbered "**Recommendation:** …" (UN Women's GATE record).
        const answers =
          lead !== null &&
          (RECOMMENDATION_LABEL.test(blocks[blocks.length - 1]?.text ?? '') || RECORD_ITEM_FIELD.test(blocks[blocks.length - 1]?.text ?? '')) &&
          classifyHeading(lead.headline).kinds.includes('management-response');
        if (lead && markedTitles.has(foldForMatch(lead.headline)) && !answers) {
          const labelEnd = startOffset + raw.indexOf('**', raw.indexOf('**') + 2) + 2;
          blocks.push({
            kind: 'heading',
            text: lead.headline,
            start: startOffset,
            end: labelEnd,
            page,
            bold: true,
            level: runInLevel(lead.headline),
            numbering: null,
            title: lead.headline,
            inferred: true,
            runIn: true,
          });
          blocks.push({ kind: 'paragraph', text: lead.rest, start: labelEnd, end: endOffset, page: pageOf(pageStarts, labelEnd), bold: false });
          continue;
        }
        const keyValue = bold ? null : KEY_VALUE.exec(clean);
        if (keyValue && isLabel(keyValue[1]!) && !ITEM_LABEL.test(clean)) {
          blocks.push({
            kind: 'key-value',
            text: clean,
            ...base,
            bold,
            key: keyValue[1]!.trim(),
            value: keyValue[2]!.trim(),
            ...(lead ? { lead: lead.headline } : {}),
          });
          continue;
        }
        blocks.push({ kind: 'paragraph', text: clean, ...base, bold, ...(lead ? { lead: lead.headline } : {}) });
      }
    }
  }
  return blocks;
}

/**
 * The parts of a flattened paragraph: bold runs that are headings (at least two bold runs, one naming a
 * kind of section) and the text between them, cut again at " / " (the reader's join of a cell's blocks).
 * Null when the paragraph is an ordinary one.
 */
function splitRunInHeadings(
  raw: string,
  start: number,
  marked: ReadonlyMap<string, number>,
): Array<{ heading: boolean; text: string; start: number; end: number }> | null {
  if (raw.length < 80 || raw.indexOf('**') === -1) return null;
  const runs = [...raw.matchAll(/\*\*([^*]{2,160}?)\*\*/g)];
  if (runs.length < 2) return null;
  const headingRuns = runs.filter((run) => {
    const label = cleanInline(run[1]!).replace(/[:.]\s*$/, '');
    return label.split(/\s+/).length <= 20 && (guessHeading(label, true) !== null || FRAMEWORK_LABEL.test(run[0]) || marked.has(foldForMatch(label)));
  });
  if (!headingRuns.some((run) => classifyHeading(cleanInline(run[1]!)).kinds[0] !== 'other')) return null;
  const parts: Array<{ heading: boolean; text: string; start: number; end: number }> = [];
  const pushText = (from: number, to: number): void => {
    let at = from;
    for (const piece of raw.slice(from, to).split(/\s\/\s/)) {
      const offset = raw.indexOf(piece, at);
      const trimmed = piece.trim();
      if (trimmed && trimmed !== '/') parts.push({ heading: false, text: trimmed, start: start + offset, end: start + offset + piece.length });
      at = offset + piece.length;
    }
  };
  let at = 0;
  for (const run of headingRuns) {
    if (run.index > at) pushText(at, run.index);
    parts.push({ heading: true, text: run[1]!, start: start + run.index, end: start + run.index + run[0].length });
    at = run.index + run[0].length;
  }
  if (at < raw.length) pushText(at, raw.length);
  return parts;
}

/** "2.1 Label: value" or "1.5 Objetivo general de la evaluación:" — a numbered field of a form (two levels or more). */
const NUMBERED_FIELD = /^(\s*(?:\*\*)?\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+([^:\n*]{3,200}?))\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*/;

interface NumberedField {
  label: string;
  title: string;
  numbering: string;
  labelLength: number;
  value: string;
  valueOffset: number;
}

function splitNumberedField(raw: string): NumberedField | null {
  const match = NUMBERED_FIELD.exec(raw);
  if (!match) return null;
  const title = match[3]!;
  if (title.split(/\s+/).length > 24 || /[.;!?]\s/.test(title)) return null;
  // "4.3 Sobre la base de estos hallazgos, OVE recomienda a la Administración del BID:": a numbered paragraph's lead-in, not a form's label.
  if (/,\s/.test(title) && title.split(/\s+/).length > 8) return null;
  const parts = match[2]!.split('.');
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return {
    label: match[1]!.trim(),
    title,
    numbering: parts.join('.'),
    labelLength: match[1]!.length,
    value: raw.slice(match[0].length).trim(),
    valueOffset: match[0].length,
  };
}

/**
 * The blocks of a numbered form field found at `start` (its text ending at `end`): its label as
 * an inferred heading, then its value as a paragraph when the value has any text once cleaned.
 */
function numberedFieldBlocks(field: NumberedField, start: number, end: number, pageStarts: readonly number[]): OutlineBlock[] {
  const blocks: OutlineBlock[] = [
    {
      kind: 'heading',
      text: cleanInline(field.label),
      start,
      end: start + field.labelLength,
      page: pageOf(pageStarts, start),
      bold: false,
      level: 0,
      numbering: field.numbering,
      title: cleanInline(field.title),
      inferred: true,
    },
  ];
  const value = cleanInline(field.value);
  if (value) {
    const valueStart = start + field.valueOffset;
    blocks.push({
      kind: 'paragraph',
      text: value,
      start: valueStart,
      end: Math.max(end, valueStart),
      page: pageOf(pageStarts, valueStart),
      bold: false,
    });
  }
  return blocks;
}

/** A short label ("Project code", "Type of evaluation", "Response"), not the start of a sentence. */
function isLabel(text: string): boolean {
  const trimmed = text.trim().replace(/\s*:$/, '');
  if (trimmed.length < 2 || trimmed.length > 70) return false;
  const words = trimmed.split(/\s+/);
  return words.length <= 9 && !/[.;!?]/.test(trimmed.replace(/\b[A-Z]\./g, '').replace(/\.\.\./g, '')) && /^[\p{L}(]/u.test(trimmed);
}

function isWhollyBold(raw: string): boolean {
  const inner = raw.trim().replace(/[.:]$/, '').trim();
  return inner.length > 4 && inner.startsWith('**') && inner.endsWith('**') && !inner.slice(2, -2).includes('**');
}

/**
 * Heading levels. Marked headings keep their `#` level. Inferred ones: a document part
 * ("EXECUTIVE SUMMARY", "ANNEX 1") is 1; a numbered heading is its numbering depth; a capitals
 * line is one below the last numbered or marked heading; a title-case line one below that.
 */
interface NumberedHeading {
  numbering: string;
  depth: number;
  level: number;
}

/**
 * A marked heading numbered under the one before ("## 5.1. Pertinence" after "## 5. Conclusions": a converter or a
 * web page that gives every heading one level) sits below it, as its numbering says. `decimals` keeps the last
 * heading of each depth.
 */
function nestUnderNumberedParent(block: OutlineBlock, marked: ReturnType<typeof classifyHeading>, decimals: NumberedHeading[]): void {
  if (!marked.numbering || !/^\d+(?:\.\d+)*$/.test(marked.numbering) || marked.annex) {
    if (!marked.numbering) decimals.length = 0;
    return;
  }
  const parent = decimals.filter((heading) => heading.depth < marked.depth && marked.numbering!.startsWith(`${heading.numbering}.`)).at(-1);
  if (parent && block.level! <= parent.level) block.level = parent.level + marked.depth - parent.depth;
  while (decimals.length > 0 && decimals[decimals.length - 1]!.depth >= marked.depth) decimals.pop();
  decimals.push({ numbering: marked.numbering, depth: marked.depth, level: block.level! });
}

function assignLevels(blocks: OutlineBlock[]): void {
  let anchor = 0;
  let capitals: number | null = null;
  // A capitals heading that names a kind ("FINDINGS") owns the capitals headings that follow until
  // the next kind or part: "OVERALL ACHIEVEMENTS" under "FINDINGS" is one of its sub-sections.
  let kindCapitals: number | null = null;
  // Inside a numbered chapter, "BACKGROUND" or "METHODOLOGY" is one of its sub-sections, not a part of the document.
  let numbered = false;
  // Once the annexes start, an annex's own divisions ("I. BACKGROUND", "1. Award Number") stay inside it.
  let inAnnex = false;
  // The last marked heading with decimal numbering ("## 2. PRINCIPALES HALLAZGOS"): a numbered field "2.1"
  // sits below it, and a heading numbered in another scheme ("## Tema II.") is one of its divisions.
  let markedDecimal: { level: number; depth: number } | null = null;
  // The level of the last heading that names a kind ("##### Lessons Learned"), for the labels that close it.
  let lastKindLevel: number | null = null;
  // Unnumbered chapters named after evaluation criteria have been read at the top level.
  let criterionChapters = false;
  // The marked headings numbered in decimals so far, the last of each depth ("## 5. Conclusions", then "## 5.1 …").
  const decimals: NumberedHeading[] = [];
  // "1) …", "2) …" under "PRINCIPALES CONCLUSIONS": that heading's divisions, not chapters (parenthesised-divisions.ts).
  const divisions = new ParenthesisedDivisions();
  let previous: OutlineBlock | null = null;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    // The heading before this one has its final level now.
    if (previous) divisions.passed(previous);
    previous = block;
    if (!block.runIn && divisions.place(block, anchor)) {
      // Like an evaluation question, an inferred division holds the title lines under it, and a capitals line after
      // it is its sibling; a marked one is a marked heading.
      if (block.inferred) capitals = block.level!;
      else {
        anchor = block.level!;
        capitals = null;
      }
      kindCapitals = null;
      continue;
    }
    if (block.runIn) {
      // Its level where the document marks the same heading; a results-framework label ("Output 1.2: ...")
      // closes the section of findings or lessons it follows; others sit below the last heading.
      if (block.level) anchor = block.level;
      else if (FRAMEWORK_TEXT.test(block.text) && lastKindLevel !== null) block.level = lastKindLevel;
      else block.level = Math.max(1, anchor + 1);
      if (classifyHeading(block.text).kinds[0] !== 'other') lastKindLevel = block.level;
      continue;
    }
    if (!block.inferred) {
      const marked = classifyHeading(block.text);
      nestUnderNumberedParent(block, marked, decimals);
      lastKindLevel = marked.kinds[0] !== 'other' ? block.level! : lastKindLevel !== null && block.level! <= lastKindLevel ? null : lastKindLevel;
      if (marked.numbering && /^\d/.test(marked.numbering)) markedDecimal = { level: block.level!, depth: marked.depth };
      else if (marked.numbering && !marked.annex && markedDecimal && markedDecimal.level >= block.level!) block.level = markedDecimal.level + 1;
      else if (!marked.numbering && block.level! <= (markedDecimal?.level ?? 0)) markedDecimal = null;
      anchor = block.level!;
      capitals = null;
      kindCapitals = null;
      continue;
    }
    const heading = classifyHeading(block.text);
    if (markedDecimal && heading.numbering && /^\d/.test(heading.numbering) && heading.depth > markedDecimal.depth) {
      block.level = markedDecimal.level + heading.depth - markedDecimal.depth;
      anchor = block.level;
      capitals = null;
      kindCapitals = null;
      continue;
    }
    // A frame other than an annex (contents, acronyms, summary) ends the annexes: the annexes listed in a
    // table of contents are followed by the list of figures, not by the annexes' own divisions.
    if (heading.annex) inAnnex = true;
    else if (inAnnex && isFramePart(heading)) inAnnex = false;
    else if (inAnnex) {
      block.level = Math.max(2, heading.numbering && /^[0-9]/.test(heading.numbering) ? heading.depth + 1 : anchor + 1);
      continue;
    }
    const names = heading.kinds[0] !== 'other';
    const frame = isFramePart(heading);
    if ((frame || (heading.part && !numbered)) && (!heading.numbering || heading.annex)) {
      block.level = 1;
      anchor = 1;
      capitals = null;
      kindCapitals = null;
      if (frame) numbered = false;
    } else if (heading.numbering && heading.depth > 0 && /^[0-9]/.test(heading.numbering)) {
      block.level = heading.depth;
      anchor = heading.depth;
      capitals = null;
      kindCapitals = null;
      numbered = true;
    } else if (heading.numbering) {
      // "A. Situation analysis", "IV. Findings": a letter or roman numeral opens a part-level division.
      block.level = Math.max(1, anchor === 0 ? 1 : anchor);
      anchor = block.level;
      capitals = null;
      kindCapitals = null;
    } else if (EVALUATION_QUESTION.test(block.text)) {
      block.level = anchor + 1;
      capitals = block.level;
      kindCapitals = null;
    } else if (
      ((heading.criterion && bareCriterion(heading.title)) || (names && criterionChapters)) &&
      anchor === 1 &&
      !numbered &&
      (kindCapitals === null || criterionChapters) &&
      (isCapitalsLine(block.text) || block.text === heading.title)
    ) {
      // "RELEVANCE", "EFFECTIVENESS" after "METHODOLOGY" in an unnumbered text: chapters of their own, like the
      // part before them, and so are "CONCLUSIONS" and "RECOMMENDATIONS" after them. Under an open "FINDINGS"
      // they are its sub-sections.
      block.level = 1;
      capitals = 1;
      kindCapitals = 1;
      criterionChapters = true;
    } else if (isCapitalsLine(block.text) || names || heading.part) {
      block.level = !names && !heading.part && kindCapitals !== null ? kindCapitals + 1 : anchor + 1;
      capitals = block.level;
      if (names || heading.part) kindCapitals = names ? block.level : null;
    } else {
      block.level = (capitals ?? anchor) + 1;
    }
  }
}

/**
 * "1. INTRODUCTION", "3. FINDINGS", "4. Recommendations" alone on a line: a numbered chapter, not the
 * first item of a list (a capitals title, or one that names a kind or a document part, in a few words).
 */
function numberedChapter(text: string): boolean {
  // "4. RECOMMENDATIONS", "V. LEÇONS TIRÉES", "B. Lessons learned": a letter or one roman numeral numbers chapters too.
  const match = /^\s*(?:\d{1,2}|[A-Z])[.)]\s+(\p{Lu}.{1,90})$/u.exec(text.trimEnd());
  if (!match) return false;
  const title = match[1]!;
  if (/[.;,:]$/.test(title)) return false;
  const words = title.split(/\s+/).length;
  const heading = classifyHeading(title);
  // A title that names several of the report's parts runs longer ("5. Conclusions, recommandations et réponse de la
  // direction"); one that names one part in more words is a numbered paragraph ("61. Les enseignements ci-après …").
  if (heading.kinds[0] !== 'other' || heading.part) return words <= 6 || (heading.kinds.length >= 2 && words <= 10);
  return words <= 6 && title.length <= 60 && isCapitalsLine(title);
}

/**
 * A title that names criteria and nothing else ("RELEVANCE", "EFFICIENCY AND ECONOMY", "RELEVANCE AND
 * STRATEGIC FIT"), not one that names what it is about ("IMPACT OF CYCLONE IDAI").
 */
function bareCriterion(title: string): boolean {
  return foldForMatch(title)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .every((word) => CRITERION_WORDS.has(word) || CRITERION_LEAD.has(word) || BARE_CRITERION_WORDS.has(word));
}

const BARE_CRITERION_WORDS: ReadonlySet<string> = new Set(
  'and et y e strategic fit economy orientation validity design strategique estrategica diseno conception'.split(' '),
);

/** Parts that frame the document (summary, contents, annexes, front and back matter): always level 1. */
function isFramePart(heading: ReturnType<typeof classifyHeading>): boolean {
  if (heading.annex) return true;
  if (heading.kinds.includes('executive-summary') || heading.kinds.includes('table-of-contents')) return true;
  return (
    heading.part &&
    /acronym|abbreviation|acknowledg|bibliograph|references|foreword|preface|disclaimer|glossary|sigles|acronymes|abreviation|remerciement|siglas|acronimos|abreviatura|agradecimiento|list of|liste des|lista de/i.test(
      foldForMatch(heading.title),
    )
  );
}
