import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { toSearchId } from '../../src/model/ids.js';
import { createSearchClient } from '../../src/search/client.js';
import { listIndexedIds } from '../../src/search/search-index.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { startTestApi, type TestApi } from './support/api-harness.js';

jest.setTimeout(120_000);

const REPORT = readFileSync('tests/fixtures/other-shapes-report.md', 'utf8');
const ENGLISH = 'tests/fixtures/summary-en-niger.txt';
const FRENCH = 'tests/fixtures/identity/summary-fr-niger.txt';

const INGEST = `mutation ($filename: String!, $content: String!) {
  ingestDocument(filename: $filename, content: $content) { status documentId reason replaced { documentId sourcePath } }
}`;

interface IngestAnswer {
  status: string;
  documentId: string;
  reason: string | null;
  replaced: Array<{ documentId: string; sourcePath: string }>;
}

describe('document identity through the API', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const search = createSearchClient(config);
  let api: TestApi;
  const key = config.server.apiKey as string;
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: config.neo4j.database })).records.map((r) => toPlain(r.toObject()) as Record<string, any>);

  beforeAll(async () => {
    await resetStores(config);
    await ingestFixtures(config, [FRENCH, ENGLISH]);
    api = await startTestApi();
  }, 240_000);
  afterAll(async () => {
    await api?.close();
    await driver.close();
  });

  it('two concurrent uploads of one new file name with other bytes: one ADDED, the other UPDATED replacing it, never one document merging both (5 of 5 tries)', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const filename = `race-${attempt}.md`;
      // Every item of each version differs (its country and its verbs), so a merged document would hold 18 insights.
      const contents = [`Togo${attempt}`, `Ghana${attempt}`].map((country) =>
        REPORT.replaceAll('Burkina Faso', country).replaceAll('should', `should (${country})`),
      );
      const answers = await Promise.all(
        contents.map((content) => api.gql<{ ingestDocument: IngestAnswer }>(INGEST, { filename, content }, { 'x-api-key': key })),
      );
      expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
      const results = answers.map((a) => a.data!.ingestDocument);
      expect(results.map((r) => r.status).sort()).toEqual(['ADDED', 'UPDATED']);
      const added = results.find((r) => r.status === 'ADDED')!;
      const updated = results.find((r) => r.status === 'UPDATED')!;
      // The loser is told what it replaced: the other upload.
      expect(updated.replaced).toEqual([{ documentId: added.documentId, sourcePath: filename }]);
      expect(await rows('MATCH (d:Document {sourcePath: $filename}) RETURN d.id AS id', { filename })).toEqual([{ id: updated.documentId }]);
      const winner = contents[results.indexOf(updated)]!;
      const loserCountry = results.indexOf(updated) === 0 ? `Ghana${attempt}` : `Togo${attempt}`;
      const texts = await rows('MATCH (:Document {id: $id})-[:CONTAINS]->(i:Insight) RETURN i.text AS text', { id: updated.documentId });
      expect(texts).toHaveLength(9);
      expect(texts.filter((t) => t.text.includes(loserCountry))).toEqual([]);
      expect(winner).not.toContain(loserCountry);
      expect(await rows('MATCH (i:Insight) WHERE i.text CONTAINS $loser RETURN count(i) AS n', { loser: loserCountry })).toEqual([{ n: 0 }]);
    }
    // Both stores agree exactly.
    const graphIds = (await rows('MATCH (i:Insight) RETURN i.id AS id')).map((r) => toSearchId(r.id)).sort();
    expect((await listIndexedIds(search, config)).sort()).toEqual(graphIds);
  });

  it('refuses an upload whose file name holds a control character, naming it (a trailing newline was trimmed away, a NUL accepted)', async () => {
    for (const [filename, quoted, character] of [
      ['notes.md\n', '"notes.md\\u000a"', 'U+000A'],
      ['no\u0000tes.md', '"no\\u0000tes.md"', 'U+0000'],
      ['no\u0085tes.md', '"no\\u0085tes.md"', 'U+0085'],
    ] as const) {
      const { data, errors } = await api.gql(INGEST, { filename, content: REPORT }, { 'x-api-key': key });
      expect(data).toBeUndefined();
      expect(errors).toEqual([
        expect.objectContaining({
          message: `${quoted}: the file name holds a control character (${character}); rename the file without control characters.`,
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
    }
    expect(await rows("MATCH (d:Document) WHERE d.sourcePath STARTS WITH 'no' RETURN count(d) AS n")).toEqual([{ n: 0 }]);
  });

  it('Insight.sameAs gives the same recommendation in the other language, and isCanonical which one counts', async () => {
    const [pair] = await rows(
      `MATCH (fr:Insight) WHERE fr.text STARTS WITH 'Mobiliser des financements'
       MATCH (en:Insight) WHERE en.text STARTS WITH 'Mobilise funding'
       RETURN fr.id AS fr, en.id AS en`,
    );
    const query = `query ($id: ID!) { insight(id: $id) { id language isCanonical sameAs { id language isCanonical } source { document { id } } } }`;
    const french = await api.gql(query, { id: pair!.fr });
    const english = await api.gql(query, { id: pair!.en });
    expect([french.errors, english.errors]).toEqual([undefined, undefined]);
    const frCanonical = pair!.fr < pair!.en;
    expect(french.data.insight).toEqual({
      id: pair!.fr,
      language: 'fr',
      isCanonical: frCanonical,
      sameAs: [{ id: pair!.en, language: 'en', isCanonical: !frCanonical }],
      source: { document: { id: 'document:ner-18-02-eur-final-fr-summary' } },
    });
    expect(english.data.insight).toEqual({
      id: pair!.en,
      language: 'en',
      isCanonical: !frCanonical,
      sameAs: [{ id: pair!.fr, language: 'fr', isCanonical: frCanonical }],
      source: { document: { id: 'document:ner-18-02-eur-final-en-summary' } },
    });
  });
});
