import fs from 'node:fs';
import path from 'node:path';
import { stopMeilisearch } from '../../src/services/meilisearch-engine.js';
import { stopNeo4j } from '../../src/services/neo4j-engine.js';
import { testConfig } from './test-config.js';

/**
 * Stops the engines the global setup started; engines a developer left running stay.
 * KEEP_TEST_ENGINES=1 keeps them for the next run (faster inner loop).
 */
export default async function globalTeardown(): Promise<void> {
  const config = testConfig();
  const marker = path.join(config.dataDir, 'run', 'started-by-tests');
  if (!fs.existsSync(marker) || process.env.KEEP_TEST_ENGINES === '1') return;
  const started = JSON.parse(fs.readFileSync(marker, 'utf8')) as { neo4j: boolean; meilisearch: boolean };
  await Promise.all([started.neo4j ? stopNeo4j(config) : null, started.meilisearch ? stopMeilisearch(config) : null]);
  fs.rmSync(marker, { force: true });
}
