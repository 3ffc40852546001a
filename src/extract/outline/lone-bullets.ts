/**
 * Listings whose bullets stand alone on their lines. A web page's list item that holds blocks (a record's title, then
 * its text) is copied as text with its bullet on a line of its own:
 *
 *     -
 *     Technical Cooperation Project for the State of Qatar – Phase 2 - Final evaluation   (the record's title)
 *     The hosting of the World Cup had several effects on the project, …                  (the lesson)
 *     -
 *     …
 *
 * (ILO i-eval Discovery's lessons and good practices listings, recommendation trackers.) Read as running text, the
 * bullet opened no item and every record ran into one paragraph. Each lone bullet opens a list item with the line under
 * it, which goes on as any list item does; a title line over the text is that record's title, a paragraph of its own,
 * not part of its statement.
 */
import type { TextLine } from '../../text/lines.js';

/** A bullet alone on its line. */
const LONE_BULLET = /^\s*[-*+•▪●◦■□➢►–]\s*$/;
/** A line that opens a list item or a Markdown heading of its own: no lone bullet's text. */
const OPENS_BLOCK = /^\s*(?:[-*+•▪●◦■□➢►–]\s+\S|\(?(?:\d{1,3}|[a-zA-Z])[.)]\s+\S|#{1,6}\s)/;
/** A line that ends a sentence (or a clause): never a record's title. */
const ENDS_SENTENCE = /[.!?;:,]["'”’)]?$/;
/** The longest record title, in words. */
const TITLE_WORDS = 30;

/** An item opened by a lone bullet: the record's title line when the item has one (the text starts under it). */
export interface LoneBulletItem {
  bullet: number;
  /** The title line's index, or null: the item's text starts right under the bullet. */
  title: number | null;
}

/**
 * The items that lone bullets open in the lines [0, limit), keyed by the bullet's line. A listing has two lone bullets
 * at least: one "-" alone may be a form's empty value. `skip(index)`: page furniture, no part of any item.
 */
export function findLoneBulletItems(lines: readonly TextLine[], limit: number, skip: (index: number) => boolean): Map<number, LoneBulletItem> {
  const items = new Map<number, LoneBulletItem>();
  const bullets = lines.slice(0, limit).flatMap((line, index) => (LONE_BULLET.test(line.text) && !skip(index) ? [index] : []));
  if (bullets.length < 2) return items;
  for (const bullet of bullets) {
    const first = bullet + 1;
    if (first >= limit || lines[first]!.text.trim() === '' || LONE_BULLET.test(lines[first]!.text) || OPENS_BLOCK.test(lines[first]!.text)) continue;
    items.set(bullet, { bullet, title: isRecordTitle(lines, first, limit) ? first : null });
  }
  return items;
}

/**
 * The item's first line is a title over its text: no sentence's end, a few words, over a line that opens with a capital
 * and is much longer or ends a sentence (not the first line of a wrapped paragraph).
 */
function isRecordTitle(lines: readonly TextLine[], first: number, limit: number): boolean {
  const next = lines[first + 1];
  if (first + 1 >= limit || !next || LONE_BULLET.test(next.text) || OPENS_BLOCK.test(next.text)) return false;
  const title = lines[first]!.text.trim();
  const text = next.text.trim();
  if (ENDS_SENTENCE.test(title) || title.split(/\s+/).length > TITLE_WORDS || !/^[\p{Lu}\d"“«(]/u.test(text)) return false;
  // A short text under a long title (« Le processus … a été un facteur important pour son succès. ») ends its sentence.
  return title.length <= text.length * 0.8 || /[.!?]["'”’)]?$/.test(text);
}
