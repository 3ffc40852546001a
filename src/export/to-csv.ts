/**
 * CSV as RFC 4180 says (comma, CRLF, fields quoted when they hold a comma, quote or line
 * break, quotes doubled). A cell that a spreadsheet would read as a formula (starting with
 * = + - @ or a tab/CR) gets a leading apostrophe: exported text comes from documents we did
 * not write, and OWASP's "CSV injection" advice is to neutralise it.
 */

/** One cell's value; lists are joined with "; ". */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as written in the file. */
export function toCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (typeof value === 'string' || Array.isArray(value)) {
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: a header line, then one line per row, each ending with CRLF. */
export function toCsv<Row>(columns: ReadonlyArray<{ header: string; value: (row: Row) => CsvValue }>, rows: readonly Row[]): string {
  const lines = [columns.map((column) => toCsvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => toCsvCell(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
