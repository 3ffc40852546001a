import { createTfIdf, stemWord } from '../extract/natural.js';
import { foldForMatch } from '../extract/normalise.js';
import type { Language } from '../model/records.js';
import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS } from '../search/stop-words.js';

const STOP_WORDS = new Set([...FRENCH_STOP_WORDS, ...ENGLISH_STOP_WORDS].map(foldForMatch));

/** A text to compare, with its language (stemming is per language). */
export interface TextInput {
  text: string;
  language: string | null;
}

function stemLanguage(language: string | null): Exclude<Language, 'und'> | null {
  return language === 'fr' || language === 'en' || language === 'es' ? language : null;
}

/**
 * Terms of a text for TF-IDF: words of 3+ letters, stop words out, stemmed in the text's
 * language (before folding: the French stemmer knows accented suffixes), then accent-folded.
 */
export function toTerms(input: TextInput): string[] {
  const language = stemLanguage(input.language);
  const words = input.text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.has(foldForMatch(word))) continue;
    terms.push(foldForMatch(language ? stemWord(word, language) : word));
  }
  return terms;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, weight] of a) {
    normA += weight * weight;
    const other = b.get(term);
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of b.values()) normB += weight * weight;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/**
 * TF-IDF cosine similarity of a source text with each candidate, over the corpus made of the
 * source and the candidates (natural's TfIdf). Texts in different languages share few stems
 * and score near 0: themes carry the cross-language comparison.
 */
export function textSimilarities(source: TextInput, candidates: readonly TextInput[]): number[] {
  const tfidf = createTfIdf();
  tfidf.addDocument(toTerms(source));
  for (const candidate of candidates) tfidf.addDocument(toTerms(candidate));
  const vector = (index: number) => new Map(tfidf.listTerms(index).map((entry) => [entry.term, entry.tfidf]));
  const sourceVector = vector(0);
  return candidates.map((_, index) => cosine(sourceVector, vector(index + 1)));
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
