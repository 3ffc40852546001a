/**
 * Neo4j's plan cache during and after a bulk ingest: the local engine keeps a cached plan for at
 * least an hour (a growing graph made it re-plan the ingest's statements every few seconds), and
 * an ingest that wrote many documents clears the query caches at its end, so that reads are
 * planned again on the grown graph.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { createDriver } from '../../src/graph/driver.js';
import { clearQueryCaches } from '../../src/graph/schema.js';
import { ingestDocuments } from '../../src/pipeline/ingest-documents.js';
import { createSearchClient } from '../../src/search/client.js';
import { resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

describe("Neo4j's plan cache around an ingest", () => {
  const config = testConfig();
  const driver = createDriver(config);
  const database = config.neo4j.database;

  afterAll(async () => {
    await driver.close();
  });

  it('the locally started Neo4j keeps its plans for at least an hour', async () => {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.cypher.min_replan_interval' RETURN value",
      {},
      { database },
    );
    expect(records.map((record) => record.get('value'))).toEqual(['1h']);
  });

  it('clearing the query caches is allowed to our user', async () => {
    await expect(clearQueryCaches(driver, database)).resolves.toBeUndefined();
  });

  it('an ingest that writes at least replanAfterDocuments documents clears the caches; one that writes fewer keeps them', async () => {
    await resetStores(config);
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = pino({ level: 'debug' }, sink);
    const report = await ingestDocuments(
      { driver, search: createSearchClient(config), config, logger },
      [{ path: 'tests/fixtures/summary-en-niger.txt' }, { path: 'tests/fixtures/summary-es-mauritania.txt' }],
      { replanAfterDocuments: 2 },
    );
    expect(report.added).toBe(2);
    const cacheLines = () => lines.filter((line) => line.includes('query caches')).map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(cacheLines()).toEqual(["cleared Neo4j's query caches: reads are planned again on the grown graph"]);
    lines.length = 0;
    const again = await ingestDocuments({ driver, search: createSearchClient(config), config, logger }, [{ path: 'seeds/000_1b59a9dc3ded9035.txt' }], {
      replanAfterDocuments: 2,
    });
    expect(again.added).toBe(1);
    expect(cacheLines()).toEqual([]);
  });
});
