import { readDocumentBytes } from '../../src/read/read-document.js';
import { makePlacedPdf, placedRow } from './read-fixtures.js';

// Layouts that Word and LibreOffice give a document exported to PDF, where the reader once read
// the PDF otherwise than the same document's .docx.
describe('.pdf exported from a word processor', () => {
  it('joins a word broken at the edge of a narrow table cell, and leaves two words in a full cell apart', async () => {
    // A word wider than its cell is broken where the cell ends, without a hyphen: the header
    // came out as "Recommendatio n", which no header matching knows.
    const columns = { no: 60, text: 82, who: 160, also: 225, time: 300 };
    const pdf = await makePlacedPdf([
      { text: 'The Government agreed to the following recommendations.', x: 60, y: 60, size: 10 },
      ...placedRow(
        100,
        [
          [columns.no, 'No.'],
          [columns.text, 'Recommendatio', 'n'],
          [columns.who, 'Lead'],
          [columns.also, 'Support'],
          [columns.time, 'Timeframe'],
        ],
        { bold: true },
      ),
      ...placedRow(130, [
        [columns.no, '1'],
        [columns.text, 'Set up a fund', 'for each scheme.'],
        [columns.who, 'Implementin', 'g partners'],
        [columns.also, 'Government', 'partners'],
        [columns.time, '2024'],
      ]),
    ]);
    const { text } = await readDocumentBytes(pdf, 'recommendations.pdf');
    expect(text).toContain(
      [
        '**No.**\t**Recommendation**\t**Lead**\t**Support**\t**Timeframe**',
        '1\tSet up a fund for each scheme.\tImplementing partners\tGovernment partners\t2024',
      ].join('\n'),
    );
  });
});
