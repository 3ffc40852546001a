import { createSchema, createYoga } from 'graphql-yoga';
import { bodyTooLargeError, useBodyLimit } from '../../../src/http/body-limit-plugin.js';

/** The body limit in-process (yoga.fetch); over real HTTP, with sockets left open: tests/e2e/abuse.test.ts. */
describe('the request body limit plugin', () => {
  const LIMIT = 1000;
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { echo(text: String): Int }',
      resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text.length } },
    }),
    landingPage: false,
    plugins: [useBodyLimit(LIMIT)],
  });
  const query = (text: string) => JSON.stringify({ query: 'query ($t: String) { echo(text: $t) }', variables: { t: text } });
  /** A body in chunks of 100 bytes and no Content-Length, as a chunked upload arrives. */
  const streamed = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        for (let at = 0; at < bytes.length; at += 100) controller.enqueue(bytes.slice(at, at + 100));
        controller.close();
      },
    });
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);

  it('lets a body under the limit through, streamed or not', async () => {
    for (const body of [query('x'.repeat(900)), streamed(query('x'.repeat(900)))]) {
      const response = await post(body);
      expect([response.status, await response.json()]).toEqual([200, { data: { echo: 900 } }]);
    }
  });

  it('answers 413 with the API error shape to a Content-Length over the limit, and to a streamed body once it passes it', async () => {
    const declared = await post(query('x'.repeat(2000)), { 'content-length': String(query('x'.repeat(2000)).length) });
    const chunked = await post(streamed(query('x'.repeat(5000))));
    for (const response of [declared, chunked]) {
      expect([response.status, response.headers.get('content-type'), response.headers.get('connection')]).toEqual([
        413,
        'application/json; charset=utf-8',
        'close',
      ]);
      expect(await response.json()).toEqual(bodyTooLargeError(LIMIT));
    }
    expect(bodyTooLargeError(LIMIT).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
