import { decodeText } from './decode-text.js';
import { htmlToText } from './html-to-text.js';
import { normaliseText } from './normalise-text.js';
import type { ReaderOutput } from './read-result.js';

/** Reads an .html/.htm file: decoded like text, then converted to the Markdown-like text. */
export async function readHtml(bytes: Uint8Array, sourcePath: string): Promise<ReaderOutput> {
  const decoded = decodeText(bytes, sourcePath);
  return { text: normaliseText(htmlToText(decoded.text)), encoding: decoded.encoding, warnings: decoded.warnings };
}
