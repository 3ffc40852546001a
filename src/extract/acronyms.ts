import type { Acronym } from '../model/records.js';
import { foldAccents } from '../text/normalise.js';

/**
 * Acronyms the text defines, in order of first definition. Three shapes are recognised:
 *  - `Long Form (ACR)`: "Activités Génératrices de Revenus (AGR)";
 *  - `ACR (..., Long Form)`: "ADR (CROCSAD/CLOCSAD, Agences de Développement Régionales)";
 *  - `ACR : Long form` at the start of a paragraph or footnote (glossaries, footnotes:
 *    "CREDD : Cadre Stratégique pour la Relance Economique ...").
 * An acronym only used ("OPJ") is not given an invented expansion.
 */

const STOPWORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'pour',
  'en',
  'a',
  'au',
  'aux',
  'sur',
  'par',
  'un',
  'une',
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'at',
  'by',
  'an',
  'y',
  'del',
  'el',
  'los',
  'las',
  'para',
  'con',
  'e',
]);

/** "Impuesto sobre Nómina, en adelante (FISN)", "the Fund, hereafter (the Fund)": the words that announce a short name are not part of the long one. */
const ANNOUNCES_SHORT_NAME =
  /[\s,]+(?:en adelante|en lo sucesivo|de aqu[ií] en adelante|hereafter|hereinafter|(?:hereafter |hereinafter )?(?:referred to|known) as|ci-apr[èe]s(?: d[ée]nomm[ée]e?s?)?|dor[ée]navant|denominad[oa]s?|llamad[oa]s?)[\s,]*$/i;

const ACRONYM_TOKEN = /^[A-Z][A-Za-z0-9&]{1,9}$/;

function isAcronymToken(token: string): boolean {
  if (!ACRONYM_TOKEN.test(token)) return false;
  const upper = token.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && upper >= token.length - 1;
}

interface Word {
  /** As written, elision kept ("l'homme"). */
  written: string;
  /** Folded parts used for initials ("anti-slavery" -> ["anti", "slavery"]; "l'homme" -> ["homme"]). */
  parts: string[];
  stop: boolean;
}

function toWords(phrase: string): Word[] {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((written) => {
      const folded = foldAccents(written)
        .replace(/^[ldj]['’]/, '')
        .replace(/[^a-z0-9-]/g, '');
      const parts = folded.split('-').filter(Boolean);
      return { written, parts, stop: parts.length <= 1 && STOPWORDS.has(folded) };
    })
    .filter((word) => word.parts.length > 0 || word.stop);
}

/**
 * True when `letters` can be spelled by the initials of `words` from index `w` on: every
 * content word gives one letter (a hyphenated word one per part, at least one), stop words
 * give one or none.
 */
function spells(words: Word[], w: number, letters: string, l: number): boolean {
  if (w === words.length) return l === letters.length;
  const word = words[w]!;
  if (word.stop) {
    if (spells(words, w + 1, letters, l)) return true;
    return l < letters.length && word.parts[0]?.[0] === letters[l] && spells(words, w + 1, letters, l + 1);
  }
  let consumed = 0;
  for (const part of word.parts) {
    if (l + consumed < letters.length && part[0] === letters[l + consumed]) {
      consumed += 1;
      if (spells(words, w + 1, letters, l + consumed)) return true;
    } else break;
  }
  return false;
}

/** The shortest tail of `phrase` whose initials spell the acronym, or null. */
function longFormFromTail(phrase: string, acronym: string): string | null {
  const letters = foldAccents(acronym).replace(/[^a-z0-9]/g, '');
  const words = toWords(phrase).slice(-(letters.length * 2 + 4));
  for (let start = words.length - 1; start >= 0; start -= 1) {
    const word = words[start]!;
    if (word.stop) continue;
    if (spells(words, start, letters, 0))
      return words
        .slice(start)
        .map((item) => item.written)
        .join(' ');
  }
  // Acronyms are often English in French or Spanish text ("résultats intermédiaires (IO)"):
  // accept as many content words as letters when at least half the letters are initials.
  const content = words.filter((word) => !word.stop);
  if (letters.length > 4 || content.length < letters.length) return null;
  const tail = content.slice(-letters.length);
  const initials = new Set(tail.map((word) => word.parts[0]?.[0]));
  const shared = [...letters].filter((letter) => initials.has(letter)).length;
  if (shared * 2 < letters.length) return null;
  const first = words.indexOf(tail[0]!);
  return words
    .slice(first)
    .map((item) => item.written)
    .join(' ');
}

/** The clause before a parenthesis (bounded look-back: long forms are a few words). */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 300), index);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('('),
    before.lastIndexOf(')'),
    before.lastIndexOf('. '),
  );
  return before.slice(cut + 1).trim();
}

function tidy(expansion: string): string {
  return (
    expansion
      .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
      .replace(/\s+/g, ' ')
      // "sus Reglas de Operación (ROP)": the possessive is not part of the name.
      .replace(/^(?:su|sus|son|sa|ses|leur|leurs|its|their|our|nuestros?|nuestras?|notre|nos) (?=\p{Lu})/u, '')
  );
}

/**
 * Finds acronyms defined in clean paragraphs (already stripped of markup). `paragraphs` are
 * the texts in document order; the first definition of each acronym wins.
 */
export function findAcronyms(paragraphs: string[]): Acronym[] {
  const found = new Map<string, { expansion: string; order: number }>();
  const add = (acronym: string, expansion: string | null, order: number): void => {
    if (!expansion || found.has(acronym)) return;
    const clean = tidy(expansion);
    if (clean.length < 4 || clean.split(' ').length > 20 || clean === acronym) return;
    found.set(acronym, { expansion: clean, order });
  };
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const base = paragraphIndex * 100_000;
    const definition = /^([A-Z][A-Za-z0-9&]{1,9})\s*[:=–—]\s+(.+)$/.exec(paragraph) ?? /^([A-Z][A-Za-z0-9&]{1,9})\s+-\s+(.+)$/.exec(paragraph);
    if (definition && isAcronymToken(definition[1]!)) {
      const acronym = definition[1]!;
      const expansion = definition[2]!.split(/\s\(|\s\/\s|\.\s|;|\.$/)[0] ?? '';
      if (foldAccents(expansion)[0] === foldAccents(acronym)[0]) add(acronym, expansion, base);
    }
    for (const match of paragraph.matchAll(/\(([^()]{2,160})\)/g)) {
      const inside = match[1]!.trim();
      const index = match.index;
      if (isAcronymToken(inside)) {
        const lead = paragraph.slice(0, index).replace(ANNOUNCES_SHORT_NAME, '');
        add(inside, longFormFromTail(clauseBefore(lead, lead.length), inside), base + index);
        continue;
      }
      // ACR (..., Long Form)
      const before = /([A-Z][A-Za-z0-9&]{1,9})\s*$/.exec(paragraph.slice(Math.max(0, index - 24), index));
      if (before && isAcronymToken(before[1]!)) {
        const lastPart = inside.split(/[,;]/).pop()?.trim() ?? '';
        const letters = foldAccents(before[1]!).replace(/[^a-z0-9]/g, '');
        const words = toWords(lastPart);
        const start = words.findIndex((word) => !word.stop);
        if (start >= 0 && spells(words, start, letters, 0))
          add(
            before[1]!,
            words
              .slice(start)
              .map((w) => w.written)
              .join(' '),
            base + index,
          );
      }
    }
  });
  return [...found.entries()].sort((a, b) => a[1].order - b[1].order).map(([acronym, { expansion }]) => ({ acronym, expansion }));
}
