/**
 * String normalisation shared by the matchers: one folding for everything that is compared
 * accent- and case-insensitively, one slug for ids, one casing for person names.
 */

/** Apostrophe look-alikes found in converted PDFs and Word files (’ ‘ ʼ ´ ` ′). */
const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4\u0060\u2032\u02BB]/g;
/** Dash look-alikes (hyphen, non-breaking hyphen, figure dash, en/em dash, minus). */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
/** Letters that NFD does not decompose but people write without the ligature. */
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i' };
const COMBINING_MARKS = /\p{M}/gu;
/** Strings that foldForMatch only lower-cases: printable ASCII without the backtick. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;
/** Strings that foldAccents only lower-cases: NFD leaves ASCII alone and it holds no marks. */
const ASCII = /^[\x00-\x7f]*$/;
/** Code units from here on may need more than lower-casing. */
const FIRST_NON_ASCII = 0x80;
/**
 * Greek capital sigma lower-cases to ς or σ depending on its neighbours (String#toLowerCase's
 * one context-sensitive rule), so a string holding it cannot be folded character by character.
 */
const CAPITAL_SIGMA = '\u03a3';
/**
 * foldAccents of one code point. Folding a string character by character gives the fold of the
 * whole string: NFD decomposes each character on its own, and canonical reordering only moves
 * characters of non-zero combining class, which are all marks (\p{M}) and are dropped.
 */
function foldAccentsOfChar(ch: string): string {
  let folded = accentFoldCache.get(ch);
  if (folded === undefined) {
    folded = ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    accentFoldCache.set(ch, folded);
  }
  return folded;
}

/**
 * Folds one non-ASCII character for matching: accents stripped, lower-cased, ligatures expanded,
 * apostrophe and dash look-alikes unified, any white space (NBSP, thin space) made a plain
 * space. May return 0, 1 or 2 characters.
 */
function foldNonAsciiChar(ch: string): string {
  let folded = matchFoldCache.get(ch);
  if (folded === undefined) {
    folded = LIGATURES[ch] ?? (/\s/u.test(ch) ? ' ' : foldAccentsOfChar(ch).replace(APOSTROPHES, "'").replace(DASHES, '-'));
    matchFoldCache.set(ch, folded);
  }
  return folded;
}

/** Folds of the non-ASCII characters met so far (a document uses few distinct ones). */
const accentFoldCache = new Map<string, string>();
const matchFoldCache = new Map<string, string>();

/** A high surrogate followed by a low one starts at `i`: one code point in two code units. */
function isSurrogatePairAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/**
 * `s` with each non-ASCII code point (a surrogate pair as one) replaced by `foldOther` of it,
 * ASCII kept as it is. The folds of non-ASCII characters are already lower case and hold no
 * ASCII white space or backtick, so the callers finish the ASCII part on the whole string.
 */
function foldNonAscii(s: string, foldOther: (ch: string) => string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i += 1) {
    if (s.charCodeAt(i) < FIRST_NON_ASCII) continue;
    const width = isSurrogatePairAt(s, i) ? 2 : 1;
    out += s.slice(copied, i) + foldOther(s.slice(i, i + width));
    i += width - 1;
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/**
 * Lower case with accents stripped: exactly `s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()`,
 * without decomposing the whole string. Keeps ligatures (ß, œ, æ, ﬁ), ı, ø and white space
 * as they are; a character may fold to several (Hangul syllables to their jamo).
 * `foldAccents("Côte d’Ivoire")` is `"cote d’ivoire"`.
 */
export function foldAccents(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  if (s.includes(CAPITAL_SIGMA)) return s.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  return foldNonAscii(s, foldAccentsOfChar).toLowerCase();
}

/** Typographic single quotes, which people and converters use for the apostrophe. */
const CURLY_SINGLE_QUOTES = /[’‘]/g;

/**
 * foldAccents with the typographic single quotes made apostrophes: for matching names and
 * phrases whatever quote the writer's software put in ("Côte d’Ivoire" → "cote d'ivoire").
 */
export function foldAccentsAndQuotes(s: string): string {
  return foldAccents(s).replace(CURLY_SINGLE_QUOTES, "'");
}

/**
 * foldAccents of a text with, for each offset of the folded text (and its end), the offset in
 * the original text it comes from: for matching on the folded text and reporting positions in
 * the original.
 */
export function foldAccentsWithOffsets(text: string): { folded: string; offsets: number[] } {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < FIRST_NON_ASCII) {
      offsets.push(i);
      continue;
    }
    const width = isSurrogatePairAt(text, i) ? 2 : 1;
    const length = foldAccentsOfChar(text.slice(i, i + width)).length;
    for (let k = 0; k < length; k += 1) offsets.push(i);
    i += width - 1;
  }
  offsets.push(text.length);
  return { folded: foldAccents(text), offsets };
}

/**
 * Accent- and case-insensitive form of a string for comparisons: NFD with combining marks
 * removed, lower case, ligatures expanded (œ -> oe), apostrophes and dashes unified,
 * white space collapsed to single spaces and trimmed.
 * `foldForMatch("  Côte d’Ivoire ")` is `"cote d'ivoire"`.
 */
export function foldForMatch(s: string): string {
  // Fast path: plain ASCII needs only lower-casing and space collapsing.
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(/ +/g, ' ').trim();
  return foldNonAscii(s, foldNonAsciiChar)
    .toLowerCase()
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(/`/g, "'")
    .replace(/ +/g, ' ')
    .trim();
}

/** White space that collapseWhiteSpace rewrites: runs of two or more, and any single white space other than a plain space. */
const WHITE_SPACE_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/**
 * Every run of white space made one plain space: `s.replace(/\s+/g, ' ')`, without rewriting
 * the single spaces between words, so a text with nothing to collapse is returned as it is
 * instead of copied (several times faster on prose).
 */
export function collapseWhiteSpace(s: string): string {
  return s.replace(WHITE_SPACE_TO_COLLAPSE, ' ');
}

/**
 * Id-safe slug: folded, apostrophes dropped ("N'Guigmi" -> "nguigmi", as in the reference
 * ids), every other run of characters outside a-z and 0-9 turned into one dash, dashes
 * trimmed at both ends. Empty input gives "".
 * `slugify("Vision ProActive")` is `"vision-proactive"`.
 */
export function slugify(s: string): string {
  return foldForMatch(s)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower-case name particles that stay lower case inside a name (not as its first word). */
const PARTICLES = new Set(['de', 'du', 'des', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'y', 'e']);

/** Capitalises the first letter of each part of a word split on hyphens and apostrophes. */
function capitaliseWord(word: string): string {
  return word
    .toLowerCase()
    .split(/([-'’])/)
    .map((part) => (part.length > 0 && !/^[-'’]$/.test(part) ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join('');
}

/**
 * Person name casing: words written all in upper or all in lower case are capitalised
 * ("ABDOURAHAMANE H. TOURE" -> "Abdourahamane H. Toure", "jean-pierre" -> "Jean-Pierre"),
 * mixed-case words are kept as written ("McDonald"), particles after the first word are
 * lower-cased ("Jean DE LA FONTAINE" -> "Jean de la Fontaine"), white space collapsed.
 */
export function normaliseName(s: string): string {
  const words = s
    .replace(/\s+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  return words
    .map((word, index) => {
      const letters = word.replace(/[^\p{L}]/gu, '');
      const isUpper = letters === letters.toUpperCase();
      const isLower = letters === letters.toLowerCase();
      if (!isUpper && !isLower) return word;
      if (index > 0 && PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
      return capitaliseWord(word);
    })
    .join(' ');
}
