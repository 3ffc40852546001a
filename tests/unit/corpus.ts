/**
 * The development corpus of real evaluation documents, kept beside the repository at
 * `../shared/corpus` (CI puts it there too; see its README for what each file holds).
 */
import path from 'node:path';
import { readDocument } from '../../src/read/read-document.js';
import type { ReadResult } from '../../src/model/read-result.js';

/** Absolute path of the corpus folder. */
export const CORPUS_DIR = path.resolve('..', 'shared', 'corpus');

/** Absolute path of a corpus file. */
export function corpusPath(file: string): string {
  return path.join(CORPUS_DIR, file);
}

/** Reads a corpus file through the real readers. */
export function readCorpus(file: string): Promise<ReadResult> {
  return readDocument(corpusPath(file));
}

/** The text's lines that are headings (`#` to `######`). */
export function headingsOf(text: string): string[] {
  return text.split('\n').filter((line) => /^#{1,6} /.test(line));
}
