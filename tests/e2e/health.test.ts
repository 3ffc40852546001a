import { jest } from '@jest/globals';
import { loadConfig } from '../../src/config.js';
import type { EngineHealth, Health } from '../../src/graphql/generated/resolvers-types.js';
import { startTestApi, type TestApi } from './support/api-harness.js';
import { freePort } from './support/free-port.js';

// Real engines on a busy machine: the first query of a kind waits for Neo4j to plan it.
jest.setTimeout(60_000);

describe('the server over real HTTP: health, liveness and readiness', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('reports both engines up with Neo4j 5.26.x and Meilisearch 1.21.x', async () => {
    const { status, data, errors } = await api.gql<{ health: Health }>('{ health { status neo4j { up version reason } meilisearch { up version reason } } }');
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    if (!data) throw new Error('no data');
    expect(data.health.status).toBe('OK');
    expect(data.health.neo4j).toEqual({ up: true, version: expect.stringMatching(/^5\.26\.\d+$/), reason: null });
    expect(data.health.meilisearch).toEqual({ up: true, version: expect.stringMatching(/^1\.21\.\d+$/), reason: null });
  });

  it('answers /healthz with 200 and /readyz with 200 and both engines in JSON', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const live = await fetch(`${base}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; neo4j: { up: boolean }; meilisearch: { up: boolean } };
    expect(body.status).toBe('OK');
    expect(body.neo4j.up).toBe(true);
    expect(body.meilisearch.up).toBe(true);
  });

  it('serves GraphiQL to a browser on /graphql', async () => {
    const response = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('GraphiQL');
  });
});

describe('the server with both engines down', () => {
  let api: TestApi;
  beforeAll(async () => {
    const config = loadConfig({
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
      MEILI_HOST: `http://127.0.0.1:${await freePort()}`,
      ENGINE_TIMEOUT_MS: '1000',
      LOG_LEVEL: 'silent',
    });
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('stays alive (/healthz 200), is not ready (/readyz 503) and says why in health', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; neo4j: { up: boolean; reason: string }; meilisearch: { up: boolean } };
    expect(body.status).toBe('DEGRADED');
    expect(body.neo4j.up).toBe(false);
    expect(body.meilisearch.up).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|bolt:\/\/|http:\/\//);
    type EngineState = Pick<EngineHealth, 'up' | 'version'>;
    const { data } = await api.gql<{ health: Pick<Health, 'status'> & { neo4j: EngineState; meilisearch: EngineState } }>(
      '{ health { status neo4j { up version } meilisearch { up version } } }',
    );
    expect(data?.health).toEqual({ status: 'DEGRADED', neo4j: { up: false, version: null }, meilisearch: { up: false, version: null } });
  }, 30_000);

  it('answers queries that need an engine with UNAVAILABLE, masking the address', async () => {
    const search = await api.gql<{ search: { totalHits: number } }>('{ search(query: "esclavage") { totalHits } }');
    expect(search.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    const country = await api.gql<{ country: { name: string } | null }>('{ country(code: "MLI") { name } }');
    expect(country.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(JSON.stringify([search.errors, country.errors])).not.toMatch(/127\.0\.0\.1|bolt:/);
  }, 30_000);
});
