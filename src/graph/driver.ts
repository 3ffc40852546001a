import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

/**
 * Creates the one Neo4j driver of a process. Created once in `main` and passed in, never a
 * module singleton. Integers come back as JavaScript numbers where they fit (`disableLosslessIntegers`
 * is deliberately not used: we convert at the graph boundary with `toNumber`).
 * Connecting and acquiring a pooled connection are bounded by their own, short timeouts
 * (NEO4J_CONNECTION_TIMEOUT_MS, NEO4J_ACQUISITION_TIMEOUT_MS): a request must not wait the whole
 * engine timeout for a server that is not there.
 */
export function createDriver(config: Config): Driver {
  return neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password), {
    connectionTimeout: config.neo4j.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.neo4j.acquisitionTimeoutMs,
    maxTransactionRetryTime: 15_000,
    userAgent: 'lessons-graph',
  });
}

/** Neo4j's server version ("5.26.30"), from the Bolt handshake. */
export async function readNeo4jVersion(driver: Driver, database: string): Promise<string> {
  const info = await driver.getServerInfo({ database });
  return (info.agent ?? 'Neo4j/unknown').replace(/^Neo4j\//, '');
}
