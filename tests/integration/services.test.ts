import net from 'node:net';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { engineStatus, startEngines, stopEngines } from '../../src/services/engines.js';
import { isProcessAlive } from '../../src/services/process-utils.js';
import { testEnvironment } from '../support/test-config.js';

/**
 * Engines of their own (ports and data apart from the suite's shared engines), started and stopped here.
 * TEST_SERVICES_BOLT_PORT / TEST_SERVICES_MEILI_PORT move them, so two checkouts can run the suite side by side.
 */
const boltPort = Number(process.env.TEST_SERVICES_BOLT_PORT ?? 7697);
const meiliPort = Number(process.env.TEST_SERVICES_MEILI_PORT ?? 7717);
const config = loadConfig({
  ...testEnvironment(),
  NEO4J_BOLT_PORT: String(boltPort),
  MEILI_PORT: String(meiliPort),
  LESSONS_GRAPH_DATA_DIR: '.data/test-services',
});

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('services start | stop', () => {
  afterAll(async () => {
    await stopEngines(config);
  });

  it('starts both engines, reuses them on a second start, and stop leaves no engine process behind', async () => {
    const first = await startEngines(config);
    expect(first.neo4j).toMatchObject({ up: true, reused: false, address: `bolt://127.0.0.1:${boltPort}` });
    expect(first.meilisearch).toMatchObject({ up: true, reused: false, address: `http://127.0.0.1:${meiliPort}` });
    expect(first.neo4j.version).toMatch(/^5\.26\./);
    expect(first.meilisearch.version).toMatch(/^1\.21\./);

    const second = await startEngines(config);
    expect(second.neo4j).toMatchObject({ up: true, reused: true, pid: first.neo4j.pid });
    expect(second.meilisearch).toMatchObject({ up: true, reused: true, pid: first.meilisearch.pid });

    expect(await stopEngines(config)).toEqual({ neo4j: 'stopped', meilisearch: 'stopped' });
    expect(isProcessAlive(first.neo4j.pid as number)).toBe(false);
    expect(isProcessAlive(first.meilisearch.pid as number)).toBe(false);
    const status = await engineStatus(config);
    expect([status.neo4j.up, status.meilisearch.up]).toEqual([false, false]);
    expect(await stopEngines(config)).toEqual({ neo4j: 'not-running', meilisearch: 'not-running' });
  });

  it('fails fast naming the Bolt port when another process holds it, and leaves nothing running', async () => {
    const squatter = await listen(boltPort);
    try {
      let error: unknown;
      await startEngines(config).catch((caught: unknown) => {
        error = caught;
      });
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('SERVICE');
      expect((error as AppError).message).toContain(`Bolt port ${boltPort} on 127.0.0.1 is already taken`);
      expect((error as AppError).message).toContain('NEO4J_BOLT_PORT');
      // Meilisearch, started in parallel, was stopped again.
      expect((await engineStatus(config)).meilisearch.up).toBe(false);
    } finally {
      squatter.close();
    }
  });
});
