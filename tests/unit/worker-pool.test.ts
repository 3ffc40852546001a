import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../src/errors.js';
import { compiledModuleUrl, createWorkerPool, WorkerTaskError, type WorkerPool } from '../../src/workers/worker-pool.js';

type TestTasks = {
  double: (n: number) => number;
  echo: (input: { bytes: Uint8Array }) => Promise<{ bytes: Uint8Array; threadId: number }>;
  spin: (input: null) => never;
  hoardBuffers: (input: null) => Promise<never>;
  hoardHeap: (input: null) => never;
  fail: (message: string) => never;
  wait: (ms: number) => Promise<number>;
};

const taskModule = pathToFileURL(path.resolve('tests/fixtures/workers/test-tasks.mjs'));

describe('worker pool (worker threads with time and memory walls)', () => {
  let pool: WorkerPool<TestTasks>;
  beforeEach(() => {
    // Generous time limit: a worker's start is slow on a loaded machine (only the spin test wants a short one).
    pool = createWorkerPool<TestTasks>({ taskModule, threads: 2, taskTimeoutMs: 60_000, maxMemoryMb: 96, maxQueued: 2 });
  });
  afterEach(async () => {
    await pool.close();
  });

  it('runs tasks off the main thread, starting workers on first use and reusing them', async () => {
    expect(pool.stats()).toEqual({ threads: 0, busy: 0, queued: 0 });
    expect(await pool.run('double', 21)).toBe(42);
    const echoed = await pool.run('echo', { bytes: new Uint8Array([1, 2, 3]) });
    expect([...echoed.bytes]).toEqual([1, 2, 3]);
    expect(echoed.threadId).toBeGreaterThan(0);
    expect(pool.stats()).toEqual({ threads: 1, busy: 0, queued: 0 });
  });

  it('a task that never ends is stopped at its time limit, and the event loop stays free meanwhile (regression: uploads blocked /healthz for 16 s)', async () => {
    const short = createWorkerPool<TestTasks>({ taskModule, threads: 1, taskTimeoutMs: 1500, maxMemoryMb: 96 });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const error = await short.run('spin', null).catch((caught: unknown) => caught);
    clearInterval(timer);
    expect(error).toBeInstanceOf(WorkerTaskError);
    expect(error).toMatchObject({ reason: 'timeout', limit: 1500, message: 'the task ran longer than 1500 ms and was stopped' });
    // The main thread's timers ran while the worker spun.
    expect(ticks).toBeGreaterThan(0);
    // The stopped worker was dropped; the next task gets a fresh one.
    expect(short.stats().threads).toBe(0);
    expect(await short.run('double', 2)).toBe(4);
    await short.close();
  });

  it('a task hoarding buffers outside the heap is stopped at the memory limit (regression: a .docx expanding to 2 GB took RSS from 1.2 to 4.2 GB)', async () => {
    const error = await pool.run('hoardBuffers', null).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: 'out-of-memory', limit: 96 });
    expect(await pool.run('double', 3)).toBe(6);
  });

  it('a task filling the JavaScript heap is stopped by V8 (resourceLimits)', async () => {
    const error = await pool.run('hoardHeap', null).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: 'out-of-memory', limit: 96 });
  });

  it("a task's own error comes back with its message and code, the worker stays", async () => {
    const revived = createWorkerPool<TestTasks>({
      taskModule,
      threads: 1,
      taskTimeoutMs: 60_000,
      maxMemoryMb: 64,
      reviveError: (error) => new AppError(error.code === 'BAD_INPUT' ? 'BAD_INPUT' : 'UNAVAILABLE', error.message),
    });
    try {
      await expect(revived.run('fail', 'x.docx: not a zip')).rejects.toEqual(new AppError('BAD_INPUT', 'x.docx: not a zip'));
      await expect(pool.run('fail', 'plain')).rejects.toMatchObject({ message: 'plain', code: 'BAD_INPUT' });
      expect(revived.stats().threads).toBe(1);
    } finally {
      await revived.close();
    }
  });

  it('queues tasks beyond its threads, refuses beyond its queue, and fails what is left on close', async () => {
    const running = [pool.run('wait', 300), pool.run('wait', 300), pool.run('wait', 10), pool.run('wait', 10)];
    expect(pool.stats()).toEqual({ threads: 2, busy: 2, queued: 2 });
    await expect(pool.run('double', 1)).rejects.toMatchObject({ reason: 'queue-full' });
    expect(await Promise.all(running)).toEqual([300, 300, 10, 10]);
    const pending = pool.run('wait', 5_000).catch((caught: unknown) => caught);
    await pool.close();
    expect(await pending).toMatchObject({ reason: 'closed' });
    await expect(pool.run('double', 1)).rejects.toMatchObject({ reason: 'closed' });
  });
});

describe('compiledModuleUrl', () => {
  it('keeps a compiled caller beside its module, and maps a TypeScript source under src/ to dist/', () => {
    expect(compiledModuleUrl('./x.js', 'file:///app/dist/workers/api-workers.js').href).toBe('file:///app/dist/workers/x.js');
    expect(() => compiledModuleUrl('./nothing-here.js', 'file:///nowhere/src/workers/api-workers.ts')).toThrow(
      '/nowhere/dist/workers/nothing-here.js is missing: build the project (npm run build) before running worker tasks from the sources',
    );
  });
});
