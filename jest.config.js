/**
 * Four projects, kept apart so the inner loop (`npm run test:unit`) needs no engine:
 *  - unit:        pure code on fixtures (tests/unit)
 *  - integration: against the real Neo4j and Meilisearch (tests/integration)
 *  - e2e:         the HTTP API over real HTTP and in-process (tests/e2e)
 *  - browser:     the explorer and GraphiQL in headless Chromium against the real service (tests/browser)
 * Integration, e2e and browser share one global setup that starts the engines through the
 * project's own service code (reusing engines that already run); the browser one also makes
 * sure Chromium is installed and the explorer built.
 */
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testEnvironment: 'node',
};

export default {
  // Real engines on a 2-core machine: an engine start or a large ingest takes seconds (unit
  // tests finish far below this anyway).
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.cjs'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/browser-global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
  ],
};
