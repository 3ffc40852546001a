#!/usr/bin/env bash
# The whole test suite, engines included: unit tests (pure code), integration tests against
# the real Neo4j 5.26 and Meilisearch 1.21 (started by the jest global setup through the
# project's own service code, on test ports 7688/7701, data under .data/test), e2e tests of
# the HTTP API, browser tests of the explorer and GraphiQL in headless Chromium (their global
# setup runs scripts/ensure-chromium.sh, which installs it when missing), after the dependency rules
# (npm run depcruise). Usage: npm test [-- jest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-installed.sh
# The layering of src/ (.dependency-cruiser.cjs): no cycle, stages apart, graphql only from cli/http.
npm run --silent depcruise
exec node --experimental-vm-modules node_modules/jest/bin/jest.js --runInBand "$@"
