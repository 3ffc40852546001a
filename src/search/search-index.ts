import type { EnqueuedTask, Meilisearch, Settings, Task } from 'meilisearch';
import type { Config } from '../config.js';
import { isIndexNotFound } from './client.js';
import { AppError, describeError } from '../errors.js';
import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS } from '../text/stop-words.js';
import type { ProjectSearchDocument } from './to-project-search-documents.js';
import type { InsightSearchDocument } from './to-search-documents.js';

/** Name of the insights index: `<MEILI_INDEX_PREFIX>insights`. */
export function insightsIndexName(config: Pick<Config, 'meili'>): string {
  return `${config.meili.indexPrefix}insights`;
}

/** Name of the projects index: `<MEILI_INDEX_PREFIX>projects`. */
export function projectsIndexName(config: Pick<Config, 'meili'>): string {
  return `${config.meili.indexPrefix}projects`;
}

/** Longest wait for one Meilisearch task (settings on a large index take a while on a busy machine). */
export const TASK_TIMEOUT_MS = 120_000;

/**
 * Most values a facet of the insights index lists: the dashboards count from facets
 * (src/search/insight-stats.ts), and the evidence map's facet has one value per non-empty
 * theme x country cell. A facet that comes back this long may be cut: the dashboards then count
 * in the graph instead. `search` passes on at most SEARCH_FACET_VALUES of them.
 */
export const INSIGHT_FACET_VALUES = 5000;
/** Most values a facet of the projects index lists. */
export const PROJECT_FACET_VALUES = 500;

/**
 * Settings of the insights index. Searchable attributes are ranked: headline, text, theme
 * labels, actor names, project title, then the rest. Typo tolerance stays on but not on
 * codes, where "MLI/19/01/USA" must not match "MLI/19/02/USA".
 */
export function insightsIndexSettings(synonyms: Record<string, string[]>): Settings {
  return {
    searchableAttributes: [
      'headline',
      'text',
      'themeLabels',
      'actorNames',
      'projectTitle',
      'countryNames',
      'placeNames',
      'evaluationTitle',
      'section',
      'projectCode',
      'countries',
    ],
    filterableAttributes: [
      'kind',
      'countries',
      'places',
      'themes',
      'actors',
      'donors',
      'addressees',
      'year',
      'language',
      'timing',
      'evaluationId',
      'projectId',
      'projectCode',
      'documentId',
      'graphId',
      // Aggregates and rankings keep one insight per group of equivalent ones: `isCanonical != false`.
      'isCanonical',
      // A dashboard filtered on languages counts a group in every language of its members.
      'groupLanguages',
      'namedActors',
      'themeCountries',
    ],
    sortableAttributes: ['year'],
    ...sharedSettings(synonyms, ['projectCode', 'countries'], INSIGHT_FACET_VALUES),
  };
}

/**
 * Settings of the projects index. Searchable attributes ranked: code, title, objective,
 * outcomes, theme labels, actor names, country names, place names. The same stop words and
 * synonyms as the insights index; typo tolerance off on the code ("MLI/19/01/USA" must not
 * match "MLI/19/02/USA").
 */
export function projectsIndexSettings(synonyms: Record<string, string[]>): Settings {
  return {
    searchableAttributes: ['code', 'title', 'objective', 'outcomes', 'themeLabels', 'actorNames', 'countryNames', 'placeNames'],
    filterableAttributes: ['countries', 'themes', 'actors', 'donors', 'years', 'graphId'],
    sortableAttributes: ['years'],
    ...sharedSettings(synonyms, ['code'], PROJECT_FACET_VALUES),
  };
}

/**
 * What both indexes set alike: facet and pagination limits, French and English stop words, the
 * bilingual synonyms, and typo tolerance on except for codes (`exactAttributes`).
 */
function sharedSettings(synonyms: Record<string, string[]>, exactAttributes: string[], maxValuesPerFacet: number): Settings {
  return {
    faceting: { maxValuesPerFacet, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 10_000 },
    stopWords: [...FRENCH_STOP_WORDS, ...ENGLISH_STOP_WORDS],
    synonyms,
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnAttributes: exactAttributes,
      disableOnNumbers: true,
    },
  };
}

/** Task uids asked about in one poll (they go in the query string). */
const TASKS_PER_POLL = 100;

/**
 * Waits for tasks; returns them in the order given (succeeded, failed or canceled). Throws
 * UNAVAILABLE when Meilisearch does not answer or the tasks are not done within `timeoutMs`.
 *
 * One `GET /tasks?uids=...` per poll for all the tasks still pending (not one request per task),
 * every 10 ms at first and up to every 100 ms for long waits. Deliberately not the client's
 * `tasks.waitForTasks`: meilisearch-js 0.62 passes one AbortSignal to every poll of a task and
 * each poll leaves a listener on it (removed only if the request aborts), so a 77 s wait at 50 ms
 * polls left 1543 'abort' listeners on one signal (MaxListenersExceededWarning in the 10,000-
 * document bench). Here no signal outlives its request; the client's per-request timeout still
 * applies to every poll.
 */
export async function waitForSearchTasks(search: Meilisearch, taskUids: readonly number[], timeoutMs = TASK_TIMEOUT_MS): Promise<Task[]> {
  if (taskUids.length === 0) return [];
  const deadline = Date.now() + timeoutMs;
  const done = new Map<number, Task>();
  let pending = [...new Set(taskUids)];
  let interval = 10;
  try {
    for (;;) {
      for (let start = 0; start < pending.length; start += TASKS_PER_POLL) {
        const uids = pending.slice(start, start + TASKS_PER_POLL);
        const { results } = await search.tasks.getTasks({ uids, limit: uids.length });
        for (const task of results) if (task.status !== 'enqueued' && task.status !== 'processing') done.set(task.uid, task);
        // An enqueued task is always listed; one that is not was never enqueued (or was deleted).
        const missing = uids.filter((uid) => !results.some((task) => task.uid === uid));
        if (missing.length > 0) throw new Error(`no task ${missing.join(', ')}`);
      }
      pending = pending.filter((uid) => !done.has(uid));
      if (pending.length === 0) return taskUids.map((uid) => done.get(uid) as Task);
      if (Date.now() >= deadline) throw new Error(`not finished after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(1, deadline - Date.now()))));
      interval = Math.min(100, interval * 2);
    }
  } catch (error) {
    throw new AppError('UNAVAILABLE', `Meilisearch did not finish tasks ${taskUids.join(', ')}: ${describeError(error)}`, { cause: error });
  }
}

function failedTaskMessage(task: Task): string {
  return `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`;
}

/** Throws when a task did not succeed. */
export function assertTaskSucceeded(task: Task): void {
  if (task.status !== 'succeeded') throw new AppError('UNAVAILABLE', failedTaskMessage(task));
}

/**
 * Settings this process already applied, per client and index: a long-running server applies
 * them once. The key holds the index's creation time, so an index deleted and created again
 * (by hand, or implicitly by a write) gets its settings again.
 */
const applied = new WeakMap<Meilisearch, Map<string, string>>();

/** The index's creation time, or null when it does not exist. */
async function createdAtOf(search: Meilisearch, uid: string): Promise<string | null> {
  try {
    return (await search.getRawIndex(uid)).createdAt;
  } catch (error) {
    if (isIndexNotFound(error)) return null;
    throw error;
  }
}

/**
 * Creates an index (primary key `id`) when missing and applies its settings, waiting for both
 * tasks. Idempotent. A process that already applied the same settings to this very index (same
 * creation time) skips the settings task (one GET instead).
 */
async function ensureIndex(search: Meilisearch, uid: string, settings: Settings): Promise<void> {
  const fingerprint = JSON.stringify(settings);
  const done = applied.get(search) ?? new Map<string, string>();
  applied.set(search, done);
  try {
    if (done.has(uid)) {
      const createdAt = await createdAtOf(search, uid);
      if (createdAt !== null && done.get(uid) === `${createdAt} ${fingerprint}`) return;
      done.delete(uid);
    }
    const create = await search.createIndex(uid, { primaryKey: 'id' });
    const [created] = await waitForSearchTasks(search, [create.taskUid]);
    // index_already_exists is the idempotent case.
    if (created && created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') assertTaskSucceeded(created);
    const update = await search.index(uid).updateSettings(settings);
    const [updated] = await waitForSearchTasks(search, [update.taskUid]);
    if (updated) assertTaskSucceeded(updated);
    const createdAt = await createdAtOf(search, uid);
    if (createdAt !== null) done.set(uid, `${createdAt} ${fingerprint}`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('UNAVAILABLE', `Meilisearch could not prepare index ${uid}: ${describeError(error)}`, { cause: error });
  }
}

/** Creates the insights index with its settings when missing or changed (idempotent). */
export async function ensureInsightsIndex(search: Meilisearch, config: Pick<Config, 'meili'>, synonyms: Record<string, string[]>): Promise<void> {
  await ensureIndex(search, insightsIndexName(config), insightsIndexSettings(synonyms));
}

/** Creates the projects index with its settings when missing or changed (idempotent). */
export async function ensureProjectsIndex(search: Meilisearch, config: Pick<Config, 'meili'>, synonyms: Record<string, string[]>): Promise<void> {
  await ensureIndex(search, projectsIndexName(config), projectsIndexSettings(synonyms));
}

/** Both indexes (insights, then projects), as ingest and reindex need them. */
export async function ensureSearchIndexes(search: Meilisearch, config: Pick<Config, 'meili'>, synonyms: Record<string, string[]>): Promise<void> {
  await ensureInsightsIndex(search, config, synonyms);
  await ensureProjectsIndex(search, config, synonyms);
}

/** Enqueues an upsert of insight documents; returns the task (not awaited). */
export async function enqueueInsightDocuments(
  search: Meilisearch,
  config: Pick<Config, 'meili'>,
  documents: readonly InsightSearchDocument[],
): Promise<EnqueuedTask> {
  return search.index<InsightSearchDocument>(insightsIndexName(config)).addDocuments([...documents], { primaryKey: 'id' });
}

/** Enqueues the deletion of index documents by their Meilisearch ids. */
export async function enqueueDeleteDocuments(search: Meilisearch, config: Pick<Config, 'meili'>, searchIds: readonly string[]): Promise<EnqueuedTask> {
  return search.index(insightsIndexName(config)).deleteDocuments([...searchIds]);
}

/** Enqueues an upsert of project documents; returns the task (not awaited). */
export async function enqueueProjectDocuments(
  search: Meilisearch,
  config: Pick<Config, 'meili'>,
  documents: readonly ProjectSearchDocument[],
): Promise<EnqueuedTask> {
  return search.index<ProjectSearchDocument>(projectsIndexName(config)).addDocuments([...documents], { primaryKey: 'id' });
}

/** Enqueues the deletion of project documents by their Meilisearch ids. */
export async function enqueueDeleteProjectDocuments(search: Meilisearch, config: Pick<Config, 'meili'>, searchIds: readonly string[]): Promise<EnqueuedTask> {
  return search.index(projectsIndexName(config)).deleteDocuments([...searchIds]);
}

/**
 * Every Meilisearch id in an index (paged; empty when the index does not exist): the insights
 * index unless another uid is given.
 */
export async function listIndexedIds(search: Meilisearch, config: Pick<Config, 'meili'>, uid: string = insightsIndexName(config)): Promise<string[]> {
  const index = search.index<{ id: string }>(uid);
  const ids: string[] = [];
  const limit = 1000;
  for (let offset = 0; ; offset += limit) {
    let page;
    try {
      page = await index.getDocuments<{ id: string }>({ fields: ['id'], limit, offset });
    } catch (error) {
      if (isIndexNotFound(error)) return [];
      throw new AppError('UNAVAILABLE', `Meilisearch could not list index ${index.uid}: ${describeError(error)}`, { cause: error });
    }
    ids.push(...page.results.map((d) => d.id));
    if (page.results.length < limit) return ids;
  }
}
