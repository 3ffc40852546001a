import { readDocumentBytes } from '../../src/read/read-document.js';
import { makePlacedPdf, placedRow, type PlacedLine } from './read-fixtures.js';

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

  it("reads a numbered finding's headline set bold at the body's size, and a heading between two tables, as headings", async () => {
    // Word's Heading 3 is bold at the body's size: "Finding 1: …." ends like a sentence and
    // holds a label, as a bold lead-in does, yet stands as a paragraph of its own.
    const body = { x: 57, size: 10 };
    const page2 = { page: 2, size: 9 };
    const pdf = await makePlacedPdf([
      { text: '3. Findings', x: 57, y: 60, size: 14, bold: true },
      { text: 'Finding 1: The project was relevant to national youth employment priorities.', ...body, y: 85, bold: true },
      { text: 'The design followed the national development plan, and young people named start-up capital', ...body, y: 98 },
      { text: 'and skills as their main barriers.', ...body, y: 111 },
      { text: 'Finding 2: Coordination with other youth programmes was weak.', ...body, y: 133, bold: true },
      { text: 'Four other programmes worked in the same districts.', ...body, y: 146 },
      { text: '4. Lessons learned and good practices', x: 57, y: 60, size: 14, bold: true, page: 2 },
      { text: 'Lesson learned template of the ILO', x: 57, y: 85, size: 12, bold: true, page: 2 },
      { text: 'Element', x: 57, y: 105, ...page2 },
      { text: 'Text', x: 200, y: 105, ...page2 },
      { text: 'Brief description', x: 57, y: 118, ...page2 },
      { text: 'Job fairs work when employers commit vacancies.', x: 200, y: 118, ...page2 },
      { text: 'Emerging good practice template', x: 57, y: 125, size: 12, bold: true, page: 2 },
      { text: 'Element', x: 57, y: 145, ...page2 },
      { text: 'Text', x: 200, y: 145, ...page2 },
      { text: 'Brief summary', x: 57, y: 158, ...page2 },
      { text: 'Municipal employment committees set the training offer.', x: 200, y: 158, ...page2 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'findings.pdf');
    expect(text).toBe(
      [
        '# 3. Findings',
        '### Finding 1: The project was relevant to national youth employment priorities.',
        'The design followed the national development plan, and young people named start-up capital and skills as their main barriers.',
        '### Finding 2: Coordination with other youth programmes was weak.',
        'Four other programmes worked in the same districts.',
        '# 4. Lessons learned and good practices',
        '## Lesson learned template of the ILO',
        'Element\tText\nBrief description\tJob fairs work when employers commit vacancies.',
        '## Emerging good practice template',
        'Element\tText\nBrief summary\tMunicipal employment committees set the training offer.',
      ].join('\n\n') + '\n',
    );
  });

  it("keeps bold labels at the body's size under the one chapter heading set larger, not beside it", async () => {
    // A style used once takes the level of the nearest style used more often: the chapter
    // heading became a sibling of its own "Recommendation 1", "Recommendation 2" labels,
    // which ended the chapter.
    const body = { x: 57, size: 10 };
    const pdf = await makePlacedPdf([
      { text: 'Final Evaluation of the Green Jobs Project', x: 57, y: 60, size: 20, bold: true },
      { text: 'Recommendations and management response', x: 57, y: 110, size: 14, bold: true },
      { text: 'Recommendation 1', ...body, y: 135, bold: true },
      { text: 'Agree the future management of the loan fund before closure.', ...body, y: 148 },
      { text: 'Recommendation 2', ...body, y: 170, bold: true },
      { text: 'Design a targeted package for young women.', ...body, y: 183 },
      { text: 'The next phase should include mobile training.', ...body, y: 60, page: 2 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'recommendations.pdf');
    expect(text).toBe(
      [
        '# Final Evaluation of the Green Jobs Project',
        '## Recommendations and management response',
        '### Recommendation 1',
        'Agree the future management of the loan fund before closure.',
        '### Recommendation 2',
        'Design a targeted package for young women.',
        'The next phase should include mobile training.',
      ].join('\n\n') + '\n',
    );
  });

  it('drops the running header and footer of a two-page brief, its footer no page number alone', async () => {
    // Three pages made the pattern: in a two-page brief the footer ended the last recommendation,
    // and a header holding the title cut short was taken for the title.
    const furniture = [1, 2].flatMap((page) => [
      { text: 'Management Response to the Evaluation of the…', x: 539, y: 30, size: 8, rightAligned: true, page },
      { text: `Evaluation Office • Brief No. 14 • ${page}`, x: 57, y: 810, size: 8, page },
    ]);
    const body = { x: 57, size: 10 };
    const pdf = await makePlacedPdf([
      ...furniture,
      { text: 'Management Response to the Evaluation of the Green Jobs Project', x: 57, y: 70, size: 14, bold: true },
      { text: 'Recommendations', x: 57, y: 110, size: 12, bold: true },
      { text: '1. Agree the future management of the loan fund before closure.', ...body, y: 135 },
      { text: '2. Set up a district coordination platform.', ...body, y: 70, page: 2 },
      { text: 'District councils should keep a single register of beneficiaries.', ...body, y: 90, page: 2 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'brief.pdf');
    expect(text).toBe(
      [
        '# Management Response to the Evaluation of the Green Jobs Project',
        '## Recommendations',
        '1. Agree the future management of the loan fund before closure.\n2. Set up a district coordination platform.',
        'District councils should keep a single register of beneficiaries.',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps the hyphen of a compound cut at a line end unless the document hyphenates words', async () => {
    // Word and LibreOffice cut no word unless told to: "climate-" over "resilient" is a compound
    // ("climateresilient" before). A document that cuts "develop-" over "ment", writing
    // "development" elsewhere, hyphenates: there a hyphen before a half that is no word of its
    // own goes, and one between two words it writes elsewhere stays.
    const line = { x: 57, size: 10, justify: 330 };
    const plain = await makePlacedPdf([
      { text: 'Commission an independent study of the market for climate-', ...line, y: 60 },
      { text: 'resilient inputs in the coastal areas of the three provinces.', x: 57, size: 10, y: 73 },
    ]);
    expect((await readDocumentBytes(plain, 'plain.pdf')).text).toBe(
      'Commission an independent study of the market for climate-resilient inputs in the coastal areas of the three provinces.\n',
    );
    const hyphenated = await makePlacedPdf([
      { text: 'Development partners funded drought seed that is tolerant.', x: 57, size: 10, y: 40 },
      { text: 'The programme of the agency in the three provinces supported the develop-', ...line, y: 60 },
      { text: 'ment of seed banks run by the farmer groups of the rural communi-', ...line, y: 73 },
      { text: 'ties of the district, and the distribution of seeds of the drought-', ...line, y: 86 },
      { text: 'tolerant varieties.', x: 57, size: 10, y: 99 },
    ]);
    expect((await readDocumentBytes(hyphenated, 'hyphenated.pdf')).text).toBe(
      [
        'Development partners funded drought seed that is tolerant.',
        'The programme of the agency in the three provinces supported the development of seed banks run by the farmer groups of the rural communities of the district, and the distribution of seeds of the drought-tolerant varieties.',
      ].join('\n\n') + '\n',
    );
  });

  it("joins a range of years wrapped after its dash without a space in a title's heading", async () => {
    // A UN Executive Board summary's title wrapped after "2010-": the title read "2010- 2016".
    const pdf = await makePlacedPdf([
      { text: 'Hacia la mejora de las respuestas de emergencia: síntesis de las', x: 57, y: 60, size: 16, bold: true },
      { text: 'evaluaciones del UNICEF en materia de acción humanitaria 2010-', x: 57, y: 80, size: 16, bold: true },
      { text: '2016', x: 57, y: 100, size: 16, bold: true },
      { text: 'The Evaluation Office synthesised thirty evaluations of humanitarian action.', x: 57, y: 130, size: 10 },
    ]);
    const { text } = await readDocumentBytes(pdf, 'sintesis.pdf');
    expect(text).toContain('en materia de acción humanitaria 2010-2016');
  });

  it('reads a two-column section right under a key-facts table as its headings and paragraphs, not as a row of the table', async () => {
    // Each column's text fits between the table's columns, so the section was read as one more
    // row: its headings and items became two cells, and the document gave no insight at all.
    const facts = { label: 57, value: 262, size: 10 };
    const column = (x: number, top: number, lines: string[]) => lines.map((text, index) => ({ text, x, y: top + index * 13, size: 10 }));
    const pdf = await makePlacedPdf([
      { text: 'Final Evaluation of the Green Jobs Project', x: 57, y: 50, size: 20, bold: true },
      ...placedRow(
        90,
        [
          [facts.label, 'Country'],
          [facts.value, 'Zambia'],
        ],
        { size: facts.size },
      ),
      ...placedRow(
        104,
        [
          [facts.label, 'Budget'],
          [facts.value, 'USD 6.4 million'],
        ],
        { size: facts.size },
      ),
      ...placedRow(
        118,
        [
          [facts.label, 'Duration'],
          [facts.value, '2020-2023'],
        ],
        { size: facts.size },
      ),
      { text: 'Key findings', x: 57, y: 145, size: 13, bold: true },
      ...column(57, 162, [
        'The project was relevant to national',
        'youth employment priorities, as the',
        'design followed the national plan.',
        'Coordination with other programmes',
        'was weak: a platform met only twice.',
      ]),
      { text: 'Lessons learned', x: 275, y: 145, size: 13, bold: true },
      ...column(275, 162, [
        'Training should be followed within a',
        'few months by access to the capital,',
        'or much of its effect is lost. Mobile',
        'training with childcare reaches the',
        'young mothers residential misses.',
      ]),
    ]);
    const { text } = await readDocumentBytes(pdf, 'brief.pdf');
    expect(text).toContain('Country\tZambia\nBudget\tUSD 6.4 million\nDuration\t2020-2023\n');
    expect(text).toMatch(
      /\n## Key findings\n\nThe project was relevant to national youth employment priorities, as the design followed the national plan\. Coordination/,
    );
    expect(text).toMatch(/\n## Lessons learned\n\nTraining should be followed within a few months by access to the capital, or much/);
  });

  it("reads a table's last row after a page break as a row of the table when the cut row's end opens the page", async () => {
    // Page 2 opens with the end of row 3 (two cells), then row 4 fills five cells: the reader took
    // the two cells for the whole table, and row 4, its decision and action glued, for paragraphs.
    const at = { text: 60, decision: 150, action: 230, who: 330, time: 420 };
    const onPage2 = (lines: PlacedLine[]) => lines.map((line) => ({ ...line, page: 2 }));
    const pdf = await makePlacedPdf([
      ...placedRow(
        60,
        [
          [at.text, 'Recommendation'],
          [at.decision, 'Response'],
          [at.action, 'Key actions'],
          [at.who, 'Responsible'],
          [at.time, 'Time frame'],
        ],
        { bold: true },
      ),
      ...placedRow(85, [
        [at.text, '1. Link cash-for-work', 'to vocational training.'],
        [at.decision, 'Accepted'],
        [at.action, 'Design a graduation', 'pathway'],
        [at.who, 'Livelihoods team'],
        [at.time, 'June 2023'],
      ]),
      ...placedRow(760, [
        [at.text, '3. Hand over the', 'rehabilitated'],
        [at.decision, 'Partially', 'accepted'],
        [at.action, 'Handover in Mosul', 'only, pending'],
        [at.who, 'Area office'],
        [at.time, 'December 2023'],
      ]),
      ...onPage2(
        placedRow(60, [
          [at.text, 'markets to', 'municipalities.'],
          [at.action, 'municipal', 'budgets'],
        ]),
      ),
      ...onPage2(
        placedRow(90, [
          [at.text, '4. Phase out in-kind', 'assistance in areas', 'where the markets', 'of the district', 'function well.'],
          [at.decision, 'Rejected'],
          [at.action, 'Not applicable: the', 'donor requires it'],
          [at.who, '–'],
          [at.time, '–'],
        ]),
      ),
    ]);
    const { text } = await readDocumentBytes(pdf, 'response.pdf');
    expect(text).toContain(
      '3. Hand over the rehabilitated markets to municipalities.\tPartially accepted\tHandover in Mosul only, pending municipal budgets\tArea office',
    );
    expect(text).toContain(
      '4. Phase out in-kind assistance in areas where the markets of the district function well.\tRejected\tNot applicable: the donor requires it\t–\t–',
    );
    expect(text).not.toContain('Rejected Not applicable');
  });

  it('joins a word broken at the edge of a narrow cell after other words on its line, and leaves words that meet there apart', async () => {
    const columns = { no: 60, text: 82, who: 160, time: 245 };
    const pdf = await makePlacedPdf([
      { text: 'The Department of Health agreed to the following recommendations.', x: 60, y: 60, size: 10 },
      ...placedRow(
        100,
        [
          [columns.no, 'No.'],
          [columns.text, 'Recommendation'],
          [columns.who, 'Lead'],
          [columns.time, 'Timeframe'],
        ],
        { bold: true },
      ),
      ...placedRow(130, [
        [columns.no, '1'],
        [columns.text, 'Set up a fund', 'for each scheme.'],
        [columns.who, 'the Departme', 'nt of Health'],
        [columns.time, '2024'],
      ]),
      ...placedRow(170, [
        [columns.no, '2'],
        [columns.text, 'Train the staff', 'of the clinics.'],
        [columns.who, 'Health and', 'other units'],
        [columns.time, '2025'],
      ]),
    ]);
    const { text } = await readDocumentBytes(pdf, 'recommendations.pdf');
    expect(text).toContain('1\tSet up a fund for each scheme.\tthe Department of Health\t2024');
    expect(text).toContain('2\tTrain the staff of the clinics.\tHealth and other units\t2025');
  });

  it("reads a record table's rows apart when a label nearly fills its cell, and a bold heading a little larger between two tables as a heading", async () => {
    // UNEP's lesson box: "Context/comment:" ends less than a font size before its value. Read as
    // one line, the label swallowed the value's first line and the rest became a paragraph.
    const label = (y: number, text: string) => ({ text, x: 150, y, size: 10, bold: true, rightAligned: true });
    const value = (y: number, ...lines: string[]) => lines.map((text, index) => ({ text, x: 158, y: y + index * 12, size: 10 }));
    const pdf = await makePlacedPdf([
      { text: 'B. Lessons learned', x: 50, y: 50, size: 11, bold: true },
      label(80, 'Lesson Learned #1:'),
      ...value(80, 'Where national wetland inventories do not exist, a project', 'needs an inception phase to produce a baseline.'),
      label(115, 'Context/comment:'),
      ...value(115, 'The project set targets for wetland area under management', 'before the inventory was complete.'),
      { text: 'C. Recommendations', x: 50, y: 155, size: 11, bold: true },
      label(185, 'Recommendation #1:'),
      ...value(185, 'UNEP should ensure that future wetland projects include', 'a costed inception phase.'),
      label(220, 'Priority Level:'),
      ...value(220, 'Critical'),
    ]);
    const { text } = await readDocumentBytes(pdf, 'terminal-evaluation.pdf');
    expect(text).toContain('**Context/comment:**\tThe project set targets for wetland area under management before the inventory was complete.\n');
    expect(text).toMatch(/\n# C\. Recommendations\n\n\*\*Recommendation #1:\*\*\tUNEP should/);
  });
});
