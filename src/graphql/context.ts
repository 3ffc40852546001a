import type { IncomingMessage } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.js';
import { createGraphReader, type GraphReader } from '../graph/queries/read-graph.js';
import type { Logger } from '../logger.js';
import type { ApiWorkers } from '../workers/api-workers.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { RateLimiters } from './rate-limit.js';

/** What the API needs, created once in `main` (or a test) and passed in. */
export interface ApiDeps {
  driver: Driver;
  search: Meilisearch;
  config: Config;
  logger: Logger;
  /** Called for every Cypher query the API sends (query logs; the N+1 test counts with it). */
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
  /** Worker threads for CPU-heavy work (upload extraction); the API creates its own when absent. */
  workers?: ApiWorkers;
}

/** What yoga's Node adapter tells yoga about a request, besides the request itself. */
export interface ServerContext {
  /** The Node request, whose socket's peer is the client's IP address; absent for in-process calls (`yoga.fetch` in tests and the benchmark). */
  req?: Pick<IncomingMessage, 'socket'>;
}

/** The per-request GraphQL context. */
export interface ApiContext {
  deps: ApiDeps;
  reader: GraphReader;
  loaders: Loaders;
  /** The `x-api-key` header as sent, or null. */
  apiKey: string | null;
  /** The client's IP address; null for in-process calls, which no rate limit applies to. */
  clientAddress: string | null;
  /** The server's rate limits (shared by all requests of one server). */
  limits: RateLimiters;
  /** The server's worker threads. */
  workers: ApiWorkers;
}

/** Builds a request's context: fresh loaders (no cache shared between requests). */
export function createApiContext(
  deps: ApiDeps,
  request: Request,
  shared: { limits: RateLimiters; workers: ApiWorkers; clientAddress?: string | undefined },
): ApiContext {
  const reader = createGraphReader(deps.driver, {
    database: deps.config.neo4j.database,
    timeoutMs: deps.config.engineTimeoutMs,
    onQuery: deps.onQuery,
  });
  return {
    deps,
    reader,
    loaders: createLoaders(reader),
    apiKey: request.headers.get('x-api-key'),
    clientAddress: shared.clientAddress ?? null,
    limits: shared.limits,
    workers: shared.workers,
  };
}
