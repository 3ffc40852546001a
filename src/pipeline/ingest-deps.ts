import type { Meilisearch } from 'meilisearch';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/**
 * The clients every pipeline command works with (ingest, reindex, remove), created once by the
 * CLI or the server and passed in.
 */
export interface IngestDeps {
  driver: Driver;
  search: Meilisearch;
  config: Config;
  logger: Logger;
}
