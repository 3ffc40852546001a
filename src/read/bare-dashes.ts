/**
 * A list whose dashes stand alone on their lines ("-" / "Technical Cooperation Project … - Final evaluation" / "The
 * hosting of the World Cup …" / "-" / …), as a web page's list copied as text leaves it: each dash opens the item
 * written on the lines under it. The dash and the next line are joined into "- …" on one line, the line break (and any
 * blank line between) becoming spaces, one character for one, so every offset stays where it was. Only where the text
 * has two such dashes or more, each over a line of text: a lone "-" in a table ("Budget" / "-") stays.
 */

/** A dash or an asterisk alone on its line. */
const BARE_DASH = /^[ \t]*[-–—*][ \t]*$/;

/** The text with each bare dash joined to the line of text under it. */
export function joinBareDashes(text: string): string {
  if (!/(?:^|\n)[ \t]*[-–—*][ \t]*\n/.test(text)) return text;
  const lines = text.split('\n');
  const joins: number[] = [];
  for (let index = 0; index < lines.length - 1; index += 1) {
    if (!BARE_DASH.test(lines[index]!)) continue;
    let next = index + 1;
    while (next < lines.length && lines[next]!.trim() === '' && next - index <= 2) next += 1;
    const line = lines[next];
    if (line !== undefined && line.trim() !== '' && !BARE_DASH.test(line) && /\p{L}/u.test(line)) joins.push(index);
  }
  if (joins.length < 2) return text;
  // Offsets of the line breaks to turn into spaces: the one ending the dash's line and those of the blank lines after it.
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  let out = '';
  let from = 0;
  for (const index of joins) {
    let end = starts[index]! + lines[index]!.length;
    out += text.slice(from, end);
    // The dash's line break and the blank lines under it, each character made a space.
    let next = index + 1;
    let gap = '\n';
    while (lines[next] !== undefined && lines[next]!.trim() === '' && next - index <= 2) {
      gap += `${lines[next]}\n`;
      next += 1;
    }
    out += ' '.repeat(gap.length);
    end += gap.length;
    from = end;
  }
  return out + text.slice(from);
}
