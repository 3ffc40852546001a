import { describe, expect, it } from '@jest/globals';
import {
  classifyEvaluationKind,
  coverEvaluationKind,
  documentKindHints,
  findCoverDate,
  findTitle,
  splitTitleDate,
} from '../../../src/extract/metadata/cover.js';
import { parseCode } from '../../../src/extract/metadata/codes.js';
import {
  findEvaluatorStatements,
  findFirmStatements,
  findFirmSubjects,
  findFunderStatements,
  findManagerStatement,
  findObjectivesVerdict,
  findOwnerOrganisation,
  findPeriodCovered,
  findProjectPeriodStatement,
  findProjectTitleStatement,
} from '../../../src/extract/metadata/prose.js';

describe('findTitle', () => {
  it('joins a title wrapped over capitals lines and stops at the cover date', () => {
    const text =
      'FINAL PERFORMANCE EVALUATION OF THE\nLIVESTOCK FOR GROWTH (L4G) ACTIVITY\nIN MALI\nMay 15, 2020\nPrepared for the United States Agency for International Development.';
    expect(findTitle(text, [])).toBe('FINAL PERFORMANCE EVALUATION OF THE LIVESTOCK FOR GROWTH (L4G) ACTIVITY IN MALI');
  });

  it('drops OCR debris and a kind-only line', () => {
    const text =
      'STATES\nC\nUSAID\nT\nEVALUATION\nUSAID/Peru Millennium Challenge Corporation (MCC)\nImmunizations Threshold (ITP) Assessment\nFinal Report\nDecember 2011';
    expect(findTitle(text, [])).toBe('Immunizations Threshold (ITP) Assessment');
  });

  it('gives a generic heading the title line that follows it', () => {
    expect(
      findTitle('RAPPORT D’ÉVALUATION\n\nUDF-MAU-10-359 Renforcement de la participation politique en Mauritanie\n\nDate: 27 Janvier 2015', [
        { text: 'RAPPORT D’ÉVALUATION', level: 1, start: 0 },
      ]),
    ).toBe('Renforcement de la participation politique en Mauritanie');
    expect(findTitle('INFORME FINAL\n\nEVALUACIÓN DE DISEÑO\n\nFIDEICOMISO DE IMPUESTO SOBRE NÓMINA\n\nCasa Evaluadora:', [])).toBe(
      'EVALUACIÓN DE DISEÑO FIDEICOMISO DE IMPUESTO SOBRE NÓMINA',
    );
    expect(findTitle('Emergency Plan of Action Final Report\nCameroon: Floods\nCRC volunteer during assessments', [])).toBe(
      'Emergency Plan of Action Final Report Cameroon: Floods',
    );
  });

  it("prefers the cover's title lines to a heading of the body that names the evaluation", () => {
    const text =
      'USAID/UGANDA\nMID-TERM PERFORMANCE EVALUATION OF THE\nLEARNING CONTRACT FOR LITERACY (LCL) ACTIVITY\n\nMay 2018\n\nEXECUTIVE SUMMARY\n\nEVALUATION PURPOSE AND QUESTIONS\nThe purpose of this evaluation is to inform decisions.';
    const headings = [
      { text: 'EXECUTIVE SUMMARY', level: 1, start: text.indexOf('EXECUTIVE') },
      { text: 'EVALUATION PURPOSE AND QUESTIONS', level: 1, start: text.indexOf('EVALUATION PURPOSE') },
    ];
    expect(findTitle(text, headings)).toBe('MID-TERM PERFORMANCE EVALUATION OF THE LEARNING CONTRACT FOR LITERACY (LCL) ACTIVITY');
  });

  it("reads a registry's Title field copied without its column's gap", () => {
    const page =
      'Gestión Integrada del Cambio Climático en la Amazonía\n\nTitle Gestión Integrada del Cambio Climático en la Amazonía\nEvaluation Type: Final Project\nCountries: PERU';
    expect(findTitle(page, [])).toBe('Gestión Integrada del Cambio Climático en la Amazonía');
    // A sentence that opens with the word is no field.
    expect(findTitle('Title deeds were issued to 3,000 households in the district.\n\nThe project ended in 2019.', [])).toBeNull();
  });

  it('ends the title where a dated label was joined to its line', () => {
    const text = "# Management Response\n\n**Evaluation of UNHCR's Engagement in Niger** Date of management response: 15 March 2022\n\nRecommendation 1";
    expect(findTitle(text, [{ text: 'Management Response', level: 1, start: 0 }])).toBe("Evaluation of UNHCR's Engagement in Niger");
  });

  it("never takes a table's row for the title, however it names the evaluation", () => {
    expect(
      findTitle(
        '# 5. Recommendations\n\n3\tReview the incentive package of health workers, based on the costing carried out by the evaluation.\tDistrict teams\tMedium',
        [],
      ),
    ).toBeNull();
  });

  it('never takes a running header or a paragraph for the title', () => {
    const header = 'MDRCM028 – Cameroon Floods – DREF Final Report';
    expect(findTitle(`${header}\n\nSome text.\n\n${header}\n\nMore text.\n\n${header}`, [])).toBeNull();
    expect(
      findTitle(
        'The floods caused displacement; the multisector assessment carried out by WFP and the Government helped to identify the needs of the affected populations, notably shelter.',
        [],
      ),
    ).toBeNull();
  });

  it('takes the first level-1 heading that names the evaluation', () => {
    expect(
      findTitle('# Evaluation Report: African Model Forest Initiative', [{ text: 'Evaluation Report: African Model Forest Initiative', level: 1, start: 0 }]),
    ).toBe('Evaluation Report: African Model Forest Initiative');
  });

  it("never takes a chapter's heading, an evaluation office or a series line for the title", () => {
    const chapter =
      "Évaluation ex post du Projet d'appui à la filière cacao durable en Côte d'Ivoire\n\nRapport final – Octobre 2021\n\n3. APPRÉCIATION SELON LES CRITÈRES D'ÉVALUATION\n\n3.1 Pertinence";
    expect(findTitle(chapter, [{ text: "3. APPRÉCIATION SELON LES CRITÈRES D'ÉVALUATION", level: 1, start: chapter.indexOf('3. APP') }])).toBe(
      "Évaluation ex post du Projet d'appui à la filière cacao durable en Côte d'Ivoire",
    );
    const part =
      "Évaluation finale du Programme d'appui à la décentralisation au Bénin (PAD)\n\nRésumé de l'évaluation\n\nLa présente évaluation couvre 2015-2019.";
    expect(findTitle(part, [{ text: "Résumé de l'évaluation", level: 1, start: part.indexOf('Résumé') }])).toBe(
      "Évaluation finale du Programme d'appui à la décentralisation au Bénin (PAD)",
    );
    const office =
      "Bureau indépendant de l'évaluation du FIDA\n\nRépublique démocratique du Congo\n\nProgramme intégré de réhabilitation de l'agriculture dans la province du Maniema (PIRAM)\n\nRapport d'évaluation de projet\n\nSeptembre 2020";
    expect(findTitle(office, [])).toBe(
      "Rapport d'évaluation de projet: Programme intégré de réhabilitation de l'agriculture dans la province du Maniema (PIRAM)",
    );
    const kicker =
      'EVALUATION BRIEF | No. 14 | November 2022\n\n# Cash for Work in Northern Uganda: Did it Build Resilience?\n\nThis brief summarises the final evaluation of the project.';
    expect(findTitle(kicker, [{ text: 'Cash for Work in Northern Uganda: Did it Build Resilience?', level: 1, start: kicker.indexOf('# Cash') }])).toBe(
      'Cash for Work in Northern Uganda: Did it Build Resilience?',
    );
  });

  it('keeps titles that open with a number or name a convention by its number', () => {
    expect(findTitle('25 Years of Community Forestry in Nepal: A Final Evaluation\n\nJune 2022', [])).toBe(
      '25 Years of Community Forestry in Nepal: A Final Evaluation',
    );
    expect(findTitle('Final Evaluation of the Project to Promote ILO Convention No. 182 in Ghana\n\nMarch 2023', [])).toBe(
      'Final Evaluation of the Project to Promote ILO Convention No. 182 in Ghana',
    );
    expect(findTitle('Mid-term Evaluation | Decent Work Country Programme Ghana 2018-2022\n\nJune 2021', [])).toBe(
      'Mid-term Evaluation | Decent Work Country Programme Ghana 2018-2022',
    );
    const front = 'Acknowledgements and Disclaimer\n\nThis brief summarises the final evaluation of the project.';
    expect(findTitle(front, [{ text: 'Acknowledgements and Disclaimer', level: 1, start: 0 }])).toBeNull();
  });

  it('splits a trailing report kind and date off a title', () => {
    expect(splitTitleDate('Evaluation of Labour Affairs – Final report November 28, 2017')).toEqual({ title: 'Evaluation of Labour Affairs', date: '2017-11' });
    expect(splitTitleDate('Evaluation of the X-Y programme')).toEqual({ title: 'Evaluation of the X-Y programme', date: null });
    // A range of years is part of the title.
    expect(splitTitleDate('Country Programme Evaluation: Malawi 2017-2022').title).toBe('Country Programme Evaluation: Malawi 2017-2022');
    expect(splitTitleDate('Evaluation of the Social Protection Programme (2017–2022)').title).toBe('Evaluation of the Social Protection Programme (2017–2022)');
    expect(splitTitleDate('Évaluation du programme pays, Sénégal 2019 - 2023').title).toBe('Évaluation du programme pays, Sénégal 2019 - 2023');
  });
});

describe('findTitle on real covers', () => {
  it("takes a UN Executive Board summary's title, never its footnote", () => {
    // E/ICEF, DP/FPA, WFP/EB: symbol and distribution block, the title, "Resumen**", then the footnote "** El resumen …".
    const text = [
      'Naciones Unidas E/ICEF/2018/4',
      'Consejo Económico y Social',
      'Distr. general',
      '11 de diciembre de 2017',
      '',
      'Hacia la mejora de las respuestas de emergencia: síntesis de las evaluaciones del UNICEF en materia de acción humanitaria 2010-2016',
      '',
      'Resumen**',
      '',
      'Más de 500 millones de niños en todo el mundo viven en países afectados por conflictos y desastres.',
      '',
      '** El resumen del informe de evaluación se publica en todos los idiomas oficiales. El informe completo se encuentra disponible en inglés en el sitio web de la Oficina de Evaluación del UNICEF (véase el anexo).',
    ].join('\n');
    expect(findTitle(text, [{ text: 'Resumen', level: 1, start: text.indexOf('Resumen**') }])).toBe(
      'Hacia la mejora de las respuestas de emergencia: síntesis de las evaluaciones del UNICEF en materia de acción humanitaria 2010-2016',
    );
  });

  it('never takes a heading that names the main conclusions or recommendations for the title', () => {
    const title = "Synthèse de l'évaluation de la coopération de l'Union européenne avec la Tunisie (2011-2019)";
    const text = `${title}\n\nPRINCIPALES CONCLUSIONS DE L'ÉVALUATION\n\n1) Une réponse adaptée aux priorités de la Tunisie\n\nLa coopération a su répondre.`;
    expect(findTitle(text, [{ text: "PRINCIPALES CONCLUSIONS DE L'ÉVALUATION", level: 1, start: text.indexOf('PRINCIPALES') }])).toBe(title);
  });

  it('never takes a heading that names the main findings with its article for the title (« Les constats principaux de l’évaluation »)', () => {
    const title = 'Burkina Faso: évaluation du programme de pays du fonds';
    const text = `${title}\n\nLes constats principaux de l'évaluation\n\nLa pertinence du portefeuille a été satisfaisante.`;
    expect(findTitle(text, [{ text: "Les constats principaux de l'évaluation", level: 1, start: text.indexOf('Les constats') }])).toBe(title);
  });

  it('takes the "year Country: title" line of an evaluation database (UNICEF’s)', () => {
    const title = '2017 Niger: Evaluation du programme de nutrition communautaire dans la région de Maradi';
    expect(findTitle(`Evaluation report\n\n${title}\n\nAuthor: Jeanne Morel\n\nExecutive summary`, [])).toBe(title);
  });

  it('reads « Rapport de la revue à mi-parcours » as a kind of report, whose subject is printed under it', () => {
    const text =
      'Rapport de la revue à mi-parcours\n\nProgramme d’appui à la sécurité alimentaire dans l’Atacora (PASAA), BENIN\n\nJean Dupont\n\nRapport final\n7 décembre 2018';
    expect(findTitle(text, [])).toContain('Programme d’appui à la sécurité alimentaire dans l’Atacora');
  });

  it('never takes the assessment of one criterion (a scoring form’s « Évaluation de la PERTINENCE : note totale ») for the title', () => {
    const text = 'Rapport des résultats\n\nÉvaluation de la PERTINENCE : note totale\n\nA B C D\n\n1.1 Quel est le degré de pertinence actuel ?';
    expect(findTitle(text, [{ text: 'Évaluation de la PERTINENCE : note totale', level: 1, start: text.indexOf('Évaluation') }])).not.toBe(
      'Évaluation de la PERTINENCE : note totale',
    );
    expect(findTitle('Évaluation de l’efficacité de l’aide au Mali\n\nRapport final', [])).toBe('Évaluation de l’efficacité de l’aide au Mali');
  });

  it('never opens the title with the cover’s line of an organisation in its country (« SYSTEME DES NATIONS UNIES AU NIGER »)', () => {
    const text = 'SYSTEME DES NATIONS UNIES AU NIGER\n\nEVALUATION FINALE DU\nPROJET JEUNES ET PAIX DANS LA REGION DE ZINDER (JPZ)\nDocument final, mars 2016';
    const title = findTitle(text, []);
    expect(title).toContain('EVALUATION FINALE DU PROJET JEUNES ET PAIX');
    expect(title).not.toContain('NATIONS UNIES');
  });

  it('takes a title that ends on its volume’s number and a full stop', () => {
    const text = 'Evaluation de la réponse humanitaire aux inondations au Tchad, Vol 1.\n\nPoints forts\n\nLes pluies de 2020 ont touché le pays.';
    expect(findTitle(text, [])).toContain('Evaluation de la réponse humanitaire aux inondations au Tchad');
  });

  it('never takes a web page’s banner left in its text for the title', () => {
    const text =
      'IOE ASSET BANNER\n\nProjet de développement rural de Zinder (2010)\n\nEvaluation terminale\n\nIntroduction\n\nCette évaluation terminale du projet a été conduite en 2010.';
    const headings = [
      { text: 'IOE ASSET BANNER', level: 1, start: 0 },
      { text: 'Projet de développement rural de Zinder (2010)', level: 1, start: text.indexOf('Projet') },
    ];
    expect(findTitle(text, headings)).not.toBe('IOE ASSET BANNER');
  });

  it("never takes a response template's heading of its detailed responses for the title", () => {
    const title = 'Mid-term evaluation of the Country Programme 200111 (2013-2017)';
    const text = `${title}\n\nManagement Response\n\nDetailed responses to evaluation recommendations\n\nRecommendation 1: Hand the school meals over to the districts.`;
    expect(findTitle(text, [{ text: 'Detailed responses to evaluation recommendations', level: 1, start: text.indexOf('Detailed') }])).toBe(title);
  });

  it('takes a "Country: title" line, never the lettered part under it', () => {
    const title = 'Chile: Estudio de Evaluación de Impacto del Programa de Evaluación de Programas';
    expect(findTitle(`${title}\nResumen Ejecutivo`, [])).toBe(title);
    const text = `Informe No. 34589-CL\n\n${title}\n\nDiciembre, 2005\n\nA. RESUMEN EJECUTIVO\n\nEl programa …`;
    expect(findTitle(text, [{ text: 'A. RESUMEN EJECUTIVO', level: 1, start: text.indexOf('A. RES') }])).toBe(title);
    // A label and its value stay a label: "Budget: …", "Note: …".
    expect(findTitle('Note: the figures of this evaluation are provisional and will be revised in 2024\n', [])).toBeNull();
  });

  it('never glues the value of "Presentado a:" to a report\'s kind', () => {
    const text =
      'Evaluación global y temática del Fondo para el logro de los Objetivos de Desarrollo del Milenio\n\nINFORME DE EVALUACIÓN FINAL\n\nPresentado a:\n\nSecretariado del F-ODM\n';
    expect(findTitle(text, [{ text: 'INFORME DE EVALUACIÓN FINAL', level: 1, start: text.indexOf('INFORME') }])).toBe(
      'Evaluación global y temática del Fondo para el logro de los Objetivos de Desarrollo del Milenio',
    );
  });

  it('passes over a series named on the cover', () => {
    const text =
      'n°40\n\navril 2011\n\nSérie Evaluation et capitalisation\n\nexPost ExPost\n\nEvaluation ex post de 15 projets ONG à Madagascar\n\nGeert Vanderstichele et Aline Robert, COTA\n';
    expect(findTitle(text, [])).toBe('Evaluation ex post de 15 projets ONG à Madagascar');
    // A title that opens with "Serie de …" in lower case names its subject.
    expect(findTitle('Serie de evaluaciones del programa de agua potable rural\n\nMarzo 2019', [])).toBe(
      'Serie de evaluaciones del programa de agua potable rural',
    );
  });

  it("gives a generic title the subject printed past its period and code, never a table of contents' heading", () => {
    const text = [
      'EVALUACION FINAL DE PROYECTO',
      'Enero 2008 – Julio 2010',
      '',
      'PROYECTO AD/HON/04/H88',
      'Programas Especiales de Empleo para la Inserción Socio-Laboral de Jóvenes en',
      'Situación de Riesgo de Desintegración Psicosocial',
      '',
      'País: Honduras, C.A',
      '',
      'TABLA DE CONTENIDO',
      '',
      '1. Resumen ejecutivo ........ 5',
    ].join('\n');
    const headings = [
      { text: 'TABLA DE CONTENIDO', level: 1, start: text.indexOf('TABLA') },
      { text: '1. Resumen ejecutivo ........ 5', level: 1, start: text.indexOf('1. Res') },
    ];
    expect(findTitle(text, headings)).toBe(
      'EVALUACION FINAL DE PROYECTO Programas Especiales de Empleo para la Inserción Socio-Laboral de Jóvenes en Situación de Riesgo de Desintegración Psicosocial',
    );
    // Without a subject, a table of contents' heading is still no title.
    const bare = 'Informe\n\nTABLA DE CONTENIDO\n\n1. Resumen ejecutivo de la evaluación ........ 5';
    expect(findTitle(bare, [{ text: 'TABLA DE CONTENIDO', level: 1, start: bare.indexOf('TABLA') }])).toBeNull();
  });

  it("takes a web page's heading over a form's label about the evaluation", () => {
    const text =
      '# Las organizaciones cooperativas para el bienestar de la mujer productiva rural\n\n**Consultor**\nArias Marroquin y Asociados S.C.\n**Estado de la evaluación**\n**Principales conclusiones**\n';
    const headings = [
      { text: 'Las organizaciones cooperativas para el bienestar de la mujer productiva rural', level: 1, start: 0 },
      { text: 'Principales conclusiones', level: 2, start: text.indexOf('**Principales') },
    ];
    expect(findTitle(text, headings)).toBe('Las organizaciones cooperativas para el bienestar de la mujer productiva rural');
  });

  it("reads a page dump's cover without its page number and the lines glued after the title", () => {
    const text = [
      '1 Évaluation du Programme du multiculturalisme Division de l évaluation Mars 2012 Recherche et Évaluation',
      '',
      '2 Ci4-86/2012F-PDF N o réf. : ER F',
      '',
      '3 Acronymes Résumé Table des matières... iii... iv Évaluation du Programme du multiculturalisme réponse de la direction... ix 1. Introduction Objet de l évaluation',
    ].join('\n');
    expect(findTitle(text, [])).toBe('Évaluation du Programme du multiculturalisme');
    expect(findCoverDate(text)).toBe('2012-03');
  });
});

describe('findTitle on English covers (helper EN, session 16)', () => {
  const heading = (text: string, line: string) => ({ text: line, level: 1, start: text.indexOf(line) });

  it('goes on with the title lines under a heading cut where its line ends on "of the"', () => {
    const text = [
      'UNITED NATIONS AGENCY FOR TESTING',
      'Final Independent Project Evaluation of the',
      'Water Points Rehabilitation Project in the',
      'northern districts',
      'ABC/X12',
      'May 2018',
    ].join('\n\n');
    expect(findTitle(text, [heading(text, 'Final Independent Project Evaluation of the')])).toBe(
      'Final Independent Project Evaluation of the Water Points Rehabilitation Project in the northern districts',
    );
  });

  it('never takes a contact line, a link or an evaluation unit for the title', () => {
    const board = [
      'Note to Executive Board representatives',
      'Jane Roe, Director, Independent Office of Evaluation, Tel.: +39 06 5555 1234, e-mail: [email protected]',
      'Republic of Ruritania',
      'Country strategy and programme evaluation',
      'Agenda: 3(b)',
    ].join('\n\n');
    expect(findTitle(board, [])).toBe('Country strategy and programme evaluation');
    const page = 'What we learned\n\nAll evaluations of the fund can be found at the Evaluation Resource Center through the following link\n';
    expect(findTitle(page, [])).toBeNull();
    const synthesis = [
      'Evaluation Unit',
      'Cross-section evaluation',
      'of independent evaluations in 2008',
      'in the thematic priority area Water',
      'Synthesis report',
    ].join('\n\n');
    expect(findTitle(synthesis, [heading(synthesis, 'Evaluation Unit')])).toBe(
      'Cross-section evaluation of independent evaluations in 2008 in the thematic priority area Water',
    );
  });

  it("never takes a part's heading about the evaluation's purpose for the title", () => {
    const text = 'This evaluation was performed between 2016 and 2017.\n\nPurpose of the Evaluation\n\nThe purpose of this evaluation was to find strengths.\n';
    expect(findTitle(text, [heading(text, 'Purpose of the Evaluation')])).toBeNull();
  });

  it("never takes the firm under a by-line or a firm's services set apart by bars", () => {
    const byLine = [
      'Final report',
      'Final evaluation of the Rural Water Facility for Island Countries',
      'Prepared by Dr Ann Example and Dr Bea Sample',
      'Evaluation Partners',
    ].join('\n\n');
    expect(findTitle(byLine, [heading(byLine, 'Evaluation Partners')])).toBe('Final evaluation of the Rural Water Facility for Island Countries');
    // The commissioning ministry set as the cover's first heading is no title either: the subject under the report's
    // kind is (the project's name under "Final report").
    const commissioned = [
      'Final report',
      'Local Government Facility for Island Countries (2012-2015)',
      'Ruritania Ministry of Foreign Affairs and Trade',
      'Prepared by Dr Ann Example and Dr Bea Sample',
      'Evaluation Partners',
    ].join('\n\n');
    const headings = ['Ruritania Ministry of Foreign Affairs and Trade', 'Evaluation Partners'].map((line) => heading(commissioned, line));
    expect(findTitle(commissioned, headings)).toBe('Local Government Facility for Island Countries (2012-2015)');
    const tagline = [
      'ADVANCING EFFECTIVENESS',
      'IMPACT EVALUATION | PERFORMANCE EVALUATION | STRATEGY & CAPACITY BUILDING',
      'Evaluating the Effectiveness of Regional Programme Models for Vulnerable Migrants',
      'Submitted April 11, 2017',
    ].join('\n\n');
    expect(findTitle(tagline, [heading(tagline, 'IMPACT EVALUATION | PERFORMANCE EVALUATION | STRATEGY & CAPACITY BUILDING')])).toBe(
      'Evaluating the Effectiveness of Regional Programme Models for Vulnerable Migrants',
    );
  });
});

describe('findCoverDate', () => {
  it('reads the date standing on the cover, never a web page’s "Date modified"', () => {
    expect(findCoverDate('EVALUATION REPORT\nNOVEMBER 2019\nCENTRALIZED')).toBe('2019-11');
    expect(findCoverDate('Report a problem\nDate modified:\n2018-06-14')).toBeNull();
    expect(findCoverDate('Date: 27 Janvier 2015 Executive Summary in English')).toBe('2015-01');
    expect(findCoverDate('San José Noviembre 2004')).toBe('2004-11');
  });
});

describe('kinds, timing and mode', () => {
  it('reads type, timing and mode from a value and from a title', () => {
    expect(classifyEvaluationKind('Final Independent', 'value')).toEqual({ type: null, timing: 'FINAL', mode: 'INDEPENDENT' });
    expect(classifyEvaluationKind('Diseño.', 'value')).toEqual({ type: 'DESIGN', timing: null, mode: null });
    expect(classifyEvaluationKind('Evaluación Específica de Consistencia y Resultados con Enfoque Social', 'title').type).toBe('CONSISTENCY_AND_RESULTS');
    // A subject word is not a type: "participation politique" is no policy evaluation.
    expect(classifyEvaluationKind('Renforcement de la participation politique en Mauritanie', 'title').type).toBeNull();
    expect(classifyEvaluationKind('Évaluations a posteriori des projets', 'value').timing).toBe('EX_POST');
  });

  it('reads timing and mode printed on a cover', () => {
    expect(coverEvaluationKind('USAID/PERU ASSESSMENT\nFINAL REPORT\nDECEMBER 2011')).toEqual({ timing: 'FINAL', mode: null });
    expect(coverEvaluationKind('Evaluación IPEC\nEvaluación independiente realizada por\nDWIGHT ORDOÑEZ')).toEqual({ timing: null, mode: 'INDEPENDENT' });
    expect(coverEvaluationKind('Evaluation of Labour Affairs – Final Report [PDF – 237 KB]')).toEqual({ timing: null, mode: null });
  });

  it('hints the kind of document from its title and a form name at the top', () => {
    expect(documentKindHints('Results at a Glance - Evaluation of the Office', '# Results at a Glance')).toEqual(['SUMMARY']);
    expect(documentKindHints(null, 'Formato para la Difusión de los Resultados de las Evaluaciones\n\n1. DESCRIPCIÓN')).toEqual(['SUMMARY']);
    expect(documentKindHints('Projet X - Évaluation finale', 'Good Practice\n\nProjet X - Évaluation finale')).toEqual(['LESSON_RECORDS']);
    expect(documentKindHints('Evaluation of the Office of International Affairs', '')).toEqual([]);
  });
});

describe('metadata stated in sentences', () => {
  it('reads the manager, the firm and the evaluators of acknowledgements and news', () => {
    expect(findManagerStatement('Olive Kamanyana managed the evaluation project team with assistance from Maria El omari.')).toBe('Olive Kamanyana');
    expect(findFirmSubjects('TDV Global Inc. provided evaluation services.')).toEqual(['TDV Global Inc.']);
    expect(findEvaluatorStatements('L’experte en évaluation, Oumoul Khairy Bâ, dont la méthodologie …')).toEqual(['Oumoul Khairy Bâ']);
    // A USAID cover's imprint: "It was prepared independently by …", a Portuguese firm's "Lda".
    expect(findFirmStatements('This publication was produced at the request of the agency. It was prepared independently by Beira Serviços Lda.')).toEqual([
      'Beira Serviços Lda',
    ]);
  });

  it('reads funders, the project’s name and its period', () => {
    const news =
      'Après quatre ans de mise en œuvre par le BIT et ses partenaires, 2020-2024, le projet « Vellahine » financé par le Trésor américain à hauteur de 900.000 dollars U.S, a été clos. Le projet intitulé « Mobilisation des communautés contre l’esclavage » a été évalué.';
    expect(findFunderStatements(news)).toEqual(['Trésor américain']);
    expect(findProjectTitleStatement(news)).toBe('Mobilisation des communautés contre l’esclavage');
    expect(findProjectPeriodStatement(news)).toEqual({ start: '2020', end: '2024' });
    expect(findProjectPeriodStatement('Lancé en octobre 2022, le projet ERS, une initiative de 20 mois, a aidé 58 survivants.')).toEqual({
      start: '2022-10',
      end: '2024-05',
    });
  });

  it('reads the period covered only from a sentence about the evaluation', () => {
    expect(findPeriodCovered('The evaluation covered the period from April 1, 2012 to September 30, 2017.')).toEqual({
      start: '2012-04-01',
      end: '2017-09-30',
    });
    expect(findPeriodCovered('Prices rose from 2012 to 2017.')).toBeNull();
  });
});

describe('more codes', () => {
  it('reads UNDEF grants and ILO codes with a longer donor part', () => {
    expect(parseCode('UDF-MAU-10-359 Renforcement')).toMatchObject({ kind: 'UNDEF_PROJECT', code: 'UDF-MAU-10-359' });
    expect(parseCode('RLA/01/02/PCAN')).toMatchObject({ kind: 'ILO_PROJECT', code: 'RLA/01/02/PCAN' });
    expect(parseCode('BEN/19/02/EU')).toMatchObject({ kind: 'ILO_PROJECT', code: 'BEN/19/02/EU' });
    expect(parseCode('BGD / 13 / 07 / UK')).toMatchObject({ kind: 'ILO_PROJECT', code: 'BGD/13/07/UK' });
  });
});

describe('findObjectivesVerdict', () => {
  it('reads the verdict a report gives on its objectives, in three languages', () => {
    expect(findObjectivesVerdict('Les objectifs du projet pilote ont été partiellement atteints.')).toBe('partiellement atteints');
    expect(findObjectivesVerdict('Overall, the objectives of the project were largely achieved.')).toBe('largely achieved');
    expect(findObjectivesVerdict('Los objetivos del proyecto fueron parcialmente alcanzados.')).toBe('parcialmente alcanzados');
    expect(findObjectivesVerdict('The project aims to reach its objectives by 2025.')).toBeNull();
  });
});

describe('findOwnerOrganisation', () => {
  it('names the department an internal evaluation unit belongs to, by the acronym the text keeps using', () => {
    const text = `The Strategic Evaluation Division thanks the team. The AMFI is a program under Natural Resources Canada’s (NRCan) sub-program. ${'NRCan funds it. '.repeat(5)}`;
    expect(findOwnerOrganisation(text)).toBe('Natural Resources Canada');
    expect(findOwnerOrganisation(`The AMFI is a program under Natural Resources Canada’s (NRCan) sub-program. ${'NRCan funds it. '.repeat(5)}`)).toBeNull();
  });
});

describe('findTitle: lines real covers print around the title', () => {
  it('never takes a note on another edition for the title', () => {
    const text = [
      'CIDA Learns: Lessons from Evaluations 2011-2012',
      'Archived Document',
      'Canadian International Development Agency (CIDA)',
      '© Her Majesty the Queen in Right of Canada, 2012',
      'Cette publication est aussi disponible en français : L’ACDI apprend : Leçons tirées des évaluations',
    ].join('\n');
    expect(findTitle(text, [])).toBe('CIDA Learns: Lessons from Evaluations 2011-2012');
    expect(findTitle('Evaluation Report\nThis publication is also available in French and Spanish\n', [])).toBeNull();
  });

  it('never takes a UN board agenda point for the title', () => {
    const text = [
      'Deuxième session ordinaire de 2014',
      "Point 2 de l'ordre du jour provisoire",
      'Évaluation',
      '',
      'Synthèse',
      "Quels enseignements pouvons-nous tirer des évaluations d'ONU Femmes? Une méta-analyse des évaluations menées par ONU Femmes en 2013",
    ].join('\n');
    expect(findTitle(text, [])).not.toMatch(/ordre du jour/);
    expect(findTitle('Item 3 of the provisional agenda\nEvaluation\n', [])).toBeNull();
  });

  it('reads a title in parts around colons whole, without a trailing report kind', () => {
    const text = 'Annual report 2016/2017: Evaluation of Norwegian Development Cooperation: Prerequisites for learning\n\nThe report highlights lessons.';
    expect(findTitle(text, [])).toBe('Annual report 2016/2017: Evaluation of Norwegian Development Cooperation: Prerequisites for learning');
    expect(findTitle('Country Programme Evaluation: Malawi: Final Report\n\nThe report highlights lessons.', [])).toBe('Country Programme Evaluation: Malawi');
    // A label and a sentence naming the evaluation stay a label and its value.
    expect(findTitle('Note: the evaluation was carried out in 2019 by two consultants\n', [])).toBeNull();
  });

  it("drops a field's label printed without its colon and a link's file extension", () => {
    const matrix =
      'UNHCR MANAGEMENT RESPONSE MATRIX TO:\nTitle Evaluation of UNHCR Response to the L3 South Sudan Refugee Crisis in Uganda and Ethiopia\nReference PDES/2016/01\n';
    expect(findTitle(matrix, [])).toBe('Evaluation of UNHCR Response to the L3 South Sudan Refugee Crisis in Uganda and Ethiopia');
    const listing = 'Evaluation reports\n\nEvaluation report on Promoting women empowerment in the MENA region (Phase II).pdf\n\n2024 | Author(s): EIO\n';
    expect(findTitle(listing, [])).toBe('Evaluation report on Promoting women empowerment in the MENA region (Phase II)');
  });
});

describe('findTitle: Spanish covers saved as text (helper ES, extraction version 12)', () => {
  it('goes on over the next line when the title ends on a word that cannot end it', () => {
    const plain = 'Evaluación de la cooperación del Fondo en\n\nGuatemala 2010-2016\n\nInforme final\n\nDiciembre 2017\n';
    expect(findTitle(plain, [{ text: 'Evaluación de la cooperación del Fondo en', level: 1, start: 0 }])).toBe(
      'Evaluación de la cooperación del Fondo en Guatemala 2010-2016',
    );
    const capitals = 'EVALUACIÓN INTERMEDIA DEL PLAN DE AGUA Y SANEAMIENTO DE LA\n\nREGIÓN ANDINA DEL SUR\n\nINFORME FINAL DE EVALUACIÓN\n\nJunio de 2019\n';
    expect(findTitle(capitals, [{ text: 'EVALUACIÓN INTERMEDIA DEL PLAN DE AGUA Y SANEAMIENTO DE LA', level: 1, start: 0 }])).toBe(
      'EVALUACIÓN INTERMEDIA DEL PLAN DE AGUA Y SANEAMIENTO DE LA REGIÓN ANDINA DEL SUR',
    );
  });

  it('goes on over the capitals lines under a capitals heading, but not over the cover printed again', () => {
    const heading = 'EVALUATION FINALE DU PROGRAMME D’APPUI AUX COOPERATIVES DU BASSIN';
    const cover = `RAPPORT FINAL\n\n${heading}\n\nSUPERIEUR DU FLEUVE (PACOB) 2016-2020\n\n`;
    const text = `${cover}Par :\n\nCabinet Horizon Conseil\n\nJuin 2021\n`;
    const title = 'EVALUATION FINALE DU PROGRAMME D’APPUI AUX COOPERATIVES DU BASSIN SUPERIEUR DU FLEUVE (PACOB) 2016-2020';
    expect(findTitle(text, [{ text: heading, level: 1, start: text.indexOf(heading) }])).toBe(title);
    const twice = `${cover}${cover}Juin 2021\n`;
    expect(findTitle(twice, [{ text: heading, level: 1, start: twice.indexOf(heading) }])).toBe(title);
  });

  it("keeps a capitals title's part ending on a colon and its last line ending on a full stop", () => {
    const text =
      'EVALUACIÓN FINAL\n\nPROGRAMA CONJUNTO DE LAS NACIONES UNIDAS:\n\nAGUA SEGURA Y SANEAMIENTO PARA LAS COMUNIDADES\n\nRURALES DEL ALTIPLANO, BOLIVIA.\n\nINFORME FINAL Elaborado por: Marta Gómez Ruiz, Consultora\n\nMARZO DE 2016\n';
    expect(findTitle(text, [{ text: 'EVALUACIÓN FINAL', level: 1, start: 0 }])).toBe(
      'EVALUACIÓN FINAL PROGRAMA CONJUNTO DE LAS NACIONES UNIDAS: AGUA SEGURA Y SANEAMIENTO PARA LAS COMUNIDADES RURALES DEL ALTIPLANO, BOLIVIA',
    );
  });

  it('reads a cover printed twice in a row once, and keeps "INFORME FINAL DE" whole', () => {
    const text = [
      'INFORME FINAL DE',
      'EVALUACIÓN INTERMEDIA',
      'PROGRAMA DE EMPLEO JUVENIL RURAL',
      'INFORME FINAL DE',
      'EVALUACIÓN INTERMEDIA',
      'PROGRAMA DE EMPLEO JUVENIL RURAL',
      'Agencia de Cooperación del Norte',
      'Lima, Perú',
    ].join('\n');
    expect(findTitle(text, [])).toBe('INFORME FINAL DE EVALUACIÓN INTERMEDIA PROGRAMA DE EMPLEO JUVENIL RURAL');
    // The outline joined the capitals lines into one heading: the same.
    const joined = 'INFORME DE EVALUACIÓN EXTERNA PROYECTO DE RIEGO ANDINO INFORME DE EVALUACIÓN EXTERNA PROYECTO DE RIEGO ANDINO';
    expect(findTitle(`${joined}\n\nAgencia de Cooperación del Norte\n`, [{ text: joined, level: 1, start: 0 }])).toBe(
      'INFORME DE EVALUACIÓN EXTERNA PROYECTO DE RIEGO ANDINO',
    );
  });

  it("never takes a registry's file line for the title", () => {
    const text = [
      'Gestión del riesgo de desastres en los municipios costeros',
      '',
      'Report Cover Image',
      'Evaluation Plan:',
      '2017-2021, Peru',
      'Document Type Language Size Status Downloads',
      'Download document Informe Final Evaluación Riesgo Costero.pdf report Spanish 980.10 KB Posted 12',
    ].join('\n');
    expect(findTitle(text, [])).toBe('Gestión del riesgo de desastres en los municipios costeros');
  });

  it("drops the colon of a registry's field line whose label the copy lost", () => {
    const text =
      'Management Response\n\n: Oficina Regional para las Américas (Panamá)\n: Evaluación intermedia del programa Ciudades Seguras para mujeres y hombres\n:\n\n: Approved\n';
    expect(findTitle(text, [{ text: 'Management Response', level: 1, start: 0 }])).toBe(
      'Evaluación intermedia del programa Ciudades Seguras para mujeres y hombres',
    );
  });

  it("takes a portal page's heading line above the field captions the outline took for headings", () => {
    const text =
      'Mixto\n\nProgramas de comedores comunitarios del Sistema Estatal (Desayunos y Cenas)\n\nTipo de evaluación\nConsultor\nEvaluadora Norte S.C.\n\nObjetivos\n\nValorar la operación del programa.\n';
    expect(findTitle(text, [{ text: 'Objetivos', level: 1, start: text.indexOf('Objetivos') }])).toBe(
      'Programas de comedores comunitarios del Sistema Estatal (Desayunos y Cenas)',
    );
  });
});
