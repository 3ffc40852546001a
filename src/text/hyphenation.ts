/**
 * A word cut by a hyphen at a line's end ("develop-" then "ment", « dévelop- » then « pement »): joined
 * back without its hyphen, unless it is a compound's ("socio-" then "economic", "in-" then "depth").
 */

// Words that are one half of a hyphenated compound when a line breaks after their hyphen
// ("socio-\neconomic" keeps its hyphen; "develop-\nment" loses it).
const COMPOUND_FIRST = new Set([
  'socio',
  'anti',
  'non',
  'self',
  'co',
  'pre',
  'post',
  'multi',
  'inter',
  'intra',
  'cross',
  'well',
  'long',
  'short',
  'mid',
  'sub',
  'semi',
  'micro',
  'macro',
  'ex',
  'quasi',
  'pro',
  'counter',
  'cost',
  'gender',
  'evidence',
  'community',
  'results',
  'decision',
  'follow',
  'peace',
  'high',
  'low',
  'full',
  'part',
  'year',
  'time',
  'state',
  'country',
  'child',
  'donor',
  'sector',
  'region',
  'small',
  'large',
  'medium',
  'mi',
  'demi',
  'auto',
  'contre',
  'sous',
  'sur',
  'avant',
  'après',
  'arrière',
  'bien',
  'mal',
  'néo',
  'extra',
  'ultra',
  'infra',
  'supra',
  'agro',
  'éco',
  'eco',
  'bio',
  'geo',
  'géo',
  'psycho',
  'politico',
  'médico',
  'medico',
  'technico',
  'franco',
  'afro',
  'euro',
  'ouest',
  'est',
  'nord',
  'sud',
  'north',
  'south',
  'east',
  'west',
  'data',
  'on',
  'off',
  'up',
]);

/**
 * True when the hyphen between `word` (before the line break) and `rest` (the lower-case letters
 * after it) belongs to a compound. The document itself says best: "development" written whole
 * elsewhere, or "in-depth" with its hyphen (`words`: its words, lower case); else a list of
 * compound-forming words decides, and a word with capitals inside ("UN-") or a short capitalised one
 * ("EU-") keeps it.
 */
export function keepsHyphen(word: string, rest: string, words: Pick<ReadonlySet<string>, 'has'>): boolean {
  const whole = `${word}${rest}`.toLowerCase();
  const hyphenated = `${word}-${rest}`.toLowerCase();
  if (words.has(whole)) return false;
  if (words.has(hyphenated)) return true;
  // "end-" then "of-project": a word is never cut before a particle.
  if (PARTICLE.test(rest)) return true;
  return COMPOUND_FIRST.has(word.toLowerCase()) || /\p{Lu}/u.test(word.slice(1)) || (/^\p{Lu}/u.test(word) && word.length <= 3);
}

/** Words too short and common to end a cut word: "end-" then "of-project", « mise- » then « en-œuvre ». */
const PARTICLE = /^(?:of|to|in|on|by|the|and|or|for|at|de|du|des|la|le|les|et|en|au|aux|à|el|los|las|y|al|con|por|sin)$/;

/** The words of a text, lower case, hyphenated compounds both whole and in parts. */
export function vocabulary(text: string): Set<string> {
  return new Set(wordCounts(text).keys());
}

/**
 * How often each word of a text occurs, lower case, hyphenated compounds both whole and in
 * parts: a word cut at a line's end shows its halves once each, so a half seen twice stands
 * somewhere on its own.
 */
export function wordCounts(text: string): Map<string, number> {
  const words = new Map<string, number>();
  const add = (word: string): void => {
    words.set(word, (words.get(word) ?? 0) + 1);
  };
  for (const word of text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
    add(word);
    if (!word.includes('-')) continue;
    const parts = word.split('-');
    for (const part of parts) add(part);
    // "end-of-project" holds "end-of" and "of-project".
    for (let at = 0; at + 1 < parts.length; at += 1) add(`${parts[at]}-${parts[at + 1]}`);
  }
  return words;
}
