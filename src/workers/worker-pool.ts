import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A small pool of worker threads for CPU-heavy work that must not block the event loop (the
 * extraction of uploaded documents; later, similarity scoring). Generic: a *task module* exports
 * `tasks`, a table of named functions `(input) => output | Promise<output>`; the pool loads that
 * module in each worker and runs one task at a time per worker. Inputs and outputs cross the
 * thread boundary by structured clone (plain data: no class instances, no functions).
 *
 * Each task has walls the event loop has not: a time limit (the worker is terminated, the task
 * fails with `WorkerTaskError` reason `timeout`) and a memory limit (heap plus buffers, watched
 * by the worker itself; a heap growing synchronously is stopped by V8's `resourceLimits` at
 * twice the limit: the worker dies, reason `out-of-memory`). A terminated worker is replaced on the next task.
 * Workers start on first use and, when idle, do not keep the process alive.
 *
 * ```ts
 * // my-tasks.ts
 * export const tasks = { double: (n: number) => n * 2 };
 * export type MyTasks = typeof tasks;
 * // caller (import type only: the task code is loaded in the workers, not here)
 * const pool = createWorkerPool<MyTasks>({ taskModule: compiledModuleUrl('./my-tasks.js', import.meta.url), threads: 2, taskTimeoutMs: 5000, maxMemoryMb: 256 });
 * await pool.run('double', 21); // 42
 * ```
 */

/** A task table: what a task module exports as `tasks`. */
export type TaskTable = Record<string, (input: never) => unknown>;

/** Why a task failed without returning: the walls of the pool, or a worker that went away. */
export type WorkerFailure = 'timeout' | 'out-of-memory' | 'worker-exited' | 'queue-full' | 'closed';

/**
 * A task that did not finish because of the pool's limits. A task that threw has its own error
 * instead (an AppError keeps its code and message; anything else becomes an Error with the message).
 */
export class WorkerTaskError extends Error {
  override readonly name = 'WorkerTaskError';
  constructor(
    readonly reason: WorkerFailure,
    message: string,
    /** The limit that was hit (ms for a timeout, MB for memory), when there is one. */
    readonly limit: number | null = null,
  ) {
    super(message);
  }
}

export interface WorkerPoolOptions {
  /** URL of the compiled task module (see `compiledModuleUrl`). */
  taskModule: URL;
  /** Worker threads at most (each runs one task at a time). */
  threads: number;
  /** Longest a task may run once a worker took it; the worker is terminated after it. */
  taskTimeoutMs: number;
  /**
   * Memory of each worker, in MB: heap plus buffers, checked by the worker every 25 ms while its
   * event loop turns; V8 stops a heap that grows synchronously past twice this (`resourceLimits`).
   */
  maxMemoryMb: number;
  /** Tasks waiting for a free worker at most; more are refused at once (reason `queue-full`). Default 32. */
  maxQueued?: number;
  /**
   * Rebuilds the error a task threw from its name, code and message (so an AppError thrown in
   * a worker is an AppError again here). Default: an Error with the message, `code` attached.
   */
  reviveError?: (error: SerialisedError) => Error;
}

/** An error as it crosses the thread boundary. */
export interface SerialisedError {
  name: string;
  message: string;
  code?: string;
}

export interface WorkerPool<Tasks extends TaskTable> {
  /**
   * Runs a task on a free worker (queued when all are busy); resolves with its output. `transfer`:
   * buffers of the input moved to the worker instead of copied (unusable here afterwards).
   */
  run<K extends keyof Tasks & string>(
    task: K,
    input: Parameters<Tasks[K]>[0],
    options?: { timeoutMs?: number; transfer?: readonly ArrayBuffer[] },
  ): Promise<Awaited<ReturnType<Tasks[K]>>>;
  /** Workers started, tasks running, tasks waiting. */
  stats(): { threads: number; busy: number; queued: number };
  /** Terminates every worker; running and queued tasks fail with reason `closed`. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  transfer: readonly ArrayBuffer[];
  timeoutMs: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

type Reply = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: SerialisedError };

// The code each worker runs. Plain JavaScript evaluated by Node (`eval: true`), so the pool works
// the same from the compiled code and from the TypeScript sources under test; the task module,
// loaded once per worker, is where the real work lives.
// Buffers (ArrayBuffers: an inflated zip entry) live outside the heap that `resourceLimits`
// bounds, so the worker also watches its own heap + external memory (per thread, unlike rss) and
// ends itself with OUT_OF_MEMORY_EXIT when a task goes over the limit.
const OUT_OF_MEMORY_EXIT = 86;
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = import(workerData.taskModule);
setInterval(() => {
  const usage = process.memoryUsage();
  if (usage.heapUsed + usage.external > workerData.maxBytes) process.exit(${OUT_OF_MEMORY_EXIT});
}, 25).unref();
parentPort.on('message', async ({ id, task, input }) => {
  try {
    const { tasks } = await loaded;
    if (!tasks || typeof tasks[task] !== 'function') throw new Error('no task named ' + task + ' in ' + workerData.taskModule);
    parentPort.postMessage({ id, ok: true, output: await tasks[task](input) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort.postMessage({ id, ok: false, error: { name: e.name, message: e.message, code: typeof e.code === 'string' ? e.code : undefined } });
  }
});
`;

function defaultRevive(error: SerialisedError): Error {
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

/** Creates a pool. No thread starts until the first task. */
export function createWorkerPool<Tasks extends TaskTable>(options: WorkerPoolOptions): WorkerPool<Tasks> {
  const maxQueued = options.maxQueued ?? 32;
  const revive = options.reviveError ?? defaultRevive;
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { taskModule: options.taskModule.href, maxBytes: options.maxMemoryMb * 1024 * 1024 },
      // V8's heap limit is the last wall, twice the memory limit the worker watches itself:
      // V8 ends a worker gracefully (ERR_WORKER_OUT_OF_MEMORY) only when the allocation that
      // crosses the limit fits in the 16 MB of leeway Node gives; a single larger one aborts the
      // whole process, as it would on the main thread.
      resourceLimits: {
        maxOldGenerationSizeMb: 2 * options.maxMemoryMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(options.maxMemoryMb / 8))),
      },
    });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (reply: Reply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      finish(slot);
      if (reply.ok) job.resolve(reply.output);
      else job.reject(revive(reply.error));
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(
        slot,
        outOfMemory
          ? new WorkerTaskError('out-of-memory', `the task needed more than ${options.maxMemoryMb} MB of memory and was stopped`, options.maxMemoryMb)
          : new WorkerTaskError('worker-exited', `the worker failed: ${error.message}`),
      );
    });
    worker.on('exit', (code) =>
      fail(
        slot,
        code === OUT_OF_MEMORY_EXIT
          ? new WorkerTaskError('out-of-memory', `the task needed more than ${options.maxMemoryMb} MB of memory and was stopped`, options.maxMemoryMb)
          : new WorkerTaskError('worker-exited', `the worker exited (code ${code}) before the task finished`),
      ),
    );
    worker.unref();
    slots.push(slot);
    return slot;
  };

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  };

  /** Drops a worker that died or was stopped, failing its task, and lets the queue move on. */
  const fail = (slot: Slot, error: WorkerTaskError) => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    const job = slot.job;
    finish(slot);
    void slot.worker.terminate();
    job?.reject(error);
    dispatch();
  };

  const start = (slot: Slot, job: Job) => {
    slot.job = job;
    // A busy worker keeps the process alive until its task settles.
    slot.worker.ref();
    slot.timer = setTimeout(
      () => fail(slot, new WorkerTaskError('timeout', `the task ran longer than ${job.timeoutMs} ms and was stopped`, job.timeoutMs)),
      job.timeoutMs,
    );
    slot.worker.postMessage({ id: job.id, task: job.task, input: job.input }, [...job.transfer]);
  };

  const dispatch = () => {
    while (!closed && queue.length > 0) {
      const slot = slots.find((candidate) => candidate.job === null) ?? (slots.length < options.threads ? spawn() : null);
      if (!slot) return;
      start(slot, queue.shift()!);
    }
  };

  return {
    run(task, input, runOptions) {
      return new Promise((resolve, reject) => {
        if (closed) return reject(new WorkerTaskError('closed', 'the worker pool is closed'));
        const busy = slots.filter((slot) => slot.job !== null).length;
        if (queue.length >= maxQueued && busy >= options.threads) {
          return reject(new WorkerTaskError('queue-full', `${maxQueued} tasks are already waiting for a worker; retry later`));
        }
        queue.push({
          id: nextId++,
          task,
          input,
          transfer: runOptions?.transfer ?? [],
          timeoutMs: runOptions?.timeoutMs ?? options.taskTimeoutMs,
          resolve,
          reject,
        });
        dispatch();
      });
    },
    stats: () => ({ threads: slots.length, busy: slots.filter((slot) => slot.job !== null).length, queued: queue.length }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new WorkerTaskError('closed', 'the worker pool is closed'));
      await Promise.all(
        [...slots].map(async (slot) => {
          slots.splice(slots.indexOf(slot), 1);
          const job = slot.job;
          finish(slot);
          job?.reject(new WorkerTaskError('closed', 'the worker pool is closed'));
          await slot.worker.terminate();
        }),
      );
    },
  };
}

/**
 * URL of a compiled module next to `base` (pass `import.meta.url`). Worker threads run plain
 * JavaScript: from the compiled code the module sits beside its caller; from the TypeScript
 * sources (the tests run them through ts-jest) it is the same path under `dist/`, which the
 * test setup builds.
 */
export function compiledModuleUrl(relative: string, base: string): URL {
  const beside = new URL(relative, base);
  if (!base.endsWith('.ts') || existsSync(fileURLToPath(beside))) return beside;
  // The last `/src/` of the path: the project's, whatever folders hold the project.
  const compiled = new URL(relative, base.replace(/^(.*)\/src\/((?:[^/]+\/)*)[^/]+\.ts$/, '$1/dist/$2x.js'));
  if (!existsSync(fileURLToPath(compiled))) {
    throw new Error(`${fileURLToPath(compiled)} is missing: build the project (npm run build) before running worker tasks from the sources`);
  }
  return compiled;
}
