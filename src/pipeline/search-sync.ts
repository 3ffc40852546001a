import type { Meilisearch } from 'meilisearch';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { describeError } from '../errors.js';
import { readRows } from '../graph/read-rows.js';
import { toSearchId } from '../model/ids.js';
import { toProjectSearchRowsQuery, toProjectsOfDocumentsQuery } from '../graph/statements/project-search-rows-query.js';
import { toPresentInsightIdsQuery, toSearchCleanupsQuery, type SearchCleanup } from '../graph/statements/search-cleanup-statements.js';
import { toDocumentIdsQuery, toInsightSearchRowsQuery } from '../graph/statements/search-rows-query.js';
import type { InsightSearchRow, ProjectSearchRow } from '../model/search-rows.js';
import { markSearchIndexed, type PendingDocument } from '../graph/write-graph.js';
import type { Logger } from '../logger.js';
import {
  assertTaskSucceeded,
  enqueueDeleteDocuments,
  enqueueDeleteProjectDocuments,
  enqueueInsightDocuments,
  enqueueProjectDocuments,
  waitForSearchTasks,
} from '../search/search-index.js';
import { toProjectSearchDocuments } from '../search/to-project-search-documents.js';
import { toInsightSearchDocuments } from '../search/to-search-documents.js';

export interface SearchSyncDeps {
  driver: Driver;
  search: Meilisearch;
  config: Config;
  logger: Logger;
}

export type { PendingDocument } from '../graph/write-graph.js';

/**
 * Brings the `projects` index in line with the graph for some projects: those these documents
 * evaluate now, plus `projectIds` (what a replaced or removed version evaluated). Each is read
 * from the graph; a project still evaluated is upserted, one no longer evaluated (or gone) is
 * deleted. Returns the enqueued tasks (not awaited) and the number of documents upserted.
 */
export async function enqueueProjectSync(
  deps: Pick<SearchSyncDeps, 'driver' | 'search' | 'config'>,
  documentIds: readonly string[],
  projectIds: readonly string[],
): Promise<{ taskUids: number[]; upserted: number }> {
  const database = deps.config.neo4j.database;
  const current = documentIds.length > 0 ? await readRows<{ id: string }>(deps.driver, database, toProjectsOfDocumentsQuery(documentIds)) : [];
  const ids = [...new Set([...current.map((r) => r.id), ...projectIds])].sort();
  if (ids.length === 0) return { taskUids: [], upserted: 0 };
  const rows = await readRows<ProjectSearchRow>(deps.driver, database, toProjectSearchRowsQuery(ids));
  const documents = toProjectSearchDocuments(rows);
  const kept = new Set(documents.map((d) => d.graphId));
  const gone = ids.filter((id) => !kept.has(id)).map(toSearchId);
  const taskUids: number[] = [];
  if (gone.length > 0) taskUids.push((await enqueueDeleteProjectDocuments(deps.search, deps.config, gone)).taskUid);
  if (documents.length > 0) taskUids.push((await enqueueProjectDocuments(deps.search, deps.config, documents)).taskUid);
  return { taskUids, upserted: documents.length };
}

/**
 * Deletes insights from the index and waits: the index goes first when a write or a removal
 * takes insights out of the graph (see writeDocument). False when Meilisearch could not; the
 * graph write then leaves them in a SearchCleanup for later.
 */
export async function deleteInsightsFromIndexFirst(deps: SearchSyncDeps, insightIds: readonly string[]): Promise<boolean> {
  try {
    const task = await enqueueDeleteDocuments(deps.search, deps.config, insightIds.map(toSearchId));
    const [done] = await waitForSearchTasks(deps.search, [task.taskUid]);
    // No index at all holds none of them either.
    return done?.status === 'succeeded' || done?.error?.code === 'index_not_found';
  } catch (error) {
    deps.logger.warn({ err: error }, `could not delete insights from the index before the graph: ${describeError(error)}`);
    return false;
  }
}

/**
 * The `projects` index's share of several windows: their documents' projects are read and sent
 * as one task once the group is full (or when the first of its windows must settle), so that
 * the insight tasks of consecutive windows follow each other in Meilisearch's queue, which then
 * indexes them in one batch (it batches consecutive tasks of one index only).
 */
interface ProjectGroup {
  documentIds: string[];
  /** Projects a replaced or removed version evaluated (refreshed or deleted). */
  staleProjectIds: string[];
  /** Its tasks once sent; null before. */
  taskUids: number[] | null;
  /** Why its projects could not be sent: the documents of its windows fail with it. */
  error: string | null;
}

interface InFlight {
  taskUids: number[];
  /** The group whose project task these documents wait for too. */
  projects: ProjectGroup;
  documents: PendingDocument[];
  /** SearchCleanup nodes applied by these tasks (deleted from the graph once they succeed). */
  cleanupIds: string[];
  /** Insight ids these tasks (re)indexed, checked against the graph once they succeeded. */
  indexedInsightIds: string[];
}

/**
 * Insights that close a window before it has its documents (long reports): what one window reads
 * from the graph and holds in memory at once.
 */
const SEARCH_WINDOW_INSIGHTS = 8000;

/**
 * Index documents in one Meilisearch task at most, well under its payload limit (100 MB by
 * default): a window with more is sent as consecutive tasks, which Meilisearch indexes in one batch.
 */
const SEARCH_TASK_DOCUMENTS = 5000;

/**
 * Brings the index up to date with the graph in windows: documents are collected until a window
 * is full (INGEST_SEARCH_WINDOW documents, or SEARCH_WINDOW_INSIGHTS), their rows are read from the graph
 * (the source of truth) and sent as Meilisearch tasks, and tasks are awaited only when too many
 * are in flight, so Meilisearch batches while we write. The `projects` index gets one task per group of windows (ProjectGroup), so that it does
 * not split the insight tasks into one Meilisearch batch each. A document is marked indexed in the graph only after its task succeeded; any failure
 * (Meilisearch down, task failed) leaves it pending for `reindex`.
 */
export class SearchSync {
  private window: PendingDocument[] = [];
  /** Insights of the window's documents, as far as known (PendingDocument.insights). */
  private windowInsights = 0;
  private cleanups: SearchCleanup[] = [];
  /** Cleanups and documents this sync queued: the catch-up does not queue them again. */
  private readonly queuedCleanups = new Set<string>();
  private readonly queuedDocuments = new Set<string>();
  private inFlight: InFlight[] = [];
  /** Documents whose index write failed in this run (still pending in the graph). */
  readonly failed = new Map<string, string>();
  /** SearchCleanups whose index write failed in this run (still in the graph), with the reason. */
  readonly failedCleanups = new Map<string, string>();
  /** Documents indexed and marked in the graph. */
  readonly indexed = new Set<string>();
  insightsSent = 0;
  /** Project documents upserted in the `projects` index. */
  projectsSent = 0;

  constructor(
    private readonly deps: SearchSyncDeps,
    private readonly options: {
      /** Documents in one window at most. */
      windowSize: number;
      /** Insights, as far as the documents say, at which a window closes (default SEARCH_WINDOW_INSIGHTS): the document that reaches it is the window's last. */
      windowInsights?: number;
      /** Index documents in one Meilisearch task at most (default SEARCH_TASK_DOCUMENTS). */
      taskDocuments?: number;
      maxInFlight: number;
      /**
       * Creates the index with its settings. Called before the first write of every window until
       * it succeeds: a Meilisearch that comes back mid-run must not get an index created
       * implicitly by addDocuments, without filterable attributes.
       */
      ensureIndex?: () => Promise<void>;
      /** Windows whose projects go in one `projects` task (default 8). */
      projectWindows?: number;
    },
  ) {}

  private projects: ProjectGroup = SearchSync.newProjectGroup();
  private windowsInGroup = 0;

  private static newProjectGroup(): ProjectGroup {
    return { documentIds: [], staleProjectIds: [], taskUids: null, error: null };
  }

  /** Sends the projects of a group (once): upserts those its documents evaluate, deletes the stale ones gone. */
  private async flushProjects(group: ProjectGroup): Promise<void> {
    if (group.taskUids !== null || group.error !== null) return;
    if (group === this.projects) {
      this.projects = SearchSync.newProjectGroup();
      this.windowsInGroup = 0;
    }
    try {
      const projects = await enqueueProjectSync(this.deps, [...new Set(group.documentIds)], [...new Set(group.staleProjectIds)]);
      group.taskUids = projects.taskUids;
      this.projectsSent += projects.upserted;
    } catch (error) {
      group.error = `search index not updated: ${describeError(error)}`;
      this.deps.logger.warn({ err: error, documents: group.documentIds.length }, group.error);
    }
  }

  private indexReady = false;

  /**
   * Queues documents to (re)index, and the SearchCleanup their write left (insights of the
   * previous version to delete, projects that version evaluated to refresh or delete).
   */
  async add(documents: PendingDocument | readonly PendingDocument[], cleanup: SearchCleanup | null = null): Promise<void> {
    const list = Array.isArray(documents) ? (documents as readonly PendingDocument[]) : [documents as PendingDocument];
    for (const document of list) {
      this.queuedDocuments.add(document.documentId);
      this.windowInsights += document.insights ?? 0;
    }
    this.window.push(...list);
    if (cleanup) this.addCleanup(cleanup);
    if (this.window.length >= this.options.windowSize || this.windowInsights >= (this.options.windowInsights ?? SEARCH_WINDOW_INSIGHTS))
      await this.flushWindow();
  }

  /** Queues a SearchCleanup (once per run). */
  addCleanup(cleanup: SearchCleanup): void {
    if (this.queuedCleanups.has(cleanup.id)) return;
    this.queuedCleanups.add(cleanup.id);
    this.cleanups.push(cleanup);
  }

  /**
   * Queues what the index still owes the graph from earlier runs: every SearchCleanup left (a
   * run killed after its graph write) and every document marked pending that this sync has not
   * queued already. After an interrupted ingest, the next one therefore leaves both stores as a
   * clean run would, without `reindex`.
   */
  async catchUp(): Promise<void> {
    const database = this.deps.config.neo4j.database;
    const cleanups = await readRows<SearchCleanup>(this.deps.driver, database, toSearchCleanupsQuery());
    for (const cleanup of cleanups) this.addCleanup({ id: cleanup.id, insightIds: cleanup.insightIds ?? [], projectIds: cleanup.projectIds ?? [] });
    let after = '';
    for (;;) {
      const query = toDocumentIdsQuery({ onlyPending: true, after, limit: 500 });
      // LIMIT takes an integer; JavaScript numbers travel as floats.
      const page = await readRows<{ id: string; sha256: string }>(this.deps.driver, database, { ...query, params: { ...query.params, limit: neo4j.int(500) } });
      for (const row of page) if (!this.queuedDocuments.has(row.id)) await this.add({ documentId: row.id, sha256: row.sha256 });
      if (page.length < 500) break;
      after = page[page.length - 1]!.id;
    }
  }

  private fail(documents: readonly PendingDocument[], reason: string, cleanupIds: readonly string[] = []): void {
    for (const d of documents) this.failed.set(d.documentId, reason);
    for (const id of cleanupIds) this.failedCleanups.set(id, reason);
  }

  private async readRows(documentIds: readonly string[]): Promise<InsightSearchRow[]> {
    return readRows<InsightSearchRow>(this.deps.driver, this.deps.config.neo4j.database, toInsightSearchRowsQuery(documentIds));
  }

  private async flushWindow(): Promise<void> {
    const documents = this.window;
    const cleanups = this.cleanups;
    this.window = [];
    this.windowInsights = 0;
    this.cleanups = [];
    if (documents.length === 0 && cleanups.length === 0) return;
    const staleProjectIds = cleanups.flatMap((c) => c.projectIds);
    const taskUids: number[] = [];
    const indexedInsightIds: string[] = [];
    try {
      if (!this.indexReady && this.options.ensureIndex) await this.options.ensureIndex();
      this.indexReady = true;
      // Only insights the graph does not hold (again): a later version may have brought one back.
      const candidates = [...new Set(cleanups.flatMap((c) => c.insightIds))];
      if (candidates.length > 0) {
        const present = new Set(
          (await readRows<{ id: string }>(this.deps.driver, this.deps.config.neo4j.database, toPresentInsightIdsQuery(candidates))).map((r) => r.id),
        );
        const staleIds = candidates.filter((id) => !present.has(id));
        if (staleIds.length > 0) {
          const task = await enqueueDeleteDocuments(this.deps.search, this.deps.config, staleIds.map(toSearchId));
          taskUids.push(task.taskUid);
        }
      }
      if (documents.length > 0) {
        const rows = await this.readRows([...new Set(documents.map((d) => d.documentId))]);
        const searchDocuments = toInsightSearchDocuments(rows);
        const perTask = this.options.taskDocuments ?? SEARCH_TASK_DOCUMENTS;
        for (let start = 0; start < searchDocuments.length; start += perTask) {
          const part = searchDocuments.slice(start, start + perTask);
          taskUids.push((await enqueueInsightDocuments(this.deps.search, this.deps.config, part)).taskUid);
          this.insightsSent += part.length;
          indexedInsightIds.push(...part.map((d) => d.graphId));
        }
      }
    } catch (error) {
      const reason = `search index not updated: ${describeError(error)}`;
      this.deps.logger.warn({ err: error, documents: documents.length }, reason);
      this.fail(
        documents,
        reason,
        cleanups.map((c) => c.id),
      );
      return;
    }
    // Projects with those of the next windows: a document is marked indexed only when both indexes took it.
    const projects = this.projects;
    projects.documentIds.push(...documents.map((d) => d.documentId));
    projects.staleProjectIds.push(...staleProjectIds);
    this.windowsInGroup += 1;
    this.inFlight.push({ taskUids, projects, documents, cleanupIds: cleanups.map((c) => c.id), indexedInsightIds });
    if (this.windowsInGroup >= (this.options.projectWindows ?? 8)) await this.flushProjects(projects);
    while (this.inFlight.length > this.options.maxInFlight) await this.settle(this.inFlight.shift()!);
  }

  private async settle(batch: InFlight): Promise<void> {
    await this.flushProjects(batch.projects);
    if (batch.projects.error !== null) {
      this.fail(batch.documents, batch.projects.error, batch.cleanupIds);
      return;
    }
    try {
      const tasks = await waitForSearchTasks(this.deps.search, [...batch.taskUids, ...(batch.projects.taskUids ?? [])]);
      const failedTask = tasks.find((t) => t.status !== 'succeeded');
      if (failedTask) {
        this.fail(
          batch.documents,
          `search index task ${failedTask.uid} ${failedTask.status}: ${failedTask.error?.message ?? 'no reason given'}`,
          batch.cleanupIds,
        );
        return;
      }
    } catch (error) {
      this.fail(batch.documents, `search index not updated: ${describeError(error)}`, batch.cleanupIds);
      return;
    }
    try {
      await this.dropIndexedSinceRemoved(batch.indexedInsightIds);
    } catch (error) {
      this.fail(batch.documents, `search index not updated: ${describeError(error)}`, batch.cleanupIds);
      return;
    }
    try {
      await markSearchIndexed(this.deps.driver, this.deps.config.neo4j.database, batch.documents, batch.cleanupIds);
      for (const d of batch.documents) this.indexed.add(d.documentId);
    } catch (error) {
      // The index is right; the graph still says pending, and a later reindex will simply redo it.
      this.fail(batch.documents, `indexed, but the graph could not record it: ${describeError(error)}`, batch.cleanupIds);
    }
  }

  /**
   * The rows of a window are read before its task runs: a concurrent writer may remove one of
   * those insights from the graph meanwhile (and from the index before its commit), and this
   * task would then bring it back. Whatever the graph no longer holds once the task succeeded is
   * deleted again, so the index never keeps an insight the graph lost.
   */
  private async dropIndexedSinceRemoved(insightIds: readonly string[]): Promise<void> {
    if (insightIds.length === 0) return;
    const present = new Set(
      (await readRows<{ id: string }>(this.deps.driver, this.deps.config.neo4j.database, toPresentInsightIdsQuery(insightIds))).map((r) => r.id),
    );
    const gone = insightIds.filter((id) => !present.has(id));
    if (gone.length === 0) return;
    const task = await enqueueDeleteDocuments(this.deps.search, this.deps.config, gone.map(toSearchId));
    for (const done of await waitForSearchTasks(this.deps.search, [task.taskUid])) assertTaskSucceeded(done);
  }

  /** Sends the last window and waits for every task. */
  async finish(): Promise<void> {
    await this.flushWindow();
    await this.flushProjects(this.projects);
    while (this.inFlight.length > 0) await this.settle(this.inFlight.shift()!);
    // A document that failed in one window and succeeded in a later one (written twice) is indexed.
    for (const id of this.indexed) this.failed.delete(id);
  }
}
