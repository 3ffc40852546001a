import type { Meilisearch } from 'meilisearch';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { describeError } from '../errors.js';
import { readRows } from '../graph/read-rows.js';
import { toSearchId } from '../graph/statements/ids.js';
import { toProjectSearchRowsQuery, toProjectsOfDocumentsQuery, type ProjectSearchRow } from '../graph/statements/project-search-rows-query.js';
import { toInsightSearchRowsQuery, type InsightSearchRow } from '../graph/statements/search-rows-query.js';
import { markSearchIndexed } from '../graph/write-graph.js';
import type { Logger } from '../logger.js';
import {
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

/** A document whose graph state the index must catch up with. */
export interface PendingDocument {
  documentId: string;
  sha256: string;
}

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

interface InFlight {
  taskUids: number[];
  documents: PendingDocument[];
}

/**
 * Brings the index up to date with the graph in windows: documents are collected until a window
 * is full, their rows are read from the graph (the source of truth) and sent as one Meilisearch
 * task, and tasks are awaited only when too many are in flight, so Meilisearch batches while we
 * write. A document is marked indexed in the graph only after its task succeeded; any failure
 * (Meilisearch down, task failed) leaves it pending for `reindex`.
 */
export class SearchSync {
  private window: PendingDocument[] = [];
  private staleIds: string[] = [];
  private staleProjectIds: string[] = [];
  private inFlight: InFlight[] = [];
  /** Documents whose index write failed in this run (still pending in the graph). */
  readonly failed = new Map<string, string>();
  /** Documents indexed and marked in the graph. */
  readonly indexed = new Set<string>();
  insightsSent = 0;
  /** Project documents upserted in the `projects` index. */
  projectsSent = 0;

  constructor(
    private readonly deps: SearchSyncDeps,
    private readonly options: {
      windowSize: number;
      maxInFlight: number;
      /**
       * Creates the index with its settings. Called before the first write of every window until
       * it succeeds: a Meilisearch that comes back mid-run must not get an index created
       * implicitly by addDocuments, without filterable attributes.
       */
      ensureIndex?: () => Promise<void>;
    },
  ) {}

  private indexReady = false;

  /**
   * Queues a document, with the insight ids of its previous version to delete and the projects
   * that version evaluated (refreshed, or deleted from the projects index when no longer evaluated).
   */
  async add(document: PendingDocument, staleInsightIds: readonly string[] = [], previousProjectIds: readonly string[] = []): Promise<void> {
    this.window.push(document);
    this.staleIds.push(...staleInsightIds);
    this.staleProjectIds.push(...previousProjectIds);
    if (this.window.length >= this.options.windowSize) await this.flushWindow();
  }

  /** Queues index deletions only (a removed document). */
  deleteInsights(insightIds: readonly string[]): void {
    this.staleIds.push(...insightIds);
  }

  private fail(documents: readonly PendingDocument[], reason: string): void {
    for (const d of documents) this.failed.set(d.documentId, reason);
  }

  private async readRows(documentIds: readonly string[]): Promise<InsightSearchRow[]> {
    return readRows<InsightSearchRow>(this.deps.driver, this.deps.config.neo4j.database, toInsightSearchRowsQuery(documentIds));
  }

  private async flushWindow(): Promise<void> {
    const documents = this.window;
    const staleIds = this.staleIds;
    const staleProjectIds = this.staleProjectIds;
    this.window = [];
    this.staleIds = [];
    this.staleProjectIds = [];
    if (documents.length === 0 && staleIds.length === 0 && staleProjectIds.length === 0) return;
    const taskUids: number[] = [];
    try {
      if (!this.indexReady && this.options.ensureIndex) await this.options.ensureIndex();
      this.indexReady = true;
      if (staleIds.length > 0) {
        const task = await enqueueDeleteDocuments(this.deps.search, this.deps.config, staleIds.map(toSearchId));
        taskUids.push(task.taskUid);
      }
      if (documents.length > 0) {
        const rows = await this.readRows([...new Set(documents.map((d) => d.documentId))]);
        const searchDocuments = toInsightSearchDocuments(rows);
        if (searchDocuments.length > 0) {
          const task = await enqueueInsightDocuments(this.deps.search, this.deps.config, searchDocuments);
          taskUids.push(task.taskUid);
          this.insightsSent += searchDocuments.length;
        }
      }
      // Projects in the same window: a document is marked indexed only when both indexes took it.
      const projects = await enqueueProjectSync(this.deps, [...new Set(documents.map((d) => d.documentId))], staleProjectIds);
      taskUids.push(...projects.taskUids);
      this.projectsSent += projects.upserted;
    } catch (error) {
      const reason = `search index not updated: ${describeError(error)}`;
      this.deps.logger.warn({ err: error, documents: documents.length }, reason);
      this.fail(documents, reason);
      return;
    }
    this.inFlight.push({ taskUids, documents });
    while (this.inFlight.length > this.options.maxInFlight) await this.settle(this.inFlight.shift()!);
  }

  private async settle(batch: InFlight): Promise<void> {
    try {
      const tasks = await waitForSearchTasks(this.deps.search, batch.taskUids);
      const failedTask = tasks.find((t) => t.status !== 'succeeded');
      if (failedTask) {
        this.fail(batch.documents, `search index task ${failedTask.uid} ${failedTask.status}: ${failedTask.error?.message ?? 'no reason given'}`);
        return;
      }
    } catch (error) {
      this.fail(batch.documents, `search index not updated: ${describeError(error)}`);
      return;
    }
    try {
      await markSearchIndexed(this.deps.driver, this.deps.config.neo4j.database, batch.documents);
      for (const d of batch.documents) this.indexed.add(d.documentId);
    } catch (error) {
      // The index is right; the graph still says pending, and a later reindex will simply redo it.
      this.fail(batch.documents, `indexed, but the graph could not record it: ${describeError(error)}`);
    }
  }

  /** Sends the last window and waits for every task. */
  async finish(): Promise<void> {
    await this.flushWindow();
    while (this.inFlight.length > 0) await this.settle(this.inFlight.shift()!);
    // A document that failed in one window and succeeded in a later one (written twice) is indexed.
    for (const id of this.indexed) this.failed.delete(id);
  }
}
