import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { AppError } from '../errors.js';
import { readRows } from '../graph/read-rows.js';
import { ensureGraphSchema } from '../graph/schema.js';
import { toDocumentExistsQuery, toDocumentsWithBytesQuery } from '../graph/statements/document-queries.js';
import { toDocumentIds } from '../graph/statements/document-statements.js';
import { toEvaluationDocumentsQuery } from '../graph/statements/removal-statements.js';
import { removeDocumentsFromGraph, type DocumentRemoveResult, type WriteCounters } from '../graph/write-graph.js';
import { assertSafeFileName } from './check-file-name.js';
import { extractDocument } from './extract-documents.js';
import type { IngestDeps } from './ingest-deps.js';
import { deleteInsightsFromIndexFirst, SearchSync } from './search-sync.js';

export interface RemoveReport {
  documentId: string;
  /** The path it had been ingested from. */
  sourcePath: string | null;
  /** Insights deleted with it. */
  insights: number;
  counters: WriteCounters;
  /** True when the index could not be updated: the next `ingest` or `reindex` finishes it. */
  searchPending: boolean;
  reason: string | null;
}

/** `document:<key>` from either the full id or the bare document key. */
export function toDocumentIdArgument(value: string): string {
  const trimmed = value.trim();
  const key = trimmed.startsWith('document:') ? trimmed.slice('document:'.length) : trimmed;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(key)) {
    throw new AppError(
      'BAD_INPUT',
      `"${value}" is not a document id: expected document:<document key> (lower-case letters, digits and -), as printed by ingest.`,
    );
  }
  return `document:${key}`;
}

/**
 * The documents a `remove` argument names: the path of an ingested file (the stored document
 * with its bytes, or else the one its text identifies), a document id or bare document key
 * (`document:mli-19-01-usa-midterm-fr-summary`), or an evaluation key or id
 * (`mli-19-01-usa-midterm`: every document of that evaluation). An argument that names nothing
 * stored resolves to the document id it spells, which removeDocument reports as NOT_FOUND.
 */
export async function resolveDocumentArgument(deps: Pick<IngestDeps, 'driver' | 'config'>, value: string): Promise<string[]> {
  assertSafeFileName(value);
  const database = deps.config.neo4j.database;
  if (existsSync(value) && statSync(value).isFile()) {
    const sha256 = createHash('sha256').update(readFileSync(value)).digest('hex');
    const same = await readRows<{ id: string }>(deps.driver, database, toDocumentsWithBytesQuery(sha256));
    if (same.length > 0) return same.map((row) => row.id);
    const extracted = await extractDocument(value);
    if (!extracted.ok) throw new AppError('BAD_INPUT', extracted.reason);
    return [toDocumentIds(extracted.record).documentId];
  }
  const trimmed = value.trim();
  const documentsOf = async (evaluationId: string) =>
    (await readRows<{ id: string }>(deps.driver, database, toEvaluationDocumentsQuery(evaluationId))).map((row) => row.id);
  if (trimmed.startsWith('evaluation:')) {
    const ids = await documentsOf(trimmed);
    if (ids.length === 0) throw new AppError('NOT_FOUND', `No evaluation ${trimmed.slice(0, 200)} in the graph.`);
    return ids;
  }
  const documentId = toDocumentIdArgument(trimmed);
  const [stored] = await readRows<{ n: unknown }>(deps.driver, database, toDocumentExistsQuery(documentId));
  if (Number(stored?.n ?? 0) > 0) return [documentId];
  const ofEvaluation = await documentsOf(`evaluation:${documentId.slice('document:'.length)}`);
  return ofEvaluation.length > 0 ? ofEvaluation : [documentId];
}

/**
 * Deletes a document's own nodes (Document, its insights, its Evaluation when no other document
 * describes it, and the nodes only it used) from the graph in one transaction, its insights from
 * the insights index first (so a search never counts a hit the graph lost), then refreshes what
 * the removal changed in the indexes: its project (deleted when no evaluation is left), and the
 * other documents of its evaluation whose insights changed group. Throws NOT_FOUND when no such
 * document is stored.
 */
export async function removeDocument(deps: IngestDeps, documentIdOrKey: string): Promise<RemoveReport> {
  const documentId = toDocumentIdArgument(documentIdOrKey);
  const database = deps.config.neo4j.database;
  // A graph written by an older version is brought to the current model first (documents CONTAIN their insights).
  await ensureGraphSchema(deps.driver, database);
  let result: DocumentRemoveResult = await removeDocumentsFromGraph(deps.driver, database, [documentId], { indexFirst: true });
  if (result.outcome === 'index-first') {
    const deleted = await deleteInsightsFromIndexFirst(deps, result.insightIds);
    result = await removeDocumentsFromGraph(deps.driver, database, [documentId], { indexFirst: false, deletedFromIndex: deleted ? result.insightIds : [] });
  }
  if (result.outcome === 'index-first') throw new Error('removeDocumentsFromGraph asked for the index first twice');
  const [removed] = result.removed;
  if (!removed) throw new AppError('NOT_FOUND', `No document ${documentId} in the graph (list them with the GraphQL API or re-run ingest to see ids).`);
  const sync = new SearchSync(deps, { windowSize: 50, maxInFlight: 4 });
  await sync.add(result.siblings, result.cleanup);
  await sync.finish();
  const failures = [...sync.failed.values(), ...sync.failedCleanups.values()];
  const reason =
    failures.length > 0
      ? `removed from the graph, but the search index is not up to date (the next \`lessons-graph ingest\` or \`reindex\` finishes it): ${failures[0] ?? 'Meilisearch did not answer'}`
      : null;
  if (reason) deps.logger.warn({ documentId }, reason);
  return {
    documentId: removed.documentId,
    sourcePath: removed.sourcePath,
    insights: result.insightIds.length,
    counters: result.counters,
    searchPending: reason !== null,
    reason,
  };
}
