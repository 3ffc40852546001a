import type { DocumentFormat } from './records.js';

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
