import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { describeError, isAppError } from '../errors.js';
import { extractRecord } from '../extract/extract-record.js';
import type { ExtractionRecord } from '../model/records.js';
import { syncReference } from '../graph/reference-sync.js';
import { clearQueryCaches, ensureGraphSchema } from '../graph/schema.js';
import { decideDocumentWrite, type StoredCandidate } from '../graph/document-identity.js';
import { toDocumentIds, toDocumentStatements, type DocumentIds } from '../graph/statements/document-statements.js';
import type { Statement } from '../graph/statements/statement.js';
import {
  addCounters,
  findStoredCandidates,
  findUnchangedDocuments,
  writeDocument,
  writeDocuments,
  zeroCounters,
  type DocumentWriteResult,
  type ReplacedDocument,
  type WriteCounters,
} from '../graph/write-graph.js';
import { listDocumentFiles } from '../read/list-document-files.js';
import { readDocumentBytes } from '../read/read-document.js';
import { loadReference } from '../reference/load-reference.js';
import { ensureSearchIndexes } from '../search/search-index.js';
import { synonymsFromReference } from '../search/synonyms.js';
import type { UnchangedDocumentRow } from '../graph/statements/unchanged-documents-query.js';
import { createExtractWorkers, defaultExtractThreads, extractFileInWorker, type ExtractWorkers } from '../workers/extract-workers.js';
import { assertSafeFileName } from './check-file-name.js';
import { extractDocument, type ExtractOutcome } from './extract-documents.js';
import { describeExtraction } from './summarise-extraction.js';
import type { IngestDeps } from './ingest-deps.js';
import { countPendingDocuments } from './reindex.js';
import { deleteInsightsFromIndexFirst, SearchSync } from './search-sync.js';
import { createLimit, forEachConcurrently } from '../util/concurrency.js';
import { createBatchWriter } from './batch-writer.js';

/** A file or folder on disk, or bytes received (the GraphQL upload) with the name to record. */
export type IngestInput = { path: string } | { bytes: Uint8Array; sourcePath: string };

export type IngestOutcome = 'added' | 'updated' | 'unchanged' | 'failed';

export interface DocumentOutcome {
  /** The path as given (or the upload's sourcePath). */
  sourcePath: string;
  outcome: IngestOutcome;
  /**
   * `document:<document key>` (docs/graph.md); for `unchanged`, the stored document with these
   * bytes. Null when the document failed before extraction finished.
   */
  documentId: string | null;
  /**
   * The stored documents this one replaced (`updated`): an older version of the same document
   * (same evaluation, language and kind), the previous content of the same file, or the same
   * bytes stored under an older id. Empty otherwise.
   */
  replaced: ReplacedDocument[];
  /** For `unchanged`: the source path the same bytes were stored from, when it is another one; null otherwise. */
  storedSourcePath: string | null;
  /** Why it failed (names the file); null otherwise. */
  reason: string | null;
  /** The AppError code of a failure (BAD_INPUT for a file that cannot be taken, UNAVAILABLE for an engine); null otherwise. */
  code: string | null;
  /** Insights the record holds (0 for failed). */
  insights: number;
  /**
   * True when the graph holds the document but the index has not caught up (see `reindex`).
   * Final in the report; in `onDocument` it only says the document was queued for the index.
   */
  searchPending: boolean;
  /** Extraction warnings. */
  warnings: string[];
  /** What extraction made of the document, in one line (kind, template, counts by kind, sections); absent for failures. */
  extraction?: string;
  counters: WriteCounters;
}

export interface IngestReport {
  /** True when nothing was written (`dryRun`): the outcomes say what would have been done. */
  dryRun: boolean;
  /**
   * One per document: the documents to ingest in input order (folders expanded in sorted order),
   * then the files named explicitly that could not be used (missing, unsupported), in input order.
   */
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
  /**
   * Decide and report what each document would be (added, updated and what it replaces,
   * unchanged) without writing anything to either store: no schema, no reference data, no index
   * settings, no document.
   */
  dryRun?: boolean;
  /**
   * At the end, also bring the index up to date with what earlier runs left pending (documents
   * marked pending, SearchCleanup nodes of a run killed mid-way). Default true (the CLI); the
   * API's single uploads leave that to the next `ingest` or `reindex`.
   */
  catchUp?: boolean;
  /** Documents read and extracted ahead of the writer (default 8, and at least twice the extraction threads). */
  extractAhead?: number;
  /**
   * Worker threads that read and extract files (path inputs) when there are at least
   * `2 × extractThreads` of them; 0 extracts on this thread. Default: one per core, at most 4.
   */
  extractThreads?: number;
  /** Document transactions in flight at once (default 2). */
  writeConcurrency?: number;
  /**
   * Documents written in one graph transaction at most (default: INGEST_BATCH_DOCUMENTS). Each
   * keeps its own outcome; a batch that fails is retried one document per transaction.
   */
  batchDocuments?: number;
  /** Graph statements in one transaction at most (default: INGEST_BATCH_STATEMENTS). */
  batchStatements?: number;
  /** Longest wait of a document for others to join its transaction while one is in flight (default: INGEST_BATCH_LINGER_MS). */
  batchLingerMs?: number;
  /** Documents added or updated from which the run ends by clearing Neo4j's query caches (default 100; see REPLAN_AFTER_DOCUMENTS). */
  replanAfterDocuments?: number;
  /** Documents per search window (default: INGEST_SEARCH_WINDOW). */
  searchWindow?: number;
  /**
   * Windows whose Meilisearch tasks are enqueued before the oldest is awaited (default 16): while
   * Meilisearch indexes one batch, the windows that queue up behind it are indexed as the next
   * batch, so the further behind it falls, the larger (and cheaper per document) its batches.
   */
  searchTasksInFlight?: number;
  /**
   * Reads and extracts a byte input (an upload). Default: in this thread. The API passes a worker
   * thread's (src/workers), so a hostile upload cannot block the event loop or exhaust its heap.
   */
  extractBytes?: (bytes: Uint8Array, sourcePath: string) => Promise<ExtractionRecord>;
}

const extractInThisThread = async (bytes: Uint8Array, sourcePath: string): Promise<ExtractionRecord> =>
  extractRecord(await readDocumentBytes(bytes, sourcePath));

type Job = { kind: 'path'; path: string } | { kind: 'bytes'; bytes: Uint8Array; sourcePath: string };

type Prepared =
  | { ok: true; sourcePath: string; record: ExtractionRecord; ids: DocumentIds; statements: Statement[]; extraction: string }
  | { ok: false; sourcePath: string; reason: string; code: string };

/** A file found `unchanged` from its bytes (UnchangedCheck), not read nor extracted. */
type Stored = { ok: 'stored'; sourcePath: string; sha256: string; stored: UnchangedDocumentRow };

async function prepare(
  job: Job,
  ingestedAt: string,
  extractBytes = extractInThisThread,
  extractFile: (path: string, bytes?: Uint8Array) => Promise<ExtractOutcome> = (path, bytes) => extractDocument(path, bytes ? { bytes } : {}),
  /** A path job's content, when it was read already (UnchangedCheck): not read again. */
  fileBytes?: Uint8Array,
): Promise<Prepared> {
  const sourcePath = job.kind === 'path' ? job.path : job.sourcePath;
  let record: ExtractionRecord;
  if (job.kind === 'path') {
    const extracted = await extractFile(job.path, fileBytes);
    if (!extracted.ok) return { ok: false, sourcePath, reason: extracted.reason, code: extracted.code };
    record = extracted.record;
  } else {
    try {
      assertSafeFileName(job.sourcePath);
      record = await extractBytes(job.bytes, job.sourcePath);
    } catch (error) {
      if (isAppError(error)) return { ok: false, sourcePath, reason: error.message, code: error.code };
      return { ok: false, sourcePath, reason: `${job.sourcePath}: extraction failed (${describeError(error)})`, code: 'INTERNAL' };
    }
  }
  try {
    const ids = toDocumentIds(record);
    const extraction = describeExtraction(record);
    return { ok: true, sourcePath, record, ids, extraction, statements: toDocumentStatements(record, { ingestedAt, ids, extraction }) };
  } catch (error) {
    return { ok: false, sourcePath, reason: `${sourcePath}: could not build graph statements (${describeError(error)})`, code: 'INTERNAL' };
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
      if (entry.path === input.path) failures.push({ ok: false, sourcePath: entry.path, reason: `${entry.path}: ${entry.reason}`, code: 'BAD_INPUT' });
      else skipped.push(entry);
    }
  }
  return { jobs, failures, skipped };
}

/** Files read at once to hash them. */
const HASH_CONCURRENCY = 16;
/** Files larger than this are not hashed ahead: they go through extraction as usual. */
const HASH_MAX_BYTES = 16 * 1024 * 1024;
/** Bytes of the files of one chunk kept for their extraction (not read twice); files past it are read again. */
const KEEP_BYTES_PER_CHUNK = 64 * 1024 * 1024;

/**
 * Decides `unchanged` from the bytes alone, before any reading or extraction: the files are hashed
 * and checked against the graph `chunkSize` at a time, one query per chunk (findUnchangedDocuments:
 * a stored document with the same bytes, the same source path, this extraction version, and not
 * pending for search is, by the identity rules, this file, unchanged). The next chunk is checked
 * while the writer goes through this one. A file that cannot be hashed, or is not found, is
 * extracted and written as usual: the write transaction decides then.
 */
class UnchangedCheck {
  private readonly chunks = new Map<number, Promise<Map<number, Stored>>>();
  /** The bytes read to hash the files not found unchanged, until their extraction takes them. */
  private readonly kept = new Map<number, Uint8Array>();

  constructor(
    private readonly deps: IngestDeps,
    private readonly jobs: readonly Job[],
    private readonly chunkSize = 500,
  ) {}

  async find(index: number): Promise<Stored | null> {
    const chunk = Math.floor(index / this.chunkSize);
    const found = this.chunk(chunk);
    if ((chunk + 1) * this.chunkSize < this.jobs.length) void this.chunk(chunk + 1).catch(() => undefined);
    return (await found.catch(() => null))?.get(index) ?? null;
  }

  /** The bytes read to hash a file that was not found unchanged (once; null when not kept). */
  takeBytes(index: number): Uint8Array | null {
    const bytes = this.kept.get(index) ?? null;
    this.kept.delete(index);
    return bytes;
  }

  private chunk(chunk: number): Promise<Map<number, Stored>> {
    let found = this.chunks.get(chunk);
    if (!found) {
      found = this.check(chunk * this.chunkSize, Math.min(this.jobs.length, (chunk + 1) * this.chunkSize));
      this.chunks.set(chunk, found);
      // Earlier chunks are done with once a later one is asked for.
      this.chunks.delete(chunk - 2);
      for (let index = (chunk - 2) * this.chunkSize; index < (chunk - 1) * this.chunkSize; index++) this.kept.delete(index);
    }
    return found;
  }

  private async check(from: number, to: number): Promise<Map<number, Stored>> {
    const rows: { index: number; sha256: string; sourcePath: string }[] = [];
    const read = new Map<number, Uint8Array>();
    // hashJob never throws (a file it cannot take is left to extraction), so the pool runs every file.
    await forEachConcurrently(this.jobs.slice(from, to), HASH_CONCURRENCY, async (job, offset) => {
      const hashed = await hashJob(job);
      if (!hashed) return;
      rows.push({ index: from + offset, sha256: hashed.sha256, sourcePath: hashed.sourcePath });
      if (job.kind === 'path') read.set(from + offset, hashed.bytes);
    });
    const stored = await findUnchangedDocuments(this.deps.driver, this.deps.config.neo4j.database, rows);
    const byIndex = new Map<number, Stored>();
    let keptBytes = 0;
    for (const row of rows.sort((a, b) => a.index - b.index)) {
      const match = stored.get(row.index);
      if (match) byIndex.set(row.index, { ok: 'stored', sourcePath: row.sourcePath, sha256: row.sha256, stored: match });
      else {
        // Extraction takes these bytes instead of reading the file again (within a budget).
        const bytes = read.get(row.index);
        if (bytes && keptBytes + bytes.byteLength <= KEEP_BYTES_PER_CHUNK) {
          keptBytes += bytes.byteLength;
          this.kept.set(row.index, bytes);
        }
      }
    }
    return byIndex;
  }
}

/** The sha256 of a job's bytes, its source path and the bytes; null when the file cannot be taken as it is (extraction will say why). */
async function hashJob(job: Job): Promise<{ sha256: string; sourcePath: string; bytes: Uint8Array } | null> {
  try {
    const sourcePath = job.kind === 'path' ? job.path : job.sourcePath;
    assertSafeFileName(sourcePath);
    let bytes: Uint8Array;
    if (job.kind === 'bytes') bytes = job.bytes;
    else {
      const info = await stat(job.path);
      if (!info.isFile() || info.size > HASH_MAX_BYTES) return null;
      bytes = await readFile(job.path);
    }
    return { sha256: createHash('sha256').update(bytes).digest('hex'), sourcePath, bytes };
  } catch {
    return null;
  }
}

/**
 * The dry run's view of the graph: the stored candidates as the graph holds them, with the
 * documents this run would already have written (and those it would have replaced) laid over.
 */
class PlannedGraph {
  private readonly written = new Map<string, StoredCandidate>();
  private readonly gone = new Set<string>();

  constructor(private readonly deps: IngestDeps) {}

  async decide(item: Extract<Prepared, { ok: true }>) {
    const incoming = { documentId: item.ids.documentId, sha256: item.record.document.sha256, sourcePath: item.sourcePath, identity: item.ids.identity };
    const stored = await findStoredCandidates(this.deps.driver, this.deps.config.neo4j.database, incoming);
    const candidates = [
      ...stored.filter((c) => !this.gone.has(c.id) && !this.written.has(c.id)),
      ...[...this.written.values()].filter((c) => c.id === incoming.documentId || c.sha256 === incoming.sha256 || c.sourcePath === incoming.sourcePath),
    ];
    const decision = decideDocumentWrite(incoming, candidates);
    if (decision.outcome !== 'unchanged') {
      for (const replaced of decision.replaced) {
        this.gone.add(replaced.id);
        this.written.delete(replaced.id);
      }
      this.written.set(incoming.documentId, {
        id: incoming.documentId,
        sha256: incoming.sha256,
        sourcePath: incoming.sourcePath,
        identity: incoming.identity,
        searchPending: false,
        evaluationId: item.ids.evaluationId,
        otherDocuments: 0,
        insightIds: item.ids.insightIds,
        projectIds: item.ids.projectId ? [item.ids.projectId] : [],
        neighbourIds: [],
      });
    }
    return decision;
  }
}

/**
 * Ingests documents: read and extract (ahead of the writer), write each document to Neo4j
 * whole or not at all, several in one transaction (`added`, `updated` with what it replaced, or
 * `unchanged`, by the identity rules of docs/graph.md; a failed batch is retried document by
 * document), then bring the Meilisearch index up to date in windows, and finally
 * catch up with what earlier runs left pending. A failing document is reported and the others
 * go on. The graph is the source of truth: a document whose index write fails stays
 * `searchPending` in the graph, and the next ingest or `reindex` catches up. With `dryRun`,
 * nothing is written and the outcomes say what would be. The CLI and the GraphQL mutation both
 * call this. Throws only when the engines cannot be prepared at all (schema, reference data).
 */
export async function ingestDocuments(deps: IngestDeps, inputs: readonly IngestInput[], options: IngestOptions = {}): Promise<IngestReport> {
  const startedAt = Date.now();
  const { driver, search, config, logger } = deps;
  const database = config.neo4j.database;
  const dryRun = options.dryRun === true;
  const reference = loadReference();

  let referenceSynced = false;
  // The index takes deletions before the graph (writeDocument); pointless while it is down.
  let indexUp = false;
  const synonyms = synonymsFromReference(reference);
  const ensureIndex = () => ensureSearchIndexes(search, config, synonyms);
  if (!dryRun) {
    await ensureGraphSchema(driver, database);
    referenceSynced = (await syncReference(driver, database, reference)).synced;
    try {
      await ensureIndex();
      indexUp = true;
    } catch (error) {
      // The graph goes on without the index: documents stay pending until Meilisearch answers
      // again (the search windows retry) or `reindex`.
      logger.warn({ err: error }, `search index unavailable, documents will be pending for search: ${describeError(error)}`);
    }
  }
  const planned = dryRun ? new PlannedGraph(deps) : null;

  const { jobs, failures, skipped } = await toJobs(inputs);
  const total = jobs.length + failures.length;
  options.onStart?.(total);
  const ingestedAt = new Date().toISOString();
  const outcomes = new Array<DocumentOutcome | undefined>(total);
  const counters = zeroCounters();
  const sync = new SearchSync(deps, {
    windowSize: options.searchWindow ?? config.ingest.searchWindow,
    maxInFlight: options.searchTasksInFlight ?? 16,
    ensureIndex,
  });
  let done = 0;

  const settle = async (index: number, outcome: DocumentOutcome): Promise<void> => {
    outcomes[index] = outcome;
    addCounters(counters, outcome.counters);
    done += 1;
    await options.onDocument?.(outcome, { done, total });
  };
  for (const [i, failure] of failures.entries()) {
    if (!failure.ok) await settle(jobs.length + i, failedOutcome(failure.sourcePath, null, failure.reason, failure.code));
  }

  // Extraction runs ahead: up to `extractAhead` documents are read and extracted, on worker
  // threads when there are enough files to pay for starting them (otherwise their synchronous
  // work interleaves with the writer's waits on Neo4j).
  const threads = Math.max(0, options.extractThreads ?? defaultExtractThreads());
  const files = jobs.filter((job) => job.kind === 'path').length;
  const pool: ExtractWorkers | null = threads > 0 && files >= 2 * threads ? createExtractWorkers(threads) : null;
  const extractFile = pool
    ? (path: string, bytes?: Uint8Array) => extractFileInWorker(pool, path, bytes)
    : (path: string, bytes?: Uint8Array) => extractDocument(path, bytes ? { bytes } : {});
  const ahead = Math.max(1, options.extractAhead ?? 8, pool ? 2 * threads : 0);
  // A re-ingest: files whose bytes the graph holds as they are skip reading and extraction.
  const unchangedCheck = dryRun ? null : new UnchangedCheck(deps, jobs);
  const prepareJob = async (job: Job, index: number): Promise<Prepared | Stored> =>
    (await unchangedCheck?.find(index)) ?? prepare(job, ingestedAt, options.extractBytes, extractFile, unchangedCheck?.takeBytes(index) ?? undefined);
  const prepared: (Promise<Prepared | Stored> | undefined)[] = [];
  let started = 0;
  const startMore = (upTo: number) => {
    while (started < jobs.length && started <= upTo) {
      prepared.push(prepareJob(jobs[started]!, started));
      started += 1;
    }
  };
  // What the documents written by this run touch (their id, bytes, source path, evaluation): a
  // file found unchanged beforehand that shares one of them with an earlier document of the run
  // may be replaced or regrouped by it, so the write transaction decides for it after all.
  const touched = new Set<string>();
  const keysOf = (documentId: string, sha256: string, sourcePath: string, evaluationId: string | null) => [
    `id:${documentId}`,
    `sha:${sha256}`,
    `path:${sourcePath}`,
    ...(evaluationId ? [`evaluation:${evaluationId}`] : []),
  ];

  // Graph transactions in flight, detached writes included: more at once only deadlock on the
  // hub nodes (countries, themes, the ILO) they all touch.
  const writeConcurrency = Math.max(1, options.writeConcurrency ?? 2);
  const graphWrite = createLimit(writeConcurrency);
  // Several documents per transaction: the documents that arrive while the transactions in
  // flight run are written together by the next one (batch-writer.ts).
  const batchDocuments = Math.max(1, options.batchDocuments ?? config.ingest.batchDocuments);
  const writeBatched = createBatchWriter(
    {
      writeBatch: (inputs) => graphWrite(() => writeDocuments(driver, database, inputs, { indexFirst: indexUp })),
      writeOne: (input) => graphWrite(() => writeDocument(driver, database, input, { indexFirst: indexUp })),
    },
    {
      maxDocuments: batchDocuments,
      maxStatements: options.batchStatements ?? config.ingest.batchStatements,
      batchesInFlight: writeConcurrency,
      lingerMs: options.batchLingerMs ?? config.ingest.batchLingerMs,
    },
  );

  /**
   * One document through the graph (index first when it removes insights), then queued for the
   * index. `detach` is called when the write has to wait for Meilisearch to delete the replaced
   * insights: the writer takes its next document meanwhile (Meilisearch batches the deletions).
   */
  const write = async (item: Extract<Prepared, { ok: true }>, detach: () => void): Promise<DocumentOutcome> => {
    const input = { ids: item.ids, sha256: item.record.document.sha256, sourcePath: item.sourcePath, statements: item.statements, extraction: item.extraction };
    let result: DocumentWriteResult = await writeBatched(input);
    if (result.outcome === 'index-first') {
      const deleting = deleteInsightsFromIndexFirst(deps, result.insightIds);
      detach();
      const deleted = await deleting;
      if (!deleted) indexUp = false;
      const deletedFromIndex = deleted ? result.insightIds : [];
      result = await graphWrite(() => writeDocument(driver, database, { ...input, deletedFromIndex }, { indexFirst: false }));
    }
    const base = preparedOutcomeBase(item);
    if (result.outcome === 'index-first') throw new Error('writeDocument asked for the index first twice');
    if (result.outcome === 'unchanged') {
      // Same bytes: re-indexed only when the index had not caught up.
      if (result.searchPending) await sync.add({ documentId: result.documentId, sha256: result.sha256 });
      return {
        ...base,
        outcome: 'unchanged',
        documentId: result.documentId,
        replaced: [],
        storedSourcePath: result.sourcePath !== null && result.sourcePath !== item.sourcePath ? result.sourcePath : null,
        searchPending: result.searchPending,
        counters: result.counters,
      };
    }
    await sync.add(
      [{ documentId: result.documentId, sha256: item.record.document.sha256, insights: item.record.insights.length }, ...result.siblings],
      result.cleanup,
    );
    return {
      ...base,
      outcome: result.outcome,
      documentId: result.documentId,
      replaced: result.replaced,
      storedSourcePath: null,
      searchPending: true,
      counters: result.counters,
    };
  };

  /** What `write` would do, without writing (dry run). */
  const plan = async (item: Extract<Prepared, { ok: true }>): Promise<DocumentOutcome> => {
    const decision = await planned!.decide(item);
    const base = { ...preparedOutcomeBase(item), searchPending: false, counters: zeroCounters() };
    if (decision.outcome === 'unchanged') {
      const stored = decision.stored;
      return {
        ...base,
        outcome: 'unchanged',
        documentId: stored.id,
        replaced: [],
        storedSourcePath: stored.sourcePath !== item.sourcePath ? stored.sourcePath : null,
      };
    }
    return {
      ...base,
      outcome: decision.outcome,
      documentId: item.ids.documentId,
      replaced: decision.replaced.map((c) => ({ documentId: c.id, sourcePath: c.sourcePath })),
      storedSourcePath: null,
    };
  };

  // Two versions of one document in the same run are written one after the other, in input
  // order: each writer registers its document only after the previous index registered, so the
  // order does not depend on which extraction finished first.
  const lastWriteOf = new Map<string, Promise<void>>();
  const registered: (Promise<void> | undefined)[] = [];
  // Writes waiting for Meilisearch to delete what they replace, finishing in the background.
  const detached = new Set<Promise<void>>();
  const MAX_DETACHED = 16;
  // Set by the detached writes' callbacks: typed by assertion, so that the check after the
  // writers is not narrowed to null.
  let detachedError = null as Error | null;
  /** One job, in its turn (the pool takes the jobs in input order). */
  const writeJob = async (_job: Job, index: number): Promise<void> => {
    let markRegistered!: () => void;
    registered[index] = new Promise<void>((resolve) => (markRegistered = resolve));
    startMore(index + ahead);
    let item = await prepared[index]!;
    // Released as soon as it is taken: thousands of records must not stay in memory.
    prepared[index] = undefined;
    if (index > 0) {
      await registered[index - 1];
      registered[index - 1] = undefined;
    }
    if (item.ok === 'stored') {
      const { stored } = item;
      if (!keysOf(stored.id, item.sha256, item.sourcePath, stored.evaluationId).some((key) => touched.has(key))) {
        markRegistered();
        await settle(index, storedOutcome(item));
        return;
      }
      item = await prepare(jobs[index]!, ingestedAt, options.extractBytes, extractFile);
    }
    if (item.ok) for (const key of keysOf(item.ids.documentId, item.record.document.sha256, item.sourcePath, item.ids.evaluationId)) touched.add(key);
    if (!item.ok) {
      markRegistered();
      await settle(index, failedOutcome(item.sourcePath, null, item.reason, item.code));
      return;
    }
    const previous = lastWriteOf.get(item.ids.documentId);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    lastWriteOf.set(item.ids.documentId, mine);
    markRegistered();
    let detach!: () => void;
    const detachedSignal = new Promise<'detached'>((resolve) => (detach = () => resolve('detached')));
    const finished = (async () => {
      let outcome: DocumentOutcome;
      try {
        if (previous) await previous;
        outcome = dryRun ? await plan(item) : await write(item, detach);
      } catch (error) {
        logger.warn({ err: error, sourcePath: item.sourcePath }, 'document not written');
        outcome = failedOutcome(
          item.sourcePath,
          item.ids.documentId,
          `${item.sourcePath}: ${describeError(error)}`,
          isAppError(error) ? error.code : 'INTERNAL',
          item.record,
        );
      } finally {
        release();
        if (lastWriteOf.get(item.ids.documentId) === mine) lastWriteOf.delete(item.ids.documentId);
      }
      await settle(index, outcome);
    })();
    if ((await Promise.race([finished.then(() => 'finished' as const), detachedSignal])) === 'detached') {
      detached.add(finished);
      const forget = () => detached.delete(finished);
      finished.then(forget, (error: unknown) => {
        forget();
        detachedError ??= error instanceof Error ? error : new Error(String(error));
      });
      // Bounded: the records of detached writes stay in memory until they finish.
      while (detached.size >= MAX_DETACHED) await Promise.race([...detached].map((p) => p.catch(() => undefined)));
    }
  };
  // A dry run decides in input order, each document seeing the ones before it.
  try {
    // Enough writers for every transaction in flight to be full.
    await forEachConcurrently(jobs, dryRun ? 1 : writeConcurrency * batchDocuments, writeJob);
  } finally {
    await pool?.close();
  }
  while (detached.size > 0) await Promise.allSettled([...detached]);
  if (detachedError !== null) throw detachedError;
  if (!dryRun && options.catchUp !== false) {
    try {
      await sync.catchUp();
    } catch (error) {
      logger.warn({ err: error }, `could not catch up with documents pending for search: ${describeError(error)}`);
    }
  }
  if (!dryRun) await sync.finish();

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
  if (!dryRun && count('added') + count('updated') >= (options.replanAfterDocuments ?? REPLAN_AFTER_DOCUMENTS)) {
    try {
      await clearQueryCaches(driver, database);
      logger.debug("cleared Neo4j's query caches: reads are planned again on the grown graph");
    } catch (error) {
      logger.warn({ err: error }, `could not clear Neo4j's query caches after the ingest (reads keep their plans up to an hour): ${describeError(error)}`);
    }
  }
  return {
    dryRun,
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
    referenceSynced,
    durationMs: Date.now() - startedAt,
  };
}

/**
 * Documents written by one run from which Neo4j's cached plans are dropped at its end (see
 * clearQueryCaches): a bulk load moves the statistics the plans were made with, one upload
 * does not, and every plan dropped costs the next request that needs it a few tens of ms.
 */
const REPLAN_AFTER_DOCUMENTS = 100;

/** What the outcome of an extracted document says whatever the write does (or would do) with it. */
function preparedOutcomeBase(
  item: Extract<Prepared, { ok: true }>,
): Pick<DocumentOutcome, 'sourcePath' | 'reason' | 'code' | 'insights' | 'extraction' | 'warnings'> {
  return {
    sourcePath: item.sourcePath,
    reason: null,
    code: null,
    insights: item.record.insights.length,
    extraction: item.extraction,
    warnings: item.record.warnings,
  };
}

/** The outcome of a file found unchanged from its bytes: what the write transaction would have reported for it. */
function storedOutcome(item: Stored): DocumentOutcome {
  return {
    sourcePath: item.sourcePath,
    outcome: 'unchanged',
    documentId: item.stored.id,
    replaced: [],
    storedSourcePath: null,
    reason: null,
    code: null,
    insights: item.stored.insights,
    searchPending: false,
    warnings: item.stored.warnings ?? [],
    ...(item.stored.extraction !== null ? { extraction: item.stored.extraction } : {}),
    counters: zeroCounters(),
  };
}

function failedOutcome(sourcePath: string, documentId: string | null, reason: string, code: string, record?: ExtractionRecord): DocumentOutcome {
  return {
    sourcePath,
    outcome: 'failed',
    documentId,
    replaced: [],
    storedSourcePath: null,
    reason,
    code,
    insights: 0,
    searchPending: false,
    warnings: record?.warnings ?? [],
    counters: zeroCounters(),
  };
}
