import { jest } from '@jest/globals';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { startTestApi, type TestApi } from './support/api-harness.js';

jest.setTimeout(60_000);

const CORPUS = ['seeds/000_1b59a9dc3ded9035.txt', 'tests/fixtures/summary-en-niger.txt', 'tests/fixtures/summary-es-mauritania.txt'];

const QUERY = `query Projects($query: String!, $filter: ProjectFilter, $first: Int, $after: String) {
  searchProjects(query: $query, filter: $filter, first: $first, after: $after) {
    totalHits
    edges { cursor score snippet highlightedTitle node { id code } }
    facets { countries { value label count } donors { value count } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('Query.searchProjects over real HTTP, on the seed and the English and Spanish summaries', () => {
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig();
    await resetStores(config);
    const report = await ingestFixtures(config, CORPUS);
    expect(report.documents.map((d) => d.outcome)).toEqual(['added', 'added', 'added']);
    api = await startTestApi();
  }, 240_000);
  afterAll(async () => {
    await api?.close();
  });

  it('filters by country code in any case (ne = NER): the Niger project only, hydrated from the graph', async () => {
    const { data, errors } = await api.gql(QUERY, { query: '', filter: { countries: ['ne'] } });
    expect(errors).toBeUndefined();
    expect(data.searchProjects.totalHits).toBe(1);
    expect(data.searchProjects.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(['NER/18/02/EUR']);
    expect(data.searchProjects.facets.countries).toEqual([{ value: 'NER', label: 'Niger', count: 1 }]);
  });

  it('"esclavage Mali" ranks MLI/19/01/USA first; the typo "esclavge" too', async () => {
    for (const query of ['esclavage Mali', 'esclavge']) {
      const { data, errors } = await api.gql(QUERY, { query });
      expect(errors).toBeUndefined();
      expect(data.searchProjects.edges[0].node).toEqual({ id: 'project:MLI/19/01/USA', code: 'MLI/19/01/USA' });
      expect(data.searchProjects.edges[0].highlightedTitle).toContain('<mark>');
    }
  });

  it('pages through every project once with Relay cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const { data, errors }: { data?: any; errors?: unknown } = await api.gql(QUERY, { query: '', first: 1, after });
      expect(errors).toBeUndefined();
      expect(data.searchProjects.totalHits).toBe(3);
      expect(data.searchProjects.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...data.searchProjects.edges.map((e: { node: { code: string } }) => e.node.code));
      if (!data.searchProjects.pageInfo.hasNextPage) break;
      after = data.searchProjects.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(['MLI/19/01/USA', 'MRT/20/03/USA', 'NER/18/02/EUR']);
  });

  it('rejects a malformed filter with BAD_USER_INPUT naming the field', async () => {
    const donors = await api.gql(QUERY, { query: '', filter: { donors: ['org:x" OR countries = "NER'] } });
    expect(donors.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(donors.errors?.[0]?.message).toMatch(/^filter\.donors/);
    const country = await api.gql(QUERY, { query: '', filter: { countries: ['XX'] } });
    expect(country.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const first = await api.gql(QUERY, { query: '', first: 100000 });
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
