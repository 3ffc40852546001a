import type { Config } from '../config.js';
import { meilisearchStatus, startMeilisearch, stopMeilisearch } from './meilisearch-engine.js';
import type { EngineStatus } from './local-process.js';
import { neo4jStatus, startNeo4j, stopNeo4j } from './neo4j-engine.js';

export type { EngineStatus };
export type StartedEngine = EngineStatus & { reused: boolean };

/**
 * Starts both local engines (in parallel: Neo4j's JVM start dominates) or reuses those
 * already answering. When one fails, the other is stopped again if this call started it,
 * so a failed start leaves nothing behind; then the first failure is thrown.
 */
export async function startEngines(config: Config): Promise<{ neo4j: StartedEngine; meilisearch: StartedEngine }> {
  const [neo4j, meilisearch] = await Promise.allSettled([startNeo4j(config), startMeilisearch(config)]);
  if (neo4j.status === 'fulfilled' && meilisearch.status === 'fulfilled') {
    return { neo4j: neo4j.value, meilisearch: meilisearch.value };
  }
  if (neo4j.status === 'fulfilled' && !neo4j.value.reused) await stopNeo4j(config);
  if (meilisearch.status === 'fulfilled' && !meilisearch.value.reused) await stopMeilisearch(config);
  throw neo4j.status === 'rejected' ? neo4j.reason : (meilisearch as PromiseRejectedResult).reason;
}

/** Stops the engines this project started (by pid file), never others. */
export async function stopEngines(config: Config) {
  const [neo4j, meilisearch] = await Promise.all([stopNeo4j(config), stopMeilisearch(config)]);
  return { neo4j, meilisearch };
}

/** Probes both engines in parallel; an engine that does not answer is reported down with the reason. */
export async function engineStatus(config: Config): Promise<{ neo4j: EngineStatus; meilisearch: EngineStatus }> {
  const [neo4j, meilisearch] = await Promise.all([neo4jStatus(config), meilisearchStatus(config)]);
  return { neo4j, meilisearch };
}
