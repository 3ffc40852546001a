import { extractText, getDocumentProxy } from 'unpdf';
import { AppError, describeError } from '../errors.js';
import { isBlank, normaliseText } from './normalise-text.js';
import type { ReaderOutput } from './read-result.js';

/**
 * Reads a .pdf's text layer with unpdf (PDF.js), page by page, pages joined with a line break,
 * then normalised like a text file. PDF.js rebuilds lines from its text items (an item that
 * ends a line carries `hasEOL`), so the line structure of the source mostly survives; bold
 * and headings do not (a PDF has no such markup), which the extractor tolerates as it does
 * for plain text.
 * Throws AppError('BAD_INPUT') for a corrupt, truncated or encrypted file, and for a PDF with
 * no text layer (a scan), which would need OCR.
 */
export async function readPdf(bytes: Uint8Array, sourcePath: string): Promise<ReaderOutput> {
  if (!startsWithPdfHeader(bytes)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: not a PDF file (no %PDF- header); check the file or its extension`);
  }
  let pages: string[];
  try {
    // PDF.js transfers (detaches) the buffer it is given to its worker: hand it a copy so the
    // caller's bytes stay usable.
    // Verbosity 0: PDF.js would print its recovery attempts ("Indexing all PDF objects") on the console.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      pages = (await extractText(pdf, { mergePages: false })).text;
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    throw new AppError('BAD_INPUT', `${sourcePath}: cannot read this PDF (${pdfFailureReason(error)})`, { cause: error });
  }
  const text = normaliseText(pages.join('\n'));
  if (isBlank(text)) {
    throw new AppError(
      'BAD_INPUT',
      `${sourcePath}: this PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'}, probably scanned images); run OCR on it first`,
    );
  }
  return { text, encoding: 'binary-format', warnings: [] };
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a little junk; PDF readers look in the first kilobyte.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function pdfFailureReason(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'it is encrypted with a password';
  if (name === 'InvalidPDFException') return `corrupt or truncated: ${describeError(error)}`;
  return describeError(error);
}
