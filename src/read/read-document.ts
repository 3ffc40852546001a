import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentFormat } from '../model/records.js';
import { AppError, describeError } from '../errors.js';
import { isBlank } from './normalise-text.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import type { ReadResult } from '../model/read-result.js';
import { DEFAULT_MAX_BYTES, type FormatReader, type ReadOptions } from './format-reader.js';
import { readText } from './read-text.js';

/** Which reader and which DocumentFormat each accepted extension maps to (like outline's importMapping). */
const READERS: Readonly<Record<string, { format: DocumentFormat; read: FormatReader }>> = {
  '.txt': { format: 'txt', read: readText },
  '.md': { format: 'md', read: readText },
  '.markdown': { format: 'md', read: readText },
  '.html': { format: 'html', read: readHtml },
  '.htm': { format: 'html', read: readHtml },
  '.pdf': { format: 'pdf', read: readPdf },
  '.docx': { format: 'docx', read: readDocx },
};

/** File extensions the readers accept, lower-case with the dot; matching is case-insensitive. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(READERS));

/** True when `filePath`'s extension has a reader. */
export function isSupportedFile(filePath: string): boolean {
  return path.extname(filePath).toLowerCase() in READERS;
}

/**
 * Reads a document from disk into normalised text. Checks, each an AppError('BAD_INPUT')
 * naming the file: missing or unreadable, a directory, unknown extension, larger than
 * `options.maxBytes` (checked with stat, before reading), empty, binary data in a text
 * format, corrupt PDF/docx, PDF without a text layer.
 */
export async function readDocument(filePath: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) {
      throw new AppError('BAD_INPUT', `${filePath}: is a directory, not a file (give a folder to the batch commands, which read the files inside)`);
    }
    if (!info.isFile()) throw new AppError('BAD_INPUT', `${filePath}: is not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_INPUT', `${filePath}: ${fsReason(error)}`, { cause: error });
  }
  readerFor(filePath);
  assertSize(filePath, size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw new AppError('BAD_INPUT', `${filePath}: ${fsReason(error)}`, { cause: error });
  }
  return readDocumentBytes(bytes, filePath, options);
}

/**
 * Reads a document held in memory (an upload); `sourcePath` names it and chooses the reader by
 * its extension. Same checks and result as readDocument.
 */
export async function readDocumentBytes(bytes: Uint8Array, sourcePath: string, options: ReadOptions = {}): Promise<ReadResult> {
  const reader = readerFor(sourcePath);
  assertSize(sourcePath, bytes.byteLength, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let output;
  try {
    output = await reader.read(bytes, sourcePath);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A reader bug or a library failure we did not foresee: still the user's file that could not
    // be read, so name it, and keep the cause for the logs.
    throw new AppError('BAD_INPUT', `${sourcePath}: cannot read this ${reader.format} file (${describeError(error)})`, { cause: error });
  }
  if (isBlank(output.text)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: the file is empty (only whitespace)`);
  }
  return {
    sourcePath,
    sha256,
    format: reader.format,
    text: output.text,
    encoding: output.encoding,
    warnings: output.warnings,
    pageStarts: output.pageStarts ?? [],
  };
}

function readerFor(sourcePath: string): { format: DocumentFormat; read: FormatReader } {
  const extension = path.extname(sourcePath).toLowerCase();
  const reader = READERS[extension];
  if (!reader) {
    const what = extension === '' ? 'has no file extension' : `has an unsupported extension "${extension}"`;
    throw new AppError('BAD_INPUT', `${sourcePath}: ${what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  return reader;
}

function assertSize(sourcePath: string, size: number, maxBytes: number): void {
  if (!(Number.isFinite(maxBytes) && maxBytes > 0)) {
    throw new AppError('BAD_INPUT', `maxBytes must be a positive number of bytes (got ${String(maxBytes)})`);
  }
  if (size === 0) throw new AppError('BAD_INPUT', `${sourcePath}: the file is empty (0 bytes)`);
  if (size > maxBytes) {
    throw new AppError(
      'BAD_INPUT',
      `${sourcePath}: too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}); split the document or raise the limit`,
      { details: { size, maxBytes } },
    );
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** A readable reason for a file-system error (Node's messages repeat the path and syscall). */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read it)';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read it (${describeError(error)})`;
  }
}
