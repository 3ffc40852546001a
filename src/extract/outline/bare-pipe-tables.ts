/**
 * Pipe tables without their outer pipes, as HTML-to-Markdown converters write a page's tables (html2text, and the text
 * copies of web pages made with it):
 *
 *     Evaluation Recommendation | Management Response | Action Plan | Lead & Target Date |
 *     ---|---|---|---|
 *     2) Develop guidelines for … | Agree | PPB will develop … | PPB September 2012 |
 *     1) Support consultation activities by:      (a row whose cells hold line breaks goes on
 *     |                                            over several lines, its pipes among them)
 *     Agree | Policy and Programs Branch will …
 *     |
 *     PPB March 2012 |
 *
 * The Markdown reading needs a row to open and close with a pipe: these tables were read as running text, every row a
 * paragraph. A header line over a delimiter row ("---|---|") opens such a table; each row then runs over the lines that
 * hold as many pipes as the header, up to a blank line.
 */
import type { TextLine } from '../../text/lines.js';

/** A row of a bare pipe table: its lines [first, end) and its cells; no cells for the delimiter row. */
export interface BarePipeRow {
  first: number;
  end: number;
  cells: Array<{ cell: string; range: [number, number] }>;
}

/** The delimiter row under the header: dashes between pipes, with or without the outer ones. */
const DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** The most lines one row's cells may wrap over. */
const ROW_LINES = 12;

/** Unescaped pipes in a line. */
function pipesIn(text: string): number {
  return (text.match(/(?<!\\)\|/g) ?? []).length;
}

/**
 * The rows of every bare pipe table in the lines [0, limit), keyed by each row's first line (the header's, the delimiter's
 * and every body row's). A table whose header opens with a pipe is a Markdown table the outline reads already.
 */
export function findBarePipeRows(lines: readonly TextLine[], limit: number): Map<number, BarePipeRow> {
  const rows = new Map<number, BarePipeRow>();
  for (let index = 0; index + 1 < limit; index += 1) {
    const header = lines[index]!.text;
    if (/^\s*\|/.test(header) || pipesIn(header) === 0 || !DELIMITER.test(lines[index + 1]!.text)) continue;
    const width = pipesIn(header);
    rows.set(index, { first: index, end: index + 1, cells: cellsOf(lines.slice(index, index + 1)) });
    rows.set(index + 1, { first: index + 1, end: index + 2, cells: [] });
    let at = index + 2;
    while (at < limit && lines[at]!.text.trim() !== '' && !/^\s*#{1,6}\s/.test(lines[at]!.text)) {
      let end = at;
      let pipes = 0;
      while (end < limit && end - at < ROW_LINES && lines[end]!.text.trim() !== '' && pipes < width) pipes += pipesIn(lines[end++]!.text);
      if (pipes < width && end - at >= ROW_LINES) break;
      rows.set(at, { first: at, end, cells: cellsOf(lines.slice(at, end)) });
      at = end;
    }
    index = at - 1;
  }
  return rows;
}

/** The cells of a row over its lines: cut at the pipes, a cell's lines joined; the empty cell after a closing pipe dropped. */
function cellsOf(lines: readonly TextLine[]): Array<{ cell: string; range: [number, number] }> {
  const cells: Array<{ cell: string; range: [number, number] }> = [];
  const open: { words: string[]; range: [number, number] } = { words: [], range: [lines[0]!.start, lines[0]!.start] };
  const closeCell = (at: number): void => {
    cells.push({ cell: open.words.join(' '), range: open.range });
    open.words = [];
    open.range = [at, at];
  };
  for (const line of lines) {
    for (const piece of line.text.matchAll(/(?:\\\||[^|])+|\|/g)) {
      const at = line.start + piece.index;
      if (piece[0] === '|') {
        closeCell(at + 1);
        continue;
      }
      const text = piece[0].trim();
      if (!text) continue;
      const start = at + piece[0].indexOf(text);
      if (open.words.length === 0) open.range = [start, start];
      open.words.push(text.replace(/\\\|/g, '|'));
      open.range = [open.range[0], start + text.length];
    }
  }
  if (open.words.length > 0) closeCell(open.range[1]);
  while (cells.length > 0 && cells[cells.length - 1]!.cell === '') cells.pop();
  return cells;
}
