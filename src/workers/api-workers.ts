import type { Config } from '../config.js';
import { AppError, type ErrorCode } from '../errors.js';
import type { ExtractionRecord } from '../model/records.js';
import { compiledModuleUrl, createWorkerPool, WorkerTaskError, type SerialisedError, type WorkerPool } from './worker-pool.js';
import type { WorkerTasks } from './worker-tasks.js';

/** The API's worker pool, running the tasks of worker-tasks.ts. */
export type ApiWorkers = WorkerPool<WorkerTasks>;

const APP_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_INPUT',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'UNAVAILABLE',
  'CONFIG',
  'SERVICE',
  'TIMEOUT',
  'RATE_LIMITED',
]);

/** An AppError thrown in a worker is an AppError again on this side (its message is client-safe). */
function reviveError(error: SerialisedError): Error {
  if (error.name === 'AppError' && error.code && APP_ERROR_CODES.has(error.code)) return new AppError(error.code as ErrorCode, error.message);
  return new Error(error.message);
}

/** Creates the API's pool from the configuration (WORKER_THREADS, WORKER_TASK_TIMEOUT_MS, WORKER_MAX_MEMORY_MB). No thread starts before the first task. */
export function createApiWorkers(config: Pick<Config, 'workers'>): ApiWorkers {
  return createWorkerPool<WorkerTasks>({
    taskModule: compiledModuleUrl('./worker-tasks.js', import.meta.url),
    threads: config.workers.threads,
    taskTimeoutMs: config.workers.taskTimeoutMs,
    maxMemoryMb: config.workers.maxMemoryMb,
    reviveError,
  });
}

/**
 * Reads and extracts uploaded bytes on a worker thread. The pool's walls become errors that name
 * the file and say what to do: BAD_INPUT for a document that took too long or too much memory
 * (the reading is stopped, nothing is written), UNAVAILABLE when every worker is busy.
 */
export async function extractInWorker(workers: ApiWorkers, bytes: Uint8Array, sourcePath: string): Promise<ExtractionRecord> {
  try {
    return await workers.run('extractDocumentBytes', { bytes, sourcePath });
  } catch (error) {
    if (!(error instanceof WorkerTaskError)) throw error;
    switch (error.reason) {
      case 'timeout':
        throw new AppError(
          'BAD_INPUT',
          `${sourcePath}: reading and extraction took longer than ${Math.round((error.limit ?? 0) / 1000)} s and were stopped (WORKER_TASK_TIMEOUT_MS): the document is too large or too deeply nested to extract through the API; check it, or ingest it with \`lessons-graph ingest\``,
          { cause: error },
        );
      case 'out-of-memory':
        throw new AppError(
          'BAD_INPUT',
          `${sourcePath}: reading and extraction needed more than ${error.limit} MB of memory and were stopped (WORKER_MAX_MEMORY_MB): the document expands too much (a compressed archive that inflates hugely, or markup nested too deeply)`,
          { cause: error },
        );
      case 'queue-full':
      case 'closed':
        throw new AppError('UNAVAILABLE', `${sourcePath}: the server is busy extracting other uploads; retry later`, { cause: error });
      default:
        throw new AppError('BAD_INPUT', `${sourcePath}: extraction failed (${error.message})`, { cause: error });
    }
  }
}
