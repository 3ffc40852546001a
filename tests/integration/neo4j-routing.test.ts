import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { engineStatus } from '../../src/services/engines.js';
import { startTestApi } from '../e2e/support/api-harness.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testEnvironment } from '../support/test-config.js';

/**
 * At scale the service points at a Neo4j cluster (or Aura) through a `neo4j://` routing URI:
 * the driver asks the server for a routing table and sends reads and writes where it says.
 * Our single server answers with itself for every role; the whole service works through it.
 */
describe('the service through a neo4j:// routing URI', () => {
  const plain = loadConfig(testEnvironment());
  const config = loadConfig({ ...testEnvironment(), NEO4J_URI: `neo4j://127.0.0.1:${plain.neo4j.boltPort}` });

  it('gets a routing table naming our server for reads, writes and routing', async () => {
    expect(config.neo4j.uri).toBe(`neo4j://127.0.0.1:${plain.neo4j.boltPort}`);
    const driver = createDriver(config);
    try {
      const { records } = await driver.executeQuery(
        'CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN servers',
        { db: config.neo4j.database },
        { database: config.neo4j.database },
      );
      const servers = records[0]?.get('servers') as Array<{ addresses: string[]; role: string }>;
      expect(Object.fromEntries(servers.map((s) => [s.role, s.addresses]))).toEqual({
        WRITE: [`127.0.0.1:${plain.neo4j.boltPort}`],
        READ: [`127.0.0.1:${plain.neo4j.boltPort}`],
        ROUTE: [`127.0.0.1:${plain.neo4j.boltPort}`],
      });
    } finally {
      await driver.close();
    }
    expect((await engineStatus(config)).neo4j).toMatchObject({ up: true });
  });

  it('ingests, then serves search, a project page, stats and comparable practices, every Cypher query routed', async () => {
    await resetStores(config);
    const report = await ingestFixtures(config, ['seeds', 'tests/fixtures/summary-en-niger.txt']);
    expect(report.added).toBe(2);
    const api = await startTestApi(config);
    expect(api.config.neo4j.uri.startsWith('neo4j://')).toBe(true);
    try {
      const { data, errors } = await api.gql(`{
        search(query: "médiation sociale", first: 1) { totalHits edges { node { id project { code } } } }
        project(code: "MLI/19/01/USA") { code partners { name } }
        stats { insights projects byKind { value count } }
        comparablePractices(projectCode: "MLI/19/01/USA", first: 3) { score insight { project { code } } }
      }`);
      expect(errors).toBeUndefined();
      expect(data.search.edges[0].node.project.code).toBe('MLI/19/01/USA');
      expect(data.project.partners.map((p: { name: string }) => p.name)).toContain('International Labour Organization');
      expect(data.stats.projects).toBe(2);
      expect(data.comparablePractices.map((r: { insight: { project: { code: string } } }) => r.insight.project.code)).toEqual([
        'NER/18/02/EUR',
        'NER/18/02/EUR',
        'NER/18/02/EUR',
      ]);
      expect(api.cypherLog.length).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
  }, 300_000);
});
