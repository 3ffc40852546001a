import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { syncReference } from '../../src/graph/reference-sync.js';
import { ensureGraphSchema } from '../../src/graph/schema.js';
import { loadReference, type Reference } from '../../src/reference/load-reference.js';
import { resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

describe('reference data in the graph', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const database = config.neo4j.database;
  const reference = loadReference();
  const count = async (cypher: string) => toPlain((await driver.executeQuery(cypher, {}, { database })).records[0]!.get('n')) as number;
  const borderPairs = reference.countries.reduce((sum, c) => sum + c.borders.filter((b) => c.iso3 < b).length, 0);

  beforeAll(async () => {
    await resetStores(config);
    await ensureGraphSchema(driver, database);
  }, 120_000);
  afterAll(async () => {
    await driver.close();
  });

  it('loads countries with borders, places in countries, organisations, groups and themes with broader links', async () => {
    expect(await syncReference(driver, database, reference)).toMatchObject({ synced: true });
    expect(await count('MATCH (n:Country {reference: true}) RETURN count(n) AS n')).toBe(reference.countries.length);
    expect(await count('MATCH (:Country)-[r:BORDERS]->(:Country) RETURN count(r) AS n')).toBe(borderPairs);
    expect(await count('MATCH (p:Place {reference: true})-[:IN]->(:Country) RETURN count(p) AS n')).toBe(reference.places.length);
    expect(await count('MATCH (n:Actor:Organisation {reference: true}) RETURN count(n) AS n')).toBe(reference.organisations.length);
    expect(await count('MATCH (n:Actor:StakeholderGroup {reference: true}) RETURN count(n) AS n')).toBe(reference.stakeholderGroups.length);
    expect(await count('MATCH (n:Theme {reference: true}) RETURN count(n) AS n')).toBe(reference.themes.length);
    expect(await count('MATCH (:Theme)-[r:BROADER]->(:Theme) RETURN count(r) AS n')).toBe(reference.themes.filter((t) => t.broader !== null).length);
    expect(await count("MATCH (:Theme {id: 'theme:slavery'})-[:BROADER]->(b:Theme {id: 'theme:forced-labour'}) RETURN count(b) AS n")).toBe(1);
    expect(await count("MATCH (o:Organisation {id: 'org:ilo'}) WHERE 'OIT' IN o.aliases AND 'BIT' IN o.aliases RETURN count(o) AS n")).toBe(1);
  }, 120_000);

  it('skips an unchanged reference, and a forced sync changes nothing', async () => {
    expect(await syncReference(driver, database, reference)).toEqual({ synced: false, counters: null });
    const forced = await syncReference(driver, database, reference, { force: true });
    expect(forced.synced).toBe(true);
    expect(forced.counters).toMatchObject({ nodesCreated: 0, nodesDeleted: 0 });
    expect(forced.counters!.relationshipsCreated).toBe(forced.counters!.relationshipsDeleted);
    expect(await count('MATCH (:Country)-[r:BORDERS]->(:Country) RETURN count(r) AS n')).toBe(borderPairs);
  }, 120_000);

  it('demotes an entry that left the data files, and restores it when it comes back', async () => {
    const without: Reference = { ...reference, themes: reference.themes.filter((t) => t.id !== 'theme:social-mediation') };
    expect((await syncReference(driver, database, without)).synced).toBe(true);
    expect(await count("MATCH (t:Theme {id: 'theme:social-mediation'}) WHERE t.reference = false RETURN count(t) AS n")).toBe(1);
    await syncReference(driver, database, reference);
    expect(await count("MATCH (t:Theme {id: 'theme:social-mediation', reference: true})-[:BROADER]->() RETURN count(t) AS n")).toBe(1);
  }, 120_000);
});
