import { AppError, describeError } from '../errors.js';
import { htmlToText } from './html-to-text.js';
import { isBlank, normaliseText } from './normalise-text.js';
import type { ReaderOutput } from './read-result.js';

// Mammoth warns about every unknown style; a few are enough to tell the user something was lost.
const MAX_CONVERTER_WARNINGS = 5;

/**
 * Reads a .docx with mammoth: converted to HTML (headings from Word's Heading styles, bold,
 * lists and tables kept), then through the same HTML conversion as .html files, so a Word
 * document and its HTML rendering give the same text. Word tab stops are kept as TABs: the
 * converted i-eval rows (`label<TAB>text`) rely on them.
 * Throws AppError('BAD_INPUT') for a file that is not a readable .docx (corrupt or truncated
 * zip, missing document part).
 */
export async function readDocx(bytes: Uint8Array, sourcePath: string): Promise<ReaderOutput> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: not a .docx file (a .docx is a zip archive, this is not one); check the file or its extension`);
  }
  // Loaded on the first .docx only: mammoth and its zip and XML libraries take a few hundred
  // milliseconds that a run over text, HTML or PDF files should not pay.
  const { default: mammoth } = await import('mammoth');
  let converted: { value: string; messages: { type: string; message: string }[] };
  try {
    converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    throw new AppError('BAD_INPUT', `${sourcePath}: cannot read this .docx (corrupt or truncated: ${describeError(error)})`, {
      cause: error,
    });
  }
  const text = normaliseText(htmlToText(converted.value, { preserveTabs: true }));
  if (isBlank(text)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: this .docx holds no text`);
  }
  const messages = converted.messages.filter((m) => m.type === 'warning' || m.type === 'error');
  const warnings = messages.slice(0, MAX_CONVERTER_WARNINGS).map((m) => `${sourcePath}: Word conversion: ${m.message}`);
  if (messages.length > MAX_CONVERTER_WARNINGS) {
    warnings.push(`${sourcePath}: Word conversion: ${messages.length - MAX_CONVERTER_WARNINGS} more messages`);
  }
  return { text, encoding: 'binary-format', warnings };
}
