/**
 * Bullets typed by a word processor and left in a text dump: the glyphs of the Symbol and Wingdings
 * fonts land in Unicode's private use area ("" U+F0B7, "" U+F0A7, "" U+F0D8, …), and a second
 * level's bullet is a letter "o" in Courier New. Rewritten to "•" and "◦", one character for one,
 * so every offset into the text still holds.
 */

// Symbol's bullet and Wingdings' square, diamond, arrow, check, disc, box and a few more; then a middle dot.
const GLYPH_BULLET = /^([ \t]*)[\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF06C\uF06E\uF0A8\uF071\uF0E8\u00B7](?=[ \t]+\S)/;
// A lone "o" before a capital, as Word writes the bullet of a nested list; never a word of the line.
const LETTER_BULLET = /^([ \t]*)o(?=[ \t]+[\p{Lu}"“(])/u;
/** The line before a list: a sentence's or an introduction's end, a heading (in capitals, or a few words), or nothing. */
function opensList(line: string): boolean {
  return line === '' || /[.:;!?)]$/.test(line) || !/\p{Ll}/u.test(line) || (/^\p{Lu}/u.test(line) && line.split(/\s+/).length <= 4);
}

/** The text with typed bullets at the start of its lines as "•" (glyphs) and "◦" (Word's "o"). */
export function normaliseTypedBullets(text: string): string {
  if (!/[\uF000-\uF0FF\u00B7]|(?:^|\n)[ \t]*o[ \t]/.test(text)) return text;
  const lines = text.split('\n');
  // An "o" line is a bullet after a line that may open a list or end an item (never inside a wrapped
  // sentence: "… con el Ministerio" over "o Las …"), and only when the document has two such lines.
  const letters: number[] = [];
  let previous = '';
  lines.forEach((line, index) => {
    if (GLYPH_BULLET.test(line)) lines[index] = line.replace(GLYPH_BULLET, '$1•');
    else if (LETTER_BULLET.test(line) && opensList(previous)) letters.push(index);
    if (line.trim() !== '') previous = line.trim();
  });
  if (letters.length >= 2) for (const index of letters) lines[index] = lines[index]!.replace(LETTER_BULLET, '$1◦');
  return lines.join('\n');
}
