import { extractRecord } from '../extract/extract-record.js';
import type { ExtractionRecord } from '../model/records.js';
import { readDocumentBytes } from '../read/read-document.js';
import { extractDocument, type ExtractOutcome } from '../pipeline/extract-documents.js';

/**
 * The tasks the API's worker threads run (see worker-pool.ts): loaded inside each worker, never
 * on the main thread. Add CPU-heavy work here as another named function taking and returning
 * plain data; callers get its types through `WorkerTasks`.
 */
export const tasks = {
  /**
   * Reads and extracts an uploaded document (bytes -> text -> record): the CPU-heavy half of
   * `ingestDocument`. The graph and index writes stay on the main thread.
   */
  async extractDocumentBytes(input: { bytes: Uint8Array; sourcePath: string }): Promise<ExtractionRecord> {
    return extractRecord(await readDocumentBytes(input.bytes, input.sourcePath));
  },
  /**
   * Reads and extracts a file on disk (`ingest` of a folder): the file is read in the worker, so
   * only the record crosses the thread boundary, unless `bytes` brings its content already read
   * (ingest hashed it first: transferred, not copied). Never throws: a bad file is an `ok: false`
   * outcome naming it, as on the main thread.
   */
  async extractDocumentFile(input: { path: string; bytes?: Uint8Array }): Promise<ExtractOutcome> {
    return extractDocument(input.path, input.bytes ? { bytes: input.bytes } : {});
  },
};

/** The task table's type, for `createWorkerPool<WorkerTasks>`. */
export type WorkerTasks = typeof tasks;
