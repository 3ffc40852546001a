/**
 * Word scanning for the matchers (gazetteer, themes). They cut every text they read into
 * words; a loop over a table of character classes does it for a fraction of the cost of
 * `matchAll` with Unicode property classes, and allocates no match objects.
 */

/** Not part of a word. */
const OTHER = 0;
/** A letter or a digit (\p{L}, \p{N}). */
const LETTER_OR_DIGIT = 1;
/** A combining mark (\p{M}). */
const MARK = 2;
/** Not classified yet: the table fills as characters are met. */
const UNKNOWN = 3;

/** ʻ and ʼ: letters to Unicode (modifier letters), apostrophes to a reader ("dʼIvoire"). */
const MODIFIER_APOSTROPHES = new Set([0x02bb, 0x02bc]);
const FIRST_NON_ASCII = 0x80;

/** What makes a word for one matcher. */
export interface WordRule {
  /** Combining marks continue a word (NFD text: "e" + U+0301 is one word). */
  marks: boolean;
  /** ʻ and ʼ count as letters, as they do in `\p{L}`. */
  modifierApostrophesAreLetters: boolean;
}

const bmpClasses = new Uint8Array(0x10000).fill(UNKNOWN);
const astralClasses = new Map<number, number>();

function classify(ch: string): number {
  if (/^[\p{L}\p{N}]$/u.test(ch)) return LETTER_OR_DIGIT;
  if (/^\p{M}$/u.test(ch)) return MARK;
  return OTHER;
}

function bmpClass(code: number): number {
  let cls = bmpClasses[code]!;
  if (cls === UNKNOWN) {
    cls = classify(String.fromCharCode(code));
    bmpClasses[code] = cls;
  }
  return cls;
}

function astralClass(codePoint: number): number {
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

/**
 * Calls `visit(start, end, plain)` for each word of `text` in order: a letter or digit, then
 * letters, digits and (when the rule says so) combining marks; `plain` tells that the word
 * holds lower-case ASCII letters and digits only, so that folding leaves it as it is. The same
 * words as the regular expression "one of [\p{L}\p{N}], then any number of [\p{L}\p{N}\p{M}]"
 * (marks) or `/[\p{L}\p{N}]+/gu` (no marks) with the `u` flag: surrogate pairs read as one code
 * point, lone surrogates as separators.
 */
export function forEachWord(text: string, rule: WordRule, visit: (start: number, end: number, plain: boolean) => void): void {
  let start = -1;
  let plain = true;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    let width = 1;
    let cls: number;
    const upper = code >= 0x41 && code <= 0x5a;
    if (code < FIRST_NON_ASCII) {
      cls = (code >= 0x30 && code <= 0x39) || upper || (code >= 0x61 && code <= 0x7a) ? LETTER_OR_DIGIT : OTHER;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      cls = astralClass(text.codePointAt(i)!);
    } else {
      cls = !rule.modifierApostrophesAreLetters && MODIFIER_APOSTROPHES.has(code) ? OTHER : bmpClass(code);
    }
    if (cls === LETTER_OR_DIGIT || (start >= 0 && cls === MARK && rule.marks)) {
      if (start < 0) {
        start = i;
        plain = true;
      }
      if (upper || code >= FIRST_NON_ASCII) plain = false;
    } else if (start >= 0) {
      visit(start, i, plain);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) visit(start, text.length, plain);
}
