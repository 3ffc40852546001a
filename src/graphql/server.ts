import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { Config } from '../config.js';
import { createApiWorkers } from '../workers/api-workers.js';
import { createApiContext, type ApiContext, type ApiDeps, type ServerContext } from './context.js';
import { createMaskError, createYogaErrorLog, useClientErrorCodes, useExecutorErrorLocations } from './errors.js';
import { useCostLimit } from './query-cost.js';
import { createRateLimiters, useExpensiveFieldLimit } from './rate-limit.js';
import { resolvers } from './resolvers/index.js';
import { useConcurrencyLimit } from '../http/concurrency-plugin.js';
import { useBodyLimit } from '../http/body-limit-plugin.js';
import { useExplorer } from '../http/explorer-plugin.js';
import { LIVENESS_PATH, useHealthChecks } from '../http/health-plugin.js';

/** `schema.graphql` at the project root (two levels up from src/graphql and from dist/graphql). */
export const SCHEMA_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');

/** Largest request body accepted (a base64 PDF of ~3.7 MB fits); bigger ones get 413. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Query limits: deep enough for entity pages, too shallow for graph bombs. Depth, aliases,
 * tokens and directives are graphql-armor's; the cost is ours (query-cost.ts), which weighs
 * expensive root fields such as comparablePractices.
 */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 50_000, maxAliases: 15, maxTokens: 3000, maxDirectives: 20 } as const;

/** The executable schema: SDL from schema.graphql, resolvers from ./resolvers. */
export function createApiSchema() {
  return makeExecutableSchema({ typeDefs: fs.readFileSync(SCHEMA_PATH, 'utf8'), resolvers });
}

/** What GraphiQL opens with. */
const GRAPHIQL = { title: 'Lessons Graph', defaultQuery: '{ health { status neo4j { up version } meilisearch { up version } } }' };

/**
 * CORS for yoga: an origin in CORS_ORIGINS (or any origin with `*`) gets the CORS headers for
 * GET and POST with `content-type`, `accept` and `x-api-key`; other origins get none, so a
 * browser keeps their pages from reading answers. Same-origin pages need no CORS. Never
 * `allow-credentials`: the API uses no cookies, and the API key is a header a page must set itself.
 */
export function corsOptionsFor(config: Pick<Config, 'cors'>) {
  const origins = config.cors.origins;
  const any = origins.includes('*');
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !(any || origins.includes(origin))) return false as const;
    return {
      // One origin configured: sent as is. Several, or `*`: the request's, with `Vary: Origin`.
      origin: any ? ['*'] : origins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'x-api-key'],
      exposedHeaders: ['retry-after'],
      credentials: false,
      maxAge: 600,
    };
  };
}

/** The yoga instance (GraphiQL, explorer, exports, health and the body limit on), usable in-process with `yoga.fetch` or behind createApiServer. */
export function createApi(deps: ApiDeps): YogaServerInstance<ServerContext, ApiContext> {
  // graphql-armor throws its rejections out of the validation rule by default, which yoga then
  // answers as an unexplained 200; reported instead, they are validation errors like any other
  // (GRAPHQL_VALIDATION_FAILED, HTTP 400 for graphql-response+json).
  const asValidationError = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  const armor = new EnvelopArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...asValidationError },
    // Replaced by our own cost rule, which weighs expensive fields.
    costLimit: { enabled: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...asValidationError },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...asValidationError },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const limits = createRateLimiters(deps.config.rateLimits);
  // Started on the first upload only; idle workers do not keep the process alive.
  const workers = deps.workers ?? createApiWorkers(deps.config);
  return createYoga<ServerContext, ApiContext>({
    schema: createApiSchema(),
    graphqlEndpoint: '/graphql',
    // GraphiQL is served by the explorer plugin, offline (yoga's own page loads it from a CDN).
    graphiql: false,
    landingPage: false,
    cors: corsOptionsFor(deps.config),
    // Liveness is yoga's own health check (the JSON body comes from useHealthChecks).
    healthCheckEndpoint: LIVENESS_PATH,
    // useBodyLimit does it, with the API's error shape, before any parser runs.
    maxRequestBodySize: false,
    // yoga's Node adapter puts the Node request in the server context; in-process calls have none.
    context: ({ request, req }) => createApiContext(deps, request, { limits, workers, clientAddress: req?.socket.remoteAddress }),
    maskedErrors: { maskError: createMaskError(deps.logger) },
    plugins: [
      useBodyLimit(MAX_BODY_BYTES),
      ...useHealthChecks(deps),
      useConcurrencyLimit({ maxActive: deps.config.server.maxActive, maxQueued: deps.config.server.maxQueued }),
      ...armor.plugins,
      useCostLimit(QUERY_LIMITS.maxCost),
      useClientErrorCodes(),
      useExpensiveFieldLimit(),
      useExplorer(deps, { graphiql: GRAPHIQL, graphqlEndpoint: '/graphql', limits }),
      // Each operation compiled once (by its text) into a function that executes it: graphql-js's
      // executor walked the schema for every request, 10–15 % of the service's CPU per search.
      useGraphQlJit(),
      useExecutorErrorLocations(),
    ],
    logging: {
      debug: (...args: unknown[]) => deps.logger.debug({ yoga: args }, 'yoga'),
      info: (...args: unknown[]) => deps.logger.info({ yoga: args }, 'yoga'),
      warn: (...args: unknown[]) => deps.logger.warn({ yoga: args }, 'yoga'),
      error: createYogaErrorLog(deps.logger),
    },
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...extraHeaders });
  res.end(text);
}

// A Host header is a host name, an IPv4 address or a bracketed IPv6 address, and a port.
const HOST_HEADER = /^(?:[A-Za-z0-9._~-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The request's URL, or null when its Host header or target is malformed (the client gets 400). */
export function requestUrl(req: Pick<http.IncomingMessage, 'url' | 'headers'>): URL | null {
  const host = req.headers.host ?? 'localhost';
  if (!HOST_HEADER.test(host)) return null;
  try {
    return new URL(req.url ?? '/', `http://${host}`);
  } catch {
    return null;
  }
}

/**
 * The HTTP server: yoga's own Node adapter (`http.createServer(yoga)`), which streams request
 * bodies into yoga and responses out of it. Everything is a yoga plugin (createApi): the
 * explorer and exports, `/healthz` and `/readyz`, CORS, the body size limit, rate limits.
 * Only one check stays in front of yoga: the Host header and request target, from which
 * yoga's adapter builds the request URL before any plugin runs; a malformed one would be a
 * 500 carrying a stack trace, so it is a 400 here.
 */
export function createApiServer(deps: ApiDeps): { server: http.Server; yoga: ReturnType<typeof createApi> } {
  const yoga = createApi(deps);
  const server = http.createServer((req, res) => {
    if (requestUrl(req) === null) {
      req.resume();
      return sendJson(
        res,
        400,
        { errors: [{ message: 'Malformed Host header or request target.', extensions: { code: 'BAD_REQUEST' } }] },
        { connection: 'close' },
      );
    }
    // yoga answers every error itself (masked), so nothing is left to reject.
    void yoga(req, res);
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
  // The server owns the worker pool it creates (and stops it on close); a given one stays the caller's.
  const workers = deps.workers ?? createApiWorkers(deps.config);
  const { server, yoga } = createApiServer({ ...deps, workers });
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
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
      await yoga.dispose();
      if (!deps.workers) await workers.close();
    },
  };
}
