/**
 * Tables a text dump flattened to one cell per line. A PDF-to-text converter that does not keep the layout writes a
 * table's cells one after the other, each on its own line ("#" / "Recommendation" / "Responsible" / "Timeframe" / "1" /
 * "Include buyers in the design …" / "USAID/Honduras" / "Next activity design" / "2" / …): read as running text, the
 * column titles became headlines and the cells were glued into the items. Only a table that can be read back without
 * guessing is rebuilt: a header of column titles the items' tables use, a number column that opens every row with the
 * next number, and rows whose cells fall into place (only the item's cell may run over several lines, and it ends with
 * its sentence).
 */
import type { TextLine } from '../../text/lines.js';
import { partField } from '../items/item-labels.js';

/** A rebuilt table: its lines [first, end) in the dump, its header's lines (one per column) and its rows, each row its cells' lines. */
export interface FlatTable {
  first: number;
  end: number;
  header: TextLine[];
  rows: TextLine[][][];
}

/** The title of an items' number column. */
const NUMBER_TITLE = /^(?:#|no\.?|n[°º]\.?|nr\.?|num(?:ber|[ée]ro)|n[uú]mero)$/i;
/** A row's number alone on its line ("1", "2.", "3)"). */
const ROW_NUMBER = /^(\d{1,2})[.)]?$/;
/** A line that ends a sentence: the end of an item's cell. */
const SENTENCE_END = /[.!?;:]["'”’)]?$/;
/** Columns whose cell states the item itself. */
const ITEM_FIELDS = new Set(['recommendation', 'lesson', 'practice', 'finding']);
/** The longest column title a header line holds. */
const TITLE_CHARS = 60;

/**
 * Every flattened table of the lines [0, limit), in order. A row's number alone on its line belongs to the table even
 * where it looked like a page number.
 */
export function findFlatTables(lines: readonly TextLine[], limit: number): FlatTable[] {
  const tables: FlatTable[] = [];
  for (let index = 0; index < limit; index += 1) {
    const table = flatTableAt(lines, index, limit);
    if (!table) continue;
    tables.push(table);
    index = table.end - 1;
  }
  return tables;
}

function flatTableAt(lines: readonly TextLine[], first: number, limit: number): FlatTable | null {
  const text = (at: number): string => (at < limit ? lines[at]!.text.trim() : '');
  if (!NUMBER_TITLE.test(text(first))) return numberedCellTableAt(lines, first, limit);
  // The column titles, one per line, up to the first row's number.
  const titles: string[] = [];
  let at = first + 1;
  while (at < limit && text(at) !== '' && !ROW_NUMBER.test(text(at)) && text(at).length <= TITLE_CHARS) titles.push(text(at++));
  if (titles.length < 2 || ROW_NUMBER.exec(text(at))?.[1] !== '1') return null;
  const fields = titles.map((title) => partField(title));
  if (fields.some((field) => field === null)) return null;
  const itemColumn = fields.findIndex((field) => field !== null && ITEM_FIELDS.has(field));
  if (itemColumn < 0) return null;
  const rows: TextLine[][][] = [];
  let expected = 1;
  while (ROW_NUMBER.exec(text(at))?.[1] === String(expected)) {
    const row = readRow(lines, at + 1, limit, fields, itemColumn);
    if (!row) break;
    rows.push([[lines[at]!], ...row.cells]);
    at = row.end;
    expected += 1;
  }
  return rows.length >= 2 ? { first, end: at, header: lines.slice(first, first + 1 + titles.length), rows } : null;
}

/** An item's number at the start of its cell: "1. The country office should …", "2.UNICEF should …", "3) …". */
const CELL_NUMBER = /^(\d{1,2})(?:[.)]\s*|\s+)(?=\p{Lu})/u;

/**
 * A table with no number column whose first column states the items, each numbered in its cell (UNICEF's, UNFPA's,
 * UNHCR's management responses, UNDP's ERC: "Recommendation" / "Management response" / "Key actions" / "Responsible
 * unit" / "Timeframe" / "Status" / "1. The country office should …" / "Accepted. …" / …). Three column titles at
 * least, and two rows or more numbered 1, 2 … in order, each falling into place as under a number column.
 */
function numberedCellTableAt(lines: readonly TextLine[], first: number, limit: number): FlatTable | null {
  const text = (at: number): string => (at < limit ? lines[at]!.text.trim() : '');
  const titles: string[] = [];
  let at = first;
  while (at < limit && text(at) !== '' && !CELL_NUMBER.test(text(at)) && text(at).length <= TITLE_CHARS) titles.push(text(at++));
  if (titles.length < 3 || CELL_NUMBER.exec(text(at))?.[1] !== '1') return null;
  const fields = titles.map((title) => partField(title));
  if (fields.some((field) => field === null) || !ITEM_FIELDS.has(fields[0]!)) return null;
  const rows: TextLine[][][] = [];
  let expected = 1;
  while (CELL_NUMBER.exec(text(at))?.[1] === String(expected)) {
    const row = readRow(lines, at, limit, fields, 0);
    if (!row) break;
    rows.push(row.cells);
    at = row.end;
    expected += 1;
  }
  return rows.length >= 2 ? { first, end: at, header: lines.slice(first, first + titles.length), rows } : null;
}

/** Columns of names, dates or a status: a sentence there means the cells are not where the header says. */
const NAME_FIELDS = new Set(['who', 'when', 'status', 'priority']);

/**
 * A row's cells after its number: one line per cell but the item's, which runs to the line that ends its sentence.
 * Null when the lines do not fall into place.
 */
function readRow(
  lines: readonly TextLine[],
  from: number,
  limit: number,
  fields: ReadonlyArray<string | null>,
  itemColumn: number,
): { cells: TextLine[][]; end: number } | null {
  const cells: TextLine[][] = [];
  let at = from;
  for (let column = 0; column < fields.length; column += 1) {
    const line = at < limit ? lines[at]! : null;
    if (!line || line.text.trim() === '' || ROW_NUMBER.test(line.text.trim())) return null;
    const cell = [line];
    at += 1;
    if (column === itemColumn) {
      while (
        !SENTENCE_END.test(cell[cell.length - 1]!.text.trim()) &&
        at < limit &&
        lines[at]!.text.trim() !== '' &&
        !ROW_NUMBER.test(lines[at]!.text.trim())
      ) {
        cell.push(lines[at]!);
        at += 1;
      }
      if (!SENTENCE_END.test(cell[cell.length - 1]!.text.trim())) return null;
    } else if (NAME_FIELDS.has(fields[column] ?? '') && SENTENCE_END.test(line.text.trim()) && line.text.trim().split(/\s+/).length > 8) {
      // A sentence in a column of names or dates: the cells are not where the header says.
      return null;
    }
    cells.push(cell);
  }
  return { cells, end: at };
}
