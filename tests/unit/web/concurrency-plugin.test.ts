import { createSchema, createYoga } from 'graphql-yoga';
import { useConcurrencyLimit } from '../../../src/http/concurrency-plugin.js';

/** The gate in-process (yoga.fetch): a resolver that waits until released, and counts who is inside. */
function gatedServer(maxActive: number, maxQueued: number) {
  let inside = 0;
  let most = 0;
  const order: string[] = [];
  const waiting: Array<() => void> = [];
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { work(name: String!): String }',
      resolvers: {
        Query: {
          work: async (_: unknown, { name }: { name: string }) => {
            inside += 1;
            most = Math.max(most, inside);
            order.push(name);
            await new Promise<void>((resolve) => waiting.push(resolve));
            inside -= 1;
            return name;
          },
        },
      },
    }),
    landingPage: false,
    healthCheckEndpoint: '/healthz',
    plugins: [useConcurrencyLimit({ maxActive, maxQueued })],
  });
  const ask = (name: string, signal?: AbortSignal) =>
    yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ work(name: "${name}") }` }),
      signal,
    });
  /** Lets the resolvers inside finish, one turn of the event loop at a time, until none waits. */
  const releaseAll = async () => {
    for (let round = 0; round < 50; round += 1) {
      for (const resolve of waiting.splice(0)) resolve();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  return { yoga, ask, releaseAll, settle, order, most: () => most, inside: () => inside };
}

describe('the concurrency gate', () => {
  it('works on at most maxActive requests at once; the others wait and go in arrival order', async () => {
    const server = gatedServer(2, 100);
    const answers = ['a', 'b', 'c', 'd', 'e'].map((name) => server.ask(name));
    await server.settle();
    expect(server.inside()).toBe(2);
    await server.releaseAll();
    const bodies = await Promise.all(answers.map(async (answer) => (await answer).json()));
    expect(bodies.map((body) => (body as { data: { work: string } }).data.work)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(server.most()).toBe(2);
    expect(server.order).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('answers 503 with Retry-After and the API error shape once the queue is full; probes never queue', async () => {
    const server = gatedServer(1, 1);
    const first = server.ask('first');
    const second = server.ask('second');
    await server.settle();
    const third = await server.ask('third');
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    expect(await third.json()).toEqual({ errors: [{ message: expect.stringContaining('busy') as unknown, extensions: { code: 'UNAVAILABLE' } }] });
    expect((await server.yoga.fetch('http://127.0.0.1/healthz')).status).toBe(200);
    await server.releaseAll();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it('gives the place of a client that leaves while waiting to the next one', async () => {
    const server = gatedServer(1, 10);
    const first = server.ask('first');
    const leaving = new AbortController();
    const gone = Promise.resolve(server.ask('gone', leaving.signal)).catch(() => null);
    const third = server.ask('third');
    await server.settle();
    leaving.abort();
    await gone;
    await server.releaseAll();
    expect((await first).status).toBe(200);
    expect((await third).status).toBe(200);
    expect(server.order).not.toContain('gone');
    // Every turn was given back: a new request goes straight in.
    const later = server.ask('later');
    await server.settle();
    expect(server.inside()).toBe(1);
    await server.releaseAll();
    expect((await later).status).toBe(200);
  });

  it('lets everything through at once when turned off (maxActive 0)', async () => {
    const server = gatedServer(0, 0);
    const answers = ['a', 'b', 'c'].map((name) => server.ask(name));
    await server.settle();
    expect(server.inside()).toBe(3);
    await server.releaseAll();
    expect((await Promise.all(answers.map((answer) => Promise.resolve(answer)))).map((response) => response.status)).toEqual([200, 200, 200]);
  });
});
