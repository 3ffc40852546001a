import os from 'node:os';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';

describe('loadConfig', () => {
  it('binds everything to loopback by default', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.meili.host).toBe('http://127.0.0.1:7700');
    expect(config.server).toEqual({ host: '127.0.0.1', port: 4000, apiKey: null, maxActive: 4 * os.availableParallelism(), maxQueued: 1000 });
    expect(config.dataDir).toBe('/srv/app/.data');
  });

  it('derives the engine addresses from their ports', () => {
    const config = loadConfig({ NEO4J_BOLT_PORT: '7690', MEILI_PORT: '7710' });
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7690');
    expect(config.meili.host).toBe('http://127.0.0.1:7710');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_PASSWORD: '' }).server.port).toBe(4000);
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_PASSWORD: 'short', MEILI_HOST: 'not a url', NEO4J_URI: 'http://x' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFIG');
    const message = (error as AppError).message;
    for (const name of ['PORT', 'NEO4J_PASSWORD', 'MEILI_HOST', 'NEO4J_URI']) expect(message).toContain(name);
  });

  it('reads the API limits: engine connection timeouts, CORS origins, rate limits, worker walls', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({ connectionTimeoutMs: 3000, acquisitionTimeoutMs: 5000 });
    expect(config.cors).toEqual({ origins: [] });
    expect(config.rateLimits).toEqual({ expensive: { burst: 20, perMinute: 120 }, authFailures: { burst: 10, perMinute: 10 } });
    expect(config.workers).toEqual({ threads: 2, taskTimeoutMs: 60_000, maxMemoryMb: 512 });
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example:8443' }).cors.origins).toEqual(['https://a.example', 'https://b.example:8443']);
  });

  it('refuses a CORS origin with a path, and an acquisition timeout shorter than the connection timeout', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ NEO4J_CONNECTION_TIMEOUT_MS: '5000', NEO4J_ACQUISITION_TIMEOUT_MS: '1000' })).toThrow(
      /NEO4J_ACQUISITION_TIMEOUT_MS: must be at least NEO4J_CONNECTION_TIMEOUT_MS \(5000\)/,
    );
  });

  it("bounds the memory of Meilisearch's indexer: 2 GiB at most by default, a size or bytes when set, a bad value named", () => {
    const byDefault = Number(loadConfig({}).meili.maxIndexingMemory);
    expect(byDefault).toBe(Math.min(2 * 1024 ** 3, Math.floor((os.totalmem() * 2) / 3)));
    expect(loadConfig({ MEILI_MAX_INDEXING_MEMORY: '512MiB' }).meili.maxIndexingMemory).toBe('512MiB');
    expect(loadConfig({ MEILI_MAX_INDEXING_MEMORY: '1073741824' }).meili.maxIndexingMemory).toBe('1073741824');
    expect(() => loadConfig({ MEILI_MAX_INDEXING_MEMORY: 'lots' })).toThrow(/MEILI_MAX_INDEXING_MEMORY: bytes, or a size like 512MiB or 2GiB/);
  });
});
