/**
 * Bounded concurrency for async work: a pool that runs a task per item with at most N at a time
 * (extraction ahead of the writer, the ingest writers), and a limit that any number of callers
 * share (graph transactions in flight).
 */

/**
 * Runs `task(item, index)` for every item with at most `concurrency` tasks running at once.
 * Items are taken in order, each as soon as a task finishes, so index i starts before index
 * i + 1. Resolves when every task has finished; rejects with the first task's error, and no
 * further item is taken after it (the tasks already running are not interrupted).
 */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next;
      next += 1;
      try {
        await task(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(concurrency), items.length));
  await Promise.all(Array.from({ length: workers }, () => worker()));
}

/** Runs a task under a limit: it waits while `size` tasks run already. */
export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A limit shared by several callers: at most `size` tasks run at once, the others wait their
 * turn, first come first served. A task's failure frees its place like a success.
 */
export function createLimit(size: number): Limit {
  const capacity = Math.max(1, Math.floor(size));
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A freed place is handed straight to the first waiter, so `running` never drops between.
    if (running >= capacity) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const wake = waiting.shift();
      if (wake) wake();
      else running -= 1;
    }
  };
}
