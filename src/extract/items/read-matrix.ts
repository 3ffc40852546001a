/**
 * Tables of recommendations: management-response matrices (Recommendation | Response | Action
 * plan | Deliverables | Expected completion date | Accountability | Status), recommendation tables
 * (Recommended actions | Responsible | Anticipated timeframe) and strengths/weaknesses tables with
 * a recommendations column (Apartado | Fortaleza y oportunidad / Debilidad o amenaza | Referencia |
 * Recomendaciones). The header row names the columns; each later row is one item, and a row whose
 * item cell is empty continues the item above (merged cells, a row split by a page break, an
 * action plan spanning several rows).
 */
import type { InsightKind } from '../../model/records.js';
import type { OutlineBlock } from '../outline/outline-block.js';
import { type PartField, namesChallenges, parseDecision, partField } from './item-labels.js';

export interface MatrixItem {
  kind: InsightKind;
  /** The item's text (the recommendation, finding or lesson cell). */
  text: string;
  /** [start, end) of the item's rows in the text. */
  start: number;
  end: number;
  /** The other cells, by the part their column names; several rows' values joined by " / ". */
  parts: Partial<Record<PartField, string>>;
  /** The first row of the item (its block index in the outline). */
  row: number;
}

export interface Matrix {
  /** The header row's block index. */
  header: number;
  /** The column parts, by cell index. */
  columns: ReadonlyArray<PartField | null>;
  items: MatrixItem[];
}

/** Item columns and the kind of insight they hold. */
const ITEM_COLUMNS: Partial<Record<PartField, InsightKind>> = { recommendation: 'RECOMMENDATION', lesson: 'LESSON_LEARNED', practice: 'GOOD_PRACTICE' };

/**
 * The columns a row names when it is a matrix header: at least one item column (recommendation,
 * lesson) and one other named column, or a finding column next to a recommendation column, or an
 * item column first of two.
 */
export function headerColumns(row: OutlineBlock): Array<PartField | null> | null {
  if (row.kind !== 'table-row' || !row.cells) return null;
  const columns = row.cells.map((cell) => {
    const title = withoutAllowedAnswers(withoutNumberColumn(cell));
    return title.length <= 80 ? partField(title) : null;
  });
  const named = columns.filter((column): column is PartField => column !== null);
  const hasItem = named.some((column) => ITEM_COLUMNS[column] !== undefined);
  // "Lección | Evidencia", « Enseignement | Éléments de preuve »: two columns, the items first, beside what supports them.
  const first = columns[0] ?? null;
  const itemThenNote = columns.length === 2 && first !== null && ITEM_COLUMNS[first] !== undefined && columns[1] === null;
  if (!hasItem || (named.length < 2 && !itemThenNote)) return null;
  return columns;
}

/** The kind of the items a matrix header's item column holds ("Lessons Learned" in "Challenges | Lessons Learned"), or null. */
export function matrixItemKind(row: OutlineBlock): InsightKind | null {
  const item = headerColumns(row)?.find((column) => column !== null && ITEM_COLUMNS[column] !== undefined);
  return item ? ITEM_COLUMNS[item]! : null;
}

/**
 * The items a row states in its other item columns ("Area | What went well | What could be improved | Recommendations":
 * the row's good practice, and its recommendation beside it), each with its kind.
 */
export function siblingItems(item: MatrixItem): Array<{ kind: InsightKind; text: string }> {
  return (Object.entries(item.parts) as Array<[PartField, string]>)
    .filter(([field]) => ITEM_COLUMNS[field] !== undefined && ITEM_COLUMNS[field] !== item.kind)
    .map(([field, text]) => ({ kind: ITEM_COLUMNS[field]!, text }));
}

/** The matrix's finding column names what went wrong ("Challenges | Lessons Learned"): its cells are findings of their own. */
export function statesChallenges(header: OutlineBlock, columns: ReadonlyArray<PartField | null>): boolean {
  return (header.cells ?? []).some((cell, at) => columns[at] === 'finding' && namesChallenges(cell));
}

/**
 * A header cell without the title of a narrow number column that a PDF's layout merged into it ("# Recommendation",
 * "No. Recommendation", « N° Recommandation »).
 */
const NUMBER_COLUMN = /^(?:#|no\.|n[°º]\.?|nr\.?)\s+(?=\p{L})/iu;

function withoutNumberColumn(cell: string): string {
  return cell.replace(NUMBER_COLUMN, '');
}

/**
 * The answers a response column allows and the instructions after them, written into its title with no brackets
 * (WFP's template: "Management response Accepted, partially accepted or not accepted and COMMENT on the
 * Recommendation, providing clear reasoning …"): the column's title is the name before them.
 */
const ALLOWED_ANSWERS =
  /\s+(?:accepted|agreed?|accept[ée]e?s?|acord(?:ad[ao]|ó)|aceptad[ao]s?)\s*[,/]\s*(?:partially|partly|partiellement|parcialmente)\b[\s\S]*$/iu;

function withoutAllowedAnswers(cell: string): string {
  return cell.replace(ALLOWED_ANSWERS, '');
}

/** The parts an action plan's columns name (its rows qualify the recommendation above it). */
const ACTION_COLUMNS: ReadonlySet<PartField> = new Set<PartField>(['keyActions', 'who', 'when', 'status', 'deliverables', 'response', 'decision', 'resources']);

/**
 * The columns of an action-plan header row (Key action(s) | Time frame | Responsible unit(s) | Status,
 * "Acción(es) clave | Plazo | Unidad responsable"): at least two action parts, one of them key actions,
 * and no item column. Null otherwise.
 */
export function actionColumns(row: OutlineBlock): Array<PartField | null> | null {
  if (row.kind !== 'table-row' || !row.cells) return null;
  const columns = row.cells.map((cell) => (cell.length <= 80 ? partField(cell) : null));
  if (columns.some((column) => column !== null && ITEM_COLUMNS[column] !== undefined)) return null;
  // "| Responsible | Deadline | Status" (a registry's table copied as text, the action column's title an empty cell):
  // the unnamed first column holds the actions.
  if (!columns.includes('keyActions') && row.cells[0]?.trim() === '' && columns.filter((column) => column !== null && ACTION_COLUMNS.has(column)).length >= 2)
    columns[0] = 'keyActions';
  const named = columns.filter((column): column is PartField => column !== null && ACTION_COLUMNS.has(column));
  if (named.length < 2 || !named.includes('keyActions')) return null;
  return columns.map((column) => (column !== null && ACTION_COLUMNS.has(column) ? column : null));
}

/**
 * Reads a matrix from consecutive table rows, the first being its header. `rows` are outline
 * block indices. A repeated header (the table continues on the next page) is skipped.
 */
export function readMatrix(blocks: readonly OutlineBlock[], rows: readonly number[], continued: ReadonlyArray<PartField | null> | null = null): Matrix | null {
  const headerIndex = rows[0];
  if (headerIndex === undefined) return null;
  // A table that goes on after a page break without its header row takes the columns of the one before.
  const named = continued ?? headerColumns(blocks[headerIndex]!);
  if (!named) return null;
  if (continued) rows = [-1, ...rows];
  // "Respuesta" over "Aceptada | Parcialmente aceptada | No aceptada": a mark in one of these columns is the decision.
  const ticks = continued ? null : decisionColumns(blocks[rows[1] ?? -1], named);
  if (ticks) rows = [rows[0]!, ...rows.slice(2)];
  const columns = ticks ? named.map((column, at) => (ticks.has(at) ? null : column)) : named;
  // The recommendations when a row states several items: the other columns (responsible, time frame) qualify them.
  const recommendations = columns.indexOf('recommendation');
  const itemColumn = recommendations >= 0 ? recommendations : columns.findIndex((column) => column !== null && ITEM_COLUMNS[column] !== undefined);
  const kind = ITEM_COLUMNS[columns[itemColumn]!]!;
  const headerCells = continued ? [] : blocks[headerIndex]!.cells!;
  // Under "# Recommendation", each item cell opens with its number ("1 Set up a risk-sharing facility …").
  const numbered = NUMBER_COLUMN.test(headerCells[itemColumn] ?? '');
  // A row that opens an entry has text in one of these: the item, the finding it answers, the area it belongs to.
  const keyColumns = columns
    .map((column, index) => (column === 'finding' || column === 'area' || index === itemColumn ? index : -1))
    .filter((index) => index >= 0);
  // A column of the items' numbers ("No.", "#", "N°") beside the item's own.
  const numberColumn = headerCells.findIndex((cell, at) => at !== itemColumn && /^(?:no\.?|n[°º]\.?|#|nr\.?|num[ée]ro|n[uú]mero|number)$/i.test(cell.trim()));
  const items: MatrixItem[] = [];
  for (const index of rows.slice(1)) {
    const row = blocks[index]!;
    const cells = row.cells ?? [];
    // The header printed again on the next page (sometimes with stray words after it).
    if (headerCells.length > 0 && headerCells.filter((cell, at) => cell && cells[at] && cells[at].startsWith(cell)).length >= Math.min(3, headerCells.length))
      continue;
    // Rows are often shorter than the header (merged cells): align from the left; a row of one cell
    // under a wider header is a group label ("Fortaleza y Oportunidad").
    const filled = cells.filter(Boolean);
    if (filled.length === 1 && columns.length > 2 && cells.length < columns.length && filled[0]!.length < 60) continue;
    const itemText = (numbered ? (cells[itemColumn] ?? '').replace(/^\d{1,2}[.)]?\s+(?=\S)/, '') : (cells[itemColumn] ?? '')).trim();
    const current = items[items.length - 1];
    // A row cut by a page break goes on without its number, with nothing but the item's text: the numbered row's.
    const carried =
      current !== undefined &&
      numberColumn >= 0 &&
      !(cells[numberColumn] ?? '').trim() &&
      (blocks[current.row]?.cells?.[numberColumn] ?? '').trim() !== '' &&
      cells.every((cell, at) => at === itemColumn || !cell.trim());
    const opens =
      !carried &&
      keyColumns.some((at) => {
        const cell = (cells[at] ?? '').trim();
        return cell !== '' && cell !== '-' && !(current && isContinuation(cell));
      });
    if (!opens) {
      if (!current) continue;
      if (itemText && itemText !== '-') current.text = `${current.text} ${itemText}`;
      addParts(current, columns, cells, itemColumn);
      current.end = row.end;
      continue;
    }
    const item: MatrixItem = { kind, text: itemText === '-' ? '' : itemText, start: row.start, end: row.end, parts: {}, row: index };
    addParts(item, columns, cells, itemColumn);
    for (const [at, decision] of ticks ?? []) if (TICK.test((cells[at] ?? '').trim())) item.parts.decision ??= decision;
    items.push(item);
  }
  return { header: headerIndex, columns, items };
}

/** A mark ticking a column: "X", "✓", "Yes", « Oui », "Sí". */
const TICK = /^(?:x|✓|✔|☑|☒|■|●|•|yes|oui|s[ií])$/iu;

/**
 * The decision columns of a header's second row ("Accepted | Partially accepted | Rejected", « Acceptée | Partiellement
 * acceptée | Non acceptée », "Aceptada | Parcialmente aceptada | No aceptada"), by cell index; null when the row is
 * not one (two such cells at least, and nothing else).
 */
function decisionColumns(row: OutlineBlock | undefined, header: ReadonlyArray<PartField | null>): Map<number, string> | null {
  if (!row || row.kind !== 'table-row' || !row.cells) return null;
  const ticks = new Map<number, string>();
  for (const [at, cell] of row.cells.entries()) {
    const value = cell.trim();
    if (!value) continue;
    // Under the header's response (or an unnamed) column only: a PDF that merged two headings into the item's column
    // ("Aceptada Parcialmente aceptada" under "Recomendación") has shifted them.
    const under = header[at] ?? null;
    if (value.length > 40 || parseDecision(value) === null || (under !== null && under !== 'response' && under !== 'decision')) return null;
    ticks.set(at, value);
  }
  return ticks.size >= 2 ? ticks : null;
}

/** A cell that holds nothing but a dash or "n/a" (a response with no deadline, a rejected recommendation's actions). */
function isEmptyCell(value: string): boolean {
  return /^(?:[-–—‒]+|n\/?a|s\/?o|n\.?d\.?)$/i.test(value.trim());
}

/** A cell that goes on with the item above: it starts in lower case (a sentence cut by a page break). */
function isContinuation(text: string): boolean {
  return /^[a-zà-ÿ]/.test(text);
}

function addParts(item: MatrixItem, columns: ReadonlyArray<PartField | null>, cells: readonly string[], itemColumn: number): void {
  cells.forEach((cell, index) => {
    const column = columns[index];
    const value = cell.trim();
    if (index === itemColumn || !column || !value || isEmptyCell(value)) return;
    const previous = item.parts[column];
    if (previous === value) return;
    item.parts[column] = previous ? `${previous}${column === 'finding' && isContinuation(value) ? ' ' : ' / '}${value}` : value;
  });
}
