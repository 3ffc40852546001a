/**
 * A tracker's record copied from a web page as text, one field a line (USAID OIG's recommendation dashboard, audit
 * trackers): the item's label cut from its number, and the record's fields each a label over its value.
 *
 *     Recommendation          (the label)
 *     1                       (its number)
 *
 *     USAID/West Bank and Gaza implement a plan to …
 *
 *     Questioned Cost         (a field's label)
 *     0                       (its value: a figure, an amount or a date)
 *     Close Date
 *     Mar 31, 2015
 *
 * Read as running text, the label and its number ran into the lines above them and the fields into the item's text.
 * The label and its number are one line of their own ("Recommendation 1"), which opens the item; each field is a
 * key-value pair, no part of the item.
 */
import type { TextLine } from '../../text/lines.js';

/** An item's kind in the singular, alone on its line ("Recommendation", "Rec. No.", « Recommandation », "Lección"). */
const KIND_ALONE =
  /^\s*(?:recommendation|rec\.?(?:\s*no\.?)?|recommandation|recomendaci[oó]n|lesson(?: learned)?|le[cç]on(?: apprise)?|lecci[oó]n(?: aprendida)?|finding|constat|hallazgo|good practice|bonne pratique|buena pr[aá]ctica)\s*$/iu;
/** A number alone on its line, as a label's ("1", "No. 2", "#3"). */
const NUMBER_ALONE = /^\s*(?:no\.?\s*|n[°º]\s*|#\s*)?\d{1,3}\s*$/i;
/** A field's label: two to five words, no figure and no punctuation ("Questioned Cost", "Close Date", "Funds for Better Use"). */
const FIELD_LABEL = /^\s*\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){1,4}\s*$/u;
/** A field's value: a figure, an amount, a date, or a dash for none ("0", "$2,808,970", "Mar 31, 2015", "12/2011", "-"). */
const FIELD_VALUE =
  /^\s*(?:[$€£]\s?)?(?:\d[\d,.\s]*%?|\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\/\d{4}|\d{4}-\d{2}(?:-\d{2})?|[-–—]|n\/a)\s*$/iu;

/** A record field's value that is a figure, an amount or a date ("0", "$2,808,970", "Mar 31, 2015"): it titles nothing. */
export function isFigureOrDate(value: string): boolean {
  return FIELD_VALUE.test(value) && /\d/.test(value);
}

/** The label and its number, one on each line: the two lines of one label. */
export function splitItemLabel(lines: readonly TextLine[], index: number, limit: number): boolean {
  return index + 1 < limit && KIND_ALONE.test(lines[index]!.text) && NUMBER_ALONE.test(lines[index + 1]!.text);
}

/** A field's label over its value on the next line: the pair, or null. */
function pairAt(lines: readonly TextLine[], index: number, limit: number): { key: string; value: string } | null {
  if (index < 0 || index + 1 >= limit) return null;
  const label = lines[index]!.text;
  const value = lines[index + 1]!.text;
  if (!FIELD_LABEL.test(label) || KIND_ALONE.test(label) || !FIELD_VALUE.test(value)) return null;
  return { key: label.trim(), value: value.trim() };
}

/**
 * A field of a record's run of fields: its label over its value, next to another such pair (a lone pair may be a
 * heading over a page number). `namesSection(label)`: a heading's words ("Key Findings" over "12"), never a field.
 */
export function fieldOverValue(
  lines: readonly TextLine[],
  index: number,
  limit: number,
  namesSection: (label: string) => boolean,
): { key: string; value: string } | null {
  const pair = pairAt(lines, index, limit);
  if (!pair || namesSection(pair.key)) return null;
  return pairAt(lines, index + 2, limit) || pairAt(lines, index - 2, limit) ? pair : null;
}
