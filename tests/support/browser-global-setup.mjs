import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import engineSetup from './global-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The browser suites' setup: Chromium present (scripts/ensure-chromium.sh installs Debian's
 * package when missing, as root), the explorer built (dist/web, rebuilt when web/ or the shared
 * model changed since), then the engines as for the integration and e2e suites.
 */
export default async function browserGlobalSetup() {
  const chromium = spawnSync('bash', [path.join(root, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  if (chromium.status !== 0) throw new Error('Chromium is missing for the browser tests (see the message above).');
  const index = path.join(root, 'dist', 'web', 'index.html');
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(newestMtime(path.join(root, 'web')), newestMtime(path.join(root, 'src', 'model')));
  if (builtAt < sources) {
    const vite = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'],
      {
        stdio: 'inherit',
        // jest sets NODE_ENV=test, which would give a development build; test what users get.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    if (vite.status !== 0) throw new Error('Building the explorer (vite build) for the browser tests failed.');
  }
  await engineSetup();
}
