import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL with its scripts, styles, workers and icon inside the page (from the npm package
 * `@graphql-yoga/render-graphiql`), instead of yoga's default page, which loads them from a
 * CDN and stays blank on a machine without internet. Rendered once (about 6 MB), then reused.
 */
export interface OfflineGraphiQL {
  html: string;
  /** The page's Content-Security-Policy: its one inline script allowed by hash, nothing from other origins. */
  contentSecurityPolicy: string;
}

/** Renders the page and the policy that lets exactly its inline script run. */
export function renderOfflineGraphiQL(options: GraphiQLOptions): OfflineGraphiQL {
  const html = renderGraphiQL(options);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const hashes = scripts.map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  const contentSecurityPolicy = [
    "default-src 'none'",
    // The bundle runs inline (allowed by hash) and starts Monaco's workers from blob: URLs it makes.
    `script-src ${hashes.join(' ')} blob:`,
    'worker-src blob:',
    // Monaco and GraphiQL add <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, contentSecurityPolicy };
}
