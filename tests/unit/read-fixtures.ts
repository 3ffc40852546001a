/**
 * Generators of binary fixtures for the reader tests (and the extraction golden tests): the
 * PDF and Word files are made from text inside the test run, so no binary is committed. Also
 * the readers' shared assertion on a rejected read.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { AppError } from '../../src/errors.js';

/** The AppError a promise rejects with (fails the test if it resolves or throws anything else). */
export async function badInput(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('BAD_INPUT');
  return error as AppError;
}

/**
 * A PDF with one text line per input line, in Helvetica 10 pt on A4; long lines wrap. An empty
 * line leaves a line's height of space, as it would on paper. pdfkit's standard fonts cannot encode a TAB (it prints garbage in
 * place of the whole line), so TABs are written as a space, as a PDF printer would lay them out.
 */
export async function makePdf(lines: string[], options: { userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { CreationDate: new Date(0) },
    ...(options.userPassword === undefined ? {} : { userPassword: options.userPassword, pdfVersion: '1.7' as const }),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.font('Helvetica').fontSize(10);
  for (const line of lines) {
    // pdfkit does not advance for an empty string: move down, as an empty line takes room on paper.
    if (line.trim() === '') doc.moveDown();
    else doc.text(line.replace(/\t/g, ' '));
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

/** A block of a generated Word document. */
export type DocxBlock =
  | { heading: 1 | 2 | 3 | 4; text: string }
  | { paragraph: (string | { bold: string })[] }
  | { table: string[][]; boldFirstColumn?: boolean };

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** A .docx with Word's Heading styles, bold runs and tables, as a user's Word file would have. */
export async function makeDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const children = blocks.map((block) => {
    if ('heading' in block) return new Paragraph({ heading: HEADINGS[block.heading], children: [new TextRun(block.text)] });
    if ('paragraph' in block) {
      return new Paragraph({
        alignment: AlignmentType.LEFT,
        children: block.paragraph.map((part) => (typeof part === 'string' ? new TextRun(part) : new TextRun({ text: part.bold, bold: true }))),
      });
    }
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: block.table.map(
        (row) =>
          new TableRow({
            children: row.map(
              (cell, column) =>
                new TableCell({
                  children: [new Paragraph({ children: [new TextRun({ text: cell, bold: block.boldFirstColumn === true && column === 0 })] })],
                }),
            ),
          }),
      ),
    });
  });
  const document = new Document({ creator: 'lessons-graph tests', sections: [{ children }] });
  return Packer.toBuffer(document);
}
