import fs from 'node:fs';
import path from 'node:path';
import { importCompiled, testEnvironment } from './compiled.mjs';

/**
 * Stops the engines the global setup started; engines a developer left running stay.
 * KEEP_TEST_ENGINES=1 keeps them for the next run (faster inner loop).
 */
export default async function globalTeardown() {
  const { loadConfig } = await importCompiled('config.js');
  const config = loadConfig(testEnvironment());
  const marker = path.join(config.dataDir, 'run', 'started-by-tests');
  if (!fs.existsSync(marker) || process.env.KEEP_TEST_ENGINES === '1') return;
  const started = JSON.parse(fs.readFileSync(marker, 'utf8'));
  const { stopNeo4j } = await importCompiled('services/neo4j-engine.js');
  const { stopMeilisearch } = await importCompiled('services/meilisearch-engine.js');
  await Promise.all([started.neo4j ? stopNeo4j(config) : null, started.meilisearch ? stopMeilisearch(config) : null]);
  fs.rmSync(marker, { force: true });
}
