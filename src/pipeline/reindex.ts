import neo4j, { type Driver } from 'neo4j-driver';
import { describeError } from '../errors.js';
import { toNumber } from '../graph/neo4j-values.js';
import { ensureGraphSchema } from '../graph/schema.js';
import { toPendingDocumentCountQuery } from '../graph/statements/document-queries.js';
import { readRows } from '../graph/read-rows.js';
import { toSearchId } from '../model/ids.js';
import { toEvaluatedProjectIdsQuery } from '../graph/statements/project-search-rows-query.js';
import { toDeleteSearchCleanupsStatement, toSearchCleanupsQuery, type SearchCleanup } from '../graph/statements/search-cleanup-statements.js';
import { toDocumentIdsQuery, toInsightIdsQuery } from '../graph/statements/search-rows-query.js';
import { writeStatements } from '../graph/write-graph.js';
import { loadReference } from '../reference/load-reference.js';
import {
  assertTaskSucceeded,
  enqueueDeleteDocuments,
  enqueueDeleteProjectDocuments,
  ensureSearchIndexes,
  listIndexedIds,
  projectsIndexName,
  waitForSearchTasks,
} from '../search/search-index.js';
import { synonymsFromReference } from '../search/synonyms.js';
import type { IngestDeps } from './ingest-deps.js';
import { enqueueProjectSync, SearchSync } from './search-sync.js';

export interface ReindexOptions {
  /** Only documents marked pending for search (after Meilisearch was down); otherwise every document. */
  onlyPending: boolean;
  /** Documents per search window (default: INGEST_SEARCH_WINDOW). */
  searchWindow?: number;
}

export interface ReindexReport {
  /** Documents whose insights were sent to the index. */
  documents: number;
  /** Insight documents sent. */
  insightsIndexed: number;
  /** Index documents deleted because the graph no longer has their insight. */
  staleDeleted: number;
  /** Project documents sent to the `projects` index. */
  projectsIndexed: number;
  /** Project documents deleted because the graph no longer has an evaluation of the project (full reindex only). */
  projectsStaleDeleted: number;
  /** Documents whose index write failed (still pending), with the reason. */
  failed: { documentId: string; reason: string }[];
  /** Documents pending for search in the graph after the run. */
  pendingInGraph: number;
  durationMs: number;
}

/** How many documents the index has not caught up with. */
export async function countPendingDocuments(driver: Driver, database: string): Promise<number> {
  const [row] = await readRows<{ n: unknown }>(driver, database, toPendingDocumentCountQuery());
  return toNumber(row?.n);
}

const PAGE = 500;

async function pagedIds(
  driver: Driver,
  database: string,
  query: (after: string) => { cypher: string; params: Record<string, unknown> },
): Promise<{ id: string; sha256?: string }[]> {
  const all: { id: string; sha256?: string }[] = [];
  let after = '';
  for (;;) {
    const { cypher, params } = query(after);
    // LIMIT takes an integer; JavaScript numbers travel as floats.
    const rows = await readRows<{ id: string; sha256?: string }>(driver, database, { cypher, params: { ...params, limit: neo4j.int(PAGE) } });
    all.push(...rows);
    if (rows.length < PAGE) return all;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Rebuilds the insights and projects indexes from the graph (the source of truth): settings
 * applied, every document (or only those pending) sent in windows with the projects they
 * evaluate and marked indexed once its tasks succeeded, then index documents whose insight (or
 * evaluated project) the graph no longer holds are deleted, and the SearchCleanup nodes of
 * interrupted runs are done with — so after a successful run the indexes match the graph exactly.
 */
export async function reindex(deps: IngestDeps, options: ReindexOptions): Promise<ReindexReport> {
  const startedAt = Date.now();
  const { driver, search, config, logger } = deps;
  const database = config.neo4j.database;
  // A graph written by an older version is brought to the current model first (its rows are read through CONTAINS).
  await ensureGraphSchema(driver, database);
  await ensureSearchIndexes(search, config, synonymsFromReference(loadReference()));

  // What interrupted runs left for the index to do: the listing below deletes their insights (and
  // any other the graph lost); their projects are refreshed with the documents' own.
  const cleanups = await readRows<SearchCleanup>(driver, database, toSearchCleanupsQuery());
  const documents = await pagedIds(driver, database, (after) => toDocumentIdsQuery({ onlyPending: options.onlyPending, after, limit: PAGE }));
  const sync = new SearchSync(deps, { windowSize: options.searchWindow ?? config.ingest.searchWindow, maxInFlight: 4 });
  for (const d of documents) await sync.add({ documentId: d.id, sha256: d.sha256 ?? '' });
  await sync.finish();

  // Index documents the graph does not know (removed or replaced while Meilisearch was down).
  const graphIds = new Set((await pagedIds(driver, database, (after) => toInsightIdsQuery({ after, limit: PAGE }))).map((r) => toSearchId(r.id)));
  const stale = (await listIndexedIds(search, config)).filter((id) => !graphIds.has(id));
  if (stale.length > 0) {
    const task = await enqueueDeleteDocuments(search, config, stale);
    const [done] = await waitForSearchTasks(search, [task.taskUid]);
    if (done) assertTaskSucceeded(done);
  }
  if (cleanups.length > 0) {
    const projects = await enqueueProjectSync(deps, [], [...new Set(cleanups.flatMap((c) => c.projectIds ?? []))]);
    for (const done of await waitForSearchTasks(search, projects.taskUids)) assertTaskSucceeded(done);
    await writeStatements(driver, database, [toDeleteSearchCleanupsStatement(cleanups.map((c) => c.id))], 'search cleanups done');
  }
  // Project documents of projects no evaluation evaluates any more. Only on a full run: with
  // --pending the listing would cost a walk of the whole index for a few documents.
  let projectsStale: string[] = [];
  if (!options.onlyPending) {
    const projectIds = new Set((await pagedIds(driver, database, (after) => toEvaluatedProjectIdsQuery({ after, limit: PAGE }))).map((r) => toSearchId(r.id)));
    projectsStale = (await listIndexedIds(search, config, projectsIndexName(config))).filter((id) => !projectIds.has(id));
    if (projectsStale.length > 0) {
      const task = await enqueueDeleteProjectDocuments(search, config, projectsStale);
      const [done] = await waitForSearchTasks(search, [task.taskUid]);
      if (done) assertTaskSucceeded(done);
    }
  }
  let pendingInGraph = 0;
  try {
    pendingInGraph = await countPendingDocuments(driver, database);
  } catch (error) {
    logger.warn({ err: error }, `could not count pending documents: ${describeError(error)}`);
  }
  return {
    documents: sync.indexed.size,
    insightsIndexed: sync.insightsSent,
    staleDeleted: stale.length,
    projectsIndexed: sync.projectsSent,
    projectsStaleDeleted: projectsStale.length,
    failed: [...sync.failed].map(([documentId, reason]) => ({ documentId, reason })),
    pendingInGraph,
    durationMs: Date.now() - startedAt,
  };
}
