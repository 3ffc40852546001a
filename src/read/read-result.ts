import type { DocumentFormat } from '../model/records.js';

/** How the bytes of a document were turned into characters. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' | 'binary-format';

/**
 * What a reader hands to the extractor: one normalised, Markdown-like text per document,
 * whatever the format. Every offset in an ExtractionRecord refers to `text`.
 */
export interface ReadResult {
  /** The path as given (relative paths kept relative). */
  sourcePath: string;
  /** sha256 of the raw bytes, lowercase hex. */
  sha256: string;
  format: DocumentFormat;
  /** Normalised text: LF line ends, NFC, no BOM, no control characters but \n and \t, no trailing spaces. */
  text: string;
  /** The text encoding detected for txt/md/html; `binary-format` for pdf and docx. */
  encoding: TextEncoding;
  /** Human-readable warnings (encoding fallback, converter messages, ...). */
  warnings: string[];
  /**
   * Offsets in `text` where each page starts, in page order (`pageStarts[0]` is 0), for paged
   * formats (PDF); empty for formats without pages. The page of an offset is the index of the
   * last start at or before it, plus one.
   */
  pageStarts: number[];
}

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
