import { startTestApi, type TestApi } from './support/api-harness.js';

describe('the server over real HTTP: health, liveness and readiness', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('reports both engines up with Neo4j 5.26.x and Meilisearch 1.21.x', async () => {
    const { status, data, errors } = await api.gql('{ health { status neo4j { up version reason } meilisearch { up version reason } } }');
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
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
