#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lock file, then
# compiles TypeScript and builds the explorer (web/ -> dist/web with Vite). Shared by `npm start` and `npm test`, so both work on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "» installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "» compiling TypeScript" >&2
npx tsc -p tsconfig.build.json
echo "» building the explorer (web/ -> dist/web)" >&2
npx vite build --config web/vite.config.ts --logLevel warn
