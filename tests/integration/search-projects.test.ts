import { readFileSync } from 'node:fs';
import { createDriver } from '../../src/graph/driver.js';
import { createLogger } from '../../src/logger.js';
import { reindex } from '../../src/pipeline/reindex.js';
import { removeDocument } from '../../src/pipeline/remove-document.js';
import { createSearchClient } from '../../src/search/client.js';
import { listIndexedIds, projectsIndexName, waitForSearchTasks } from '../../src/search/search-index.js';
import { NO_PROJECT_FILTER, type ResolvedProjectFilter } from '../../src/model/filters.js';
import { searchProjects } from '../../src/search/search-projects.js';
import type { ProjectSearchDocument } from '../../src/search/to-project-search-documents.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const NIGER = 'tests/fixtures/summary-en-niger.txt';
const MAURITANIA = 'tests/fixtures/summary-es-mauritania.txt';
const MALI_PROJECT = 'project:MLI/19/01/USA';
const NIGER_PROJECT = 'project:NER/18/02/EUR';
const MAURITANIA_PROJECT = 'project:MRT/20/03/USA';

describe('the projects index on the seed and the English and Spanish summaries', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const search = createSearchClient(config);
  const logger = createLogger({ logLevel: 'silent' });
  const deps = { driver, search, config, logger };
  const uid = projectsIndexName(config);
  const index = search.index<ProjectSearchDocument>(uid);
  const find = (query: string, filter: Partial<ResolvedProjectFilter> = {}) =>
    searchProjects(search, uid, { query, filter: { ...NO_PROJECT_FILTER, ...filter }, offset: 0, limit: 10 });
  const indexedProjects = async () => (await index.getDocuments({ fields: ['graphId'], limit: 100 })).results.map((d) => d.graphId).sort();

  beforeAll(async () => {
    await resetStores(config);
    const report = await ingestFixtures(config, [SEED, NIGER, MAURITANIA]);
    expect(report.documents.map((d) => d.outcome)).toEqual(['added', 'added', 'added']);
    expect(report.projectsIndexed).toBe(3);
    expect(report.searchPending).toEqual([]);
  }, 240_000);
  afterAll(async () => {
    await driver.close();
  });

  it('holds one document per evaluated project, built from the graph', async () => {
    expect(await indexedProjects()).toEqual([MALI_PROJECT, MAURITANIA_PROJECT, NIGER_PROJECT]);
    const mali = await index.getDocument('project_MLI-2f-19-2f-01-2f-USA');
    expect(mali).toMatchObject({
      graphId: MALI_PROJECT,
      code: 'MLI/19/01/USA',
      title: "Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali",
      countries: ['MLI'],
      countryNames: ['Mali', 'Malí'],
      donors: ['org:drl'],
      partners: ['org:anti-slavery-international', 'org:ilo', 'org:temedt'],
      evaluations: ['evaluation:mli-19-01-usa-midterm'],
      timings: ['MIDTERM'],
      years: [2022],
      insightCounts: { FINDING: 7, RECOMMENDATION: 12, LESSON_LEARNED: 3, GOOD_PRACTICE: 3 },
      insightTotal: 25,
    });
    expect(mali.places).toEqual(['place:mli-anderamboukane', 'place:mli-gossi', 'place:mli-kayes', 'place:mli-menaka']);
    expect(mali.themes).toContain('theme:social-mediation');
    expect(mali.themeLabels).toContain('Médiation sociale');
    expect(mali.actorNames).toContain('OIT');
    expect(mali.outcomes.length).toBeGreaterThan(0);
  });

  it('"esclavage Mali" finds MLI/19/01/USA first, title highlighted', async () => {
    const result = await find('esclavage Mali');
    expect(result.hits[0]).toMatchObject({ graphId: MALI_PROJECT });
    expect(result.hits[0]!.highlightedTitle).toContain('<mark>esclavage</mark>');
    expect(result.hits[0]!.highlightedTitle).toContain('<mark>Mali</mark>');
    expect(result.hits[0]!.score).toBeGreaterThan(result.hits[1]?.score ?? 0);
  });

  it('filtering on country NER gives the Niger project only', async () => {
    const result = await find('', { countries: ['country:NER'] });
    expect(result.hits.map((h) => h.graphId)).toEqual([NIGER_PROJECT]);
    expect(result.totalHits).toBe(1);
    expect(result.facets.countries).toEqual([{ value: 'NER', count: 1 }]);
  });

  it('the typo "esclavge" still finds MLI/19/01/USA first', async () => {
    const result = await find('esclavge');
    expect(result.hits[0]?.graphId).toBe(MALI_PROJECT);
  });

  it('counts facets by country, theme and donor over all hits', async () => {
    const result = await find('');
    expect(result.totalHits).toBe(3);
    expect(result.facets.countries).toEqual([
      { value: 'MLI', count: 1 },
      { value: 'MRT', count: 1 },
      { value: 'NER', count: 1 },
    ]);
    expect(result.facets.donors.map((f) => f.value)).toContain('org:drl');
    expect(result.facets.themes.find((f) => f.value === 'theme:slavery')?.count).toBe(3);
  });

  it('filters by donor and theme from typed values', async () => {
    expect((await find('', { donors: ['org:drl'] })).hits.map((h) => h.graphId)).toEqual([MALI_PROJECT]);
    expect((await find('', { themes: ['theme:social-mediation'], countries: ['country:MLI'] })).hits.map((h) => h.graphId)).toEqual([MALI_PROJECT]);
    // Filter syntax inside a value is a value, not an expression.
    expect((await find('', { donors: ['org:drl" OR countries = "NER'] })).totalHits).toBe(0);
  });

  it('a changed document updates its project document', async () => {
    const edited = readFileSync(SEED, 'utf8').replace("l'esclavage au Mali >", "l'esclavage au Mali et au Sahel >");
    const report = await ingestFixtures(config, [{ bytes: Buffer.from(edited, 'utf8'), sourcePath: SEED }]);
    expect(report.documents.map((d) => d.outcome)).toEqual(['updated']);
    expect((await find('Sahel')).hits.map((h) => h.graphId)).toEqual([MALI_PROJECT]);
    const back = await ingestFixtures(config, [SEED]);
    expect(back.documents.map((d) => d.outcome)).toEqual(['updated']);
    expect((await find('Sahel')).totalHits).toBe(0);
  });

  it('a projects index task that fails leaves the document pending for search; reindex --pending repairs it', async () => {
    // An index whose primary key is not `id`: every upsert of project documents fails.
    const deleted = await search.deleteIndex(uid);
    await waitForSearchTasks(search, [deleted.taskUid]);
    const created = await search.createIndex(uid, { primaryKey: 'graphId' });
    await waitForSearchTasks(search, [created.taskUid]);
    const edited = readFileSync(SEED, 'utf8').replace("l'esclavage au Mali >", "l'esclavage au Mali et au Sahel >");
    const report = await ingestFixtures(config, [{ bytes: Buffer.from(edited, 'utf8'), sourcePath: SEED }]);
    expect(report.documents.map((d) => [d.outcome, d.searchPending])).toEqual([['updated', true]]);
    expect(report.searchPending).toEqual(['document:mli-19-01-usa-midterm-fr-summary']);
    expect(report.pendingInGraph).toBe(1);

    const broken = await search.deleteIndex(uid);
    await waitForSearchTasks(search, [broken.taskUid]);
    const repaired = await reindex(deps, { onlyPending: true });
    expect(repaired).toMatchObject({ documents: 1, projectsIndexed: 1, failed: [], pendingInGraph: 0 });
    expect((await find('Sahel')).hits.map((h) => h.graphId)).toEqual([MALI_PROJECT]);

    const back = await ingestFixtures(config, [SEED]);
    expect(back.documents.map((d) => [d.outcome, d.searchPending])).toEqual([['updated', false]]);
  });

  it('reindex rebuilds the projects index from the graph, and drops a project the graph does not evaluate', async () => {
    const deleted = await search.deleteIndex(uid);
    await waitForSearchTasks(search, [deleted.taskUid]);
    const stray = await search.index(uid).addDocuments([{ id: 'project_GONE', graphId: 'project:GONE' }], { primaryKey: 'id' });
    await waitForSearchTasks(search, [stray.taskUid]);
    const report = await reindex(deps, { onlyPending: false });
    expect(report.failed).toEqual([]);
    expect(report.projectsIndexed).toBe(3);
    expect(report.projectsStaleDeleted).toBe(1);
    expect(await indexedProjects()).toEqual([MALI_PROJECT, MAURITANIA_PROJECT, NIGER_PROJECT]);
    expect((await find('esclavage Mali')).hits[0]?.graphId).toBe(MALI_PROJECT);
  });

  it('after remove of the seed, its project is gone from the index and the others stay', async () => {
    const report = await removeDocument(deps, 'document:mli-19-01-usa-midterm-fr-summary');
    expect(report.searchPending).toBe(false);
    expect(await indexedProjects()).toEqual([MAURITANIA_PROJECT, NIGER_PROJECT]);
    expect((await find('', { countries: ['country:MLI'] })).totalHits).toBe(0);
    expect((await listIndexedIds(search, config, uid)).sort()).toEqual(['project_MRT-2f-20-2f-03-2f-USA', 'project_NER-2f-18-2f-02-2f-EUR']);
  });
});
