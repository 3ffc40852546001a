import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createSchema, createYoga } from 'graphql-yoga';
import type { ApiDeps } from '../../../src/graphql/context.js';
import { createRateLimiters } from '../../../src/graphql/rate-limit.js';
import { EXPLORER_CSP, useExplorer } from '../../../src/http/explorer-plugin.js';

/**
 * The explorer plugin in-process (yoga.fetch), on a small built site made here: routes, media
 * types, cache headers, CSP, conditional requests, compression, GraphiQL offline. The export
 * endpoints need the engines: tests/e2e/exports.test.ts.
 */
describe('the explorer plugin: static files, app routes and GraphiQL', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-site-'));
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="app"></div></body></html>',
  );
  fs.writeFileSync(path.join(root, 'assets', 'index-AbC123.js'), script);
  fs.writeFileSync(path.join(root, 'assets', 'index-AbC123.js.map'), '{}');
  fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  // The static routes never touch the engines: the deps are not used.
  const deps = {} as ApiDeps;
  const limits = createRateLimiters({ expensive: { burst: 20, perMinute: 120 }, authFailures: { burst: 10, perMinute: 10 } });
  const make = (siteRoot: string) =>
    createYoga({
      schema: createSchema({ typeDefs: 'type Query { ping: String }', resolvers: { Query: { ping: () => 'pong' } } }),
      graphiql: false,
      landingPage: false,
      plugins: [useExplorer(deps, { siteRoot, graphiql: { title: 'Lessons Graph' }, graphqlEndpoint: '/graphql', limits })],
    });
  const yoga = make(root);
  const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => yoga.fetch(`http://127.0.0.1${url}`, { method, headers });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('answers / and every explorer route with the shell: HTML, revalidated, under a CSP that forbids other origins', async () => {
    for (const url of [
      '/',
      '/search?q=x',
      '/map',
      '/graph?id=country:MLI',
      '/insight/insight%3Aabc',
      '/project/MLI%2F19%2F01%2FUSA',
      '/country/MLI',
      '/actor/org%3Ailo',
      '/theme/theme%3Aslavery',
    ]) {
      const response = await get(url);
      expect([url, response.status, response.headers.get('content-type')]).toEqual([url, 200, 'text/html; charset=utf-8']);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<div id="app"></div>');
    }
    expect(EXPLORER_CSP).toContain("default-src 'none'");
    expect(EXPLORER_CSP).toContain("script-src 'self';");
    expect(EXPLORER_CSP).toContain("connect-src 'self';");
    expect(EXPLORER_CSP).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';/);
  });

  it('serves hashed assets with their media type, cached for a year, gzipped when the client accepts it', async () => {
    const plain = await get('/assets/index-AbC123.js');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    const zipped = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('accept-encoding');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(script);
    expect((await get('/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 304 to a matching If-None-Match, and HEAD with headers only', async () => {
    const first = await get('/assets/index-AbC123.js');
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const again = await get('/assets/index-AbC123.js', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses what it does not serve: source maps, unknown assets, other paths, writes', async () => {
    expect((await get('/assets/index-AbC123.js.map')).status).toBe(404);
    // Files are served from memory by exact path: no traversal can reach the disk.
    expect((await get('/assets/../index.html')).status).toBe(404);
    expect((await get('/assets/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/etc/passwd')).status).toBe(404);
    const post = await get('/search', { 'content-type': 'application/json' }, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves GraphiQL offline on GET /graphql from a browser: everything inline, its script allowed by hash, no other origin', async () => {
    const response = await get('/graphql', { accept: 'text/html' });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') as string;
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]{44}' blob:; worker-src blob:;/);
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).toContain('<title>Lessons Graph</title>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    // The API itself still answers on the same path.
    const api = await yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ping }' }),
    });
    expect(await api.json()).toEqual({ data: { ping: 'pong' } });
  });

  it('says how to build the explorer when it is not built', async () => {
    const unbuilt = make(path.join(root, 'nowhere'));
    const response = await unbuilt.fetch('http://127.0.0.1/');
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/^The explorer is not built \(no .*nowhere\/index\.html\); run `npm run build`\./);
  });
});
