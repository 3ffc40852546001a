#!/usr/bin/env bash
# Fails when the committed resolver types (src/graphql/generated/resolvers-types.ts) are not what
# schema.graphql generates now: graphql-codegen's --check generates in memory and compares.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! output=$(npx graphql-codegen --config codegen.ts --check 2>&1); then
  echo "$output" | grep -vE '^\s*(❯|✔)' >&2 || true
  echo "codegen:check: src/graphql/generated/resolvers-types.ts is stale for schema.graphql (or codegen.ts); run \`npm run codegen\` and commit the result." >&2
  exit 1
fi
echo "» generated resolver types are up to date" >&2
