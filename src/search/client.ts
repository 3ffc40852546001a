import http from 'node:http';
import https from 'node:https';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import type { Config } from '../config.js';

/**
 * Headers every Meilisearch request carries. `accept-encoding: identity` is the fix for ~44 ms
 * of every call: asking for `gzip, deflate` (Node's fetch does by default), Meilisearch sends a
 * compressed response as chunked transfer in two writes (headers, then body) on a socket with
 * Nagle's algorithm on, and the second write waits for the client's delayed ACK (40 ms on
 * Linux). Uncompressed, the response goes out in one write. On loopback or a LAN compression
 * only costs CPU on both sides. Measured on a 32k-insight index, same search (docs/scaling.md): node:http keep-alive 5.4 ms p50; fetch default 7.6 ms p50 but 50 ms p90;
 * node:http asking for gzip 46 ms p50; fetch with identity 5.7 ms p50.
 */
export const SEARCH_REQUEST_HEADERS = { 'accept-encoding': 'identity' } as const;

/**
 * Most connections kept open to Meilisearch per client: more than its search threads on any
 * machine we run, few enough that 128 API clients queue here instead of opening 128 sockets.
 */
export const SEARCH_CONNECTIONS = 64;

/** Idle keep-alive connections are closed after this, below Meilisearch's own 5 s, so we never write on a socket the server is closing. */
const IDLE_MS = 4_000;

/** The client's transport: its keep-alive agent and the calls in flight (for a graceful close). */
interface Transport {
  agent: http.Agent;
  inFlight: number;
  drained: Array<() => void>;
}

const transports = new WeakMap<Meilisearch, Transport>();

/** What the Meilisearch client hands its `httpClient`: the URL and the init it would give fetch (string body, Headers, signal). */
interface ClientInit {
  method?: string;
  body?: unknown;
  headers?: HeadersInit;
  signal?: AbortSignal | null;
}

function toHeaderRecord(headers: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => (record[name] = value));
  return record;
}

/** One HTTP exchange: resolves with the status and the body's text. */
function exchange(
  transport: Transport,
  url: URL,
  init: ClientInit,
  body: string | undefined,
): Promise<{ status: number; statusText: string; text: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const headers = toHeaderRecord(init.headers);
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const send = url.protocol === 'https:' ? https.request : http.request;
    const request = send(url, { method: init.method ?? 'GET', headers, agent: transport.agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        cleanup();
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? '',
          text: Buffer.concat(chunks).toString('utf8'),
          headers: response.headers,
        });
      });
      response.on('error', fail);
    });
    const signal = init.signal ?? undefined;
    // The client's own timeout aborts the signal with its timeout marker: rejecting with the
    // signal's reason is what makes it report MeilisearchRequestTimeOutError.
    const onAbort = () => {
      request.destroy();
      fail(signal?.reason);
    };
    function cleanup() {
      signal?.removeEventListener('abort', onAbort);
    }
    function fail(error: unknown) {
      cleanup();
      // The client recognises its own timeout by the very value it aborted with (a symbol).
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(error instanceof Error || typeof error === 'symbol' ? error : new Error(String(error)));
    }
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed just as we reused it: nothing was processed,
      // the caller tries once more on a fresh connection.
      if (request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) Object.assign(error, { retryOnFreshSocket: true });
      fail(error);
    });
    request.end(body);
  });
}

/**
 * The Meilisearch client's `httpClient`: node:http on one keep-alive agent. Node's global fetch
 * (undici with web streams) cost ~2 ms of CPU per search on the service's thread; node:http
 * ~1 ms, body parsing included (measured in-process, 300 searches of the 2,000-summary bench
 * index). Returns the parsed JSON body; an answer outside 2xx throws MeilisearchApiError as the
 * client's own fetch path does.
 */
function createHttpClient(transport: Transport) {
  return async (input: RequestInfo | URL, requestInit?: RequestInit): Promise<unknown> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const init = (requestInit ?? {}) as ClientInit;
    const body = typeof init.body === 'string' ? init.body : init.body === undefined || init.body === null ? undefined : JSON.stringify(init.body);
    transport.inFlight += 1;
    try {
      let answer;
      try {
        answer = await exchange(transport, url, init, body);
      } catch (error) {
        if (!(error instanceof Error && 'retryOnFreshSocket' in error)) throw error;
        answer = await exchange(transport, url, init, body);
      }
      const parsed: unknown = answer.text === '' ? undefined : JSON.parse(answer.text);
      if (answer.status < 200 || answer.status > 299) {
        const headers = new Headers();
        for (const [name, value] of Object.entries(answer.headers)) if (typeof value === 'string') headers.set(name, value);
        throw new MeilisearchApiError(new Response(null, { status: answer.status, statusText: answer.statusText, headers }), parsed as never);
      }
      return parsed;
    } finally {
      transport.inFlight -= 1;
      if (transport.inFlight === 0) for (const resolve of transport.drained.splice(0)) resolve();
    }
  };
}

/**
 * Creates the one Meilisearch client of a process (created in `main`, passed in): every call
 * (searches, task polls, document writes) goes through node:http on a keep-alive agent of at
 * most SEARCH_CONNECTIONS sockets, asking for uncompressed answers (see SEARCH_REQUEST_HEADERS).
 */
export function createSearchClient(config: Pick<Config, 'meili' | 'engineTimeoutMs'>): Meilisearch {
  const agentOptions = { keepAlive: true, maxSockets: SEARCH_CONNECTIONS, timeout: IDLE_MS };
  const agent = config.meili.host.startsWith('https:') ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const transport: Transport = { agent, inFlight: 0, drained: [] };
  const client = new Meilisearch({
    host: config.meili.host,
    apiKey: config.meili.masterKey,
    timeout: config.engineTimeoutMs,
    requestInit: { headers: { ...SEARCH_REQUEST_HEADERS } },
    // Marked deprecated (meilisearch-js issue 1824 discusses its future); it is the client's
    // documented way to bring one's own transport in 0.62.
    httpClient: createHttpClient(transport),
  });
  transports.set(client, transport);
  return client;
}

/**
 * The agent a client made by createSearchClient sends its requests through (tests).
 * @internal Exported for its tests only (knip --production reports anything else).
 */
export function searchAgentOf(client: Meilisearch): http.Agent | undefined {
  return transports.get(client)?.agent;
}

/** Closes the client's keep-alive connections once the calls in flight have their answers. */
export async function closeSearchClient(client: Meilisearch): Promise<void> {
  const transport = transports.get(client);
  if (!transport) return;
  transports.delete(client);
  if (transport.inFlight > 0) await new Promise<void>((resolve) => transport.drained.push(resolve));
  transport.agent.destroy();
}

/**
 * Meilisearch's answer behind a failed call, or null when it never answered. The client wraps
 * whatever its httpClient throws in MeilisearchRequestError, so an answer outside 2xx arrives
 * as that error's cause.
 */
export function searchApiErrorOf(error: unknown): MeilisearchApiError | null {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return error.cause;
  return null;
}

/** True when a call failed because its index does not exist (nothing ingested yet). */
export function isIndexNotFound(error: unknown): boolean {
  return searchApiErrorOf(error)?.cause?.code === 'index_not_found';
}
