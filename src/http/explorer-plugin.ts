import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { AppError, isAppError } from '../errors.js';
import { exportGraph, exportSearch, type ExportFile } from '../export/run-export.js';
import { createGraphReader } from '../graph/queries/read-graph.js';
import type { ApiDeps } from '../graphql/context.js';
import type { RateLimiters } from '../graphql/rate-limit.js';
import { GraphQueryError, readGraphQuery } from '../model/graph-query.js';
import { readSearchQuery, SearchQueryError } from '../model/search-query.js';
import { insightsIndexName } from '../search/search-index.js';
import { renderOfflineGraphiQL, type OfflineGraphiQL } from './offline-graphiql.js';
import { loadStaticSite, type StaticFile, type StaticSite } from './static-site.js';

/** `dist/web` at the project root (two levels up from src/http and from dist/http). */
export const DEFAULT_SITE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web');

// Cytoscape.js adds one <style> element of its own when it draws (`position: relative` on its
// container, cytoscape's BaseRenderer.init); it is allowed by its hash, and nothing else inline.
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE, 'utf8').digest('base64')}'`;

/** The explorer's page policy: its own scripts, styles and API, nothing from anywhere else. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every page and file served here carries. */
const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' } as const;

/** The explorer's client-side routes: each answers with the app shell, which routes itself. */
const APP_PATHS = new Set(['/', '/search', '/map', '/graph']);
const APP_PREFIXES = ['/insight/', '/project/', '/country/', '/actor/', '/theme/'];

/**
 * Tokens an export takes from the client's expensive-requests bucket (RATE_LIMIT_EXPENSIVE_*),
 * the one `comparablePractices`, `paths` and `neighbourhood` take from: an export runs a search
 * of up to EXPORT_MAX_ROWS hits, or a neighbourhood or paths query, and serialises all of it.
 */
export const EXPORT_TOKENS = 1;

/** The export endpoints, by path. */
const EXPORTS: Record<string, { kind: 'search'; format: 'csv' | 'json' } | { kind: 'graph'; format: 'gexf' | 'graphml' | 'json' }> = {
  '/export/search.csv': { kind: 'search', format: 'csv' },
  '/export/search.json': { kind: 'search', format: 'json' },
  '/export/graph.gexf': { kind: 'graph', format: 'gexf' },
  '/export/graph.graphml': { kind: 'graph', format: 'graphml' },
  '/export/graph.json': { kind: 'graph', format: 'json' },
};

export interface ExplorerOptions {
  /** Where the built explorer is (default `dist/web`). */
  siteRoot?: string;
  /** GraphiQL's options (title, default query), served offline on GET /graphql from a browser. */
  graphiql: GraphiQLOptions;
  /** The GraphQL endpoint's path. */
  graphqlEndpoint: string;
  /** The server's rate limits: an export takes EXPORT_TOKENS from the client's expensive-requests bucket. */
  limits: RateLimiters;
}

/** The built files besides the shell: hashed assets, and the icon Vite copies from web/public. */
function isAssetPath(pathname: string): boolean {
  return pathname.startsWith('/assets/') || pathname === '/favicon.svg';
}

function isAppPath(pathname: string): boolean {
  return APP_PATHS.has(pathname) || APP_PREFIXES.some((prefix) => pathname.startsWith(prefix) && pathname.length > prefix.length);
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...COMMON_HEADERS, ...extra } });
}

function fileResponse(request: Request, file: StaticFile, extra: Record<string, string> = {}): Response {
  const headers: Record<string, string> = {
    'content-type': file.contentType,
    'cache-control': file.cacheControl,
    etag: file.etag,
    vary: 'accept-encoding',
    ...COMMON_HEADERS,
    ...extra,
  };
  if (request.headers.get('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
  const gzip = file.gzip !== null && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  const body = gzip ? (file.gzip as Buffer) : file.body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.length);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

function exportResponse(request: Request, file: ExportFile): Response {
  const body = Buffer.from(file.body, 'utf8');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'content-length': String(body.length),
      'cache-control': 'no-store',
      'x-total-exported': String(file.count),
      'x-truncated': String(file.truncated),
      ...COMMON_HEADERS,
    },
  });
}

const STATUS_OF: Partial<Record<AppError['code'], number>> = { BAD_USER_INPUT: 400, BAD_INPUT: 400, NOT_FOUND: 404, UNAVAILABLE: 503, TIMEOUT: 503 };

/**
 * The yoga plugin that serves what a browser opens, next to the API and independent of the
 * HTTP server around it (yoga's own createServer takes it as is):
 * - `GET /graphql` from a browser: GraphiQL, entirely from the npm package (no CDN);
 * - the explorer at `/` (and its routes `/search`, `/insight/…`, `/graph`, `/map`, …) and its
 *   hashed assets under `/assets/`, from the built `dist/web`;
 * - the exports `/export/search.csv|json` (the explorer's search parameters) and
 *   `/export/graph.gexf|graphml|json` (its graph-view parameters), made by the API's own
 *   search, neighbourhood and paths modules.
 * Every page carries a Content-Security-Policy that forbids other origins.
 */
export function useExplorer(deps: ApiDeps, options: ExplorerOptions): Plugin {
  const siteRoot = options.siteRoot ?? DEFAULT_SITE_ROOT;
  let site: StaticSite | null = null;
  let graphiql: OfflineGraphiQL | undefined;
  // Loaded on first use (the API in tests never pays for what it does not serve); looked for
  // again while missing, so a build made after the server started is picked up.
  const getSite = () => (site ??= loadStaticSite(siteRoot));
  const getGraphiQL = () => (graphiql ??= renderOfflineGraphiQL(options.graphiql));

  async function runExport(request: Request, url: URL, route: (typeof EXPORTS)[string]): Promise<Response> {
    const reader = createGraphReader(deps.driver, { database: deps.config.neo4j.database, timeoutMs: deps.config.engineTimeoutMs, onQuery: deps.onQuery });
    try {
      const file =
        route.kind === 'search'
          ? await exportSearch({ reader, search: deps.search, insightsIndex: insightsIndexName(deps.config) }, readSearchQuery(url.searchParams), route.format)
          : await exportGraph(reader, readGraphQuery(url.searchParams), route.format);
      return exportResponse(request, file);
    } catch (error) {
      if (error instanceof SearchQueryError || error instanceof GraphQueryError) return jsonError(400, 'BAD_USER_INPUT', error.message);
      if (isAppError(error) && STATUS_OF[error.code]) return jsonError(STATUS_OF[error.code] as number, error.code, error.message);
      deps.logger.error({ err: error, path: url.pathname }, 'export failed');
      return jsonError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    }
  }

  /** The RATE_LIMITED answer when the client's bucket is empty; null when the export may run (in-process calls have no address and no limit). */
  function exportRefused(clientAddress: string | null): Response | null {
    if (clientAddress === null) return null;
    const verdict = options.limits.expensive.take(clientAddress, EXPORT_TOKENS);
    if (verdict.ok) return null;
    return jsonError(
      429,
      'RATE_LIMITED',
      `Too many expensive requests (exports, comparablePractices, paths, neighbourhood) from this client. Retry after ${verdict.retryAfterSeconds} s.`,
      { 'retry-after': String(verdict.retryAfterSeconds) },
      { retryAfterSeconds: verdict.retryAfterSeconds },
    );
  }

  function serve(request: Request, url: URL, clientAddress: string | null): Response | Promise<Response> | undefined {
    const { pathname } = url;
    const route = EXPORTS[pathname];
    const isGraphiQL = pathname === options.graphqlEndpoint && (request.headers.get('accept') ?? '').includes('text/html');
    const isOurs = isGraphiQL || route !== undefined || isAppPath(pathname) || isAssetPath(pathname);
    if (!isOurs) return undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      // POST /graphql from a browser is the API itself.
      if (pathname === options.graphqlEndpoint) return undefined;
      return textResponse(405, `${pathname} answers GET and HEAD only.`, { allow: 'GET, HEAD' });
    }
    if (isGraphiQL) {
      const page = getGraphiQL();
      return new Response(request.method === 'HEAD' ? null : page.html, {
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
          'content-security-policy': page.contentSecurityPolicy,
          ...COMMON_HEADERS,
        },
      });
    }
    if (route) return exportRefused(clientAddress) ?? runExport(request, url, route);
    const built = getSite();
    if (!built) {
      return textResponse(
        503,
        `The explorer is not built (no ${path.join(siteRoot, 'index.html')}); run \`npm run build\`. The API is at ${options.graphqlEndpoint}.`,
      );
    }
    const file = isAppPath(pathname) ? built.index : built.files.get(pathname);
    if (!file) return textResponse(404, `No file ${pathname}.`);
    return fileResponse(request, file, file.contentType.startsWith('text/html') ? { 'content-security-policy': EXPLORER_CSP } : {});
  }

  return {
    onRequest({ request, url, endResponse, serverContext }) {
      // An error thrown out of a yoga plugin reaches the client as a 500 carrying its stack
      // trace (yoga's Node adapter answers so): a fault here is logged and masked instead.
      let served: Response | Promise<Response> | undefined;
      try {
        // yoga's Node adapter puts the Node request in the server context; in-process calls have none.
        const node = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
        served = serve(request, url, node?.socket?.remoteAddress ?? null);
      } catch (error) {
        deps.logger.error({ err: error, path: url.pathname }, 'explorer request failed');
        served = textResponse(500, 'Unexpected error.');
      }
      if (served instanceof Promise) return served.then(endResponse);
      if (served) endResponse(served);
    },
  };
}

function jsonError(status: number, code: string, message: string, extraHeaders: Record<string, string> = {}, extra: Record<string, unknown> = {}): Response {
  return new Response(`${JSON.stringify({ error: { code, message, ...extra } })}\n`, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...COMMON_HEADERS, ...extraHeaders },
  });
}
