/**
 * Generators of binary fixtures for the reader tests (and the extraction golden tests): the
 * PDF and Word files are made from text inside the test run, so no binary is committed. Also
 * the readers' shared assertion on a rejected read.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
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

/** Text runs of a paragraph: plain or bold. */
type DocxRuns = (string | { bold: string })[];

/**
 * A list paragraph: numbered (`number`) or bulleted, at a numbering level (0 unless given), in a
 * paragraph style named `style` ("List Bullet 2"), with a left indent in twips of its own.
 */
export interface DocxListItem {
  listItem: DocxRuns;
  list: 'number' | 'bullet';
  level?: number;
  style?: string;
  indent?: number;
}

/** A block of a generated Word document; `box` is a table of one cell holding these paragraphs. */
export type DocxBlock =
  { heading: 1 | 2 | 3 | 4; text: string } | { paragraph: DocxRuns } | { table: string[][]; boldFirstColumn?: boolean } | { box: DocxRuns[] } | DocxListItem;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** A .docx with Word's Heading styles, bold runs, tables and lists, as a user's Word file would have. */
export async function makeDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const runs = (parts: DocxRuns): TextRun[] =>
    parts.map((part) => (typeof part === 'string' ? new TextRun(part) : new TextRun({ text: part.bold, bold: true })));
  const children = blocks.map((block) => {
    if ('heading' in block) return new Paragraph({ heading: HEADINGS[block.heading], children: [new TextRun(block.text)] });
    if ('paragraph' in block) return new Paragraph({ alignment: AlignmentType.LEFT, children: runs(block.paragraph) });
    if ('listItem' in block) {
      return new Paragraph({
        children: runs(block.listItem),
        numbering: { reference: block.list, level: block.level ?? 0 },
        ...(block.style === undefined ? {} : { style: styleId(block.style) }),
        ...(block.indent === undefined ? {} : { indent: { left: block.indent, hanging: 360 } }),
      });
    }
    if ('box' in block) {
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ children: [new TableCell({ children: block.box.map((paragraph) => new Paragraph({ children: runs(paragraph) })) })] })],
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
  const styles = [...new Set(blocks.flatMap((block) => ('listItem' in block && block.style !== undefined ? [block.style] : [])))];
  const document = new Document({
    creator: 'lessons-graph tests',
    styles: { paragraphStyles: styles.map((name) => ({ id: styleId(name), name, basedOn: 'Normal' })) },
    numbering: {
      config: (['number', 'bullet'] as const).map((reference) => ({
        reference,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: reference === 'number' ? LevelFormat.DECIMAL : LevelFormat.BULLET,
          text: reference === 'number' ? `%${level + 1}.` : '•',
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** Word's style id for a style name: its name without spaces ("List Bullet 2" -> "ListBullet2"). */
function styleId(name: string): string {
  return name.replace(/\s+/g, '');
}

/** An entry of makeZip: its raw (already compressed, for method 8) data and the sizes it declares. */
export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** The uncompressed size written in the headers (a zip bomb may lie). */
  declaredSize: number;
}

/** A zip archive written byte by byte (local headers, central directory, end record); CRCs are left 0. */
export function makeZip(entries: ZipEntrySpec[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.declaredSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    central.push(header, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

let zerosChunk: Buffer | undefined;

/**
 * A raw deflate stream that inflates to `copies` times 64 MB of zeros: 64 MB compressed once
 * with a full flush (history reset, so the bytes can be repeated), repeated, then an empty
 * final block. 32 copies make 2 GB from about 2 MB.
 */
export function deflatedZeros(copies: number): Buffer {
  zerosChunk ??= deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const chunk = zerosChunk;
  return Buffer.concat([...Array.from({ length: copies }, () => chunk), Buffer.from([0x03, 0x00])]);
}

/** Sentences for generated reports: the words of evaluation reports, in French. */
const REPORT_SENTENCES = [
  'Le projet a renforcé les capacités des comités locaux de vigilance dans les régions de Kayes et de Tombouctou.',
  'Les victimes de pratiques esclavagistes ont eu accès à une assistance juridique et à des activités génératrices de revenus.',
  'La coordination entre les partenaires de mise en œuvre a été jugée satisfaisante par la plupart des personnes interrogées.',
  'Les retards de décaissement ont réduit la durée effective des activités de terrain de près de six mois.',
  'Le suivi des indicateurs de résultat reste insuffisant et ne permet pas de mesurer les effets à long terme.',
  'Les autorités administratives et coutumières ont participé aux sessions de sensibilisation organisées dans chaque commune.',
];

/**
 * A report of `pages` A4 pages as a word processor would print it: a running header and a
 * "Page N of M" footer on every page, a numbered bold heading, justified paragraphs and a
 * bulleted list on each page. For the reader's tests and for timing a long document by hand.
 */
export async function makeReportPdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 60, autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  for (let page = 1; page <= pages; page += 1) {
    doc.addPage();
    doc.font('Helvetica').fontSize(8).text('Évaluation finale du programme Sahel – Rapport', 60, 30, { lineBreak: false });
    doc.font('Helvetica').fontSize(8).text(`Page ${page} sur ${pages}`, 60, 800, { lineBreak: false });
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .text(`${Math.ceil(page / 5)}.${((page - 1) % 5) + 1} Constats de la page ${page}`, 60, 70);
    doc.moveDown(0.5);
    for (let paragraph = 0; paragraph < 3; paragraph += 1) {
      const sentences = Array.from({ length: 4 }, (_, index) => REPORT_SENTENCES[(page + paragraph + index) % REPORT_SENTENCES.length]!);
      doc.font('Helvetica').fontSize(10).text(sentences.join(' '), { align: 'justify' });
      doc.moveDown(0.8);
    }
    for (let item = 0; item < 3; item += 1) {
      doc
        .font('Helvetica')
        .fontSize(10)
        .text(`•  ${REPORT_SENTENCES[(page + item) % REPORT_SENTENCES.length]!}`, { indent: 0 });
      doc.moveDown(0.3);
    }
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

/** A line of text placed on an A4 page by its top-left corner (points from the page's top left). */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
  /** Centred on the page instead of starting at `x`. */
  centred?: boolean;
  /** Ends at `x` instead of starting there (a page number or a chapter name in a running header). */
  rightAligned?: boolean;
  /** 1-based page number, 1 by default; pages are added up to the highest one. */
  page?: number;
  /** A bold lead-in set before `text` ("Recommendation 1:"). */
  lead?: string;
  /** Justified: the words spread to fill this width, each placed on its own as a layout engine sets them. */
  justify?: number;
  /**
   * A shape drawn left of the text, as a browser draws a list's marker (a third of the font size,
   * 0.7 of it before the text, its middle 0.28 of it above the baseline), or a checkbox or a
   * checked radio button (a ring with a dot in it) the height of a capital.
   */
  drawn?: 'disc' | 'circle' | 'square' | 'checkbox' | 'radio';
}

/** Draws a line's shape (`line.drawn`) left of its text, which starts at `x`. */
function drawShape(doc: PDFKit.PDFDocument, line: PlacedLine, x: number): void {
  const size = line.size ?? 10;
  // pdfkit places a line by its top; Helvetica's baseline is 0.718 of the size below it.
  const middle = line.y + size * 0.718 - size * 0.28;
  const side = line.drawn === 'checkbox' || line.drawn === 'radio' ? size * 0.7 : size * 0.3;
  const right = x - size * 0.7;
  doc.save().lineWidth(0.75);
  if (line.drawn === 'disc') doc.circle(right - side / 2, middle, side / 2).fill('black');
  else if (line.drawn === 'circle') doc.circle(right - side / 2, middle, side / 2).stroke('black');
  else if (line.drawn === 'square') doc.rect(right - side, middle - side / 2, side, side).fill('black');
  else if (line.drawn === 'radio') {
    doc.circle(right - side / 2, middle, side / 2).stroke('black');
    doc.circle(right - side / 2, middle, side / 4).fill('black');
  } else doc.rect(right - side, line.y + size * 0.718 - side, side, side).stroke('black');
  doc.restore();
}

/** A PDF of lines placed where a layout program would set them (centred titles, list numbers set apart, running headers). */
export async function makePlacedPdf(lines: PlacedLine[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const pages = Math.max(1, ...lines.map((line) => line.page ?? 1));
  for (let page = 1; page <= pages; page += 1) {
    doc.addPage();
    for (const line of lines.filter((candidate) => (candidate.page ?? 1) === page)) {
      if (line.lead !== undefined || line.justify !== undefined) {
        placeWords(doc, line);
        continue;
      }
      doc.font(line.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(line.size ?? 10);
      const width = doc.widthOfString(line.text);
      const x = line.centred ? (doc.page.width - width) / 2 : line.rightAligned ? line.x - width : line.x;
      if (line.drawn !== undefined) drawShape(doc, line, x);
      doc.font(line.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(line.size ?? 10);
      doc.text(line.text, x, line.y, { lineBreak: false });
    }
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

/**
 * A table row for makePlacedPdf: each cell's lines placed from the cell's left edge, one line
 * step (1.2 font sizes) apart, cell after cell in content order as a layout program writes a
 * table. `cells` maps a cell's left edge to its lines.
 */
export function placedRow(y: number, cells: [x: number, ...lines: string[]][], style: { size?: number; bold?: boolean } = {}): PlacedLine[] {
  const size = style.size ?? 9;
  return cells.flatMap(([x, ...lines]) => lines.map((text, index) => ({ text, x, y: y + index * size * 1.2, size, bold: style.bold === true })));
}

/** A line word by word: its bold lead-in first, the gaps widened to fill `justify` when given. */
function placeWords(doc: PDFKit.PDFDocument, line: PlacedLine): void {
  const words = [
    ...(line.lead ?? '')
      .split(' ')
      .filter((word) => word !== '')
      .map((word) => ({ word, bold: true })),
    ...line.text.split(' ').map((word) => ({ word, bold: line.bold === true })),
  ];
  const widthOf = (entry: { word: string; bold: boolean }): number =>
    doc
      .font(entry.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(line.size ?? 10)
      .widthOfString(entry.word);
  const total = words.reduce((sum, entry) => sum + widthOf(entry), 0);
  const space = doc
    .font('Helvetica')
    .fontSize(line.size ?? 10)
    .widthOfString(' ');
  const gap = line.justify !== undefined && words.length > 1 ? (line.justify - total) / (words.length - 1) : space;
  let x = line.x;
  for (const entry of words) {
    doc.font(entry.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(line.size ?? 10);
    doc.text(entry.word, x, line.y, { lineBreak: false });
    x += widthOf(entry) + gap;
  }
}
