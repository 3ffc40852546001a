import diagnostics from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import net from 'node:net';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { describeError } from '../../src/errors.js';
import { closeSearchClient, createSearchClient, isIndexNotFound, searchAgentOf, searchApiErrorOf } from '../../src/search/client.js';
import { waitForSearchTasks } from '../../src/search/search-index.js';
import { resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

/**
 * Requests sent to Meilisearch while `run` runs ("METHOD path" and their headers, lower-cased
 * names), and the sockets they went out on (node:http publishes each request on this channel).
 */
async function recordRequests(port: number, run: () => Promise<void>): Promise<{ heads: string[]; sockets: Set<unknown> }> {
  const heads: string[] = [];
  const sockets = new Set<unknown>();
  const channel = diagnostics.channel('http.client.request.start');
  const listener = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    if (String(request.getHeader('host')).endsWith(`:${port}`)) {
      const headers = Object.entries(request.getHeaders()).map(([name, value]) => `${name}: ${String(value)}`);
      heads.push(`${request.method} ${request.path}\n${headers.join('\n')}`);
      request.once('socket', (socket) => sockets.add(socket));
    }
  };
  channel.subscribe(listener);
  try {
    await run();
  } finally {
    channel.unsubscribe(listener);
  }
  return { heads, sockets };
}

describe('the Meilisearch transport', () => {
  const config = testConfig();
  const uid = `${config.meili.indexPrefix}transport`;

  beforeAll(async () => {
    await resetStores(config);
  });

  it("sends every call (writes, task waits, searches) through the client's node:http keep-alive agent, asking for uncompressed answers (gzip answers waited 40 ms on a delayed ACK)", async () => {
    const client = createSearchClient(config);
    expect(searchAgentOf(client)).toBeDefined();
    try {
      const { heads, sockets } = await recordRequests(config.meili.port, async () => {
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
      // Keep-alive: sequential calls reuse one connection, never one per call.
      expect(heads.length).toBeGreaterThanOrEqual(8);
      expect(sockets.size).toBeLessThanOrEqual(2);
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
      const { heads } = await recordRequests(config.meili.port, async () => {
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

  it("hands an answer outside 2xx over as Meilisearch's own error, with its code and message", async () => {
    const client = createSearchClient(config);
    try {
      const failure = await client
        .index(`${uid}-missing`)
        .search('labour')
        .catch((error: unknown) => error);
      // The client wraps what its transport throws; the answer is the cause, found by searchApiErrorOf.
      expect(failure).toBeInstanceOf(MeilisearchRequestError);
      const answered = searchApiErrorOf(failure);
      expect(answered).toBeInstanceOf(MeilisearchApiError);
      expect(answered?.cause?.code).toBe('index_not_found');
      expect(answered?.response?.status).toBe(404);
      expect(isIndexNotFound(failure)).toBe(true);
      expect(describeError(failure)).toContain('not found');
    } finally {
      await closeSearchClient(client);
    }
  });

  it('gives up on a server that never answers after the engine timeout, as a timeout error', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const client = createSearchClient({ meili: { ...config.meili, host: `http://127.0.0.1:${port}` }, engineTimeoutMs: 300 });
    try {
      const started = Date.now();
      const failure = await client
        .index(uid)
        .search('labour')
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MeilisearchRequestError);
      expect((failure as MeilisearchRequestError).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await closeSearchClient(client);
      silent.close();
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
