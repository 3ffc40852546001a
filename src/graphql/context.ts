import type { Driver } from 'neo4j-driver';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.js';
import { createGraphReader, type GraphReader } from '../graph/queries/read-graph.js';
import type { Logger } from '../logger.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What the API needs, created once in `main` (or a test) and passed in. */
export interface ApiDeps {
  driver: Driver;
  search: Meilisearch;
  config: Config;
  logger: Logger;
  /** Called for every Cypher query the API sends (query logs; the N+1 test counts with it). */
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
}

/** The per-request GraphQL context. */
export interface ApiContext {
  deps: ApiDeps;
  reader: GraphReader;
  loaders: Loaders;
  /** The `x-api-key` header as sent, or null. */
  apiKey: string | null;
}

/** Builds a request's context: fresh loaders (no cache shared between requests). */
export function createApiContext(deps: ApiDeps, request: Request): ApiContext {
  const reader = createGraphReader(deps.driver, {
    database: deps.config.neo4j.database,
    timeoutMs: deps.config.engineTimeoutMs,
    onQuery: deps.onQuery,
  });
  return { deps, reader, loaders: createLoaders(reader), apiKey: request.headers.get('x-api-key') };
}
