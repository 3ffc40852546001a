import os from 'node:os';
import type { ExtractOutcome } from '../pipeline/extract-documents.js';
import { compiledModuleUrl, createWorkerPool, WorkerTaskError, type WorkerPool } from './worker-pool.js';
import type { WorkerTasks } from './worker-tasks.js';

/** The pool `ingest` extracts files on: the tasks of worker-tasks.ts, with the command line's walls. */
export type ExtractWorkers = WorkerPool<WorkerTasks>;

/**
 * Threads for ingestion's extraction when none is asked: one per core, at most four (the graph and
 * index writes on the main thread mostly wait on the engines, which need cores too).
 */
export function defaultExtractThreads(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * A pool for extracting the files of an ingest off the main thread, so that reading and
 * extraction (about 50 ms of CPU per summary) run beside the graph and index writes instead of
 * between them. The walls are the command line's, not the API's: a large report may take
 * minutes, and only a document that would exhaust the process's memory is stopped.
 */
export function createExtractWorkers(threads: number): ExtractWorkers {
  return createWorkerPool<WorkerTasks>({
    taskModule: compiledModuleUrl('./worker-tasks.js', import.meta.url),
    threads,
    taskTimeoutMs: 30 * 60_000,
    maxMemoryMb: 2048,
    maxQueued: 1024,
  });
}

/**
 * Extracts a file on the pool; the pool's walls become a failed outcome naming the file, as any
 * bad file is. `bytes`, the file's content when the caller read it already, is moved to the
 * worker when it owns its whole buffer (unusable here afterwards), copied otherwise.
 */
export async function extractFileInWorker(workers: ExtractWorkers, path: string, bytes?: Uint8Array): Promise<ExtractOutcome> {
  try {
    if (!bytes) return await workers.run('extractDocumentFile', { path });
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    return await workers.run('extractDocumentFile', { path, bytes }, owned ? { transfer: [bytes.buffer] } : {});
  } catch (error) {
    if (error instanceof WorkerTaskError && error.reason === 'out-of-memory') {
      return {
        path,
        ok: false,
        code: 'BAD_INPUT',
        reason: `${path}: reading and extraction needed more than ${error.limit} MB of memory and were stopped: the document expands too much`,
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { path, ok: false, code: 'INTERNAL', reason: `${path}: extraction failed (${message})` };
  }
}
