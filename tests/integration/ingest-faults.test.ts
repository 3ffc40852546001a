import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { createLogger } from '../../src/logger.js';
import { reindex } from '../../src/pipeline/reindex.js';
import { createSearchClient } from '../../src/search/client.js';
import { insightsIndexName, listIndexedIds } from '../../src/search/search-index.js';
import { startMeilisearch, stopMeilisearch } from '../../src/services/meilisearch-engine.js';
import { startNeo4j, stopNeo4j } from '../../src/services/neo4j-engine.js';
import { toSearchId } from '../../src/model/ids.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

/**
 * Faults against a pair of engines of its own, so stopping and restarting them never disturbs
 * the engines the other suites share. Their ports and data folder derive from the test
 * configuration (Bolt and HTTP ports + 1000, `<data dir>-faults`): two test runs with different
 * engine ports (a developer's and CI's) never share fault engines either.
 */
const base = testConfig();
const config: Config = loadConfig({
  ...process.env,
  NEO4J_URI: undefined,
  MEILI_HOST: undefined,
  NEO4J_BOLT_PORT: process.env.FAULTS_NEO4J_BOLT_PORT ?? String(base.neo4j.boltPort + 1000),
  MEILI_PORT: process.env.FAULTS_MEILI_PORT ?? String(base.meili.port + 1000),
  LESSONS_GRAPH_DATA_DIR: `${base.dataDir}-faults`,
  MEILI_INDEX_PREFIX: 'faults_',
  LOG_LEVEL: 'silent',
});

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const seedText = readFileSync(SEED, 'utf8');
const INSIGHTS_PER_DOCUMENT = 25;

/** Copies of the seed for other projects (codes MLI/19/<n>/USA): distinct evaluations of 25 insights each. */
function writeVariants(dir: string, from: number, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (let n = from; n < from + count; n++) {
    writeFileSync(path.join(dir, `variant-${n}.txt`), seedText.replaceAll('MLI/19/01/USA', `MLI/19/${n}/USA`));
  }
  return dir;
}

describe('ingestion under faults', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-faults-'));
  let driver = createDriver(config);
  const search = createSearchClient(config);
  const deps = () => ({ driver, search, config, logger: createLogger({ logLevel: 'silent' }) });
  const rows = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database: config.neo4j.database })).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  const count = async (cypher: string) => (await rows(cypher))[0]!.n as number;
  /** Per document: how many insights it has. A half-written document would show up here. */
  const insightsPerDocument = async () =>
    rows('MATCH (d:Document) RETURN d.id AS id, COUNT { (d)-[:CONTAINS]->(:Insight)-[:FROM]->(:Evaluation)<-[:DESCRIBES]-(d) } AS n ORDER BY id');
  const graphSearchIds = async () => (await rows('MATCH (i:Insight) RETURN i.id AS id')).map((r) => toSearchId(r.id as string)).sort();

  beforeAll(async () => {
    await Promise.all([startNeo4j(config), startMeilisearch(config)]);
    await resetStores(config);
  }, 300_000);

  afterAll(async () => {
    await driver.close();
    await Promise.all([stopNeo4j(config), stopMeilisearch(config)]);
    rmSync(work, { recursive: true, force: true });
  }, 120_000);

  it('Meilisearch down: the graph is written, documents stay pending, reindex makes the index match the graph', async () => {
    expect((await ingestFixtures(config, [SEED])).added).toBe(1);
    await stopMeilisearch(config);

    const edited = seedText.replace('La médiation sociale est un créneau très porteur', 'La médiation sociale est un levier très porteur');
    const folder = writeVariants(path.join(work, 'meili-down'), 40, 2);
    writeFileSync(path.join(folder, 'seed-edited.txt'), edited);
    const report = await ingestFixtures(config, [folder]);
    expect(report).toMatchObject({ added: 2, updated: 1, failed: 0, insightsIndexed: 0, pendingInGraph: 3 });
    expect(report.searchPending.sort()).toEqual([
      'document:mli-19-01-usa-midterm-fr-summary',
      'document:mli-19-40-usa-midterm-fr-summary',
      'document:mli-19-41-usa-midterm-fr-summary',
    ]);
    expect(await insightsPerDocument()).toEqual([
      { id: 'document:mli-19-01-usa-midterm-fr-summary', n: 25 },
      { id: 'document:mli-19-40-usa-midterm-fr-summary', n: 25 },
      { id: 'document:mli-19-41-usa-midterm-fr-summary', n: 25 },
    ]);

    await startMeilisearch(config);
    // The index still holds the seed's old version: one insight the graph no longer has.
    expect((await listIndexedIds(search, config)).length).toBe(25);
    const reindexed = await reindex(deps(), { onlyPending: true });
    expect(reindexed).toMatchObject({ documents: 3, insightsIndexed: 75, staleDeleted: 1, failed: [], pendingInGraph: 0 });
    expect((await listIndexedIds(search, config)).sort()).toEqual(await graphSearchIds());
    const { hits } = await search.index(insightsIndexName(config)).search('levier très porteur', { limit: 1 });
    expect(hits[0]!.text).toContain('un levier très porteur');
  }, 300_000);

  it('Meilisearch stopped mid-ingest: the documents written after it stopped are pending, and reindex catches up', async () => {
    await resetStores(config);
    const folder = writeVariants(path.join(work, 'meili-mid'), 80, 6);
    const report = await ingestFixtures(config, [folder], {
      writeConcurrency: 1,
      // One document per transaction, as the premise says: in a batch, documents 3 to 6 are
      // committed with the second, and their index writes may be sent while Meilisearch stops.
      batchDocuments: 1,
      searchWindow: 1,
      searchTasksInFlight: 1,
      // Awaited by the writer: documents 3 to 6 are written with Meilisearch down.
      onDocument: async (_outcome, progress) => {
        if (progress.done === 2) await stopMeilisearch(config);
      },
    });
    expect(report).toMatchObject({ added: 6, failed: 0 });
    expect(report.searchPending).toEqual(expect.arrayContaining([82, 83, 84, 85].map((n) => `document:mli-19-${n}-usa-midterm-fr-summary`)));
    expect(report.pendingInGraph).toBe(report.searchPending.length);
    expect((await insightsPerDocument()).map((d) => d.n)).toEqual([25, 25, 25, 25, 25, 25]);

    await startMeilisearch(config);
    const reindexed = await reindex(deps(), { onlyPending: true });
    expect(reindexed).toMatchObject({ documents: report.searchPending.length, failed: [], pendingInGraph: 0 });
    expect((await listIndexedIds(search, config)).sort()).toEqual(await graphSearchIds());
  }, 300_000);

  it('Neo4j down mid-folder: failures reported, nothing half-written, a rerun converges', async () => {
    await resetStores(config);
    const folder = writeVariants(path.join(work, 'neo4j-down'), 50, 16);
    // Set inside the callback: typed by assertion so that the await below is not narrowed to null.
    let stopping = null as Promise<unknown> | null;
    const report = await ingestFixtures(config, [folder], {
      writeConcurrency: 1,
      // One document per transaction: with batches, the other 14 documents are often committed
      // together before Neo4j has stopped, and nothing is left to fail. (A batch that fails is
      // retried document by document: ingest-write-batches.test.ts.)
      batchDocuments: 1,
      searchWindow: 4,
      onDocument: (_outcome, progress) => {
        if (progress.done === 2) stopping = stopNeo4j(config);
      },
    });
    await stopping;
    expect(report.added + report.failed).toBe(16);
    expect(report.added).toBeGreaterThanOrEqual(2);
    expect(report.failed).toBeGreaterThanOrEqual(1);
    for (const failure of report.documents.filter((d) => d.outcome === 'failed')) {
      expect(failure.reason).toContain(failure.sourcePath);
    }

    await startNeo4j(config);
    await driver.close();
    driver = createDriver(config);
    // Every document reported added is in the graph, each whole. A document whose COMMIT was cut
    // may be in too (whole as well): its failure says the outcome is unknown.
    const written = report.documents.filter((d) => d.outcome === 'added').map((d) => d.documentId!);
    const inGraph = await insightsPerDocument();
    expect(inGraph.every((d) => d.n === INSIGHTS_PER_DOCUMENT)).toBe(true);
    expect(inGraph.map((d) => d.id)).toEqual(expect.arrayContaining(written));
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(inGraph.length * INSIGHTS_PER_DOCUMENT);
    expect(await count('MATCH (e:Evaluation) RETURN count(e) AS n')).toBe(inGraph.length);
    for (const extra of inGraph.filter((d) => !written.includes(d.id as string))) {
      const failure = report.documents.find((d) => d.documentId === extra.id)!;
      expect(failure.reason).toContain('while committing');
    }

    const rerun = await ingestFixtures(config, [folder]);
    expect(rerun).toMatchObject({ added: 16 - inGraph.length, unchanged: inGraph.length, failed: 0, pendingInGraph: 0 });
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(16);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(16 * INSIGHTS_PER_DOCUMENT);
    expect((await listIndexedIds(search, config)).sort()).toEqual(await graphSearchIds());
  }, 600_000);

  /** The CLI runs compiled, as users run it (built once for the suite). */
  let cli: string | null = null;
  const compiledCli = (): string => {
    if (cli) return cli;
    const build = `${config.dataDir}-build`;
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', build], { encoding: 'utf8' });
    cli = path.join(build, 'cli', 'main.js');
    expect(existsSync(cli)).toBe(true);
    return cli;
  };
  const cliEnv = () => ({
    ...process.env,
    NEO4J_URI: '',
    MEILI_HOST: '',
    NEO4J_BOLT_PORT: String(config.neo4j.boltPort),
    MEILI_PORT: String(config.meili.port),
    MEILI_INDEX_PREFIX: config.meili.indexPrefix,
    LESSONS_GRAPH_DATA_DIR: config.dataDir,
    LOG_LEVEL: 'silent',
    // One document per transaction: killed after its third document, a batching ingest has
    // often committed all twelve already, and there is no interrupted run left to test.
    INGEST_BATCH_DOCUMENTS: '1',
  });
  /** `lessons-graph ingest <args>` killed with SIGKILL once `lines` of its output match `pattern`. */
  const ingestKilled = async (args: string[], pattern: RegExp, lines: number): Promise<string> => {
    const child = spawn(process.execPath, [compiledCli(), 'ingest', ...args], { env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if ((stdout.match(pattern) ?? []).length >= lines) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`ingest ended before it could be killed:\n${stdout}\n${stderr}`)));
    });
    expect(await exited).toBe('SIGKILL');
    return stdout;
  };

  it('the process SIGKILLed mid-ingest: a rerun gives the counts of a clean run', async () => {
    await resetStores(config);
    const folder = writeVariants(path.join(work, 'sigkill'), 70, 12);
    await ingestKilled([folder, '--write-concurrency', '1', '--search-window', '3'], /^added /gm, 3);
    const before = await insightsPerDocument();
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.length).toBeLessThan(12);
    expect(before.every((d) => d.n === INSIGHTS_PER_DOCUMENT)).toBe(true);

    const rerun = await ingestFixtures(config, [folder]);
    expect(rerun).toMatchObject({ added: 12 - before.length, unchanged: before.length, failed: 0, pendingInGraph: 0 });
    // The counts of a clean run of the same folder.
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(12);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(12 * INSIGHTS_PER_DOCUMENT);
    expect(await count('MATCH (p:Project) RETURN count(p) AS n')).toBe(12);
    expect(await count('MATCH (:Insight)-[r:ADDRESSED_TO]->() RETURN count(r) AS n')).toBe(12 * 12);
    expect((await listIndexedIds(search, config)).sort()).toEqual(await graphSearchIds());
  }, 600_000);

  it('the process SIGKILLed during an ingest that updates documents: the rerun leaves both stores as a clean run does, without reindex (Meilisearch kept 45 insights the graph had lost)', async () => {
    await resetStores(config);
    const v1 = writeVariants(path.join(work, 'update-v1'), 20, 12);
    expect((await ingestFixtures(config, [v1])).added).toBe(12);
    // The same files, half of them edited: several recommendations of each get new words (new insight ids).
    const v2 = path.join(work, 'update-v2');
    mkdirSync(v2, { recursive: true });
    for (let n = 20; n < 32; n++) {
      const text = readFileSync(path.join(v1, `variant-${n}.txt`), 'utf8');
      writeFileSync(path.join(v2, `variant-${n}.txt`), n % 2 === 0 ? text.replace(/\b(Renforcer|Former|Inscrire) /g, '$1 encore ') : text);
    }
    const edited = readFileSync(path.join(v2, 'variant-20.txt'), 'utf8');
    expect(edited.match(/ encore /g)?.length).toBeGreaterThanOrEqual(3);

    // One search window for the whole folder: nothing reaches the index before the kill.
    await ingestKilled([v2, '--write-concurrency', '1', '--search-window', '50'], /^updated /gm, 2);
    const graphAfterKill = await graphSearchIds();
    const indexAfterKill = (await listIndexedIds(search, config)).sort();
    // The index took the deletions before the graph: it holds nothing the graph lost, so a
    // search never counts a hit it cannot return.
    expect(indexAfterKill.filter((id) => !graphAfterKill.includes(id))).toEqual([]);

    const rerun = spawnSync(process.execPath, [compiledCli(), 'ingest', v2], { env: cliEnv(), encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    const counts = /^documents: 0 added, (\d+) updated, (\d+) unchanged, 0 failed$/m.exec(rerun.stdout);
    expect(counts).not.toBeNull();
    expect(Number(counts![1]) + Number(counts![2])).toBe(12);
    expect(rerun.stdout).toMatch(/^search: .* 0 document\(s\) pending for search$/m);
    const rerunGraph = await graphSearchIds();
    expect((await listIndexedIds(search, config)).sort()).toEqual(rerunGraph);
    expect(await count('MATCH (c:SearchCleanup) RETURN count(c) AS n')).toBe(0);
    expect(await count('MATCH (d:Document) WHERE d.searchPending RETURN count(d) AS n')).toBe(0);

    // A clean run of the same folder gives exactly the same ids, in both stores.
    await resetStores(config);
    expect((await ingestFixtures(config, [v2])).added).toBe(12);
    expect(await graphSearchIds()).toEqual(rerunGraph);
    expect((await listIndexedIds(search, config)).sort()).toEqual(rerunGraph);
  }, 600_000);
});
