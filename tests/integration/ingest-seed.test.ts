import { readFileSync } from 'node:fs';
import { extractRecord } from '../../src/extract/extract-record.js';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { createLogger } from '../../src/logger.js';
import { reindex } from '../../src/pipeline/reindex.js';
import { removeDocument } from '../../src/pipeline/remove-document.js';
import { readDocument } from '../../src/read/read-document.js';
import { createSearchClient } from '../../src/search/client.js';
import { insightsIndexName, waitForSearchTasks } from '../../src/search/search-index.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const DOCUMENT_ID = 'document:mli-19-01-usa-midterm-fr-summary';

describe('ingesting the seed into the graph and the index', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const search = createSearchClient(config);
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: config.neo4j.database })).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  const one = async (cypher: string, params: Record<string, unknown> = {}) => (await rows(cypher, params))[0]!;
  /** Everything that is not reference data (plus the reference stamp), by label set. */
  const ownNodes = async () =>
    Object.fromEntries(
      (await rows('MATCH (n) WHERE NOT coalesce(n.reference, false) AND NOT n:Meta AND NOT n:WriteLock RETURN labels(n) AS labels, count(*) AS n'))
        .map((r) => [(r.labels as string[]).sort().join(':'), r.n])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  const edgeCount = async () => (await one('MATCH ()-[r]->() RETURN count(r) AS n')).n;
  const indexed = async () => (await search.index(insightsIndexName(config)).getDocuments({ limit: 1000 })).results as { graphId: string; text: string }[];

  beforeAll(async () => {
    await resetStores(config);
  }, 120_000);
  afterAll(async () => {
    await driver.close();
  });

  it('creates exactly one evaluation, one project and 25 insights (7 / 12 / 3 / 3)', async () => {
    const report = await ingestFixtures(config, [SEED]);
    expect(report).toMatchObject({ added: 1, updated: 0, unchanged: 0, failed: 0, searchPending: [], pendingInGraph: 0, insightsIndexed: 25 });
    expect(report.documents).toEqual([
      expect.objectContaining({ sourcePath: SEED, outcome: 'added', documentId: DOCUMENT_ID, insights: 25, searchPending: false }),
    ]);
    expect(await ownNodes()).toEqual({
      'Actor:Person': 2,
      Document: 1,
      Evaluation: 1,
      'Finding:Insight': 7,
      'GoodPractice:Insight': 3,
      'Insight:LessonLearned': 3,
      'Insight:Recommendation': 12,
      Project: 1,
    });
    expect(
      await one(
        'MATCH (d:Document)-[:DESCRIBES]->(e:Evaluation)-[:EVALUATES]->(p:Project) RETURN d.id AS d, e.id AS e, p.id AS p, p.code AS code, e.timing AS timing, e.mode AS mode, e.year AS year, e.approvalDate AS approval, d.searchPending AS pending',
      ),
    ).toEqual({
      d: DOCUMENT_ID,
      e: 'evaluation:mli-19-01-usa-midterm',
      p: 'project:MLI/19/01/USA',
      code: 'MLI/19/01/USA',
      timing: 'MIDTERM',
      mode: 'INDEPENDENT',
      year: 2022,
      approval: null,
      pending: false,
    });
    expect(await rows('MATCH (i:Insight)-[:FROM]->(:Evaluation) RETURN i.kind AS kind, count(*) AS n ORDER BY kind')).toEqual([
      { kind: 'FINDING', n: 7 },
      { kind: 'GOOD_PRACTICE', n: 3 },
      { kind: 'LESSON_LEARNED', n: 3 },
      { kind: 'RECOMMENDATION', n: 12 },
    ]);
  }, 180_000);

  it('links each recommendation to its addressee (ADDRESSED_TO, not MENTIONS)', async () => {
    expect(await rows('MATCH (r:Recommendation) OPTIONAL MATCH (r)-[:ADDRESSED_TO]->(a) RETURN a.id AS addressee, count(r) AS n ORDER BY addressee')).toEqual([
      { addressee: 'group:customary-religious-authorities', n: 1 },
      { addressee: 'group:government-and-non-governmental-agencies', n: 3 },
      { addressee: 'group:local-authorities', n: 2 },
      { addressee: 'group:victims-of-slavery', n: 1 },
      { addressee: 'org:anti-slavery-international', n: 2 },
      { addressee: 'org:ilo', n: 2 },
      { addressee: 'org:temedt', n: 1 },
    ]);
    expect((await one('MATCH (:Insight)-[r:ADDRESSED_TO]->() RETURN count(r) AS n')).n).toBe(12);
  });

  it('writes one MENTIONS edge per distinct thing each insight names, as the record says', async () => {
    const record = extractRecord(await readDocument(SEED));
    const expected = record.insights.reduce((sum, insight) => {
      const m = insight.mentions;
      const ids = new Set([...m.countries, ...m.places, ...m.organisations, ...m.stakeholderGroups].map((x) => x.id));
      return sum + ids.size;
    }, 0);
    expect(expected).toBeGreaterThan(0);
    expect((await one('MATCH (:Insight)-[r:MENTIONS]->() RETURN count(r) AS n')).n).toBe(expected);
  });

  it('links Mali, Niger and Mauritania, the countries the seed names', async () => {
    expect(await rows('MATCH (:Project)-[:IN]->(c:Country) RETURN c.id AS id')).toEqual([{ id: 'country:MLI' }]);
    expect(
      await rows(
        "MATCH (g:GoodPractice)-[:MENTIONS]->(c:Country) WHERE c.id IN ['country:NER', 'country:MRT'] RETURN c.id AS id, g.text CONTAINS 'pays voisins' AS neighbours ORDER BY id",
      ),
    ).toEqual([
      { id: 'country:MRT', neighbours: true },
      { id: 'country:NER', neighbours: true },
    ]);
    expect(
      await rows("MATCH (:Country {id: 'country:MLI'})-[:BORDERS]-(c:Country) WHERE c.iso3 IN ['NER', 'MRT'] RETURN c.iso3 AS iso3 ORDER BY iso3"),
    ).toEqual([{ iso3: 'MRT' }, { iso3: 'NER' }]);
    expect(await rows('MATCH (:Project)-[a:AT]->(p:Place)-[:IN]->(c:Country) RETURN p.id AS id, p.region AS region, c.iso3 AS country ORDER BY id')).toEqual([
      { id: 'place:mli-anderamboukane', region: 'Ménaka', country: 'MLI' },
      { id: 'place:mli-gossi', region: 'Tombouctou', country: 'MLI' },
      { id: 'place:mli-kayes', region: 'Kayes', country: 'MLI' },
      { id: 'place:mli-menaka', region: 'Ménaka', country: 'MLI' },
    ]);
    expect(await one('MATCH (:Project)-[f:FUNDED_BY]->(o:Organisation) RETURN o.id AS donor, f.amount AS amount, f.currency AS currency')).toEqual({
      donor: 'org:drl',
      amount: 1875282,
      currency: 'USD',
    });
    expect(await rows('MATCH (:Project)-[:IMPLEMENTED_BY]->(o) RETURN o.id AS id ORDER BY id')).toEqual([
      { id: 'org:anti-slavery-international' },
      { id: 'org:ilo' },
      { id: 'org:temedt' },
    ]);
    expect(await rows('MATCH (e:Evaluation)-[r:MANAGED_BY|CONDUCTED_BY]->(a) RETURN type(r) AS type, a.id AS id ORDER BY type, id')).toEqual([
      { type: 'CONDUCTED_BY', id: 'org:vision-proactive' },
      { type: 'CONDUCTED_BY', id: 'person:abdourahamane-h-toure' },
      { type: 'MANAGED_BY', id: 'person:marcelin-orsot' },
    ]);
  });

  it('indexes the 25 insights under the ids the graph uses', async () => {
    const graphIds = (await rows('MATCH (i:Insight) RETURN i.id AS id ORDER BY id')).map((r) => r.id);
    expect((await indexed()).map((d) => d.graphId).sort()).toEqual(graphIds);
  });

  it('writes nothing on a second ingest of the same bytes and says "unchanged"', async () => {
    const nodesBefore = await ownNodes();
    const edgesBefore = await edgeCount();
    const report = await ingestFixtures(config, [SEED]);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 1, failed: 0, insightsIndexed: 0, referenceSynced: false });
    expect(report.counters).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await ownNodes()).toEqual(nodesBefore);
    expect(await edgeCount()).toBe(edgesBefore);
  }, 120_000);

  it('replaces the insights of an edited copy without duplicates, in the graph and the index', async () => {
    const edited = readFileSync(SEED, 'utf8').replace('La médiation sociale est un créneau très porteur', 'La médiation sociale est un levier très porteur');
    const oldId = (await one("MATCH (i:LessonLearned) WHERE i.text STARTS WITH 'La médiation sociale' RETURN i.id AS id")).id;
    const report = await ingestFixtures(config, [{ bytes: new TextEncoder().encode(edited), sourcePath: 'uploads/seed-edited.txt' }]);
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 0, failed: 0, searchPending: [] });
    expect(report.documents[0]).toMatchObject({ documentId: DOCUMENT_ID, outcome: 'updated', insights: 25 });
    expect((await one('MATCH (i:Insight) RETURN count(i) AS n')).n).toBe(25);
    expect(await one('MATCH (d:Document) RETURN count(d) AS n, collect(d.sourcePath) AS paths')).toEqual({ n: 1, paths: ['uploads/seed-edited.txt'] });
    const lesson = await one("MATCH (i:LessonLearned) WHERE i.text STARTS WITH 'La médiation sociale' RETURN i.id AS id, i.text AS text");
    expect(lesson.id).not.toBe(oldId);
    expect(lesson.text).toContain('un levier très porteur');
    expect((await one('MATCH (i:Insight {id: $id}) RETURN count(i) AS n', { id: oldId })).n).toBe(0);
    const docs = await indexed();
    expect(docs).toHaveLength(25);
    expect(docs.map((d) => d.graphId)).not.toContain(oldId);
    expect(docs.filter((d) => d.text.includes('un levier très porteur')).map((d) => d.graphId)).toEqual([lesson.id]);
  }, 120_000);

  it('reindexes everything from the graph and drops index entries the graph does not have', async () => {
    const index = search.index(insightsIndexName(config));
    const stray = await index.addDocuments([{ id: 'insight_ffffffffffffffff', graphId: 'insight:ffffffffffffffff', kind: 'FINDING', text: 'stray' }]);
    await waitForSearchTasks(search, [stray.taskUid]);
    expect(await indexed()).toHaveLength(26);
    const report = await reindex({ driver, search, config, logger: createLogger({ logLevel: 'silent' }) }, { onlyPending: false });
    expect(report).toMatchObject({ documents: 1, insightsIndexed: 25, staleDeleted: 1, failed: [], pendingInGraph: 0 });
    const graphIds = (await rows('MATCH (i:Insight) RETURN i.id AS id ORDER BY id')).map((r) => r.id);
    expect((await indexed()).map((d) => d.graphId).sort()).toEqual(graphIds);
  }, 120_000);

  it('removes a document and leaves no orphan in the graph and nothing in the index', async () => {
    const logger = createLogger({ logLevel: 'silent' });
    const report = await removeDocument({ driver, search, config, logger }, DOCUMENT_ID);
    expect(report).toMatchObject({ documentId: DOCUMENT_ID, insights: 25, searchPending: false });
    expect(await ownNodes()).toEqual({});
    // Reference nodes stay, with their own edges only.
    expect((await one("MATCH (c:Country {id: 'country:MLI'}) RETURN c.reference AS reference")).reference).toBe(true);
    expect((await one('MATCH ()-[r:FROM|ABOUT|MENTIONS|ADDRESSED_TO|EVALUATES|AT|FUNDED_BY|IMPLEMENTED_BY|MEMBER_OF]->() RETURN count(r) AS n')).n).toBe(0);
    expect(await indexed()).toEqual([]);
    await expect(removeDocument({ driver, search, config, logger }, DOCUMENT_ID)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 120_000);
});
