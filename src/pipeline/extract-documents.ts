/**
 * Read + extract for files and folders, with no engine: the first stage of `ingest` and the
 * whole of `extract`. One outcome per document, in file order; a bad file is an outcome with
 * its reason, never an exception that stops the batch.
 */
import { describeError, isAppError } from '../errors.js';
import { extractRecord } from '../extract/extract-record.js';
import type { ExtractionRecord } from '../model/records.js';
import { listDocumentFiles } from '../read/list-document-files.js';
import { readDocument, readDocumentBytes } from '../read/read-document.js';
import type { ReadOptions } from '../read/format-reader.js';
import { forEachConcurrently } from '../util/concurrency.js';
import { assertSafeFileName } from './check-file-name.js';

export type ExtractOutcome =
  | { path: string; ok: true; record: ExtractionRecord }
  | {
      path: string;
      ok: false;
      /** An AppError code (BAD_INPUT for unreadable, empty, binary, too large or unsupported files) or INTERNAL. */
      code: string;
      reason: string;
    };

export interface ExtractDocumentsOptions extends ReadOptions {
  /** Documents read at the same time (default 4). */
  concurrency?: number;
  /** Called after each document, in completion order (progress bars). */
  onOutcome?: (outcome: ExtractOutcome) => void;
}

/**
 * Reads and extracts one file. Never rejects: read errors become `ok: false` outcomes
 * naming the file and the reason (a path holding a control character is refused unread).
 * `bytes`: the file's content, already read by the caller (ingest hashes files first), so it is
 * not read again.
 */
export async function extractDocument(path: string, options: ReadOptions & { bytes?: Uint8Array } = {}): Promise<ExtractOutcome> {
  try {
    assertSafeFileName(path);
    const { bytes, ...readOptions } = options;
    const read = bytes ? await readDocumentBytes(bytes, path, readOptions) : await readDocument(path, readOptions);
    return { path, ok: true, record: extractRecord(read) };
  } catch (error) {
    if (isAppError(error)) return { path, ok: false, code: error.code, reason: error.message };
    return { path, ok: false, code: 'INTERNAL', reason: `${path}: extraction failed (${describeError(error)})` };
  }
}

/**
 * Expands files and folders (folders recursively, hidden entries ignored) and extracts every
 * document. Paths that cannot be listed or have an unsupported extension are failed outcomes
 * too, so the caller can report them and exit non-zero. Outcomes come back sorted by path.
 */
export async function extractDocuments(paths: string[], options: ExtractDocumentsOptions = {}): Promise<ExtractOutcome[]> {
  const { files, skipped } = await listDocumentFiles(paths);
  const outcomes: ExtractOutcome[] = skipped
    .filter((entry) => entry.reason !== 'hidden')
    .map((entry) => ({ path: entry.path, ok: false as const, code: 'BAD_INPUT', reason: `${entry.path}: ${entry.reason}` }));
  for (const outcome of outcomes) options.onOutcome?.(outcome);
  const results = new Array<ExtractOutcome>(files.length);
  await forEachConcurrently(files, options.concurrency ?? 4, async (file, index) => {
    const outcome = await extractDocument(file, options);
    results[index] = outcome;
    options.onOutcome?.(outcome);
  });
  return [...outcomes, ...results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
