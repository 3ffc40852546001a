import fs from 'node:fs';
import path from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { extractRecord } from '../extract/extract-record.js';
import { readDocument } from '../read/read-document.js';

/** Extraction of one PDF, reading included. */
export interface PdfTiming {
  file: string;
  pages: number;
  /** Read + extract, median of the runs. */
  ms: number;
  msPerPage: number;
  insights: number;
  /** Why reading or extraction failed (the file is then left out of the per-page figures). */
  error?: string;
}

type PdfKit = new (options: Record<string, unknown>) => {
  on(event: string, listener: (...args: never[]) => void): void;
  font(name: string): { fontSize(size: number): unknown };
  text(text: string): void;
  moveDown(): void;
  end(): void;
};

/**
 * Renders generated summaries as PDFs (pdfkit, a development dependency: null when it is not
 * installed), one text line per line on A4 pages, into `folder`.
 */
export async function writeGeneratedPdfs(texts: ReadonlyArray<{ fileName: string; text: string }>, folder: string): Promise<string[] | null> {
  let PDFDocument: PdfKit;
  try {
    PDFDocument = ((await import('pdfkit')) as { default: PdfKit }).default;
  } catch {
    return null;
  }
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const { fileName, text } of texts) {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => {
      doc.on('end', () => resolve());
      doc.on('error', reject);
    });
    doc.font('Helvetica').fontSize(10);
    for (const line of text.split('\n')) {
      if (line.trim() === '') doc.moveDown();
      // The standard fonts cannot encode a TAB; Markdown emphasis is not what a PDF shows.
      else doc.text(line.replace(/\t/g, ' ').replace(/\*\*/g, ''));
    }
    doc.end();
    await finished;
    const file = path.join(folder, fileName.replace(/\.[a-z]+$/, '.pdf'));
    fs.writeFileSync(file, Buffer.concat(chunks));
    files.push(file);
  }
  return files;
}

/** Pages of a PDF, counted apart from the timed read (the reader's pageStarts when it gives them). */
async function pageCount(file: string): Promise<number> {
  const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(file)), { verbosity: 0 });
  try {
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}

/** Reads and extracts each PDF `runs` times (after one warm-up); the median per file. */
export async function timePdfExtraction(files: readonly string[], runs = 3): Promise<PdfTiming[]> {
  const timings: PdfTiming[] = [];
  for (const file of files) {
    try {
      timings.push(await timeOne(file, runs));
    } catch (error) {
      timings.push({
        file: path.basename(file),
        pages: 0,
        ms: Number.NaN,
        msPerPage: Number.NaN,
        insights: 0,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return timings;
}

async function timeOne(file: string, runs: number): Promise<PdfTiming> {
  {
    let pages = 0;
    let insights = 0;
    const samples: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const start = process.hrtime.bigint();
      const read = await readDocument(file);
      const record = extractRecord(read);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (run > 0) samples.push(ms);
      pages = read.pageStarts.length;
      insights = record.insights.length;
    }
    if (pages === 0) pages = await pageCount(file);
    samples.sort((a, b) => a - b);
    const ms = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
    return { file: path.basename(file), pages, ms, msPerPage: ms / pages, insights };
  }
}
