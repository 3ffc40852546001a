#!/usr/bin/env bash
# The whole test suite, engines included: unit tests (pure code), integration tests against
# the real Neo4j 5.26 and Meilisearch 1.21 (started by the jest global setup through the
# project's own service code, on test ports 7688/7701, data under .data/test), e2e tests of
# the HTTP API, browser tests of the explorer and GraphiQL in headless Chromium (their global
# setup runs scripts/ensure-chromium.sh, which installs it when missing). Before jest: the
# dependency rules, the check that the generated resolver types are not stale, eslint and knip.
# Usage: npm test [-- jest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-installed.sh
# The layering of src/ (.dependency-cruiser.cjs): no cycle, stages apart, graphql only from cli/http.
npm run --silent depcruise
# The committed resolver types must match schema.graphql (npm run codegen regenerates them).
bash scripts/check-codegen.sh
# Static checks first, cheapest feedback: the types of src/ and tests/ (jest compiles each file
# alone and does not check them), type-aware lint, then dead files, exports and dependencies.
npx tsc --noEmit -p tsconfig.json
npm run --silent lint
npm run --silent knip
npm run --silent format:check
exec node --experimental-vm-modules node_modules/jest/bin/jest.js --runInBand "$@"
