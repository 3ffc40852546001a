import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { readDocumentBytes } from '../../src/read/read-document.js';
import { badInput, makeDocx, makePdf, makePlacedPdf, makeReportPdf, placedRow } from './read-fixtures.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';

describe('.pdf (unpdf)', () => {
  let seedPdf: Buffer;
  let seedLines: string[];
  beforeAll(async () => {
    seedLines = (await readFile(SEED, 'utf8')).split('\n');
    seedPdf = await makePdf(seedLines);
  });

  it('reads the text of a PDF made from the seed: key facts and line structure survive', async () => {
    const result = await readDocumentBytes(seedPdf, 'seed.pdf');
    expect(result.format).toBe('pdf');
    expect(result.encoding).toBe('binary-format');
    expect(result.sha256).toBe(createHash('sha256').update(seedPdf).digest('hex'));
    const text = result.text;
    for (const key of [
      'MLI/19/01/USA',
      '1,875,282',
      'Bonnes pratiques',
      '## RECOMMANDATIONS, LEÇONS APPRISES ET BONNES PRATIQUES',
      '### INFORMATIONS RAPIDES',
      '**Pays:** MALI',
      '#### BIT/OIT',
      'Niger et Mauritanie',
      'mise en œuvre',
    ]) {
      expect(text).toContain(key);
    }
    // Wrapped lines are joined back: every paragraph of the seed (a line, TABs printed as spaces)
    // comes back as one line, but two. The ► of the logo is outside Helvetica's WinAnsi encoding
    // (pdfkit prints another glyph), and an enumeration item that starts a printed line after
    // "de :" is taken for a new block.
    const lines = new Set(text.split('\n'));
    const seedParagraphs = seedLines.map((line) => line.replace(/\t/g, ' ').trim()).filter((line) => line !== '');
    const lost = seedParagraphs.filter((line) => !lines.has(line)).map((line) => line.slice(0, 30));
    expect(lost).toEqual(["► Bureau d'évaluation", '<b>But, destinataire et portée']);
    expect(seedParagraphs).toHaveLength(75);
    expect(lines).toContain('**Code du project:** MLI/19/01/USA');
    expect(lines).toContain(
      "**Donateur(s) & budget:** Département de la démocratie, des droits de l'homme et du travail (DRL) du Département d'Etat américain (USDOS), USD 1,875,282.",
    );
    // Paragraphs are separated by a blank line, as in the seed.
    expect(text).toContain('\n\n#### ASI\n\nMettre en œuvre le plan de plaidoyer');
    expect(text).not.toContain('\r');
    expect(text).not.toMatch(/[ \t]$/m);
  });

  it("does not detach the caller's buffer", async () => {
    const bytes = new Uint8Array(seedPdf);
    await readDocumentBytes(bytes, 'seed.pdf');
    expect(bytes.byteLength).toBe(seedPdf.byteLength);
  });

  it('refuses a truncated PDF (first half of the bytes), naming the file and keeping the cause', async () => {
    const error = await badInput(readDocumentBytes(seedPdf.subarray(0, Math.floor(seedPdf.length / 2)), 'reports/half.pdf'));
    expect(error.message).toMatch(/^reports\/half\.pdf: cannot read this PDF \(/);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('refuses a file with a .pdf extension that is not a PDF', async () => {
    const error = await badInput(readDocumentBytes(Buffer.from('juste du texte'), 'fake.pdf'));
    expect(error.message).toBe('fake.pdf: not a PDF file (no %PDF- header); check the file or its extension');
  });

  it('refuses a PDF whose body is garbage after the header', async () => {
    const error = await badInput(readDocumentBytes(Buffer.from('%PDF-1.7\n%%garbage\n\u0001\u0002 not a pdf body'), 'broken.pdf'));
    expect(error.message).toMatch(/^broken\.pdf: cannot read this PDF \(/);
  });

  it('refuses a password-protected PDF, saying so', async () => {
    const locked = await makePdf(['Confidentiel'], { userPassword: 'secret' });
    const error = await badInput(readDocumentBytes(locked, 'locked.pdf'));
    expect(error.message).toBe('locked.pdf: cannot read this PDF (it is encrypted with a password)');
  });

  it('refuses a PDF without a text layer', async () => {
    const blank = await makePdf([]);
    const error = await badInput(readDocumentBytes(blank, 'scan.pdf'));
    expect(error.message).toBe('scan.pdf: this PDF has no text layer (1 page, probably scanned images); run OCR on it first');
  });
});

describe('.docx (mammoth)', () => {
  it('keeps headings, bold and table rows as the Markdown-like text', async () => {
    const bytes = await makeDocx([
      { heading: 2, text: 'RÉSULTATS PRINCIPAUX' },
      { paragraph: [{ bold: 'Les ressources allouées au projet ont été judicieusement utilisées.' }] },
      { paragraph: ["L'OIT et ses partenaires (ASI et TEMEDT) ont fait preuve de clairvoyance."] },
      { heading: 4, text: 'BIT/OIT' },
      { paragraph: ['Code du projet : ', { bold: 'MLI/19/01/USA' }] },
      {
        table: [
          ['TEMEDT', 'Renforcer les capacités institutionnelles de TEMEDT'],
          ['Collectivités', 'Inscrire les actions du projet dans les plans de développement locaux'],
        ],
        boldFirstColumn: true,
      },
      { paragraph: ['Fin.'] },
    ]);
    const result = await readDocumentBytes(bytes, 'summary.docx');
    expect(result.format).toBe('docx');
    expect(result.encoding).toBe('binary-format');
    expect(result.warnings).toEqual([]);
    expect(result.text).toBe(
      [
        '## RÉSULTATS PRINCIPAUX',
        '',
        '**Les ressources allouées au projet ont été judicieusement utilisées.**',
        '',
        "L'OIT et ses partenaires (ASI et TEMEDT) ont fait preuve de clairvoyance.",
        '',
        '#### BIT/OIT',
        '',
        'Code du projet : **MLI/19/01/USA**',
        '',
        '**TEMEDT**\tRenforcer les capacités institutionnelles de TEMEDT',
        '**Collectivités**\tInscrire les actions du projet dans les plans de développement locaux',
        '',
        'Fin.',
        '',
      ].join('\n'),
    );
  });

  it('gives back every line of the seed from a .docx holding one paragraph per line, TABs kept', async () => {
    const seedLines = (await readFile(SEED, 'utf8')).split('\n').filter((line) => line.trim() !== '');
    const bytes = await makeDocx(seedLines.map((line) => ({ paragraph: [line] })));
    const result = await readDocumentBytes(bytes, 'seed.docx');
    expect(result.warnings).toEqual([]);
    expect(result.text.endsWith('.\n')).toBe(true);
    expect(result.text.slice(0, -1).split('\n\n')).toEqual(seedLines.map((line) => line.trimEnd()));
    expect(result.text).toContain('\n\n<b>TEMEDT</b>\tRenforcer les capacités');
    expect(result.text).toContain('\n\n\tMobiliser des ressources internes');
  });

  it('refuses a truncated .docx, naming the file and keeping the cause', async () => {
    const bytes = await makeDocx([{ paragraph: ['Bonjour'] }]);
    const error = await badInput(readDocumentBytes(bytes.subarray(0, Math.floor(bytes.length / 2)), 'half.docx'));
    expect(error.message).toMatch(/^half\.docx: cannot read this \.docx \(corrupt or truncated: /);
    expect(error.cause).toBeDefined();
  });

  it('refuses a zip archive that is not a Word document', async () => {
    // The smallest valid zip: an empty archive (end-of-central-directory record only).
    const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const error = await badInput(readDocumentBytes(emptyZip, 'archive.docx'));
    expect(error.message).toMatch(/^archive\.docx: cannot read this \.docx \(corrupt or truncated: /);
  });

  it('refuses a file with a .docx extension that is not a zip', async () => {
    const error = await badInput(readDocumentBytes(Buffer.from('plain text'), 'fake.docx'));
    expect(error.message).toBe('fake.docx: not a .docx file (a .docx is a zip archive, this is not one); check the file or its extension');
  });
});

describe('.pdf structure end to end (pdfkit report, fonts from PDF.js)', () => {
  it('reads a generated report: bold numbered headings, running header and "Page N sur M" footer gone, bullets, pageStarts', async () => {
    const result = await readDocumentBytes(await makeReportPdf(3), 'rapport.pdf');
    const lines = result.text.split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      '## 1.1 Constats de la page 1',
      '## 1.2 Constats de la page 2',
      '## 1.3 Constats de la page 3',
    ]);
    expect(result.text).not.toContain('Évaluation finale du programme Sahel');
    expect(result.text).not.toMatch(/Page \d sur 3/);
    expect(lines.filter((line) => line.startsWith('- '))).toHaveLength(9);
    expect(result.pageStarts).toHaveLength(3);
    expect(result.pageStarts.map((offset) => result.text.slice(offset, offset + 30))).toEqual([
      '## 1.1 Constats de la page 1\n\n',
      '## 1.2 Constats de la page 2\n\n',
      '## 1.3 Constats de la page 3\n\n',
    ]);
  });
});

describe('.pdf lines set by a layout program', () => {
  it('joins a centred title wrapped onto a second line, and reads a list number set a tab apart without its stop', async () => {
    const body = { x: 46, size: 10 };
    const pdf = await makePlacedPdf([
      { text: 'Thematic Review of Community Systems Strengthening in', x: 0, y: 70, size: 18, bold: true, centred: true },
      { text: 'Global Fund Grants', x: 0, y: 92, size: 18, bold: true, centred: true },
      { text: 'Final Report, March 2021', x: 0, y: 130, size: 12, centred: true },
      { text: '2. Recommendations', x: 46, y: 180, size: 14, bold: true },
      { text: 'The review recommends that the Secretariat:', ...body, y: 205 },
      { text: '1', ...body, y: 225 },
      { text: 'Set a minimum allocation for community-led monitoring in high-impact portfolios.', x: 64, y: 225, size: 10 },
      { text: '2', ...body, y: 245 },
      { text: 'Revise the eligibility requirements so that community organizations can be sub-recipients.', x: 64, y: 245, size: 10 },
      { text: '12 countries were visited by the team in 2020 and 2021, for two weeks each.', ...body, y: 270 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'review.pdf');
    expect(text).toContain('# Thematic Review of Community Systems Strengthening in Global Fund Grants\n');
    expect(text).toContain('\n1. Set a minimum allocation');
    expect(text).toContain('\n2. Revise the eligibility requirements');
    expect(text).toContain('\n12 countries were visited');
    expect(text).not.toContain('Grants Final Report');
  });

  it('splits the cells of a bold table header and of its rows where the narrow columns start', async () => {
    // "No." and "Priority" end a few points before the next column: the header once came out
    // as "No. Recommendation" and "Priority Timeframe", shifting every field of the rows.
    const columns = { no: 60, text: 82, who: 300, priority: 400, time: 445 };
    const pdf = await makePlacedPdf([
      { text: '5. Recommendations', x: 46, y: 60, size: 14, bold: true },
      ...placedRow(
        100,
        [
          [columns.no, 'No.'],
          [columns.text, 'Recommendation'],
          [columns.who, 'Responsible'],
          [columns.priority, 'Priority'],
          [columns.time, 'Timeframe'],
        ],
        { bold: true },
      ),
      ...placedRow(120, [
        [columns.no, '1'],
        [columns.text, 'Set up an operation and maintenance fund', 'for each irrigation scheme.'],
        [columns.who, 'UNDP; Ministry of', 'Agriculture'],
        [columns.priority, 'Medium'],
        [columns.time, 'By December 2023'],
      ]),
      ...placedRow(150, [
        [columns.no, '2'],
        [columns.text, 'Transfer the extension support to the', 'district agricultural offices.'],
        [columns.who, 'District councils'],
        [columns.priority, 'Medium'],
        [columns.time, '2024'],
      ]),
    ]);
    const { text } = await readDocumentBytes(pdf, 'recommendations.pdf');
    expect(text).toContain(
      [
        '**No.**\t**Recommendation**\t**Responsible**\t**Priority**\t**Timeframe**',
        '1\tSet up an operation and maintenance fund for each irrigation scheme.\tUNDP; Ministry of Agriculture\tMedium\tBy December 2023',
        '2\tTransfer the extension support to the district agricultural offices.\tDistrict councils\tMedium\t2024',
      ].join('\n'),
    );
  });

  it('drops a running header whose chapter half changes from page to page', async () => {
    const chapters = ['Chapter 3 – Findings', 'Chapter 3 – Findings', 'Chapter 5 – Recommendations'];
    const furniture = chapters.flatMap((chapter, index) => [
      { text: 'Evaluation of the National Nutrition Programme, Niger 2015–2019', x: 57, y: 30, size: 8, page: index + 1 },
      { text: chapter, x: 539, y: 30, size: 8, rightAligned: true, page: index + 1 },
      { text: String(index + 7), x: 539, y: 810, size: 8, rightAligned: true, page: index + 1 },
    ]);
    const pdf = await makePlacedPdf([
      ...furniture,
      { text: '3. Findings', x: 57, y: 70, size: 13, bold: true },
      { text: 'Coverage of the treatment of severe acute malnutrition rose from 48 to 71 percent.', x: 57, y: 92 },
      { text: 'Stock-outs of therapeutic food occurred in 30 percent of health centres.', x: 57, y: 70, page: 2 },
      { text: '5. Recommendations', x: 57, y: 70, size: 13, bold: true, page: 3 },
      { text: 'The Ministry of Public Health should move to forecast-based ordering.', x: 57, y: 92, page: 3 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'nutrition.pdf');
    expect(text).toBe(
      [
        '# 3. Findings',
        'Coverage of the treatment of severe acute malnutrition rose from 48 to 71 percent.',
        'Stock-outs of therapeutic food occurred in 30 percent of health centres.',
        '# 5. Recommendations',
        'The Ministry of Public Health should move to forecast-based ordering.',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps a heading over a justified column apart from the bold lead-in of its first paragraph', async () => {
    const left = { x: 57, size: 10 };
    const right = { x: 309, size: 10 };
    const pdf = await makePlacedPdf([
      { text: 'School Feeding in Chad: Evaluation Brief', x: 57, y: 60, size: 16, bold: true },
      { text: 'Key findings', x: 57, y: 95, size: 11, bold: true },
      { text: 'Only 6 percent of the food was bought from', ...left, y: 112, justify: 230 },
      { text: 'smallholders, well short of the 20 percent', ...left, y: 125, justify: 230 },
      { text: 'target set in the project document.', ...left, y: 138 },
      { text: 'Recommendations to WFP', x: 309, y: 95, size: 11, bold: true },
      { lead: 'Recommendation 1:', text: 'Pre-position three', ...right, y: 112, justify: 230 },
      { text: 'months of stocks in the Lac province before', ...right, y: 125, justify: 230 },
      { text: 'the rainy season starts in June.', ...right, y: 138 },
      { lead: 'Recommendation 2:', text: 'Work with the Ministry', ...right, y: 158, justify: 230 },
      { text: 'of Education to set up a national school', ...right, y: 171, justify: 230 },
      { text: 'feeding budget line.', ...right, y: 184 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'brief.pdf');
    expect(text).toBe(
      [
        '# School Feeding in Chad: Evaluation Brief',
        '## Key findings',
        'Only 6 percent of the food was bought from smallholders, well short of the 20 percent target set in the project document.',
        '## Recommendations to WFP',
        '**Recommendation 1:** Pre-position three months of stocks in the Lac province before the rainy season starts in June.',
        '**Recommendation 2:** Work with the Ministry of Education to set up a national school feeding budget line.',
      ].join('\n\n') + '\n',
    );
  });

  it('reads a key-facts table boxed at the top of the left column before the heading under it, and the next column after', async () => {
    const left = { x: 57, size: 10 };
    const right = { x: 309, size: 10 };
    const pdf = await makePlacedPdf([
      { text: 'Síntesis de evaluación: jóvenes rurales y financiación', x: 57, y: 60, size: 16, bold: true },
      { text: 'Datos clave', x: 68, y: 112, size: 11, bold: true },
      { text: 'Evaluaciones analizadas', x: 68, y: 132, size: 8.5 },
      { text: '34', x: 220, y: 132, size: 8.5 },
      { text: 'Período', x: 68, y: 147, size: 8.5 },
      { text: '2012–2022', x: 220, y: 147, size: 8.5 },
      { text: 'Principales hallazgos', x: 57, y: 190, size: 11, bold: true },
      { text: 'Las instituciones financieras rurales siguieron', ...left, y: 207, justify: 230 },
      { text: 'exigiendo garantías que los jóvenes no', ...left, y: 220, justify: 230 },
      { text: 'podían aportar.', ...left, y: 233 },
      { text: 'Recomendaciones', x: 309, y: 104, size: 11, bold: true },
      { text: '1. El FIDA debería incluir un componente de', ...right, y: 121, justify: 230 },
      { text: 'garantía compartida en los nuevos proyectos', ...right, y: 134, justify: 230 },
      { text: 'dirigidos a jóvenes, con fondos de garantía', ...right, y: 147, justify: 230 },
      { text: 'administrados por las entidades financieras', ...right, y: 160, justify: 230 },
      { text: 'de cada país, que compartan el riesgo en una', ...right, y: 173, justify: 230 },
      { text: 'proporción significativa durante los cinco', ...right, y: 186, justify: 230 },
      { text: 'años del proyecto.', ...right, y: 199 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'perfil.pdf');
    expect(text).toBe(
      [
        '# Síntesis de evaluación: jóvenes rurales y financiación',
        '## Datos clave',
        'Evaluaciones analizadas\t34\nPeríodo\t2012–2022',
        '## Principales hallazgos',
        'Las instituciones financieras rurales siguieron exigiendo garantías que los jóvenes no podían aportar.',
        '## Recomendaciones',
        '1. El FIDA debería incluir un componente de garantía compartida en los nuevos proyectos dirigidos a jóvenes, con fondos de garantía administrados por las entidades financieras de cada país, que compartan el riesgo en una proporción significativa durante los cinco años del proyecto.',
      ].join('\n\n') + '\n',
    );
  });

  it('joins a compound cut by a hyphen at the line break of a title without a space', async () => {
    const pdf = await makePlacedPdf([
      { text: 'Final Evaluation of the Climate-', x: 0, y: 240, size: 22, bold: true, centred: true },
      { text: 'Resilient Livelihoods Project', x: 0, y: 266, size: 22, bold: true, centred: true },
      { text: 'Final Report, September 2023', x: 0, y: 300, size: 10, centred: true },
    ]);
    const { text } = await readDocumentBytes(pdf, 'crlp.pdf');
    expect(text).toBe('# Final Evaluation of the Climate-Resilient Livelihoods Project\n\nFinal Report, September 2023\n');
  });

  it('keeps a paragraph cut by a column break in one piece past its second line in the next column', async () => {
    const left = { x: 57, size: 10, justify: 230 };
    const right = { x: 309, size: 10, justify: 230 };
    const pdf = await makePlacedPdf([
      { text: 'Recommendations', x: 57, y: 60, size: 13, bold: true },
      { text: 'Pre-position three months of stocks in the Lac', ...left, y: 80 },
      { text: 'province before the rainy season, so that the', ...left, y: 93 },
      { text: 'schools of the Lac and Ouaddaï provinces can', ...left, y: 106 },
      { text: 'serve hot meals to the pupils on every school', ...left, y: 119 },
      { text: 'day of the year, whatever the state of the', ...left, y: 132 },
      { text: 'roads during the lean season, and record it', ...right, y: 80 },
      { text: '(WFP country office; high priority; June 2024).', x: 309, size: 10, y: 93 },
      { text: 'Work with the Ministry of Education to set up a', ...right, y: 116 },
      { text: 'national school feeding budget line, so that the', ...right, y: 129 },
      { text: 'programme can be handed over in five years.', x: 309, size: 10, y: 142 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'brief.pdf');
    expect(text).toBe(
      [
        '# Recommendations',
        'Pre-position three months of stocks in the Lac province before the rainy season, so that the schools of the Lac and Ouaddaï provinces can serve hot meals to the pupils on every school day of the year, whatever the state of the roads during the lean season, and record it (WFP country office; high priority; June 2024).',
        'Work with the Ministry of Education to set up a national school feeding budget line, so that the programme can be handed over in five years.',
      ].join('\n\n') + '\n',
    );
  });

  it('joins the wrapped lines of bullet items in two columns under a title across both, and keeps apart items whose bullets are drawn', async () => {
    // The title ran into the first column's run, whose right edge it set: the column's lines,
    // far shorter, all read as ending on purpose. The bullets are drawn, so no glyph marks the
    // second item: its bold lead-in after a finished sentence does.
    const left = { x: 87, size: 10 };
    const right = { x: 339, size: 10 };
    const pdf = await makePlacedPdf([
      { text: "Évaluation finale du programme d'appui à", x: 57, y: 60, size: 16, bold: true },
      { text: "l'enseignement technique", x: 57, y: 80, size: 16, bold: true },
      { text: 'Leçons apprises', x: 57, y: 114, size: 13, bold: true },
      { lead: "Former avant d'équiper.", text: 'La', ...left, y: 136, justify: 198 },
      { text: 'formation des formateurs doit précéder', ...left, y: 147, justify: 198 },
      { text: 'la livraison des équipements dans les', ...right, y: 100, justify: 199 },
      { text: 'ateliers des lycées et des centres.', ...right, y: 111 },
      { lead: 'Associer les entreprises.', text: 'Les filières', ...right, y: 122, justify: 199 },
      { text: 'conçues avec les employeurs offrent de', ...right, y: 133, justify: 199 },
      { text: 'meilleurs débouchés aux diplômés.', ...right, y: 144 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'note.pdf');
    expect(text).toBe(
      [
        "# Évaluation finale du programme d'appui à l'enseignement technique",
        '## Leçons apprises',
        "**Former avant d'équiper.** La formation des formateurs doit précéder la livraison des équipements dans les ateliers des lycées et des centres.",
        '**Associer les entreprises.** Les filières conçues avec les employeurs offrent de meilleurs débouchés aux diplômés.',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps the key-value lines of a facts box apart, and a heading apart from the bold lead-in under it, in a column under a title', async () => {
    const left = { x: 57, size: 10, justify: 230 };
    const facts = { x: 68, size: 9 };
    const pdf = await makePlacedPdf([
      { text: 'Decent Jobs for Youth in Agro-processing: Final', x: 23, y: 52, size: 20, bold: true },
      { text: 'Independent Evaluation', x: 23, y: 75, size: 20, bold: true },
      { text: 'Key facts', x: 68, y: 130, size: 11, bold: true },
      { text: 'Countries: Ethiopia, Kenya', ...facts, y: 145 },
      { text: 'Type of evaluation: Final independent review', ...facts, y: 157 },
      { text: 'Evaluation manager: A. Tesfaye', ...facts, y: 169 },
      { text: 'Main findings and conclusions (2023)', x: 57, y: 200, size: 11, bold: true },
      { lead: 'Relevance.', text: 'The project was closely aligned', ...left, y: 217 },
      { text: 'with national youth employment strategies', ...left, y: 230 },
      { text: 'and the Decent Work Country Programmes of', ...left, y: 243 },
      { text: 'both countries.', x: 57, size: 10, y: 256 },
      { text: 'associations took ownership; elsewhere they', x: 309, size: 10, y: 120, justify: 230 },
      { text: 'depend on project staff.', x: 309, size: 10, y: 133 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'summary.pdf');
    expect(text).toContain(
      [
        '## Key facts',
        'Countries: Ethiopia, Kenya',
        'Type of evaluation: Final independent review',
        'Evaluation manager: A. Tesfaye',
        '## Main findings and conclusions (2023)',
        '**Relevance.** The project was closely aligned with national youth employment strategies and the Decent Work Country Programmes of both countries.',
      ].join('\n\n'),
    );
  });

  it('keeps the heading over a table of contents apart from its first entry', async () => {
    const dots = '.'.repeat(60);
    const entry = (text: string, page: string, y: number) => [
      { text: `${text} ${dots}`, x: 57, y, size: 10 },
      { text: page, x: 538, y, size: 10, rightAligned: true },
    ];
    const pdf = await makePlacedPdf([
      { text: 'Final Evaluation of the CRLP', x: 0, y: 240, size: 22, bold: true, centred: true },
      { text: 'Table of contents', x: 57, y: 74, size: 13, bold: true, page: 2 },
      ...entry('Executive summary', '1', 93).map((line) => ({ ...line, page: 2 })),
      ...entry('1. Findings', '2', 110).map((line) => ({ ...line, page: 2 })),
      ...entry('2. Recommendations', '3', 128).map((line) => ({ ...line, page: 2 })),
    ]);
    const { text } = await readDocumentBytes(pdf, 'crlp.pdf');
    expect(text).toBe(
      [
        '# Final Evaluation of the CRLP',
        '## Table of contents',
        [`Executive summary ${dots}\t1`, `1. Findings ${dots}\t2`, `2. Recommendations ${dots}\t3`].join('\n'),
      ].join('\n\n') + '\n',
    );
  });

  it('drops a pull quote set large between two findings, so that it is neither a heading over the next finding nor read into the one before', async () => {
    const body = { x: 57, size: 10, justify: 230 };
    const pdf = await makePlacedPdf([
      { text: 'Decent Jobs for Youth: Final Evaluation', x: 57, y: 52, size: 20, bold: true },
      { text: 'Main findings', x: 57, y: 100, size: 11, bold: true },
      { lead: 'Effectiveness.', text: 'Around 3,100 young people', ...body, y: 117 },
      { text: 'completed training, against a target of 4,000.', x: 57, size: 10, y: 130 },
      { text: '“The factory committees became', x: 57, y: 160, size: 13 },
      { text: 'the place where young workers', x: 57, y: 175, size: 13 },
      { text: 'first spoke to management.”', x: 57, y: 190, size: 13 },
      { lead: 'Sustainability.', text: 'The bipartite committees', ...body, y: 218 },
      { text: 'are likely to continue where employers took', ...body, y: 231 },
      { text: 'ownership.', x: 57, size: 10, y: 244 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'summary.pdf');
    expect(text).toBe(
      [
        '# Decent Jobs for Youth: Final Evaluation',
        '## Main findings',
        '**Effectiveness.** Around 3,100 young people completed training, against a target of 4,000.',
        '**Sustainability.** The bipartite committees are likely to continue where employers took ownership.',
      ].join('\n\n') + '\n',
    );
  });
});
