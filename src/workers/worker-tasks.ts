import { extractRecord } from '../extract/extract-record.js';
import type { ExtractionRecord } from '../model/records.js';
import { readDocumentBytes } from '../read/read-document.js';

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
};

/** The task table's type, for `createWorkerPool<WorkerTasks>`. */
export type WorkerTasks = typeof tasks;
