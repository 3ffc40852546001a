import diagnostics from 'node:diagnostics_channel';
import { closeSearchClient, createSearchClient, searchDispatcherOf } from '../../src/search/client.js';
import { waitForSearchTasks } from '../../src/search/search-index.js';
import { resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

/** Raw request heads sent to Meilisearch while `run` runs (undici publishes them on this channel). */
async function recordRequestHeads(port: number, run: () => Promise<void>): Promise<string[]> {
  const heads: string[] = [];
  const channel = diagnostics.channel('undici:client:sendHeaders');
  const listener = (message: unknown) => {
    const { request, headers } = message as { request: { origin: string; method: string; path: string }; headers: string };
    if (String(request.origin).endsWith(`:${port}`)) heads.push(`${request.method} ${request.path}\n${headers}`);
  };
  channel.subscribe(listener);
  try {
    await run();
  } finally {
    channel.unsubscribe(listener);
  }
  return heads;
}

describe('the Meilisearch transport', () => {
  const config = testConfig();
  const uid = `${config.meili.indexPrefix}transport`;

  beforeAll(async () => {
    await resetStores(config);
  });

  it("sends every call (writes, task waits, searches) through the client's keep-alive agent, asking for uncompressed answers (gzip answers waited 40 ms on a delayed ACK)", async () => {
    const client = createSearchClient(config);
    const dispatcher = searchDispatcherOf(client);
    expect(dispatcher).toBeDefined();
    let connections = 0;
    dispatcher!.on('connect', () => (connections += 1));
    try {
      const heads = await recordRequestHeads(config.meili.port, async () => {
        const created = await client.createIndex(uid, { primaryKey: 'id' });
        const added = await client.index(uid).addDocuments([
          { id: 'a', text: 'travail forcé' },
          { id: 'b', text: 'forced labour' },
        ]);
        const tasks = await waitForSearchTasks(client, [created.taskUid, added.taskUid]);
        expect(tasks.map((task) => task.status)).toEqual(['succeeded', 'succeeded']);
        for (let i = 0; i < 5; i += 1) expect((await client.index(uid).search('labour', { limit: 5 })).hits.map((hit) => hit.id)).toEqual(['b']);
      });
      expect(heads.some((head) => head.startsWith('POST /indexes/') && head.includes('/search'))).toBe(true);
      expect(heads.some((head) => head.startsWith('GET /tasks?'))).toBe(true);
      expect(heads.some((head) => head.startsWith('POST /indexes/') && head.includes('/documents'))).toBe(true);
      for (const head of heads) {
        expect(head.toLowerCase()).toContain('accept-encoding: identity');
        expect(head.toLowerCase()).not.toContain('gzip');
      }
      // Keep-alive: sequential calls reuse a connection or two (undici may open a second while
      // the first is finishing a response), never one per call.
      expect(heads.length).toBeGreaterThanOrEqual(8);
      expect(connections).toBeLessThanOrEqual(2);
    } finally {
      await closeSearchClient(client);
    }
  });

  it('waits on a long task without piling abort listeners on a signal (the 10,000-document bench printed MaxListenersExceededWarning: 1543 abort listeners)', async () => {
    const client = createSearchClient(config);
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => {
      if (warning.name === 'MaxListenersExceededWarning') warnings.push(warning);
    };
    process.on('warning', onWarning);
    try {
      const documents = Array.from({ length: 40_000 }, (_, i) => ({ id: `d${i}`, text: `document ${i} about forced labour and slavery in region ${i % 97}` }));
      const added = await client.index(uid).addDocuments(documents);
      const heads = await recordRequestHeads(config.meili.port, async () => {
        const [task] = await waitForSearchTasks(client, [added.taskUid]);
        expect(task?.status).toBe('succeeded');
      });
      const polls = heads.filter((head) => head.startsWith('GET /tasks?')).length;
      // Long enough that one listener per poll would have crossed Node's limit of 10.
      expect(polls).toBeGreaterThan(10);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await closeSearchClient(client);
    }
  });

  it('reports a task id Meilisearch never enqueued at once instead of waiting for the timeout', async () => {
    const client = createSearchClient(config);
    try {
      await expect(waitForSearchTasks(client, [987_654_321], 60_000)).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringContaining('no task 987654321'),
      });
    } finally {
      await closeSearchClient(client);
    }
  });
});
