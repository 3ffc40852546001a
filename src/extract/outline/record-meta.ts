/**
 * A lesson database's record, copied from its listing (AfDB's Evaluation Results Database, "Lessons Highlights"):
 * the record's title (the evaluation it comes from), a meta line of short fields set apart by bars, then the lesson:
 *
 *     Egypt Country Strategy and Program Evaluation 2009-2018
 *     30 Sep 2020 | CA10071 | Country Strategy Evaluation
 *     A strong country ownership and relationship with the country … is essential when …
 *
 * The meta line (the record's date, code and type of evaluation) is the database's own index, no part of the
 * lesson: left in, it glued the title to the lesson's text, or in a text copy left the lesson no title line over it.
 */

/** A date as the listing prints it: "30 Sep 2020", "Sep 30, 2020", "2020-09-30", "30/09/2020". */
const FULL_DATE =
  /^(?:\d{1,2}\s+\p{L}{3,10}\.?\s+(?:19|20)\d{2}|\p{L}{3,10}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2})$/u;
/** The fields of a meta line: the date and two to four others. */
const MIN_FIELDS = 3;
const MAX_FIELDS = 5;
/** The most words a field takes ("Country Strategy Evaluation", "Project Performance Evaluation Report"). */
const MAX_FIELD_WORDS = 6;

/** True for a record's meta line: three to five short fields set apart by bars, one a full date, none a sentence. */
export function isRecordMetaLine(text: string): boolean {
  const line = text.trim();
  // A Markdown table's row opens or closes with its bar; the meta line does neither.
  if (line.startsWith('|') || line.endsWith('|') || /[.;]$/.test(line)) return false;
  const fields = line.split(/\s+\|\s+/);
  if (fields.length < MIN_FIELDS || fields.length > MAX_FIELDS) return false;
  if (fields.some((field) => field === '' || field.split(/\s+/).length > MAX_FIELD_WORDS)) return false;
  return fields.some((field) => FULL_DATE.test(field));
}
