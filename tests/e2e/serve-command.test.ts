import { jest } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { testConfig } from '../support/test-config.js';
import { freePort } from './support/free-port.js';

jest.setTimeout(60_000);

const BIN = path.resolve('bin', 'lessons-graph.js');
const COMPILED = path.resolve('dist', 'cli', 'serve-command.js');

async function waitForLive(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} never answered`);
}

/** The installed command (`npm test` compiles first): `lessons-graph serve`, then SIGTERM. */
describe('lessons-graph serve', () => {
  it('serves health over HTTP, then shuts down cleanly on SIGTERM (exit 0)', async () => {
    expect(fs.existsSync(COMPILED)).toBe(true);
    const config = testConfig();
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      env: {
        ...process.env,
        NEO4J_URI: config.neo4j.uri,
        NEO4J_PASSWORD: config.neo4j.password,
        MEILI_HOST: config.meili.host,
        MEILI_MASTER_KEY: config.meili.masterKey,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitForLive(`http://127.0.0.1:${port}/healthz`, child);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status neo4j { up version } meilisearch { up version } } }' }),
      });
      expect(await response.json()).toEqual({
        data: {
          health: {
            status: 'OK',
            neo4j: { up: true, version: expect.stringMatching(/^5\.26\.\d+$/) },
            meilisearch: { up: true, version: expect.stringMatching(/^1\.21\.\d+$/) },
          },
        },
      });
      expect(stderr).toContain(`GraphQL API on http://127.0.0.1:${port}/graphql`);
      expect(stderr).toContain(`Explorer on http://127.0.0.1:${port}/ (exports under http://127.0.0.1:${port}/export/)`);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
