import { decodeText } from './decode-text.js';
import { normaliseText } from './normalise-text.js';
import type { ReaderOutput } from './format-reader.js';
import { normaliseTypedBullets } from './typed-bullets.js';

/**
 * Reads a .txt or .md file. The text is kept as written — Markdown headings, bold and the
 * HTML fragments that PDF converters leave (`<b>label</b>\t<p>text</p>`) are the extractor's
 * business — and only normalised (encoding, line ends, spaces, control characters), a word
 * processor's typed bullets made plain ones (typed-bullets.ts). A dash alone on its line over its item is the
 * outline's (outline/lone-bullets.ts).
 */
export async function readText(bytes: Uint8Array, sourcePath: string): Promise<ReaderOutput> {
  const decoded = decodeText(bytes, sourcePath);
  return { text: normaliseTypedBullets(normaliseText(decoded.text)), encoding: decoded.encoding, warnings: decoded.warnings };
}
