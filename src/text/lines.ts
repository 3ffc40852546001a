/** One line of a text, with its offsets in that text (`end` excludes the newline). */
export interface TextLine {
  text: string;
  start: number;
  end: number;
}

/** The lines of a text split at `\n`, with their offsets; an empty text is one empty line. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end), start, end });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}
