import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createApiContext, type ApiContext, type ApiDeps } from './context.js';
import { createMaskError, createYogaErrorLog, useClientErrorCodes } from './errors.js';
import { checkEngineHealth } from './health.js';
import { resolvers } from './resolvers/index.js';
import { useExplorer } from '../http/explorer-plugin.js';

/** `schema.graphql` at the project root (two levels up from src/graphql and from dist/graphql). */
export const SCHEMA_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');

/** Largest request body accepted (a base64 PDF of ~3.7 MB fits); bigger ones get 413. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Query limits (graphql-armor): deep enough for entity pages, too shallow for graph bombs. */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 50_000, maxAliases: 15, maxTokens: 3000, maxDirectives: 20 } as const;

/** The executable schema: SDL from schema.graphql, resolvers from ./resolvers. */
export function createApiSchema() {
  return makeExecutableSchema({ typeDefs: fs.readFileSync(SCHEMA_PATH, 'utf8'), resolvers });
}

/** What GraphiQL opens with. */
const GRAPHIQL = { title: 'Lessons Graph', defaultQuery: '{ health { status neo4j { up version } meilisearch { up version } } }' };

/** The yoga instance (GraphiQL, explorer and exports on), usable in-process with `yoga.fetch` or behind createApiServer. */
export function createApi(deps: ApiDeps): YogaServerInstance<Record<string, never>, ApiContext> {
  const armor = new EnvelopArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return createYoga<Record<string, never>, ApiContext>({
    schema: createApiSchema(),
    graphqlEndpoint: '/graphql',
    // GraphiQL is served by the explorer plugin, offline (yoga's own page loads it from a CDN).
    graphiql: false,
    landingPage: false,
    context: ({ request }) => createApiContext(deps, request),
    maskedErrors: { maskError: createMaskError(deps.logger) },
    plugins: [...armor.plugins, useClientErrorCodes(), useExplorer(deps, { graphiql: GRAPHIQL, graphqlEndpoint: '/graphql' })],
    logging: {
      debug: (...args: unknown[]) => deps.logger.debug({ yoga: args }, 'yoga'),
      info: (...args: unknown[]) => deps.logger.info({ yoga: args }, 'yoga'),
      warn: (...args: unknown[]) => deps.logger.warn({ yoga: args }, 'yoga'),
      error: createYogaErrorLog(deps.logger),
    },
  });
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        // Stop buffering; drain the rest so the client can read our 413.
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...extraHeaders });
  res.end(text);
}

function tooLarge(res: http.ServerResponse): void {
  sendJson(
    res,
    413,
    { errors: [{ message: `Request body larger than ${MAX_BODY_BYTES} bytes; upload big documents with \`lessons-graph ingest\`.`, extensions: { code: 'BAD_USER_INPUT' } }] },
    { connection: 'close' },
  );
}

/**
 * The HTTP server: `/healthz` (liveness: 200 while the process runs), `/readyz` (200 when both
 * engines answer, 503 otherwise, JSON either way), and GraphQL on `/graphql` with a body size
 * limit enforced before anything is parsed.
 */
export function createApiServer(deps: ApiDeps): { server: http.Server; yoga: ReturnType<typeof createApi> } {
  const yoga = createApi(deps);
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const health = await checkEngineHealth(deps);
        return sendJson(res, health.status === 'OK' ? 200 : 503, health);
      }
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
        req.resume();
        return tooLarge(res);
      }
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req, MAX_BODY_BYTES);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      }
      const response = await yoga.fetch(url, { method, headers, body: body as unknown as BodyInit | undefined });
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        responseHeaders[name] = value;
      });
      const payload = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, responseHeaders);
      res.end(payload);
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(res);
      deps.logger.error({ err: error }, 'HTTP request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    }
  });
  // Slow-loris protection: a request must arrive whole within these.
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;
  return { server, yoga };
}

export interface RunningApi {
  /** `http://host:port/graphql` */
  url: string;
  port: number;
  server: http.Server;
  /** Stops accepting connections and waits for those in flight (idle keep-alives are closed). */
  close(): Promise<void>;
}

/** Starts the API on host:port (port 0 = an ephemeral port, as the tests use). */
export async function startApiServer(deps: ApiDeps, listen: { host: string; port: number }): Promise<RunningApi> {
  const { server } = createApiServer(deps);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/graphql`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
