import { stemWord } from './natural.js';
import { foldForMatch } from './normalise.js';
import type { Language } from '../model/records.js';
import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS } from './stop-words.js';

const STOP_WORDS = new Set([...FRENCH_STOP_WORDS, ...ENGLISH_STOP_WORDS].map(foldForMatch));

/** A text to compare, with its language (stemming is per language). */
export interface TextInput {
  text: string;
  language: string | null;
}

type StemLanguage = Exclude<Language, 'und'>;

function stemLanguage(language: string | null): StemLanguage | null {
  return language === 'fr' || language === 'en' || language === 'es' ? language : null;
}

/** Most words remembered per language before the cache starts over (a corpus has tens of thousands). */
const TERM_CACHE_SIZE = 200_000;

// natural's Porter stemmers cost 50-120 µs a word; a corpus repeats its words endlessly, so
// each language keeps word -> term (null: a stop word). A full cache starts over rather than
// growing without bound.
const termCache: Record<StemLanguage | 'none', Map<string, string | null>> = { fr: new Map(), en: new Map(), es: new Map(), none: new Map() };

function termOf(word: string, language: StemLanguage | null): string | null {
  const cache = termCache[language ?? 'none'];
  let term = cache.get(word);
  if (term === undefined) {
    term = STOP_WORDS.has(foldForMatch(word)) ? null : foldForMatch(language ? stemWord(word, language) : word);
    if (cache.size >= TERM_CACHE_SIZE) cache.clear();
    cache.set(word, term);
  }
  return term;
}

/**
 * Terms of a text for TF-IDF: words of 3+ letters, stop words out, stemmed in the text's
 * language (before folding: the French stemmer knows accented suffixes), then accent-folded.
 * Repeats are kept (they are the term frequencies).
 */
export function toTerms(input: TextInput): string[] {
  const language = stemLanguage(input.language);
  const words = input.text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    const term = termOf(word, language);
    if (term !== null) terms.push(term);
  }
  return terms;
}

function counts(terms: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  return tf;
}

/**
 * TF-IDF cosine similarity of a source with each candidate, all given as their terms (toTerms),
 * over the corpus made of the source and the candidates: tf is the raw count, idf is
 * 1 + ln(N / (1 + df)), as natural's TfIdf computes them (the scores match what the service
 * gave when it ran natural's TfIdf on the texts), without stemming anything again. Texts in
 * different languages share few stems and score near 0: themes carry the cross-language
 * comparison.
 */
export function termSimilarities(source: readonly string[], candidates: ReadonlyArray<readonly string[]>): number[] {
  const documents = [counts(source), ...candidates.map(counts)];
  const df = new Map<string, number>();
  for (const document of documents) for (const term of document.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  // Each term's idf once; a candidate's weights are not kept, only its norm and its dot product
  // with the source (the same products, in the same order, as with the weights in a map).
  const idfs = new Map<string, number>();
  for (const [term, count] of df) idfs.set(term, 1 + Math.log(documents.length / (1 + count)));
  const idf = (term: string) => idfs.get(term) as number;
  const sourceWeights: Array<[string, number]> = [];
  let sourceNorm = 0;
  for (const [term, tf] of documents[0] as Map<string, number>) {
    const weight = tf * idf(term);
    sourceWeights.push([term, weight]);
    sourceNorm += weight * weight;
  }
  return documents.slice(1).map((document) => {
    let norm = 0;
    for (const [term, tf] of document) {
      const weight = tf * idf(term);
      norm += weight * weight;
    }
    if (sourceNorm === 0 || norm === 0) return 0;
    let dot = 0;
    for (const [term, weight] of sourceWeights) {
      const tf = document.get(term);
      if (tf !== undefined) dot += weight * (tf * idf(term));
    }
    return dot / Math.sqrt(sourceNorm * norm);
  });
}

/**
 * TF-IDF cosine similarity of a source text with each candidate text (termSimilarities of their terms).
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function textSimilarities(source: TextInput, candidates: readonly TextInput[]): number[] {
  return termSimilarities(toTerms(source), candidates.map(toTerms));
}

/** The most telling words of a text (longest, most repeated), to query Meilisearch with: it reads at most 10 words. */
export function keyWords(text: string, count = 10): string[] {
  const frequency = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
    if (STOP_WORDS.has(foldForMatch(word))) continue;
    frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return [...frequency.entries()]
    .sort(([a, fa], [b, fb]) => fb - fa || b.length - a.length || a.localeCompare(b))
    .slice(0, count)
    .map(([word]) => word);
}
