import { AppError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { MAX_HTML_DEPTH, measureHtmlDepth } from './html-depth.js';
import { htmlToText } from './html-to-text.js';
import { normaliseText } from './normalise-text.js';
import type { ReaderOutput } from './format-reader.js';

/**
 * Reads an .html/.htm file: decoded like text, then converted to the text dialect (site chrome
 * dropped when the page has a content region, see htmlToText). Throws AppError('BAD_INPUT') for
 * a page whose elements nest deeper than MAX_HTML_DEPTH: no real page does, and the parser's
 * time grows with depth times size.
 */
export async function readHtml(bytes: Uint8Array, sourcePath: string): Promise<ReaderOutput> {
  const decoded = decodeText(bytes, sourcePath);
  assertHtmlDepth(decoded.text, sourcePath);
  return { text: normaliseText(htmlToText(decoded.text)), encoding: decoded.encoding, warnings: decoded.warnings };
}

/** Refuses HTML nested deeper than MAX_HTML_DEPTH, naming the file (`what` says which HTML). */
export function assertHtmlDepth(html: string, sourcePath: string, what = 'elements'): void {
  const depth = measureHtmlDepth(html, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    throw new AppError(
      'BAD_INPUT',
      `${sourcePath}: ${what} nested more than ${MAX_HTML_DEPTH} levels deep; no readable document nests so deep (a damaged or hostile file?)`,
      { details: { maxDepth: MAX_HTML_DEPTH } },
    );
  }
}
