import { createLimit, forEachConcurrently } from '../../../src/util/concurrency.js';

/** A promise the test settles by hand, so the order of events is fixed. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('forEachConcurrently', () => {
  it('runs at most `concurrency` tasks at once and starts them in order', async () => {
    const gates = Array.from({ length: 5 }, () => deferred());
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const done = forEachConcurrently(['a', 'b', 'c', 'd', 'e'], 2, async (_item, index) => {
      started.push(index);
      running += 1;
      most = Math.max(most, running);
      await gates[index]!.promise;
      running -= 1;
    });
    await settle();
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    for (const gate of gates) gate.resolve();
    await done;
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('hands each task its item and index', async () => {
    const seen: string[] = [];
    await forEachConcurrently(['x', 'y', 'z'], 8, async (item, index) => {
      seen.push(`${index}:${item}`);
    });
    expect(seen.sort()).toEqual(['0:x', '1:y', '2:z']);
  });

  it('resolves at once on no items, and treats a concurrency below 1 as 1', async () => {
    await expect(forEachConcurrently([], 4, async () => undefined)).resolves.toBeUndefined();
    const order: number[] = [];
    await forEachConcurrently([1, 2, 3], 0, async (item) => {
      order.push(item);
    });
    expect(order).toEqual([1, 2, 3]);
  });

  it('rejects with the first error and takes no item after it', async () => {
    const started: number[] = [];
    const failure = forEachConcurrently([0, 1, 2, 3], 1, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('item 1 failed');
    });
    await expect(failure).rejects.toThrow('item 1 failed');
    await settle();
    expect(started).toEqual([0, 1]);
  });
});

describe('createLimit', () => {
  it('lets `size` tasks run and queues the others, first come first served', async () => {
    const limit = createLimit(2);
    const gates = Array.from({ length: 4 }, () => deferred());
    const started: number[] = [];
    const results = gates.map((gate, index) =>
      limit(async () => {
        started.push(index);
        await gate.promise;
        return index * 10;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    await expect(Promise.all(results)).resolves.toEqual([0, 10, 20, 30]);
  });

  it('frees the place of a failed task', async () => {
    const limit = createLimit(1);
    const first = limit(async () => {
      throw new Error('write failed');
    });
    const second = limit(async () => 'written');
    await expect(first).rejects.toThrow('write failed');
    await expect(second).resolves.toBe('written');
  });
});
