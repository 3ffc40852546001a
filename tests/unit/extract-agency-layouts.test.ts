/**
 * Layouts of agencies' reports met on probes written after their templates (UNFPA, UN Women, UNESCO, UNIDO, UNHCR,
 * ILO full reports, FCDO reviews, Canada.ca pages in French, AfDB, CONEVAL, DIPRES): each case is a short text
 * written for the test in that layout.
 */
import { describe, expect, it } from '@jest/globals';
import { splitAddresseeLabel } from '../../src/extract/addressees.js';
import { extractRecord } from '../../src/extract/extract-record.js';
import { readDocumentBytes } from '../../src/read/read-document.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord, RecommendationFields } from '../../src/model/records.js';

function extract(text: string, sourcePath = 'inline.md'): ExtractionRecord {
  const format = sourcePath.endsWith('.txt') ? 'txt' : 'md';
  const read: ReadResult = { sourcePath, sha256: '0'.repeat(64), format, text, encoding: 'utf-8', warnings: [], pageStarts: [] };
  return extractRecord(read);
}

const fieldsOf = (record: ExtractionRecord, at: number) => record.insights[at]!.fields as RecommendationFields | null;
const addresseesOf = (record: ExtractionRecord, at: number) => record.insights[at]!.addressees.map((actor) => actor.asWritten);

describe('numbered recommendations, each followed by a bold management response', () => {
  it('are one recommendation each, with its decision and response', () => {
    const record = extract(
      [
        '# Final Evaluation of the Health Systems Strengthening Programme in Uganda',
        '## 5. Recommendations',
        '1. Strengthen the supply chain for essential medicines at district level, with quarterly forecasting.',
        '**Management response:** Accepted.',
        'The Ministry will work with the National Medical Stores to improve quarterly forecasting.',
        '2. Introduce performance-based financing in all district hospitals, with independent verification of results.',
        '**Management response:** Partially accepted.',
        'The Ministry will pilot performance-based financing in ten hospitals first.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      ['RECOMMENDATION', null, 'Strengthen the supply chain for essential medicines at district level, with quarterly forecasting.'],
      ['RECOMMENDATION', null, 'Introduce performance-based financing in all district hospitals, with independent verification of results.'],
    ]);
    expect(fieldsOf(record, 0)?.managementResponse).toEqual({
      decision: 'ACCEPTED',
      response: 'The Ministry will work with the National Medical Stores to improve quarterly forecasting.',
    });
    expect(fieldsOf(record, 1)?.managementResponse?.decision).toBe('PARTIALLY_ACCEPTED');
  });
});

describe('a recommendations table whose number column is headed "#"', () => {
  it('is a table, not a heading, also when a PDF merged the number column into the next', () => {
    const table = extract(
      [
        '# Evaluation of the Livelihoods Programme in Uganda',
        '## Recommendations',
        '#\tRecommendation\tResponsibility\tPriority\n1\tScale up the graduation approach to all settlements.\tUNHCR Uganda\tHigh',
      ].join('\n\n'),
    );
    expect(table.insights.map((insight) => insight.text)).toEqual(['Scale up the graduation approach to all settlements.']);
    expect(fieldsOf(table, 0)).toMatchObject({ priority: 'High', responsibleUnit: 'UNHCR Uganda' });
    const merged = extract(
      [
        '# Terminal Evaluation: Industrial Energy Efficiency in Viet Nam',
        '## 4.2 Recommendations',
        '# Recommendation\tTarget stakeholder(s)\tPriority\n1 Set up a risk-sharing facility with two commercial banks.\tUNIDO\tHigh\n2 Publish the savings data every year.\tMinistry of Industry and Trade\tMedium',
      ].join('\n\n'),
    );
    expect(merged.insights.map((insight) => insight.text)).toEqual([
      'Set up a risk-sharing facility with two commercial banks.',
      'Publish the savings data every year.',
    ]);
    expect(addresseesOf(merged, 1)).toEqual(['Ministry of Industry and Trade']);
  });
});

describe("a recommendation's qualifying parts", () => {
  it('are read from a table of their names and values under it (ILO), or of labelled cells (UNFPA)', () => {
    const ilo = extract(
      [
        '# Independent Final Evaluation of the Project "Decent Work for Domestic Workers in Indonesia"',
        '## 6. Recommendations',
        '**Recommendation 1:** Continue technical support to the tripartite constituents on the draft law.',
        '| Responsible unit | Priority | Time implication | Resource implication |\n|---|---|---|---|\n| ILO CO-Jakarta | High | Short term (2024) | Low |',
      ].join('\n\n'),
    );
    expect(ilo.insights).toHaveLength(1);
    expect(fieldsOf(ilo, 0)).toEqual({ priority: 'High', responsibleUnit: 'ILO CO-Jakarta', timeFrame: 'Short term (2024)', resourceImplications: 'Low' });
    const unfpa = extract(
      [
        '# Evaluation of the UNFPA 7th Country Programme in Zambia',
        '## Recommendations',
        '**Recommendation 1:** Maintain the focus of the next country programme on family planning.',
        '| Priority: High | Target level: UNFPA Zambia country office | Based on conclusion: 1 |\n|---|---|---|',
      ].join('\n\n'),
    );
    expect(unfpa.insights.map((insight) => insight.text)).toEqual(['Maintain the focus of the next country programme on family planning.']);
    expect(fieldsOf(unfpa, 0)).toEqual({ priority: 'High' });
    expect(addresseesOf(unfpa, 0)).toEqual(['UNFPA Zambia country office']);
  });

  it('are read from labelled lines above the text, from parts divided by "|", and from a closing parenthesis', () => {
    const lines = extract(
      [
        '# UNFPA Country Programme Evaluation: Malawi (2019-2023)',
        '## 6. Recommendations',
        '### Recommendation 2',
        '**Priority:** Medium',
        '**Target level:** UNFPA Malawi country office; East and Southern Africa Regional Office',
        '**Based on conclusion:** 2',
        'Diversify the funding base of the country programme by developing a resource mobilisation strategy.',
      ].join('\n\n'),
    );
    expect(lines.insights.map((insight) => insight.text)).toEqual([
      'Diversify the funding base of the country programme by developing a resource mobilisation strategy.',
    ]);
    expect(fieldsOf(lines, 0)).toEqual({ priority: 'Medium' });
    expect(addresseesOf(lines, 0)).toEqual(['UNFPA Malawi country office', 'East and Southern Africa Regional Office']);
    const piped = extract(
      [
        '# Country Portfolio Evaluation of UN Women in Kenya',
        '## Recommendations',
        '**Recommendation 1:** Consolidate the leadership on gender-responsive budgeting in all 47 counties.',
        'Priority: High | Timeframe: Short term (2024) | Addressed to: UN Women Kenya Country Office',
        '**Recommendation 2:** Support ministries to cost their teacher policies. *(Addressed to: Education Sector, Regional Office in Dakar)*',
      ].join('\n\n'),
    );
    expect(fieldsOf(piped, 0)).toEqual({ priority: 'High', timeFrame: 'Short term (2024)' });
    expect(addresseesOf(piped, 0)).toEqual(['UN Women Kenya Country Office']);
    expect(piped.insights[1]!.text).toBe('Support ministries to cost their teacher policies.');
    expect(addresseesOf(piped, 1)).toEqual(['Education Sector', 'Regional Office in Dakar']);
  });
});

describe("an addressee label's pieces", () => {
  it('go with the side they are bound to more closely', () => {
    expect(splitAddresseeLabel('UNFPA Malawi country office; East and Southern Africa Regional Office')).toEqual([
      'UNFPA Malawi country office',
      'East and Southern Africa Regional Office',
    ]);
    expect(splitAddresseeLabel('ILO CO-Jakarta, with the Ministry of Manpower')).toEqual(['ILO CO-Jakarta', 'the Ministry of Manpower']);
  });
});

describe('a chapter numbered with one letter or one roman numeral', () => {
  it('is a heading above its text, in a text dump and in Markdown', () => {
    for (const [heading, path] of [
      ['V. LEÇONS TIRÉES', 'inline.txt'],
      ['V. Leçons tirées', 'inline.md'],
      ['E. LESSONS LEARNED', 'inline.txt'],
    ] as const) {
      const record = extract(
        [
          'Rapport final',
          heading,
          'Le financement basé sur les résultats ne fonctionne que si les indicateurs sont vérifiables à coût raisonnable.',
          "L'appropriation par les inspections conditionne la pérennité des dispositifs de formation continue.",
        ].join('\n\n'),
        path,
      );
      expect(record.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED', 'LESSON_LEARNED']);
    }
  });
});

describe('a section of lessons and recommendations', () => {
  it('makes the items that recommend recommendations and the others lessons', () => {
    for (const body of [
      '- Results-based financing motivated district assemblies, but only where payments arrived within the budget year.\n- The programme team should agree with the verification agent a maximum turnaround of six weeks by June 2023.',
      'Results-based financing motivated district assemblies, but only where payments arrived within the budget year.\n\nIt is recommended that the programme team agree with the verification agent a maximum turnaround of six weeks.',
    ]) {
      const record = extract(['# Sustainable Water and Sanitation in Northern Ghana: Annual Review 2022', '## Lessons and recommendations', body].join('\n\n'));
      expect(record.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED', 'RECOMMENDATION']);
    }
  });

  it("in a World Bank completion report's text dump: numbered paragraphs, « Il est recommandé que … », the running header beside the page number", () => {
    const record = extract(
      [
        "Rapport de fin d'exécution et de résultats (ICR)                                        P151472",
        'V. PRINCIPAUX ENSEIGNEMENTS ET RECOMMANDATIONS',
        "61. Les enseignements ci-après s'appliquent aux futures opérations du secteur de l'éducation au Sénégal.",
        '62. Le financement basé sur les résultats ne fonctionne que si les\nindicateurs liés aux décaissements sont vérifiables à coût raisonnable.',
        "64. Il est recommandé que le ministère de l'Éducation nationale intègre le\ncoût de l'évaluation des apprentissages dans son budget ordinaire dès 2023.",
        '                                                                             24',
        "Rapport de fin d'exécution et de résultats (ICR)                                        P151472",
        '65. Une coordination étroite avec les autres partenaires a permis\nde réduire le coût unitaire des manuels de 18 %.',
      ].join('\n\n'),
      'inline.txt',
    );
    expect(record.insights.map((insight) => [insight.kind, insight.headline])).toEqual([
      ['LESSON_LEARNED', null],
      ['RECOMMENDATION', null],
      ['LESSON_LEARNED', null],
    ]);
  });
});

describe('labelled parts on one line', () => {
  it('are divided where a part label follows the value after spaces, and "with the support of" names a second addressee', () => {
    const record = extract(
      [
        '7. RECOMENDACIONES',
        'Recomendación 1. Aprobar mediante acuerdo ministerial el protocolo de inspección en el sector agrícola.',
        'Responsable: MTPS, con apoyo de la OIT         Prioridad: Alta        Plazo: 6 meses',
      ].join('\n\n'),
      'inline.txt',
    );
    expect(fieldsOf(record, 0)).toEqual({ priority: 'Alta', responsibleUnit: 'MTPS, con apoyo de la OIT', timeFrame: '6 meses' });
    expect(record.insights[0]!.addressees.map((actor) => actor.id)).toEqual([expect.any(String), 'org:ilo']);
    expect(splitAddresseeLabel('UN Women Kenya Country Office, with the East and Southern Africa Regional Office')).toEqual([
      'UN Women Kenya Country Office',
      'the East and Southern Africa Regional Office',
    ]);
  });
});

describe('« Réponse de l’Administration » (a UN fund’s response to its board, in French)', () => {
  it('is a management response', () => {
    const record = extract(
      [
        '                         3 mai 2021',
        'Réponse de l’Administration du Fonds',
        '        Point 9 : Évaluation des programmes de pays',
        '   Conseil d’administration, Session annuelle de 2021',
        '1.  Conformément à la décision 2019/7, le Fonds présente sa réponse au rapport d’évaluation des programmes de pays.',
        '2.  L’Administration accepte les constatations du rapport et prendra les mesures décrites ci-dessous.',
      ].join('\n\n'),
      'reponse.txt',
    );
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
  });
});

describe("the management's stance, unlabelled, under a recommendation", () => {
  it('gives the decision, and the paragraphs after it the response; « Réponse et plan d’action de la direction » names the section', () => {
    for (const heading of ['Réponse de la direction', "Réponse et plan d'action de la direction"]) {
      const record = extract(
        [
          '# Évaluation du programme X',
          `## ${heading}`,
          '### Recommandation 1',
          'Le Ministère devrait améliorer la collecte des données sur les participants issus de groupes sous-représentés.',
          'La direction souscrit à cette recommandation.',
          'Le Programme ajoutera des questions volontaires au formulaire de fin de stage.',
        ].join('\n\n'),
      );
      expect(record.insights.map((insight) => insight.text)).toEqual([
        'Le Ministère devrait améliorer la collecte des données sur les participants issus de groupes sous-représentés.',
      ]);
      expect(fieldsOf(record, 0)?.managementResponse).toEqual({
        decision: 'ACCEPTED',
        response: 'Le Programme ajoutera des questions volontaires au formulaire de fin de stage.',
      });
    }
  });
});

describe('evaluation questions among findings', () => {
  it('are no part of the finding above, and a question heading is not a headline', () => {
    const labelled = extract(
      [
        "# Evaluation of FAO's Country Programme in Bangladesh 2019-2023",
        '## Main findings',
        "**Finding 1. FAO's programme was closely aligned with the Eighth Five Year Plan.**",
        '**Finding 2. Coherence with other UN agencies was weak in the Rohingya response.**',
        'Evaluation question 2. To what extent did FAO contribute to results?',
        '**Finding 3. FAO contributed to the national food safety regulations, adopted in 2022.**',
      ].join('\n\n'),
    );
    expect(labelled.insights.map((insight) => insight.text)).toEqual([
      "FAO's programme was closely aligned with the Eighth Five Year Plan.",
      'Coherence with other UN agencies was weak in the Rohingya response.',
      'FAO contributed to the national food safety regulations, adopted in 2022.',
    ]);
    const headed = extract(
      [
        '# Decentralized Evaluation of the Livelihoods Programme in Uganda',
        '## Key findings',
        '### EQ1: To what extent was the programme relevant to the needs of refugees?',
        'The programme was relevant to refugees’ needs for income, but not to the land they have.',
      ].join('\n\n'),
    );
    expect(headed.insights.map((insight) => [insight.headline, insight.text])).toEqual([
      [null, 'The programme was relevant to refugees’ needs for income, but not to the land they have.'],
    ]);
  });
});

describe('labels', () => {
  it('open their items on the next line of a text dump, whatever the section, but a cross-reference does not', () => {
    const record = extract(
      [
        'Independent Final Evaluation of the Garment Sector Project in Ethiopia',
        '6. RECOMMENDATIONS\nRecommendation 1: The ILO should hand over the assessment tool to the Ministry of\nLabour and Skills before the project ends.\nRecommendation 2: The project should support bipartite committees in all\nfactories, as finding 3 and Recommendation 4 of the mid-term review advised.\nEmerging good practice 1: The joint inspection visits built the confidence of inspectors.\nLesson 1: Factory-level change is faster where buyers require the assessment.',
      ].join('\n\n'),
      'inline.txt',
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['RECOMMENDATION', 'The ILO should hand over the assessment tool to the Ministry of Labour and Skills before the project ends.'],
      ['RECOMMENDATION', 'The project should support bipartite committees in all factories, as finding 3 and Recommendation 4 of the mid-term review advised.'],
      ['GOOD_PRACTICE', 'The joint inspection visits built the confidence of inspectors.'],
      ['LESSON_LEARNED', 'Factory-level change is faster where buyers require the assessment.'],
    ]);
  });

  it('give their qualifiers as fields, their bold title as the headline or the addressee, and no headline of their own', () => {
    const record = extract(
      [
        '# Evaluación final del programa',
        '## Recomendaciones',
        '### Recomendación 1 (prioridad alta) – dirigida a: Ministerio de Salud',
        'Fortalecer la cadena de frío en los centros de salud rurales.',
        '### Recommandation 2 (priorité moyenne) – adressée à l’UNICEF',
        'Élaborer des supports pour les classes multilingues.',
        '## Recomendaciones específicas',
        '**R1 (vinculada a C2).** Acompañar a las EPSA durante al menos dos años.',
        '**Recommendation 2. To FAO and the Government of Niger:** Integrate the corridors into the communal land-use plans.',
        '## Conclusiones',
        '**Conclusion 1. Strategic positioning.** FAO is a trusted technical partner of the Government.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      ['RECOMMENDATION', null, 'Fortalecer la cadena de frío en los centros de salud rurales.'],
      ['RECOMMENDATION', null, 'Élaborer des supports pour les classes multilingues.'],
      ['RECOMMENDATION', null, 'Acompañar a las EPSA durante al menos dos años.'],
      ['RECOMMENDATION', null, 'Integrate the corridors into the communal land-use plans.'],
      ['FINDING', 'Strategic positioning', 'FAO is a trusted technical partner of the Government.'],
    ]);
    expect([0, 1].map((at) => [fieldsOf(record, at)?.priority, addresseesOf(record, at)])).toEqual([
      ['alta', ['Ministerio de Salud']],
      ['moyenne', ['UNICEF']],
    ]);
    expect(record.insights[3]!.addressees.map((actor) => actor.id)).toHaveLength(2);
  });

  it('of a kind, unnumbered, are no part of the text; emphasis inside a sentence is no headline; a bold number is not the headline’s', () => {
    const record = extract(
      [
        '# Évaluation du Programme',
        '## Constatations',
        '### Pertinence',
        '**Constatation :** Les services continuent de répondre aux besoins des nouveaux arrivants.',
        '### Efficacité',
        '1.  **Les collectivités disposent de peu de capacité technique** pour exploiter les installations.',
        '## Leçons apprises',
        '**1. Qualité des études techniques.** Des études insuffisantes ont entraîné des avenants de 14 %.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.headline, insight.text])).toEqual([
      ['Pertinence', 'Les services continuent de répondre aux besoins des nouveaux arrivants.'],
      ['Efficacité', 'Les collectivités disposent de peu de capacité technique pour exploiter les installations.'],
      ['Qualité des études techniques.', 'Des études insuffisantes ont entraîné des avenants de 14 %.'],
    ]);
  });
});

describe("a title's first heading", () => {
  it('does not take the first chapter after a generic title', () => {
    expect(extract('# Final evaluation\n\n## Recommendations\n\n1. Strengthen the cold chain in rural health centres.').evaluation?.title).toBeNull();
  });
});

describe('a topic after a label', () => {
  it('stays the item’s words when it only starts like a part label, and a sentence’s own words before a colon are no part label', () => {
    const topics = extract(
      [
        '# Final Evaluation of the Country Programme',
        '## 5. Recommendations',
        'Recommendation 1 – Resource mobilisation: Develop a resource mobilisation strategy that targets domestic resources.',
        'Recommendation 2 – Partnerships: Expand cooperation with universities on research and data.',
        '## 6. Lessons learned',
        'Lesson 1: Budget flexibility: Flexible budget lines allowed the project to respond quickly to the 2021 floods.',
        'Lesson 2: Response time matters: Cash reached households within two weeks where mobile money agents were in place.',
      ].join('\n\n'),
    );
    expect(topics.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['RECOMMENDATION', 'Resource mobilisation: Develop a resource mobilisation strategy that targets domestic resources.'],
      ['RECOMMENDATION', 'Partnerships: Expand cooperation with universities on research and data.'],
      ['LESSON_LEARNED', 'Budget flexibility: Flexible budget lines allowed the project to respond quickly to the 2021 floods.'],
      ['LESSON_LEARNED', 'Response time matters: Cash reached households within two weeks where mobile money agents were in place.'],
    ]);
    expect(topics.insights.map((insight) => insight.fields)).toEqual([null, null, null, null]);
    const sentences = extract(
      [
        '# Final Evaluation of the Country Programme',
        '## Recommendations and management response',
        '**Recommendation 1: Strengthen the results-based monitoring system.** The country office should revise its monitoring plan.',
        '**Management response:** Accepted. The Office will take the following actions: revise the monitoring guidance and train the focal points.',
        '**Recommendation 2: Improve coordination with government counterparts.** Regular meetings should be held with the line ministries.',
        '**Management response:** Partially accepted. Coordination is a priority: the Office will convene a quarterly steering committee.',
      ].join('\n\n'),
    );
    expect(fieldsOf(sentences, 0)?.managementResponse).toEqual({
      decision: 'ACCEPTED',
      response: 'Accepted. The Office will take the following actions: revise the monitoring guidance and train the focal points.',
    });
    expect(fieldsOf(sentences, 1)?.managementResponse?.response).toBe(
      'Partially accepted. Coordination is a priority: the Office will convene a quarterly steering committee.',
    );
    expect(fieldsOf(sentences, 1)?.priority).toBeUndefined();
  });

  it('closing a recommendation in parentheses gives each of its parts; a finding keeps its parenthesis', () => {
    const record = extract(
      [
        '# Final Evaluation of the Agricultural Markets Project',
        '## 4. Findings',
        '**Finding 1.** The project disbursed 85 per cent of its allocation by the closing date (Budget: USD 4.2 million)',
        '## 5. Recommendations',
        '1. Build on the warehouse receipt pilot and extend it to two more regions. (Responsible: Ministry of Agriculture; Timeline: 2025)',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'The project disbursed 85 per cent of its allocation by the closing date (Budget: USD 4.2 million)',
      'Build on the warehouse receipt pilot and extend it to two more regions.',
    ]);
    expect(fieldsOf(record, 1)).toMatchObject({ responsibleUnit: 'Ministry of Agriculture', timeFrame: '2025' });
  });
});

describe('a section of lessons and recommendations, read closer', () => {
  it('keeps as lessons the items that open with an English word ending like an infinitive, a noun that is also a verb, an infinitive subject or a plain passive', () => {
    const record = extract(
      [
        '# Final Evaluation of the Water Programme',
        '## 6. Lessons learned and recommendations',
        'Gender considerations were not built into the design, and few women joined the water committees.',
        'Under the first phase, procurement delays of up to nine months held back construction.',
        'Support to cooperatives worked best when it was paired with access to credit.',
        'Community ownership should be built from the design phase, as projects that consulted farmer groups saw higher adoption.',
        'The programme should agree a handover plan with the Ministry of Water before the final year.',
        'Sanitation marketing should be extended to the two districts that joined in 2022.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.kind)).toEqual([
      'LESSON_LEARNED',
      'LESSON_LEARNED',
      'LESSON_LEARNED',
      'LESSON_LEARNED',
      'RECOMMENDATION',
      'RECOMMENDATION',
    ]);
    const spanish = extract(
      [
        '# Evaluación final del Programa de Seguridad Alimentaria',
        '## 6. Lecciones aprendidas y recomendaciones',
        'Involucrar a las comunidades desde el diseño favoreció la apropiación de las obras y su mantenimiento.',
        'Fortalecer la coordinación con los gobiernos regionales en la fase de salida del programa.',
        'El programa debería acordar un plan de salida con el Ministerio de Agricultura antes del último año.',
      ].join('\n\n'),
    );
    expect(spanish.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED', 'RECOMMENDATION', 'RECOMMENDATION']);
  });
});

describe('what is no management response, no title break, no item', () => {
  it('an earlier stance told in the past, or asked for with a modal, is the recommendation’s text', () => {
    const record = extract(
      [
        '# Final Evaluation of the Country Programme',
        '## 5. Recommendations',
        '**Recommendation 1: Strengthen the results-based monitoring system.**',
        'UNICEF accepted a similar recommendation after the 2018 evaluation, but the monitoring plan was never revised.',
        '**Recommendation 2: Follow through on audit findings.**',
        'UNDP should fully implement the recommendations accepted after the 2019 audit.',
      ].join('\n\n'),
    );
    expect(record.document.kind).not.toBe('MANAGEMENT_RESPONSE');
    expect(record.insights.map((insight) => fieldsOf(record, record.insights.indexOf(insight))?.managementResponse ?? null)).toEqual([null, null]);
    expect(record.insights[0]!.text).toContain('UNICEF accepted a similar recommendation');
  });

  it('a cover line that opens with a chapter word goes on with the title', () => {
    const record = extract(
      [
        'THEMATIC EVALUATION',
        'LESSONS FROM CASH TRANSFERS',
        'IN THE SAHEL, 2015-2021',
        '',
        'Final Report, June 2022',
        '',
        '1. INTRODUCTION',
        '',
        'This synthesis brings together the findings of 24 evaluations.',
      ].join('\n'),
      'cover.txt',
    );
    expect(record.evaluation?.title).toBe('THEMATIC EVALUATION LESSONS FROM CASH TRANSFERS IN THE SAHEL, 2015-2021');
  });

  it('a question a finding asks itself is dropped and the finding goes on; an earlier review’s recommendations cited in a finding are its text', () => {
    const record = extract(
      [
        '# Terminal Evaluation of the Coastal Resilience Project',
        '## 3. Findings',
        '**Finding 1.** Enrolment rose in all supported districts, but attendance gains faded after the second year.',
        'Why did attendance gains fade?',
        'Interviews point to late food deliveries in the lean season.',
        '**Finding 2.** The project responded to most of the mid-term review recommendations.',
        'Recommendation 1: Revise the results framework to include gender-disaggregated indicators. This was done in 2021.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      [
        'FINDING',
        'Enrolment rose in all supported districts, but attendance gains faded after the second year.\n\nInterviews point to late food deliveries in the lean season.',
      ],
      [
        'FINDING',
        'The project responded to most of the mid-term review recommendations.\n\nRecommendation 1: Revise the results framework to include gender-disaggregated indicators. This was done in 2021.',
      ],
    ]);
  });
});

describe('a table laid out with spaces in a text dump', () => {
  it('joins the lines a row’s cells wrap onto, and reads rows set one blank line apart', () => {
    const wrapped = extract(
      [
        '2. Recommandations clés',
        '',
        '  Questions clés           Recommandation clé                      Responsable      Délai',
        '  1. Exploitation          Déléguer la gestion des adductions      Ministère de     Décembre',
        "                           d'eau à des opérateurs privés locaux.   l'Eau            2023",
        '  2. Suivi                 Mettre à jour la base de données des    Ministère de     Juin 2024',
        "                           points d'eau et la publier.             l'Eau",
      ].join('\n'),
      'dump.txt',
    );
    expect(wrapped.insights.map((insight) => insight.text)).toEqual([
      "Déléguer la gestion des adductions d'eau à des opérateurs privés locaux.",
      "Mettre à jour la base de données des points d'eau et la publier.",
    ]);
    expect(fieldsOf(wrapped, 0)).toMatchObject({ responsibleUnit: "Ministère de l'Eau", timeFrame: 'Décembre 2023' });
    const spaced = extract(
      [
        'ANNEX 1. MANAGEMENT RESPONSE MATRIX',
        '',
        'Recommendation                          Management response      Responsible unit     Timeframe',
        '',
        '1. Strengthen the monitoring system    Accepted                 M&E Unit             2024',
        '',
        '2. Recruit additional midwives         Partially accepted       HR Department        2025',
      ].join('\n'),
      'dump.txt',
    );
    expect(spaced.insights.map((insight) => [insight.text, fieldsOf(spaced, spaced.insights.indexOf(insight))?.managementResponse?.decision])).toEqual([
      ['Strengthen the monitoring system', 'ACCEPTED'],
      ['Recruit additional midwives', 'PARTIALLY_ACCEPTED'],
    ]);
  });
});

describe('tables of items with a description column, and data tables under a finding', () => {
  it('take the short cell as the headline and the description as the text; a table of figures is no part of the finding', () => {
    const described = extract(
      [
        '# Final Evaluation of the Community Stabilization Project in Northeast Nigeria',
        '## Good practices',
        '| Good practice | Description |\n|---|---|\n| Community-led project selection | Communities ranked their own priorities in public meetings. |',
        '## Lessons learned',
        '| Lesson learned | Description |\n|---|---|\n| Security analysis must be updated monthly | Two locations had to be abandoned after access routes became unsafe. |',
      ].join('\n\n'),
    );
    expect(described.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      ['GOOD_PRACTICE', 'Community-led project selection', 'Communities ranked their own priorities in public meetings.'],
      ['LESSON_LEARNED', 'Security analysis must be updated monthly', 'Two locations had to be abandoned after access routes became unsafe.'],
    ]);
    const figures = extract(
      [
        "# Evaluation of UNESCO's Work on Teacher Policy",
        '## 3. Findings',
        '### 3.2 Effectiveness',
        'Eleven countries adopted a national teacher policy with UNESCO support, but only four of them had costed it.',
        '| Criterion | Rating | Comment |\n|---|---|---|\n| Relevance | Highly satisfactory | Strong demand from ministries |\n| Effectiveness | Moderately satisfactory | Policies rarely costed |',
      ].join('\n\n'),
    );
    expect(figures.insights.map((insight) => insight.text)).toEqual([
      'Eleven countries adopted a national teacher policy with UNESCO support, but only four of them had costed it.',
    ]);
  });
});

describe('covers that name the kind of report before its subject', () => {
  const titleOf = (text: string, path = 'cover.txt') => extract(text, path).evaluation?.title ?? null;
  const projectOf = (text: string, path = 'cover.txt') => extract(text, path).project?.title ?? null;

  it('join the kind to a "Title:" or "Project name:" field, and the project is the field', () => {
    const text = [
      '# Project Completion Review',
      "| | |\n|---|---|\n| Title: | Girls' Education Challenge – Transition window, Kenya component |\n| Programme Code: | 203892 |",
      '## Lessons learned',
      '- Bursaries alone do not keep girls in secondary school; combining them with mentoring halved drop-out.',
    ].join('\n\n');
    expect(titleOf(text, 'review.md')).toBe("Project Completion Review: Girls' Education Challenge – Transition window, Kenya component");
    expect(projectOf(text, 'review.md')).toBe("Girls' Education Challenge – Transition window, Kenya component");
  });

  it("join IEG's review kind to the project named in the data table under it", () => {
    const text = [
      '# Implementation Completion Report (ICR) Review',
      '| Project ID | Project Name |\n|---|---|\n| P148972 | KE-Kenya Rural Water Supply and Sanitation Project |',
      '## 12. Lessons',
      'Projects that build infrastructure for newly devolved local governments need to budget for sustained capacity support.',
    ].join('\n\n');
    expect(titleOf(text, 'review.md')).toBe('Implementation Completion Report (ICR) Review: KE-Kenya Rural Water Supply and Sanitation Project');
    expect(extract(text, 'review.md').project?.code).toBe('P148972');
    expect(extract(text, 'review.md').document.kind).toBe('REPORT');
  });

  it('read a lender’s completion report cover, a kind line over its lower-case subject, and a title that names the evaluation before a colon', () => {
    const icr = [
      'Document de la Banque mondiale',
      "RAPPORT DE FIN D'EXÉCUTION ET DE RÉSULTATS",
      '(IDA-58120)',
      'SUR UN CRÉDIT',
      "D'UN MONTANT DE 40 MILLIONS DE DOLLARS",
      'À LA',
      'RÉPUBLIQUE DU SÉNÉGAL',
      'POUR LE',
      "PROJET D'AMÉLIORATION DE LA QUALITÉ DE L'ÉDUCATION DE BASE (PAQEB)",
      '28 juin 2022',
      '',
      'VI. PRINCIPAUX ENSEIGNEMENTS',
      '',
      '62. Le financement basé sur les résultats ne fonctionne que si les indicateurs sont vérifiables.',
    ].join('\n');
    expect(titleOf(icr)).toBe("RAPPORT DE FIN D'EXÉCUTION ET DE RÉSULTATS: PROJET D'AMÉLIORATION DE LA QUALITÉ DE L'ÉDUCATION DE BASE (PAQEB)");
    expect(projectOf(icr)).toBe("PROJET D'AMÉLIORATION DE LA QUALITÉ DE L'ÉDUCATION DE BASE (PAQEB)");
    const french =
      "RAPPORT D'ÉVALUATION\ndu Programme national de nutrition au Niger 2015-2019\n\nVersion finale\n\nConstats\n\nAu Niger, le programme a atteint 40 000 enfants.\n";
    expect(titleOf(french)).toBe("RAPPORT D'ÉVALUATION du Programme national de nutrition au Niger 2015-2019");
    const agency =
      "BANQUE AFRICAINE DE DÉVELOPPEMENT\n\nRAPPORT D'ACHÈVEMENT DE PROJET (RAP)\n\nProjet d'appui à la filière riz dans la vallée du fleuve Niger (PAFIR) – Mali\n\n1. Principaux enseignements tirés\n\nUn diagnostic foncier évite les conflits.\n";
    expect(titleOf(agency)).toBe("RAPPORT D'ACHÈVEMENT DE PROJET (RAP) Projet d'appui à la filière riz dans la vallée du fleuve Niger (PAFIR) – Mali");
    const colon =
      'Independent Final Evaluation: Promoting Decent Work in the Garment Sector of Ethiopia\n\n5. CONCLUSIONS\n\nThe project improved compliance in 42 factories.\n';
    expect(titleOf(colon)).toBe('Independent Final Evaluation: Promoting Decent Work in the Garment Sector of Ethiopia');
  });

  it('take a page header without its page number, and end at a chapter line made of part names only', () => {
    const header = "Rapport d'achèvement de projet – PAEPA-MSU – Tchad                                  Page 14 sur 22";
    const pages = [
      header,
      '',
      '1. Principaux enseignements tirés',
      '',
      'Les études techniques doivent être achevées avant l’approbation.',
      '',
      header.replace('14', '15'),
      '',
      'Une cellule d’exécution réduit les coûts.',
      '',
      header.replace('14', '16'),
      '',
    ].join('\n');
    expect(titleOf(pages)).toBe("Rapport d'achèvement de projet – PAEPA-MSU – Tchad");
    const compound =
      'FINAL EVALUATION OF THE YOUTH EMPLOYMENT\nPROMOTION PROJECT IN NORTHERN GHANA\nEXECUTIVE SUMMARY AND KEY RECOMMENDATIONS\n\nThe project aimed to improve the employability of 12,000 young people.\n';
    expect(titleOf(compound)).toBe('FINAL EVALUATION OF THE YOUTH EMPLOYMENT PROMOTION PROJECT IN NORTHERN GHANA');
  });
});

describe('text dumps of reports with numbered paragraphs and run-in headings', () => {
  it('drop the paragraph numbers, make each point under a numbered lead-in a recommendation, and read a criterion line over its text as a heading', () => {
    const record = extract(
      [
        'III. RESULTADOS DEL PROGRAMA',
        '',
        '3.1   La cobertura de alcantarillado en Asunción aumentó solo del 28% al 31%, muy por debajo de la meta del',
        '      45%.',
        '',
        'B.    Recomendaciones',
        '',
        '4.3   Sobre la base de estos hallazgos, OVE recomienda a la Administración del BID:',
        '',
        '      1. Concentrar la estrategia de país en un número menor de sectores.',
        '',
        '      2. Acompañar las operaciones de inversión en agua con apoyo técnico para la reforma tarifaria.',
        '',
        '      3. Fortalecer los equipos de supervisión en la Representación.',
      ].join('\n'),
      'ove.txt',
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['FINDING', 'La cobertura de alcantarillado en Asunción aumentó solo del 28% al 31%, muy por debajo de la meta del 45%.'],
      ['RECOMMENDATION', 'Concentrar la estrategia de país en un número menor de sectores.'],
      ['RECOMMENDATION', 'Acompañar las operaciones de inversión en agua con apoyo técnico para la reforma tarifaria.'],
      ['RECOMMENDATION', 'Fortalecer los equipos de supervisión en la Representación.'],
    ]);
    const fiche = extract(
      [
        'PERFORMANCES DU PROJET',
        '',
        'Pertinence',
        "Le projet répondait à un besoin prioritaire et s'inscrivait dans le programme sectoriel eau.",
        '',
        'Efficacité',
        'Les ouvrages ont été réalisés, mais seuls 1 900 des 3 000 branchements sociaux prévus ont été posés.',
      ].join('\n'),
      'fiche.txt',
    );
    expect(fiche.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['FINDING', "Le projet répondait à un besoin prioritaire et s'inscrivait dans le programme sectoriel eau."],
      ['FINDING', 'Les ouvrages ont été réalisés, mais seuls 1 900 des 3 000 branchements sociaux prévus ont été posés.'],
    ]);
  });

  it('keep an item whose label hangs before its text one blank line from the next, and justified sentences, out of tables', () => {
    const hanging = extract(
      'FINAL EVALUATION OF THE WATER PROGRAMME IN MALI\n\n4. RECOMMENDATIONS\n\nR1      Delegate the management of water schemes to local private operators.\n\nR2      Update the national water point database every year and publish it.\n',
      'dump.txt',
    );
    expect(hanging.insights.map((insight) => insight.text)).toEqual([
      'Delegate the management of water schemes to local private operators.',
      'Update the national water point database every year and publish it.',
    ]);
    const justified = extract(
      'FINAL EVALUATION OF THE WATER PROGRAMME IN MALI\n\n2. FINDINGS\n\nFinding 1. Water points were built on time in Kayes but not in Koulikoro.\n\nThe contractor in   Koulikoro went bankrupt in 2021   and the works stopped for nine months.\n\nThe district   water office did not have the staff   to supervise the replacement contractor.\n',
      'dump.txt',
    );
    expect(justified.insights[0]!.text).toContain('The contractor in Koulikoro went bankrupt in 2021');
  });
});

describe('addressees, stances and labels, read closer', () => {
  it('drop the article of an addressee heading and know an embassy as an institution', () => {
    const record = extract(
      [
        '# Evaluation of the Swedish Support to the Civil Society Programme in Cambodia',
        '## Recommendations',
        '**To the Embassy of Sweden:**',
        '1. Continue core support for a further phase of four years.',
        '**À l’AFD :**',
        '2. Conditionner les prochains financements à l’adoption d’un calendrier de révision tarifaire.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.addressees.map((actor) => actor.asWritten))).toEqual([['Embassy of Sweden'], ['AFD']]);
    const subject = extract(
      '# Evaluation of the Danish Support to the Water Sector in Ghana\n\n## Recommendations\n\n1. The Embassy in Accra should document the experience of the sector programme.\n',
    );
    expect(addresseesOf(subject, 0)).toEqual(['Embassy in Accra']);
  });

  it('read "Not agreed" as a rejection and the action owner and deadline of an action plan as who and when', () => {
    const record = extract(
      [
        '# Management response to the evaluation of the nutrition programme in Niger',
        '| # | Recommendation | Management response | Actions to be taken | Action owner | Action deadline |\n|---|---|---|---|---|---|\n| 1 | Integrate MAM treatment into the health information system. | Agreed | Support the ministry to add MAM indicators | Country Office | June 2023 |\n| 2 | Phase out blanket supplementary feeding. | Not agreed | Blanket feeding remains necessary during the lean season | Country Office | — |',
      ].join('\n\n'),
    );
    expect(fieldsOf(record, 0)?.managementResponse).toMatchObject({
      decision: 'ACCEPTED',
      keyActions: 'Support the ministry to add MAM indicators',
      who: 'Country Office',
    });
    expect(fieldsOf(record, 1)?.managementResponse?.decision).toBe('REJECTED');
  });

  it('take a stance whose sentence asks something after it, and a stance on this recommendation in the past', () => {
    const record = extract(
      [
        '# Final Evaluation of the Country Programme',
        '## 5. Recommendations',
        '**Recommendation 1: Strengthen the results-based monitoring system.**',
        'Management agrees with this recommendation, which must be implemented jointly with the Ministry of Health. The office will revise its monitoring plan.',
        '**Recommendation 2: Improve coordination with government counterparts.**',
        'Management agreed with this recommendation. Quarterly meetings will be held with the line ministries.',
      ].join('\n\n'),
    );
    expect(fieldsOf(record, 0)?.managementResponse?.decision).toBe('ACCEPTED');
    expect(fieldsOf(record, 1)?.managementResponse).toMatchObject({
      decision: 'ACCEPTED',
      response: 'Quarterly meetings will be held with the line ministries.',
    });
  });

  it('give a label line’s single part as a field, and open a recommendation labelled in a findings section unless it cites an earlier review', () => {
    const parts = extract(
      [
        '# Final Evaluation of the Maternal Health Programme in Malawi',
        '## 5. Recommendations',
        '**Recommendation 1 – Priority: High**',
        'Scale up the maternity waiting homes to all district hospitals.',
        '**Recommendation 2 – Responsible: Ministry of Health**',
        'Revise the referral guidelines for obstetric emergencies.',
      ].join('\n\n'),
    );
    expect(parts.insights.map((insight) => [insight.headline, insight.text])).toEqual([
      [null, 'Scale up the maternity waiting homes to all district hospitals.'],
      [null, 'Revise the referral guidelines for obstetric emergencies.'],
    ]);
    expect(fieldsOf(parts, 0)?.priority).toBe('High');
    expect(fieldsOf(parts, 1)?.responsibleUnit).toBe('Ministry of Health');
    const findings = extract(
      [
        '# Evaluation of the Humanitarian Coordination Function in South Sudan',
        '## 3. Findings',
        '**Finding 1.** Needs data were collected by each cluster separately, with no common baseline.',
        '**Recommendation 2:** The Inter-Cluster Coordination Group should agree a common needs assessment for the 2025 cycle.',
        '**Finding 2.** The project responded to most of the mid-term review recommendations.',
        '**Recommendation 1:** Revise the results framework. This was done in 2021.',
      ].join('\n\n'),
    );
    expect(findings.insights.map((insight) => [insight.kind, insight.headline])).toEqual([
      ['FINDING', null],
      ['RECOMMENDATION', null],
      ['FINDING', null],
    ]);
    expect(findings.insights[2]!.text).toContain('This was done in 2021.');
  });

  it('end a finding at a numbered question and keep Spanish and French infinitive recommendations with a subordinate clause', () => {
    const questions = extract(
      [
        '# Final Evaluation of the School Feeding Programme in Niger',
        '## 3. Findings',
        '**Finding 1.** The programme was aligned with the national education sector plan.',
        'Q2. How did the programme adapt its delivery to the COVID-19 school closures?',
        'Take-home rations replaced school meals from April to September 2020.',
      ].join('\n\n'),
    );
    expect(questions.insights[0]!.text).toBe('The programme was aligned with the national education sector plan.');
    const mixed = extract(
      [
        '# Evaluación final del Programa de Empleo Juvenil en Perú',
        '## 6. Lecciones aprendidas y recomendaciones',
        'Trabajar con los centros de formación existentes redujo los costos y mejoró la apropiación.',
        'Asegurar la sostenibilidad financiera del programa, dado que el presupuesto público es limitado.',
        'Incluir indicadores de género en el sistema de seguimiento.',
        'Support the Ministry of Employment in setting up a youth employment observatory.',
      ].join('\n\n'),
    );
    expect(mixed.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED', 'RECOMMENDATION', 'RECOMMENDATION', 'RECOMMENDATION']);
  });
});

describe('what the closer reading must not break', () => {
  it('a job title in a "Title:" row is no subject; an accepted response that mentions a refusal stays accepted', () => {
    const job = extract(
      [
        '# Final Evaluation of the Climate-Resilient Agriculture Project in Malawi',
        '## Evaluation management',
        '| | |\n|---|---|\n| Evaluation manager: | Jane Banda |\n| Title: | Senior Evaluation Officer, UNDP Malawi |',
        '## Recommendations',
        '1. Extend the conservation agriculture package to the two northern districts.',
      ].join('\n\n'),
    );
    expect(job.evaluation?.title).toBe('Final Evaluation of the Climate-Resilient Agriculture Project in Malawi');
    const responses = extract(
      [
        '# Management response to the evaluation of the Resilience Programme in Ethiopia',
        '| # | Recommendation | Management response | Responsible |\n|---|---|---|---|\n| 1 | Establish a pooled fund for early action. | Accepted. The pooled fund option is not supported by all donors yet. | Country Office |\n| 2 | Integrate solid waste management into the urban component. | Agreed. Refuse collection will be added to the cash-for-work activities. | Country Office |\n| 3 | Extend the programme to Afar. | Aceptada parcialmente. | Country Office |',
      ].join('\n\n'),
    );
    expect(responses.insights.map((_, at) => fieldsOf(responses, at)?.managementResponse?.decision)).toEqual(['ACCEPTED', 'ACCEPTED', 'PARTIALLY_ACCEPTED']);
  });

  it('a topic that is a part name keeps its recommendation; a short recommendation keeps its trailing deadline as a field; a quantity is no paragraph number', () => {
    const record = extract(
      [
        '# Final Evaluation of the Maternal Health Programme in Malawi',
        '## 5. Recommendations',
        '**Recommendation 4 – Accountability: Strengthen feedback mechanisms for affected populations in all districts.**',
        'Recommendation 5 – Timing: Start the second phase procurement six months before the end of the first phase.',
        'Recommendation 6 – Recruit a gender specialist (Time frame for implementation: 6 months)',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'Accountability: Strengthen feedback mechanisms for affected populations in all districts.',
      'Timing: Start the second phase procurement six months before the end of the first phase.',
      'Recruit a gender specialist',
    ]);
    expect(fieldsOf(record, 2)?.timeFrame).toBe('6 months');
    const quantity = extract(
      'FINAL EVALUATION OF THE ENERGY PROGRAMME IN KENYA\n\n3. FINDINGS\n\n2.5 MW of solar capacity was added against a target of 3 MW.\n',
      'dump.txt',
    );
    expect(quantity.insights[0]!.text).toBe('2.5 MW of solar capacity was added against a target of 3 MW.');
  });

  it('a two-column table laid out with spaces, and mixed lessons whose subject is a noun or an infinitive with a relative clause', () => {
    const table = extract(
      [
        'MID-TERM EVALUATION OF THE NUTRITION PROGRAMME IN CHAD',
        '',
        '4. RECOMMENDATIONS AND MANAGEMENT RESPONSE',
        '',
        'Recommendation                                    Management response',
        '',
        'Integrate MAM treatment into the health           Accepted. The office will support the',
        'information system.                               ministry to add MAM indicators.',
        '',
        'Phase out blanket supplementary feeding.          Not accepted. Blanket feeding remains',
        '                                                  necessary during the lean season.',
      ].join('\n'),
      'dump.txt',
    );
    expect(table.insights.map((insight, at) => [insight.text, fieldsOf(table, at)?.managementResponse?.decision])).toEqual([
      ['Integrate MAM treatment into the health information system.', 'ACCEPTED'],
      ['Phase out blanket supplementary feeding.', 'REJECTED'],
    ]);
    const mixed = extract(
      [
        '# Evaluación final del Programa de Desarrollo Rural en Honduras',
        '## 6. Lecciones aprendidas y recomendaciones',
        'Contar con un equipo técnico que conoce la zona es clave para la adopción de las prácticas.',
        'Fortalecer la coordinación con las alcaldías en la fase de cierre.',
        'Focus group discussions showed that women valued the savings groups most.',
        'Set up costs of the savings groups were higher than budgeted.',
      ].join('\n\n'),
    );
    expect(mixed.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED', 'RECOMMENDATION', 'LESSON_LEARNED', 'LESSON_LEARNED']);
  });
});

describe('a section of conclusions and lessons', () => {
  it('makes the statements that say what should or can be done lessons, and the others findings', () => {
    const record = extract(
      [
        'CONCLUSIONS ET ENSEIGNEMENTS',
        '',
        'Le projet a amélioré l’accès à l’eau potable dans les quartiers desservis.',
        '',
        'Les branchements sociaux doivent être financés et programmés dès la conception, sans quoi les ménages pauvres ne bénéficient pas des ouvrages.',
      ].join('\n'),
      'fiche.txt',
    );
    expect(record.insights.map((insight) => insight.kind)).toEqual(['FINDING', 'LESSON_LEARNED']);
  });
});

describe('a Spanish completion report cover', () => {
  it('gives the report’s kind and the project it was for', () => {
    const record = extract(
      [
        'Documento del Banco Mundial',
        '',
        'INFORME DE TERMINACIÓN Y RESULTADOS DE LA EJECUCIÓN',
        '(BIRF-8123)',
        '',
        'SOBRE UN',
        '',
        'PRÉSTAMO',
        '',
        'A LA',
        '',
        'REPÚBLICA DEL PERÚ',
        '',
        'PARA EL',
        '',
        'PROYECTO DE MEJORAMIENTO DE LA CALIDAD EDUCATIVA',
        '',
        '15 de marzo de 2021',
        '',
        'V. LECCIONES APRENDIDAS',
        '',
        'La coordinación con los gobiernos regionales fue decisiva para la ejecución de las obras.',
      ].join('\n'),
      'icr.txt',
    );
    expect(record.evaluation?.title).toBe('INFORME DE TERMINACIÓN Y RESULTADOS DE LA EJECUCIÓN: PROYECTO DE MEJORAMIENTO DE LA CALIDAD EDUCATIVA');
    expect(record.project?.title).toBe('PROYECTO DE MEJORAMIENTO DE LA CALIDAD EDUCATIVA');
  });
});

describe('a follow-up matrix under the recommendations', () => {
  it('gives its fields to the body’s fuller statements, also to one the matrix abridges to its opening words', () => {
    const record = extract(
      [
        '# Final Evaluation of the Primary Health Care Project in Honduras',
        '## 4. Recommendations',
        '1. Include the salaries of the family health teams in the national budget from 2024, so that the teams no longer depend on project funds.\n2. Accompany the financial transition for two years with decreasing funding from the donors.',
        '### Follow-up matrix',
        '| Recommendation | Responsible actor | Timeframe |\n|---|---|---|\n| 1. Include team salaries in the national budget | Ministry of Health | Short term |\n| 2. Accompany the financial transition | AECID, PAHO | Short term |',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight, at) => [insight.text, fieldsOf(record, at)?.responsibleUnit])).toEqual([
      [
        'Include the salaries of the family health teams in the national budget from 2024, so that the teams no longer depend on project funds.',
        'Ministry of Health',
      ],
      ['Accompany the financial transition for two years with decreasing funding from the donors.', 'AECID, PAHO'],
    ]);
  });
});

describe("a management's answers written as prose", () => {
  it('give each recommendation named by number its decision and the sentences up to the next answer', () => {
    const record = extract(
      [
        '# Thematic Review of School Feeding Procurement',
        '## Recommendations',
        '1. Set a minimum share of local purchases in every country strategic plan.\n2. Revise the supplier vetting procedure so that smallholder cooperatives can qualify.\n3. Publish procurement data quarterly on the open data portal.',
        '## Management Response',
        'Management welcomes the review. The Secretariat agrees with Recommendation 1 and will include a minimum share in the 2025 planning guidance. The Secretariat partially agrees with Recommendation 2: vetting rules protect against fraud. Only the documentation requirements will be simplified. Management does not agree with Recommendation 3, as quarterly publication would duplicate the annual report.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight, at) => [insight.text.slice(0, 30), fieldsOf(record, at)?.managementResponse])).toEqual([
      [
        'Set a minimum share of local p',
        { decision: 'ACCEPTED', response: 'The Secretariat agrees with Recommendation 1 and will include a minimum share in the 2025 planning guidance.' },
      ],
      [
        'Revise the supplier vetting pr',
        {
          decision: 'PARTIALLY_ACCEPTED',
          response:
            'The Secretariat partially agrees with Recommendation 2: vetting rules protect against fraud. Only the documentation requirements will be simplified.',
        },
      ],
      [
        'Publish procurement data quart',
        { decision: 'REJECTED', response: 'Management does not agree with Recommendation 3, as quarterly publication would duplicate the annual report.' },
      ],
    ]);
  });

  it('in French and Spanish, one answer for several numbers, and not a stance told of an earlier review', () => {
    const french = extract(
      [
        '# Évaluation du programme d’appui à la décentralisation',
        '## Recommandations',
        '1. Renforcer les capacités financières des communes rurales.\n2. Créer un observatoire national de la décentralisation.',
        '## Réponse de la direction',
        'Elle accepte la recommandation 1 et lancera un programme de formation en 2025. Elle rejette la recommandation 2, un observatoire existant déjà au ministère.',
      ].join('\n\n'),
    );
    expect(french.insights.map((_, at) => fieldsOf(french, at)?.managementResponse?.decision)).toEqual(['ACCEPTED', 'REJECTED']);
    const spanish = extract(
      [
        '# Evaluación del programa de agua potable rural',
        '## Recomendaciones',
        '1. Fortalecer las juntas administradoras de agua.\n2. Incorporar la tarifa social en los reglamentos municipales.\n3. Crear un sistema de monitoreo de la calidad del agua.',
        '## Respuesta de la gerencia',
        'La gerencia acepta las recomendaciones 1 y 3 y las incluirá en el plan operativo de 2025.',
        'La recomendación 4 de la evaluación de 2019 fue aceptada y está cerrada.',
      ].join('\n\n'),
    );
    expect(spanish.insights.map((_, at) => fieldsOf(spanish, at)?.managementResponse?.decision)).toEqual(['ACCEPTED', undefined, 'ACCEPTED']);
    expect(spanish.insights).toHaveLength(3);
  });
});

describe('an Asian Development Bank validation report as a text dump', () => {
  it('ends the follow-up recommendations at "VI.  OTHERS", and addresses each element of "X should (i) …, and (ii) …" to X', () => {
    const record = extract(
      [
        'V.      ISSUES, LESSONS, AND FOLLOW-UP ACTIONS',
        '',
        'C.      Recommendations for Follow-Up',
        '',
        "7.      ADB's South Asia Department should (i) follow up with the ministry on the approval of a",
        'cost-recovery water tariff for Thimphu by 2019, and (ii) request the city corporation to report',
        'annually on unaccounted-for water.',
        '',
        'VI.     OTHERS',
        '',
        'A.      Quality of PCR',
        '',
        '8.      The PCR is rated satisfactory. It was candid and well organized.',
      ].join('\n'),
      'pvr.txt',
    );
    expect(record.insights.map((insight, at) => [insight.kind, insight.text.slice(0, 30), addresseesOf(record, at)])).toEqual([
      ['RECOMMENDATION', 'follow up with the ministry on', ["ADB's South Asia Department"]],
      ['RECOMMENDATION', 'request the city corporation t', ["ADB's South Asia Department"]],
    ]);
  });
});

describe('the countries concerned, when neither a box nor the title names them', () => {
  it('are not the country of one town named once (where the report was signed)', () => {
    const record = extract(
      [
        '# Thematic Review of Community Systems Strengthening',
        'Final Report — Position Paper, Geneva, March 2021',
        '## Findings',
        'Community-led monitoring was funded in 34 of 45 reviewed grants, but budgets were small and often cut during grant-making.',
      ].join('\n\n'),
    );
    expect(record.project?.countries ?? []).toEqual([]);
  });
});

describe('criterion labels in bold over a sentence in lower case (briefs)', () => {
  it('are findings with the criterion as headline, under a performance assessment too', () => {
    const record = extract(
      [
        '# Emplois verts pour les jeunes au Sénégal : évaluation finale',
        '## Appréciation de la performance',
        "**Pertinence :** le projet s'inscrivait dans la Stratégie nationale de l'emploi et répondait à la demande des communes.",
        '**Efficience :** les retards de décaissement ont réduit de quatre mois la durée effective de la phase de formation.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.headline])).toEqual([
      ['FINDING', 'Pertinence'],
      ['FINDING', 'Efficience'],
    ]);
  });
});

describe('a findings chapter with a lessons sub-section', () => {
  it('keeps its own paragraphs as findings', () => {
    const record = extract(
      [
        '# Findings',
        'The facility helped four countries obtain accreditation to the Green Climate Fund, but only one has yet submitted a funding proposal.',
        'Accredited entities in Fiji and Samoa now employ their own proposal officers, paid from national budgets since 2022.',
        '## Lessons learned',
        'Readiness support works best when a national entity is accredited early and the facility funds its staff for the first proposal.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.kind)).toEqual(['FINDING', 'FINDING', 'LESSON_LEARNED']);
  });
});

describe('labelled recommendations under "Conclusions and recommendations"', () => {
  it('are one each, even when one says something "remains"; a label names its addressee in parentheses; a bold title of eleven words is the headline', () => {
    const record = extract(
      [
        '## Conclusions and recommendations',
        '**Recommendation 1 (Ministry of Water and Sanitation):** The Ministry should track participants six and twelve months after training.',
        '**Recommendation 2:** The Sector should target First Nations communities more, where participation remains low.',
        '**Recommendation 3: Associate the heads of village groups with the choice of sites for the mobile schools.** UNICEF should convene them before each school year.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight, at) => [insight.headline, insight.text.slice(0, 24), addresseesOf(record, at)])).toEqual([
      [null, 'The Ministry should trac', ['Ministry of Water and Sanitation']],
      [null, 'The Sector should target', []],
      ['Associate the heads of village groups with the choice of sites for the mobile schools', 'UNICEF should convene th', ['UNICEF']],
    ]);
  });

  it('addressed to a group of institutions in Spanish ("A las instituciones socias:")', () => {
    const record = extract(
      [
        '## Recomendaciones',
        'A la AECID:',
        '- Extender la duración de las intervenciones de gobernanza a un mínimo de cuatro años.',
        'A las instituciones socias:',
        '- Designar un punto focal para cada línea de trabajo y asegurar su continuidad.',
      ].join('\n\n'),
    );
    expect(record.insights.map((_, at) => addresseesOf(record, at))).toEqual([['AECID'], ['instituciones socias']]);
  });
});

describe('a recommendations table and a management-response matrix', () => {
  it("keep the recommendation's responsible and time frame apart from the response's unit and deadline", () => {
    const record = extract(
      [
        '# Final Evaluation of the Climate-Resilient Livelihoods Project',
        '## 5. Recommendations',
        '| No. | Recommendation | Responsible | Priority | Timeframe |\n|---|---|---|---|---|\n| 1 | Link the village savings groups to microfinance institutions so that the best groups can access larger loans. | UNDP; Reserve Bank of Malawi | Medium | 2024–2025 |',
        '## Annex 1. Management response',
        '| Recommendation | Management response | Key actions | Responsible unit | Deadline |\n|---|---|---|---|---|\n| 1. Link the savings groups to microfinance institutions. | Accepted | Sign a memorandum with two microfinance institutions. | Resilience Unit | March 2025 |',
      ].join('\n\n'),
    );
    expect(record.insights).toHaveLength(1);
    expect(fieldsOf(record, 0)).toMatchObject({
      responsibleUnit: 'UNDP; Reserve Bank of Malawi',
      timeFrame: '2024–2025',
      managementResponse: { decision: 'ACCEPTED', who: 'Resilience Unit', dueDate: '2025-03' },
    });
  });
});

describe("a Canada.ca action plan: one table per recommendation, a part's name in each row's first cell", () => {
  it('gives each recommendation its decision, actions, responsible and date', async () => {
    const row = (name: string, value: string) => `<tr><th scope="row">${name}</th><td>${value}</td></tr>`;
    const html = [
      '<html lang="en"><body><main><h1>Evaluation of the Indigenous Early Learning Program</h1>',
      '<h2>Recommendations</h2><ol><li>Develop culturally adapted outcome measures with Indigenous organizations.</li>',
      '<li>Extend multi-year funding agreements to all eligible recipients.</li></ol>',
      '<h2>Management response and action plan</h2>',
      '<h3>Recommendation 1</h3><table>',
      row('Management response', 'Management agrees with the recommendation.'),
      row('Planned action', 'Create a joint working group to design the tools.'),
      row('Responsible', 'Director General, Learning Branch'),
      row('Expected completion date', 'March 2026'),
      '</table><h3>Recommendation 2</h3><table>',
      row('Management response', 'Management partially agrees with the recommendation.'),
      row('Planned action', 'Propose a five-year agreement template at renewal.'),
      '</table></main></body></html>',
    ].join('');
    const record = extractRecord(await readDocumentBytes(Buffer.from(html), 'mrap.html'));
    expect(record.insights.map((insight, at) => [insight.text.slice(0, 20), fieldsOf(record, at)?.managementResponse])).toEqual([
      [
        'Develop culturally a',
        {
          decision: 'ACCEPTED',
          response: 'Management agrees with the recommendation.',
          keyActions: 'Create a joint working group to design the tools.',
          who: 'Director General, Learning Branch',
          dueDate: '2026-03',
        },
      ],
      [
        'Extend multi-year fu',
        {
          decision: 'PARTIALLY_ACCEPTED',
          response: 'Management partially agrees with the recommendation.',
          keyActions: 'Propose a five-year agreement template at renewal.',
        },
      ],
    ]);
  });
});

describe('a management-response matrix whose decision is a mark in one of three columns', () => {
  it('gives the decision the marked column names, and no "X" as a value', async () => {
    const html = [
      '<html lang="es"><body><h2>Matriz de respuesta de la gerencia</h2><table>',
      '<tr><th rowspan="2">Recomendación</th><th colspan="3">Respuesta</th><th rowspan="2">Acciones a emprender</th><th rowspan="2">Responsable</th></tr>',
      '<tr><th>Aceptada</th><th>Parcialmente aceptada</th><th>No aceptada</th></tr>',
      '<tr><td>1. Fortalecer las capacidades de las asociaciones de productores en gestión comercial.</td><td>X</td><td></td><td></td><td>Contratar asistencia técnica para 20 asociaciones.</td><td>Unidad de proyecto</td></tr>',
      '<tr><td>2. Crear un fondo rotatorio para la compra de insumos.</td><td></td><td>X</td><td></td><td>Estudiar la viabilidad del fondo con la banca pública.</td><td>X</td></tr>',
      '<tr><td>3. Ampliar el proyecto a tres nuevas provincias.</td><td></td><td></td><td>X</td><td>No se prevén acciones.</td><td>–</td></tr>',
      '</table></body></html>',
    ].join('');
    const record = extractRecord(await readDocumentBytes(Buffer.from(html), 'matriz.html'));
    expect(record.insights.map((_, at) => fieldsOf(record, at)?.managementResponse)).toEqual([
      { decision: 'ACCEPTED', keyActions: 'Contratar asistencia técnica para 20 asociaciones.', who: 'Unidad de proyecto' },
      { decision: 'PARTIALLY_ACCEPTED', keyActions: 'Estudiar la viabilidad del fondo con la banca pública.' },
      { decision: 'REJECTED', keyActions: 'No se prevén acciones.' },
    ]);
  });
});

describe('an executive summary whose recommendations have a heading each', () => {
  it('keeps the sub-headings under the recommendations it runs through, past a summary of its method', () => {
    const record = extract(
      [
        '# Evaluation of the Pastoral Education Programme',
        '## Executive summary',
        'This evaluation covers the programme from 2019 to 2023.',
        '## Findings',
        'Finding 1: The programme responded to the priorities of partner governments.',
        '### Summary of the evaluation methodology',
        'The evaluation reviewed 48 projects and conducted 112 interviews.',
        '## Recommendations',
        '### Recommendation 1',
        'The Division should develop a strategy to reach pastoralist communities.',
        '### Recommendation 2',
        'The Ministry should adopt a flexible programming approach in insecure areas.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.kind)).toEqual(['FINDING', 'RECOMMENDATION', 'RECOMMENDATION']);
  });
});

describe('a bold title after the recommendations’ bullets, over running text', () => {
  it('is another matter: its text joins no recommendation', () => {
    const record = extract(
      [
        '## Recomendaciones',
        '- Cuantificar la población potencial y objetivo de cada tipo de beca con base en datos.',
        '- Elaborar una estrategia de cobertura de mediano plazo que priorice a estudiantes.',
        '**Avances en las acciones de mejora**',
        'En 2022 el programa concluyó dos de los tres Aspectos Susceptibles de Mejora comprometidos.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'Cuantificar la población potencial y objetivo de cada tipo de beca con base en datos.',
      'Elaborar una estrategia de cobertura de mediano plazo que priorice a estudiantes.',
    ]);
  });
});

describe('a box titled only by its kind', () => {
  it('"Box 3: Lesson learned" over its paragraph is a lesson', () => {
    const record = extract(
      [
        '# Findings',
        '## Efficiency',
        'Management costs fell from 14 to 9 per cent of expenditure between 2019 and 2022.',
        '**Box 3: Lesson learned**',
        'Pooling procurement across health and education saved time only once both ministries agreed a common approval process.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text.slice(0, 20)])).toEqual([
      ['FINDING', 'Management costs fel'],
      ['LESSON_LEARNED', 'Pooling procurement '],
    ]);
  });
});

describe('an action plan without a response column', () => {
  it("takes the decision from the actions' opening stance (« La direction est d'accord. … »), not from an imperative", () => {
    const record = extract(
      [
        '## Réponse et plan d’action de la direction',
        '| Recommandation | Mesures | Responsable | Échéance |\n|---|---|---|---|\n| 1. Le Secteur devrait mettre en place un suivi des participants après la formation. | La direction est d’accord. Un questionnaire de suivi sera intégré aux ententes. | Directeur général | Juin 2025 |\n| 2. Le Secteur devrait cibler davantage les communautés des Premières Nations. | Agree on a common protocol with partners. | Directeur général | Mars 2026 |',
      ].join('\n\n'),
    );
    expect(record.insights.map((_, at) => fieldsOf(record, at)?.managementResponse?.decision)).toEqual(['ACCEPTED', undefined]);
  });
});

describe('a title that names its report by kind', () => {
  it('keeps "synthesis report" whole, and drops a plain trailing "Final report"', () => {
    const titleOf = (title: string) =>
      extract([`# ${title}`, '## Findings', 'The programme reached 1.2 million girls, 40 per cent more than planned.'].join('\n\n')).evaluation?.title;
    expect(titleOf("Evaluation of the Girls' Education Challenge Phase II: synthesis report")).toBe(
      "Evaluation of the Girls' Education Challenge Phase II: synthesis report",
    );
    expect(titleOf('Evaluation of the Rural Roads Programme – Final report')).toBe('Evaluation of the Rural Roads Programme');
  });
});

describe('a bold lead that names whom a recommendation is for', () => {
  it('is its addressee, not its headline', () => {
    const record = extract(
      [
        '## Recomendaciones',
        '**A la AECID:** prever en futuros programas una fase de acompañamiento posterior a la obra de al menos dos años.',
        '**Al Ministerio de Obras Públicas:** establecer un mecanismo de asistencia técnica permanente para las juntas de saneamiento.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight, at) => [insight.headline, addresseesOf(record, at)])).toEqual([
      [null, ['AECID']],
      [null, ['Ministerio de Obras Públicas']],
    ]);
  });
});

describe('a box ended by a thematic break (a Word box made as a one-cell table)', () => {
  it('ends there: the paragraph after it is the finding’s again', () => {
    const record = extract(
      [
        '# Findings',
        '## Effectiveness',
        'The partnership met most of its outcomes.',
        '**Box 2: Good practice – joint supervision visits**',
        'District health teams visited clinics together each quarter.',
        '---',
        'Coordination with other donors improved after 2021, when a joint working group was set up.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['FINDING', 'The partnership met most of its outcomes.\n\nCoordination with other donors improved after 2021, when a joint working group was set up.'],
      ['GOOD_PRACTICE', 'District health teams visited clinics together each quarter.'],
    ]);
  });
});

describe("a brief's product line in capitals above its title", () => {
  it('is no title, also letter-spaced: the heading under it is', () => {
    for (const kicker of ['IEG PRÉCIS · PROJECT PERFORMANCE ASSESSMENT', 'I E G P R É C I S · P R O J E C T P E R F O R M A N C E A S S E S S M E N T']) {
      const record = extract(
        [
          kicker,
          '# Rural Water Supply and Sanitation Project in Nepal',
          'The project (2014–2021, US$ 80 million) sought to increase access to safe water in 28 hill districts.',
          '## What worked',
          'Community user committees built and ran 1,450 schemes.',
        ].join('\n\n'),
      );
      expect(record.evaluation?.title).toBe('Rural Water Supply and Sanitation Project in Nepal');
    }
  });
});

describe('an ILO project code', () => {
  it('names the country concerned when nothing else does ("SEN/16/03/LUX"), not a region\'s ("RAF/17/08/NOR")', () => {
    const countriesOf = (code: string) =>
      extract(
        [
          `# Évaluation finale indépendante du projet « Emplois verts pour les jeunes » (${code})`,
          '## Constats',
          'Le projet a formé 1 250 jeunes aux métiers de la gestion des déchets, dont 38 % de femmes.',
        ].join('\n\n'),
      ).project?.countries.map((country) => country.iso3) ?? [];
    expect(countriesOf('SEN/16/03/LUX')).toEqual(['SEN']);
    expect(countriesOf('RAF/17/08/NOR')).toEqual([]);
  });
});

describe("a table of records (UNEP's and GEF's recommendation and lesson tables)", () => {
  it('gives one item per labelled row, its explanation joined and its labelled rows as fields', () => {
    const record = extract(
      [
        '# Terminal Evaluation of the Nile Basin Wetlands Project',
        '## B. Lessons learned',
        '| Lesson Learned #1: | Where national wetland inventories do not exist, a project needs a long inception phase. |',
        '|---|---|',
        '| Context/comment: | The project set targets before the inventory was complete; they were revised twice. |',
        '## C. Recommendations',
        '| Recommendation #1: | UNEP should include a costed inception phase in future wetland projects. |',
        '|---|---|',
        '| Challenge/problem to be addressed by the recommendation: | Targets set without baselines had to be revised twice. |',
        '| Priority Level: | Critical |',
        '| Type of Recommendation | Project Level |',
        '| Responsibility: | UNEP Ecosystems Division |',
        '| Proposed implementation time-frame: | Project design stage of future projects |',
        '| Recommendation #2: | The Secretariat should adopt a financing plan for the monitoring network. |',
        '| Priority Level: | Important |',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      [
        'LESSON_LEARNED',
        'Where national wetland inventories do not exist, a project needs a long inception phase.\n\nThe project set targets before the inventory was complete; they were revised twice.',
      ],
      ['RECOMMENDATION', 'UNEP should include a costed inception phase in future wetland projects.\n\nTargets set without baselines had to be revised twice.'],
      ['RECOMMENDATION', 'The Secretariat should adopt a financing plan for the monitoring network.'],
    ]);
    expect(fieldsOf(record, 1)).toEqual({
      priority: 'Critical',
      responsibleUnit: 'UNEP Ecosystems Division',
      timeFrame: 'Project design stage of future projects',
    });
    expect(fieldsOf(record, 2)).toEqual({ priority: 'Important' });
  });

  it('joins a labelled explanation under an item to its text, in a text dump too', () => {
    const record = extract(
      [
        'B. Lessons learned',
        'Lesson Learned #1: Where national wetland inventories do not exist, a project needs a long inception phase.',
        'Context/comment: The project set targets before the inventory was complete; they were revised twice.',
        'Lesson Learned #2: Transboundary projects benefit from a rotating chairmanship of the steering committee.',
        'Context/comment: Rotation between Uganda, Kenya and Tanzania sustained participation.',
      ].join('\n\n'),
      'dump.txt',
    );
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      [
        'LESSON_LEARNED',
        null,
        'Where national wetland inventories do not exist, a project needs a long inception phase.\n\nThe project set targets before the inventory was complete; they were revised twice.',
      ],
      [
        'LESSON_LEARNED',
        null,
        'Transboundary projects benefit from a rotating chairmanship of the steering committee.\n\nRotation between Uganda, Kenya and Tanzania sustained participation.',
      ],
    ]);
  });
});

describe("CONEVAL's strengths, opportunities, weaknesses and threats table", () => {
  it('gives the weakness a row states as a finding and its recommendation, under the full heading', () => {
    const record = extract(
      [
        '# Evaluación de Consistencia y Resultados del Programa de Vivienda',
        '## Análisis de Fortalezas, Oportunidades, Debilidades y Amenazas, y Recomendaciones',
        '| Apartado de la evaluación | Fortaleza y Oportunidad / Debilidad o amenaza | Referencia (Pregunta) | Recomendación |',
        '|---|---|---|---|',
        '| Diseño | La población objetivo no está cuantificada por entidad federativa. | 7 | Cuantificar la población objetivo por entidad federativa. |',
      ].join('\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['FINDING', 'La población objetivo no está cuantificada por entidad federativa.'],
      ['RECOMMENDATION', 'Cuantificar la población objetivo por entidad federativa.'],
    ]);
  });
});

describe("an IEG review's efficacy section", () => {
  it('gives the rationales as findings, not the objectives they assess, and no form label as headline', () => {
    const record = extract(
      [
        '# ICR Review: Kenya Rural Water Supply and Sanitation Project',
        '## 3. Relevance of Objectives',
        '**Rationale**',
        "The objective was highly relevant to Kenya's Vision 2030 and remained relevant at closing.",
        '## 4. Achievement of Objectives (Efficacy)',
        '**Objective 1**',
        'To increase access to improved water supply in selected rural counties.',
        '**Rationale**',
        'The project financed 412 km of pipelines; 612,000 people gained access to improved water, against a target of 700,000.',
        '**Rating**',
        'Substantial',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      ['FINDING', null, "The objective was highly relevant to Kenya's Vision 2030 and remained relevant at closing."],
      ['FINDING', null, 'The project financed 412 km of pipelines; 612,000 people gained access to improved water, against a target of 700,000.'],
    ]);
  });
});

describe('items labelled in bold under a heading that names no kind', () => {
  it('are read as the items their labels name', () => {
    const record = extract(
      [
        '# Final evaluation of the Rural Water Project',
        '## Chapter 5',
        '**Recommendation 1:** The Ministry should create a unit to supervise the water operators.',
        '**Recommendation 2:** The project should train repair artisans in every commune.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['RECOMMENDATION', 'The Ministry should create a unit to supervise the water operators.'],
      ['RECOMMENDATION', 'The project should train repair artisans in every commune.'],
    ]);
  });

  it('reads the response under « Réponse détaillée » with its decision and action table', () => {
    const record = extract(
      [
        "# Réponse de la direction à l'évaluation finale du projet d'eau potable",
        '# Réponse détaillée',
        '**Recommandation 1 :** Mettre en place un contrôle des délégataires au niveau intercommunal.',
        '**Réponse de la direction :** Acceptée',
        '| **Actions clés** | **Unité responsable** | **Échéance** |\n|---|---|---|\n| Recruter deux contrôleurs | Communes de la Donga | Décembre 2024 |',
        '**Recommandation 2 :** Généraliser l’approche communautaire avant toute subvention de latrines.',
        '**Réponse de la direction :** Partiellement acceptée',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => (insight.fields as RecommendationFields | null)?.managementResponse)).toEqual([
      { decision: 'ACCEPTED', keyActions: 'Recruter deux contrôleurs', who: 'Communes de la Donga', dueDate: '2024-12' },
      { decision: 'PARTIALLY_ACCEPTED' },
    ]);
  });
});

describe('a testimony quoted among the findings (a pull quote)', () => {
  it('is no finding', () => {
    const record = extract(
      [
        '# Final Evaluation of the Green Jobs for Rural Youth Project in Zambia',
        '## Findings',
        'Training targets were exceeded but employment targets were not, as only 41 per cent were employed a year later.',
        '“Now we know the price in town before we harvest.” – Young farmer, Eastern Province',
        '« Avant, nous vendions au premier acheteur venu. » (productrice, Tahoua)',
        'Coordination with other youth programmes was weak; a coordination platform met only twice.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'Training targets were exceeded but employment targets were not, as only 41 per cent were employed a year later.',
      'Coordination with other youth programmes was weak; a coordination platform met only twice.',
    ]);
  });
});

describe("a photo's caption that ends with its credit", () => {
  it('is no part of the finding above it', () => {
    const record = extract(
      [
        '# School Meals in Chad: Decentralized Evaluation Brief',
        '## What we found',
        '**Take-home rations kept girls in school.** Dropout among girls in grades 5 and 6 halved in schools that received the rations.',
        'Pupils queue for lunch at a school in Abéché. Photo: WFP/Mahamat Ali',
        '**Local purchases were small.** Only 6 percent of the food was bought from smallholders, well short of the target.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'Dropout among girls in grades 5 and 6 halved in schools that received the rations.',
      'Only 6 percent of the food was bought from smallholders, well short of the target.',
    ]);
  });
});

describe("a photo's credit between the findings of an ILO evaluation summary", () => {
  it('is no part of the finding above it', () => {
    const record = extract(
      [
        'ILO EVALUATION OFFICE · EVALUATION SUMMARY',
        '# Decent Jobs for Youth in Agro-processing: Final Independent Evaluation',
        '## Key facts',
        'Project code: ETH/19/02/NOR',
        'Countries: Ethiopia, Kenya',
        'Type of evaluation: Final independent',
        '## Main findings and conclusions',
        '**Relevance.** The project was closely aligned with national youth employment strategies.',
        "**Sustainability.** The bipartite committees are likely to continue where employers' associations took ownership.",
        'Photo: ILO/K. Mwangi. Trainees at a fruit-processing plant in Thika, Kenya.',
        '## Recommendations',
        '1. The ILO should schedule coaching sessions within working hours.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'The project was closely aligned with national youth employment strategies.',
      "The bipartite committees are likely to continue where employers' associations took ownership.",
      'The ILO should schedule coaching sessions within working hours.',
    ]);
  });
});

describe('a finding stated once as the heading over its explanation and once as a conclusion', () => {
  it('is one finding: the heading as headline, the explanation as text', () => {
    const record = extract(
      [
        '# Évaluation finale du projet d’eau potable',
        '## 3. Constats',
        "#### Constat 1 : Le projet répond aux besoins prioritaires des populations et s'inscrit dans la stratégie nationale d'accès à l'eau.",
        'Les deux départements ciblés présentaient en 2018 les taux de desserte les plus faibles du pays.',
        '## 4. Conclusions',
        "1. Le projet répond aux besoins prioritaires des populations et s'inscrit dans la stratégie nationale d'accès à l'eau.",
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.headline, insight.text])).toEqual([
      [
        "Le projet répond aux besoins prioritaires des populations et s'inscrit dans la stratégie nationale d'accès à l'eau.",
        'Les deux départements ciblés présentaient en 2018 les taux de desserte les plus faibles du pays.',
      ],
    ]);
  });
});

describe("a recommendations table's row cut by a page break", () => {
  it('goes on in the row without a number that holds only its text', () => {
    const record = extract(
      [
        '# Final Evaluation of the Green Jobs for Rural Youth Project in Zambia',
        '## Recommendations',
        [
          '| No. | Recommendation | Addressed to | Priority | Timeframe |',
          '|---|---|---|---|---|',
          '| 1 | Agree the future management of the loan fund before closure. | ILO; Ministry of Labour | High | March 2024 |',
          '| 2 | Design a targeted package for young women, with mobile training close to home. | ILO | High | 2024 |',
          '| | Targets should be set for employment outcomes one year after training. | | | |',
          '| 3 | Set up a district coordination platform. | District councils | Medium | 12 months |',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'Agree the future management of the loan fund before closure.',
      'Design a targeted package for young women, with mobile training close to home. Targets should be set for employment outcomes one year after training.',
      'Set up a district coordination platform.',
    ]);
  });
});

describe("a recommendation's label and title set wholly in bold over two lines (Heading 3 read from a PDF)", () => {
  it('gives the title as headline, however long, and the paragraph under it as text', () => {
    const record = extract(
      [
        '# Évaluation du programme Nutrition Sahel 2018-2023',
        '## 4. Recommandations',
        "**Recommandation 1 : Intégrer la prise en charge de la malnutrition aiguë dans le paquet minimum d'activités des centres de santé**",
        'Les centres appuyés continuent de dépendre des ONG pour les intrants. Le Ministère de la Santé devrait les inscrire sur la liste des médicaments essentiels.',
        '**Recommandation 2 : Renforcer le dépistage communautaire**',
        'Les relais communautaires devraient recevoir des bracelets MUAC et une formation de rappel chaque année.',
        'Recommandation 3 : Former les agents de santé de tous les districts de la région à la prise en charge des cas compliqués',
        'Les cas compliqués sont aujourd’hui référés à l’hôpital régional.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.headline, insight.text.slice(0, 40)])).toEqual([
      [
        "Intégrer la prise en charge de la malnutrition aiguë dans le paquet minimum d'activités des centres de santé",
        'Les centres appuyés continuent de dépend',
      ],
      ['Renforcer le dépistage communautaire', 'Les relais communautaires devraient rece'],
      // Not in bold: a long title is no headline.
      [null, 'Former les agents de santé de tous les d'],
    ]);
  });
});

describe('a recommendation stated as its heading, a full sentence, over the management response', () => {
  it('keeps the full stop its heading ends with', () => {
    const record = extract(
      [
        '# Final Evaluation of the Country Programme of Cooperation in Malawi',
        '## 5. Recommendations and management response',
        '### Recommendation 1: Strengthen the results-based monitoring system.',
        'Management agrees with this recommendation. The office will revise its monitoring plan by June 2024.',
        '### Recommendation 2: Recruit additional midwives',
        'Management agreed with this recommendation. Recruitment started in January 2024.',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => [insight.text, fieldsOf(record, record.insights.indexOf(insight))?.managementResponse?.decision])).toEqual([
      ['Strengthen the results-based monitoring system.', 'ACCEPTED'],
      ['Recruit additional midwives', 'ACCEPTED'],
    ]);
  });
});

describe('a Government of Canada management response and action plan with a conclusions column', () => {
  it('gives each conclusions cell as a finding, its title line as headline, beside the answered recommendation', () => {
    const record = extract(
      [
        '# Évaluation du programme des services juridiques régionaux',
        '## Réponse de la direction et plan d’action',
        [
          '| Conclusions | Recommandation | Réponse de la direction | Plan d’action | Gestionnaire responsable | Date d’achèvement prévue |',
          '|---|---|---|---|---|---|',
          '| Coordination régionale Bien que les bureaux régionaux se consultent, les entrevues montrent que les rôles de chacun restent flous dans les dossiers communs. | La Direction devrait préciser les rôles de chaque bureau dans les dossiers communs. | D’accord. | Un guide des rôles sera diffusé aux bureaux régionaux. | SPGA (Services régionaux) | 31 mars 2026 |',
        ].join('\n'),
      ].join('\n\n'),
    );
    const finding = record.insights.find((insight) => insight.kind === 'FINDING');
    expect(finding?.headline).toBe('Coordination régionale');
    expect(finding?.text).toMatch(/^Bien que les bureaux régionaux/);
    const at = record.insights.findIndex((insight) => insight.kind === 'RECOMMENDATION');
    expect(record.insights[at]!.text).toBe('La Direction devrait préciser les rôles de chaque bureau dans les dossiers communs.');
    expect(fieldsOf(record, at)?.managementResponse).toMatchObject({ decision: 'ACCEPTED', who: 'SPGA (Services régionaux)', dueDate: '2026-03' });
  });

  it('keeps a conclusion that opens on a proper name whole, without a headline', () => {
    const record = extract(
      [
        '# Evaluation of the Legal Aid Program',
        '## Management response and action plan',
        [
          '| Conclusions | Recommendation | Management response | Action plan | Responsible manager | Planned completion date |',
          '|---|---|---|---|---|---|',
          '| The Department of Justice Canada and the provinces share the cost of legal aid, but the reporting they exchange does not show the results reached. | The Department should agree with the provinces on a common set of results indicators. | Agreed. | A working group will propose the indicators. | ADAG (Policy) | March 31, 2026 |',
        ].join('\n'),
      ].join('\n\n'),
    );
    const finding = record.insights.find((insight) => insight.kind === 'FINDING');
    expect(finding?.headline ?? null).toBeNull();
    expect(finding?.text).toMatch(/^The Department of Justice Canada and the provinces share/);
  });

  it("does not take the form's responsibility centre for the headline of the first recommendation", () => {
    const record = extract(
      [
        'Réponse de la direction et plan d’action',
        'Titre du projet : Évaluation du Fonds d’aide juridique',
        'Centre de responsabilité : Direction des innovations, analyse et intégration',
        'Recommandation 1 : Le ministère de la Justice devrait regrouper les rapports annuels des deux fonds.',
        'D’accord.',
      ].join('\n\n'),
      'mrap.txt',
    );
    const recommendation = record.insights.find((insight) => insight.kind === 'RECOMMENDATION');
    expect(recommendation?.text).toBe('Le ministère de la Justice devrait regrouper les rapports annuels des deux fonds.');
    expect(recommendation?.headline ?? '').not.toMatch(/Centre de responsabilité/);
  });
});

describe('an evaluation portal page saved as text, one field a line', () => {
  // Mexico's state evaluation portals (and CONEVAL-style pages): each label on its line, its value on the next, then a
  // section label over a numbered list.
  const page = [
    'Evaluación de procesos del programa de apoyo a productoras rurales',
    '',
    'Dependencia responsable del programa',
    'Tipo de evaluación',
    'Consultor',
    'Ramírez Ochoa y Asociados S.C.',
    'Costo de evaluación',
    '$180,000',
    'Año',
    '2019',
    '',
    'Tipo de recurso',
    'Estatal',
    'Principales conclusiones',
    '',
    '1. El programa no cuenta con un diagnóstico que cuantifique a la población potencial y objetivo en Jalisco.',
    '2. Las reglas de operación no definen criterios de selección de las beneficiarias.',
  ].join('\n');

  it('reads the numbered list under the section label that ends the field lines', () => {
    const record = extract(page, 'portal.txt');
    expect(record.insights.map((insight) => [insight.kind, insight.text.slice(0, 30)])).toEqual([
      ['FINDING', 'El programa no cuenta con un d'],
      ['FINDING', 'Las reglas de operación no def'],
    ]);
  });

  it("reads the consulting firm and the cost from labels without a colon, the cost in the page's country's pesos", () => {
    const record = extract(page, 'portal.txt');
    expect(record.evaluation?.evaluationFirms.map((firm) => firm.asWritten)).toEqual(['Ramírez Ochoa y Asociados S.C.']);
    expect(record.evaluation?.cost).toEqual({ amount: 180000, currency: 'MXN' });
  });
});

describe("a registry's management-response page saved as HTML", () => {
  // UNDP's Evaluation Resource Centre: "N. Recommendation:", a "Management Response:" paragraph, the decision alone in
  // a paragraph, then "Key Actions:" over a table whose rows may leave every cell but the action empty.
  const page = (items: string) =>
    [
      '<html lang="en"><body><h1>Final Evaluation of the Coastal Resilience Project</h1>',
      '<table><tr><td>Commissioning Unit</td><td>Senegal</td></tr><tr><td>Evaluation Type</td><td>Project</td></tr></table>',
      items,
      '</body></html>',
    ].join('');
  const header = '<tr><th>Key Action</th><th>Responsible</th><th>DueDate</th><th>Status</th><th>Comments</th><th>Documents</th></tr>';

  it("reads a key action whose other cells are empty as the recommendation's action", async () => {
    const html = page(
      [
        '<h2>1. Recommendation:</h2><p>Extend the project by twelve months so that the dune works can be completed.</p>',
        '<p>Management Response: [Added: 2021/03/02]</p><p>The extension will be submitted to the project board.</p><p>Key Actions:</p>',
        `<table>${header}<tr><td>Submit the extension request to the board</td><td>Project Team</td><td>2021/05</td><td>Completed</td><td></td><td></td></tr></table>`,
        '<h2>2. Recommendation:</h2><p>Train the municipal technicians in the maintenance of the coastal defences.</p>',
        '<p>Management Response: [Added: 2021/03/02]</p><p>Agreed</p><p>Key Actions:</p>',
        `<table>${header}<tr><td>Hold a training workshop with the municipal technicians before closure</td><td></td><td></td><td></td><td></td><td></td></tr></table>`,
      ].join(''),
    );
    const record = extractRecord(await readDocumentBytes(Buffer.from(html), 'erc.html'));
    const recommendations = record.insights.filter((insight) => insight.kind === 'RECOMMENDATION');
    expect(recommendations).toHaveLength(2);
    const second = (recommendations[1]!.fields as RecommendationFields | null)?.managementResponse;
    expect(second).toMatchObject({ decision: 'ACCEPTED', keyActions: 'Hold a training workshop with the municipal technicians before closure' });
    expect(second?.response ?? '').not.toMatch(/Hold a training workshop/);
  });

  it('takes the decision alone in its paragraph as the decision, never a heading, and an empty "Key Actions:" as nothing', async () => {
    const html = page(
      [
        '<h2>1. Recommendation:</h2><p>UNDP should increase its focus on long-term capacity development with local actors.</p>',
        '<p>Management Response: [Added: 2022/03/02]</p><p>[Last Updated: 2022/03/02]</p><p>Partially Agreed</p>',
        '<p>UNDP has strengthened the capacities of local institutions to produce good quality data.</p><p>Key Actions:</p>',
      ].join(''),
    );
    const record = extractRecord(await readDocumentBytes(Buffer.from(html), 'erc.html'));
    expect(record.insights).toHaveLength(1);
    expect(record.insights[0]!.headline ?? null).toBeNull();
    expect(fieldsOf(record, 0)?.managementResponse).toEqual({
      decision: 'PARTIALLY_ACCEPTED',
      response: 'UNDP has strengthened the capacities of local institutions to produce good quality data.',
    });
  });
});

describe('an evaluation brief whose "Lesson Learned" label comes after the lesson (MCC briefs: a sidebar flattened into the text)', () => {
  const LESSON_1 = 'Realistic timelines for the adoption of new practices are needed; two years of follow-up is too short to see changes in farm income.';
  const LESSON_2 = 'Programs that combine training with access to credit should monitor repayment closely from the start.';
  const text = [
    'Evaluation Brief: Agricultural Training Activity',
    '',
    'Key Findings',
    '',
    'The training increased the adoption of improved seeds among farmers by 12 percentage points, but yields did not change.',
    '',
    LESSON_1,
    'Lesson Learned',
    '',
    LESSON_2,
    'Lesson Learned',
    '',
    'Farmers who received credit were more likely to purchase inputs, although repayment rates fell in the second year.',
  ].join('\n');

  it('gives each labelled paragraph as a lesson without its label; the paragraphs around stay findings', () => {
    const record = extract(text, 'brief.txt');
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['FINDING', 'The training increased the adoption of improved seeds among farmers by 12 percentage points, but yields did not change.'],
      ['LESSON_LEARNED', LESSON_1],
      ['LESSON_LEARNED', LESSON_2],
      ['FINDING', 'Farmers who received credit were more likely to purchase inputs, although repayment rates fell in the second year.'],
    ]);
  });

  it('leaves "Lessons Learned" at the end of a paragraph alone: a heading set with no blank line', () => {
    const record = extract(
      ['Evaluation Brief: Agricultural Training Activity', '', 'Key Findings', '', `${LESSON_2}`, 'Lessons Learned', '', LESSON_1].join('\n'),
      'brief.txt',
    );
    expect(record.insights.some((insight) => insight.kind === 'LESSON_LEARNED' && insight.text === LESSON_2)).toBe(false);
  });
});
