/**
 * The .docx reader: Word heading styles (localised ones too), lists with their nesting,
 * boxes made as one-cell tables, footnotes, hand-typed bullets, and the bounds that keep a zip bomb from reaching mammoth.
 */
import { describe, expect, it } from '@jest/globals';
import { inflateRawSync } from 'node:zlib';
import { Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { checkDocxZip } from '../../src/read/docx-zip.js';
import { readDocumentBytes } from '../../src/read/read-document.js';
import { badInput, deflatedZeros, makeDocx, makeZip } from './read-fixtures.js';

describe('.docx structure', () => {
  it('reads Title, French and Spanish heading styles, nested bullet and numbered lists, footnotes and typed bullets', async () => {
    const document = new Document({
      styles: {
        paragraphStyles: [
          { id: 'Titre1', name: 'Titre 1', basedOn: 'Normal', run: { bold: true, size: 32 } },
          { id: 'Ttulo2', name: 'Título 2', basedOn: 'Normal', run: { bold: true } },
        ],
      },
      numbering: {
        config: [
          {
            reference: 'recommendations',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
            ],
          },
        ],
      },
      footnotes: { 1: { children: [new Paragraph('Source : enquête auprès des ménages, 2022.')] } },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Évaluation finale')] }),
            new Paragraph({ style: 'Titre1', children: [new TextRun('Leçons apprises')] }),
            new Paragraph({ children: [new TextRun('Le projet a touché 300 ménages'), new FootnoteReferenceRun(1), new TextRun('.')] }),
            new Paragraph({ bullet: { level: 0 }, children: [new TextRun('premier point')] }),
            new Paragraph({ bullet: { level: 1 }, children: [new TextRun('sous-point')] }),
            new Paragraph({ bullet: { level: 0 }, children: [new TextRun('second point')] }),
            new Paragraph({ style: 'Ttulo2', children: [new TextRun('Recomendaciones')] }),
            new Paragraph({ numbering: { reference: 'recommendations', level: 0 }, children: [new TextRun('Primera')] }),
            new Paragraph({ numbering: { reference: 'recommendations', level: 1 }, children: [new TextRun('detalle')] }),
            new Paragraph({ numbering: { reference: 'recommendations', level: 0 }, children: [new TextRun('Segunda')] }),
            new Paragraph({ children: [new TextRun('•\tpoint tapé à la main')] }),
          ],
        },
      ],
    });
    const result = await readDocumentBytes(await Packer.toBuffer(document), 'rapport.docx');
    expect(result.warnings).toEqual([]);
    expect(result.pageStarts).toEqual([]);
    expect(result.text).toBe(
      [
        '# Évaluation finale',
        '',
        '# Leçons apprises',
        '',
        'Le projet a touché 300 ménages<sup>1</sup>.',
        '',
        '- premier point',
        '  - sous-point',
        '- second point',
        '',
        '## Recomendaciones',
        '',
        '1. Primera',
        '  1. detalle',
        '2. Segunda',
        '',
        '- point tapé à la main',
        '',
        '[^1]: Source : enquête auprès des ménages, 2022.',
        '',
      ].join('\n'),
    );
  });

  it('nests "List Bullet 2" sub-points and sub-points indented past their item under that item', async () => {
    const bytes = await makeDocx([
      { heading: 1, text: 'Recommendations' },
      { listItem: [{ bold: 'Offices should share risk assessments.' }, ' Duplication raised costs.'], list: 'number', style: 'List Number' },
      // Word's "List Bullet 2" numbers its paragraphs at level 0 of a list of its own.
      { listItem: ['publishing flood-risk maps;'], list: 'bullet', style: 'List Bullet 2' },
      { listItem: ['holding an annual joint review.'], list: 'bullet', style: 'List Bullet 2' },
      { listItem: [{ bold: 'FCDO should hear residents.' }], list: 'number', style: 'List Number' },
      // A sub-point at level 0 of its list, indented a level deeper by hand.
      { listItem: ['in each settlement;'], list: 'bullet', indent: 1440 },
      { listItem: ['and in the city council.'], list: 'bullet', level: 1, style: 'List Paragraph' },
      { listItem: ['FCDO should publish the reviews.'], list: 'number', style: 'List Number' },
    ]);
    const result = await readDocumentBytes(bytes, 'sub-points.docx');
    expect(result.text).toBe(
      [
        '# Recommendations',
        '',
        '1. **Offices should share risk assessments.** Duplication raised costs.',
        '  - publishing flood-risk maps;',
        '  - holding an annual joint review.',
        '2. **FCDO should hear residents.**',
        '  - in each settlement;',
        '  - and in the city council.',
        '3. FCDO should publish the reviews.',
        '',
      ].join('\n'),
    );
  });

  it('writes a box made as a one-cell table as its paragraphs and a break that ends it, apart from the paragraph after it', async () => {
    const bytes = await makeDocx([
      { heading: 2, text: '3.1 Effectiveness' },
      { paragraph: ['The partnership met most of its outcomes.'] },
      {
        box: [
          [{ bold: 'Box 2: Good practice – joint supervision visits' }],
          ['District health teams and advisers visited clinics together each quarter.'],
          ['The visits were later funded from the district budget.'],
        ],
      },
      { paragraph: ['Coordination with other donors improved after 2021.'] },
      { table: [['Outcome', 'Rating']] },
    ]);
    const result = await readDocumentBytes(bytes, 'boxes.docx');
    expect(result.text).toBe(
      [
        '## 3.1 Effectiveness',
        '',
        'The partnership met most of its outcomes.',
        '',
        '**Box 2: Good practice – joint supervision visits**',
        '',
        'District health teams and advisers visited clinics together each quarter.',
        '',
        'The visits were later funded from the district budget.',
        '',
        '---',
        '',
        'Coordination with other donors improved after 2021.',
        '',
        'Outcome\tRating',
        '',
      ].join('\n'),
    );
  });
});

describe('.docx bounds', () => {
  it('refuses a 2 MB .docx that expands to 2 GB, naming the file, before unzipping it', async () => {
    const bomb = deflatedZeros(32);
    const bytes = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>'), method: 0, declaredSize: 8 },
      { name: 'word/document.xml', data: bomb, method: 8, declaredSize: 2 * 1024 * 1024 * 1024 - 1 },
    ]);
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
    const error = await badInput(readDocumentBytes(bytes, 'uploads/bomb.docx'));
    expect(error.message).toBe(
      'uploads/bomb.docx: word/document.xml expands to more than 64 MB when unzipped; a damaged file or a zip bomb, not a document we can read',
    );
  });

  it('stops inflating a part that declares a small size but expands past the cap (the declared size lies)', async () => {
    const bomb = deflatedZeros(2);
    // The stream really inflates to 128 MB.
    expect(inflateRawSync(bomb).length).toBe(128 * 1024 * 1024);
    const bytes = makeZip([{ name: 'word/document.xml', data: bomb, method: 8, declaredSize: 1000 }]);
    const error = await badInput(readDocumentBytes(bytes, 'liar.docx'));
    expect(error.message).toBe(
      'liar.docx: word/document.xml expands to more than 64 MB when unzipped; a damaged file or a zip bomb, not a document we can read',
    );
  });

  it('bounds the sum of the parts, and leaves pictures unopened', () => {
    const part = deflatedZeros(1);
    const limits = { maxPartBytes: 64 * 1024 * 1024, maxTotalBytes: 100 * 1024 * 1024, maxEntries: 10 };
    const twoParts = makeZip([
      { name: 'word/document.xml', data: part, method: 8, declaredSize: 64 * 1024 * 1024 },
      { name: 'word/footnotes.xml', data: part, method: 8, declaredSize: 64 * 1024 * 1024 },
    ]);
    expect(() => checkDocxZip(twoParts, 'two.docx', limits)).toThrow(
      'two.docx: this .docx expands to more than 100 MB of XML when unzipped; a damaged file or a zip bomb, not a document we can read',
    );
    const picture = makeZip([{ name: 'word/media/image1.png', data: deflatedZeros(4), method: 8, declaredSize: 256 * 1024 * 1024 }]);
    expect(() => checkDocxZip(picture, 'picture.docx', limits)).not.toThrow();
  });

  it('refuses Word XML nested deeper than the bound, naming the part', async () => {
    const xml = `<w:document>${'<w:tbl>'.repeat(5000)}${'</w:tbl>'.repeat(5000)}</w:document>`;
    const bytes = makeZip([{ name: 'word/document.xml', data: Buffer.from(xml), method: 0, declaredSize: xml.length }]);
    const error = await badInput(readDocumentBytes(bytes, 'deep.docx'));
    expect(error.message).toBe(
      'deep.docx: word/document.xml nests elements more than 1000 levels deep; no readable document nests so deep (a damaged or hostile file?)',
    );
  });
});
