/**
 * Layouts of real documents met on probes written after USAID text dumps, Canada.ca summaries in French and
 * IFRC reports: a word processor's typed bullets, a dump's page footer, « Sommaire » as a summary's title,
 * sections that say they hold nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord, RecommendationFields } from '../../src/model/records.js';
import { readDocumentBytes } from '../../src/read/read-document.js';
import { normaliseTypedBullets } from '../../src/read/typed-bullets.js';

async function extractFile(text: string, sourcePath: string): Promise<ExtractionRecord> {
  const read = await readDocumentBytes(new TextEncoder().encode(text), sourcePath);
  const result: ReadResult = { ...read, sha256: '0'.repeat(64) };
  return extractRecord(result);
}

const items = (record: ExtractionRecord) => record.insights.map((insight) => [insight.kind, insight.text]);
/** Each recommendation's text and its management response (the whole of it, or one of its parts). */
const answers = (record: ExtractionRecord, part: 'response' | 'decision') =>
  record.insights.map((insight) => [insight.text, (insight.fields as RecommendationFields | null)?.managementResponse?.[part]]);

describe("a word processor's typed bullets in a text dump", () => {
  it('reads Symbol\'s bullet glyph and Word\'s "o" as list markers, one character for one', () => {
    const text = ['RECOMMENDATIONS', '\uF0B7 USAID should hand over coaching.', '\uF0B7 The partner should print readers.'].join('\n');
    expect(normaliseTypedBullets(text)).toBe(['RECOMMENDATIONS', '• USAID should hand over coaching.', '• The partner should print readers.'].join('\n'));
    const nested = [
      'Recommendations',
      'o USAID should negotiate a budget line for',
      '  materials before the final year.',
      'o The office should update the materials.',
    ].join('\n');
    expect(normaliseTypedBullets(nested)).toBe(nested.replace(/^o /gm, '◦ '));
    expect(normaliseTypedBullets(nested)).toHaveLength(nested.length);
  });

  it('leaves an "o" inside a wrapped sentence, and a lone one, as written', () => {
    const spanish = [
      'El programa coordinó con el Ministerio de Salud',
      'o Las municipalidades, según el departamento.',
      'Los resultados fueron',
      'o Los previstos.',
    ].join('\n');
    expect(normaliseTypedBullets(spanish)).toBe(spanish);
    const lone = ['Notes:', 'o Data from 2019.'].join('\n');
    expect(normaliseTypedBullets(lone)).toBe(lone);
  });

  it('gives one recommendation per bullet, its marker gone, whether a blank line follows the heading or not', async () => {
    for (const gap of ['\n\n', '\n']) {
      const record = await extractFile(
        [
          'FINAL EVALUATION OF THE LITERACY ACTIVITY',
          `RECOMMENDATIONS${gap}\uF0B7 USAID should hand over coaching to district education offices.`,
          '\uF0B7 The implementing partner should print supplementary readers in two local languages.',
        ].join('\n\n'),
        'evaluation.txt',
      );
      expect(items(record)).toEqual([
        ['RECOMMENDATION', 'USAID should hand over coaching to district education offices.'],
        ['RECOMMENDATION', 'The implementing partner should print supplementary readers in two local languages.'],
      ]);
    }
  });
});

describe("a dump's running footer, a short title and the page number set far apart", () => {
  it('is page furniture, not the end of the last recommendation (which it made disappear)', async () => {
    const record = await extractFile(
      [
        'USAID/PHILIPPINES',
        'EX-POST EVALUATION OF THE BASIC EDUCATION ASSISTANCE FOR MINDANAO (BEAM) PROJECT',
        '',
        'Recommendations',
        '- USAID should, in future basic education projects, negotiate a government budget line for',
        '  materials printing before the final year of the project.',
        '- USAID should fund a follow-up study of the teachers trained between 2004 and 2009 to',
        '  measure whether they remained in Mindanao schools.',
        '',
        `BEAM Ex-Post Evaluation${' '.repeat(56)}Page 22`,
        '',
      ].join('\n'),
      'evaluation.txt',
    );
    expect(items(record)).toEqual([
      [
        'RECOMMENDATION',
        'USAID should, in future basic education projects, negotiate a government budget line for materials printing before the final year of the project.',
      ],
      [
        'RECOMMENDATION',
        'USAID should fund a follow-up study of the teachers trained between 2004 and 2009 to measure whether they remained in Mindanao schools.',
      ],
    ]);
  });
});

describe('« Sommaire » in a heading', () => {
  it("names a summary when it says of what (Canada's « Sommaire de l'évaluation », « Sommaire exécutif »), a table of contents alone", async () => {
    const record = await extractFile(
      [
        "# Sommaire de l'évaluation du Programme de stages pratiques",
        '## Principales constatations',
        '- Le programme a créé plus de 9 000 stages en 2018-2019, dépassant la cible de 6 000.\n- Les employeurs des petites entreprises ont eu plus de difficulté à accéder au programme.',
      ].join('\n\n'),
      'sommaire.md',
    );
    expect(items(record).map(([kind]) => kind)).toEqual(['FINDING', 'FINDING']);
  });
});

describe('a section that says it holds nothing', () => {
  it('gives no insight: "No recommendations were made", « Aucun défi majeur n\'a été rencontré », « No se formularon recomendaciones »', async () => {
    const cases: [string, string][] = [
      [
        '# Summary of the Evaluation\n\n## Main findings\n\n- The program created more than 9,000 placements.\n\n## Recommendations\n\nNo recommendations were made, as the program ended in 2020.',
        'en.md',
      ],
      [
        "# Rapport final DREF\n\n## Défis\n\nAucun défi majeur n'a été rencontré.\n\n## Leçons apprises\n\n- La participation des femmes aux comités de ciblage a amélioré l'acceptation des listes.",
        'fr.md',
      ],
      ['# Informe final\n\n## Hallazgos\n\n- El programa alcanzó a 4.000 familias.\n\n## Recomendaciones\n\nNo se formularon recomendaciones.', 'es.md'],
    ];
    for (const [text, name] of cases) {
      const record = await extractFile(text, name);
      expect(record.insights).toHaveLength(1);
      expect(record.insights[0]!.kind).not.toBe('RECOMMENDATION');
    }
  });

  it('keeps a finding that no earlier recommendation was acted on', async () => {
    const record = await extractFile('# Evaluation\n\n## Findings\n\n- No recommendation of the 2015 review was implemented by the ministry.', 'findings.md');
    expect(items(record)).toEqual([['FINDING', 'No recommendation of the 2015 review was implemented by the ministry.']]);
  });
});

describe('"Recommendation N" alone, its text, then "Management response" alone over the response (Canada.ca)', () => {
  it('answers each recommendation, the labels set bold', async () => {
    const record = await extractFile(
      [
        '# Results at a glance: Evaluation of the Northern Tuberculosis Program',
        '## Recommendations',
        '**Recommendation 1**',
        'Strengthen the participation of Inuit organizations in program planning.',
        '**Management response**',
        'Management agrees. A joint committee will be created by March 2021.',
        '**Recommendation 2**',
        'Put measures in place to reduce the effects of staff turnover on patient follow-up.',
        '**Management response**',
        'Management agrees. A shared electronic patient registry will be deployed.',
      ].join('\n\n'),
      'glance.md',
    );
    expect(answers(record, 'response')).toEqual([
      ['Strengthen the participation of Inuit organizations in program planning.', 'Management agrees. A joint committee will be created by March 2021.'],
      [
        'Put measures in place to reduce the effects of staff turnover on patient follow-up.',
        'Management agrees. A shared electronic patient registry will be deployed.',
      ],
    ]);
  });

  it('answers each recommendation, the labels set as headings', async () => {
    const record = await extractFile(
      [
        '# Evaluation of the Climate Change Adaptation Program',
        '## Recommendations and management response',
        '### Recommendation 1',
        'The Assistant Deputy Minister should develop a strategy to reach small rural municipalities.',
        '#### Management response',
        'Management agrees with the recommendation.',
        '### Recommendation 2',
        'The Assistant Deputy Minister should put in place indicators to track the use of program tools.',
        '#### Management response',
        'Management agrees with the recommendation.',
      ].join('\n\n'),
      'evaluation.md',
    );
    expect(answers(record, 'response')).toEqual([
      ['The Assistant Deputy Minister should develop a strategy to reach small rural municipalities.', 'Management agrees with the recommendation.'],
      ['The Assistant Deputy Minister should put in place indicators to track the use of program tools.', 'Management agrees with the recommendation.'],
    ]);
  });
});

describe("a government's response whose recommendations a PDF set at the level of the chapter's heading", () => {
  it("reads them as the chapter's, each answered by the decision set as a heading under it", async () => {
    const record = await extractFile(
      [
        '# Government response to the review of smallholder agriculture',
        '## Response to recommendations',
        '## Recommendation 1: FCDO should target future smallholder programmes on farmers with less than one hectare.',
        '### Partially accept',
        'FCDO agrees that the poorest farmers must benefit. New business cases will report results by farm size.',
        '## Recommendation 2: FCDO should phase out input subsidies over at least three seasons.',
        '### Accept',
        'Programme teams will adopt a three-season exit from subsidies in programmes starting after April 2024.',
      ].join('\n\n'),
      'response.md',
    );
    expect(answers(record, 'decision')).toEqual([
      ['FCDO should target future smallholder programmes on farmers with less than one hectare.', 'PARTIALLY_ACCEPTED'],
      ['FCDO should phase out input subsidies over at least three seasons.', 'ACCEPTED'],
    ]);
  });
});

describe('a table of challenges and lessons under each sector of an IFRC report (a section named for the sector)', () => {
  it('gives the lessons of its column, and the challenges beside them as findings', async () => {
    const record = await extractFile(
      [
        '# Mozambique: Tropical Cyclone Idai',
        '### Shelter',
        [
          '| Challenges | Lessons Learned |',
          '|---|---|',
          '| Roads to Buzi district remained flooded until June, so kits had to be moved by boat. | Pre-positioning shelter kits in district warehouses before the cyclone season would shorten delivery times. |',
        ].join('\n'),
      ].join('\n\n'),
      'operation-update.md',
    );
    expect(items(record)).toEqual([
      ['FINDING', 'Roads to Buzi district remained flooded until June, so kits had to be moved by boat.'],
      ['LESSON_LEARNED', 'Pre-positioning shelter kits in district warehouses before the cyclone season would shorten delivery times.'],
    ]);
  });

  it("reads a lessons workshop's table: what went well, what could be improved, and the recommendation with its owner", async () => {
    const record = await extractFile(
      [
        '# Lessons Learned Workshop Report',
        '## Key lessons by area',
        [
          '| Area | What went well | What could be improved | Recommendations | Responsible |',
          '|---|---|---|---|---|',
          '| Cash transfers | Mobile money transfers reached 6,500 households within three weeks. | Many women did not have a registered SIM card. | Register SIM cards for female heads of household during preparedness. | National Society |',
        ].join('\n'),
      ].join('\n\n'),
      'workshop.md',
    );
    expect(items(record)).toEqual([
      ['FINDING', 'Many women did not have a registered SIM card.'],
      ['RECOMMENDATION', 'Register SIM cards for female heads of household during preparedness.'],
      ['GOOD_PRACTICE', 'Mobile money transfers reached 6,500 households within three weeks.'],
    ]);
    expect((record.insights[1]!.fields as RecommendationFields | null)?.responsibleUnit).toBe('National Society');
  });
});

describe('a recommendation stated in its heading, its decision set as the heading under it', () => {
  it('answers the recommendation of the heading (GOV.UK responses printed to PDF)', async () => {
    const record = await extractFile(
      [
        '# Government response to the ICAI review: UK aid and smallholder agriculture',
        '## Response to recommendations',
        '### Recommendation 1: FCDO should target future smallholder programmes on farmers with less than one hectare.',
        '#### Partially accept',
        'FCDO agrees that the poorest farmers must benefit.',
        '### Recommendation 2: FCDO should phase out input subsidies over at least three seasons.',
        '#### Accept',
        'Programme teams will adopt a three-season exit from subsidies.',
      ].join('\n\n'),
      'response.md',
    );
    expect(answers(record, 'decision')).toEqual([
      ['FCDO should target future smallholder programmes on farmers with less than one hectare.', 'PARTIALLY_ACCEPTED'],
      ['FCDO should phase out input subsidies over at least three seasons.', 'ACCEPTED'],
    ]);
  });

  it('reads "1. Recommendation:" as the label of one item, its paragraphs together', async () => {
    const record = await extractFile(
      [
        '# Evaluation of the country programme: management response',
        '## Recommendations',
        '### 1. Recommendation:',
        'UNDP should increase its focus on medium- to long-term capacity development.',
        'UNDP should identify the approaches needed to transfer capacities to partner institutions.',
        '#### Partially agreed',
        'UNDP has contributed to strengthening the capacities of local institutions.',
      ].join('\n\n'),
      'response.md',
    );
    expect(answers(record, 'decision')).toEqual([
      [
        'UNDP should increase its focus on medium- to long-term capacity development.\n\nUNDP should identify the approaches needed to transfer capacities to partner institutions.',
        'PARTIALLY_ACCEPTED',
      ],
    ]);
  });
});

describe("a report's last chapter and its response table in French and Spanish", () => {
  it('reads "5. Conclusions, recommandations et réponse de la direction" as a chapter of a text dump', async () => {
    const record = await extractFile(
      [
        "Évaluation du Programme sur les crimes contre l'humanité",
        '',
        '5. Conclusions, recommandations et réponse de la direction',
        '',
        "L'évaluation a confirmé que le Programme continue d'être nécessaire.",
        '',
        '61. Les enseignements ci-après s’appliquent aux futures opérations du secteur',
        'de l’éducation au Sénégal.',
      ].join('\n'),
      'rapport.txt',
    );
    expect(items(record)[0]).toEqual(['FINDING', "L'évaluation a confirmé que le Programme continue d'être nécessaire."]);
  });

  it('reads « Appréciation d’ensemble » as conclusions, and a recommendation listed among them as one', async () => {
    const record = await extractFile(
      [
        '# Synthèse des évaluations de projets',
        "## Appréciation d'ensemble",
        '1. Des efforts considérables ont été déployés pour que les projets soient mieux conçus.',
        '2. Se recomienda fortalecer el diagnóstico del programa con datos oficiales.',
      ].join('\n\n'),
      'synthese.md',
    );
    expect(items(record).map(([kind]) => kind)).toEqual(['FINDING', 'RECOMMENDATION']);
  });

  it("reads the responsible manager's and the planned completion date's columns of a response table", async () => {
    const record = await extractFile(
      [
        '# Évaluation de la Direction du contentieux',
        "## Réponse de la direction et plan d'action",
        [
          "| Recommandation | Réponse de la direction | Plan d'action | Gestionnaire responsable | Date d'achèvement prévue |",
          '|---|---|---|---|---|',
          '| La Direction du contentieux devrait appliquer les principes de gestion de projet. | Acceptée. | Les principes seront appliqués. | SPGA (Contentieux) | 31 mars 2016 |',
        ].join('\n'),
      ].join('\n\n'),
      'pard.md',
    );
    expect((record.insights[0]!.fields as RecommendationFields | null)?.managementResponse).toEqual(
      expect.objectContaining({ who: 'SPGA (Contentieux)', dueDate: '2016-03' }),
    );
  });
});

describe('numbered headings a converter set at one level', () => {
  it('nests "## 5.1. Pertinence" under "## 5. Conclusions", as its numbering says', async () => {
    const record = await extractFile(
      [
        '# Évaluation du Programme',
        '## 5. Conclusions',
        '## 5.1. Pertinence',
        'L’évaluation a confirmé que le Programme continue d’être nécessaire.',
        '## 6. Annexes',
        'Liste des personnes rencontrées lors de la mission de terrain.',
      ].join('\n\n'),
      'rapport.md',
    );
    expect(items(record)).toEqual([['FINDING', 'L’évaluation a confirmé que le Programme continue d’être nécessaire.']]);
  });
});

describe('findings listed under a theme', () => {
  it('gives each statement of a bare list, and keeps a list under its paragraph with the finding it details', async () => {
    const record = await extractFile(
      [
        '## 2. Principales hallazgos de la evaluación',
        '### Tema I. Diseño',
        '- Se identifica que el diagnóstico no cumple con los elementos mínimos establecidos.',
        '- La lógica horizontal de la MIR presenta inconsistencias en la medición de los indicadores.',
        '### Tema II. Planeación',
        'El programa no cuenta con un plan estratégico que oriente sus acciones de mediano plazo, por las razones siguientes:',
        '- No se definieron metas plurianuales para sus indicadores.',
        '- No se identificaron los riesgos de la operación.',
      ].join('\n\n'),
      'ficha.md',
    );
    expect(items(record).map(([kind, text]) => [kind, text!.slice(0, 40)])).toEqual([
      ['FINDING', 'Se identifica que el diagnóstico no cump'],
      ['FINDING', 'La lógica horizontal de la MIR presenta '],
      ['FINDING', 'El programa no cuenta con un plan estrat'],
    ]);
  });
});

describe('a table of recommendations a text dump flattened to one cell per line', () => {
  const table = [
    'Table 5: Summary of recommendations',
    '#',
    'Recommendation',
    'Responsible',
    'Timeframe',
    '1',
    'Include buyers in the design of technical assistance packages so that the quality',
    'standards taught match the standards buyers apply at purchase.',
    'USAID/Honduras',
    'Next activity design',
    '2',
    'Link producer groups with second-tier banks before the end of technical assistance.',
    'Implementing partner',
    'Within six months',
    'Source: Evaluation team',
  ];

  it('is read back as its rows: each recommendation whole, with its owner and time frame', async () => {
    const record = await extractFile(
      ['FINAL EVALUATION OF THE MARKETS ACTIVITY', '', ...table, '', 'LESSONS LEARNED', 'Buyers commit early.'].join('\n'),
      'dump.txt',
    );
    const recommendations = record.insights.filter((insight) => insight.kind === 'RECOMMENDATION');
    expect(recommendations.map((insight) => [insight.text, insight.fields])).toEqual([
      [
        'Include buyers in the design of technical assistance packages so that the quality standards taught match the standards buyers apply at purchase.',
        expect.objectContaining({ responsibleUnit: 'USAID/Honduras', timeFrame: 'Next activity design' }),
      ],
      [
        'Link producer groups with second-tier banks before the end of technical assistance.',
        expect.objectContaining({ responsibleUnit: 'Implementing partner', timeFrame: 'Within six months' }),
      ],
    ]);
  });

  it('is left as text when its cells do not fall into place', async () => {
    // The second row lost its time frame: the third line of a cell is the next row's number.
    const broken = table.filter((line) => line !== 'Next activity design');
    const record = await extractFile(['FINAL EVALUATION OF THE MARKETS ACTIVITY', '', ...broken].join('\n'), 'dump.txt');
    expect(record.insights.some((insight) => insight.fields !== null && 'responsibleUnit' in insight.fields)).toBe(false);
  });
});

describe('a management response table flattened to one cell per line, each recommendation numbered in its cell', () => {
  const FIRST = 'The country office should strengthen its results-based monitoring system and align indicators with the national plan.';
  const SECOND = 'UNICEF headquarters should provide technical support to the country office on social protection costing.';
  const table = [
    'Recommendation',
    'Management response',
    'Key actions',
    'Responsible unit',
    'Timeframe',
    'Status',
    `1. ${FIRST}`,
    'Accepted. The country office agrees that monitoring needs to be strengthened across all programme components.',
    'Revise the results framework and train programme staff on monitoring.',
    'Programme Unit',
    'December 2024',
    'Ongoing',
    `2. ${SECOND}`,
    'Partially accepted. Support will be provided within available resources.',
    'Deploy a social protection specialist for three months.',
    'Social Policy Section',
    'June 2025',
    'Not started',
  ];

  it('gives each recommendation once, with its response, actions, unit and date; the response and actions are no items', async () => {
    const record = await extractFile(['Management Response to the Evaluation of the Country Programme', '', ...table].join('\n'), 'response.txt');
    expect(items(record)).toEqual([
      ['RECOMMENDATION', FIRST],
      ['RECOMMENDATION', SECOND],
    ]);
    expect(record.insights.map((insight) => (insight.fields as RecommendationFields | null)?.managementResponse)).toEqual([
      expect.objectContaining({
        decision: 'ACCEPTED',
        keyActions: 'Revise the results framework and train programme staff on monitoring.',
        who: 'Programme Unit',
        dueDate: '2024-12',
      }),
      expect.objectContaining({ decision: 'PARTIALLY_ACCEPTED', who: 'Social Policy Section', dueDate: '2025-06', status: 'Not started' }),
    ]);
    expect(record.insights[1]!.addressees.map((actor) => actor.name)).toEqual(['Social Policy Section']);
  });

  it('is left as text when its cells do not fall into place', async () => {
    // The first row lost its time frame: the status falls in the date column, the next row's number in the status one.
    const broken = table.filter((line) => line !== 'December 2024');
    const record = await extractFile(['Management Response', '', ...broken].join('\n'), 'response.txt');
    expect(record.insights.some((insight) => (insight.fields as RecommendationFields | null)?.managementResponse?.dueDate === '2025-06')).toBe(false);
  });
});

describe("a web page's endnotes printed after numbered paragraphs (GOV.UK)", () => {
  it('are notes, not the recommendations; the screen readers\' "[footnote N]" is no part of the text', async () => {
    const record = await extractFile(
      [
        "# Evaluation of the Girls' Education Challenge: synthesis report",
        '## 4. Recommendations',
        '4.1 FCDO should require future education projects to report learning outcomes disaggregated by disability.[footnote 1]',
        '4.2 FCDO should fund transition support for girls leaving primary school for at least two years after project closure.[footnote 2]',
        '1. Using the Washington Group short set of questions. ↩\n2. Two years is the median time to secondary enrolment. ↩',
      ].join('\n\n'),
      'synthesis.md',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'FCDO should require future education projects to report learning outcomes disaggregated by disability.'],
      ['RECOMMENDATION', 'FCDO should fund transition support for girls leaving primary school for at least two years after project closure.'],
    ]);
  });
});
