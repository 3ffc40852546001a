import { existsSync, statSync } from 'node:fs';
import { AppError, describeError } from '../errors.js';
import { toDocumentIds } from '../graph/statements/document-statements.js';
import { toSearchId } from '../graph/statements/ids.js';
import { removeDocumentFromGraph, type WriteCounters } from '../graph/write-graph.js';
import { enqueueDeleteDocuments, waitForSearchTasks, assertTaskSucceeded } from '../search/search-index.js';
import { extractDocument } from './extract-documents.js';
import { enqueueProjectSync } from './search-sync.js';
import type { IngestDeps } from './ingest-documents.js';

export interface RemoveReport {
  documentId: string;
  /** Insights deleted with it. */
  insights: number;
  counters: WriteCounters;
  /** True when the index could not be updated: `reindex` will delete the leftovers. */
  searchPending: boolean;
  reason: string | null;
}

/** `document:<key>` from either the full id or the bare evaluation key. */
export function toDocumentIdArgument(value: string): { documentId: string; evaluationId: string } {
  const trimmed = value.trim();
  const key = trimmed.startsWith('document:') ? trimmed.slice('document:'.length) : trimmed;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(key)) {
    throw new AppError('BAD_INPUT', `"${value}" is not a document id: expected document:<evaluation key> (lower-case letters, digits and -), as printed by ingest.`);
  }
  return { documentId: `document:${key}`, evaluationId: `evaluation:${key}` };
}

/**
 * The document a `remove` argument names: a document id (`document:<key>`), a bare evaluation
 * key, or the path of a file that was ingested (read and extracted to find its key).
 */
export async function resolveDocumentArgument(value: string): Promise<string> {
  if (existsSync(value) && statSync(value).isFile()) {
    const extracted = await extractDocument(value);
    if (!extracted.ok) throw new AppError('BAD_INPUT', extracted.reason);
    return toDocumentIds(extracted.record).documentId;
  }
  return toDocumentIdArgument(value).documentId;
}

/**
 * Deletes a document's own nodes (Document, Evaluation, insights, and the nodes only it used)
 * from the graph in one transaction, then its insights from the insights index and its
 * project from the projects index (or the project's document refreshed, if still evaluated). Throws NOT_FOUND when
 * no such document is stored.
 */
export async function removeDocument(deps: IngestDeps, documentIdOrKey: string): Promise<RemoveReport> {
  const { documentId, evaluationId } = toDocumentIdArgument(documentIdOrKey);
  const removed = await removeDocumentFromGraph(deps.driver, deps.config.neo4j.database, documentId, evaluationId);
  if (!removed.removed) throw new AppError('NOT_FOUND', `No document ${documentId} in the graph (list them with the GraphQL API or re-run ingest to see ids).`);
  let reason: string | null = null;
  try {
    const taskUids: number[] = [];
    if (removed.insightIds.length > 0) {
      taskUids.push((await enqueueDeleteDocuments(deps.search, deps.config, removed.insightIds.map(toSearchId))).taskUid);
    }
    // Its projects: refreshed when another evaluation still evaluates them, deleted otherwise.
    taskUids.push(...(await enqueueProjectSync(deps, [], removed.projectIds)).taskUids);
    for (const done of await waitForSearchTasks(deps.search, taskUids)) assertTaskSucceeded(done);
  } catch (error) {
    reason = `removed from the graph, but not from the search index (run \`lessons-graph reindex\`): ${describeError(error)}`;
    deps.logger.warn({ err: error, documentId }, reason);
  }
  return { documentId, insights: removed.insightIds.length, counters: removed.counters, searchPending: reason !== null, reason };
}
