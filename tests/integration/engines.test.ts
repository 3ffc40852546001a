import { createDriver, readNeo4jVersion } from '../../src/graph/driver.js';
import { createSearchClient } from '../../src/search/client.js';
import { engineStatus } from '../../src/services/engines.js';
import { testConfig } from '../support/test-config.js';

describe('the engines the project starts', () => {
  const config = testConfig();

  it('connects to Neo4j Community 5.26 over Bolt with our credentials', async () => {
    const driver = createDriver(config);
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: config.neo4j.database });
      expect(records[0]?.get('one').toNumber()).toBe(1);
      expect(await readNeo4jVersion(driver, config.neo4j.database)).toMatch(/^5\.26\.\d+$/);
      const edition = await driver.executeQuery('CALL dbms.components() YIELD edition RETURN edition', {}, { database: config.neo4j.database });
      expect(edition.records[0]?.get('edition')).toBe('community');
    } finally {
      await driver.close();
    }
  });

  it('connects to Meilisearch 1.21 with the master key', async () => {
    const client = createSearchClient(config);
    expect((await client.health()).status).toBe('available');
    expect((await client.getVersion()).pkgVersion).toMatch(/^1\.21\.\d+$/);
  });

  it('reports both engines up, listening on loopback', async () => {
    const status = await engineStatus(config);
    expect(status.neo4j).toMatchObject({ up: true, address: `bolt://127.0.0.1:${config.neo4j.boltPort}` });
    expect(status.meilisearch).toMatchObject({ up: true, address: `http://127.0.0.1:${config.meili.port}` });
  });
});
