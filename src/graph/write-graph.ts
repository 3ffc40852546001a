import neo4j, { type Driver, type ManagedTransaction, type QueryStatistics, type Transaction } from 'neo4j-driver';
import { AppError, describeError } from '../errors.js';
import { toPlain } from './neo4j-values.js';
import type { DocumentIds } from './statements/document-statements.js';
import { toOrphanCleanupStatements, toRemovalStatements, toStoredDocumentQuery } from './statements/removal-statements.js';
import type { Statement } from './statements/statement.js';

/**
 * The one module that opens write sessions. Every write is one explicit transaction: all of a
 * document's nodes and edges, or nothing.
 */

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const zeroCounters = (): WriteCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });

export function addCounters(total: WriteCounters, more: WriteCounters): void {
  total.nodesCreated += more.nodesCreated;
  total.nodesDeleted += more.nodesDeleted;
  total.relationshipsCreated += more.relationshipsCreated;
  total.relationshipsDeleted += more.relationshipsDeleted;
}

function countersOf(stats: QueryStatistics): WriteCounters {
  const u = stats.updates();
  return { nodesCreated: u.nodesCreated, nodesDeleted: u.nodesDeleted, relationshipsCreated: u.relationshipsCreated, relationshipsDeleted: u.relationshipsDeleted };
}

/** True when Neo4j cannot be reached at all (stopped, network gone): retrying at once is pointless. */
export function isUnavailableError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED;
}

/** Deadlocks and other errors Neo4j says are worth retrying (the driver's `retryable`, or a TransientError code). */
export function isTransientError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, retryable } = error as { code?: string; retryable?: boolean };
  return retryable === true || (typeof code === 'string' && code.startsWith('Neo.TransientError'));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in one explicit write transaction and commits it. Transient errors (deadlocks
 * between concurrent documents MERGing the same country) are retried with back-off; an
 * unreachable Neo4j is retried once, then reported as UNAVAILABLE (a connection lost during
 * COMMIT is reported at once, its outcome being unknown). We do not use executeWrite:
 * its retry loop would keep every remaining document of a folder waiting 15 s on a stopped server.
 */
export async function inWriteTransaction<T>(driver: Driver, database: string, work: (tx: Transaction) => Promise<T>, what: string): Promise<T> {
  // Concurrent documents MERGE edges to the same hub nodes (countries, themes, the ILO), so
  // Neo4j's deadlock detection fires now and then under load: a 1000-document benchmark lost a
  // document after 4 attempts. Ten attempts with jittered back-off up to ~2 s settle it.
  const maxAttempts = 10;
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    let tx: Transaction | null = null;
    let committing = false;
    try {
      tx = await session.beginTransaction({ timeout: 120_000 });
      const result = await work(tx);
      committing = true;
      await tx.commit();
      return result;
    } catch (error) {
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      const unavailable = isUnavailableError(error);
      if (committing && unavailable) {
        // The server may have committed before the connection went: the outcome is unknown, so
        // no retry (it would report "unchanged") and a message that says how to find out.
        throw new AppError(
          'UNAVAILABLE',
          `Neo4j went away while committing ${what}: it is either fully written or not at all; run ingest again (it says "unchanged" if it went in). ${describeError(error)}`,
          { cause: error, details: { commitUnknown: true } },
        );
      }
      const transient = isTransientError(error);
      const retry = unavailable ? attempt < 2 : transient && attempt < maxAttempts;
      if (!retry) {
        if (error instanceof AppError) throw error;
        throw new AppError('UNAVAILABLE', `Neo4j write failed for ${what}: ${describeError(error)}`, { cause: error });
      }
      await sleep(unavailable ? 500 : Math.min(2000, 50 * 2 ** attempt) + Math.floor(Math.random() * 100));
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

/**
 * Runs statements in order in one transaction. They are pipelined: every RUN is sent without
 * waiting for the previous result (the server still executes them one after the other), so a
 * document costs about one round trip instead of thirty.
 */
async function runAll(tx: Transaction | ManagedTransaction, statements: readonly Statement[], counters: WriteCounters): Promise<void> {
  const summaries = await Promise.all(statements.map((statement) => tx.run(statement.cypher, statement.params).summary()));
  for (const summary of summaries) addCounters(counters, countersOf(summary.counters));
}

export interface StoredDocument {
  /** Null when no document with that id is stored. */
  sha256: string | null;
  searchPending: boolean;
  insightIds: string[];
  neighbourIds: string[];
}

async function readStored(tx: Transaction, documentId: string, evaluationId: string): Promise<StoredDocument> {
  const query = toStoredDocumentQuery(documentId, evaluationId);
  const result = await tx.run(query.cypher, query.params);
  const row = toPlain(result.records[0]?.toObject() ?? {}) as Partial<StoredDocument>;
  return { sha256: row.sha256 ?? null, searchPending: row.searchPending ?? false, insightIds: row.insightIds ?? [], neighbourIds: row.neighbourIds ?? [] };
}

export type WriteOutcome = 'added' | 'updated' | 'unchanged';

export interface DocumentWriteResult {
  outcome: WriteOutcome;
  /** Insight ids the previous version had and this one has not (to delete from the index). */
  staleInsightIds: string[];
  /** For `unchanged`: the stored document is still waiting for the index. */
  searchPending: boolean;
  /** Projects the previous version evaluated (their `projects` index documents must be refreshed). */
  previousProjectIds: string[];
  counters: WriteCounters;
}

const projectIdsOf = (stored: StoredDocument) => stored.neighbourIds.filter((id) => id.startsWith('project:'));

/**
 * Writes one document in one transaction. Same sha256 as stored: nothing written
 * (`unchanged`). Otherwise the previous version's own nodes are removed, the new statements
 * run, and nodes the old version alone pointed at are deleted (`updated`), or the document is
 * simply written (`added`). Throws AppError('UNAVAILABLE') when Neo4j fails; nothing is then written.
 */
export async function writeDocument(
  driver: Driver,
  database: string,
  input: { ids: DocumentIds; sha256: string; statements: readonly Statement[] },
): Promise<DocumentWriteResult> {
  const { ids } = input;
  return inWriteTransaction(
    driver,
    database,
    async (tx) => {
      const counters = zeroCounters();
      const stored = await readStored(tx, ids.documentId, ids.evaluationId);
      if (stored.sha256 === input.sha256) {
        return { outcome: 'unchanged', staleInsightIds: [], searchPending: stored.searchPending, previousProjectIds: [], counters };
      }
      const existed = stored.sha256 !== null || stored.insightIds.length > 0;
      if (existed) await runAll(tx, toRemovalStatements(ids.documentId, ids.evaluationId), counters);
      await runAll(tx, input.statements, counters);
      if (existed) await runAll(tx, toOrphanCleanupStatements(stored.neighbourIds), counters);
      const kept = new Set(ids.insightIds);
      return {
        outcome: existed ? 'updated' : 'added',
        staleInsightIds: stored.insightIds.filter((id) => !kept.has(id)),
        searchPending: true,
        previousProjectIds: projectIdsOf(stored),
        counters,
      };
    },
    ids.documentId,
  );
}

export interface DocumentRemoveResult {
  removed: boolean;
  insightIds: string[];
  /** Projects the removed evaluation evaluated (their `projects` index documents must be refreshed or deleted). */
  projectIds: string[];
  counters: WriteCounters;
}

/**
 * Insights a document may have and still be removed in one transaction. Larger ones are removed
 * in transactions of this many insights (each insight with its edges), so the transaction
 * memory of a remove stays bounded whatever the evaluation's size.
 */
export const REMOVE_BATCH = 1000;

/**
 * Deletes a document's own nodes and the orphans it leaves: in one transaction, or, for a
 * document of more than REMOVE_BATCH insights, its insights first in bounded transactions and
 * the rest in a last one. Shared nodes are never deleted with their edges (an insight's DETACH
 * DELETE removes the insight's own edges only), so the degree of a country or a theme never
 * enters a transaction. A remove interrupted half-way leaves the document marked (sha256
 * `removing:...`, searchPending): a rerun of `remove` finishes it, and an ingest of the same
 * bytes sees a changed document and rewrites it whole.
 */
export async function removeDocumentFromGraph(driver: Driver, database: string, documentId: string, evaluationId: string, batch = REMOVE_BATCH): Promise<DocumentRemoveResult> {
  const first = await inWriteTransaction(
    driver,
    database,
    async (tx): Promise<{ done: DocumentRemoveResult } | { large: StoredDocument }> => {
      const counters = zeroCounters();
      const stored = await readStored(tx, documentId, evaluationId);
      if (stored.sha256 === null && stored.insightIds.length === 0) return { done: { removed: false, insightIds: [], projectIds: [], counters } };
      if (stored.insightIds.length <= batch) {
        await runAll(tx, toRemovalStatements(documentId, evaluationId), counters);
        await runAll(tx, toOrphanCleanupStatements(stored.neighbourIds), counters);
        return { done: { removed: true, insightIds: stored.insightIds, projectIds: projectIdsOf(stored), counters } };
      }
      await tx.run(
        `MATCH (d:Document {id: $documentId})
         SET d.sha256 = CASE WHEN d.sha256 STARTS WITH 'removing:' THEN d.sha256 ELSE 'removing:' + d.sha256 END, d.searchPending = true`,
        { documentId },
      );
      return { large: stored };
    },
    documentId,
  );
  if ('done' in first) return first.done;
  const stored = first.large;
  const counters = zeroCounters();
  for (;;) {
    const deleted = await inWriteTransaction(
      driver,
      database,
      async (tx) => {
        const result = await tx.run(
          `MATCH (:Evaluation {id: $evaluationId})<-[:FROM]-(i:Insight)
           WITH i LIMIT $batch
           DETACH DELETE i
           RETURN count(*) AS deleted`,
          { evaluationId, batch: neo4j.int(batch) },
        );
        addCounters(counters, countersOf(result.summary.counters));
        return Number(toPlain(result.records[0]?.get('deleted')) ?? 0);
      },
      documentId,
    );
    if (deleted < batch) break;
  }
  return inWriteTransaction(
    driver,
    database,
    async (tx) => {
      await runAll(tx, toRemovalStatements(documentId, evaluationId), counters);
      // The neighbours read before any insight went: those of the insights deleted in batches included.
      await runAll(tx, toOrphanCleanupStatements(stored.neighbourIds), counters);
      return { removed: true, insightIds: stored.insightIds, projectIds: projectIdsOf(stored), counters };
    },
    documentId,
  );
}

/**
 * Deletes every node and relationship of the database in bounded transactions: relationships
 * first, then the nodes, each in transactions of `batch` rows. `DETACH DELETE` of a batch of
 * nodes would delete, in one transaction, every relationship of a country or theme in the batch
 * (tens of thousands at 10,000 summaries: the bench's reset hit dbms.memory.transaction.total.max).
 * For the benchmark's and the tests' resets; the service never calls it.
 */
export async function deleteEverything(driver: Driver, database: string, batch = 10_000): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL ... IN TRANSACTIONS needs an auto-commit query (session.run), not a transaction function.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS', { batch: neo4j.int(batch) });
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF $batch ROWS', { batch: neo4j.int(batch) });
  } finally {
    await session.close();
  }
}

/**
 * Records that the index caught up with these documents. Guarded by sha256: a document
 * re-ingested meanwhile (new bytes) stays pending for its own index write.
 */
export async function markSearchIndexed(driver: Driver, database: string, documents: readonly { documentId: string; sha256: string }[]): Promise<void> {
  if (documents.length === 0) return;
  await inWriteTransaction(
    driver,
    database,
    async (tx) => {
      await tx.run(
        `UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
WHERE d.sha256 = row.sha256
SET d.searchPending = false`,
        { rows: documents },
      );
    },
    'search-indexed marks',
  );
}

/** Runs statements in one write transaction (reference sync). */
export async function writeStatements(driver: Driver, database: string, statements: readonly Statement[], what: string): Promise<WriteCounters> {
  return inWriteTransaction(
    driver,
    database,
    async (tx) => {
      const counters = zeroCounters();
      await runAll(tx, statements, counters);
      return counters;
    },
    what,
  );
}
