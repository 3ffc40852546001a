import { loadConfig } from '../../../src/config.js';
import { corsOptionsFor, requestUrl } from '../../../src/graphql/server.js';

describe('request URL from the Host header', () => {
  it('is null (400) for a malformed Host header or target (regression: 500 with a stack trace)', () => {
    expect(requestUrl({ url: '/graphql', headers: { host: 'bad host' } })).toBeNull();
    expect(requestUrl({ url: '/graphql', headers: { host: 'a/b' } })).toBeNull();
    expect(requestUrl({ url: '/graphql', headers: { host: 'example.org:99999' } })).toBeNull();
    expect(requestUrl({ url: '/graphql', headers: { host: '[::1' } })).toBeNull();
  });

  it('builds the URL for good ones', () => {
    expect(requestUrl({ url: '/graphql?x=1', headers: { host: '127.0.0.1:4000' } })?.href).toBe('http://127.0.0.1:4000/graphql?x=1');
    expect(requestUrl({ url: '/healthz', headers: { host: '[::1]:4000' } })?.pathname).toBe('/healthz');
    expect(requestUrl({ url: '/healthz', headers: {} })?.href).toBe('http://localhost/healthz');
  });
});

describe('CORS', () => {
  const ask = (origins: string | undefined, origin: string | null) =>
    corsOptionsFor(loadConfig(origins === undefined ? {} : { CORS_ORIGINS: origins }))(
      new Request('http://api/graphql', { headers: origin ? { origin } : {} }),
    );

  it('allows no other origin by default (regression: any origin, with credentials)', () => {
    expect(ask(undefined, 'https://evil.example')).toBe(false);
    expect(ask(undefined, null)).toBe(false);
  });

  it('allows the configured origins, never with credentials', () => {
    expect(ask('https://dash.example.org, https://ops.example.org', 'https://ops.example.org')).toEqual({
      origin: ['https://dash.example.org', 'https://ops.example.org'],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'x-api-key'],
      exposedHeaders: ['retry-after'],
      credentials: false,
      maxAge: 600,
    });
    expect(ask('https://dash.example.org', 'https://evil.example')).toBe(false);
    expect(ask('*', 'https://any.example')).toMatchObject({ origin: ['*'], credentials: false });
  });
});
