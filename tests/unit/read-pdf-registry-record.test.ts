import { extractRecord } from '../../src/extract/extract-record.js';
import type { ExtractionRecord, RecommendationFields } from '../../src/model/records.js';
import { readDocumentBytes } from '../../src/read/read-document.js';
import { makePlacedPdf, placedRow, type PlacedLine } from './read-fixtures.js';

// A registry's management-response page (UNDP's Evaluation Resource Centre) printed by a browser:
// "N. Recommendation:" (an h2), the recommendation in 10.5 pt paragraphs, "Management Response:
// [Added: …]" in bold over the response, then "Key Actions:" and a key-action table in 9 pt. The
// same lines come again under every recommendation.
/** The management responses of the record's recommendations, in order. */
const responsesOf = (record: ExtractionRecord) =>
  record.insights.filter((insight) => insight.kind === 'RECOMMENDATION').map((insight) => (insight.fields as RecommendationFields | null)?.managementResponse);

describe('.pdf of a registry page of recommendations and their management responses', () => {
  const text = (line: string, y: number): PlacedLine => ({ text: line, x: 57, y, size: 10.5 });
  const label = (line: string, y: number): PlacedLine => ({ text: line, x: 57, y, size: 13, bold: true });
  const field = (name: string, value: string, y: number): PlacedLine => ({ text: value, lead: name, x: 57, y, size: 10.5 });
  const header = (y: number): PlacedLine[] =>
    placedRow(
      y,
      [
        [60, 'Key Action'],
        [300, 'Responsible'],
        [410, 'DueDate'],
        [470, 'Status'],
      ],
      { bold: true },
    );
  const action = (y: number, lines: string[], who: string): PlacedLine[] =>
    placedRow(y, [
      [60, ...lines],
      [300, who],
      [410, '2018/05'],
      [470, 'Completed'],
    ]);

  // Two recommendations whose response lines are the same words: "Se acepta la recomendación".
  const page = (): PlacedLine[] => [
    { text: 'Evaluación Intermedia del proyecto Paisajes de Producción Verde', x: 57, y: 40, size: 16, bold: true },
    label('1. Recommendation:', 80),
    text('Debe considerarse una extensión sin costo de 16 meses, que implique una UGP reducida, la', 108),
    text('mayoría de los cuales se deberían basar en el campo, con un cambio de enfoque al Resultado', 122),
    text('3 y con el desarrollo de nuevas alianzas.', 136),
    field('Management Response:', '[Added: 2018/11/21]', 164),
    text('[Last Updated: 2018/11/21]', 192),
    text('Se acepta la recomendación', 220),
    { text: 'Key Actions:', x: 57, y: 248, size: 10.5, bold: true },
    ...header(276),
    ...action(
      293,
      ['1.1 Extensión sin costo: se someterá a la', 'Junta del Proyecto la propuesta de', 'extensión hasta julio 2020.'],
      'UGP/Oficial de Programa',
    ),
    ...action(
      331,
      ['1.2 UGP reducida: se re-organizará el', 'equipo de proyecto a través de un Capacity', 'Plan del equipo del proyecto.'],
      'UGP /Consultor externo',
    ),
    ...action(369, ['1.3 Desarrollo de nuevas alianzas: se', 'revisará el mapeo de actores y se', 'promoverán nuevas alianzas.'], 'UGP'),
    ...action(407, ['1.4 Plan de trabajo: se actualizará el plan', 'operativo anual del proyecto con las', 'actividades del Resultado 3.'], 'UGP'),
    ...action(
      445,
      ['1.5 Seguimiento: se establecerá un sistema', 'de monitoreo de las nuevas alianzas y de', 'los acuerdos con los socios.'],
      'UGP /Oficial de Monitoreo',
    ),
    ...action(483, ['1.6 Comunicación: se informará a la Junta', 'del Proyecto sobre los avances de la', 'extensión en cada una de sus sesiones.'], 'UGP'),
    label('2. Recommendation:', 540),
    text('Asegurar que el proyecto funcione como uno, con todos los esfuerzos de plataforma apoyados', 568),
    text('directamente en el logro del objetivo del proyecto, el cual es proteger la biodiversidad y las', 582),
    text('funciones del bosque atlántico.', 596),
    field('Management Response:', '[Added: 2018/11/21]', 624),
    text('[Last Updated: 2018/11/21]', 652),
    text('Se acepta la recomendación', 680),
    { text: 'Key Actions:', x: 57, y: 708, size: 10.5, bold: true },
  ];

  it('keeps the lines printed again under each recommendation as paragraphs, not a contents list or headings', async () => {
    // The tables' 9 pt made the body size: every short 10.5 pt paragraph stood above it as a heading
    // ("## Se acepta la recomendación"), and the first recommendation's lines, found again under the
    // second, were read as a contents list ("- **Management Response:** [Added: …]").
    const { text: read } = await readDocumentBytes(await makePlacedPdf(page()), 'registro.pdf');
    expect(read).toContain('\n\n**Management Response:** [Added: 2018/11/21]\n\n[Last Updated: 2018/11/21]\n\nSe acepta la recomendación\n\n');
    expect(read).not.toMatch(/^(?:- |#+ )(?:\*\*)?(?:Management Response|\[Last Updated|Se acepta)/mu);
  });

  it('gives each recommendation its own response and key actions', async () => {
    const record = extractRecord(await readDocumentBytes(await makePlacedPdf(page()), 'registro.pdf'));
    const recommendations = record.insights.filter((insight) => insight.kind === 'RECOMMENDATION');
    expect(recommendations.map((insight) => insight.text.slice(0, 20))).toEqual(['Debe considerarse un', 'Asegurar que el proy']);
    expect(responsesOf(record).map((response) => response?.response)).toEqual(['Se acepta la recomendación', 'Se acepta la recomendación']);
    expect(responsesOf(record)[0]?.keyActions).toMatch(/^1\.1 Extensión sin costo/u);
    expect(responsesOf(record)[1]?.keyActions).toBeUndefined();
  });

  it('reads the paragraph under a label alone as its text, whom it opens with its addressee, under a title that names the response', async () => {
    // « Au Gouvernement : Affirmer … » under "1. Recommendation:" was kept as the title of the next
    // recommendation, and a bold "Documents Related to overall Management Response" over the record,
    // a heading naming the response, held no recommendation at all.
    const pdf = await makePlacedPdf([
      { text: 'Rapport d’évaluation à mi-parcours du programme de pays', x: 57, y: 40, size: 16, bold: true },
      { text: 'Documents Related to overall Management Response', x: 57, y: 75, size: 13, bold: true },
      label('1. Recommendation:', 105),
      text('Au Gouvernement : Affirmer le leadership du Gouvernement dans le processus de formulation', 130),
      text('et de suivi du programme de pays, des programmes et des projets.', 144),
      field('Management Response:', '[Added: 2014/10/21]', 170),
      text('Respect des engagements au titre de l’Accord de base signé avec le PNUD et mobilisation', 195),
      text('des contributions du Gouvernement dans le cadre du plan d’action du programme de pays', 209),
      label('2. Recommendation:', 240),
      text('Au PNUD : Assurer un meilleur ancrage des programmes et projets dans les structures', 265),
      text('nationales qui les accueillent et dans leurs plans de travail annuels.', 279),
      field('Management Response:', '[Added: 2014/10/21]', 305),
      text('La recommandation est acceptée et sera mise en œuvre dans le prochain programme de pays', 330),
    ]);
    const record = extractRecord(await readDocumentBytes(pdf, 'tchad.pdf'));
    const recommendations = record.insights.filter((insight) => insight.kind === 'RECOMMENDATION');
    expect(recommendations.map((insight) => insight.text.slice(0, 27))).toEqual(['Affirmer le leadership du G', 'Assurer un meilleur ancrage']);
    expect(recommendations.map((insight) => insight.addressees.map((addressee) => addressee.name))).toEqual([
      ['Government'],
      ['United Nations Development Programme'],
    ]);
    expect(responsesOf(record)[0]?.response).toMatch(/^Respect des engagements/u);
    expect(responsesOf(record)[1]?.response).toMatch(/^La recommandation est acceptée/u);
  });

  it("goes on with a table's cell whose last lines the page break left alone at the top of the next page", async () => {
    // A browser cuts the row where the cell's text reaches the page's bottom; the row's other cells
    // empty, its last lines stood at the top of the next page as short paragraphs of their own.
    const pdf = await makePlacedPdf([
      { text: 'Key Actions:', x: 57, y: 700, size: 10.5, bold: true },
      ...header(728),
      ...placedRow(745, [[60, 'Se realizará un taller virtual con las', 'contrapartes y las agencias', 'implementadoras, con el fin de']]),
      ...placedRow(40, [[60, 'puntualizar las acciones de', 'seguimiento para la etapa de', 'implementación de la ENREDD+']]).map((line) => ({
        ...line,
        page: 2,
      })),
      { text: 'La Unidad de Desarrollo Sostenible informará a la Junta del Proyecto.', x: 57, y: 90, size: 9, page: 2 },
    ]);
    const { text: read } = await readDocumentBytes(pdf, 'acciones.pdf');
    expect(read).toContain(
      '\nSe realizará un taller virtual con las contrapartes y las agencias implementadoras, con el fin de puntualizar las acciones de seguimiento para la etapa de implementación de la ENREDD+\n',
    );
    expect(read).toContain('\n\nLa Unidad de Desarrollo Sostenible informará a la Junta del Proyecto.');
  });
});

describe('.pdf of a UN Women GATE management-response page printed by a browser', () => {
  // The page's title "Management Response" (an h1), an "Overall comments" heading over the management's remarks, then
  // the record: bold labels "Status:", "Recommendation:", "Management Response:", "Description:", "Management Response
  // Category:", "Thematic Area:" before their values, and a "Key Actions" table (Key Action | Responsible | Deadline |
  // Status | Comments).
  const field = (name: string, value: string, y: number): PlacedLine => ({ text: value, lead: name, x: 57, y, size: 10.5 });
  const page = (): PlacedLine[] => [
    { text: 'Management Response', x: 57, y: 40, size: 16, bold: true },
    field('Evaluation Title:', 'Cote d’Ivoire country strategy 2012-2013 Evaluation', 75),
    { text: 'Overall comments', x: 57, y: 105, size: 12, bold: true },
    { text: 'Poursuivre les processus de renforcement de capacités entamés concernant l’équipe du bureau.', x: 57, y: 128, size: 10.5 },
    field('Status:', 'Approved', 155),
    field('Recommendation:', 'Etoffer l’équipe du bureau pays afin de mieux répondre à la sollicitation de ses partenaires.', 180),
    field('Management Response:', 'Prend note. Recrutement de deux VNU en suivi et évaluation et en communication.', 205),
    { text: 'Description:', x: 57, y: 230, size: 10.5, bold: true },
    field('Management Response Category:', 'Accepted', 255),
    field('Thematic Area:', 'Not applicable', 280),
    field('UNEG Criteria:', 'Effectiveness', 305),
    { text: 'Key Actions', x: 57, y: 335, size: 11, bold: true },
    ...placedRow(
      360,
      [
        [60, 'Key Action'],
        [260, 'Responsible'],
        [360, 'Deadline'],
        [420, 'Status'],
        [490, 'Comments'],
      ],
      { bold: true },
    ),
    ...placedRow(378, [
      [60, 'Recruter deux VNU'],
      [260, 'RR'],
      [360, '2015/12'],
      [420, 'Completed'],
      [490, 'Fait.'],
    ]),
  ];

  it('gives the recommendation under the overall comments its response, the category as its decision and the table as its actions', async () => {
    const record = extractRecord(await readDocumentBytes(await makePlacedPdf(page()), 'gate.pdf'));
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['RECOMMENDATION', 'Etoffer l’équipe du bureau pays afin de mieux répondre à la sollicitation de ses partenaires.'],
    ]);
    expect(responsesOf(record)[0]).toMatchObject({
      decision: 'ACCEPTED',
      response: 'Prend note. Recrutement de deux VNU en suivi et évaluation et en communication.',
      keyActions: 'Recruter deux VNU',
      who: 'RR',
      dueDate: '2015-12',
      status: 'Completed',
    });
  });
});
