import { jest } from '@jest/globals';
import fs from 'node:fs';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { startTestApi, type TestApi } from './support/api-harness.js';
import { example, exampleAnswer, readExamples, trimLikeReadme } from './support/readme-examples.js';

// Real engines on a busy machine: the first query of a kind waits for Neo4j to plan it.
jest.setTimeout(60_000);

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const ENGLISH = 'tests/fixtures/summary-en-niger.txt';
const SPANISH = 'tests/fixtures/summary-es-mauritania.txt';

const INGEST = `mutation ($filename: String!, $content: String!, $encoding: ContentEncoding) {
  ingestDocument(filename: $filename, content: $content, encoding: $encoding) {
    status sourcePath documentId insights searchPending reason warnings evaluation { id project { code } }
  }
}`;

interface Comparable {
  score: number;
  insight: { id: string; kind: string; text: string; project: { code: string } | null; countries?: Array<{ iso3: string }> };
  reasons: Array<{ kind: string; description: string; contribution?: number }>;
}

describe('ingestion through the API, then comparable practices across the seed and the English and Spanish summaries', () => {
  const examples = readExamples();
  let api: TestApi;
  let key: string;

  beforeAll(async () => {
    const config = testConfig();
    await resetStores(config);
    await ingestFixtures(config, [SEED]);
    api = await startTestApi();
    key = config.server.apiKey as string;
  }, 240_000);
  afterAll(async () => {
    await api?.close();
  });

  it('ingestDocument takes the English summary as UTF8 text, with the API key', async () => {
    const content = fs.readFileSync(ENGLISH, 'utf8');
    const { data, errors } = await api.gql(INGEST, { filename: 'summary-en-niger.txt', content, encoding: 'UTF8' }, { 'x-api-key': key });
    expect(errors).toBeUndefined();
    expect(data.ingestDocument).toMatchObject({
      status: 'ADDED',
      sourcePath: 'summary-en-niger.txt',
      documentId: 'document:ner-18-02-eur-final-en-summary',
      searchPending: false,
      reason: null,
      evaluation: { id: 'evaluation:ner-18-02-eur-final', project: { code: 'NER/18/02/EUR' } },
    });
    expect(data.ingestDocument.insights).toBeGreaterThan(0);
  }, 120_000);

  it('ingestDocument takes the Spanish summary as base64 bytes; the same bytes again are UNCHANGED', async () => {
    const content = fs.readFileSync(SPANISH).toString('base64');
    const first = await api.gql(INGEST, { filename: 'summary-es-mauritania.txt', content, encoding: 'BASE64' }, { 'x-api-key': key });
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestDocument).toMatchObject({
      status: 'ADDED',
      documentId: 'document:mrt-20-03-usa-midterm-es-summary',
      evaluation: { project: { code: 'MRT/20/03/USA' } },
    });
    const again = await api.gql(INGEST, { filename: 'summary-es-mauritania.txt', content, encoding: 'BASE64' }, { 'x-api-key': key });
    expect(again.data.ingestDocument.status).toBe('UNCHANGED');
  }, 120_000);

  it('ingestDocument answers FAILED with the reason for bytes that are no document, and the server goes on', async () => {
    const { data, errors } = await api.gql(INGEST, { filename: 'empty.txt', content: '', encoding: 'UTF8' }, { 'x-api-key': key });
    expect(errors).toBeUndefined();
    expect(data.ingestDocument.status).toBe('FAILED');
    expect(data.ingestDocument.reason).toContain('empty.txt');
    expect((await api.gql('{ stats { projects } }')).data.stats.projects).toBe(3);
  }, 60_000);

  it('reindex rebuilds the index from the graph, with the API key', async () => {
    const { data, errors } = await api.gql(
      'mutation { reindex { documents insightsIndexed staleDeleted failed { documentId reason } pendingInGraph } }',
      {},
      { 'x-api-key': key },
    );
    expect(errors).toBeUndefined();
    expect(data.reindex.documents).toBe(3);
    expect(data.reindex.failed).toEqual([]);
    expect(data.reindex.pendingInGraph).toBe(0);
    const total = (await api.gql('{ stats { insights } }')).data.stats.insights;
    expect(data.reindex.insightsIndexed).toBe(total);
    const search = await api.gql('{ search(query: "", first: 1) { totalHits } }');
    expect(search.data.search.totalHits).toBe(total);
  }, 120_000);

  it('comparablePractices for the seed lesson on social mediation: only other projects, each with reasons', async () => {
    const lesson = (
      await api.gql('{ search(query: "médiation sociale", filter: { countries: ["MLI"], kinds: [LESSON_LEARNED] }, first: 1) { edges { node { id } } } }')
    ).data.search.edges[0].node.id;
    const { data, errors } = await api.gql(example(examples, 'comparable'), { id: lesson });
    expect(errors).toBeUndefined();
    // The README prints this very answer (texts ending in `…` and lists ending in "… N more" cut).
    expect(trimLikeReadme({ data }, exampleAnswer(examples, 'comparable'))).toEqual(exampleAnswer(examples, 'comparable'));
    const results: Comparable[] = data.comparablePractices;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.insight.project?.code).not.toBe('MLI/19/01/USA');
      expect(['NER/18/02/EUR', 'MRT/20/03/USA']).toContain(result.insight.project?.code);
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThanOrEqual(1);
      expect(result.reasons.length).toBeGreaterThan(0);
      const sum = result.reasons.reduce((total, reason) => total + (reason.contribution ?? 0), 0);
      expect(Math.abs(sum - result.score)).toBeLessThan(0.01);
    }
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
    // The top ones share the (rare) social-mediation theme, named in the reason.
    expect(results[0]?.reasons).toContainEqual(expect.objectContaining({ kind: 'SHARED_THEME', description: expect.stringContaining('Social mediation') }));
    const countryReasons = results.flatMap((r) => r.reasons.filter((reason) => reason.kind === 'BORDERING_COUNTRY' || reason.kind === 'SAME_COUNTRY'));
    expect(countryReasons.length).toBeGreaterThan(0);
  }, 60_000);

  it('comparablePractices for a project never returns that project, and names the countries it shares or borders', async () => {
    const { data, errors } = await api.gql(
      '{ comparablePractices(projectCode: "mli/19/01/usa", first: 20) { score insight { project { code } } reasons { kind names } } }',
    );
    expect(errors).toBeUndefined();
    const codes = new Set(data.comparablePractices.map((r: Comparable) => r.insight.project?.code));
    expect(codes.has('MLI/19/01/USA')).toBe(false);
    expect(codes.size).toBeGreaterThan(0);
    // The seed's good practice names Niger and Mauritania: the project's insights concern them too.
    const countries = data.comparablePractices.flatMap((r: { reasons: Array<{ kind: string; names: string[] }> }) =>
      r.reasons.filter((x) => x.kind === 'BORDERING_COUNTRY' || x.kind === 'SAME_COUNTRY').flatMap((x) => x.names),
    );
    expect(countries).toEqual(expect.arrayContaining(['Niger', 'Mauritania']));
  }, 60_000);

  it('comparablePractices for an English free text finds the French lesson and the Niger practice on social mediation', async () => {
    const { data, errors } = await api.gql(example(examples, 'comparable-text'));
    expect(errors).toBeUndefined();
    expect(trimLikeReadme({ data }, exampleAnswer(examples, 'comparable-text'))).toEqual(exampleAnswer(examples, 'comparable-text'));
    const results: Comparable[] = data.comparablePractices;
    expect(results.map((r) => r.insight.project?.code)).toContain('MLI/19/01/USA');
    expect(results.map((r) => r.insight.project?.code)).toContain('NER/18/02/EUR');
    for (const result of results) expect(result.reasons.map((r) => r.kind)).toContain('SHARED_THEME');
  }, 60_000);

  it('comparablePractices on an unknown insight is NOT_FOUND, and with two sources BAD_USER_INPUT', async () => {
    const unknown = await api.gql('{ comparablePractices(insightId: "insight:0000000000000000") { score } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const two = await api.gql('{ comparablePractices(insightId: "insight:0000000000000000", text: "slavery") { score } }');
    expect(two.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
