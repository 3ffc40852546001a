import { loadConfig, type Config } from '../../src/config.js';

/**
 * The configuration integration and e2e tests use: their own ports, data folder and index
 * prefix, so a developer's running service (7687/7700, .data/) is never touched by the tests.
 * Override with the usual variables (e.g. NEO4J_BOLT_PORT) to run two suites side by side.
 */
export function testConfig(): Config {
  return loadConfig({
    NEO4J_BOLT_PORT: '7688',
    MEILI_PORT: '7701',
    LESSONS_GRAPH_DATA_DIR: '.data/test',
    MEILI_INDEX_PREFIX: 'test_',
    LESSONS_GRAPH_API_KEY: 'test-api-key-0123456789',
    LOG_LEVEL: 'silent',
    ...process.env,
    // NEO4J_URI / MEILI_HOST from a developer's shell would point tests at the dev engines.
    NEO4J_URI: process.env.TEST_NEO4J_URI,
    MEILI_HOST: process.env.TEST_MEILI_HOST,
  });
}
