import { jest } from '@jest/globals';
import http from 'node:http';
import { startTestApi, type TestApi } from './support/api-harness.js';

// Real engines on a busy machine: the first query of a kind waits for Neo4j to plan it.
jest.setTimeout(60_000);

/** Each abuse is rejected with the right code, and the server answers health right after. */
describe('abuse over real HTTP: rejected with the right code, server still healthy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  afterEach(async () => {
    const { data } = await api.gql('{ health { status } }');
    expect(data.health.status).toBe('OK');
  });

  it('a query nested 20 deep is GRAPHQL_VALIDATION_FAILED (depth limit) with HTTP 400, with no data', async () => {
    let selection = 'id';
    for (let i = 0; i < 10; i += 1) selection = `projects { countries { ${selection} } }`;
    const { status, data, errors } = await api.gql(`{ country(code: "MLI") { ${selection} } }`);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors?.map((e) => e.extensions?.code)).toEqual(errors?.map(() => 'GRAPHQL_VALIDATION_FAILED'));
    expect(errors?.map((e) => e.message)).toContain('Query depth limit of 10 exceeded, found 22.');
  });

  it('first: 100000 is refused: literal by the cost limit (GRAPHQL_VALIDATION_FAILED), as a variable by the argument check naming its range (BAD_USER_INPUT)', async () => {
    const literal = await api.gql('{ search(query: "esclavage", first: 100000) { totalHits } }');
    expect(literal.data).toBeUndefined();
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0]?.message).toMatch(/^Query cost limit of 50000 exceeded, found \d+\. /);
    const variable = await api.gql('query ($n: Int) { search(query: "esclavage", first: $n) { totalHits } }', { n: 100000 });
    expect(variable.errors?.[0]).toMatchObject({ message: 'first must be an integer from 1 to 100 (got 100000).', extensions: { code: 'BAD_USER_INPUT' } });
    const actors = await api.gql('{ actors(name: "ilo", first: 101) { id } }');
    expect(actors.errors?.[0]?.message).toBe('first must be an integer from 1 to 100 (got 101).');
  });

  it('a 10 MB body is refused with 413 before it is parsed', async () => {
    const padding = 'x'.repeat(10 * 1024 * 1024);
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(query: "${padding}") { totalHits } }` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a chunked body (no Content-Length) growing past the limit is refused with 413 too', async () => {
    const url = new URL(api.url);
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json' } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      const chunk = 'x'.repeat(1024 * 1024);
      request.write('{"query":"{ health { status } }","padding":"');
      for (let i = 0; i < 6; i += 1) request.write(chunk);
      request.end('"}');
    });
    expect(status).toBe(413);
  });

  /**
   * Sends the start of a POST body and leaves the request open (never ends it), so an answer
   * can only come from a server that does not wait for, or buffer, the whole body.
   */
  function postWithoutEnding(headers: Record<string, string>, chunks: string[]): Promise<{ status: number; contentType: string | undefined; body: string }> {
    const url = new URL(api.url);
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (text: string) => (body += text));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], body });
            request.destroy();
          });
        },
      );
      request.on('error', reject);
      for (const chunk of chunks) request.write(chunk);
    });
  }

  it('a Content-Length over 5 MB is answered 413 at once: the server does not wait for the body (1 kB of 10 MB sent, request left open)', async () => {
    const answer = await postWithoutEnding({ 'content-length': String(10 * 1024 * 1024) }, ['{"query":"{ health { status } }","padding":"', 'x'.repeat(1024)]);
    expect([answer.status, answer.contentType]).toEqual([413, 'application/json; charset=utf-8']);
    expect(JSON.parse(answer.body)).toEqual({
      errors: [
        { message: 'Request body larger than 5242880 bytes; upload big documents with `lessons-graph ingest`.', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
  });

  it('a chunked body is cut off once past 5 MB: 413 while the client is still sending (6 MB sent, never ended)', async () => {
    const chunk = 'x'.repeat(1024 * 1024);
    const answer = await postWithoutEnding({}, ['{"query":"{ health { status } }","padding":"', ...Array<string>(6).fill(chunk)]);
    expect([answer.status, JSON.parse(answer.body).errors[0].extensions.code]).toEqual([413, 'BAD_USER_INPUT']);
  });

  it('a malformed filter is refused: an unknown kind in the query text (GRAPHQL_VALIDATION_FAILED), bad values (BAD_USER_INPUT)', async () => {
    const unknownKind = await api.gql('{ search(query: "x", filter: { kinds: [BANANA] }) { totalHits } }');
    expect(unknownKind.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const viaVariables = await api.gql('query ($f: InsightFilter) { search(query: "x", filter: $f) { totalHits } }', {
      f: { kinds: 'FINDING', yearFrom: 'soon' },
    });
    expect(viaVariables.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCountry = await api.gql('{ search(query: "x", filter: { countries: ["Mali\\" OR kind = \\"x"] }) { totalHits } }');
    expect(badCountry.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badCountry.errors?.[0]?.message).toMatch(/^filter\.countries: /);
    const badTheme = await api.gql('{ stats(filter: { themes: ["slavery"] }) { insights } }');
    expect(badTheme.errors?.[0]?.message).toBe('filter.themes: "slavery" is not theme ids (theme:<slug>).');
    const years = await api.gql('{ stats(filter: { yearFrom: 2023, yearTo: 2020 }) { insights } }');
    expect(years.errors?.[0]).toMatchObject({ message: 'filter.yearFrom (2023) is after filter.yearTo (2020).', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a mutation without the API key, or with a wrong one, is UNAUTHENTICATED and ingests nothing', async () => {
    const mutation = 'mutation { ingestDocument(filename: "x.txt", content: "hello") { status } }';
    const missing = await api.gql(mutation);
    expect(missing.data ?? null).toBeNull();
    expect(missing.errors?.[0]).toMatchObject({ message: 'This mutation needs the API key in the x-api-key header.', extensions: { code: 'UNAUTHENTICATED' } });
    const wrong = await api.gql(mutation, {}, { 'x-api-key': 'not-the-key-0123456789' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reindex = await api.gql('mutation { reindex { documents } }');
    expect(reindex.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('unknown ids: entity queries answer null, traversals NOT_FOUND, malformed ids BAD_USER_INPUT', async () => {
    expect((await api.gql('{ actor(id: "org:nobody-at-all") { id } }')).data).toEqual({ actor: null });
    const paths = await api.gql('{ paths(from: "country:MLI", to: "org:nobody-at-all") { length } }');
    expect(paths.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const neighbourhood = await api.gql('{ neighbourhood(id: "nonsense") { truncated } }');
    expect(neighbourhood.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooDeep = await api.gql('{ neighbourhood(id: "country:MLI", depth: 9) { truncated } }');
    expect(tooDeep.errors?.[0]?.message).toBe('depth must be an integer from 1 to 3 (got 9).');
  });

  it('errors never carry a stack trace, Cypher or an engine address', async () => {
    const answers = [
      await api.gql('{ search(query: "x", first: 0) { totalHits } }'),
      await api.gql('{ paths(from: "country:MLI", to: "org:nobody-at-all") { length } }'),
      await api.gql('{ nosuchfield }'),
    ];
    for (const answer of answers) {
      const text = JSON.stringify(answer.errors);
      expect(text).not.toMatch(/MATCH|RETURN|bolt:|127\.0\.0\.1|\bat .*\.ts:\d+|stack/);
    }
  });

  it('too many aliases are refused (alias limit): GRAPHQL_VALIDATION_FAILED', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: health { status }`).join(' ');
    const { errors } = await api.gql(`{ ${aliases} }`);
    expect(errors?.[0]).toMatchObject({ message: 'Aliases limit of 15 exceeded, found 40.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
