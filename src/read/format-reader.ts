import type { TextEncoding } from '../model/read-result.js';

/** Options of readDocument / readDocumentBytes. */
export interface ReadOptions {
  /** Largest accepted file, in bytes. Default DEFAULT_MAX_BYTES (20 MB). */
  maxBytes?: number;
}

/** What one format reader returns; readDocument adds path, hash and format. */
export interface ReaderOutput {
  text: string;
  encoding: TextEncoding;
  warnings: string[];
  /** See ReadResult.pageStarts; omitted by readers of formats without pages. */
  pageStarts?: number[];
}

/**
 * One reader per format. `sourcePath` is only used to name the file in errors and warnings.
 * A reader throws AppError('BAD_INPUT') for content it cannot read.
 */
export type FormatReader = (bytes: Uint8Array, sourcePath: string) => Promise<ReaderOutput>;

/** Default size limit: 20 MB. Evaluation summaries are a few hundred kB at most. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
