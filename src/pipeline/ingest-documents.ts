import type { Meilisearch } from 'meilisearch';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { describeError, isAppError } from '../errors.js';
import { extractRecord } from '../extract/extract-record.js';
import type { ExtractionRecord } from '../model/records.js';
import { syncReference } from '../graph/reference-sync.js';
import { ensureGraphSchema } from '../graph/schema.js';
import { toDocumentIds, toDocumentStatements, type DocumentIds } from '../graph/statements/document-statements.js';
import type { Statement } from '../graph/statements/statement.js';
import { addCounters, writeDocument, zeroCounters, type WriteCounters } from '../graph/write-graph.js';
import type { Logger } from '../logger.js';
import { listDocumentFiles } from '../read/list-document-files.js';
import { readDocumentBytes } from '../read/read-document.js';
import { loadReference } from '../reference/load-reference.js';
import { ensureSearchIndexes } from '../search/search-index.js';
import { synonymsFromReference } from '../search/synonyms.js';
import { extractDocument } from './extract-documents.js';
import { countPendingDocuments } from './reindex.js';
import { SearchSync } from './search-sync.js';

export interface IngestDeps {
  driver: Driver;
  search: Meilisearch;
  config: Config;
  logger: Logger;
}

/** A file or folder on disk, or bytes received (the GraphQL upload) with the name to record. */
export type IngestInput = { path: string } | { bytes: Uint8Array; sourcePath: string };

export type IngestOutcome = 'added' | 'updated' | 'unchanged' | 'failed';

export interface DocumentOutcome {
  /** The path as given (or the upload's sourcePath). */
  sourcePath: string;
  outcome: IngestOutcome;
  /** `document:<evaluation key>`; null when the document failed before extraction finished. */
  documentId: string | null;
  /** Why it failed (names the file); null otherwise. */
  reason: string | null;
  /** Insights the record holds (0 for failed). */
  insights: number;
  /**
   * True when the graph holds the document but the index has not caught up (see `reindex`).
   * Final in the report; in `onDocument` it only says the document was queued for the index.
   */
  searchPending: boolean;
  /** Extraction warnings. */
  warnings: string[];
  counters: WriteCounters;
}

export interface IngestReport {
  /** One per document, in input order (folders expanded in sorted order). */
  documents: DocumentOutcome[];
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Entries inside folders that were not documents (hidden, unsupported extension). */
  skipped: { path: string; reason: string }[];
  /** Documents of this run whose index write did not succeed (they are pending in the graph). */
  searchPending: string[];
  /** All documents pending for search in the graph after the run; null when Neo4j could not be asked. */
  pendingInGraph: number | null;
  /** Insight documents sent to Meilisearch. */
  insightsIndexed: number;
  /** Project documents sent to the `projects` index. */
  projectsIndexed: number;
  counters: WriteCounters;
  /** True when the reference data was (re)loaded into the graph by this run. */
  referenceSynced: boolean;
  durationMs: number;
}

export interface IngestOptions {
  /**
   * Called when each document is settled (written and queued for the index, or failed). A
   * returned promise is awaited before that writer takes its next document (back-pressure).
   */
  onDocument?: (outcome: DocumentOutcome, progress: { done: number; total: number }) => void | Promise<void>;
  /** Called once the inputs are expanded, with the number of documents. */
  onStart?: (total: number) => void;
  /** Documents read and extracted ahead of the writer (default 8). */
  extractAhead?: number;
  /** Document transactions in flight at once (default 2). */
  writeConcurrency?: number;
  /** Documents per Meilisearch task (default 50). */
  searchWindow?: number;
  /** Meilisearch tasks enqueued before the oldest is awaited (default 4). */
  searchTasksInFlight?: number;
  /**
   * Reads and extracts a byte input (an upload). Default: in this thread. The API passes a worker
   * thread's (src/workers), so a hostile upload cannot block the event loop or exhaust its heap.
   */
  extractBytes?: (bytes: Uint8Array, sourcePath: string) => Promise<ExtractionRecord>;
}

const extractInThisThread = async (bytes: Uint8Array, sourcePath: string): Promise<ExtractionRecord> => extractRecord(await readDocumentBytes(bytes, sourcePath));

type Job = { kind: 'path'; path: string } | { kind: 'bytes'; bytes: Uint8Array; sourcePath: string };

type Prepared =
  | { ok: true; sourcePath: string; record: ExtractionRecord; ids: DocumentIds; statements: Statement[] }
  | { ok: false; sourcePath: string; reason: string };

async function prepare(job: Job, ingestedAt: string, extractBytes = extractInThisThread): Promise<Prepared> {
  const sourcePath = job.kind === 'path' ? job.path : job.sourcePath;
  let record: ExtractionRecord;
  if (job.kind === 'path') {
    const extracted = await extractDocument(job.path);
    if (!extracted.ok) return { ok: false, sourcePath, reason: extracted.reason };
    record = extracted.record;
  } else {
    try {
      record = await extractBytes(job.bytes, job.sourcePath);
    } catch (error) {
      const reason = isAppError(error) ? error.message : `${job.sourcePath}: extraction failed (${describeError(error)})`;
      return { ok: false, sourcePath, reason };
    }
  }
  try {
    const ids = toDocumentIds(record);
    return { ok: true, sourcePath, record, ids, statements: toDocumentStatements(record, { ingestedAt, ids }) };
  } catch (error) {
    return { ok: false, sourcePath, reason: `${sourcePath}: could not build graph statements (${describeError(error)})` };
  }
}

/** Expands folders; files named explicitly but unusable are failures, entries found inside folders are skips. */
async function toJobs(inputs: readonly IngestInput[]): Promise<{ jobs: Job[]; failures: Prepared[]; skipped: { path: string; reason: string }[] }> {
  const jobs: Job[] = [];
  const failures: Prepared[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const input of inputs) {
    if ('bytes' in input) {
      jobs.push({ kind: 'bytes', bytes: input.bytes, sourcePath: input.sourcePath });
      continue;
    }
    const listed = await listDocumentFiles([input.path]);
    for (const file of listed.files) jobs.push({ kind: 'path', path: file });
    for (const entry of listed.skipped) {
      if (entry.path === input.path) failures.push({ ok: false, sourcePath: entry.path, reason: `${entry.path}: ${entry.reason}` });
      else skipped.push(entry);
    }
  }
  return { jobs, failures, skipped };
}

/**
 * Ingests documents: read and extract (ahead of the writer), write each document to Neo4j in
 * one transaction (`added`, `updated` or `unchanged` by sha256), then bring the Meilisearch
 * index up to date in windows. A failing document is reported and the others go on. The graph
 * is the source of truth: a document whose index write fails stays `searchPending` in the
 * graph, and the next ingest or `reindex` catches up. The CLI and the GraphQL mutation both
 * call this. Throws only when the engines cannot be prepared at all (schema, reference data).
 */
export async function ingestDocuments(deps: IngestDeps, inputs: readonly IngestInput[], options: IngestOptions = {}): Promise<IngestReport> {
  const startedAt = Date.now();
  const { driver, search, config, logger } = deps;
  const database = config.neo4j.database;
  const reference = loadReference();

  await ensureGraphSchema(driver, database);
  const referenceSync = await syncReference(driver, database, reference);
  const synonyms = synonymsFromReference(reference);
  const ensureIndex = () => ensureSearchIndexes(search, config, synonyms);
  try {
    await ensureIndex();
  } catch (error) {
    // The graph goes on without the index: documents stay pending until Meilisearch answers
    // again (the search windows retry) or `reindex`.
    logger.warn({ err: error }, `search index unavailable, documents will be pending for search: ${describeError(error)}`);
  }

  const { jobs, failures, skipped } = await toJobs(inputs);
  const total = jobs.length + failures.length;
  options.onStart?.(total);
  const ingestedAt = new Date().toISOString();
  const outcomes: (DocumentOutcome | undefined)[] = new Array(total);
  const counters = zeroCounters();
  const sync = new SearchSync(deps, { windowSize: options.searchWindow ?? 50, maxInFlight: options.searchTasksInFlight ?? 4, ensureIndex });
  let done = 0;

  const settle = async (index: number, outcome: DocumentOutcome): Promise<void> => {
    outcomes[index] = outcome;
    addCounters(counters, outcome.counters);
    done += 1;
    await options.onDocument?.(outcome, { done, total });
  };
  for (const [i, failure] of failures.entries()) {
    if (!failure.ok) await settle(jobs.length + i, failedOutcome(failure.sourcePath, null, failure.reason));
  }

  // Extraction runs ahead: up to `extractAhead` documents are read and extracted (their
  // synchronous work interleaves with the writer's waits on Neo4j).
  const ahead = Math.max(1, options.extractAhead ?? 8);
  const prepared: (Promise<Prepared> | undefined)[] = [];
  let started = 0;
  const startMore = (upTo: number) => {
    while (started < jobs.length && started <= upTo) {
      prepared.push(prepare(jobs[started]!, ingestedAt, options.extractBytes));
      started += 1;
    }
  };

  // Two versions of one evaluation in the same run are written one after the other, in input
  // order: each writer registers its document only after the previous index registered, so the
  // order does not depend on which extraction finished first.
  const lastWriteOf = new Map<string, Promise<void>>();
  const registered: (Promise<void> | undefined)[] = [];
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next;
      next += 1;
      let markRegistered!: () => void;
      registered[index] = new Promise<void>((resolve) => (markRegistered = resolve));
      startMore(index + ahead);
      const item = await prepared[index]!;
      // Released as soon as it is taken: thousands of records must not stay in memory.
      prepared[index] = undefined;
      if (index > 0) {
        await registered[index - 1];
        registered[index - 1] = undefined;
      }
      if (!item.ok) {
        markRegistered();
        await settle(index, failedOutcome(item.sourcePath, null, item.reason));
        continue;
      }
      const previous = lastWriteOf.get(item.ids.documentId);
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      lastWriteOf.set(item.ids.documentId, mine);
      markRegistered();
      let outcome: DocumentOutcome;
      try {
        if (previous) await previous;
        const result = await writeDocument(driver, database, { ids: item.ids, sha256: item.record.document.sha256, statements: item.statements });
        const needsIndex = result.outcome !== 'unchanged' || result.searchPending;
        if (needsIndex) await sync.add({ documentId: item.ids.documentId, sha256: item.record.document.sha256 }, result.staleInsightIds, result.previousProjectIds);
        outcome = {
          sourcePath: item.sourcePath,
          outcome: result.outcome,
          documentId: item.ids.documentId,
          reason: null,
          insights: item.record.insights.length,
          searchPending: needsIndex,
          warnings: item.record.warnings,
          counters: result.counters,
        };
      } catch (error) {
        logger.warn({ err: error, sourcePath: item.sourcePath }, 'document not written');
        outcome = failedOutcome(item.sourcePath, item.ids.documentId, `${item.sourcePath}: ${describeError(error)}`, item.record);
      } finally {
        release();
        if (lastWriteOf.get(item.ids.documentId) === mine) lastWriteOf.delete(item.ids.documentId);
      }
      await settle(index, outcome);
    }
  };
  const writers = Math.max(1, Math.min(options.writeConcurrency ?? 2, jobs.length));
  await Promise.all(Array.from({ length: writers }, () => writer()));
  await sync.finish();

  const documents = outcomes.filter((o): o is DocumentOutcome => o !== undefined);
  for (const outcome of documents) {
    if (outcome.documentId !== null && outcome.searchPending) outcome.searchPending = !sync.indexed.has(outcome.documentId);
  }
  let pendingInGraph: number | null = null;
  try {
    pendingInGraph = await countPendingDocuments(driver, database);
  } catch (error) {
    logger.warn({ err: error }, 'could not count documents pending for search');
  }
  const count = (o: IngestOutcome) => documents.filter((d) => d.outcome === o).length;
  return {
    documents,
    added: count('added'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    skipped,
    searchPending: [...new Set(documents.filter((d) => d.searchPending && d.documentId !== null).map((d) => d.documentId!))],
    pendingInGraph,
    insightsIndexed: sync.insightsSent,
    projectsIndexed: sync.projectsSent,
    counters,
    referenceSynced: referenceSync.synced,
    durationMs: Date.now() - startedAt,
  };
}

function failedOutcome(sourcePath: string, documentId: string | null, reason: string, record?: ExtractionRecord): DocumentOutcome {
  return {
    sourcePath,
    outcome: 'failed',
    documentId,
    reason,
    insights: 0,
    searchPending: false,
    warnings: record?.warnings ?? [],
    counters: zeroCounters(),
  };
}
