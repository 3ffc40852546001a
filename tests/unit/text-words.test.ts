import { forEachWord, type WordRule } from '../../src/text/words.js';

/** The words of `text` as [word, plain] pairs. */
function wordsOf(text: string, rule: WordRule): Array<[string, boolean]> {
  const words: Array<[string, boolean]> = [];
  forEachWord(text, rule, (start, end, plain) => words.push([text.slice(start, end), plain]));
  return words;
}

const GAZETTEER: WordRule = { marks: true, modifierApostrophesAreLetters: false };
const THEMES: WordRule = { marks: false, modifierApostrophesAreLetters: true };
/** The regular expressions the scanner replaces. */
const GAZETTEER_WORD = /(?:(?![\u02BB\u02BC])[\p{L}\p{N}])(?:(?![\u02BB\u02BC])[\p{L}\p{N}\p{M}])*/gu;
const THEME_WORD = /[\p{L}\p{N}]+/gu;

const SAMPLES = [
  'Côte dʼIvoire, Ségou et N’Guigmi (2019-2021)',
  'e\u0301te\u0301 \u0301seul Hàn 한국 ΟΔΟΣ',
  'x😀y 𝐀𝐁 a\ud800b c\udc00d ﬁn ʻokina',
  '',
  '   ',
  'MLI/19/01/USA',
];

describe('forEachWord', () => {
  it('cuts words as the gazetteer pattern did: marks continue a word, ʼ and ʻ separate', () => {
    expect(wordsOf('Côte dʼIvoire 2019 mali', GAZETTEER)).toEqual([
      ['Côte', false],
      ['d', true],
      ['Ivoire', false],
      ['2019', true],
      ['mali', true],
    ]);
    expect(wordsOf('e\u0301te\u0301 \u0301x', GAZETTEER)).toEqual([
      ['e\u0301te\u0301', false],
      ['x', true],
    ]);
  });

  it('cuts words as the theme pattern did: a mark ends a word, ʻ is a letter', () => {
    expect(wordsOf('e\u0301te\u0301 ʻokina', THEMES)).toEqual([
      ['e', true],
      ['te', true],
      ['ʻokina', false],
    ]);
  });

  it('finds the same words as the regular expressions on mixed scripts and surrogates', () => {
    for (const sample of SAMPLES) {
      expect(wordsOf(sample, GAZETTEER).map(([word]) => word)).toEqual([...sample.matchAll(GAZETTEER_WORD)].map((m) => m[0]));
      expect(wordsOf(sample, THEMES).map(([word]) => word)).toEqual([...sample.matchAll(THEME_WORD)].map((m) => m[0]));
    }
  });

  it('classifies every character of the first planes as the regular expressions do', () => {
    let text = '';
    for (let code = 0; code < 0x3400; code += 1) text += `a${String.fromCharCode(code)}${code % 7 === 0 ? ' ' : ''}`;
    expect(wordsOf(text, GAZETTEER).map(([word]) => word)).toEqual([...text.matchAll(GAZETTEER_WORD)].map((m) => m[0]));
    expect(wordsOf(text, THEMES).map(([word]) => word)).toEqual([...text.matchAll(THEME_WORD)].map((m) => m[0]));
  });
});
