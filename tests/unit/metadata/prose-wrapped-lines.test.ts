import { joinWrappedLines } from '../../../src/extract/metadata/prose.js';

/** The pattern joinWrappedLines replaces (quadratic on long lines that end with a full stop). */
function byPattern(text: string): string {
  return text.replace(/([^\n]{59,}[^.\n])\n(?=\S)/g, '$1 ');
}

const LONG = 'The evaluation was conducted by a team of two consultants over';

describe('joinWrappedLines', () => {
  it('joins a long line that runs on, and keeps short lines, sentence ends and indented lines', () => {
    const text = `${LONG}\nthree months.\nShort cover line\nNext\n${LONG}.\nNew sentence\n${LONG}\n  indented\n${LONG}\n`;
    expect(joinWrappedLines(text)).toBe(`${LONG} three months.\nShort cover line\nNext\n${LONG}.\nNew sentence\n${LONG}\n  indented\n${LONG}\n`);
    expect(joinWrappedLines(text)).toBe(byPattern(text));
  });

  it('gives what the pattern gives at the length limit, with CR, NBSP and an empty text', () => {
    const fiftyNine = 'x'.repeat(59);
    const sixty = 'x'.repeat(60);
    for (const text of [
      `${fiftyNine}\ny`,
      `${sixty}\ny`,
      `${sixty}\r\ny`,
      `${sixty}\n\u00a0y`,
      `${sixty}\n\ny`,
      `${sixty}\n`,
      '',
      '\n',
      `${sixty}\n${sixty}\n${sixty}`,
    ]) {
      expect(joinWrappedLines(text)).toBe(byPattern(text));
    }
  });
});
