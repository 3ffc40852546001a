import { readDocumentBytes } from '../../src/read/read-document.js';
import { makePlacedPdf, placedRow, type PlacedLine } from './read-fixtures.js';

// Layouts that a browser gives a web page printed to PDF (Chromium's default heading sizes, h1
// 2 em to h4 1 em), where the reader once read the PDF otherwise than the page itself.
describe('.pdf printed from a web page', () => {
  const body = { x: 40, size: 12 };
  const heading = (text: string, y: number, size: number): PlacedLine => ({ text, x: 40, y, size, bold: true });

  it('puts "4.0 Findings" a level above "4.1 …": a trailing ".0" numbers the chapter itself', async () => {
    // h2 "4.0 Findings" and h3 "4.1 Design" were both read at depth 2, one level: the chapter
    // was an empty section and its findings stood outside it.
    const pdf = await makePlacedPdf([
      heading('Evaluation of the Office of International Affairs', 40, 24),
      heading('4.0 Findings', 90, 18),
      heading('4.1 Design and delivery', 125, 14),
      heading('4.1.1 Mandate', 155, 12),
      { text: 'The mandate of the Office is to advance the priorities of the Portfolio.', ...body, y: 180 },
      heading('4.2 Impact', 210, 14),
      { text: 'Key informants gave several examples of such support.', ...body, y: 235 },
      { ...heading('5.0 Conclusions', 40, 18), page: 2 },
      { text: 'The Office is relevant and effective.', ...body, y: 70, page: 2 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'findings.pdf');
    expect(text).toContain('\n## 4.0 Findings\n\n### 4.1 Design and delivery\n\n#### 4.1.1 Mandate');
    expect(text).toContain('\n### 4.2 Impact');
    expect(text).toContain('\n## 5.0 Conclusions');
  });

  it('puts a heading style used once, set clearly smaller than every other, under them', async () => {
    // h2 twice, h3 once: the h3 "Recommandation 1" took the h2's level and its management
    // response table left the section "Réponse de la direction".
    const pdf = await makePlacedPdf([
      heading('Évaluation du Programme des services de garde', 40, 24),
      heading('Recommandations', 90, 18),
      { text: '1. Élaborer des outils de mesure des résultats adaptés aux communautés.', ...body, y: 120 },
      heading("Réponse de la direction et plan d'action", 160, 18),
      heading('Recommandation 1', 195, 14),
      { text: 'La direction accepte la recommandation.', ...body, y: 220 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'reponse.pdf');
    expect(text).toContain("\n## Réponse de la direction et plan d'action\n\n### Recommandation 1");
  });

  // A list of links to the page's sections, its bullets drawn as shapes: bare one-line entries.
  const entries = (y: number, page = 1): PlacedLine[] =>
    [
      [40, 'Executive summary'],
      [40, '1.0 Introduction'],
      [40, '2.0 Effectiveness'],
      [60, '2.1 Monitoring labour rights in partner countries'],
      [40, 'Appendix 1: List of projects'],
    ].map(([x, text], index) => ({ text: text as string, x: x as number, y: y + index * 18, size: 12, page }));

  it('reads a list of entries that the sections after it repeat as a table of contents, not as headings', async () => {
    // The numbered entries were headings and "Appendix 1: …" a plain line before the report: the
    // extractor took everything after it for the appendix and found no finding.
    const pdf = await makePlacedPdf([
      heading('Evaluation of Bilateral Labour Affairs', 40, 24),
      heading('Sections', 80, 18),
      ...entries(110),
      heading('Executive summary', 220, 18),
      { text: 'This evaluation assessed the relevance and effectiveness of the program.', ...body, y: 250 },
      { ...heading('1.0 Introduction', 40, 18), page: 2 },
      { text: 'The evaluation covered the period 2011-12 to 2015-16.', ...body, y: 70, page: 2 },
      { ...heading('2.0 Effectiveness', 100, 18), page: 2 },
      { ...heading('2.1 Monitoring labour rights in partner countries', 130, 14), page: 2 },
      { text: 'Monitoring is limited, partly because of limited resources.', ...body, y: 155, page: 2 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'contents.pdf');
    expect(text).toContain(
      '## Sections\n\n- Executive summary\n- 1.0 Introduction\n- 2.0 Effectiveness\n  - 2.1 Monitoring labour rights in partner countries\n- Appendix 1: List of projects\n\n## Executive summary',
    );
    expect(text).toContain('\n## 1.0 Introduction\n');
  });

  it('reads the lines under "On this page" as a table of contents when the sections they name are cut off', async () => {
    const pdf = await makePlacedPdf([
      heading('Evaluation of Bilateral Labour Affairs', 40, 24),
      heading('On this page', 80, 18),
      ...entries(110),
      heading('Executive summary', 220, 18),
      { text: 'This evaluation assessed the relevance and effectiveness of the program.', ...body, y: 250 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'contents.pdf');
    expect(text).toContain('## On this page\n\n- Executive summary\n- 1.0 Introduction\n');
    expect(text).toContain('\n- Appendix 1: List of projects\n\n## Executive summary');
  });

  it('reads a footnote number a browser sets at 0.83 of the text, raised, as a superscript, not as digits of the word before', async () => {
    const pdf = await makePlacedPdf([
      { text: 'Findings', x: 50, y: 50, size: 16, bold: true },
      { text: 'Total expenditures were approximately $97M', x: 250, y: 90, size: 12, rightAligned: true },
      { text: '2', x: 250, y: 88, size: 10 },
      { text: 'and covered 14 projects.', x: 258, y: 90, size: 12 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'findings.pdf');
    expect(text).toContain('Total expenditures were approximately $97M<sup>2</sup> and covered 14 projects.');
  });

  it("reads a vertical label/value table's rows as label TAB value, a label filling its cell included", async () => {
    // Canada.ca's management response as `<th scope=row>` rows: the browser leaves a gap of a
    // word space or two between the bold label and its value, which read as one paragraph
    // ("**Management response** Management agrees …") and lost every field of the response.
    const row = (label: string, labelRight: number, value: string, y: number): PlacedLine[] => [
      { text: label, x: labelRight, y, size: 12, bold: true, rightAligned: true },
      { text: value, x: 171, y, size: 12 },
    ];
    const pdf = await makePlacedPdf([
      heading('Management response and action plan', 40, 18),
      heading('Recommendation 1', 80, 14),
      ...row('Management response', 159, 'Management agrees with the recommendation.', 110),
      ...row('Planned action', 140, 'Create a joint working group to design the tools.', 127),
      ...row('Responsible', 133, 'Director General, Learning Programs Directorate', 144),
      ...row('Expected completion date', 168, 'March 2026', 161),
      heading('Recommendation 2', 195, 14),
      ...row('Management response', 159, 'Management partially agrees with the recommendation.', 225),
      ...row('Planned action', 140, 'Propose a five-year agreement model at renewal.', 242),
      ...row('Responsible', 133, 'Director, Policy and Partnerships', 259),
      ...row('Expected completion date', 168, 'April 2025', 276),
    ]);
    const { text } = await readDocumentBytes(pdf, 'response.pdf');
    expect(text).toContain('**Management response**\tManagement agrees with the recommendation.');
    expect(text).toContain('**Planned action**\tPropose a five-year agreement model at renewal.');
    expect(text).toContain('**Expected completion date**\tMarch 2026');
    expect(text).toContain('**Expected completion date**\tApril 2025');
  });

  it('keeps a bold lead-in in its line when the text after it starts at the same place in every paragraph', async () => {
    // "Finding 1:", "Finding 2:" are as wide as each other, but a word space apart from their text.
    const pdf = await makePlacedPdf([
      heading('Findings', 40, 18),
      { lead: 'Finding 1:', text: 'The program was relevant to the needs of the communities.', ...body, y: 80 },
      { lead: 'Finding 2:', text: 'Results were achieved in most of the target regions.', ...body, y: 110 },
      { lead: 'Finding 3:', text: 'Monitoring was limited by the lack of baseline data.', ...body, y: 140 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'findings.pdf');
    expect(text).toContain('**Finding 2:** Results were achieved in most of the target regions.');
  });

  it('keeps a header cell centred over three lines in its row, not its first line a row above', async () => {
    // "Expected / Completion / Date" centred beside one-line header cells: its first line was a
    // row of its own above the header, and the header no longer named the columns.
    const pdf = await makePlacedPdf([
      heading('Management Response and Action Plan', 40, 18),
      // In content order, column by column, as a browser writes a row.
      ...placedRow(
        100,
        [
          [40, 'Recommendation'],
          [140, 'Response'],
        ],
        { size: 10, bold: true },
      ),
      ...placedRow(88, [[260, 'Expected', 'Completion', 'Date']], { size: 10, bold: true }),
      ...placedRow(100, [[360, 'Responsible']], { size: 10, bold: true }),
      ...placedRow(135, [
        [40, 'Clearly articulate roles', 'and responsibilities.'],
        [140, 'Management supports', 'this recommendation.'],
        [260, 'June 2019'],
        [360, 'OIA-DG'],
      ]),
      ...placedRow(175, [
        [40, 'Explore ways to measure', 'the impact of activities.'],
        [140, 'Management supports', 'this recommendation.'],
        [260, 'March 2019'],
        [360, 'OIA-DG'],
      ]),
    ]);
    const { text } = await readDocumentBytes(pdf, 'response.pdf');
    expect(text).toContain('**Recommendation**\t**Response**\t**Expected Completion Date**\t**Responsible**\nClearly articulate');
  });

  it('goes on with a table whose header, repeated on the next page, came out with its cells cut otherwise', async () => {
    // Header cells a little more than a word space apart are told apart by the columns under
    // them: under the repeated header only the end of a cut row stands, "Recommendation
    // Response" read as one cell, the header was not recognised and the row's end was left alone.
    const header = (y: number, page: number): PlacedLine[] =>
      [
        [40, 'Recommendation'],
        [131, 'Response'],
        [245, 'Action plan'],
        [362, 'Due date'],
      ].map(([x, text]) => ({ text: text as string, x: x as number, y, size: 10, bold: true, page }));
    const pdf = await makePlacedPdf([
      heading('Management Response and Action Plan', 40, 18),
      ...header(100, 1),
      ...placedRow(130, [
        [40, 'Clarify roles.'],
        [127, 'Agreed.'],
        [240, '1.1 Engage branches.'],
        [360, 'June 2019'],
      ]),
      ...placedRow(170, [
        [40, 'Measure the', 'impact.'],
        [127, 'Agreed.'],
        [240, '2.1 Provide learning', 'to build capacity in'],
        [360, 'April 2020'],
      ]),
      ...header(60, 2),
      ...placedRow(90, [[240, 'international policy.']]).map((line) => ({ ...line, page: 2 })),
    ]);
    const { text } = await readDocumentBytes(pdf, 'response.pdf');
    expect(text).toContain('2.1 Provide learning to build capacity in international policy.\tApril 2020');
    expect(text.match(/Recommendation\*\*/g)).toHaveLength(1);
  });
});

describe('.pdf printed from a web page: short pages', () => {
  const heading = (text: string, y: number, size: number): PlacedLine => ({ text, x: 40, y, size, bold: true });

  it("keeps a title's last word wrapped alone onto the top of the page, though it reads like a page number", async () => {
    // "II" alone in the top eighth was dropped as a roman page number: "… Challenge Phase".
    const pdf = await makePlacedPdf([
      heading("Evaluation of the Girls' Education Challenge Phase", 30, 20),
      heading('II', 54, 20),
      heading('Recommendations', 100, 18),
      { text: 'FCDO should fund transition support for girls leaving primary school.', x: 40, y: 130, size: 12 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'gec.pdf');
    expect(text).toMatch(/^# Evaluation of the Girls' Education Challenge Phase II\n/);
  });

  it('keeps apart two one-line paragraphs, all the text of their size, a paragraph gap apart', async () => {
    // The only step measured in the body size was the gap between them: taken for the line step,
    // it joined them.
    const pdf = await makePlacedPdf([
      heading('Evaluation of the International Labour Affairs Program', 40, 20),
      heading('Findings', 80, 16),
      { text: 'Total expenditures for the period were approximately $97M and covered 14 projects.', x: 40, y: 110, size: 12 },
      { text: 'Monitoring of labour provisions was limited by the resources available.', x: 40, y: 135.5, size: 12 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'labour.pdf');
    expect(text).toContain('covered 14 projects.\n\nMonitoring of labour provisions');
  });
});

// Chromium draws a <ul>'s markers as shapes: a disc, a circle one level down, a square below.
describe('.pdf printed from a web page: list bullets drawn as shapes', () => {
  const line = (text: string, x: number, y: number, drawn?: PlacedLine['drawn']): PlacedLine => ({ text, x, y, size: 12, ...(drawn ? { drawn } : {}) });

  it('reads the lines beside drawn discs, circles and squares as list items, nested by indent', async () => {
    // Without the bullets the items were paragraphs: an item whose one line fills the width ran
    // into the next, and the lead-in paragraph became an item.
    const pdf = await makePlacedPdf([
      { text: 'Conclusions', x: 40, y: 40, size: 18, bold: true },
      line('The key achievements of the Initiative include:', 40, 75),
      line('In North Africa, the Initiative helped strengthen the Mediterranean Forest Network by', 70, 100, 'disc'),
      line('launching three model forests.', 70, 114),
      line('In Central Africa, the Initiative contributed to the creation of the African Model Forest', 70, 128, 'disc'),
      line('In Cameroon, two model forests were strengthened:', 100, 142, 'circle'),
      line("Campo Ma'an.", 130, 156, 'square'),
      line('In terms of visibility, the Initiative helped strengthen the perception of Canada.', 70, 170, 'disc'),
      line('The model forest approach is an ongoing and adaptive process.', 40, 196),
    ]);
    const { text } = await readDocumentBytes(pdf, 'list.pdf');
    expect(text).toContain(
      [
        'The key achievements of the Initiative include:',
        '',
        '- In North Africa, the Initiative helped strengthen the Mediterranean Forest Network by launching three model forests.',
        '- In Central Africa, the Initiative contributed to the creation of the African Model Forest',
        '  - In Cameroon, two model forests were strengthened:',
        "    - Campo Ma'an.",
        '- In terms of visibility, the Initiative helped strengthen the perception of Canada.',
        '',
        'The model forest approach is an ongoing and adaptive process.',
      ].join('\n'),
    );
  });

  it('ends a list item at a line set left of its drawn bullet (a <dt> after the list of a <dd>)', async () => {
    const pdf = await makePlacedPdf([
      line('Debilidades y amenazas', 40, 40),
      line('No se ha cuantificado la población potencial por tipo de beca.', 100, 54, 'disc'),
      line('Los recortes presupuestales de 2023 redujeron el número de becas en 30 %.', 100, 68, 'disc'),
      line('Recomendaciones', 40, 82),
      line('Cuantificar la población potencial y objetivo de cada tipo de beca.', 100, 96, 'disc'),
    ]);
    const { text } = await readDocumentBytes(pdf, 'ficha.pdf');
    expect(text).toContain('- Los recortes presupuestales de 2023 redujeron el número de becas en 30 %.\n\nRecomendaciones\n\n- Cuantificar');
  });

  it('makes no bullet of a checkbox, a checked radio button, a legend key after a label, or a shape in the middle of a line', async () => {
    const pdf = await makePlacedPdf([
      line('Was the project relevant to the needs of the population?', 40, 40),
      line('Yes, fully', 70, 60, 'checkbox'),
      line('Partly', 70, 80, 'checkbox'),
      line('Agree', 70, 95, 'radio'),
      line('Beneficiaries by sex:', 40, 110),
      line('Women', 180, 110, 'square'),
      line('Men', 240, 110, 'square'),
      line('Evaluation Office', 40, 140),
      line('Brief No. 14', 155, 140, 'disc'),
    ]);
    const { text } = await readDocumentBytes(pdf, 'form.pdf');
    expect(text).not.toMatch(/^\s*- /m);
    expect(text).not.toMatch(/[•◦▪]/);
  });
});
