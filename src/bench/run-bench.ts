import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver } from '../graph/driver.js';
import { createApi } from '../graphql/server.js';
import type { Logger } from '../logger.js';
import { deleteEverything } from '../graph/write-graph.js';
import { ingestDocuments } from '../pipeline/ingest-documents.js';
import { createSearchClient } from '../search/client.js';
import { insightsIndexName, waitForSearchTasks } from '../search/search-index.js';
import type { InsightSearchDocument } from '../search/to-search-documents.js';
import { startEngines } from '../services/engines.js';
import { stopMeilisearch } from '../services/meilisearch-engine.js';
import { stopNeo4j } from '../services/neo4j-engine.js';
import { generateCorpus, type CorpusBase } from './generate-corpus.js';
import { summarise, timeOnce, type LatencySummary } from './measure.js';
import { PROJECT_ROOT } from '../services/local-engine-paths.js';

export interface BenchOptions {
  documents: number;
  /** Measured runs per query (after warm-up). */
  runs: number;
  /** Where the JSON results go. */
  outDir: string;
}

/** The real documents the corpus is made from: the seed and the English and Spanish test summaries. */
function corpusBases(): CorpusBase[] {
  const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  return [
    { name: 'fr', text: read('seeds/000_1b59a9dc3ded9035.txt'), projectCode: 'MLI/19/01/USA', countryValue: 'MALI', year: '2022' },
    { name: 'en', text: read('tests/fixtures/summary-en-niger.txt'), projectCode: 'NER/18/02/EUR', countryValue: 'NIGER', year: '2023' },
    { name: 'es', text: read('tests/fixtures/summary-es-mauritania.txt'), projectCode: extractCode(read('tests/fixtures/summary-es-mauritania.txt')), countryValue: 'MAURITANIA', year: '2021' },
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
  await waitForSearchTasks(search, tasks.map((task) => task.taskUid));
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
 * The same data written by the raw engines at their best: Neo4j gets every insight node and
 * its evaluation edge in large UNWIND batches (no per-document transactions, no extraction),
 * Meilisearch gets all documents in 1000-document batches into an index with the same settings.
 */
async function rawWrite(driver: Driver, search: Meilisearch, config: Config, documents: InsightSearchDocument[]): Promise<{ neo4jMs: number; meiliMs: number }> {
  // The raw side gets the same help our graph has: a uniqueness constraint on every MERGE key.
  for (const label of ['BenchRawEvaluation', 'BenchRawInsight', 'BenchRawTheme']) {
    await driver.executeQuery(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`, {}, { database: config.neo4j.database });
  }
  const neo4jMs = await timeOnce(async () => {
    for (let start = 0; start < documents.length; start += 1000) {
      const rows = documents.slice(start, start + 1000).map((doc) => ({ id: doc.graphId, kind: doc.kind, headline: doc.headline, text: doc.text, evaluationId: doc.evaluationId, themes: doc.themes }));
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
    for (let start = 0; start < documents.length; start += 1000) tasks.push((await search.index(rawIndex).addDocuments(documents.slice(start, start + 1000))).taskUid);
    await waitForSearchTasks(search, tasks, 30 * 60_000);
  });
  return { neo4jMs, meiliMs };
}

interface QueryComparison {
  name: string;
  ours: LatencySummary;
  raw: LatencySummary;
  /** ours median / raw median. */
  ratio: number;
  /** Set when a call failed: the comparison has no figures then. */
  error?: string;
}

async function compareLatency(name: string, runs: number, ours: () => Promise<unknown>, raw: () => Promise<unknown>): Promise<QueryComparison> {
  try {
    return await measureLatency(name, runs, ours, raw);
  } catch (error) {
    // One failing query (a timeout, say) is a finding of the benchmark, not a reason to lose the others.
    const empty = summarise([]);
    return { name, ours: empty, raw: empty, ratio: Number.NaN, error: error instanceof Error ? error.message : String(error) };
  }
}

async function measureLatency(name: string, runs: number, ours: () => Promise<unknown>, raw: () => Promise<unknown>): Promise<QueryComparison> {
  for (let i = 0; i < 3; i += 1) {
    await ours();
    await raw();
  }
  const oursSamples: number[] = [];
  const rawSamples: number[] = [];
  // Interleaved, so the machine's noise falls on both sides alike.
  for (let i = 0; i < runs; i += 1) {
    oursSamples.push(await timeOnce(ours));
    rawSamples.push(await timeOnce(raw));
  }
  const oursSummary = summarise(oursSamples);
  const rawSummary = summarise(rawSamples);
  return { name, ours: oursSummary, raw: rawSummary, ratio: oursSummary.medianMs / rawSummary.medianMs };
}

/** Runs the whole benchmark; prints a table and writes the figures as JSON. */
export async function runBench(config: Config, logger: Logger, options: BenchOptions): Promise<void> {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const engines = await startEngines(config);
  print(`engines: Neo4j ${engines.neo4j.version} (${engines.neo4j.address}), Meilisearch ${engines.meilisearch.version} (${engines.meilisearch.address})`);
  const driver = createDriver(config);
  const search = createSearchClient(config);
  try {
    await resetBenchStores(driver, search, config);

    const corpusDir = path.join(config.dataDir, 'bench-corpus');
    fs.rmSync(corpusDir, { recursive: true, force: true });
    fs.mkdirSync(corpusDir, { recursive: true });
    const corpus = generateCorpus(corpusBases(), options.documents);
    for (const doc of corpus) fs.writeFileSync(path.join(corpusDir, doc.fileName), doc.text);
    const corpusBytes = corpus.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);
    print(`corpus: ${corpus.length} generated summaries (${(corpusBytes / 1e6).toFixed(1)} MB) in ${corpusDir}`);

    // --- ingestion: ours (read, extract, one transaction per document, index) vs the raw engines
    const deps = { driver, search, config, logger };
    const report = await ingestDocuments(deps, [{ path: corpusDir }]);
    const oursMs = report.durationMs;
    if (report.failed > 0) print(`warning: ${report.failed} generated documents failed to ingest`);
    const indexed = await allIndexedDocuments(search, insightsIndexName(config));
    const raw = await rawWrite(driver, search, config, indexed);
    const rawMs = raw.neo4jMs + raw.meiliMs;
    const reingest = await ingestDocuments(deps, [{ path: corpusDir }]);
    const ingestion = {
      documents: corpus.length,
      insights: indexed.length,
      oursMs,
      oursDocumentsPerSecond: corpus.length / (oursMs / 1000),
      oursInsightsPerSecond: indexed.length / (oursMs / 1000),
      rawNeo4jMs: raw.neo4jMs,
      rawMeilisearchMs: raw.meiliMs,
      rawInsightsPerSecond: indexed.length / (rawMs / 1000),
      ratio: oursMs / rawMs,
      unchangedReingestMs: reingest.durationMs,
      unchangedReingestDocumentsPerSecond: corpus.length / (reingest.durationMs / 1000),
    };

    print('');
    print(`ingestion of ${ingestion.documents} documents (${ingestion.insights} insights)`);
    print(`  ours (read + extract + graph, one transaction per document + index): ${(oursMs / 1000).toFixed(1)} s = ${ingestion.oursDocumentsPerSecond.toFixed(1)} docs/s, ${ingestion.oursInsightsPerSecond.toFixed(0)} insights/s`);
    print(`  raw engines (same insights, bulk UNWIND + 1000-document batches): Neo4j ${(raw.neo4jMs / 1000).toFixed(1)} s + Meilisearch ${(raw.meiliMs / 1000).toFixed(1)} s = ${ingestion.rawInsightsPerSecond.toFixed(0)} insights/s`);
    print(`  ratio ours / raw: ${ingestion.ratio.toFixed(2)}`);
    print(`  re-ingest, all unchanged: ${(reingest.durationMs / 1000).toFixed(1)} s = ${ingestion.unchangedReingestDocumentsPerSecond.toFixed(0)} docs/s`);

    // --- queries: our GraphQL API (in-process, no HTTP) vs the same question asked of the raw engine
    const yoga = createApi(deps);
    const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await yoga.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`GraphQL error in the benchmark: ${JSON.stringify(body.errors).slice(0, 300)}`);
      return body;
    };
    const index = search.index(insightsIndexName(config));
    const comparisons: QueryComparison[] = [];
    const searchQuery = `query($q: String!) { search(query: $q, first: 20) { totalHits edges { score snippet node { id kind headline } } facets { kinds { value count } countries { value count } } } }`;
    for (const q of ['médiation sociale', 'forced labour', 'mediation socale', 'activités génératrices de revenus']) {
      comparisons.push(
        await compareLatency(
          `search "${q}" (20 hits + facets)`,
          options.runs,
          () => graphql(searchQuery, { q }),
          () => index.search(q, { limit: 20, facets: ['kind', 'countries'], attributesToCrop: ['text'], attributesToHighlight: ['headline', 'text'], showRankingScore: true }),
        ),
      );
    }
    const hydratedQuery = `query($q: String!) { search(query: $q, first: 20) { edges { node { id kind headline project { code title } themes { id label } } } } }`;
    comparisons.push(
      await compareLatency(
        'search "esclavage" + graph fields (project, themes) of 20 hits',
        options.runs,
        () => graphql(hydratedQuery, { q: 'esclavage' }),
        async () => {
          const hits = await index.search('esclavage', { limit: 20 });
          const ids = hits.hits.map((hit) => hit.graphId);
          await driver.executeQuery(
            `UNWIND $ids AS id MATCH (i:Insight {id: id})-[:FROM]->(:Evaluation)-[:EVALUATES]->(p:Project)
             OPTIONAL MATCH (i)-[:ABOUT]->(t:Theme) RETURN i.id, p.code, p.title, collect(t.id)`,
            { ids },
            { database: config.neo4j.database, routing: 'READ' },
          );
        },
      ),
    );
    const someCode = indexed.find((doc) => doc.projectCode)?.projectCode ?? 'MLI/19/01/USA';
    comparisons.push(
      await compareLatency(
        'project page (budget, donors, partners, places)',
        options.runs,
        () => graphql(`query($c: String!) { project(code: $c) { code title budget { amount currency } donors { name } partners { name } places { name region } } }`, { c: someCode }),
        () =>
          driver.executeQuery(
            `MATCH (p:Project {code: $code})
             OPTIONAL MATCH (p)-[:FUNDED_BY]->(d) OPTIONAL MATCH (p)-[:IMPLEMENTED_BY]->(o) OPTIONAL MATCH (p)-[:AT]->(pl:Place)
             RETURN p.code, p.title, p.budgetAmount, collect(DISTINCT d.name), collect(DISTINCT o.name), collect(DISTINCT pl.name)`,
            { code: someCode },
            { database: config.neo4j.database, routing: 'READ' },
          ),
      ),
    );
    comparisons.push(
      await compareLatency(
        'stats by kind and country (dashboard)',
        options.runs,
        () => graphql(`{ stats { insights byKind { value count } byCountry { value count } } }`),
        () =>
          driver.executeQuery(
            `MATCH (i:Insight) WITH count(i) AS total
             MATCH (k:Insight) WITH total, k.kind AS kind, count(*) AS n WITH total, collect({kind: kind, n: n}) AS kinds
             MATCH (:Insight)-[:FROM]->(:Evaluation)-[:EVALUATES]->(:Project)-[:IN]->(c:Country)
             RETURN total, kinds, c.iso3, count(*)`,
            {},
            { database: config.neo4j.database, routing: 'READ' },
          ),
      ),
    );

    const results = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, engines: { neo4j: engines.neo4j.version, meilisearch: engines.meilisearch.version }, ingestion, queries: comparisons };
    fs.mkdirSync(options.outDir, { recursive: true });
    const outFile = path.join(options.outDir, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);

    print('');
    print(`query latency, ${options.runs} interleaved runs each (median / p95 in ms)`);
    print(`  ${'query'.padEnd(62)} ${'ours'.padStart(15)} ${'raw engine'.padStart(15)} ${'ratio'.padStart(7)}`);
    for (const c of comparisons) {
      if (c.error) {
        print(`  ${c.name.padEnd(62)} failed: ${c.error.slice(0, 120)}`);
        continue;
      }
      print(`  ${c.name.padEnd(62)} ${`${c.ours.medianMs.toFixed(1)} / ${c.ours.p95Ms.toFixed(1)}`.padStart(15)} ${`${c.raw.medianMs.toFixed(1)} / ${c.raw.p95Ms.toFixed(1)}`.padStart(15)} ${c.ratio.toFixed(2).padStart(7)}`);
    }
    print('');
    print(`results written to ${outFile}`);
  } finally {
    await driver.close();
    // The benchmark's own engines go away with it, each unless it was running before (stopping
    // both when only one was started would take down an engine someone else relies on).
    if (!engines.neo4j.reused) await stopNeo4j(config);
    if (!engines.meilisearch.reused) await stopMeilisearch(config);
  }
}
