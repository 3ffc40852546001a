import { loadReference } from '../reference/load-reference.js';
import type { ThemeEntry } from '../reference/reference-schema.js';
import { stemWord } from '../text/natural.js';
import { foldForMatch } from '../text/normalise.js';
import { type WordRule, forEachWord } from '../text/words.js';
import type { Language, ThemeRef } from '../model/records.js';

/**
 * Theme tagging against the controlled vocabulary of src/reference/themes.json.
 *
 * Text and triggers go through the same pipeline: word tokens, lower case, a few variable
 * function words dropped (articles, "de"/"of"), the language's Porter stemmer, then accent
 * folding of the stem (the French stemmer keeps accents: médiation -> médiat). A trigger
 * matches where its stems appear consecutively. Stems differ within a family (esclavage ->
 * esclavag, esclaves -> esclav), so the vocabulary lists both forms as triggers.
 */

type StemLanguage = Exclude<Language, 'und'>;
const STEM_LANGUAGES: readonly StemLanguage[] = ['fr', 'en', 'es'];

/**
 * Words whose presence varies between two ways of saying the same thing ("mobilisation des
 * ressources" / "de ressources", "l'esclavage" / "esclavage"); dropped on both sides.
 */
const FUNCTION_WORDS: Record<StemLanguage, ReadonlySet<string>> = {
  fr: new Set(['l', 'le', 'la', 'les', 'd', 'de', 'des', 'du', 'un', 'une', 'au', 'aux']),
  en: new Set(['the', 'a', 'an', 'of']),
  es: new Set(['el', 'la', 'los', 'las', 'lo', 'de', 'del', 'un', 'una', 'unos', 'unas', 'al']),
};

/** Words as `/[\p{L}\p{N}]+/gu` reads them: a combining mark ends a word. */
const WORD_RULE: WordRule = { marks: false, modifierApostrophesAreLetters: true };

interface TextToken {
  /** Folded stem. */
  stem: string;
  /** Folded surface form, for exact ("=word") triggers. */
  word: string;
}

/** One element of a compiled trigger: a folded stem, or a folded word matched exactly. */
interface TriggerPart {
  exact: boolean;
  value: string;
  /** For a stem the stemmer cut short: the trigger word (and its singular), which a word must share STEM_GUARD letters past the stem with. */
  forms?: readonly string[];
}

/**
 * The English stemmer cuts some trigger words to stems that other words share: "informality"
 * to "inform" (information, informants), "accountability" to "account", "communication" to
 * "commun" (community), "participation" to "particip" (participants), "governance" to "govern"
 * (government), "reporting" to "report" (the evaluation report). Where it cut more than
 * STEM_GUARD letters, a word matches the trigger only when it also shares the next STEM_GUARD
 * letters of the trigger word, or of its singular ("informal", "accountab", "communic",
 * "participat", "governan"; "capacities" and "capacity" alike), which keeps the trigger's own
 * family (informal, accountable, communicate, participated). The French and Spanish stemmers keep
 * these families apart ("informalité" and "information" stem differently).
 */
const STEM_GUARD = 2;

/** An English word and, for a plural, its singular ("capacities" -> "capacity"). */
function formsOf(word: string): string[] {
  if (/[^aeiou]ies$/.test(word)) return [word, `${word.slice(0, -3)}y`];
  if (/[^s]s$/.test(word)) return [word, word.slice(0, -1)];
  return [word];
}

/** True when `word` begins like `form` up to `length` letters (or the whole of a shorter form). */
function sharesBeginning(word: string, form: string, length: number): boolean {
  const needed = Math.min(length, form.length);
  return word.length >= needed && word.startsWith(form.slice(0, needed));
}

interface CompiledTrigger {
  themeIndex: number;
  parts: TriggerPart[];
}

/** Triggers by their first part: a stem, or a word matched exactly (two maps, so a token looks up its stem and its word without building keys). */
interface TriggersByFirstPart {
  byStem: Map<string, CompiledTrigger[]>;
  byWord: Map<string, CompiledTrigger[]>;
}

interface ThemeIndex {
  themes: readonly ThemeEntry[];
  /** Triggers of each language by their first part, compiled on first use of the language. */
  byFirstPart: Partial<Record<StemLanguage, TriggersByFirstPart>>;
  acronyms: { themeIndex: number; pattern: RegExp }[];
  stemCache: Record<StemLanguage, Map<string, string>>;
}

let cachedIndex: ThemeIndex | undefined;

function stemOf(word: string, language: StemLanguage, cache: Map<string, string>): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = foldForMatch(stemWord(word, language));
    cache.set(word, stem);
  }
  return stem;
}

function tokensOf(text: string, language: StemLanguage, cache: Map<string, string>): TextToken[] {
  const tokens: TextToken[] = [];
  const lower = text.toLowerCase();
  forEachWord(lower, WORD_RULE, (start, end, plain) => {
    const written = lower.slice(start, end);
    const word = plain ? written : foldForMatch(written);
    if (!FUNCTION_WORDS[language].has(word)) tokens.push({ stem: stemOf(written, language, cache), word });
  });
  return tokens;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildIndex(): ThemeIndex {
  const themes = loadReference().themes;
  const acronyms: ThemeIndex['acronyms'] = [];
  themes.forEach((theme, themeIndex) => {
    for (const acronym of theme.acronyms) {
      acronyms.push({ themeIndex, pattern: new RegExp(`(?<![\\p{L}\\p{N}&/])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}&])`, 'gu') });
    }
  });
  return { themes, byFirstPart: {}, acronyms, stemCache: { fr: new Map(), en: new Map(), es: new Map() } };
}

/**
 * The compiled triggers of one language. Stemming the whole vocabulary costs tens of
 * milliseconds, so a French document does not pay for the English and Spanish triggers.
 */
function triggersOf(language: StemLanguage, idx: ThemeIndex): TriggersByFirstPart {
  const cached = idx.byFirstPart[language];
  if (cached) return cached;
  const triggers: TriggersByFirstPart = { byStem: new Map(), byWord: new Map() };
  idx.themes.forEach((theme, themeIndex) => {
    for (const trigger of theme.triggers[language]) {
      const parts: TriggerPart[] = trigger.startsWith('=')
        ? [{ exact: true, value: foldForMatch(trigger.slice(1)) }]
        : tokensOf(trigger, language, idx.stemCache[language]).map((t) =>
            language === 'en' && t.word.length - t.stem.length > STEM_GUARD
              ? { exact: false, value: t.stem, forms: formsOf(t.word) }
              : { exact: false, value: t.stem },
          );
      if (parts.length === 0) continue;
      const byFirstPart = parts[0]!.exact ? triggers.byWord : triggers.byStem;
      const list = byFirstPart.get(parts[0]!.value) ?? [];
      list.push({ themeIndex, parts });
      byFirstPart.set(parts[0]!.value, list);
    }
  });
  for (const list of [...triggers.byStem.values(), ...triggers.byWord.values()]) list.sort((a, b) => b.parts.length - a.parts.length);
  idx.byFirstPart[language] = triggers;
  return triggers;
}

function index(): ThemeIndex {
  cachedIndex ??= buildIndex();
  return cachedIndex;
}

function partMatches(part: TriggerPart, token: TextToken): boolean {
  if (part.exact) return token.word === part.value;
  if (token.stem !== part.value) return false;
  return part.forms === undefined || part.forms.some((form) => sharesBeginning(token.word, form, part.value.length + STEM_GUARD));
}

/**
 * Hits per theme index for one language's triggers. A hit covers the words of its trigger:
 * a theme does not count again inside them ("social mediation" is one hit, not two with
 * "mediation"), so the count does not depend on how a language orders its words.
 */
function countHits(text: string, language: StemLanguage, idx: ThemeIndex): Map<number, number> {
  const tokens = tokensOf(text, language, idx.stemCache[language]);
  const hits = new Map<number, number>();
  const coveredUntil = new Map<number, number>();
  const triggers = triggersOf(language, idx);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    // Stem triggers, then exact-word ones: the order decides which covers the words when both match.
    for (const candidates of [triggers.byStem.get(token.stem), triggers.byWord.get(token.word)]) {
      if (candidates === undefined) continue;
      for (const trigger of candidates) {
        if (i < (coveredUntil.get(trigger.themeIndex) ?? 0) || i + trigger.parts.length > tokens.length) continue;
        if (trigger.parts.every((part, k) => partMatches(part, tokens[i + k]!))) {
          coveredUntil.set(trigger.themeIndex, i + trigger.parts.length);
          hits.set(trigger.themeIndex, (hits.get(trigger.themeIndex) ?? 0) + 1);
        }
      }
    }
  }
  return hits;
}

/**
 * Themes of a text, most hits first, then in vocabulary order. Triggers of the text's
 * language are matched on stems (fr, en, es stemmers); for `und` each language is tried and
 * a theme keeps its best count. Acronym triggers (AGR, PDI, M&E) count in any language.
 */
export function findThemes(text: string, language: Language): ThemeRef[] {
  const idx = index();
  const languages = language === 'und' ? STEM_LANGUAGES : [language];
  const hits = new Map<number, number>();
  for (const lang of languages) {
    for (const [themeIndex, count] of countHits(text, lang, idx)) hits.set(themeIndex, Math.max(hits.get(themeIndex) ?? 0, count));
  }
  for (const { themeIndex, pattern } of idx.acronyms) {
    pattern.lastIndex = 0;
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0) hits.set(themeIndex, (hits.get(themeIndex) ?? 0) + count);
  }
  return [...hits.entries()]
    .sort(([a, hitsA], [b, hitsB]) => hitsB - hitsA || a - b)
    .map(([themeIndex]) => {
      const theme = idx.themes[themeIndex]!;
      return { id: theme.id, label: theme.labels.en };
    });
}

/**
 * Ids of the broader themes of `id`, nearest first (slavery -> forced labour -> ...); [] for a top theme or an unknown id.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function themeAncestors(id: string): string[] {
  const { themeById } = loadReference();
  const ancestors: string[] = [];
  for (let b = themeById.get(id)?.broader ?? null; b !== null && !ancestors.includes(b); b = themeById.get(b)?.broader ?? null) ancestors.push(b);
  return ancestors;
}

/**
 * The ThemeRef of a theme id, or null if the id is not in the vocabulary.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function themeRef(id: string): ThemeRef | null {
  const theme = loadReference().themeById.get(id);
  return theme ? { id: theme.id, label: theme.labels.en } : null;
}
