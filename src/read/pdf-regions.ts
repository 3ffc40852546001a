import { type Fragment, fragmentText } from './pdf-model.js';

/** Two fragments of one line as one, a space between them. */
function joinFragments(left: Fragment, right: Fragment): Fragment {
  return {
    ...left,
    // The gap between them is one more place where a table may cut the line.
    parts: [...(left.parts ?? [left]), ...(right.parts ?? [right])],
    words: left.bold && right.bold ? [...(left.words ?? left.parts ?? [left]), ...(right.words ?? right.parts ?? [right])] : undefined,
    spans: [...left.spans, { text: ' ', bold: left.bold && right.bold, italic: left.italic && right.italic, sup: false }, ...right.spans],
    right: right.right,
    bold: left.bold && right.bold,
    italic: left.italic && right.italic,
    weight: Math.min(left.weight, right.weight),
    softHyphen: right.softHyphen,
  };
}

/**
 * Finds a page's regions in the order a reader takes them: columns of text, and tables whose
 * rows become lines with TAB-separated cells.
 *
 * Word and most PDF writers put a page's text in reading order: a table cell by cell, row by
 * row, a text box or a second column after the text it sits beside. So the fragments are first
 * cut into runs, in content order: a run goes on while each fragment sits below the previous
 * one in the same column; it ends where the text jumps up (the next cell of a table row, the
 * top of the next column, a text box) or sideways out of the column. Runs side by side that
 * share a vertical extent form a band: a table row, or columns. Bands are read from the top of
 * the page down (a title written last still comes first). Several bands whose runs line up in
 * the same columns are a table; a lone band is a table row when its runs are short (a label and
 * its value), else columns read one after the other.
 */

/** A region of a page: lines of one column, or a table. */
export type Region =
  | {
      kind: 'lines';
      lines: Fragment[];
      left: number;
      right: number;
      /** A side lead-in set beside the first paragraph (pairSideLeadIns): read first, as its opening. */
      leadIn?: Fragment[];
      /** One of columns set side by side: no wider than its lines (a title page's short lines may span the page). */
      inColumns?: boolean;
    }
  | { kind: 'table'; rows: TableRow[] };

/** A table row: its cells in column order, `null` for an empty column. */
export interface TableRow {
  cells: (Fragment[] | null)[];
}

interface Run {
  lines: Fragment[];
  /** Lines split off above a table row (splitRowAbove): the end of the row above, cut by a page break. */
  rowAbove?: boolean;
  /** A column of a layout under a title across the page (columnUnderTitle): no table cell. */
  underTitle?: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
  size: number;
}

/**
 * The regions of one page's fragments (content order in, reading order out). Lines of a table
 * that cross its columns' starts (cells of narrow columns set close together, read as one
 * fragment) are cut there and the page read again.
 */
export function toRegions(fragments: readonly Fragment[]): Region[] {
  const regions = regionsOf(fragments);
  const cut = cutAtTableColumns(fragments, regions);
  return cut === null ? regions : regionsOf(cut);
}

function regionsOf(fragments: readonly Fragment[]): Region[] {
  const bands = toBands(toRuns(fragments));
  // Top of the page first; a stable sort keeps the content order of bands at one height. A band
  // of columns is placed by its first (left) column: what stands above that column (a box, a
  // table, in the same column) is read before it, even when the next column starts higher.
  bands.sort((a, b) => b[0]!.top - a[0]!.top);
  const regions: Region[] = [];
  const tableBands = new Map<Region, Run[][]>();
  for (let index = 0; index < bands.length;) {
    const band = bands[index]!;
    // Lines split off above a table row belong to the table, as a row of their own.
    const above = band.length === 1 && band[0]!.rowAbove === true && (bands[index + 1]?.length ?? 0) >= 2 ? band : null;
    const start = above ? index + 1 : index;
    const first = bands[start]!;
    if (first.length >= 2 && !areProseColumns(first) && !first.some((run) => run.underTitle === true)) {
      const { rows, next } = collectTable(bands, start);
      if (rows.length >= 2 || first.every((run) => run.lines.length <= 4)) {
        let tableRows = above ? [above, ...rows] : rows;
        // Header rows just above, read as tables of their own (a heading spanning a group of
        // columns did not line up with the columns under it), whose cells start where the
        // columns of this table start: the table's first rows.
        for (let header = tableBands.get(regions.at(-1)!); header && isHeaderOf(header, tableRows); header = tableBands.get(regions.at(-1)!)) {
          regions.pop();
          tableRows = [...header, ...tableRows];
        }
        const table = toTable(tableRows);
        tableBands.set(table, tableRows);
        regions.push(table);
        index = next;
        continue;
      }
    }
    for (const run of band) regions.push({ kind: 'lines', lines: run.lines, left: run.left, right: run.right, inColumns: band.length > 1 });
    index += 1;
  }
  return pairSideLeadIns(regions);
}

/**
 * A lead-in set in a narrow column of its own beside the paragraph it opens (a conclusion
 * stated in larger or bold type in the margin, its explanation beside it) is read as that
 * paragraph's opening. Word puts such a text box before or after the paragraph, so the two
 * come in either order; they are told from a sidebar or a second column by the lead-in's
 * narrow width, its own style, and its height, within the paragraph's.
 */
function pairSideLeadIns(regions: Region[]): Region[] {
  const paired: Region[] = [];
  for (let index = 0; index < regions.length; index += 1) {
    const region = regions[index]!;
    const next = regions[index + 1];
    if (region.kind === 'lines' && next?.kind === 'lines') {
      const [side, text] = region.left < next.left ? [region, next] : [next, region];
      if (isSideLeadIn(side, text)) {
        paired.push({ ...text, leadIn: side.lines });
        index += 1;
        continue;
      }
    }
    paired.push(region);
  }
  return paired;
}

function isSideLeadIn(side: { lines: Fragment[]; left: number; right: number }, text: { lines: Fragment[]; left: number; right: number }): boolean {
  if (side.lines.length < 2 || text.lines.length < 2 || side.right >= text.left) return false;
  if (side.right - side.left >= (text.right - text.left) * 0.6) return false;
  const size = (lines: Fragment[]): number => lines.map((line) => line.size).sort((a, b) => a - b)[Math.floor(lines.length / 2)]!;
  const [sideSize, textSize] = [size(side.lines), size(text.lines)];
  const ownStyle = Math.abs(sideSize - textSize) >= textSize * 0.05 || (side.lines.every((line) => line.bold) && !text.lines.some((line) => line.bold));
  if (!ownStyle) return false;
  const top = (lines: Fragment[]): number => Math.max(...lines.map((line) => line.y + line.size * 0.7));
  const bottom = (lines: Fragment[]): number => Math.min(...lines.map((line) => line.y - line.size * 0.2));
  const slack = textSize * 1.5;
  return top(side.lines) <= top(text.lines) + slack && bottom(side.lines) >= bottom(text.lines) - slack;
}

function toRuns(fragments: readonly Fragment[]): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  fragments.forEach((fragment, index) => {
    const previous = run?.lines.at(-1);
    if (run && previous && Math.abs(previous.y - fragment.y) <= 2 && fragment.x > previous.right) {
      // A justified line of few words in a narrow column has gaps as wide as a column's: when
      // the line, put together, spans the column as the line above or the line below does, it
      // is one line. The line below counts for the first line of a cell ("Elaboración … del"
      // under a table's header) and after an indented opening line ("entregados … a").
      // A neighbouring line of the same paragraph: a line step away.
      const step = (line: Fragment | undefined): Fragment | undefined =>
        line && Math.abs(line.y - previous.y) > line.size * 0.8 && Math.abs(line.y - previous.y) < line.size * 2 ? line : undefined;
      const neighbours = [step(run.lines.at(-2)), step(fragments[index + 1])];
      if (neighbours.some((line) => line !== undefined && spansLine(line, previous, fragment))) {
        run.lines[run.lines.length - 1] = joinFragments(previous, fragment);
        return;
      }
    }
    if (run !== null && continuesRun(run, fragment)) {
      run.lines.push(fragment);
      run.left = Math.min(run.left, fragment.x);
      run.right = Math.max(run.right, fragment.right);
      run.bottom = Math.min(run.bottom, fragment.y - fragment.size * 0.2);
      run.top = Math.max(run.top, fragment.y + fragment.size * 0.7);
      return;
    }
    // A cell starting beside the last lines of the run: those lines are the row's first cell
    // (a header cell under a paragraph, its text centred a little lower), not the run's end.
    if (run && run.lines.length > 1) {
      const split = cellBeside(run, fragment);
      if (split.length > 0 && split.length < run.lines.length) {
        run.lines.splice(run.lines.length - split.length, split.length);
        recompute(run);
        runs.push(runOf(split));
      }
    }
    run = {
      lines: [fragment],
      left: fragment.x,
      right: fragment.right,
      top: fragment.y + fragment.size * 0.7,
      bottom: fragment.y - fragment.size * 0.2,
      size: fragment.size,
    };
    runs.push(run);
  });
  return runs;
}

/**
 * `line` (the line above or below) spans the column from where `first` starts to where `last`
 * ends: `first` and `last` are the two ends of one justified line.
 */
function spansLine(line: Fragment, first: Fragment, last: Fragment): boolean {
  return Math.abs(line.x - first.x) <= 2 && Math.abs(line.right - last.right) <= last.size;
}

/**
 * The run's last lines that sit left of `fragment` and at its height (within a few lines
 * below it): the first cell of the row that `fragment` goes on.
 */
function cellBeside(run: Run, fragment: Fragment): Fragment[] {
  // A run wholly left of the new cell is a cell itself, not a paragraph ending in one.
  if (run.right < fragment.x) return [];
  const beside: Fragment[] = [];
  for (let index = run.lines.length - 1; index >= 0; index -= 1) {
    const line = run.lines[index]!;
    if (line.right >= fragment.x || line.y > fragment.y + fragment.size || line.y < fragment.y - fragment.size * 4) break;
    beside.unshift(line);
  }
  return beside;
}

function runOf(lines: Fragment[]): Run {
  const run: Run = { lines, left: 0, right: 0, top: 0, bottom: 0, size: lines[0]!.size };
  recompute(run);
  return run;
}

function recompute(run: Run): void {
  run.left = Math.min(...run.lines.map((line) => line.x));
  run.right = Math.max(...run.lines.map((line) => line.right));
  run.top = Math.max(...run.lines.map((line) => line.y + line.size * 0.7));
  run.bottom = Math.min(...run.lines.map((line) => line.y - line.size * 0.2));
}

/** The fragment is the next line of the run: below its last line, in its column. */
function continuesRun(run: Run, fragment: Fragment): boolean {
  const last = run.lines.at(-1)!;
  if (last.y - fragment.y <= Math.min(last.size, fragment.size) * 0.3) return false;
  // Far below (a caption under a picture, a box at the foot of the page): another region.
  if (last.y - fragment.y > Math.max(last.size, fragment.size) * 6) return false;
  // A paragraph may start left of the run's indented first lines (a heading, a hanging
  // indent), by a few characters at most; further left is another column's cell.
  if (fragment.x < run.left - run.size * 3) return false;
  return fragment.x < run.right && fragment.right > run.left;
}

function toBands(runs: Run[]): Run[][] {
  const bands: Run[][] = [];
  for (const run of runs) {
    const band = bands.at(-1);
    const previous = band?.at(-1);
    if (band && previous && run.left >= previous.right - run.size * 0.5 && run.bottom < topOf(band) && run.top > bottomOf(band)) {
      band.push(run);
      continue;
    }
    const column = band?.length === 1 ? columnUnderTitle(band[0]!, run) : null;
    if (column) {
      bands.splice(-1, 1, [column.title], [column.lines, { ...run, underTitle: true }]);
    } else {
      bands.push([run]);
    }
  }
  return bands.flatMap(splitHeadingAbove).flatMap(splitRowAbove).flatMap(splitHeaderRow);
}

/**
 * A heading over a table or a table of contents, read with the first column's lines (it stands
 * at the column's left): its lines, above every other run of the band and in a larger size than
 * the run's lines under them, are a band of their own above, not part of the first cell.
 */
function splitHeadingAbove(band: Run[]): Run[][] {
  if (band.length < 2) return [band];
  for (let index = 0; index < band.length; index += 1) {
    const run = band[index]!;
    const top = Math.max(...band.filter((_, other) => other !== index).map((other) => other.top));
    const above = run.lines.findIndex((line) => line.y - line.size * 0.2 <= top);
    if (above <= 0) continue;
    const rest = run.lines.slice(above);
    const size = Math.max(...rest.map((line) => line.size));
    if (!run.lines.slice(0, above).every((line) => line.size >= size * 1.1)) continue;
    const split = band.slice();
    split[index] = runOf(rest);
    return [[runOf(run.lines.slice(0, above))], split];
  }
  return [band];
}

/**
 * A run that opens with lines across the page (a title over two columns) and goes on in the
 * first column, with `next` (the second column, starting lower) beside it: the title and the
 * first column apart, a band of two columns under the title. Else the column would take the
 * title's right edge for its own (its lines, far shorter, would all read as ending on purpose)
 * and the second column would not be read as beside it.
 */
function columnUnderTitle(run: Run, next: Run): { title: Run; lines: Run } | null {
  const beside = run.lines.findIndex((line) => line.y + line.size * 0.7 <= next.top + 2);
  if (beside <= 0) return null;
  const title = run.lines.slice(0, beside);
  const lines = run.lines.slice(beside);
  if (!title.some((line) => line.right > next.left) || lines.some((line) => line.right > next.left + next.size * 0.5)) return null;
  const column = runOf(lines);
  if (!(next.bottom < column.top && next.top > column.bottom)) return null;
  return { title: runOf(title), lines: { ...column, underTitle: true } };
}

/**
 * A header row set in bold whose last cell's run goes on, after a gap, in regular type: the
 * column's text of the next row (its first line, set under the header in the same column,
 * was read as the header cell's next line). The regular lines are a run of their own, below.
 */
function splitHeaderRow(band: Run[]): Run[][] {
  if (band.length < 2) return [band];
  // A line without a letter or digit ("/" between two header words) has no weight.
  const bold = (line: Fragment): boolean => line.bold || !/[\p{L}\p{N}]/u.test(fragmentText(line));
  const mixed = band.filter((run) => !run.lines.every(bold));
  if (mixed.length !== 1) return [band];
  const run = mixed[0]!;
  const head = run.lines.findIndex((line) => !bold(line));
  if (head === 0) return [band];
  const lastBold = run.lines[head - 1]!;
  const first = run.lines[head]!;
  // A gap wider than a line (a cell's padding and the rule between the rows).
  if (lastBold.y - first.y < Math.max(lastBold.size, first.size) * 1.6) return [band];
  // The other cells of the header end by then.
  if (band.some((other) => other !== run && other.bottom < first.y + first.size * 0.7)) return [band];
  const rest = band.slice();
  rest[rest.indexOf(run)] = runOf(run.lines.slice(0, head));
  return [rest, [runOf(run.lines.slice(head))]];
}

/**
 * A table row whose cells start at one height, but one cell (in content order, the first
 * column goes on from the row above when that row had nothing in the other columns) holds
 * lines above it: those lines are a row of their own, above this one.
 */
function splitRowAbove(band: Run[]): Run[][] {
  if (band.length < 3) return [band];
  const firsts = band.map((run) => run.lines[0]!.y);
  for (let index = 0; index < band.length; index += 1) {
    const others = firsts.filter((_, other) => other !== index);
    const top = Math.max(...others);
    // The other cells all start on one line: a row set top-aligned.
    if (others.some((y) => Math.abs(y - top) > 2) || others.length < 2) continue;
    const run = band[index]!;
    const above = run.lines.filter((line) => line.y > top + 2);
    if (above.length === 0 || above.length === run.lines.length) continue;
    if (
      isCentredCell(
        run,
        band.filter((_, other) => other !== index),
      )
    )
      continue;
    const rest = band.slice();
    rest[index] = runOf(run.lines.filter((line) => line.y <= top + 2));
    return [[{ ...runOf(above), rowAbove: true }], rest];
  }
  return [band];
}

/**
 * A cell set vertically centred in its row (a browser's default for a header cell or a cell
 * merged over rows): one paragraph at an even line step, reaching as far above the other
 * cells' first line as below their last ("Expected / Completion / Date" beside one-line header
 * cells). The end of a row cut by a page break stands apart from the next row's cell by the
 * row's padding, and the cell is read top-aligned with the others.
 */
function isCentredCell(run: Run, others: Run[]): boolean {
  const lines = run.lines;
  if (lines.length < 2) return false;
  const steps = lines.slice(1).map((line, index) => lines[index]!.y - line.y);
  // A line step of the cell's size: no gap between two paragraphs or two rows.
  const even = steps.every((step) => Math.abs(step - steps[0]!) <= 1 && step < run.size * 1.5);
  const othersTop = Math.max(...others.map((other) => other.lines[0]!.y));
  const othersBottom = Math.min(...others.map((other) => other.lines.at(-1)!.y));
  const linesAbove = lines.filter((line) => line.y > othersTop + 2).length;
  const linesBelow = lines.filter((line) => line.y < othersBottom - 2).length;
  // A centred cell of an odd number of lines more than the others' has as many above as below;
  // of an even number, one more below or above.
  return even && Math.abs(linesAbove - linesBelow) <= 1 && linesBelow > 0;
}

function topOf(band: Run[]): number {
  return Math.max(...band.map((run) => run.top));
}

function bottomOf(band: Run[]): number {
  return Math.min(...band.map((run) => run.bottom));
}

/** Runs side by side that all hold paragraphs of prose are a column layout, not a table row. */
function areProseColumns(band: Run[]): boolean {
  return band.every((run) => run.lines.length >= 5);
}

/**
 * The rows of a table starting at `bands[start]`: the next bands whose runs line up with its
 * columns, and the one-run bands between them (a row spanning the table).
 */
function collectTable(bands: Run[][], start: number): { rows: Run[][]; next: number } {
  const rows: Run[][] = [bands[start]!];
  const columns = bands[start]!.map((run) => ({ left: run.left, right: run.right }));
  let pending: Run[][] = [];
  let index = start + 1;
  // A line alone set larger than the cells (a heading between two tables) is no row.
  const cellSize = Math.min(...bands[start]!.map((run) => run.size));
  for (; index < bands.length; index += 1) {
    const band = bands[index]!;
    if (band.length === 1 && band[0]!.size >= cellSize * 1.12) break;
    // So is a bold line set at all larger (an h3 at 1.17 times the cells' 11 pt, rounded to 13 over 12).
    if (band.length === 1 && band[0]!.size > cellSize && band[0]!.lines.length <= 2 && band[0]!.lines.every((line) => line.bold)) break;
    // Columns of prose opening with a heading set larger than the cells (a two-column section
    // right under a key-facts table) are the page's next section, however they line up.
    if (areProseColumns(band) && band.some((run) => run.size >= cellSize * 1.12)) break;
    // (Rows of one-line cells are for linesUp below.)
    if ((band.length === 1 || band.some((run) => run.lines.length >= 3)) && fitsColumns(band, columns)) {
      // The table goes on: each run sits in a column of its own (a row whose cells are long
      // paragraphs, a cell's text going on after a page break under the repeated header). A cell
      // alone in its row belongs to the table right under the header, else if a row follows.
      if (band.length === 1 && rows.length > 1) {
        pending.push(band);
      } else {
        rows.push(...pending, band);
        pending = [];
      }
      widenColumns(band, columns);
      continue;
    }
    if (band.length === 1) {
      // A row spanning the table (a group label, centred or not: a line or two) lies within its
      // width; it belongs to the table only if another row of the table follows.
      const run = band[0]!;
      const left = Math.min(...columns.map((column) => column.left));
      const right = Math.max(...columns.map((column) => column.right));
      if (run.lines.length > 2 || run.left < left - run.size * 3 || run.right > right + run.size * 3) break;
      pending.push(band);
      continue;
    }
    if (areProseColumns(band) || !(linesUp(band, columns) || widensRow(rows, band))) break;
    rows.push(...pending, band);
    pending = [];
    for (const run of band) if (!columns.some((column) => overlaps(column, run))) columns.push({ left: run.left, right: run.right });
  }
  return { rows, next: index - pending.length };
}

/**
 * Every run of the band lies within one column of the table, each in another column: between
 * the text of the columns on either side (a header cell's text is often centred, narrower than
 * its column), the outer columns open outwards, but no run lies wholly beside the table. A lone run only in a column narrower than half
 * the table (a paragraph after the table spans it).
 */
function fitsColumns(band: Run[], columns: { left: number; right: number }[]): boolean {
  if (columns.length < 2) return false;
  const sorted = columns.slice().sort((a, b) => a.left - b.left);
  const used = new Set<number>();
  for (const run of band) {
    // Wholly beside the table (the next column of the page, beside a table in a box): not a cell.
    if (run.left > sorted.at(-1)!.right || run.right < sorted[0]!.left) return false;
    const fitting = sorted.filter((_, index) => run.left > (sorted[index - 1]?.right ?? -Infinity) && run.right < (sorted[index + 1]?.left ?? Infinity));
    // In the gap between two columns' texts, the run goes with the column nearer its middle.
    const middle = (run.left + run.right) / 2;
    const column = fitting.sort((a, b) => Math.abs((a.left + a.right) / 2 - middle) - Math.abs((b.left + b.right) / 2 - middle))[0];
    if (!column || used.has(sorted.indexOf(column))) return false;
    used.add(sorted.indexOf(column));
  }
  if (band.length === 1) {
    const width = sorted.at(-1)!.right - sorted[0]!.left;
    return band[0]!.right - band[0]!.left < width * 0.5;
  }
  return true;
}

/** Columns as wide as the cells found in them. */
function widenColumns(band: Run[], columns: { left: number; right: number }[]): void {
  for (const run of band) {
    const column = columns.find((candidate) => overlaps(candidate, run));
    if (!column) continue;
    column.left = Math.min(column.left, run.left);
    column.right = Math.max(column.right, run.right);
  }
}

/**
 * A table's first row had cells in only some of its columns (the end of a row cut by a page
 * break, at the top of the next page), and the next band has each of them in a column of its own:
 * the rest of the table.
 */
function widensRow(rows: Run[][], band: Run[]): boolean {
  if (rows.length !== 1 || band.length <= rows[0]!.length) return false;
  const used = new Set<Run>();
  return rows[0]!.every((cell) => {
    const column = band.find((run) => !used.has(run) && overlaps(run, cell));
    if (column) used.add(column);
    return column !== undefined;
  });
}

/** Most of the band's runs sit in the table's columns (cells centred or not, so by overlap). */
function linesUp(band: Run[], columns: { left: number; right: number }[]): boolean {
  const matching = band.filter((run) => columns.some((column) => overlaps(column, run))).length;
  return matching >= 2 && matching * 2 >= band.length;
}

/** The run covers a good part of the column, or the column of the run. */
function overlaps(column: { left: number; right: number }, run: Run): boolean {
  const shared = Math.min(column.right, run.right) - Math.max(column.left, run.left);
  return shared > 0 && shared >= 0.4 * Math.min(column.right - column.left, run.right - run.left);
}

/** One or two rows, each of cells that start where columns of the table start. */
function isHeaderOf(header: Run[][], table: Run[][]): boolean {
  if (header.length > 2 || table.length < 2) return false;
  const columns = tableColumns(table);
  return header.every((band) => band.length >= 2 && band.every((run) => columns.some((column) => Math.abs(column.left - run.left) <= 2)));
}

/**
 * A table's columns: x-intervals where cells of several rows overlap, taken from the rows with
 * the most cells (a header cell spanning two columns must not merge them).
 */
function tableColumns(bands: Run[][]): { left: number; right: number }[] {
  const widest = Math.max(...bands.map((band) => band.length));
  const intervals = bands
    .filter((band) => band.length === widest)
    .flat()
    .map((run) => ({ left: run.left, right: run.right }))
    .sort((a, b) => a.left - b.left);
  const columns: { left: number; right: number }[] = [];
  for (const interval of intervals) {
    const last = columns.at(-1);
    if (last && interval.left < last.right - 2) last.right = Math.max(last.right, interval.right);
    else columns.push({ ...interval });
  }
  return columns;
}

/**
 * Rows with their cells placed in columns: a cell goes to the column it starts in (or its
 * middle falls in), and a row leaves empty the columns it has no cell in, so the TAB-separated
 * cells stay aligned.
 */
function toTable(bands: Run[][]): Region {
  const columns = tableColumns(bands);
  const rows: TableRow[] = bands.map((band) => {
    // A run across the table (a group label) is a row of one cell; a run within one column is
    // that column's cell, the others empty.
    if (band.length === 1 && !fitsColumns(band, columns)) return { cells: [band[0]!.lines] };
    const cells: (Fragment[] | null)[] = columns.map(() => null);
    for (const run of band) {
      // The column the cell starts in; for a centred cell not quite under a column's start, the
      // one its middle falls in.
      const middle = (run.left + run.right) / 2;
      let column = columns.findIndex((candidate) => run.left + 2 >= candidate.left && run.left + 2 <= candidate.right);
      if (column < 0) column = columns.findIndex((candidate) => middle >= candidate.left && middle <= candidate.right);
      if (column < 0) column = nearestColumn(columns, middle);
      cells[column] = [...(cells[column] ?? []), ...run.lines];
    }
    // Trailing empty columns carry nothing.
    while (cells.length > 1 && cells.at(-1) === null) cells.pop();
    return { cells };
  });
  return { kind: 'table', rows };
}

// A list item's number or bullet alone: "1", "4.2", "b)", "IV.", "•".
const LIST_MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Za-z][.)]|[IVXivx]{1,5}[.)]|[•·▪‣◦–-])$/u;

/**
 * The page's fragments with the lines of its tables cut where a column starts, or null when
 * none is. Narrow columns with little padding (a "No." or "Priority" column, a filled header)
 * leave a gap between two cells no wider than a wide word space, so a row's cells came as one
 * fragment ("No. Recommendation", "High By December"). A column starts at x when, in two rows
 * or more, a line or a part of a line (after such a gap) starts at x; when no cell of a row of
 * several cells holds text across x (more of its lines crossing x than starting there); and when
 * a part cut there follows more than a list number (a numbered paragraph in a cell, its text
 * hanging at x, has no column of numbers). A bold first row may be cut at a gap holding x: its
 * cells may be centred over their columns.
 */
function cutAtTableColumns(fragments: readonly Fragment[], regions: readonly Region[]): Fragment[] | null {
  // Tables read one after the other are weighed together: a header whose cells ran together
  // may not have lined up with the body's columns, and came out as a table of its own.
  const groups: TableRow[][] = [];
  // A table's first row, when set in bold: a header, whose cells may be centred over their columns.
  const headers = new Set<Fragment>();
  regions.forEach((region, index) => {
    if (region.kind !== 'table') return;
    const first = region.rows[0]!.cells.flatMap((cell) => cell ?? []);
    if (first.every((line) => line.bold)) for (const line of first) headers.add(line);
    if (regions[index - 1]?.kind === 'table') groups.at(-1)!.push(...region.rows);
    else groups.push([...region.rows]);
  });
  const cuts = new Map<Fragment, Fragment[]>();
  for (const rows of groups) {
    const lines = rows.flatMap((row) => row.cells.flatMap((cell) => cell ?? []));
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= 2;
    // Where a line may be cut: after its gaps; in a header, after any word (a browser sets
    // header cells a word space apart when one fills its cell).
    const piecesOf = (line: Fragment): Fragment[] => (headers.has(line) ? line.words : undefined) ?? line.parts ?? [];
    // The piece of the line that starts at x, after a gap, or -1. In a header, the piece after a
    // gap holding x: a header cell centred over its column starts a little right of it.
    const gapAt = (line: Fragment, x: number): number =>
      piecesOf(line).findIndex(
        (part, index) => index > 0 && (near(part.x, x) || (headers.has(line) && piecesOf(line)[index - 1]!.right + 1 < x && x <= part.x)),
      );
    const startsAt = (line: Fragment, x: number): boolean => near(line.x, x) || gapAt(line, x) > 0;
    const crosses = (line: Fragment, x: number): boolean => line.x < x - 2 && line.right > x + 2 && gapAt(line, x) < 0;
    // A cell holds text across x: more of its lines cross x than start there (a justified
    // paragraph's wide word space may fall where a column starts, once).
    const across = (cell: Fragment[] | null, x: number): boolean =>
      cell !== null && cell.filter((line) => crosses(line, x)).length > cell.filter((line) => startsAt(line, x)).length;
    const candidates = new Set(lines.flatMap((line) => [line, ...(line.parts ?? []).slice(1)].map((part) => Math.round(part.x))));
    const columnStarts = [...candidates].filter(
      (x) =>
        // Not only list numbers before it: a numbered paragraph in a cell, its text hanging
        // at x ("I.  Justificación…" under "Módulo"), has no column of numbers.
        lines.some((line) => gapAt(line, x) > 0 && !LIST_MARKER.test(fragmentText(piecesOf(line)[gapAt(line, x) - 1]!))) &&
        rows.filter((row) => row.cells.some((cell) => cell?.some((line) => startsAt(line, x)))).length >= 2 &&
        rows.every((row) => row.cells.filter((cell) => cell !== null).length < 2 || !row.cells.some((cell) => across(cell, x))),
    );
    if (columnStarts.length === 0) continue;
    for (const line of lines) {
      const cutBefore = new Set(columnStarts.map((x) => gapAt(line, x)));
      const pieces: Fragment[] = [];
      piecesOf(line).forEach((part, index) => {
        const previous = pieces.at(-1);
        if (previous && !cutBefore.has(index)) pieces[pieces.length - 1] = joinFragments(previous, part);
        else pieces.push(part);
      });
      if (pieces.length > 1)
        cuts.set(
          line,
          pieces.map(({ parts: _, words: __, ...piece }) => piece),
        );
    }
  }
  return cuts.size === 0 ? null : fragments.flatMap((fragment) => cuts.get(fragment) ?? [fragment]);
}

function nearestColumn(columns: { left: number; right: number }[], x: number): number {
  let best = 0;
  columns.forEach((column, index) => {
    const distance = Math.min(Math.abs(column.left - x), Math.abs(column.right - x));
    const bestDistance = Math.min(Math.abs(columns[best]!.left - x), Math.abs(columns[best]!.right - x));
    if (distance < bestDistance) best = index;
  });
  return best;
}
