import { createRequire } from 'node:module';
import type { Language } from '../model/records.js';

/**
 * The one door to `natural`. Its package index loads storage adapters that run dotenv
 * (reads ./.env into process.env and prints to stdout when its index is loaded whole), so each part is
 * required from its own module here, with the small types we rely on.
 */
const require = createRequire(import.meta.url);

/** A natural stemmer: one lower-case word in, its stem out. */
export interface Stemmer {
  stem(token: string): string;
}

/** natural's TfIdf, the part of its API we use. */
export interface TfIdfIndex {
  addDocument(document: string | string[], key?: unknown): void;
  tfidf(terms: string | string[], documentIndex: number): number;
  tfidfs(terms: string | string[], callback?: (index: number, measure: number, key?: unknown) => void): number[];
  listTerms(documentIndex: number): { term: string; tf: number; idf: number; tfidf: number }[];
  documents: Record<string, number>[];
}

const PorterStemmerFr = require('natural/lib/natural/stemmers/porter_stemmer_fr.js') as Stemmer;
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
const PorterStemmerEs = require('natural/lib/natural/stemmers/porter_stemmer_es.js') as Stemmer;
// tfidf.js exports the class itself (`module.exports = TfIdf`), not `{ TfIdf }`.
const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => TfIdfIndex;

const STEMMERS: Record<Exclude<Language, 'und'>, Stemmer> = { fr: PorterStemmerFr, en: PorterStemmer, es: PorterStemmerEs };

/**
 * The Porter stemmer of a language (French, English or Spanish).
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function stemmerFor(language: Exclude<Language, 'und'>): Stemmer {
  return STEMMERS[language];
}

/**
 * Stem of one lower-case word with the language's Porter stemmer. Accents are kept by the
 * French stemmer (médiation -> médiat): fold the result if you compare accent-insensitively.
 */
export function stemWord(word: string, language: Exclude<Language, 'und'>): string {
  return STEMMERS[language].stem(word);
}

/**
 * A new, empty natural TfIdf index (documents as strings or as pre-tokenised term lists).
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function createTfIdf(): TfIdfIndex {
  return new TfIdf();
}
