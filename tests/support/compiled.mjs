/**
 * Jest loads globalSetup/globalTeardown with Node's own loader, outside ts-jest, so they
 * cannot import our TypeScript sources. They use the compiled code instead; this builds it
 * first when dist/ is missing or older than any source file (a no-op on the second run).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stamp = path.join(root, 'dist', '.build-stamp');

function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (builtAt >= newestSourceMtime(path.join(root, 'src'))) return;
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new Error(`TypeScript build for the test engines failed:\n${tsc.stdout}${tsc.stderr}`);
  fs.writeFileSync(stamp, new Date().toISOString());
}

/** Imports a compiled module of ours, e.g. `services/engines.js`. */
export async function importCompiled(modulePath) {
  ensureBuilt();
  return import(path.join(root, 'dist', modulePath));
}

/** The test environment (tests/support/test-env.json, overridable by the shell), as test-config.ts builds it. */
export function testEnvironment(env = process.env) {
  const defaults = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'support', 'test-env.json'), 'utf8'));
  return { ...defaults, ...env, NEO4J_URI: env.TEST_NEO4J_URI, MEILI_HOST: env.TEST_MEILI_HOST };
}
