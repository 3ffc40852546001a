import { getDocumentProxy } from 'unpdf';
import { AppError, describeError } from '../errors.js';
import { isBlank, normaliseText } from './normalise-text.js';
import { pagesToText, type PdfPage, type PositionedText } from './pdf-layout.js';
import type { ReaderOutput } from './read-result.js';

/**
 * Reads a .pdf's text layer with unpdf (PDF.js). Each page's positioned text items are turned
 * into paragraphs (wrapped lines joined, see pdf-layout.ts), paragraphs and pages separated by
 * a blank line, then normalised like a text file. Bold and heading levels are not recovered (a
 * PDF has no such markup): Markdown or HTML written as text in the PDF comes back as written.
 * Throws AppError('BAD_INPUT') for a corrupt, truncated or encrypted file, and for a PDF with
 * no text layer (a scan), which would need OCR.
 */
export async function readPdf(bytes: Uint8Array, sourcePath: string): Promise<ReaderOutput> {
  if (!startsWithPdfHeader(bytes)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: not a PDF file (no %PDF- header); check the file or its extension`);
  }
  let pages: PdfPage[];
  try {
    // PDF.js transfers (detaches) the buffer it is given to its worker: hand it a copy so the
    // caller's bytes stay usable. Verbosity 0: PDF.js would print its recovery attempts
    // ("Indexing all PDF objects") on the console.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      pages = [];
      for (let number = 1; number <= pdf.numPages; number += 1) pages.push(await readPageItems(pdf, number));
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    throw new AppError('BAD_INPUT', `${sourcePath}: cannot read this PDF (${pdfFailureReason(error)})`, { cause: error });
  }
  const text = normaliseText(`${pagesToText(pages)}\n`);
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

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** The width and the positioned text items PDF.js finds on one page. */
async function readPageItems(pdf: PdfDocument, number: number): Promise<PdfPage> {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  const items: PositionedText[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    items.push({ str: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d), hasEOL: item.hasEOL });
  }
  const width = page.getViewport({ scale: 1 }).width;
  page.cleanup();
  return { width, items };
}
