import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The explorer's built files (`dist/web`, made by `vite build`), read once into memory: the
 * bundle is small, and serving from memory means no path from a URL ever reaches the file
 * system (no traversal to guard against). Files under `assets/` carry a content hash in their
 * name, so they are cached for a year; `index.html` is revalidated every time.
 */
export interface StaticFile {
  body: Buffer;
  /** The body gzipped, when that is smaller. */
  gzip: Buffer | null;
  contentType: string;
  etag: string;
  cacheControl: string;
}

/** The site: files by URL path (`/index.html`, `/assets/index-3f2a.js`). */
export interface StaticSite {
  root: string;
  files: ReadonlyMap<string, StaticFile>;
  /** The app shell every explorer route answers with. */
  index: StaticFile;
}

/** Media types by extension; anything else is not served. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A year, for file names that change whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The shell: cached, but checked with the server (ETag) before each use. */
export const REVALIDATE = 'no-cache';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * Loads a built site from `root`. Null when it has not been built (no `index.html`), so the
 * server can say how to build it instead of failing. Source maps and unknown types are skipped.
 */
export function loadStaticSite(root: string): StaticSite | null {
  if (!fs.existsSync(path.join(root, 'index.html'))) return null;
  const files = new Map<string, StaticFile>();
  for (const full of listFiles(root)) {
    const extension = path.extname(full).toLowerCase();
    const contentType = CONTENT_TYPES[extension];
    if (!contentType) continue;
    const urlPath = `/${path.relative(root, full).split(path.sep).join('/')}`;
    const body = fs.readFileSync(full);
    const zipped = COMPRESSIBLE.has(extension) && body.length > 1024 ? gzipSync(body, { level: 9 }) : null;
    files.set(urlPath, {
      body,
      gzip: zipped && zipped.length < body.length ? zipped : null,
      contentType,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      cacheControl: urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    });
  }
  const index = files.get('/index.html') as StaticFile;
  return { root, files, index };
}
