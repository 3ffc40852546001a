import { Meilisearch } from 'meilisearch';
import { Agent } from 'undici';
import type { Config } from '../config.js';

/**
 * Headers every Meilisearch request carries. `accept-encoding: identity` is the fix for ~44 ms
 * of every call: Node's fetch asks for `gzip, deflate` by default, Meilisearch then sends a
 * compressed response as chunked transfer in two writes (headers, then body) on a socket with
 * Nagle's algorithm on, and the second write waits for the client's delayed ACK (40 ms on
 * Linux). Uncompressed, the response goes out in one write. On loopback or a LAN compression
 * only costs CPU on both sides. Measured on a 32k-insight index, same search (docs/scaling.md): node:http keep-alive 5.4 ms p50; fetch default 7.6 ms p50 but 50 ms p90;
 * node:http asking for gzip 46 ms p50; fetch with identity and this agent 5.7 ms p50.
 */
export const SEARCH_REQUEST_HEADERS = { 'accept-encoding': 'identity' } as const;

/**
 * Most connections kept open to Meilisearch per client: more than its search threads on any
 * machine we run, few enough that 128 API clients queue here instead of opening 128 sockets.
 */
export const SEARCH_CONNECTIONS = 64;

const dispatchers = new WeakMap<Meilisearch, Agent>();

/**
 * The HTTP agent of a Meilisearch client: keep-alive connections (closed after 4 s idle, below
 * Meilisearch's own 5 s keep-alive so we never write on a socket the server is closing), at most
 * SEARCH_CONNECTIONS of them. Every call of the client (searches, task polls, document writes)
 * goes through it.
 */
export function createSearchDispatcher(): Agent {
  return new Agent({ keepAliveTimeout: 4_000, keepAliveMaxTimeout: 4_000, connections: SEARCH_CONNECTIONS, pipelining: 1 });
}

/**
 * Creates the one Meilisearch client of a process (created in `main`, passed in), with its own
 * keep-alive agent and uncompressed responses (see SEARCH_REQUEST_HEADERS).
 */
export function createSearchClient(config: Pick<Config, 'meili' | 'engineTimeoutMs'>): Meilisearch {
  const dispatcher = createSearchDispatcher();
  const client = new Meilisearch({
    host: config.meili.host,
    apiKey: config.meili.masterKey,
    timeout: config.engineTimeoutMs,
    // Spread by the client into every fetch() call it makes; `dispatcher` is Node's fetch option
    // for the undici agent to use.
    requestInit: { headers: { ...SEARCH_REQUEST_HEADERS }, dispatcher } as RequestInit,
  });
  dispatchers.set(client, dispatcher);
  return client;
}

/**
 * The agent a client made by createSearchClient sends its requests through (tests and shutdown).
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function searchDispatcherOf(client: Meilisearch): Agent | undefined {
  return dispatchers.get(client);
}

/** Closes the client's keep-alive connections (waits for requests in flight). */
export async function closeSearchClient(client: Meilisearch): Promise<void> {
  const dispatcher = dispatchers.get(client);
  dispatchers.delete(client);
  await dispatcher?.close();
}
