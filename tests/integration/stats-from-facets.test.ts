import type { Meilisearch } from 'meilisearch';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver.js';
import { NO_FILTER, type ResolvedInsightFilter } from '../../src/model/filters.js';
import { findNodesByIds } from '../../src/graph/queries/nodes.js';
import { createGraphReader, type GraphReader } from '../../src/graph/queries/read-graph.js';
import type { StatsQueries } from '../../src/model/stats.js';
import { countEvaluationsAndProjects, createStatsQueries } from '../../src/graph/queries/stats.js';
import { closeSearchClient, createSearchClient } from '../../src/search/client.js';
import { createIndexStatsQueries } from '../../src/search/insight-stats.js';
import { insightsIndexName, waitForSearchTasks } from '../../src/search/search-index.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

/** Every field of the dashboard, as plain data. */
async function everything(stats: StatsQueries) {
  const [insights, evaluations, projects, byKind, byCountry, byTheme, byYear, byDonor, evidenceMap, recommendationsByAddressee] = await Promise.all([
    stats.insights(),
    stats.evaluations(),
    stats.projects(),
    stats.byKind(),
    stats.byCountry(),
    stats.byTheme(),
    stats.byYear(),
    stats.byDonor(),
    stats.evidenceMap(),
    stats.recommendationsByAddressee(),
  ]);
  return {
    totals: { insights, evaluations, projects },
    byKind,
    byCountry,
    byTheme,
    byYear,
    byDonor,
    evidenceMap: { themes: evidenceMap.themes.map((t) => t.id), countries: evidenceMap.countries.map((c) => c.id), cells: evidenceMap.cells },
    recommendationsByAddressee: recommendationsByAddressee.map((row) => ({ actor: row.actor.id, count: row.count })),
  };
}

const filter = (partial: Partial<ResolvedInsightFilter>): ResolvedInsightFilter => ({ ...NO_FILTER, ...partial });

describe("the dashboards counted from the search index equal the graph's own counts", () => {
  const config = testConfig();
  let driver: Driver;
  let search: Meilisearch;
  let reader: GraphReader;
  const fromIndex = (f: ResolvedInsightFilter) =>
    createIndexStatsQueries({
      search,
      indexUid: insightsIndexName(config),
      filter: f,
      loadNodes: (label, ids) => findNodesByIds(reader, label, ids),
      graph: createStatsQueries(reader, f),
      countEvaluationsAndProjects: () => countEvaluationsAndProjects(reader),
    });

  beforeAll(async () => {
    await resetStores(config);
    const report = await ingestFixtures(config, ['seeds', 'tests/fixtures']);
    expect(report.failed).toBe(0);
    driver = createDriver(config);
    search = createSearchClient(config);
    reader = createGraphReader(driver, { database: config.neo4j.database, timeoutMs: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await driver?.close();
    if (search) await closeSearchClient(search);
  });

  it.each([
    ['no filter', NO_FILTER],
    ['countries NER', filter({ countries: ['country:NER'] })],
    ['countries MLI or MRT', filter({ countries: ['country:MLI', 'country:MRT'] })],
    ['recommendations and lessons', filter({ kinds: ['RECOMMENDATION', 'LESSON_LEARNED'] })],
    ['theme social mediation', filter({ themes: ['theme:social-mediation'] })],
    ['actor ILO (named, addressed, donor or partner)', filter({ actors: ['org:ilo'] })],
    ['years 2021-2022 in French', filter({ yearFrom: 2021, yearTo: 2022, languages: ['fr'] })],
    ['in French', filter({ languages: ['fr'] })],
    ['in English', filter({ languages: ['en'] })],
    ['in English or French', filter({ languages: ['en', 'fr'] })],
    ['Niger recommendations in French', filter({ languages: ['fr'], countries: ['country:NER'], kinds: ['RECOMMENDATION'] })],
    ['nothing matches', filter({ yearFrom: 1901, yearTo: 1902 })],
  ])('%s: every field the same', async (_, f) => {
    const [graph, index] = await Promise.all([everything(createStatsQueries(reader, f)), everything(fromIndex(f))]);
    expect(index).toEqual(graph);
  });

  it('the fixtures give every field something to count (the comparison above is not of empty lists)', async () => {
    const all = await everything(fromIndex(NO_FILTER));
    expect(all.totals.evaluations).toBeGreaterThanOrEqual(4);
    expect(all.totals.projects).toBeGreaterThanOrEqual(3);
    for (const list of [all.byKind, all.byCountry, all.byTheme, all.byYear, all.byDonor, all.evidenceMap.cells, all.recommendationsByAddressee])
      expect(list.length).toBeGreaterThan(1);
  });

  it('a group with an English and a French version counts under fr, under en, and once under both (fr counted only groups whose canonical was French)', async () => {
    // The Niger final evaluation's English and French summaries: 5 recommendations each, 5 groups.
    const groups = await driver.executeQuery(
      `MATCH (i:Recommendation)-[:FROM]->(:Evaluation {id: 'evaluation:ner-18-02-eur-final'}) WHERE i.isCanonical
       RETURN i.language AS language, i.groupLanguages AS groupLanguages ORDER BY language`,
      {},
      { database: config.neo4j.database },
    );
    const canonical = groups.records.map((r) => ({ language: r.get('language') as string, groupLanguages: r.get('groupLanguages') as string[] }));
    expect(canonical).toHaveLength(5);
    expect(canonical.every((c) => c.groupLanguages.join() === 'en,fr')).toBe(true);
    // Both languages are canonical somewhere (ids are hashes): the old rule lost some groups under each language.
    expect(new Set(canonical.map((c) => c.language))).toEqual(new Set(['en', 'fr']));
    const nigerRecommendations = (languages: string[]) =>
      filter({ languages, countries: ['country:NER'], kinds: ['RECOMMENDATION'], yearFrom: 2023, yearTo: 2023 });
    for (const languages of [['fr'], ['en'], ['en', 'fr']]) {
      const [graph, index] = await Promise.all([
        createStatsQueries(reader, nigerRecommendations(languages)).insights(),
        fromIndex(nigerRecommendations(languages)).insights(),
      ]);
      expect({ languages, graph, index }).toEqual({ languages, graph: 5, index: 5 });
    }
  });

  it('counts canonical insights only, in both (an insight marked non-canonical in graph and index leaves every count)', async () => {
    const before = await everything(fromIndex(NO_FILTER));
    const { records } = await driver.executeQuery(
      `MATCH (i:Recommendation)-[:FROM]->(:Evaluation)-[:EVALUATES]->(:Project {code: 'MLI/19/01/USA'})
       WITH i ORDER BY i.id LIMIT 1
       SET i.isCanonical = false RETURN i.id AS id`,
      {},
      { database: config.neo4j.database },
    );
    const id = records[0]?.get('id') as string;
    const task = await search.index(insightsIndexName(config)).updateDocuments([{ id: id.replace(':', '_'), isCanonical: false }]);
    await waitForSearchTasks(search, [task.taskUid]);
    const [graph, index] = await Promise.all([everything(createStatsQueries(reader, NO_FILTER)), everything(fromIndex(NO_FILTER))]);
    expect(index).toEqual(graph);
    expect(index.totals.insights).toBe(before.totals.insights - 1);
    expect(index.byKind.find((k) => k.value === 'RECOMMENDATION')?.count).toBe((before.byKind.find((k) => k.value === 'RECOMMENDATION')?.count ?? 0) - 1);
  });
});
