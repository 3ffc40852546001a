#!/usr/bin/env bash
# Sets up and starts the whole service on a fresh machine: npm dependencies, TypeScript build,
# Neo4j and Meilisearch on loopback (reused when already running), the seed documents
# ingested (idempotent: unchanged documents are skipped), then the GraphQL server with
# GraphiQL on http://localhost:${PORT:-4000}/graphql. Stop the server with Ctrl-C; the engines
# keep running until `npx lessons-graph services stop`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-installed.sh
node bin/lessons-graph.js services start
node bin/lessons-graph.js ingest seeds/
exec node bin/lessons-graph.js serve
