import { jest } from '@jest/globals';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { startTestApi, type TestApi } from './support/api-harness.js';
import { example, exampleAnswer, readExamples, trimLikeReadme } from './support/readme-examples.js';

// Each example's answer is compared whole with the ```json block under it in the README, cut the
// way the README cuts it (see trimLikeReadme): a text ending in `…` stands for any text with that
// prefix, a list ending in `"… N more"` for a list with those first items and exactly N more.
// Everything else (ids, scores, counts, order) must be equal, so a README answer cannot drift.

// Real engines on a busy machine: the first query of a kind waits for Neo4j to plan it.
jest.setTimeout(60_000);

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';

describe('the README examples on the seed, over real HTTP', () => {
  const examples = readExamples();
  let api: TestApi;
  let lessonId: string;

  beforeAll(async () => {
    const config = testConfig();
    await resetStores(config);
    const report = await ingestFixtures(config, [SEED]);
    expect(report.documents.map((d) => d.outcome)).toEqual(['added']);
    api = await startTestApi();
  }, 240_000);
  afterAll(async () => {
    await api?.close();
  });

  /** Runs a README example; unless told otherwise, its answer must be the one the README prints. */
  const run = async (name: string, variables: Record<string, unknown> = {}, { documented = true } = {}) => {
    const response = await api.gql(example(examples, name), variables);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    if (documented) {
      const answer = exampleAnswer(examples, name);
      expect(trimLikeReadme({ data: response.data }, answer)).toEqual(answer);
    }
    return response.data;
  };

  it('health: both engines up, Neo4j 5.26.x and Meilisearch 1.21.x', async () => {
    const data = await run('health');
    expect(data.health).toEqual({
      status: 'OK',
      neo4j: { up: true, version: expect.stringMatching(/^5\.26\.\d+$/) },
      meilisearch: { up: true, version: expect.stringMatching(/^1\.21\.\d+$/) },
    });
  });

  it('search: "médiation sociale" finds the lesson learned first, highlighted, with facets', async () => {
    const data = await run('search');
    const [first] = data.search.edges;
    expect(first.node.kind).toBe('LESSON_LEARNED');
    expect(first.node.text).toBe("La médiation sociale est un créneau très porteur dans l'émancipation des personnes victimes de l'esclavage.");
    expect(first.snippet).toContain('<mark>médiation</mark> <mark>sociale</mark>');
    expect(first.score).toBeGreaterThan(0);
    expect(first.score).toBeLessThanOrEqual(1);
    expect(first.node.project).toEqual({ code: 'MLI/19/01/USA' });
    expect(first.node.themes).toContainEqual({ label: 'Social mediation' });
    expect(data.search.facets.kinds).toEqual([{ value: 'LESSON_LEARNED', count: data.search.totalHits }]);
    expect(data.search.facets.countries).toEqual([{ value: 'MLI', label: 'Mali', count: data.search.totalHits }]);
    lessonId = first.node.id;
  });

  it('search with filters pages through every recommendation once, with Relay cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page += 1) {
      // The README prints the first page.
      const data = await run('search-filtered', { after }, { documented: after === null });
      total = data.search.totalHits;
      seen.push(...data.search.edges.map((edge: { node: { id: string } }) => edge.node.id));
      expect(data.search.edges.length).toBeLessThanOrEqual(2);
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor;
    }
    expect(total).toBe(12);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('insight: provenance down to section and offsets, evaluation, country and themes', async () => {
    const data = await run('insight', { id: lessonId });
    expect(data.insight).toMatchObject({
      kind: 'LESSON_LEARNED',
      language: 'fr',
      source: { section: 'Principales leçons apprises', ordinal: 3, document: { sourcePath: SEED } },
      evaluation: { id: 'evaluation:mli-19-01-usa-midterm', timing: 'MIDTERM', completionDate: '2022-12' },
      project: { code: 'MLI/19/01/USA' },
      countries: [{ iso3: 'MLI', name: 'Mali' }],
    });
    expect(data.insight.source.end - data.insight.source.start).toBe(data.insight.text.length);
    expect(data.insight.themes).toContainEqual({ id: 'theme:social-mediation', label: 'Social mediation' });
  });

  it('project MLI/19/01/USA: budget, donor, partners, places and its evaluation', async () => {
    const data = await run('project');
    const project = data.project;
    expect(project.code).toBe('MLI/19/01/USA');
    expect(project.budget).toEqual({ amount: 1875282, currency: 'USD' });
    expect(project.donors.map((d: { id: string }) => d.id)).toEqual(['org:drl']);
    expect(project.partners.map((p: { id: string }) => p.id).sort()).toEqual(['org:anti-slavery-international', 'org:ilo', 'org:temedt']);
    expect(project.places.map((p: { name: string }) => p.name)).toEqual(['Andéramboukane', 'Gossi', 'Kayes', 'Ménaka']);
    expect(project.places[0].aliases).toContain('Andaraboukane');
    expect(project.places[1].region).toBe('Tombouctou');
    expect(project.places[3].aliases).toContain('Menaka');
    expect(project.countries).toEqual([{ iso3: 'MLI', name: 'Mali' }]);
    expect(project.evaluations).toEqual([
      {
        id: 'evaluation:mli-19-01-usa-midterm',
        timing: 'MIDTERM',
        mode: 'INDEPENDENT',
        completionDate: '2022-12',
        approvalDate: null,
        manager: { name: 'Marcelin Orsot' },
        conductedBy: [
          { kind: 'PERSON', name: 'Abdourahamane H. Toure' },
          { kind: 'ORGANISATION', name: 'Vision ProActive' },
        ],
      },
    ]);
  });

  it('searchProjects: "esclavage Mali" finds MLI/19/01/USA from the projects index, with facets', async () => {
    const data = await run('search-projects');
    const result = data.searchProjects;
    expect(result.totalHits).toBe(1);
    expect(result.edges).toHaveLength(1);
    const [first] = result.edges;
    expect(first.node).toEqual({
      code: 'MLI/19/01/USA',
      donors: [{ name: 'Bureau of Democracy, Human Rights, and Labor' }],
      countries: [{ iso3: 'MLI' }],
      evaluations: [{ timing: 'MIDTERM' }],
    });
    expect(first.highlightedTitle).toBe(
      "Projet combattre l'<mark>esclavage</mark> et la discrimination fondée sur l'<mark>esclavage</mark> au <mark>Mali</mark>",
    );
    expect(first.score).toBeGreaterThan(0);
    expect(first.score).toBeLessThanOrEqual(1);
    expect(result.facets.countries).toEqual([{ value: 'MLI', label: 'Mali', count: 1 }]);
    expect(result.facets.donors).toEqual([{ value: 'org:drl', label: 'Bureau of Democracy, Human Rights, and Labor', count: 1 }]);
    expect(result.facets.themes).toHaveLength(43);
    expect(result.facets.themes.slice(0, 2)).toEqual([
      { value: 'theme:access-to-justice', label: 'Access to justice', count: 1 },
      { value: 'theme:advocacy', label: 'Advocacy', count: 1 },
    ]);
    expect(result.facets.themes).toContainEqual({ value: 'theme:social-mediation', label: 'Social mediation', count: 1 });
    expect(result.pageInfo).toEqual({ hasNextPage: false, endCursor: 'aGl0OjA' });
  });

  it('country NER reaches the good practice that names Niger', async () => {
    const data = await run('country');
    expect(data.country.name).toBe('Niger');
    expect(data.country.projects).toEqual([]);
    expect(data.country.neighbours).toContainEqual({ iso3: 'MLI' });
    expect(data.country.mentionedIn.totalCount).toBe(1);
    expect(data.country.mentionedIn.nodes).toHaveLength(1);
    expect(data.country.mentionedIn.nodes[0]).toMatchObject({ kind: 'GOOD_PRACTICE', project: { code: 'MLI/19/01/USA' } });
    expect(data.country.mentionedIn.nodes[0].text).toMatch(/^Le partage des expériences avec les pays voisins \(Niger et Mauritanie\)/);
    expect(data.country.mentionedIn.pageInfo).toEqual({ hasNextPage: false, endCursor: 'aGl0OjA' });
  });

  it('paths from Mali to Niger: the border first, and one through that good practice', async () => {
    const practice = (await api.gql('{ country(code: "ne") { mentionedIn { nodes { id } } } }')).data.country.mentionedIn.nodes[0].id;
    const data = await run('paths');
    expect(data.paths[0]).toEqual({
      length: 1,
      nodes: [
        { id: 'country:MLI', type: 'COUNTRY', label: 'Mali' },
        { id: 'country:NER', type: 'COUNTRY', label: 'Niger' },
      ],
      edges: [{ type: 'BORDERS', source: 'country:MLI', target: 'country:NER' }],
    });
    const through = data.paths.filter((p: { nodes: Array<{ id: string }> }) => p.nodes.some((n) => n.id === practice));
    expect(through.length).toBeGreaterThanOrEqual(1);
    expect(through[0].nodes[0].id).toBe('country:MLI');
    expect(through[0].nodes.at(-1).id).toBe('country:NER');
  });

  it('actor TEMEDT: one recommendation addressed to it, and mentioned by the one addressed to ASI', async () => {
    const data = await run('actor');
    expect(data.actor.name).toBe('TEMEDT');
    expect(data.actor.kind).toBe('ORGANISATION');
    expect(data.actor.projects).toEqual([{ role: 'PARTNER', project: { code: 'MLI/19/01/USA' } }]);
    expect(data.actor.recommendationsAddressed.totalCount).toBe(1);
    expect(data.actor.recommendationsAddressed.nodes[0].text).toMatch(/^Renforcer les capacités institutionnelles, organisationnelles et techniques de TEMEDT/);
    // The first page of 3 of the 4 insights naming TEMEDT, in document order; the cursor gives the fourth.
    const mentionedIn = data.actor.mentionedIn;
    expect(mentionedIn.totalCount).toBe(4);
    expect(mentionedIn.edges.map((e: { cursor: string }) => e.cursor)).toEqual(['aGl0OjA', 'aGl0OjE', 'aGl0OjI']);
    expect(mentionedIn.pageInfo).toEqual({ hasNextPage: true, endCursor: 'aGl0OjI' });
    const byAsi = mentionedIn.edges
      .map((e: { node: unknown }) => e.node)
      .filter(
        (i: { kind: string; addressees: Array<{ actor: { name: string } }> }) =>
          i.kind === 'RECOMMENDATION' && i.addressees.some((a) => a.actor.name === 'Anti-Slavery International'),
      );
    expect(byAsi).toHaveLength(1);
    expect(byAsi[0].text).toBe('Former le personnel de TEMEDT sur le système de suivi-évaluation (partage des résultats)');
    const rest = await api.gql(
      'query ($after: String) { actor(id: "org:temedt") { mentionedIn(first: 3, after: $after) { totalCount nodes { kind } pageInfo { hasNextPage } } } }',
      {
        after: mentionedIn.pageInfo.endCursor,
      },
    );
    expect(rest.data.actor.mentionedIn).toEqual({ totalCount: 4, nodes: [{ kind: expect.any(String) }], pageInfo: { hasNextPage: false } });
  });

  it('actors: BIT finds the ILO (OIT = BIT = ILO)', async () => {
    const data = await run('actors');
    expect(data.actors[0]).toMatchObject({ id: 'org:ilo', acronym: 'ILO' });
    expect(data.actors[0].aliases).toEqual(expect.arrayContaining(['OIT', 'BIT']));
  });

  it('theme: social mediation, its insight and country', async () => {
    const data = await run('theme');
    expect(data.theme.label).toBe('Social mediation');
    expect(data.theme.labelFr).toBe('Médiation sociale');
    expect(data.theme.insights).toEqual({
      totalCount: 1,
      nodes: [{ kind: 'LESSON_LEARNED', text: "La médiation sociale est un créneau très porteur dans l'émancipation des personnes victimes de l'esclavage." }],
    });
    expect(data.theme.countries).toEqual([{ country: { iso3: 'MLI' }, count: 1 }]);
  });

  it('neighbourhood of TEMEDT: nodes and edges a graph view draws directly', async () => {
    const data = await run('neighbourhood');
    const { nodes, edges, truncated } = data.neighbourhood;
    expect(truncated).toBe(false);
    expect(nodes[0]).toEqual({ id: 'org:temedt', type: 'ORGANISATION', label: 'TEMEDT' });
    expect(nodes).toContainEqual({ id: 'project:MLI/19/01/USA', type: 'PROJECT', label: 'MLI/19/01/USA' });
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    expect(ids.size).toBe(nodes.length);
    for (const edge of edges) {
      expect(ids.has(edge.source)).toBe(true);
      expect(ids.has(edge.target)).toBe(true);
      expect(edge.id).toBe(`${edge.source}-${edge.type}->${edge.target}`);
    }
    expect(edges).toContainEqual({
      id: 'project:MLI/19/01/USA-IMPLEMENTED_BY->org:temedt',
      type: 'IMPLEMENTED_BY',
      source: 'project:MLI/19/01/USA',
      target: 'org:temedt',
    });
  });

  it("neighbourhood cut by its limit: the most connected nodes first, the same ones every time (the summary and Mali's neighbours before the insights that mention Mali)", async () => {
    const query = '{ neighbourhood(id: "country:MLI", limit: 6) { truncated nodes { id } } }';
    const cut = await api.gql(query);
    expect(cut.errors).toBeUndefined();
    expect(cut.data.neighbourhood.truncated).toBe(true);
    // Each node has one link to Mali here, so they come by their links of all: the summary
    // (which contains the 25 insights), then the bordering countries, before any insight. A
    // country's reference places count among its links: Algeria's 48 (its ISO 3166-2 provinces)
    // put it before Niger and its curated regions and towns.
    expect(cut.data.neighbourhood.nodes.map((n: { id: string }) => n.id)).toEqual([
      'country:MLI',
      'document:mli-19-01-usa-midterm-fr-summary',
      'country:DZA',
      'country:NER',
      'country:BFA',
      'country:SEN',
    ]);
    expect((await api.gql(query)).data).toEqual(cut.data);
  });

  it('stats: 7 findings, 12 recommendations, 3 lessons, 3 good practices; addressees as the seed gives them', async () => {
    const data = await run('stats');
    const stats = data.stats;
    expect(stats.insights).toBe(25);
    expect(stats.evaluations).toBe(1);
    expect(stats.projects).toBe(1);
    expect(stats.byKind).toEqual([
      { value: 'RECOMMENDATION', count: 12 },
      { value: 'FINDING', count: 7 },
      { value: 'GOOD_PRACTICE', count: 3 },
      { value: 'LESSON_LEARNED', count: 3 },
    ]);
    expect(stats.byCountry).toEqual([
      { value: 'MLI', label: 'Mali', count: 25 },
      { value: 'MRT', label: 'Mauritania', count: 1 },
      { value: 'NER', label: 'Niger', count: 1 },
    ]);
    expect(stats.byYear).toEqual([{ value: '2022', count: 25 }]);
    expect(stats.byDonor).toEqual([{ label: 'Bureau of Democracy, Human Rights, and Labor', count: 25 }]);
    const addressees = Object.fromEntries(
      stats.recommendationsByAddressee.map((row: { actor: { name: string }; count: number }) => [row.actor.name, row.count]),
    );
    expect(addressees).toEqual({
      'International Labour Organization': 2,
      'Anti-Slavery International': 2,
      TEMEDT: 1,
      'Victims of slavery': 1,
      'Customary and religious authorities': 1,
      'Local authorities': 2,
      'Governmental and non-governmental agencies': 3,
    });
    const mali = stats.evidenceMap.cells.filter((cell: { countryId: string }) => cell.countryId === 'country:MLI');
    expect(mali).toContainEqual({ themeId: 'theme:social-mediation', countryId: 'country:MLI', count: 1 });
    expect(stats.evidenceMap.cells.filter((cell: { countryId: string }) => cell.countryId === 'country:NER').length).toBeGreaterThan(0);
  });

  it('stats with a filter: recommendations about Mali in 2022 only', async () => {
    const response = await api.gql(
      '{ stats(filter: { kinds: [RECOMMENDATION], countries: ["mli"], yearFrom: 2022, yearTo: 2022 }) { insights byKind { value count } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.stats).toEqual({ insights: 12, byKind: [{ value: 'RECOMMENDATION', count: 12 }] });
  });

  it('search and stats agree on what a filter selects', async () => {
    for (const filter of [
      '{ countries: ["NER"] }',
      '{ kinds: [GOOD_PRACTICE, LESSON_LEARNED] }',
      '{ actors: ["org:temedt"] }',
      '{ themes: ["theme:social-mediation"], languages: ["fr"] }',
    ]) {
      const response = await api.gql(`{ search(query: "", filter: ${filter}) { totalHits } stats(filter: ${filter}) { insights } }`);
      expect(response.errors).toBeUndefined();
      expect({ filter, hits: response.data.search.totalHits }).toEqual({ filter, hits: response.data.stats.insights });
    }
  });

  it('stats counts from the search index: counts by kind and the totals send no Cypher query, labels one query per kind of node', async () => {
    api.cypherLog.length = 0;
    const byKind = await api.gql('{ stats { byKind { value count } } }');
    expect(byKind.errors).toBeUndefined();
    expect(api.cypherLog).toHaveLength(0);
    // Unfiltered, evaluations and projects are counted in the graph once per change of the index.
    const totals = await api.gql('{ stats { insights evaluations projects byKind { count } } }');
    expect(totals.data.stats).toMatchObject({ insights: 25, evaluations: 1, projects: 1 });
    expect(api.cypherLog.length).toBeLessThanOrEqual(1);
    api.cypherLog.length = 0;
    const again = await api.gql('{ stats { insights evaluations projects } }');
    expect(again.data.stats).toEqual({ insights: 25, evaluations: 1, projects: 1 });
    expect(api.cypherLog).toHaveLength(0);
    // A filter on reference countries is resolved from memory: still no Cypher query.
    const filtered = await api.gql('{ stats(filter: { countries: ["ml", "NER"] }) { insights byKind { value count } } }');
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data.stats.insights).toBe(25);
    expect(api.cypherLog).toHaveLength(0);
    const unknown = await api.gql('{ stats(filter: { countries: ["ZZZ"] }) { insights } }');
    expect(unknown.errors?.[0]).toMatchObject({ message: 'filter.countries: no country has the code "ZZZ".', extensions: { code: 'BAD_USER_INPUT' } });
    api.cypherLog.length = 0;
    // The names of countries and themes: one batched query per label, not one per value.
    const labelled = await api.gql('{ stats { byCountry { label count } byTheme { label count } evidenceMap { cells { count } } } }');
    expect(labelled.errors).toBeUndefined();
    expect(api.cypherLog).toHaveLength(2);
  });

  it("a page asking only for fields the index holds is answered without the graph, with the graph's values", async () => {
    const fields = 'id kind headline text language year';
    api.cypherLog.length = 0;
    const fromIndex = await api.gql(`{ search(query: "esclavage", first: 20) { edges { node { ${fields} } } } }`);
    expect(fromIndex.errors).toBeUndefined();
    expect(api.cypherLog).toHaveLength(0);
    const fromGraph = await api.gql(`{ search(query: "esclavage", first: 20) { edges { node { ${fields} source { start } } } } }`);
    expect(api.cypherLog.length).toBeGreaterThan(0);
    const strip = (edges: Array<{ node: Record<string, unknown> }>) => edges.map(({ node }) => ({ ...node, source: undefined }));
    expect(fromIndex.data.search.edges).toHaveLength(20);
    expect(strip(fromIndex.data.search.edges)).toEqual(strip(fromGraph.data.search.edges));
  });

  it('no N+1: a page of 20 hits with evaluation, project, countries, themes and mentions is 2 Cypher queries', async () => {
    const query = `query ($first: Int) { search(query: "", first: $first) { edges { node {
      id evaluation { id } project { code } countries { iso3 } themes { id } mentions { name } } } } }`;
    api.cypherLog.length = 0;
    const twenty = await api.gql(query, { first: 20 });
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data.search.edges).toHaveLength(20);
    const queriesFor20 = api.cypherLog.length;
    // Evaluation, project, countries and themes in one query, mentions in another, whatever the
    // page size; the insights' own fields come with the hits.
    expect(queriesFor20).toBe(2);
    api.cypherLog.length = 0;
    const five = await api.gql(query, { first: 5 });
    expect(five.data.search.edges).toHaveLength(5);
    expect(api.cypherLog.length).toBe(queriesFor20);
  });
});
