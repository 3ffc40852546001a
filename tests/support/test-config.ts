import fs from 'node:fs';
import { loadConfig, type Config } from '../../src/config.js';

/**
 * The environment the integration and e2e tests run with: their own ports, data folder and
 * index prefix (tests/support/test-env.json), so a developer's running service (7687/7700,
 * .data/) is never touched. The usual variables override it (e.g. NEO4J_BOLT_PORT) to run two
 * suites side by side. Shared with the global setup, which is plain JavaScript.
 */
export function testEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const defaults = JSON.parse(fs.readFileSync(new URL('./test-env.json', import.meta.url), 'utf8')) as Record<string, string>;
  // NEO4J_URI / MEILI_HOST from a developer's shell would point tests at the dev engines.
  return { ...defaults, ...env, NEO4J_URI: env.TEST_NEO4J_URI, MEILI_HOST: env.TEST_MEILI_HOST };
}

export function testConfig(): Config {
  return loadConfig(testEnvironment());
}
