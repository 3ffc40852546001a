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

/**
 * Folds one character for matching: accents stripped, lower-cased, ligatures expanded,
 * apostrophe and dash look-alikes unified, any white space (NBSP, thin space, tab) made a
 * plain space. May return 0, 1 or 2 characters.
 */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128 && ch.length === 1) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code === 9 || code === 10 || code === 11 || code === 12 || code === 13) return ' ';
    return ch === '`' ? "'" : ch;
  }
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded =
      LIGATURES[ch] ?? (/\s/u.test(ch) ? ' ' : ch.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'").replace(DASHES, '-').toLowerCase());
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Folds of the non-ASCII characters met so far (a document uses few distinct ones). */
const foldCache = new Map<string, string>();

/**
 * Accent- and case-insensitive form of a string for comparisons: NFD with combining marks
 * removed, lower case, ligatures expanded (œ -> oe), apostrophes and dashes unified,
 * white space collapsed to single spaces and trimmed.
 * `foldForMatch("  Côte d’Ivoire ")` is `"cote d'ivoire"`.
 */
export function foldForMatch(s: string): string {
  // Fast path: plain ASCII needs only lower-casing and space collapsing.
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(s)) return s.toLowerCase().replace(/ +/g, ' ').trim();
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out.replace(/ +/g, ' ').trim();
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
