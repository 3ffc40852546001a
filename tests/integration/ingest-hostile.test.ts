import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { createLogger } from '../../src/logger.js';
import { removeDocument } from '../../src/pipeline/remove-document.js';
import { loadReference } from '../../src/reference/load-reference.js';
import { createSearchClient } from '../../src/search/client.js';
import { insightsIndexName } from '../../src/search/search-index.js';
import type { InsightSearchDocument } from '../../src/search/to-search-documents.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const FILE_NAME = "hostile'} DETACH DELETE n.md";
const LESSON = String.raw`Community committees "really" matter: '} DETACH DELETE n // MATCH (x) DETACH DELETE x; a backslash \ and \\ two, and a filter kind = FINDING OR countries = MLI in Senegal.`;
const HOSTILE_DOCUMENT =
  String.raw`# Evaluation of a water project in Senegal '} DETACH DELETE n //

## Lessons learned

1. ${LESSON}
2. Pumps break when spare parts are missing; ` +
  '`$param`' +
  String.raw` {id: 'x'} and "quoted" words in Dakar.

## Recommendations

- The ILO should fund spare parts in Senegal (kind != GOOD_PRACTICE AND year > 1900).
`;
// It names no evaluation: its identity is its bytes (docs/graph.md), never its hostile file name.
const HOSTILE_KEY = `sha-${createHash('sha256').update(HOSTILE_DOCUMENT).digest('hex').slice(0, 16)}`;

describe('documents full of quotes, backslashes, Cypher and filter syntax', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const search = createSearchClient(config);
  const index = search.index<InsightSearchDocument>(insightsIndexName(config));
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: config.neo4j.database })).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-hostile-'));
  const hostilePath = path.join(dir, FILE_NAME);

  beforeAll(async () => {
    await resetStores(config);
    writeFileSync(hostilePath, HOSTILE_DOCUMENT);
  }, 120_000);
  afterAll(async () => {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests them next to the seed, stored exactly as written', async () => {
    const report = await ingestFixtures(config, [SEED, hostilePath]);
    expect(report).toMatchObject({ added: 2, failed: 0, searchPending: [] });
    expect(await rows('MATCH (d:Document) RETURN d.id AS id, d.sourcePath AS sourcePath ORDER BY id')).toEqual([
      { id: 'document:mli-19-01-usa-midterm-fr-summary', sourcePath: SEED },
      { id: `document:${HOSTILE_KEY}`, sourcePath: hostilePath },
    ]);
    const lessons = await rows('MATCH (i:LessonLearned)-[:FROM]->(:Evaluation {id: $id}) RETURN i.text AS text ORDER BY i.ordinal', {
      id: `evaluation:${HOSTILE_KEY}`,
    });
    expect(lessons.map((l) => l.text)).toEqual([expect.stringContaining(LESSON), expect.stringContaining('`$param` {id: \'x\'} and "quoted" words')]);
  }, 180_000);

  it('leaves the graph intact: the seed keeps its 25 insights, nothing was deleted', async () => {
    expect(
      await rows("MATCH (i:Insight)-[:FROM]->(:Evaluation {id: 'evaluation:mli-19-01-usa-midterm'}) RETURN i.kind AS kind, count(*) AS n ORDER BY kind"),
    ).toEqual([
      { kind: 'FINDING', n: 7 },
      { kind: 'GOOD_PRACTICE', n: 3 },
      { kind: 'LESSON_LEARNED', n: 3 },
      { kind: 'RECOMMENDATION', n: 12 },
    ]);
    expect((await rows('MATCH (c:Country {reference: true}) RETURN count(c) AS n'))[0]!.n).toBe(loadReference().countries.length);
  });

  it('leaves the index intact and finds the hostile text as plain text', async () => {
    const { hits } = await index.search('DETACH DELETE committees', { limit: 5 });
    expect(hits[0]!.text).toContain(LESSON);
    expect(hits[0]!.documentId).toBe(`document:${HOSTILE_KEY}`);
    const goodPractices = await index.search('', { filter: [['kind = GOOD_PRACTICE'], ['countries = MLI']] });
    expect(goodPractices.estimatedTotalHits).toBe(3);
    const { facetDistribution } = await index.search('', { facets: ['kind'], filter: 'documentId = "document:mli-19-01-usa-midterm-fr-summary"', limit: 0 });
    expect(facetDistribution?.kind).toEqual({ FINDING: 7, RECOMMENDATION: 12, LESSON_LEARNED: 3, GOOD_PRACTICE: 3 });
  });

  it('removes the hostile document by its id and keeps the seed', async () => {
    const report = await removeDocument({ driver, search, config, logger: createLogger({ logLevel: 'silent' }) }, `document:${HOSTILE_KEY}`);
    expect(report).toMatchObject({ insights: 3, searchPending: false });
    expect((await rows('MATCH (i:Insight) RETURN count(i) AS n'))[0]!.n).toBe(25);
    expect((await index.search('', { limit: 0 })).estimatedTotalHits).toBe(25);
    expect(readFileSync(hostilePath, 'utf8')).toBe(HOSTILE_DOCUMENT);
  }, 60_000);
});
