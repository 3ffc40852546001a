import type { Insight, InsightConnection } from '../../src/graphql/generated/resolvers-types.js';
import { jest } from '@jest/globals';
import fs from 'node:fs';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { ingestFixtures, reindexAll, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { startTestApi, type GqlResponse, type TestApi } from './support/api-harness.js';

// 21 documents to ingest on a busy machine.
jest.setTimeout(120_000);

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const VARIANTS = 21;
const seedText = fs.readFileSync(SEED, 'utf8');

/** The seed for 21 projects (MLI/19/100/USA ...): 525 insights in Mali, more than the 500 the lists used to stop at. */
const variants = Array.from({ length: VARIANTS }, (_, n) => ({
  bytes: Buffer.from(seedText.replaceAll('MLI/19/01/USA', `MLI/19/${100 + n}/USA`), 'utf8'),
  sourcePath: `variant-${100 + n}.txt`,
}));

const PAGE = `query ($code: String!, $kind: InsightKind, $after: String, $equivalents: Boolean) {
  country(code: $code) { insights(kind: $kind, first: 100, after: $after, equivalents: $equivalents) { totalCount nodes { id kind } pageInfo { hasNextPage endCursor } } }
}`;

describe('long insight lists are paged connections, filtered in the query', () => {
  let api: TestApi;
  const config = testConfig();
  const count = async (cypher: string) => {
    const driver = createDriver(config);
    try {
      return toPlain((await driver.executeQuery(cypher, {}, { database: config.neo4j.database })).records[0]!.get('n')) as number;
    } finally {
      await driver.close();
    }
  };

  beforeAll(async () => {
    await resetStores(config);
    const report = await ingestFixtures(config, variants);
    expect(report.added).toBe(VARIANTS);
    api = await startTestApi();
  }, 300_000);
  afterAll(async () => {
    await api?.close();
  });

  /** What PAGE selects of `Country.insights`, in the generated schema types. */
  type ListPage = Pick<InsightConnection, 'totalCount' | 'pageInfo'> & { nodes: Array<Pick<Insight, 'id' | 'kind'>> };

  async function pageThrough(variables: Record<string, unknown>) {
    const ids: string[] = [];
    const kinds = new Set<string>();
    let after: string | null = null;
    let totalCount = -1;
    for (let pages = 0; pages < 20; pages += 1) {
      const answer: GqlResponse<{ country: { insights: ListPage } }> = await api.gql(PAGE, { ...variables, after });
      expect(answer.errors).toBeUndefined();
      if (!answer.data) throw new Error('no data');
      const connection = answer.data.country.insights;
      totalCount = connection.totalCount;
      for (const node of connection.nodes) {
        ids.push(node.id);
        kinds.add(node.kind);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
    return { ids, kinds, totalCount };
  }

  it("Mali's 525 insights come whole, page by page, each once (regression: cut at 500 silently)", async () => {
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(525);
    const { ids, totalCount } = await pageThrough({ code: 'MLI' });
    expect(totalCount).toBe(525);
    expect(ids).toHaveLength(525);
    expect(new Set(ids).size).toBe(525);
  });

  it('kind filters the whole list in the query: 252 recommendations, all of them (regression: filtered after the cut)', async () => {
    const { ids, kinds, totalCount } = await pageThrough({ code: 'MLI', kind: 'RECOMMENDATION' });
    expect(totalCount).toBe(12 * VARIANTS);
    expect(new Set(ids).size).toBe(12 * VARIANTS);
    expect([...kinds]).toEqual(['RECOMMENDATION']);
  });

  it('mentionedIn and recommendationsAddressed of an actor, a theme and a place page and count the whole list', async () => {
    const { data, errors } = await api.gql(`{
      actor(id: "org:temedt") {
        mentionedIn(first: 5) { totalCount nodes { id } pageInfo { hasNextPage } }
        recommendationsAddressed(first: 100) { totalCount nodes { kind } }
      }
      theme(id: "theme:social-mediation") { insights(kind: LESSON_LEARNED, first: 1) { totalCount nodes { kind } } }
      niger: country(code: "NER") { mentionedIn { totalCount } }
      place(id: "place:mli-gossi") { mentionedIn(first: 1) { totalCount } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.actor.mentionedIn.totalCount).toBe(4 * VARIANTS);
    expect(data.actor.mentionedIn.nodes).toHaveLength(5);
    expect(data.actor.mentionedIn.pageInfo.hasNextPage).toBe(true);
    expect(data.actor.recommendationsAddressed.totalCount).toBe(VARIANTS);
    expect(new Set(data.actor.recommendationsAddressed.nodes.map((n: { kind: string }) => n.kind))).toEqual(new Set(['RECOMMENDATION']));
    expect(data.theme.insights).toEqual({ totalCount: VARIANTS, nodes: [{ kind: 'LESSON_LEARNED' }] });
    expect(data.niger.mentionedIn.totalCount).toBe(VARIANTS);
    expect(data.place.mentionedIn.totalCount).toBe(
      await count('MATCH (i:Insight)-[:MENTIONS]->(:Place {id: "place:mli-gossi"}) RETURN count(DISTINCT i) AS n'),
    );
  });

  it('equivalent insights (TEAM.md contract) are listed and counted once unless equivalents: true', async () => {
    const driver = createDriver(config);
    try {
      // One variant's insights become the equivalents of another's, as the identity work links translations.
      await driver.executeQuery(
        `MATCH (i:Insight)-[:FROM]->(:Evaluation)-[:EVALUATES]->(:Project {code: 'MLI/19/100/USA'})
         SET i.isCanonical = false`,
        {},
        { database: config.neo4j.database },
      );
    } finally {
      await driver.close();
    }
    // The counts the index serves (topThemes) follow the graph once it is reindexed, as the pipeline does on every write.
    await reindexAll(config);
    expect((await pageThrough({ code: 'MLI' })).totalCount).toBe(500);
    expect((await pageThrough({ code: 'MLI', equivalents: true })).totalCount).toBe(525);
    const { data } = await api.gql('{ country(code: "NER") { mentionedIn { totalCount } topThemes(first: 1) { count } } }');
    expect(data.country.mentionedIn.totalCount).toBe(VARIANTS - 1);
    expect(data.country.topThemes[0].count).toBe(VARIANTS - 1);
  });
});
