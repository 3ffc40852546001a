import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type QueryStatistics, type Transaction } from 'neo4j-driver';
import { AppError, describeError } from '../errors.js';
import { decideDocumentWrite, type StoredCandidate } from './document-identity.js';
import { toEquivalenceFlags, toGroupLanguages } from './insight-equivalence.js';
import { toPlain } from './neo4j-values.js';
import { readRows } from './read-rows.js';
import type { DocumentIds } from './statements/document-statements.js';
import { toEquivalenceMembersQuery, toEquivalenceStatements, toMarkPendingStatement, type EquivalenceRow } from './statements/equivalence-statements.js';
import { toWriteLockStatement } from './statements/lock-statements.js';
import {
  toDeleteEverythingStatements,
  toDeleteInsightsBatchStatement,
  toEvaluationDocumentsQuery,
  toKnownDocumentsQuery,
  toMarkRemovingStatement,
  toOrphanCleanupStatements,
  toRemovalStatements,
  toStoredCandidatesQuery,
  toStoredDocumentsQuery,
} from './statements/removal-statements.js';
import {
  toCreateSearchCleanupStatement,
  toDeleteSearchCleanupsStatement,
  toMarkIndexedStatement,
  type SearchCleanup,
} from './statements/search-cleanup-statements.js';
import { toBatchStatements } from './statements/batch-statements.js';
import type { Statement } from './statements/statement.js';
import {
  toExtractionMarkStatement,
  toUnchangedDocumentsQuery,
  type UnchangedCandidateRow,
  type UnchangedDocumentRow,
} from './statements/unchanged-documents-query.js';
import { EXTRACTION_VERSION } from '../model/extraction-version.js';
import { unique } from '../util/unique-by.js';

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
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
  };
}

/** True when Neo4j cannot be reached at all (stopped, network gone): retrying at once is pointless. */
export function isUnavailableError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED;
}

/** True for a write whose COMMIT may or may not have gone through (inWriteTransaction): retrying it could report a wrong outcome. */
export function isCommitUnknownError(error: unknown): boolean {
  return error instanceof AppError && error.details?.commitUnknown === true;
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
  // A COMMIT that failed (the server going down answers it with a transient error too) may have
  // gone through: if a retry then fails, the outcome is still unknown, and the error says so.
  let commitUnknown = false;
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
      const transient = isTransientError(error);
      if (committing && (unavailable || transient)) commitUnknown = true;
      // A connection lost during COMMIT is not retried: the retry would report "unchanged".
      const retry = committing && unavailable ? false : unavailable ? attempt < 2 : transient && attempt < maxAttempts;
      if (!retry) {
        if (commitUnknown) {
          // The server may have committed before the connection went: the outcome is unknown,
          // and the message says how to find out.
          throw new AppError(
            'UNAVAILABLE',
            `Neo4j went away while committing ${what}: it is either fully written or not at all; run ingest again (it says "unchanged" if it went in). ${describeError(error)}`,
            { cause: error, details: { commitUnknown: true } },
          );
        }
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

/** Runs statements in order in one transaction (pipelined, like runAll) and returns each one's rows, plain. */
async function runReturning(tx: Transaction, statements: readonly Statement[], counters: WriteCounters): Promise<Record<string, unknown>[][]> {
  const results = await Promise.all(statements.map((statement) => tx.run(statement.cypher, statement.params)));
  for (const result of results) addCounters(counters, countersOf(result.summary.counters));
  return results.map((result) => result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>));
}

function toCandidate(row: Record<string, unknown>): StoredCandidate {
  return {
    id: row.id as string,
    sha256: (row.sha256 as string | null) ?? null,
    sourcePath: (row.sourcePath as string | null) ?? null,
    identity: (row.identity as string | null) ?? null,
    searchPending: row.searchPending === true,
    evaluationId: (row.evaluationId as string | null) ?? null,
    otherDocuments: Number(row.otherDocuments ?? 0),
    insightIds: (row.insightIds as string[] | null) ?? [],
    projectIds: (row.projectIds as string[] | null) ?? [],
    neighbourIds: ((row.neighbourIds as (string | null)[] | null) ?? []).filter((id): id is string => typeof id === 'string'),
  };
}

/** A document the index must catch up with, and the bytes it must still have when it is marked indexed. */
export interface PendingDocument {
  documentId: string;
  sha256: string;
  /** Its insights, when known: what the search sync counts to close a window before it reads too many rows at once. */
  insights?: number;
}

/** A stored document that a write replaced. */
export interface ReplacedDocument {
  documentId: string;
  sourcePath: string | null;
}

export interface DocumentWriteInput {
  ids: DocumentIds;
  sha256: string;
  sourcePath: string;
  statements: readonly Statement[];
  /**
   * The line the report prints about this document's extraction: recorded on the stored document
   * when it is `unchanged` and lacks it (stored by an earlier version), so that the next re-ingest
   * can say `unchanged` from the bytes alone (findUnchangedDocuments).
   */
  extraction?: string;
  /**
   * Insight ids of the stored version already deleted from the index (the index goes first,
   * see writeDocument); the others go into the write's SearchCleanup.
   */
  deletedFromIndex?: readonly string[];
}

export type DocumentWriteResult =
  /** The same bytes are stored under this id: nothing written. */
  | { outcome: 'unchanged'; documentId: string; sourcePath: string | null; sha256: string; searchPending: boolean; counters: WriteCounters }
  /**
   * Nothing written but the stored versions' pending marks: delete these insights from the
   * index, then call writeDocument again with them in `deletedFromIndex`.
   */
  | { outcome: 'index-first'; insightIds: string[]; counters: WriteCounters }
  | {
      outcome: 'added' | 'updated';
      documentId: string;
      /** The stored documents this one replaced (older versions, the same bytes under an old id, the file's previous content). */
      replaced: ReplacedDocument[];
      /** What the index still owes the graph (written in the same transaction); null when nothing. */
      cleanup: SearchCleanup | null;
      /** Other documents of the evaluation whose insights changed group: marked pending, to re-index. */
      siblings: PendingDocument[];
      counters: WriteCounters;
    };

/**
 * Recomputes the equivalence groups of these evaluations (insight-equivalence.ts) and writes the
 * flags that changed. Documents other than `writtenDocumentId` whose insights changed are marked
 * pending for the index in the same transaction (so a crash leaves them for the next ingest)
 * and returned.
 */
async function regroupEvaluations(
  tx: Transaction,
  evaluationIds: readonly string[],
  writtenDocumentId: string | null,
  counters: WriteCounters,
): Promise<PendingDocument[]> {
  if (evaluationIds.length === 0) return [];
  const [rows] = await runReturning(tx, [toEquivalenceMembersQuery(evaluationIds)], counters);
  const members = (rows ?? []) as unknown as EquivalenceRow[];
  const changed: EquivalenceRow[] = [];
  for (const evaluationId of evaluationIds) {
    const ofEvaluation = members.filter((m) => m.evaluationId === evaluationId);
    const flags = toEquivalenceFlags(ofEvaluation);
    const groupLanguages = toGroupLanguages(ofEvaluation, flags);
    for (const member of ofEvaluation) {
      const next = { ...flags.get(member.id)!, groupLanguages: groupLanguages.get(member.id) ?? null };
      // A group that gains or loses a language changes its canonical insight's search document too.
      const languagesChanged = (next.groupLanguages ?? []).join(',') !== (member.groupLanguages ?? []).join(',');
      if (next.canonicalId !== member.canonicalId || next.isCanonical !== member.isCanonical || languagesChanged) changed.push({ ...member, ...next });
    }
  }
  await runAll(tx, toEquivalenceStatements(changed), counters);
  const siblings = unique(changed.filter((m) => m.documentId !== writtenDocumentId).map((m) => m.documentId)).sort();
  if (siblings.length === 0) return [];
  const [marked] = await runReturning(tx, [toMarkPendingStatement(siblings)], counters);
  return (marked ?? []).map((row) => ({ documentId: row.documentId as string, sha256: row.sha256 as string }));
}

const newCleanup = (insightIds: string[], projectIds: string[]): SearchCleanup | null =>
  insightIds.length === 0 && projectIds.length === 0 ? null : { id: `search-cleanup:${randomUUID()}`, insightIds, projectIds };

/**
 * Writes one document in one transaction, after the identity rules (document-identity.ts)
 * decided what it is:
 * - the write locks of its document id, sha256, source path and evaluation are taken first, so
 *   two writers of one document (two uploads of one file name at once) run one after the other
 *   and the second sees the first's result;
 * - `unchanged`: nothing written;
 * - otherwise the documents it replaces are removed (their own nodes, then the orphans they
 *   leave), its statements run, and the equivalence groups of the evaluations touched are
 *   recomputed (`added` / `updated`).
 * The index goes first on deletions: with `indexFirst`, when the replaced versions had insights
 * this one has not, only their pending marks are committed and `index-first` is returned with
 * those insight ids; the caller deletes them from Meilisearch and calls again with
 * `deletedFromIndex`. So the index never holds an insight the graph no longer has (a search never
 * counts a hit it cannot return), and a crash anywhere leaves documents marked pending, which the
 * next ingest re-indexes. The deletions are also written as a SearchCleanup node in the same
 * transaction, applied after the commit (again, for those that went first). Throws AppError('UNAVAILABLE') when Neo4j fails; nothing is then written.
 */
export async function writeDocument(
  driver: Driver,
  database: string,
  input: DocumentWriteInput,
  options: { indexFirst: boolean },
): Promise<DocumentWriteResult> {
  return inWriteTransaction(driver, database, (tx) => writeDocumentIn(tx, input, options), input.ids.documentId);
}

/** The keys whose write locks a document's write takes (lock-statements.ts). */
const lockKeysOf = (input: DocumentWriteInput): string[] => [
  `id:${input.ids.documentId}`,
  `sha:${input.sha256}`,
  `path:${input.sourcePath}`,
  `evaluation:${input.ids.evaluationId}`,
];

/** writeDocument's work inside a transaction that may hold other documents' writes before it (writeDocuments). */
async function writeDocumentIn(tx: Transaction, input: DocumentWriteInput, options: { indexFirst: boolean }): Promise<DocumentWriteResult> {
  const { ids } = input;
  const counters = zeroCounters();
  const [, candidateRows, evaluationRows] = await runReturning(
    tx,
    [
      toWriteLockStatement(lockKeysOf(input)),
      toStoredCandidatesQuery({ documentId: ids.documentId, sha256: input.sha256, sourcePath: input.sourcePath }),
      toEvaluationDocumentsQuery(ids.evaluationId),
    ],
    counters,
  );
  const decision = decideDocumentWrite(
    { documentId: ids.documentId, sha256: input.sha256, sourcePath: input.sourcePath, identity: ids.identity },
    (candidateRows ?? []).map(toCandidate),
  );
  if (decision.outcome === 'unchanged') {
    const { stored } = decision;
    if (input.extraction !== undefined) await runAll(tx, [toExtractionMarkStatement(stored.id, EXTRACTION_VERSION, input.extraction)], counters);
    return {
      outcome: 'unchanged',
      documentId: stored.id,
      sourcePath: stored.sourcePath,
      sha256: input.sha256,
      searchPending: stored.searchPending,
      counters,
    };
  }
  const replaced = decision.replaced;
  const kept = new Set(ids.insightIds);
  const deleted = new Set(input.deletedFromIndex ?? []);
  const stale = unique(replaced.flatMap((c) => c.insightIds)).filter((id) => !kept.has(id));
  const notYetDeleted = stale.filter((id) => !deleted.has(id));
  if (options.indexFirst && notYetDeleted.length > 0) {
    await runAll(tx, [toMarkPendingStatement(replaced.map((c) => c.id))], counters);
    return { outcome: 'index-first', insightIds: notYetDeleted, counters };
  }
  const replacedIds = new Set(replaced.map((c) => c.id));
  const otherEvaluations = unique(replaced.map((c) => c.evaluationId).filter((id): id is string => id !== null && id !== ids.evaluationId));
  if (otherEvaluations.length > 0) await runAll(tx, [toWriteLockStatement(otherEvaluations.map((id) => `evaluation:${id}`))], counters);
  for (const candidate of replaced) await runAll(tx, toRemovalStatements(candidate.id, candidate.evaluationId, candidate.projectIds), counters);
  await runAll(tx, input.statements, counters);
  await runAll(tx, toOrphanCleanupStatements(unique(replaced.flatMap((c) => c.neighbourIds))), counters);
  // Groups change where another document of the evaluation stays: this one's, and those the
  // replaced versions belonged to.
  const regroup = [
    ...((evaluationRows ?? []).some((row) => row.id !== ids.documentId && !replacedIds.has(row.id as string)) ? [ids.evaluationId] : []),
    ...otherEvaluations.filter((id) => replaced.some((c) => c.evaluationId === id && c.otherDocuments > 0)),
  ];
  const siblings = await regroupEvaluations(tx, regroup, ids.documentId, counters);
  // All of them, those deleted first included: a concurrent writer may have indexed the
  // replaced version again between that deletion and this commit (two uploads of one file).
  // The cleanup deletes only what the graph no longer holds, so it is harmless otherwise.
  const cleanup = newCleanup(
    stale,
    unique(replaced.flatMap((c) => c.projectIds)).filter((id) => id !== ids.projectId),
  );
  if (cleanup) await runAll(tx, [toCreateSearchCleanupStatement(cleanup, new Date().toISOString())], counters);
  return {
    outcome: decision.outcome,
    documentId: ids.documentId,
    replaced: replaced.map((c) => ({ documentId: c.id, sourcePath: c.sourcePath })),
    cleanup,
    siblings,
    counters,
  };
}

/**
 * Writes several documents in one transaction, in the order given, each exactly as
 * writeDocument would (its identity decided against what the documents before it in the batch
 * wrote: the transaction reads its own writes). The write locks of every document are taken
 * first, in stripe order, so two batches never take them in opposite orders; in the same round
 * trip one query says which documents the graph already knows something about
 * (toKnownDocumentsQuery). A document it knows nothing about, and that shares no id, bytes,
 * source path or evaluation with another document of the batch, is `added` with nothing to
 * decide, replace or regroup: consecutive such documents are written together, one statement per
 * statement shape for all their rows (toBatchStatements). The others go one at a time through
 * writeDocument's steps. Stops after the first document that asks for the index first
 * (`index-first`, its pending marks written): the results cover the documents up to it, and the
 * caller writes the others afterwards. All of it commits or nothing does; the caller retries a
 * failed batch document by document (isCommitUnknownError says when it must not). The counters
 * of what several documents wrote together (and of the locks) are counted once, with the first
 * of them.
 */
export async function writeDocuments(
  driver: Driver,
  database: string,
  inputs: readonly DocumentWriteInput[],
  options: { indexFirst: boolean },
): Promise<DocumentWriteResult[]> {
  return inWriteTransaction(
    driver,
    database,
    async (tx) => {
      const locks = zeroCounters();
      const [, knownRows] = await runReturning(
        tx,
        [
          toWriteLockStatement(inputs.flatMap(lockKeysOf)),
          toKnownDocumentsQuery(
            inputs.map((input, index) => ({
              index,
              documentId: input.ids.documentId,
              sha256: input.sha256,
              sourcePath: input.sourcePath,
              evaluationId: input.ids.evaluationId,
            })),
          ),
        ],
        locks,
      );
      const known = new Set((knownRows ?? []).filter((row) => row.known === true).map((row) => Number(row.index)));
      const keyCounts = new Map<string, number>();
      for (const key of inputs.flatMap((input) => unique(lockKeysOf(input)))) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
      const isNew = (index: number) => !known.has(index) && lockKeysOf(inputs[index]!).every((key) => keyCounts.get(key) === 1);
      const results: DocumentWriteResult[] = [];
      let run: DocumentWriteInput[] = [];
      const writeRun = async () => {
        if (run.length > 0) results.push(...(await writeNewDocuments(tx, run)));
        run = [];
      };
      let stopped = false;
      for (const [index, input] of inputs.entries()) {
        if (isNew(index)) {
          run.push(input);
          continue;
        }
        await writeRun();
        const result = await writeDocumentIn(tx, input, options);
        results.push(result);
        if (result.outcome === 'index-first') {
          stopped = true;
          break;
        }
      }
      if (!stopped) await writeRun();
      // The lock writes counted once, with the first document (as its own lock statement would be).
      if (results[0]) addCounters(results[0].counters, locks);
      return results;
    },
    `${inputs.length} documents (${inputs.map((input) => input.ids.documentId).join(', ')})`,
  );
}

/**
 * Writes documents the graph knows nothing about (writeDocuments decided it) with one statement
 * per statement shape for all of them: each is `added`, replaces nothing and leaves nothing for
 * the index to delete. Their counters are counted with the first.
 */
async function writeNewDocuments(tx: Transaction, inputs: readonly DocumentWriteInput[]): Promise<DocumentWriteResult[]> {
  const counters = zeroCounters();
  await runAll(tx, toBatchStatements(inputs.map((input) => input.statements)), counters);
  return inputs.map((input, index) => ({
    outcome: 'added',
    documentId: input.ids.documentId,
    replaced: [],
    cleanup: null,
    siblings: [],
    counters: index === 0 ? counters : zeroCounters(),
  }));
}

/**
 * The stored documents a new one would be compared with, read without writing anything (the dry
 * run asks document-identity.ts with them).
 */
export async function findStoredCandidates(
  driver: Driver,
  database: string,
  input: { documentId: string; sha256: string; sourcePath: string },
): Promise<StoredCandidate[]> {
  const rows = await readRows<Record<string, unknown>>(driver, database, toStoredCandidatesQuery(input));
  return rows.map(toCandidate);
}

/**
 * The stored documents that files are, decided from their bytes alone: the same sha256 from the
 * same source path, extracted by this version of the extractor, and not pending for search. By
 * the identity rules (document-identity.ts) such a file is `unchanged`: the same bytes give the
 * same document id, which is stored with them. One read for all the rows (send a few hundred at
 * a time); a row with no match, or with more than one, is left out.
 */
export async function findUnchangedDocuments(
  driver: Driver,
  database: string,
  rows: readonly UnchangedCandidateRow[],
): Promise<Map<number, UnchangedDocumentRow>> {
  if (rows.length === 0) return new Map();
  const found = await readRows<UnchangedDocumentRow>(driver, database, toUnchangedDocumentsQuery(rows, EXTRACTION_VERSION));
  const byIndex = new Map<number, UnchangedDocumentRow[]>();
  for (const row of found) byIndex.set(row.index, [...(byIndex.get(row.index) ?? []), row]);
  return new Map([...byIndex].filter(([, matches]) => matches.length === 1).map(([index, [match]]) => [index, match!]));
}

/**
 * Insights a document may have and still be removed in one transaction. Larger ones lose their
 * insights in transactions of this many (each insight with its own edges) before the last
 * transaction removes the rest, so a remove's transaction memory stays bounded whatever the
 * document's size; shared nodes are never deleted with their edges, so the degree of a country
 * or a theme never enters a transaction.
 */
export const REMOVE_BATCH = 1000;

export type DocumentRemoveResult =
  /** Only the pending marks were written: delete these insights from the index, then call again. */
  | { outcome: 'index-first'; insightIds: string[]; counters: WriteCounters }
  | {
      outcome: 'removed';
      /** The documents removed (none when none of the ids is stored). */
      removed: ReplacedDocument[];
      insightIds: string[];
      cleanup: SearchCleanup | null;
      siblings: PendingDocument[];
      counters: WriteCounters;
    };

/**
 * Deletes documents' own nodes and the orphans they leave, in one transaction, and recomputes
 * the equivalence groups of the evaluations that keep other documents. The index goes first, as
 * for writeDocument.
 */
export async function removeDocumentsFromGraph(
  driver: Driver,
  database: string,
  documentIds: readonly string[],
  options: { indexFirst: boolean; deletedFromIndex?: readonly string[]; batch?: number },
): Promise<DocumentRemoveResult> {
  const batch = options.batch ?? REMOVE_BATCH;
  // The neighbours of insights deleted in batches are read before they go (orphan cleanup).
  const earlier = options.indexFirst
    ? { insightIds: [], neighbourIds: [], counters: zeroCounters() }
    : await deleteLargeDocumentsInsights(driver, database, documentIds, batch);
  return inWriteTransaction(
    driver,
    database,
    async (tx): Promise<DocumentRemoveResult> => {
      const counters = zeroCounters();
      const [, rows] = await runReturning(tx, [toWriteLockStatement(documentIds.map((id) => `id:${id}`)), toStoredDocumentsQuery(documentIds)], counters);
      const found = (rows ?? []).map(toCandidate);
      if (found.length === 0) return { outcome: 'removed', removed: [], insightIds: [], cleanup: null, siblings: [], counters };
      const evaluations = unique(found.map((c) => c.evaluationId).filter((id): id is string => id !== null));
      await runAll(tx, [toWriteLockStatement(evaluations.map((id) => `evaluation:${id}`))], counters);
      const insightIds = unique([...earlier.insightIds, ...found.flatMap((c) => c.insightIds)]);
      const deleted = new Set(options.deletedFromIndex ?? []);
      const notYetDeleted = insightIds.filter((id) => !deleted.has(id));
      if (options.indexFirst && notYetDeleted.length > 0) {
        await runAll(tx, [toMarkPendingStatement(found.map((c) => c.id))], counters);
        return { outcome: 'index-first', insightIds: notYetDeleted, counters };
      }
      for (const candidate of found) await runAll(tx, toRemovalStatements(candidate.id, candidate.evaluationId, candidate.projectIds), counters);
      await runAll(tx, toOrphanCleanupStatements(unique([...earlier.neighbourIds, ...found.flatMap((c) => c.neighbourIds)])), counters);
      const removedIds = new Set(found.map((c) => c.id));
      const siblings = (
        await regroupEvaluations(
          tx,
          evaluations.filter((id) => found.some((c) => c.evaluationId === id && c.otherDocuments > 0)),
          null,
          counters,
        )
      ).filter((d) => !removedIds.has(d.documentId));
      // All of them, as in writeDocument: a concurrent writer may have indexed them again meanwhile.
      const cleanup = newCleanup(insightIds, unique(found.flatMap((c) => c.projectIds)));
      if (cleanup) await runAll(tx, [toCreateSearchCleanupStatement(cleanup, new Date().toISOString())], counters);
      addCounters(counters, earlier.counters);
      return { outcome: 'removed', removed: found.map((c) => ({ documentId: c.id, sourcePath: c.sourcePath })), insightIds, cleanup, siblings, counters };
    },
    documentIds.join(', '),
  );
}

/**
 * Deletes, in transactions of `batch` insights, the insights of the documents that hold more than
 * `batch`; returns the ids of the nodes those insights touched (their removal may leave them
 * orphaned). The documents are first marked (sha256 `removing:...`, searchPending): a remove
 * interrupted half-way is finished by a rerun of `remove`, and an ingest of the same bytes sees a
 * changed document and rewrites it whole.
 */
async function deleteLargeDocumentsInsights(
  driver: Driver,
  database: string,
  documentIds: readonly string[],
  batch: number,
): Promise<{ insightIds: string[]; neighbourIds: string[]; counters: WriteCounters }> {
  const stored = (await readRows<Record<string, unknown>>(driver, database, toStoredDocumentsQuery(documentIds))).map(toCandidate);
  const large = stored.filter((c) => c.insightIds.length > batch);
  const counters = zeroCounters();
  if (large.length === 0) return { insightIds: [], neighbourIds: [], counters };
  await writeStatements(driver, database, [toMarkRemovingStatement(large.map((c) => c.id))], 'mark documents being removed');
  for (const candidate of large) {
    for (;;) {
      const deleted = await inWriteTransaction(
        driver,
        database,
        async (tx) => {
          const statement = toDeleteInsightsBatchStatement(candidate.id, batch);
          // LIMIT takes an integer; JavaScript numbers travel as floats.
          const result = await tx.run(statement.cypher, { ...statement.params, batch: neo4j.int(batch) });
          addCounters(counters, countersOf(result.summary.counters));
          return Number(toPlain(result.records[0]?.get('deleted')) ?? 0);
        },
        candidate.id,
      );
      if (deleted < batch) break;
    }
  }
  return { insightIds: unique(large.flatMap((c) => c.insightIds)), neighbourIds: unique(large.flatMap((c) => c.neighbourIds)), counters };
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
    for (const statement of toDeleteEverythingStatements(batch)) await session.run(statement.cypher, { ...statement.params, batch: neo4j.int(batch) });
  } finally {
    await session.close();
  }
}

/**
 * Records that the index caught up: documents marked indexed (guarded by sha256: a document
 * re-ingested meanwhile, with new bytes, stays pending for its own index write) and the
 * SearchCleanup nodes applied deleted, in one transaction.
 */
export async function markSearchIndexed(
  driver: Driver,
  database: string,
  documents: readonly PendingDocument[],
  cleanupIds: readonly string[] = [],
): Promise<void> {
  if (documents.length === 0 && cleanupIds.length === 0) return;
  await inWriteTransaction(
    driver,
    database,
    async (tx) => {
      const statements = [toMarkIndexedStatement(documents), ...(cleanupIds.length > 0 ? [toDeleteSearchCleanupsStatement(cleanupIds)] : [])];
      for (const statement of statements) await tx.run(statement.cypher, statement.params);
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
