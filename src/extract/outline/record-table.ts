/**
 * A registry's record copied from a web page as text (UNDP's Evaluation Resource Centre, FAO's, UNFPA's and
 * UNICEF's management-response trackers): "1. Recommendation: …", "Management Response: [Added: …]", the
 * response, "Key Actions:", then a table whose cells the copy put one after the other:
 *
 *     Key Action Responsible DueDate Status Comments Documents
 *     Des responsables du PNUD sont venus …        (the action, over one line or more)
 *     [Added: 2011/10/27]                           (the registry's stamp)
 *     PNUD 2009/11 Completed                        (who, the due date, the status, a comment)
 *
 * The header is a line made only of column names; each row ends on its line with a due date. Read as rows, the
 * table gives the recommendation its key actions, who, due date and status (read-matrix.ts, section-items.ts).
 */
import type { TextLine } from '../../text/lines.js';
import { type PartField, wholePartField } from '../items/item-labels.js';

/** A column of the header: the part it names, or null for one that holds nothing of the item's ("Comments", "Documents"). */
export type RecordColumn = PartField | null;

export interface RecordCell {
  cell: string;
  range: [number, number];
}

/** Columns that hold nothing of the item's: the registry's remarks and attachments. */
const SIDE_COLUMN =
  /^(?:comments?|remarks?|notes?|documents?|attachments?|history|commentaires?|observations?|remarques?|pi[eè]ces? jointes?|comentarios?|observaciones|documentos?|adjuntos?)$/iu;
/** The longest column name, in words ("Implementation status update" is three). */
const MAX_NAME_WORDS = 3;
/** Columns a record's action table needs: the actions and at least two of who, when and status. */
const ROW_FIELDS: ReadonlySet<PartField> = new Set(['who', 'when', 'status']);

/**
 * The columns of a flattened record table's header line, with their ranges, or null for any other line.
 * `underActions`: the line right under a "Key Actions" label, whose table's first column the copy left unnamed
 * ("Responsible Deadline Status Comments" on a UN Women GATE page: the action column's title is an empty cell).
 */
export function recordTableHeader(line: TextLine, underActions = false): { columns: RecordColumn[]; cells: RecordCell[] } | null {
  const text = line.text;
  // A header laid out in columns ("Mesures prévues      Date d'achèvement     Responsable") keeps its table's layout:
  // the spaced-table reading cuts its rows.
  if (text.length > 160 || /[:\t|.;,]/.test(text) || /\S {3,}\S/.test(text)) return null;
  const words = [...text.matchAll(/\S+/g)];
  const columns: RecordColumn[] = [];
  const cells: RecordCell[] = [];
  for (let at = 0; at < words.length;) {
    let taken = 0;
    for (let span = Math.min(MAX_NAME_WORDS, words.length - at); span >= 1 && taken === 0; span -= 1) {
      const name = words
        .slice(at, at + span)
        .map((word) => word[0])
        .join(' ');
      const field = SIDE_COLUMN.test(name) ? null : wholePartField(name);
      if (field === null && !SIDE_COLUMN.test(name)) continue;
      const first = words[at]!;
      const last = words[at + span - 1]!;
      columns.push(field);
      cells.push({ cell: name, range: [line.start + first.index, line.start + last.index + last[0].length] });
      taken = span;
    }
    if (taken === 0) return null;
    at += taken;
  }
  const named = columns.filter((column): column is PartField => column !== null);
  if (named.filter((column) => ROW_FIELDS.has(column)).length < 2) return null;
  if (!named.includes('keyActions')) {
    if (!underActions || columns[0] === null) return null;
    columns.unshift('keyActions');
    cells.unshift({ cell: '', range: [line.start, line.start] });
  }
  return { columns, cells };
}

/** A due date as a registry writes it: "2009/11", "11/2009", "2020-10", or none ("No due date"). */
const DUE_DATE = String.raw`(?:(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}|no due date|sans [ée]ch[ée]ance|sin fecha(?: l[íi]mite)?)`;
/** The statuses trackers give an action ("Completed", "Overdue-Initiated", "No longer applicable", « En cours », "Iniciado"). */
const STATUS = String.raw`(?:(?:overdue\s*-\s*)?(?:not\s+)?initiated|completed?|ongoing|in progress|not started|pending|cancell?ed|no longer applicable|delayed|achev[ée]e?|termin[ée]e?|en cours|non (?:entam[ée]e?|d[ée]marr[ée]e?|initi[ée]e?)|initi[ée]e?|completad[ao]|terminad[ao]|en curso|en proceso|no iniciad[ao]|iniciad[ao]|pendiente|cancelad[ao])`;
/** A row's closing line: who (short), the due date, the status, and a comment after them. */
const CLOSING_LINE = new RegExp(String.raw`^(.{0,120}?)\s*\b(${DUE_DATE})(?![\d/])(?:\s+(${STATUS})\b)?(.*)$`, 'iu');

/** A whole row on one line: the action and who (any length), then the due date, the status and a comment. */
const ROW_LINE = new RegExp(String.raw`^(\S.*?)\s+(${DUE_DATE})(?![\d/])\s+(${STATUS})\b(.*)$`, 'iu');

/** Who, the due date, the status and the comment of a row's closing line, with their offsets in it; null for another line. */
function closingParts(text: string): Array<{ part: 'who' | 'when' | 'status' | 'comment'; value: string; at: number }> | null {
  const match = CLOSING_LINE.exec(text);
  if (!match) return null;
  const [, who = '', date = '', status, comment = ''] = match;
  // "… will be revised in 2020/10 with the partners": a date inside a sentence, not the row's date column.
  if (!status && comment.trim() !== '') return null;
  if (who.split(/\s+/).length > 8 || /[.;]$/.test(who.trim())) return null;
  const parts: Array<{ part: 'who' | 'when' | 'status' | 'comment'; value: string; at: number }> = [];
  let at = 0;
  const add = (part: 'who' | 'when' | 'status' | 'comment', value: string): void => {
    const index = text.indexOf(value, at);
    if (value.trim() === '' || index < 0) return;
    parts.push({ part, value: value.trim(), at: index + (value.length - value.trimStart().length) });
    at = index + value.length;
  };
  add('who', who);
  add('when', date);
  if (status) add('status', status);
  add('comment', comment);
  return parts;
}

/** True for a row's closing line ("PNUD 2009/11 Completed", "Project Team 2020/10 Completed The Task Force …"). */
export function closesRecordRow(text: string): boolean {
  return closingParts(text.trim()) !== null;
}

/**
 * The cells of one row under `columns`: the action from its lines (stamps and all: the items drop them), then who, due
 * date, status and comment from its closing line, each in the column that names it. A row cut short has its action only.
 */
export function flattenedRow(actionLines: readonly TextLine[], closing: TextLine | null, columns: readonly RecordColumn[]): RecordCell[] {
  const cells: RecordCell[] = columns.map(() => ({ cell: '', range: [0, 0] }));
  const first = actionLines[0];
  const last = actionLines[actionLines.length - 1];
  const actionAt = columns.indexOf('keyActions');
  if (first && last && actionAt >= 0) {
    cells[actionAt] = {
      cell: actionLines.map((line) => line.text.trim()).join(' '),
      range: [first.start, last.start + last.text.trimEnd().length],
    };
  }
  const parts = closing ? (closingParts(closing.text) ?? []) : [];
  for (const { part, value, at } of parts) {
    const column = part === 'comment' ? columns.findIndex((name, index) => name === null && index > actionAt) : columns.indexOf(part);
    if (column < 0 || cells[column]!.cell !== '') continue;
    cells[column] = { cell: value, range: [closing!.start + at, closing!.start + at + value.length] };
  }
  return cells;
}

/** The longest name of who answers for an action, in words ("ONU Mujeres Brasil & Cono Sur y Red Mujer y Hábitat"). */
const MAX_WHO_WORDS = 12;
/** Words that join the words of a name ("Red Mujer y Hábitat", "Ministère de la Santé", "Brasil & Cono Sur"). */
const NAME_JOINER = /^(?:&|and|of|the|for|et|de|du|des|la|le|les|d'|y|del|los|las|e)$/iu;

/**
 * Who answers for the action, at the end of `lead` (the row's text before its due date): the run of capitalised
 * words and acronyms that closes it ("… dans la mise en œuvre Donatienne Girukwishaka", "… d'autorité RR"); the rest
 * is the action. No such run ("… con las contrapartes"): the whole lead is the action.
 */
function splitWho(lead: string): { action: string; who: string } {
  const words = lead.trim().split(/\s+/);
  let from = words.length;
  for (let at = words.length - 1; at >= 0 && words.length - at <= MAX_WHO_WORDS; at -= 1) {
    const word = words[at]!;
    if (/^[\p{Lu}\d][\p{L}\d'’&.-]*$/u.test(word) && !/[.;:,]$/.test(word)) from = at;
    else if (!NAME_JOINER.test(word)) break;
  }
  // A name opens on a capital, never on a joining word; the action keeps a word at least.
  while (from < words.length && NAME_JOINER.test(words[from]!)) from += 1;
  if (from === 0) return { action: lead.trim(), who: '' };
  return { action: words.slice(0, from).join(' '), who: words.slice(from).join(' ') };
}

/**
 * A whole row on one line, its cells one after the other: the action, who, the due date, the status and a comment
 * ("Impliquer les autorités … Donatienne Girukwishaka 2026/12 Not Initiated Dans le cadre …", a UN Women GATE page
 * saved as text). Null for a line without a due date and a status, or whose text before them is a closing line's
 * (who alone: the row's action is on the lines above).
 */
export function lineRow(line: TextLine, columns: readonly RecordColumn[]): RecordCell[] | null {
  const text = line.text;
  const match = ROW_LINE.exec(text.trim());
  if (!match || closingParts(text.trim()) !== null) return null;
  const lead = match[1]!;
  const { action, who } = splitWho(lead);
  const offset = line.start + (text.length - text.trimStart().length);
  const cells: RecordCell[] = columns.map(() => ({ cell: '', range: [0, 0] }));
  const put = (part: PartField | null, value: string, at: number): void => {
    const column = part === null ? columns.findIndex((name, index) => name === null && index > columns.indexOf('keyActions')) : columns.indexOf(part);
    if (column < 0 || value.trim() === '' || at < 0) return;
    cells[column] = { cell: value.trim(), range: [offset + at, offset + at + value.trim().length] };
  };
  const trimmed = text.trim();
  put('keyActions', action, 0);
  if (who) put('who', who, trimmed.indexOf(who, action.length));
  const dateAt = match[1]!.length + (trimmed.slice(match[1]!.length).length - trimmed.slice(match[1]!.length).trimStart().length);
  put('when', match[2]!, dateAt);
  put('status', match[3]!, trimmed.indexOf(match[3]!, dateAt));
  const comment = (match[4] ?? '').trim();
  if (comment) put(null, comment, trimmed.lastIndexOf(comment));
  return cells;
}

/** "Management Response: [Added: 2011/10/27]", "Key Actions:", « Réponse de la direction : … »: a record's field line. */
export function isRecordField(text: string): boolean {
  const label = /^(?:\*\*)?([^:*\n]{2,45}?)\s*(?:\*\*)?\s*:(?:\*\*)?(?:\s|$)/u.exec(text);
  if (!label) return false;
  const field = wholePartField(label[1]!);
  return field === 'response' || field === 'decision' || field === 'keyActions';
}

/** "2. Recommendation: …", "3. Lesson learned:", "Recommendation: …" (GATE): a record's next item, its number the list's marker if any. */
export function opensRecordItem(text: string): boolean {
  return /^(?:\(?\d{1,3}[.)]\s+)?(?:\*\*)?\s*(?:recommendation|recommandation|recomendaci[oó]n|lesson learned|le[cç]on apprise|lecci[oó]n aprendida)\s*(?:\*\*)?\s*:/iu.test(
    text,
  );
}
