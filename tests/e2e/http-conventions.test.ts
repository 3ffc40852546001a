import { jest } from '@jest/globals';
import fs from 'node:fs';
import net from 'node:net';
import { loadConfig } from '../../src/config.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig, testEnvironment } from '../support/test-config.js';
import { startTestApi, type TestApi } from './support/api-harness.js';

// Real engines on a busy machine: the first query of a kind waits for Neo4j to plan it.
jest.setTimeout(90_000);

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
// Another project's summary whose lesson on social mediation carries an unclosed tag, as converted PDFs sometimes do.
const HOSTILE = fs
  .readFileSync(SEED, 'utf8')
  .replaceAll('MLI/19/01/USA', 'MLI/19/77/USA')
  .replace('La médiation sociale est un créneau très porteur', 'La médiation sociale <img src=x onerror=alert(1) est un créneau très porteur');

/** Sends raw bytes over TCP and returns the status line and body (fetch refuses a malformed Host). */
function rawRequest(port: number, request: string): Promise<{ statusLine: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('end', () => resolve({ statusLine: text.split('\r\n')[0]!, body: text.slice(text.indexOf('\r\n\r\n') + 4) }));
    socket.on('error', reject);
  });
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: Record<string, unknown> }> },
  };
}

describe('output safety and HTTP conventions, over real HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    const config = testConfig();
    await resetStores(config);
    const report = await ingestFixtures(config, [SEED, { bytes: Buffer.from(HOSTILE, 'utf8'), sourcePath: 'hostile.txt' }]);
    expect(report.documents.map((d) => d.outcome)).toEqual(['added', 'added']);
    api = await startTestApi();
  }, 240_000);
  afterAll(async () => {
    await api?.close();
  });

  it('snippets are safe HTML: the unclosed <img src=x onerror=alert(1) of a source comes out escaped (regression: it survived)', async () => {
    const { data, errors } = await api.gql(
      '{ search(query: "médiation créneau porteur", filter: { kinds: [LESSON_LEARNED] }) { edges { snippet node { project { code } text } } } }',
    );
    expect(errors).toBeUndefined();
    const hostile = data.search.edges.find((edge: { node: { project: { code: string } } }) => edge.node.project.code === 'MLI/19/77/USA');
    // The text is data (as stored); the snippet is HTML.
    expect(hostile.node.text).toContain('<img src=x onerror=alert(1)');
    expect(hostile.snippet).toContain('<mark>médiation</mark> sociale &lt;img src=x onerror=alert(1) est un <mark>créneau</mark>');
    for (const edge of data.search.edges) expect(edge.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it("a field's error says where in the query it happened, line breaks of any kind counted (regression: the compiled executor's errors lost it)", async () => {
    const query =
      '{\r\n  __typename\n  a: insight(id: "insight:0000000000000000") { id }\r  b: comparablePractices(insightId: "insight:0000000000000000") { score }\n}';
    const { errors } = await api.gql(query);
    expect(errors).toEqual([
      {
        message: 'No insight with id "insight:0000000000000000".',
        locations: [{ line: 4, column: 3 }],
        path: ['b'],
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
  });

  it('a malformed Host header is 400 BAD_REQUEST, not 500 with a stack trace', async () => {
    const port = Number(new URL(api.url).port);
    const body = '{"query":"{ health { status } }"}';
    const answer = await rawRequest(
      port,
      `POST /graphql HTTP/1.1\r\nHost: bad host/x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: 'Malformed Host header or request target.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('application/graphql-response+json gets 400 for requests that do not parse or validate; application/json gets 200', async () => {
    const cases: Array<[string, string]> = [
      ['{"query":"{ health { "}', 'GRAPHQL_PARSE_FAILED'],
      ['{"query":"{ nosuchfield }"}', 'GRAPHQL_VALIDATION_FAILED'],
      ['{"query": ', 'BAD_REQUEST'],
      ['{}', 'BAD_REQUEST'],
    ];
    for (const [body, code] of cases) {
      const strict = await post(api.url, body, { accept: 'application/graphql-response+json' });
      expect([strict.status, strict.body.errors?.[0]?.extensions.code, strict.headers.get('content-type')]).toEqual([
        400,
        code,
        'application/graphql-response+json; charset=utf-8',
      ]);
      const legacy = await post(api.url, body, { accept: 'application/json' });
      expect([legacy.status, legacy.body.errors?.[0]?.extensions.code]).toEqual([200, code]);
      // Only the code: nothing of the parser's own error.
      expect(Object.keys(strict.body.errors?.[0]?.extensions ?? {})).toEqual(['code']);
    }
    // A field error is an execution error: 200 with data null in both.
    const notFound = await post(api.url, '{"query":"{ paths(from: \\"country:MLI\\", to: \\"org:nobody\\") { length } }"}', {
      accept: 'application/graphql-response+json',
    });
    expect([notFound.status, notFound.body.errors?.[0]?.extensions.code]).toEqual([200, 'NOT_FOUND']);
  });

  it('NOT_FOUND messages cut a long argument (regression: 4.9 MB came back)', async () => {
    const id = `org:${'x'.repeat(1_000_000)}`;
    const paths = await api.gql('query ($to: ID!) { paths(from: "country:MLI", to: $to) { length } }', { to: id });
    expect(paths.errors?.[0]).toMatchObject({ message: `No node with id "${id.slice(0, 79)}…" (1000004 characters).`, extensions: { code: 'NOT_FOUND' } });
    const comparable = await api.gql('query ($id: ID!) { comparablePractices(insightId: $id) { score } }', { id: `insight:${'y'.repeat(1_000_000)}` });
    expect(comparable.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(comparable.errors?.[0]?.message.length).toBeLessThan(200);
  });

  it('15 aliases of comparablePractices are refused by the cost limit before any runs (regression: they cost 4.5 s)', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: comparablePractices(projectCode: "MLI/19/01/USA") { score }`).join(' ');
    const { status, errors, data } = await api.gql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/^Query cost limit of 50000 exceeded, found \d+: comparablePractices weighs 12500 \(asked 15 times\)\./);
  });

  it('enum-like fields are enums and dates documented scalars', async () => {
    const { data, errors } = await api.gql(`{
      project(code: "MLI/19/01/USA") { evaluations { type typeAsWritten timing mode completionDate approvalDate document { ingestedAt } } donors { type } }
      search(query: "", filter: { kinds: [GOOD_PRACTICE] }) { facets { kinds { value label count } } }
    }`);
    expect(errors).toBeUndefined();
    const [evaluation] = data.project.evaluations;
    expect({ ...evaluation, document: undefined }).toEqual({
      type: 'PROJECT',
      typeAsWritten: 'PROJECT',
      timing: 'MIDTERM',
      mode: 'INDEPENDENT',
      completionDate: '2022-12',
      approvalDate: null,
      document: undefined,
    });
    expect(evaluation.document.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(data.project.donors).toEqual([{ type: 'GOVERNMENT' }]);
    expect(data.search.facets.kinds).toEqual([{ value: 'GOOD_PRACTICE', label: 'Good practice', count: 6 }]);
  });

  it('CORS: no other origin is allowed by default (regression: any origin, with credentials and x-api-key)', async () => {
    const preflight = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const simple = await post(api.url, '{"query":"{ health { status } }"}', { origin: 'https://evil.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  describe('with CORS_ORIGINS and low rate limits', () => {
    let limited: TestApi;
    beforeAll(async () => {
      limited = await startTestApi(
        loadConfig({
          ...testEnvironment(),
          CORS_ORIGINS: 'https://dash.example.org',
          RATE_LIMIT_EXPENSIVE_BURST: '3',
          RATE_LIMIT_EXPENSIVE_PER_MINUTE: '1',
          RATE_LIMIT_AUTH_FAILURES_BURST: '5',
          RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '1',
        }),
      );
    });
    afterAll(async () => {
      await limited?.close();
    });

    it('CORS: the configured origin is allowed, without credentials; others are not', async () => {
      const preflight = await fetch(limited.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://dash.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
      expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type, accept, x-api-key');
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const other = await post(limited.url, '{"query":"{ health { status } }"}', { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('expensive fields beyond the client burst are RATE_LIMITED with HTTP 429 and Retry-After, while cheap queries still answer', async () => {
      const query = JSON.stringify({ query: '{ comparablePractices(text: "médiation sociale", first: 1) { score } }' });
      const answers = await Promise.all(Array.from({ length: 6 }, () => post(limited.url, query, { accept: 'application/graphql-response+json' })));
      const served = answers.filter((a) => a.status === 200 && a.body.data?.comparablePractices);
      const refused = answers.filter((a) => a.status === 429);
      expect([served.length, refused.length]).toEqual([3, 3]);
      for (const answer of refused) {
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
        expect(answer.body.errors?.[0]?.message).toMatch(
          /^Too many expensive requests \(comparablePractices, paths, neighbourhood\) from this client: this one asks for 1\. Retry after \d+ s\.$/,
        );
        expect(Number(answer.headers.get('retry-after'))).toBe(answer.body.errors?.[0]?.extensions.retryAfterSeconds);
        expect(answer.body.data).toBeUndefined();
      }
      expect((await limited.gql('{ country(code: "MLI") { name } }')).data).toEqual({ country: { name: 'Mali' } });
    });

    it('wrong API keys are throttled per client, and then even the right key waits (regression: 2,000 bad keys in 1.6 s went through)', async () => {
      const codes: string[] = [];
      for (let i = 0; i < 12; i += 1) {
        const { errors } = await limited.gql('mutation { reindex { documents } }', {}, { 'x-api-key': `wrong-key-${String(i).padStart(12, '0')}` });
        codes.push(String(errors?.[0]?.extensions?.code));
      }
      expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(7).fill('RATE_LIMITED')]);
      const right = await limited.gql('mutation { reindex { documents } }', {}, { 'x-api-key': limited.config.server.apiKey! });
      expect(right.status).toBe(429);
      expect(right.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect(right.errors?.[0]?.message).toMatch(/^Too many wrong API keys from this client\. Retry after \d+ s\.$/);
    });
  });
});
