/**
 * The same golden facts from a PDF and a Word file made from the seed's lines inside the test
 * (no binary fixture committed), read through the real readers.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import { readDocumentBytes } from '../../src/read/read-document.js';
import { SEED_PATH, expectSeedGolden } from './extract-golden.js';
import { type DocxBlock, makeDocx, makePdf } from './read-fixtures.js';

/** A seed line as Word would hold it: `#` headings as Heading styles, `**...**` as bold runs. */
function toDocxBlock(line: string): DocxBlock {
  const heading = /^(#{1,4})\s+(.*)$/.exec(line);
  if (heading) return { heading: heading[1]!.length as 1 | 2 | 3 | 4, text: heading[2]! };
  const parts: Array<string | { bold: string }> = [];
  let last = 0;
  for (const match of line.matchAll(/\*\*(.+?)\*\*/g)) {
    if (match.index > last) parts.push(line.slice(last, match.index));
    parts.push({ bold: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return { paragraph: parts };
}

describe('the seed as PDF and Word', () => {
  let seedLines: string[];
  beforeAll(async () => {
    seedLines = (await readFile(SEED_PATH, 'utf8')).split('\n');
  });

  it('gives the golden record from a PDF (pdfkit, the seed lines as printed, TABs as spaces)', async () => {
    const read = await readDocumentBytes(await makePdf(seedLines), 'seed.pdf');
    const record = extractRecord(read);
    expect(record.document.format).toBe('pdf');
    expectSeedGolden(record, read.text);
  });

  it('gives the golden record from a .docx (Heading styles, bold runs, TABs kept)', async () => {
    const blocks = seedLines.filter((line) => line.trim() !== '').map(toDocxBlock);
    const read = await readDocumentBytes(await makeDocx(blocks), 'seed.docx');
    const record = extractRecord(read);
    expect(record.document.format).toBe('docx');
    expectSeedGolden(record, read.text);
  });

  it('gives the golden record from a .docx holding the seed lines as plain paragraphs', async () => {
    const blocks: DocxBlock[] = seedLines.filter((line) => line.trim() !== '').map((line) => ({ paragraph: [line] }));
    const read = await readDocumentBytes(await makeDocx(blocks), 'seed-plain.docx');
    expectSeedGolden(extractRecord(read), read.text);
  });

  it('gives the English and Spanish summaries the same insights from a PDF as from text', async () => {
    for (const fixture of ['tests/fixtures/summary-en-niger.txt', 'tests/fixtures/summary-es-mauritania.txt']) {
      const text = await readFile(fixture, 'utf8');
      const fromText = extractRecord(await readDocumentBytes(Buffer.from(text), fixture));
      const fromPdf = extractRecord(await readDocumentBytes(await makePdf(text.split('\n')), fixture.replace(/\.txt$/, '.pdf')));
      const summary = (record: typeof fromText) => ({
        evaluation: record.evaluation,
        project: record.project,
        keywords: record.keywords,
        acronyms: record.acronyms,
        insights: record.insights.map((insight) => [
          insight.kind,
          insight.headline,
          insight.text,
          insight.addressees.map((actor) => actor.id),
          insight.provenance.section,
        ]),
      });
      expect(summary(fromPdf)).toEqual(summary(fromText));
    }
  });

  it('gives the golden record from the seed saved as Windows-1252', async () => {
    const text = seedLines.join('\n');
    // Windows-1252 holds œ (0x9C) but not ►: the logo arrow becomes '>' as a Windows editor would leave it.
    const bytes = Buffer.from([...text].map((ch) => (ch === 'œ' ? 0x9c : ch === '►' ? 0x3e : ch.charCodeAt(0))));
    expect([...text].every((ch) => ch === 'œ' || ch === '►' || ch.charCodeAt(0) < 0x100)).toBe(true);
    const read = await readDocumentBytes(bytes, 'seed-1252.txt');
    expect(read.encoding).toBe('windows-1252');
    expectSeedGolden(extractRecord(read), read.text);
  });
});
