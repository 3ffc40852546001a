import fs from 'node:fs';
import path from 'node:path';
import { startEngines } from '../../src/services/engines.js';
import { testConfig } from './test-config.js';

/**
 * Starts the real Neo4j and Meilisearch for the integration and e2e suites through the
 * project's own service code (reusing engines already running). Remembers whether it started
 * them, so the teardown stops only what it started.
 */
export default async function globalSetup(): Promise<void> {
  const config = testConfig();
  const started = await startEngines(config);
  const marker = path.join(config.dataDir, 'run', 'started-by-tests');
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  if (!started.neo4j.reused || !started.meilisearch.reused) {
    fs.writeFileSync(marker, JSON.stringify({ neo4j: !started.neo4j.reused, meilisearch: !started.meilisearch.reused }));
  }
  process.stderr.write(`\nengines for tests: Neo4j ${started.neo4j.version} at ${started.neo4j.address}, Meilisearch ${started.meilisearch.version} at ${started.meilisearch.address}\n`);
}
