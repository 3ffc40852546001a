import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { AppError, describeError } from '../errors.js';
import { isBlank, normaliseText } from './normalise-text.js';
import { layoutPdf } from './pdf-layout.js';
import type { PdfPage, PositionedText } from './pdf-model.js';
import { type OperatorList, type ShapeOps, smallShapes, withShapeBullets } from './pdf-shapes.js';
import type { ReaderOutput } from './format-reader.js';

/**
 * Reads a .pdf's text layer with unpdf (PDF.js) and rebuilds its structure from the positions,
 * sizes and fonts of the text (pdf-layout.ts): headings from the document's font sizes and
 * weights, paragraphs, lists, tables, footnotes, running headers and footers left out, and the
 * offset where each page starts (`pageStarts`).
 * Throws AppError('BAD_INPUT') for a corrupt, truncated or encrypted file, and for a PDF with
 * no text layer (a scan), which would need OCR.
 */
export async function readPdf(bytes: Uint8Array, sourcePath: string): Promise<ReaderOutput> {
  if (!startsWithPdfHeader(bytes)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: not a PDF file (no %PDF- header); check the file or its extension`);
  }
  ensureTransferToFixedLength();
  let pages: PdfPage[];
  try {
    // PDF.js transfers (detaches) the buffer it is given to its worker: hand it a copy so the
    // caller's bytes stay usable. Verbosity 0: PDF.js would print its recovery attempts
    // ("Indexing all PDF objects") on the console. No font faces and no images: nothing is
    // drawn, and the operator list (read for fonts and bullet shapes) would decode every
    // picture for nothing; a maximum size of 0 leaves them all out.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, disableFontFace: true, maxImageSize: 0 });
    try {
      const fonts = new Map<string, FontStyle>();
      const { OPS } = await getResolvedPDFJS();
      pages = [];
      for (let number = 1; number <= pdf.numPages; number += 1) pages.push(await readPageItems(pdf, number, fonts, OPS));
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    throw new AppError('BAD_INPUT', `${sourcePath}: cannot read this PDF (${pdfFailureReason(error)})`, { cause: error });
  }
  const { text, pageStarts } = layoutPdf(pages);
  // The layout normalised every piece of text as it went, so the offsets it computed hold.
  if (normaliseText(text) !== text) {
    throw new Error(`${sourcePath}: the PDF layout produced text that is not normalised (a bug in pdf-layout)`);
  }
  if (isBlank(text)) {
    throw new AppError(
      'BAD_INPUT',
      `${sourcePath}: this PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'}, probably scanned images); run OCR on it first`,
    );
  }
  return { text, encoding: 'binary-format', warnings: [], pageStarts };
}

/**
 * PDF.js hands a font to the main thread with `ArrayBuffer.prototype.transferToFixedLength`
 * (ES2024), which Node 20 lacks: without it the font names, hence bold and heading styles,
 * never arrive. The stand-in copies instead of transferring, which is what the method does
 * observably here (the source buffer is not used again).
 */
function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
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
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

/** What a font's name says about its style. */
interface FontStyle {
  weight: number;
  italic: boolean;
}

const REGULAR: FontStyle = { weight: 400, italic: false };

/**
 * The positioned text items of one page, with their fonts' styles, and a bullet item before
 * each line a bullet shape is drawn beside (pdf-shapes.ts). PDF.js tells a font's real name
 * ("ABCDEF+Arial-BoldMT", "Arial,Bold", "Calibri-BoldItalic") only once the page's operators
 * are read; the same operators draw the shapes.
 */
async function readPageItems(pdf: PdfDocument, number: number, fonts: Map<string, FontStyle>, ops: ShapeOps): Promise<PdfPage> {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  const operators = await operatorListOf(page);
  const missing = new Set<string>();
  for (const item of content.items) if ('fontName' in item && !fonts.has(item.fontName)) missing.add(item.fontName);
  if (missing.size > 0) resolveFonts(page, missing, fonts);
  const items: PositionedText[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a = 1, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    const style = fonts.get(item.fontName) ?? REGULAR;
    items.push({
      str: item.str,
      x,
      y,
      width: item.width,
      fontSize: Math.hypot(c, d),
      hasEOL: item.hasEOL,
      bold: style.weight >= 600,
      weight: style.weight,
      italic: style.italic,
      font: item.fontName,
      rotated: !(a > 0 && Math.abs(b) <= a * 0.2),
    });
  }
  const [, , width = 612, height = 792] = page.view;
  page.cleanup();
  return { width, height, items: operators === null ? items : withShapeBullets(items, smallShapes(operators, ops)) };
}

/** The page's operators; null when they cannot be read (the page keeps its text, its fonts count as regular). */
async function operatorListOf(page: PdfPageProxy): Promise<OperatorList | null> {
  try {
    const list = await page.getOperatorList();
    // The fonts arrive as messages handled just before the operator list; let them settle.
    await new Promise((resolve) => setImmediate(resolve));
    return list;
  } catch {
    return null;
  }
}

/** The styles of the fonts a page's operators have announced. */
function resolveFonts(page: PdfPageProxy, names: Set<string>, fonts: Map<string, FontStyle>): void {
  for (const name of names) {
    let style = REGULAR;
    try {
      if (page.commonObjs.has(name)) style = fontStyleOf(page.commonObjs.get(name) as { name?: string; bold?: boolean; black?: boolean; italic?: boolean });
    } catch {
      // Unknown font: regular.
    }
    fonts.set(name, style);
  }
}

/** Weight and slant from a font's name and flags: "Arial-BoldMT", "Arial,Bold", "Arial-Black", "Calibri Light". */
function fontStyleOf(font: { name?: string; bold?: boolean; black?: boolean; italic?: boolean } | null | undefined): FontStyle {
  const name = (font?.name ?? '').replace(/^[A-Z]{6}\+/, '');
  let weight = 400;
  if (/black|heavy|extra-?bold|ultra-?bold/i.test(name) || font?.black === true) weight = 900;
  else if (/semi-?bold|demi-?bold|demi\b/i.test(name)) weight = 600;
  else if (/bold|negrita|gras\b|fett/i.test(name) || font?.bold === true) weight = 700;
  const italic = /italic|oblique|kursiv|cursiva/i.test(name) || font?.italic === true;
  return { weight, italic };
}
