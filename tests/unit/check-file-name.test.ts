import { assertSafeFileName, controlCharacterIn, quoteFileName } from '../../src/pipeline/check-file-name.js';

describe('file names with control characters', () => {
  it('refuses a NUL, a line feed and any C0 or C1 control, naming the file (they were accepted and folded into another id)', () => {
    expect(controlCharacterIn('bad\nname.md')).toBe('U+000A');
    expect(controlCharacterIn('a\u0000.txt')).toBe('U+0000');
    expect(controlCharacterIn('tab\there.txt')).toBe('U+0009');
    expect(controlCharacterIn('del\u007f.txt')).toBe('U+007F');
    expect(controlCharacterIn('c1\u0085.txt')).toBe('U+0085');
    expect(() => assertSafeFileName('in/bad\nname.md')).toThrow(
      expect.objectContaining({
        code: 'BAD_INPUT',
        message: '"in/bad\\u000aname.md": the file name holds a control character (U+000A); rename the file without control characters.',
      }),
    );
  });

  it('takes ordinary names, spaces, accents and brackets included', () => {
    for (const name of ['Report (final).md', 'évaluation_finale.txt', 'a/b c/d.pdf', 'الملخص.docx']) {
      expect(controlCharacterIn(name)).toBeNull();
      expect(() => assertSafeFileName(name)).not.toThrow();
    }
  });

  it('quotes a name on one printable line', () => {
    expect(quoteFileName('a"b\\c\r\u009b.txt')).toBe('"a\\"b\\\\c\\u000d\\u009b.txt"');
  });
});
