import { Meilisearch } from 'meilisearch';
import type { Config } from '../config.js';

/** Creates the one Meilisearch client of a process (created in `main`, passed in). */
export function createSearchClient(config: Config): Meilisearch {
  return new Meilisearch({
    host: config.meili.host,
    apiKey: config.meili.masterKey,
    timeout: config.engineTimeoutMs,
  });
}
