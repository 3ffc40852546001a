import fs from 'node:fs';
import path from 'node:path';
import { importCompiled, testEnvironment } from './compiled.mjs';

/**
 * Starts the real Neo4j and Meilisearch for the integration and e2e suites through the
 * project's own service code (reusing engines already running). Remembers whether it started
 * them, so the teardown stops only what it started.
 */
export default async function globalSetup() {
  const { loadConfig } = await importCompiled('config.js');
  const { startEngines } = await importCompiled('services/engines.js');
  const config = loadConfig(testEnvironment());
  const started = await startEngines(config);
  const marker = path.join(config.dataDir, 'run', 'started-by-tests');
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  if (!started.neo4j.reused || !started.meilisearch.reused) {
    const previous = fs.existsSync(marker) ? JSON.parse(fs.readFileSync(marker, 'utf8')) : { neo4j: false, meilisearch: false };
    fs.writeFileSync(
      marker,
      JSON.stringify({ neo4j: previous.neo4j || !started.neo4j.reused, meilisearch: previous.meilisearch || !started.meilisearch.reused }),
    );
  }
  process.stderr.write(
    `\nengines for tests: Neo4j ${started.neo4j.version} at ${started.neo4j.address}, Meilisearch ${started.meilisearch.version} at ${started.meilisearch.address}\n`,
  );
}
