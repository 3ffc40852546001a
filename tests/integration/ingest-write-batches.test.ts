import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractRecord } from '../../src/extract/extract-record.js';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { toDocumentIds, toDocumentStatements } from '../../src/graph/statements/document-statements.js';
import { writeDocument, writeDocuments, type DocumentWriteInput, type DocumentWriteResult } from '../../src/graph/write-graph.js';
import type { ExtractionRecord } from '../../src/model/records.js';
import { createBatchWriter } from '../../src/pipeline/batch-writer.js';
import { extractDocument } from '../../src/pipeline/extract-documents.js';
import { describeExtraction } from '../../src/pipeline/summarise-extraction.js';
import { readDocumentBytes } from '../../src/read/read-document.js';
import { createSearchClient } from '../../src/search/client.js';
import { insightsIndexName, listIndexedIds, projectsIndexName } from '../../src/search/search-index.js';
import { toSearchId } from '../../src/model/ids.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const seedText = readFileSync(SEED, 'utf8');
const INSIGHTS_PER_DOCUMENT = 25;
/** The seed for another project (code MLI/19/<n>/USA): a distinct evaluation of 25 insights. */
const variantText = (n: number) => seedText.replaceAll('MLI/19/01/USA', `MLI/19/${n}/USA`);

/** A record whose write Neo4j refuses: a map is not a property value (any document's statements could fail so). */
function unwritable(record: ExtractionRecord): ExtractionRecord {
  const [first, ...rest] = record.insights;
  return { ...record, insights: [{ ...first!, fields: { description: { not: 'a property value' } } as never }, ...rest] };
}

describe('several documents per graph transaction', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const search = createSearchClient(config);
  const database = config.neo4j.database;
  const work = mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-batches-'));
  const rows = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database })).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  /** What the graph holds, document by document: enough to tell two histories apart. */
  const graphState = async () => ({
    documents: await rows(
      'MATCH (d:Document)-[:DESCRIBES]->(e:Evaluation) RETURN d.id AS id, d.sha256 AS sha256, d.sourcePath AS sourcePath, e.id AS evaluation, COUNT { (d)-[:CONTAINS]->(:Insight) } AS insights ORDER BY id',
    ),
    insights: (await rows('MATCH (i:Insight) RETURN count(i) AS n'))[0]!.n,
    nodes: (await rows('MATCH (n) WHERE NOT n:WriteLock RETURN count(n) AS n'))[0]!.n,
    relationships: (await rows('MATCH ()-[r]->() RETURN count(r) AS n'))[0]!.n,
  });
  /** Every node (labels, properties) and relationship (type, ends, properties) but the write locks, in a fixed order. */
  const wholeGraph = async () => ({
    nodes: (await rows('MATCH (n) WHERE NOT n:WriteLock RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id')).map((node) => ({
      ...node,
      labels: [...(node.labels as string[])].sort(),
    })),
    relationships: await rows(
      'MATCH (a)-[r]->(b) WHERE NOT a:WriteLock RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to',
    ),
  });
  /** A document as the ingest pipeline hands it to the graph (prepare in ingest-documents.ts). */
  const inputOf = async (name: string, text: string, change: (record: ExtractionRecord) => ExtractionRecord = (r) => r): Promise<DocumentWriteInput> => {
    const file = path.join(work, name);
    writeFileSync(file, text);
    const extracted = await extractDocument(file);
    if (!extracted.ok) throw new Error(extracted.reason);
    const record = change(extracted.record);
    const ids = toDocumentIds(record);
    const extraction = describeExtraction(record);
    return {
      ids,
      sha256: record.document.sha256,
      sourcePath: file,
      extraction,
      statements: toDocumentStatements(record, { ingestedAt: '2026-11-30T00:00:00Z', ids, extraction }),
    };
  };
  /** Results without what differs between two runs by design (cleanup ids are random, counters count lock nodes once). */
  const comparable = (results: DocumentWriteResult[]) =>
    results.map((r) =>
      r.outcome === 'index-first' ? r : { ...r, counters: undefined, ...('cleanup' in r ? { cleanup: r.cleanup && { ...r.cleanup, id: '' } } : {}) },
    );

  /** The two documents written one transaction each, then (on an emptied graph) in one batch. */
  const writeBothWays = async (first: DocumentWriteInput, second: DocumentWriteInput) => {
    const oneAfterTheOther = [
      await writeDocument(driver, database, first, { indexFirst: false }),
      await writeDocument(driver, database, second, { indexFirst: false }),
    ];
    const sequentialState = await graphState();
    await resetStores(config);
    const batched = await writeDocuments(driver, database, [first, second], { indexFirst: false });
    return { oneAfterTheOther, sequentialState, batched };
  };

  beforeEach(async () => {
    await resetStores(config);
  }, 120_000);
  afterAll(async () => {
    await driver.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('a batch whose transaction fails is retried document by document: the bad document fails alone with its own reason, the others are written', async () => {
    const inputs = [
      await inputOf('v1.txt', variantText(1)),
      await inputOf('v2.txt', variantText(2)),
      await inputOf('v3.txt', variantText(3), unwritable),
      await inputOf('v4.txt', variantText(4)),
    ];
    const batches: string[][] = [];
    const write = createBatchWriter(
      {
        writeBatch: (batch) => {
          batches.push(batch.map((input) => path.basename(input.sourcePath)));
          return writeDocuments(driver, database, batch, { indexFirst: false });
        },
        writeOne: (input) => writeDocument(driver, database, input, { indexFirst: false }),
      },
      { maxDocuments: 8, maxStatements: 10_000, batchesInFlight: 1 },
    );
    // Given together: the first goes alone (the writer is free), the other three wait and go in one transaction.
    const settled = await Promise.allSettled(inputs.map((input) => write(input)));

    expect(batches).toEqual([['v2.txt', 'v3.txt', 'v4.txt']]);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value.outcome : 'failed'))).toEqual(['added', 'added', 'failed', 'added']);
    const failure = settled[2] as PromiseRejectedResult;
    expect(failure.reason).toMatchObject({ code: 'UNAVAILABLE' });
    expect(String((failure.reason as Error).message)).toContain(`Neo4j write failed for ${inputs[2]!.ids.documentId}:`);
    expect(String((failure.reason as Error).message)).toContain('Property values can only be of primitive types or arrays thereof');
    const state = await graphState();
    expect(state.documents.map((d) => [d.id, d.insights])).toEqual(
      [inputs[0]!, inputs[1]!, inputs[3]!].map((input) => [input.ids.documentId, INSIGHTS_PER_DOCUMENT]).sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    expect(state.insights).toBe(3 * INSIGHTS_PER_DOCUMENT);
  });

  it('ingest: a document whose write fails among others is FAILED with its reason, the others are added and indexed', async () => {
    const inputs = [1, 2, 3, 4, 5, 6].map((n) => ({ bytes: Buffer.from(variantText(n)), sourcePath: `uploads/v${n}.txt` }));
    const report = await ingestFixtures(config, inputs, {
      writeConcurrency: 1,
      batchDocuments: 8,
      extractBytes: async (bytes, sourcePath) => {
        const record = extractRecord(await readDocumentBytes(bytes, sourcePath));
        return sourcePath === 'uploads/v4.txt' ? unwritable(record) : record;
      },
    });
    expect(report.documents.map((d) => [d.sourcePath, d.outcome])).toEqual([
      ['uploads/v1.txt', 'added'],
      ['uploads/v2.txt', 'added'],
      ['uploads/v3.txt', 'added'],
      ['uploads/v4.txt', 'failed'],
      ['uploads/v5.txt', 'added'],
      ['uploads/v6.txt', 'added'],
    ]);
    const failed = report.documents[3]!;
    expect(failed.code).toBe('UNAVAILABLE');
    expect(failed.reason).toContain('uploads/v4.txt: Neo4j write failed for document:');
    expect(failed.reason).toContain('Property values can only be of primitive types or arrays thereof');
    expect(report).toMatchObject({ added: 5, failed: 1, pendingInGraph: 0, insightsIndexed: 5 * INSIGHTS_PER_DOCUMENT });
    const state = await graphState();
    expect(state.documents.map((d) => d.sourcePath)).toEqual(['uploads/v1.txt', 'uploads/v2.txt', 'uploads/v3.txt', 'uploads/v5.txt', 'uploads/v6.txt']);
    const graphIds = (await rows('MATCH (i:Insight) RETURN i.id AS id')).map((r) => toSearchId(r.id as string)).sort();
    expect((await listIndexedIds(search, config)).sort()).toEqual(graphIds);
  });

  it('sends the projects of several search windows in one task, after their insight tasks, so that Meilisearch can index those in one batch', async () => {
    const since = new Date();
    const inputs = [1, 2, 3].map((n) => ({ bytes: Buffer.from(variantText(20 + n)), sourcePath: `uploads/w${n}.txt` }));
    const report = await ingestFixtures(config, inputs, { writeConcurrency: 1, batchDocuments: 1, searchWindow: 1 });
    expect(report).toMatchObject({ added: 3, pendingInGraph: 0, insightsIndexed: 3 * INSIGHTS_PER_DOCUMENT, projectsIndexed: 3 });
    const tasks = await search.tasks.getTasks({ types: ['documentAdditionOrUpdate'], afterEnqueuedAt: since.toISOString(), limit: 100 });
    // Oldest first: three windows of insights, then their projects in one task.
    expect(tasks.results.map((t) => t.indexUid).reverse()).toEqual([
      insightsIndexName(config),
      insightsIndexName(config),
      insightsIndexName(config),
      projectsIndexName(config),
    ]);
    const projects = await search.index(projectsIndexName(config)).getDocuments({ limit: 10 });
    expect(projects.results.map((p) => p.code as string).sort()).toEqual(['MLI/19/21/USA', 'MLI/19/22/USA', 'MLI/19/23/USA']);
  });

  it('two versions of one document (same evaluation, language and kind) in one batch: as when written one after the other', async () => {
    const first = await inputOf('old.txt', variantText(7));
    const second = await inputOf('new.txt', variantText(7).replaceAll('esclavage', 'servitude'));
    expect(second.ids.documentId).toBe(first.ids.documentId);
    expect(second.sha256).not.toBe(first.sha256);

    const { oneAfterTheOther, sequentialState, batched } = await writeBothWays(first, second);

    expect(batched.map((r) => r.outcome)).toEqual(['added', 'updated']);
    expect(comparable(batched)).toEqual(comparable(oneAfterTheOther));
    expect(await graphState()).toEqual(sequentialState);
    expect(sequentialState.documents).toEqual([
      { id: first.ids.documentId, sha256: second.sha256, sourcePath: second.sourcePath, evaluation: first.ids.evaluationId, insights: INSIGHTS_PER_DOCUMENT },
    ]);
  });

  it('the same bytes twice in one batch (two file names): the second is unchanged, as when written one after the other', async () => {
    const first = await inputOf('a.txt', variantText(8));
    const second = await inputOf('b.txt', variantText(8));
    expect(second.sha256).toBe(first.sha256);

    const { oneAfterTheOther, sequentialState, batched } = await writeBothWays(first, second);

    expect(batched.map((r) => r.outcome)).toEqual(['added', 'unchanged']);
    expect(batched[1]).toMatchObject({ documentId: first.ids.documentId, sourcePath: first.sourcePath, searchPending: true });
    expect(comparable(batched)).toEqual(comparable(oneAfterTheOther));
    expect(await graphState()).toEqual(sequentialState);
  });

  it('documents the graph knows nothing about go together, one statement per shape: the same graph, node for node and edge for edge, as written one after the other', async () => {
    const inputs = [
      await inputOf('midterm.txt', seedText),
      // Another evaluation of the same project: both documents write the project.
      await inputOf('final.txt', seedText.replace("**Horaire d'évaluation:** Mi-parcours", "**Horaire d'évaluation:** Finale")),
      await inputOf('niger.txt', readFileSync('tests/fixtures/summary-en-niger.txt', 'utf8')),
      await inputOf('mauritania.txt', readFileSync('tests/fixtures/summary-es-mauritania.txt', 'utf8')),
      await inputOf('v12.txt', variantText(12)),
    ];
    expect(new Set(inputs.map((input) => input.ids.evaluationId)).size).toBe(5);
    expect(inputs[1]!.ids.projectId).toBe(inputs[0]!.ids.projectId);
    const oneAfterTheOther: DocumentWriteResult[] = [];
    for (const input of inputs) oneAfterTheOther.push(await writeDocument(driver, database, input, { indexFirst: false }));
    const sequential = await wholeGraph();
    await resetStores(config);

    const batched = await writeDocuments(driver, database, inputs, { indexFirst: false });

    expect(batched.map((r) => r.outcome)).toEqual(['added', 'added', 'added', 'added', 'added']);
    expect(comparable(batched)).toEqual(comparable(oneAfterTheOther));
    // Written together: what they wrote is counted once, with the first.
    const created = (results: DocumentWriteResult[]) => results.map((r) => r.counters.nodesCreated);
    expect(created(batched).slice(1)).toEqual([0, 0, 0, 0]);
    expect(created(batched)[0]).toBe(created(oneAfterTheOther).reduce((a, b) => a + b, 0));
    expect(await wholeGraph()).toEqual(sequential);
  });

  it('a batch stops after a document that asks for the index first: the ones after it are left for the caller', async () => {
    const original = await inputOf('report.txt', variantText(9));
    await writeDocument(driver, database, original, { indexFirst: false });
    // The same file with fewer insights: the ones it loses must leave the index before the graph.
    const shorter = await inputOf('report.txt', variantText(9), (r) => ({
      ...r,
      insights: r.insights.slice(0, 20),
      document: { ...r.document, sha256: 'f'.repeat(64) },
    }));
    const other = await inputOf('other.txt', variantText(10));
    const results = await writeDocuments(driver, database, [other, { ...shorter, sha256: 'f'.repeat(64) }, await inputOf('third.txt', variantText(11))], {
      indexFirst: true,
    });
    expect(results.map((r) => r.outcome)).toEqual(['added', 'index-first']);
    const lost = (results[1] as Extract<DocumentWriteResult, { outcome: 'index-first' }>).insightIds;
    expect(lost).toHaveLength(INSIGHTS_PER_DOCUMENT - 20);
    expect(original.ids.insightIds).toEqual(expect.arrayContaining(lost));
    const state = await graphState();
    expect(state.documents.map((d) => d.id)).toEqual([original.ids.documentId, other.ids.documentId].sort());
  });
});
