import type { Config } from '../../src/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { deleteEverything } from '../../src/graph/write-graph.js';
import { createLogger } from '../../src/logger.js';
import { ingestDocuments, type IngestInput, type IngestOptions, type IngestReport } from '../../src/pipeline/ingest-documents.js';
import { reindex } from '../../src/pipeline/reindex.js';
import { createSearchClient } from '../../src/search/client.js';
import { waitForSearchTasks } from '../../src/search/search-index.js';

/**
 * Helpers for suites that need the real engines: a clean slate between suites, and a seeded
 * graph + index through the same code path as `lessons-graph ingest`. Every Meilisearch write
 * here is awaited, so a test can query as soon as the helper returns.
 */

/** Deletes every node of the test database and every Meilisearch index with the config's prefix, and waits. */
export async function resetStores(config: Config): Promise<void> {
  const driver = createDriver(config);
  try {
    // Relationships first, then nodes, in bounded transactions: a hub's edges never go in one.
    await deleteEverything(driver, config.neo4j.database);
  } finally {
    await driver.close();
  }
  const search = createSearchClient(config);
  const { results } = await search.getIndexes({ limit: 1000 });
  const ours = results.filter((index) => index.uid.startsWith(config.meili.indexPrefix));
  const tasks = await Promise.all(ours.map((index) => search.deleteIndex(index.uid)));
  await waitForSearchTasks(
    search,
    tasks.map((t) => t.taskUid),
    60_000,
  );
}

/**
 * Ingests files or folders (paths relative to the working directory, or byte inputs) with
 * fresh clients; returns the ingest report. Meilisearch tasks are awaited by ingest itself.
 */
export async function ingestFixtures(config: Config, inputs: readonly (string | IngestInput)[], options: IngestOptions = {}): Promise<IngestReport> {
  const driver = createDriver(config);
  const search = createSearchClient(config);
  try {
    const normalised = inputs.map((input) => (typeof input === 'string' ? { path: input } : input));
    return await ingestDocuments({ driver, search, config, logger: createLogger({ logLevel: 'silent' }) }, normalised, options);
  } finally {
    await driver.close();
  }
}

/** Rebuilds the indexes from the graph, after a test changed the graph behind the pipeline's back. */
export async function reindexAll(config: Config): Promise<void> {
  const driver = createDriver(config);
  try {
    await reindex({ driver, search: createSearchClient(config), config, logger: createLogger({ logLevel: 'silent' }) }, { onlyPending: false });
  } finally {
    await driver.close();
  }
}
