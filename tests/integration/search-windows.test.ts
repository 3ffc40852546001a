import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/graph/driver.js';
import { createLogger } from '../../src/logger.js';
import { SearchSync } from '../../src/pipeline/search-sync.js';
import { createSearchClient } from '../../src/search/client.js';
import { insightsIndexName } from '../../src/search/search-index.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
/** The seed for another project: a distinct evaluation of 25 insights. */
const variantText = (n: number) => readFileSync(SEED, 'utf8').replaceAll('MLI/19/01/USA', `MLI/19/${n}/USA`);

describe('search windows: how many documents and insights go to Meilisearch together', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const search = createSearchClient(config);
  const work = mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-windows-'));
  const deps = { driver, search, config, logger: createLogger({ logLevel: 'silent' }) };
  let documents: { documentId: string; sha256: string }[] = [];

  beforeAll(async () => {
    await resetStores(config);
    for (const n of [71, 72, 73]) writeFileSync(path.join(work, `variant-${n}.txt`), variantText(n));
    const report = await ingestFixtures(config, [work]);
    expect(report.added).toBe(3);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document) RETURN d.id AS documentId, d.sha256 AS sha256 ORDER BY documentId',
      {},
      { database: config.neo4j.database },
    );
    documents = records.map((r) => ({ documentId: r.get('documentId') as string, sha256: r.get('sha256') as string }));
    expect(documents).toHaveLength(3);
  }, 180_000);

  afterAll(async () => {
    await driver.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** The insight additions Meilisearch received since `after` (an ISO date), oldest first: documents per task. */
  const additionsSince = async (after: string) => {
    const { results } = await search.tasks.getTasks({
      indexUids: [insightsIndexName(config)],
      types: ['documentAdditionOrUpdate'],
      afterEnqueuedAt: after,
      limit: 100,
    });
    return results.map((task) => task.details?.receivedDocuments).reverse();
  };

  it('closes a window at its insight cap and sends a large window as several tasks', async () => {
    const since = new Date(Date.now() - 1).toISOString();
    // 25 insights each: the second document takes the window over 30 insights, the third goes at the end.
    const sync = new SearchSync(deps, { windowSize: 100, windowInsights: 30, taskDocuments: 10, maxInFlight: 4 });
    for (const document of documents) await sync.add({ ...document, insights: 25 });
    await sync.finish();
    expect(sync.failed.size).toBe(0);
    expect([...sync.indexed].sort()).toEqual(documents.map((d) => d.documentId).sort());
    expect(sync.insightsSent).toBe(75);
    // Window 1: 50 insights in tasks of 10; window 2: 25 insights.
    expect(await additionsSince(since)).toEqual([10, 10, 10, 10, 10, 10, 10, 5]);
    const { estimatedTotalHits } = await search.index(insightsIndexName(config)).search('', { limit: 0 });
    expect(estimatedTotalHits).toBe(75);
  });

  it('keeps every document of a window in one task when the window is under the caps', async () => {
    const since = new Date(Date.now() - 1).toISOString();
    const sync = new SearchSync(deps, { windowSize: 100, maxInFlight: 4 });
    for (const document of documents) await sync.add({ ...document, insights: 25 });
    await sync.finish();
    expect(sync.indexed.size).toBe(3);
    expect(await additionsSince(since)).toEqual([75]);
  });
});
