import { readNeo4jVersion } from '../graph/driver.js';
import { describeError } from '../errors.js';
import type { ApiDeps } from './context.js';

export interface EngineHealth {
  up: boolean;
  version: string | null;
  reason: string | null;
}

export interface ApiHealth {
  status: 'OK' | 'DEGRADED';
  neo4j: EngineHealth;
  meilisearch: EngineHealth;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Health is public: say what failed, not where the engines live.
function withoutAddresses(reason: string): string {
  return reason
    .replace(/\b(bolt|neo4j|https?)(\+s|\+ssc)?:\/\/[^\s'",)]+/g, '<engine>')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, '<address>')
    .slice(0, 200);
}

async function probe(check: () => Promise<string>, ms: number, what: string): Promise<EngineHealth> {
  try {
    return { up: true, version: await withTimeout(check(), ms, what), reason: null };
  } catch (error) {
    return { up: false, version: null, reason: withoutAddresses(describeError(error)) };
  }
}

/**
 * Asks both engines for their version through the API's own clients (Bolt handshake,
 * Meilisearch `/version`), each bounded by the engine timeout. Never throws.
 */
export async function checkEngineHealth(deps: Pick<ApiDeps, 'driver' | 'search' | 'config'>): Promise<ApiHealth> {
  const ms = deps.config.engineTimeoutMs;
  const [neo4j, meilisearch] = await Promise.all([
    probe(() => readNeo4jVersion(deps.driver, deps.config.neo4j.database), ms, 'Neo4j'),
    probe(async () => (await deps.search.getVersion()).pkgVersion, ms, 'Meilisearch'),
  ]);
  return { status: neo4j.up && meilisearch.up ? 'OK' : 'DEGRADED', neo4j, meilisearch };
}
