/**
 * findInsightRelations reads several relations of many insights in one query: each list must be
 * exactly what that relation's own loader query (INSIGHT_RELATIONS) returns — same rows, same
 * order — since the API primes the loaders with it; a project carries only the properties asked
 * for.
 */
import { createDriver } from '../../src/graph/driver.js';
import { COMBINED_INSIGHT_RELATIONS, findInsightRelations, INSIGHT_RELATIONS } from '../../src/graph/queries/insights.js';
import { readGrouped } from '../../src/graph/queries/nodes.js';
import { createGraphReader } from '../../src/graph/queries/read-graph.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const NIGER = 'tests/fixtures/summary-en-niger.txt';
const MAURITANIA = 'tests/fixtures/summary-es-mauritania.txt';

describe('insight relations read in one query', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const sent: string[] = [];
  const reader = createGraphReader(driver, { database: config.neo4j.database, timeoutMs: 10_000, onQuery: (cypher) => sent.push(cypher) });
  let ids: string[] = [];

  beforeAll(async () => {
    await resetStores(config);
    const report = await ingestFixtures(config, [SEED, NIGER, MAURITANIA]);
    expect(report.documents.map((d) => d.outcome)).toEqual(['added', 'added', 'added']);
    const rows = await reader.read<{ id: string }>('MATCH (i:Insight) RETURN i.id AS id ORDER BY id');
    ids = [...rows.map((row) => row.id), 'insight:not-in-the-graph'];
  }, 240_000);
  afterAll(async () => {
    await driver.close();
  });

  it('gives every relation the rows and order of its own loader query, in one query', async () => {
    sent.length = 0;
    const combined = await findInsightRelations(reader, ids, new Set(COMBINED_INSIGHT_RELATIONS), null);
    expect(sent).toHaveLength(1);
    expect(combined.has('insight:not-in-the-graph')).toBe(false);
    expect(combined.size).toBe(ids.length - 1);
    for (const name of COMBINED_INSIGHT_RELATIONS) {
      const own = await readGrouped(reader, INSIGHT_RELATIONS[name], ids);
      for (const id of ids.slice(0, -1)) expect({ id, name, rows: combined.get(id)![name] }).toEqual({ id, name, rows: own.get(id) ?? [] });
    }
    // The fixtures exercise every relation: a check that compared empty lists would prove nothing.
    for (const name of COMBINED_INSIGHT_RELATIONS) expect([...combined.values()].some((rows) => rows[name].length > 0)).toBe(true);
  });

  it('reads only the relations asked for, and only the project properties asked for', async () => {
    const some = await findInsightRelations(reader, ids, new Set(['project', 'themes'] as const), ['id', 'code', 'budgetAmount']);
    const withProject = [...some.values()].filter((rows) => rows.project.length > 0);
    expect(withProject.length).toBe(ids.length - 1);
    for (const rows of some.values()) {
      expect(rows.evaluation).toEqual([]);
      expect(rows.countries).toEqual([]);
      expect(rows.document).toEqual([]);
      for (const project of rows.project) {
        expect(Object.keys(project).sort()).toEqual(expect.arrayContaining(['code', 'id']));
        expect(Object.keys(project).every((key) => ['id', 'code', 'budgetAmount'].includes(key))).toBe(true);
      }
    }
    expect([...some.values()].some((rows) => rows.themes.length > 0)).toBe(true);
  });
});
