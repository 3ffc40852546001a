import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { describeError } from '../errors.js';
import { createDriver } from '../graph/driver.js';
import { toDocumentCountQuery } from '../graph/statements/document-queries.js';
import { deleteEverything } from '../graph/write-graph.js';
import { clearQueryCaches } from '../graph/schema.js';
import type { Logger } from '../logger.js';
import { ingestDocuments, type IngestReport } from '../pipeline/ingest-documents.js';
import { closeSearchClient, createSearchClient } from '../search/client.js';
import { MATCH_END, MATCH_START } from '../search/highlight.js';
import { INSIGHT_FACETS } from '../search/search-insights.js';
import { insightsIndexName, waitForSearchTasks } from '../search/search-index.js';
import type { InsightSearchDocument } from '../search/to-search-documents.js';
import { startEngines } from '../services/engines.js';
import { enginePaths, PROJECT_ROOT } from '../services/local-engine-paths.js';
import { stopMeilisearch } from '../services/meilisearch-engine.js';
import { stopNeo4j } from '../services/neo4j-engine.js';
import { generateCorpus, type CorpusBase } from './generate-corpus.js';
import { createJsonHttpClient, type JsonHttpClient } from './http-client.js';
import { runLoad, type LoadResult } from './load-test.js';
import { summarise, timeOnce, type LatencySummary } from './measure.js';
import { timePdfExtraction, writeGeneratedPdfs, type PdfTiming } from './pdf-extraction.js';
import { folderBytes, peakRssBytes } from './process-memory.js';
import { startServedApi } from './serve-process.js';

export interface BenchOptions {
  documents: number;
  /** Measured runs per query (after warm-up). */
  runs: number;
  /** Where the JSON results go. */
  outDir: string;
  /** Seconds of each load level (autocannon). */
  durationS: number;
  /** Concurrent clients of the load levels. */
  connections: number[];
  /** Keep the engines' data when they already hold a corpus of this size (no reset, no ingestion figures). */
  reuse: boolean;
  /** A folder of real PDFs to time extraction on, besides generated ones. */
  pdfDir: string | null;
}

/** The real documents the corpus is made from: the seed and the English and Spanish test summaries. */
function corpusBases(): CorpusBase[] {
  const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  return [
    { name: 'fr', text: read('seeds/000_1b59a9dc3ded9035.txt'), projectCode: 'MLI/19/01/USA', countryValue: 'MALI', year: '2022' },
    { name: 'en', text: read('tests/fixtures/summary-en-niger.txt'), projectCode: 'NER/18/02/EUR', countryValue: 'NIGER', year: '2023' },
    {
      name: 'es',
      text: read('tests/fixtures/summary-es-mauritania.txt'),
      projectCode: extractCode(read('tests/fixtures/summary-es-mauritania.txt')),
      countryValue: 'MAURITANIA',
      year: '2021',
    },
  ];
}

function extractCode(text: string): string {
  const match = /\b([A-Z]{3}\/\d{2}\/\d{2}\/[A-Z]{3})\b/.exec(text);
  if (!match?.[1]) throw new Error('the Spanish fixture holds no project code');
  return match[1];
}

async function resetBenchStores(driver: Driver, search: Meilisearch, config: Config): Promise<void> {
  // Relationships first, then nodes, in bounded transactions: after a 10,000-summary run a
  // country or theme carries tens of thousands of relationships, which a batch of DETACH DELETE
  // put in one transaction (dbms.memory.transaction.total.max).
  await deleteEverything(driver, config.neo4j.database);
  const { results } = await search.getIndexes({ limit: 1000 });
  const tasks = await Promise.all(results.filter((index) => index.uid.startsWith(config.meili.indexPrefix)).map((index) => search.deleteIndex(index.uid)));
  await waitForSearchTasks(
    search,
    tasks.map((task) => task.taskUid),
  );
}

async function allIndexedDocuments(search: Meilisearch, indexUid: string): Promise<InsightSearchDocument[]> {
  const documents: InsightSearchDocument[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await search.index<InsightSearchDocument>(indexUid).getDocuments({ offset, limit: 1000 });
    documents.push(...page.results);
    if (page.results.length < 1000) return documents;
  }
}

/**
 * The Cypher written inline in this file (here and in the `cypher(...)` comparisons below) is
 * the raw-engine side of the benchmark: hand-written queries that measure Neo4j at its best, on
 * purpose apart from the statements in src/graph/, which are what the service itself sends.
 *
 * The same data written by the raw engines at their best: Neo4j gets every insight node and
 * its evaluation edge in large UNWIND batches (no per-document transactions, no extraction),
 * Meilisearch gets all documents in 1000-document batches into an index with the same settings.
 */
async function rawWrite(
  driver: Driver,
  search: Meilisearch,
  config: Config,
  documents: InsightSearchDocument[],
): Promise<{ neo4jMs: number; meiliMs: number }> {
  // The raw side gets the same help our graph has: a uniqueness constraint on every MERGE key.
  for (const label of ['BenchRawEvaluation', 'BenchRawInsight', 'BenchRawTheme']) {
    await driver.executeQuery(
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      {},
      { database: config.neo4j.database },
    );
  }
  const neo4jMs = await timeOnce(async () => {
    for (let start = 0; start < documents.length; start += 1000) {
      const rows = documents
        .slice(start, start + 1000)
        .map((doc) => ({ id: doc.graphId, kind: doc.kind, headline: doc.headline, text: doc.text, evaluationId: doc.evaluationId, themes: doc.themes }));
      await driver.executeQuery(
        `UNWIND $rows AS row
         MERGE (e:BenchRawEvaluation {id: row.evaluationId})
         MERGE (i:BenchRawInsight {id: row.id})
         SET i.kind = row.kind, i.headline = row.headline, i.text = row.text
         MERGE (i)-[:FROM]->(e)
         WITH i, row UNWIND row.themes AS theme
         MERGE (t:BenchRawTheme {id: theme})
         MERGE (i)-[:ABOUT]->(t)`,
        { rows },
        { database: config.neo4j.database },
      );
    }
  });
  const rawIndex = `${config.meili.indexPrefix}raw_insights`;
  const settings = await search.index(insightsIndexName(config)).getSettings();
  await waitForSearchTasks(search, [(await search.createIndex(rawIndex, { primaryKey: 'id' })).taskUid]);
  await waitForSearchTasks(search, [(await search.index(rawIndex).updateSettings(settings)).taskUid]);
  const meiliMs = await timeOnce(async () => {
    const tasks = [];
    for (let start = 0; start < documents.length; start += 1000)
      tasks.push((await search.index(rawIndex).addDocuments(documents.slice(start, start + 1000))).taskUid);
    await waitForSearchTasks(search, tasks, 30 * 60_000);
  });
  // The raw copy is only for timing the write: the queries below run on our index alone.
  await waitForSearchTasks(search, [(await search.deleteIndex(rawIndex)).taskUid]);
  return { neo4jMs, meiliMs };
}

/** Documents each side writes once before the measured ingestion (at most a tenth of the corpus). */
const WARMUP_DOCUMENTS = 100;

/**
 * Both sides write the first documents of the corpus once, then the stores and Neo4j's query
 * caches are emptied: freshly started engines pay once for what a running service has paid long
 * before (the JVM's JIT: a statement took 1–2 s to plan on a cold JVM, 0.5 s on a warm one), and
 * whichever side ran first paid it for both. Each side then plans its own statements again.
 */
async function warmUp(
  corpus: ReadonlyArray<{ fileName: string; text: string }>,
  folder: string,
  deps: Parameters<typeof ingestDocuments>[0],
  print: (line?: string) => void,
): Promise<void> {
  const documents = corpus.slice(0, Math.max(1, Math.min(WARMUP_DOCUMENTS, Math.floor(corpus.length / 10))));
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  for (const doc of documents) fs.writeFileSync(path.join(folder, doc.fileName), doc.text);
  const started = Date.now();
  await ingestDocuments(deps, [{ path: folder }]);
  await rawWrite(deps.driver, deps.search, deps.config, await allIndexedDocuments(deps.search, insightsIndexName(deps.config)));
  await resetBenchStores(deps.driver, deps.search, deps.config);
  // Both sides plan their statements again in the measured run, as on a fresh engine, on a warm JVM.
  await clearQueryCaches(deps.driver, deps.config.neo4j.database);
  fs.rmSync(folder, { recursive: true, force: true });
  print(
    `warm-up: ${documents.length} documents written by both sides, then the stores and Neo4j's query caches emptied (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

interface QueryComparison {
  name: string;
  ours: LatencySummary;
  /** Null when there is no raw floor (comparable practices). */
  raw: LatencySummary | null;
  /** ours median / raw median. */
  ratio: number | null;
  /** What the issue asks of this row, and whether this run meets it. */
  target: string | null;
  met: boolean | null;
  /** Set when a call failed: the comparison has no figures then. */
  error?: string;
}

interface Target {
  /** The ratio of medians ours / raw must stay at or below this. */
  maxRatio?: number;
  /** ours p95 must stay below this many ms. */
  maxP95Ms?: number;
}

function judge(target: Target | undefined, ours: LatencySummary, ratio: number | null): Pick<QueryComparison, 'target' | 'met'> {
  if (!target) return { target: null, met: null };
  const parts: string[] = [];
  let met = true;
  if (target.maxRatio !== undefined) {
    parts.push(`ratio <= ${target.maxRatio}`);
    met &&= ratio !== null && ratio <= target.maxRatio;
  }
  if (target.maxP95Ms !== undefined) {
    parts.push(`p95 < ${target.maxP95Ms} ms`);
    met &&= ours.p95Ms < target.maxP95Ms;
  }
  return { target: parts.join(', '), met };
}

async function compareLatency(
  name: string,
  runs: number,
  ours: () => Promise<unknown>,
  raw: (() => Promise<unknown>) | null,
  target?: Target,
): Promise<QueryComparison> {
  try {
    for (let i = 0; i < 3; i += 1) {
      await ours();
      await raw?.();
    }
    const oursSamples: number[] = [];
    const rawSamples: number[] = [];
    // Interleaved, so the machine's noise falls on both sides alike.
    for (let i = 0; i < runs; i += 1) {
      oursSamples.push(await timeOnce(ours));
      if (raw) rawSamples.push(await timeOnce(raw));
    }
    const oursSummary = summarise(oursSamples);
    const rawSummary = raw ? summarise(rawSamples) : null;
    const ratio = rawSummary ? oursSummary.medianMs / rawSummary.medianMs : null;
    return { name, ours: oursSummary, raw: rawSummary, ratio, ...judge(target, oursSummary, ratio) };
  } catch (error) {
    // One failing query (a timeout, say) is a finding of the benchmark, not a reason to lose the others.
    const empty = summarise([]);
    return { name, ours: empty, raw: null, ratio: null, target: null, met: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The fields of `search` the benchmark asks for: 20 hits, six facets, highlight and crop. */
const SEARCH_QUERY = `query($q: String!) { search(query: $q, first: 20) { totalHits
  edges { score snippet highlightedHeadline node { id kind headline } }
  facets { kinds { value count } countries { value count } themes { value count } actors { value count } years { value count } languages { value count } } } }`;

/** The same search asked of Meilisearch directly: the parameters searchInsights sends. */
function rawSearchBody(q: string) {
  return {
    q,
    hitsPerPage: 20,
    page: 1,
    facets: [...INSIGHT_FACETS],
    attributesToRetrieve: ['graphId', 'kind', 'headline', 'text', 'language', 'year'],
    attributesToHighlight: ['headline', 'text'],
    attributesToCrop: ['text'],
    cropLength: 40,
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
    showRankingScore: true,
    matchingStrategy: 'last' as const,
  };
}

const STATS_ALL = `insights evaluations projects byKind { value count } byCountry { value label count } byTheme { value label count }
  byYear { value count } byDonor { value label count } evidenceMap { themes { id label } countries { id name } cells { themeId countryId count } }
  recommendationsByAddressee { actor { id name } count }`;

const fmt = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits));
const mb = (bytes: number | null) => (bytes === null ? '—' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

/**
 * Waits until the API answers a trivial query quickly again: when a load level ends, the
 * server still works through the requests its clients left (they are not cancelled), and the
 * next level must not inherit that backlog.
 */
async function settle(http: JsonHttpClient, graphqlUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (Date.now() < deadline && quick < 3) {
    const ms = await timeOnce(() => http.post(graphqlUrl, { query: '{ __typename }' }));
    quick = ms < 50 ? quick + 1 : 0;
    if (quick < 3) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs the whole benchmark; prints tables as it goes and writes the figures as JSON. */
export async function runBench(config: Config, logger: Logger, options: BenchOptions): Promise<void> {
  const print = (line = '') => process.stdout.write(`${line}\n`);
  const engines = await startEngines(config);
  print(`engines: Neo4j ${engines.neo4j.version} (${engines.neo4j.address}), Meilisearch ${engines.meilisearch.version} (${engines.meilisearch.address})`);
  print(
    `machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, Node ${process.version}`,
  );
  const driver = createDriver(config);
  const search = createSearchClient(config);
  const indexUid = insightsIndexName(config);
  const http = createJsonHttpClient();
  let served: Awaited<ReturnType<typeof startServedApi>> | null = null;
  // Every step runs whatever the others did (a client that fails to close must not leave the
  // engines running), once: at the end, or on SIGINT/SIGTERM (Ctrl-C, a timeout) mid-run.
  let cleaning: Promise<void> | null = null;
  const cleanUp = (): Promise<void> =>
    (cleaning ??= (async () => {
      const steps: [string, () => unknown][] = [
        ['the served API', () => served?.stop()],
        ['the HTTP client', () => http.close()],
        ['the Neo4j driver', () => driver.close()],
        ['the search client', () => closeSearchClient(search)],
        // The benchmark's own engines go away with it, each unless it was running before
        // (stopping both when only one was started would take down an engine someone else relies on).
        ['Neo4j', () => (engines.neo4j.reused ? undefined : stopNeo4j(config))],
        ['Meilisearch', () => (engines.meilisearch.reused ? undefined : stopMeilisearch(config))],
      ];
      for (const [what, step] of steps) {
        try {
          await step();
        } catch (error) {
          logger.warn(`bench: could not stop ${what}: ${describeError(error)}`);
        }
      }
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    print(`${signal}: stopping the benchmark's engines`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // --- corpus and ingestion
    const corpus = generateCorpus(corpusBases(), options.documents);
    const corpusDir = path.join(config.dataDir, 'bench-corpus');
    const indexedNow = await search
      .index(indexUid)
      .getStats()
      .then((stats) => stats.numberOfDocuments)
      .catch(() => 0);
    const count = toDocumentCountQuery();
    const documentsNow = Number((await driver.executeQuery(count.cypher, count.params, { database: config.neo4j.database })).records[0]?.get('n') ?? 0);
    let ingestion: Record<string, number> | null = null;
    if (options.reuse && documentsNow === options.documents && indexedNow > 0) {
      print(`reusing the engines' data: ${documentsNow} documents, ${indexedNow} insights indexed (no ingestion figures in this run)`);
    } else {
      await resetBenchStores(driver, search, config);
      fs.rmSync(corpusDir, { recursive: true, force: true });
      fs.mkdirSync(corpusDir, { recursive: true });
      for (const doc of corpus) fs.writeFileSync(path.join(corpusDir, doc.fileName), doc.text);
      const corpusBytes = corpus.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);
      print(`corpus: ${corpus.length} generated summaries (${(corpusBytes / 1e6).toFixed(1)} MB) in ${corpusDir}`);
      await warmUp(corpus, path.join(config.dataDir, 'bench-warmup'), { driver, search, config, logger }, print);
      // Listener leaks show as MaxListenersExceededWarning: counted over the whole ingest.
      let listenerWarnings = 0;
      const onWarning = (warning: Error) => {
        if (warning.name === 'MaxListenersExceededWarning') listenerWarnings += 1;
      };
      process.on('warning', onWarning);
      const rssBefore = process.memoryUsage().rss;
      const deps = { driver, search, config, logger };
      let report: IngestReport;
      try {
        report = await ingestDocuments(deps, [{ path: corpusDir }]);
      } finally {
        process.off('warning', onWarning);
      }
      const rssAfter = process.memoryUsage().rss;
      if (report.failed > 0) print(`warning: ${report.failed} generated documents failed to ingest`);
      const indexed = await allIndexedDocuments(search, indexUid);
      const raw = await rawWrite(driver, search, config, indexed);
      const rawMs = raw.neo4jMs + raw.meiliMs;
      const reingest = await ingestDocuments(deps, [{ path: corpusDir }]);
      ingestion = {
        documents: corpus.length,
        insights: indexed.length,
        oursMs: report.durationMs,
        oursDocumentsPerSecond: corpus.length / (report.durationMs / 1000),
        oursInsightsPerSecond: indexed.length / (report.durationMs / 1000),
        rawNeo4jMs: raw.neo4jMs,
        rawMeilisearchMs: raw.meiliMs,
        rawInsightsPerSecond: indexed.length / (rawMs / 1000),
        ratio: report.durationMs / rawMs,
        unchangedReingestMs: reingest.durationMs,
        unchangedReingestDocumentsPerSecond: corpus.length / (reingest.durationMs / 1000),
        listenerWarnings,
        benchProcessRssGrowthBytes: rssAfter - rssBefore,
      };
      print();
      print(`ingestion of ${ingestion.documents} documents (${ingestion.insights} insights)`);
      print(
        `  ours (read + extract + graph, several documents per transaction + index): ${(report.durationMs / 1000).toFixed(1)} s = ${fmt(ingestion.oursDocumentsPerSecond)} docs/s, ${fmt(ingestion.oursInsightsPerSecond, 0)} insights/s`,
      );
      print(
        `  raw engines (same insights, bulk UNWIND + 1000-document batches): Neo4j ${(raw.neo4jMs / 1000).toFixed(1)} s + Meilisearch ${(raw.meiliMs / 1000).toFixed(1)} s = ${fmt(ingestion.rawInsightsPerSecond, 0)} insights/s`,
      );
      print(`  ratio ours / raw: ${fmt(ingestion.ratio, 2)} (target <= 1.5)`);
      print(
        `  re-ingest, all unchanged: ${(reingest.durationMs / 1000).toFixed(1)} s = ${fmt(ingestion.unchangedReingestDocumentsPerSecond, 0)} docs/s (target >= 1000)`,
      );
      print(`  MaxListenersExceededWarning during the ingest: ${listenerWarnings}; bench process RSS ${mb(rssBefore)} -> ${mb(rssAfter)}`);
    }
    const disk = {
      neo4jBytes: folderBytes(enginePaths(config.dataDir, 'neo4j').home),
      meilisearchBytes: folderBytes(enginePaths(config.dataDir, 'meilisearch').home),
    };
    print(`disk: Neo4j ${mb(disk.neo4jBytes)}, Meilisearch ${mb(disk.meilisearchBytes)} (${options.documents} summaries)`);

    // --- PDF extraction, reading included
    const pdfFolder = path.join(config.dataDir, 'bench-pdfs');
    fs.rmSync(pdfFolder, { recursive: true, force: true });
    const generatedPdfs = await writeGeneratedPdfs(corpus.slice(0, 12), pdfFolder);
    const realPdfs = options.pdfDir
      ? fs
          .readdirSync(options.pdfDir)
          .filter((name) => name.toLowerCase().endsWith('.pdf'))
          .sort()
          .map((name) => path.join(options.pdfDir as string, name))
      : [];
    const pdf: { generated: PdfTiming[]; real: PdfTiming[] } = {
      generated: generatedPdfs ? await timePdfExtraction(generatedPdfs) : [],
      real: await timePdfExtraction(realPdfs),
    };
    print();
    print('PDF extraction, reading included (median of 3 runs per file)');
    if (!generatedPdfs) print('  generated PDFs: skipped (pdfkit, a development dependency, is not installed)');
    for (const [label, timings] of [
      ['generated summaries', pdf.generated],
      [`PDFs of ${options.pdfDir ?? '--pdf-dir'}`, pdf.real],
    ] as const) {
      if (timings.length === 0) continue;
      const read = timings.filter((t) => !t.error);
      const pages = read.reduce((sum, t) => sum + t.pages, 0);
      const ms = read.reduce((sum, t) => sum + t.ms, 0);
      const perPage = summarise(read.map((t) => t.msPerPage));
      print(
        `  ${label}: ${read.length} files, ${pages} pages, ${fmt(ms / pages)} ms/page overall (per file: median ${fmt(perPage.medianMs)}, max ${fmt(Math.max(...read.map((t) => t.msPerPage)))} ms/page)`,
      );
      if (label !== 'generated summaries') {
        for (const t of timings)
          print(
            `    ${t.file}: ${t.error ? `not read: ${t.error.slice(0, 120)}` : `${t.pages} pages, ${fmt(t.ms)} ms, ${fmt(t.msPerPage)} ms/page, ${t.insights} insights`}`,
          );
      }
    }

    // --- the API over HTTP, as users call it, against the raw engines in the same run
    served = await startServedApi({
      ...process.env,
      NEO4J_URI: config.neo4j.uri,
      NEO4J_USERNAME: config.neo4j.username,
      NEO4J_PASSWORD: config.neo4j.password,
      NEO4J_DATABASE: config.neo4j.database,
      MEILI_HOST: config.meili.host,
      MEILI_MASTER_KEY: config.meili.masterKey,
      MEILI_INDEX_PREFIX: config.meili.indexPrefix,
      LESSONS_GRAPH_DATA_DIR: config.dataDir,
    });
    const origin = served.origin;
    const graphqlUrl = `${origin}/graphql`;
    print();
    print(`API: lessons-graph serve, pid ${served.pid}, ${graphqlUrl}`);
    const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
      const { status, text } = await http.post(graphqlUrl, { query, variables });
      if (status !== 200 || text.includes('"errors"')) throw new Error(`GraphQL answered ${status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as { data: unknown };
    };
    const meiliHeaders = { authorization: `Bearer ${config.meili.masterKey}` };
    const meili = async (route: string, body: unknown) => {
      const { status, text } = await http.post(`${config.meili.host}${route}`, body, meiliHeaders);
      if (status !== 200) throw new Error(`Meilisearch answered ${status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as { hits: Array<{ graphId: string; projectCode?: string }> };
    };
    // The raw-engine side of the comparisons: Cypher written here on purpose (see rawWrite).
    // One auto-commit read in its own session, as the service's GraphReader sends its queries:
    // driver.executeQuery (a managed transaction with bookmarks) took about twice as long for
    // the same query, which made the raw side slower than the engine.
    const cypher = async (query: string, params: Record<string, unknown> = {}) => {
      const session = driver.session({ database: config.neo4j.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.run(query, params);
      } finally {
        await session.close();
      }
    };

    // Inputs found in the data itself.
    const lesson = (await meili(`/indexes/${indexUid}/search`, { q: 'médiation sociale', filter: ['countries = MLI', 'kind = LESSON_LEARNED'], limit: 1 }))
      .hits[0];
    const projectCode = lesson?.projectCode ?? 'MLI/19/01/USA';
    const actorId = 'org:temedt';

    const comparisons: QueryComparison[] = [];
    const compare = async (name: string, ours: () => Promise<unknown>, raw: (() => Promise<unknown>) | null, target?: Target) => {
      const result = await compareLatency(name, options.runs, ours, raw, target);
      comparisons.push(result);
      print(
        `  ${name.padEnd(66)} ${result.error ? `failed: ${result.error.slice(0, 100)}` : `${fmt(result.ours.medianMs)} / ${fmt(result.ours.p95Ms)}`.padStart(15)} ${result.raw ? `${fmt(result.raw.medianMs)} / ${fmt(result.raw.p95Ms)}`.padStart(15) : '—'.padStart(15)} ${fmt(result.ratio, 2).padStart(6)}  ${result.target ? `${result.met ? 'met' : 'MISSED'} (${result.target})` : ''}`,
      );
    };
    print();
    print(`query latency over HTTP, ${options.runs} interleaved runs each (median / p95 ms; raw = Meilisearch over node:http keep-alive, or one Cypher query)`);
    print(`  ${'query'.padEnd(66)} ${'ours'.padStart(15)} ${'raw engine'.padStart(15)} ${'ratio'.padStart(6)}`);
    for (const q of ['médiation sociale', 'forced labour', 'mediation socale', 'activités génératrices de revenus']) {
      await compare(
        `search "${q}" (20 hits, 6 facets, highlight, crop)`,
        () => graphql(SEARCH_QUERY, { q }),
        () => meili(`/indexes/${indexUid}/search`, rawSearchBody(q)),
        { maxRatio: 1.3 },
      );
    }
    const hydrated = `query($q: String!) { search(query: $q, first: 20) { totalHits edges { score snippet node { id kind headline project { code title } themes { id label } } } } }`;
    await compare(
      'search "esclavage" + project and themes of 20 hits from the graph',
      () => graphql(hydrated, { q: 'esclavage' }),
      async () => {
        const body = { ...rawSearchBody('esclavage'), facets: undefined };
        const { hits } = await meili(`/indexes/${indexUid}/search`, body);
        await cypher(
          `UNWIND $ids AS id MATCH (i:Insight {id: id})
           RETURN i.id, COLLECT { MATCH (i)-[:FROM]->(:Evaluation)-[:EVALUATES]->(p:Project) RETURN p {.code, .title} } AS project,
             COLLECT { MATCH (i)-[:ABOUT]->(t:Theme) RETURN t {.id, .label} ORDER BY t.label } AS themes`,
          { ids: hits.map((hit) => hit.graphId) },
        );
      },
      { maxRatio: 2 },
    );
    const comparableFields = 'score insight { id kind text project { code } } reasons { kind description contribution }';
    await compare(
      `comparablePractices(insightId), 10 results`,
      () => graphql(`query($id: ID!) { comparablePractices(insightId: $id, first: 10) { ${comparableFields} } }`, { id: lesson?.graphId }),
      null,
      { maxP95Ms: 30 },
    );
    await compare(
      `comparablePractices(projectCode), 10 results`,
      () => graphql(`query($c: String!) { comparablePractices(projectCode: $c, first: 10) { ${comparableFields} } }`, { c: projectCode }),
      null,
      { maxP95Ms: 30 },
    );
    await compare(
      `comparablePractices(text), 10 results`,
      () => graphql(`{ comparablePractices(text: "social mediation with former masters and victims of slavery", first: 10) { ${comparableFields} } }`),
      null,
      { maxP95Ms: 30 },
    );
    const facetsOnly = (filter: string[], facets: string[]) => ({ indexUid, q: '', filter: ['NOT isCanonical = false', ...filter], facets, limit: 0 });
    await compare(
      'stats by kind and country (vs the same facets)',
      () => graphql('{ stats { insights byKind { value count } byCountry { value label count } } }'),
      () => meili('/multi-search', { queries: [facetsOnly([], ['kind', 'countries'])] }),
      { maxP95Ms: 50 },
    );
    await compare(
      'stats by kind and country (vs raw Cypher counting the same)',
      () => graphql('{ stats { insights byKind { value count } byCountry { value label count } } }'),
      () =>
        cypher(
          `CALL () { MATCH (i:Insight) WHERE coalesce(i.isCanonical, true) RETURN i.kind AS kind, count(*) AS n }
           WITH collect({kind: kind, n: n}) AS kinds
           CALL () {
             MATCH (i:Insight)-[:FROM]->(e:Evaluation) WHERE coalesce(i.isCanonical, true)
             CALL (i, e) { MATCH (e)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) RETURN c UNION MATCH (i)-[:MENTIONS]->(c:Country) RETURN c UNION MATCH (i)-[:MENTIONS]->(:Place)-[:IN]->(c:Country) RETURN c }
             RETURN c.id AS country, c.name AS name, count(DISTINCT i) AS n
           }
           RETURN kinds, collect({country: country, name: name, n: n}) AS countries`,
        ),
      { maxP95Ms: 50 },
    );
    await compare(
      'stats(countries: MLI) by kind and theme',
      () => graphql('{ stats(filter: {countries: ["MLI"]}) { insights byKind { value count } byTheme { value label count } } }'),
      () => meili('/multi-search', { queries: [facetsOnly(['countries IN ["MLI"]'], ['kind', 'themes'])] }),
      { maxP95Ms: 50 },
    );
    await compare(
      'stats evidence map (theme x country cells)',
      () => graphql('{ stats { evidenceMap { themes { id label } countries { id name } cells { themeId countryId count } } } }'),
      () => meili('/multi-search', { queries: [facetsOnly([], ['themeCountries'])] }),
      { maxP95Ms: 50 },
    );
    await compare(
      'stats, every field, unfiltered',
      () => graphql(`{ stats { ${STATS_ALL} } }`),
      () =>
        meili('/multi-search', {
          queries: [
            facetsOnly([], ['kind', 'countries', 'themes', 'year', 'donors', 'themeCountries']),
            facetsOnly(['kind = "RECOMMENDATION"'], ['addressees']),
            { ...facetsOnly(['evaluationId IS NOT NULL'], ['kind']), distinct: 'evaluationId', hitsPerPage: 0, page: 1, limit: undefined },
            { ...facetsOnly(['projectId IS NOT NULL'], ['kind']), distinct: 'projectId', hitsPerPage: 0, page: 1, limit: undefined },
          ],
        }),
      { maxP95Ms: 50 },
    );
    await compare(
      'stats(countries: MLI, kinds: RECOMMENDATION), every field',
      () => graphql(`{ stats(filter: {countries: ["MLI"], kinds: [RECOMMENDATION]}) { ${STATS_ALL} } }`),
      () =>
        meili('/multi-search', {
          queries: [
            facetsOnly(['countries IN ["MLI"]', 'kind IN ["RECOMMENDATION"]'], ['kind', 'countries', 'themes', 'year', 'donors', 'themeCountries']),
            facetsOnly(['countries IN ["MLI"]', 'kind IN ["RECOMMENDATION"]', 'kind = "RECOMMENDATION"'], ['addressees']),
            {
              ...facetsOnly(['countries IN ["MLI"]', 'kind IN ["RECOMMENDATION"]', 'evaluationId IS NOT NULL'], ['kind']),
              distinct: 'evaluationId',
              hitsPerPage: 0,
              page: 1,
              limit: undefined,
            },
            {
              ...facetsOnly(['countries IN ["MLI"]', 'kind IN ["RECOMMENDATION"]', 'projectId IS NOT NULL'], ['kind']),
              distinct: 'projectId',
              hitsPerPage: 0,
              page: 1,
              limit: undefined,
            },
          ],
        }),
      { maxP95Ms: 50 },
    );
    await compare(
      `project page (${projectCode}: budget, countries, donors, partners, places, evaluations)`,
      () =>
        graphql(
          `
            query ($c: String!) {
              project(code: $c) {
                code
                title
                objective
                budget {
                  amount
                  currency
                }
                countries {
                  iso3
                  name
                }
                donors {
                  name
                }
                partners {
                  name
                }
                places {
                  name
                  region
                }
                evaluations {
                  id
                  timing
                  completionDate
                }
              }
            }
          `,
          { c: projectCode },
        ),
      () =>
        cypher(
          `MATCH (p:Project {id: $id})
           RETURN p.code, p.title, p.objective, p.budgetAmount, p.budgetCurrency,
             COLLECT { MATCH (p)-[:IN]->(c:Country) RETURN c {.iso3, .name} ORDER BY c.name } AS countries,
             COLLECT { MATCH (p)-[:FUNDED_BY]->(a) RETURN a.name ORDER BY a.name } AS donors,
             COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(a) RETURN a.name ORDER BY a.name } AS partners,
             COLLECT { MATCH (p)-[:AT]->(pl:Place) RETURN pl {.name, .region} ORDER BY pl.name } AS places,
             COLLECT { MATCH (e:Evaluation)-[:EVALUATES]->(p) RETURN e {.id, .timing, .completionDate} ORDER BY e.completionDate DESC } AS evaluations`,
          { id: `project:${projectCode}` },
        ),
      { maxRatio: 2 },
    );
    await compare(
      'country page (MLI: neighbours, places, projects, top themes)',
      () =>
        graphql(`
          {
            country(code: "MLI") {
              iso3
              name
              region
              neighbours {
                iso3
                name
              }
              places {
                name
              }
              projects {
                code
              }
              topThemes(first: 5) {
                theme {
                  label
                }
                count
              }
            }
          }
        `),
      () =>
        cypher(
          `MATCH (c:Country {id: 'country:MLI'})
           RETURN c.iso3, c.name, c.region,
             COLLECT { MATCH (c)-[:BORDERS]-(n:Country) WITH DISTINCT n RETURN n {.iso3, .name} ORDER BY n.name } AS neighbours,
             COLLECT { MATCH (pl:Place)-[:IN]->(c) RETURN pl.name ORDER BY pl.name } AS places,
             COLLECT { MATCH (p:Project)-[:IN]->(c) RETURN p.code ORDER BY p.id } AS projects,
             COLLECT {
               CALL (c) {
                 MATCH (i:Insight)-[:FROM]->(:Evaluation)-[:EVALUATES]->(:Project)-[:IN]->(c) RETURN i
                 UNION MATCH (i:Insight)-[:MENTIONS]->(c) RETURN i
                 UNION MATCH (i:Insight)-[:MENTIONS]->(:Place)-[:IN]->(c) RETURN i
               }
               WITH i WHERE coalesce(i.isCanonical, true)
               MATCH (i)-[:ABOUT]->(t:Theme)
               WITH t, count(DISTINCT i) AS n ORDER BY n DESC, t.label LIMIT 5
               RETURN {label: t.label, count: n}
             } AS topThemes`,
        ),
      { maxRatio: 2 },
    );
    await compare(
      `actor page (${actorId}: projects with roles, evaluations, organisations)`,
      () =>
        graphql(
          `
            query ($id: ID!) {
              actor(id: $id) {
                id
                name
                acronym
                type
                projects {
                  role
                  project {
                    code
                  }
                }
                evaluations {
                  id
                }
                memberOf {
                  name
                }
              }
            }
          `,
          { id: actorId },
        ),
      () =>
        cypher(
          `MATCH (a:Actor {id: $id})
           RETURN a.id, a.name, a.acronym, a.type,
             COLLECT { MATCH (p:Project)-[r:FUNDED_BY|IMPLEMENTED_BY]->(a) RETURN {role: type(r), code: p.code} ORDER BY p.id } AS projects,
             COLLECT { MATCH (e:Evaluation)-[:MANAGED_BY|CONDUCTED_BY]->(a) RETURN DISTINCT e.id } AS evaluations,
             COLLECT { MATCH (a)-[:MEMBER_OF]->(o:Organisation) RETURN o.name ORDER BY o.name } AS memberOf`,
          { id: actorId },
        ),
      { maxRatio: 2 },
    );
    await compare('/healthz', () => http.get(`${origin}/healthz`), null);

    // The raw side's transport, checked against a second client: the service's own Meilisearch
    // client (meilisearch-js over its node:http transport, uncompressed) on the same search. Equal medians say the raw figures
    // are the engine's.
    const transportSamples = { nodeHttp: [] as number[], serviceClient: [] as number[] };
    const params = rawSearchBody('forced labour');
    const { q: _query, ...searchOptions } = params;
    for (let i = 0; i < options.runs; i += 1) {
      transportSamples.nodeHttp.push(await timeOnce(() => meili(`/indexes/${indexUid}/search`, params)));
      // The query goes as the first argument only: `q: undefined` among the options would
      // override it and send an empty (placeholder) search, which is faster.
      transportSamples.serviceClient.push(await timeOnce(() => search.index(indexUid).search(params.q, searchOptions)));
    }
    const transport = { nodeHttp: summarise(transportSamples.nodeHttp), serviceClient: summarise(transportSamples.serviceClient) };
    print();
    print(
      `transport check, Meilisearch search "forced labour": node:http keep-alive ${fmt(transport.nodeHttp.medianMs)} ms median, the service's client (meilisearch-js on node:http) ${fmt(transport.serviceClient.medianMs)} ms (ratio ${fmt(transport.serviceClient.medianMs / transport.nodeHttp.medianMs, 2)})`,
    );

    // --- load: 1, 8, 32, 128 concurrent clients
    print();
    print(
      `load over HTTP (autocannon, ${options.durationS} s per level; latency ms; errors = failed, non-2xx or GraphQL errors; /healthz probed every 100 ms)`,
    );
    print(
      `  ${'query'.padEnd(34)} ${'clients'.padStart(7)} ${'req/s'.padStart(8)} ${'p50'.padStart(6)} ${'p99'.padStart(7)} ${'errors'.padStart(7)} ${'healthz p50 / max'.padStart(18)}`,
    );
    const loads: LoadResult[] = [];
    const loadTargets: Array<[string, unknown]> = [
      ['search "forced labour"', { query: SEARCH_QUERY, variables: { q: 'forced labour' } }],
      [
        'comparablePractices(insightId)',
        { query: `query($id: ID!) { comparablePractices(insightId: $id, first: 10) { ${comparableFields} } }`, variables: { id: lesson?.graphId } },
      ],
      ['stats by kind and country', { query: '{ stats { insights byKind { value count } byCountry { value label count } } }' }],
      [
        'project page',
        {
          query: `query($c: String!) { project(code: $c) { code title budget { amount currency } donors { name } partners { name } places { name region } evaluations { id } } }`,
          variables: { c: projectCode },
        },
      ],
    ];
    for (const [name, body] of loadTargets) {
      for (const connections of options.connections) {
        const result = await runLoad({ name, url: graphqlUrl, healthzUrl: `${origin}/healthz`, body, connections, durationS: options.durationS });
        loads.push(result);
        await settle(http, graphqlUrl);
        print(
          `  ${name.padEnd(34)} ${String(connections).padStart(7)} ${fmt(result.throughput, 0).padStart(8)} ${String(result.p50Ms).padStart(6)} ${String(result.p99Ms).padStart(7)} ${String(result.errors).padStart(7)} ${`${fmt(result.healthz.medianMs)} / ${fmt(result.healthz.maxMs)}`.padStart(18)}`,
        );
      }
    }

    // --- memory: peak resident set of the service and of each engine
    const memory = {
      servicePeakRssBytes: peakRssBytes(served.pid),
      neo4jPeakRssBytes: peakRssBytes(engines.neo4j.pid),
      meilisearchPeakRssBytes: peakRssBytes(engines.meilisearch.pid),
      benchProcessPeakRssBytes: peakRssBytes(process.pid),
    };
    print();
    print(
      `peak RSS: service ${mb(memory.servicePeakRssBytes)}, Neo4j ${mb(memory.neo4jPeakRssBytes)}, Meilisearch ${mb(memory.meilisearchPeakRssBytes)} (bench process ${mb(memory.benchProcessPeakRssBytes)})`,
    );

    const missed = comparisons.filter((c) => c.met === false).map((c) => c.name);
    const healthUnder128 = loads.filter((l) => l.connections >= 128);
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryBytes: os.totalmem(), loadAverage: os.loadavg(), node: process.version },
      engines: { neo4j: engines.neo4j.version, meilisearch: engines.meilisearch.version },
      options: { ...options },
      corpus: { documents: options.documents },
      ingestion,
      disk,
      pdf,
      queries: comparisons,
      transport,
      load: loads,
      memory,
      targets: {
        missed,
        loadErrors: loads.reduce((sum, l) => sum + l.errors, 0),
        healthzMaxMsUnder128Clients: healthUnder128.length > 0 ? Math.max(...healthUnder128.map((l) => l.healthz.maxMs)) : null,
      },
    };
    fs.mkdirSync(options.outDir, { recursive: true });
    const outFile = path.join(options.outDir, `bench-${options.documents}-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
    print();
    print(`targets missed in this run: ${missed.length === 0 ? 'none' : missed.join('; ')}`);
    print(
      `load errors: ${results.targets.loadErrors}; /healthz max while ${Math.max(...options.connections)} clients ran: ${fmt(results.targets.healthzMaxMsUnder128Clients)} ms (target < 100 ms)`,
    );
    print(`results written to ${outFile}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}
