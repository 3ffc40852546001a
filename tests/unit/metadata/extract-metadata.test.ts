import { describe, expect, it } from '@jest/globals';
import { extractMetadata, moneyOptions } from '../../../src/extract/metadata/extract-metadata.js';

const ids = (refs: Array<{ id: string }> | undefined) => (refs ?? []).map((ref) => ref.id);

describe('extractMetadata: the ILO evaluation report cover', () => {
  const cover = [
    'Independent Final Evaluation of the Project to End Forced Labour in Niger',
    '',
    'ILO TC/SYMBOL: NER/18/02/EUR',
    'Type of Evaluation: Final Independent',
    'Country(ies): Niger',
    'Date of the evaluation: March – May 2022',
    'Name of consultant(s): Aïssata DIALLO (Sahel Conseil), Jean Dupont',
    'ILO Administrative Office: CO-Abuja',
    'ILO Technical Backstopping Office: FUNDAMENTALS',
    'Date project ends: 31 December 2021',
    'Donor: country and budget US$: European Union, 3,200,000',
    'Evaluation Manager: Marcelin Orsot',
    'Key Words: forced labour, descent-based slavery, Niger',
    '',
    '# 1. Introduction',
    '',
    'The project worked in the regions of Tahoua and Tillabéri.',
  ].join('\n');

  it('maps every field of the cover to the evaluation and the project', () => {
    const meta = extractMetadata(cover, []);
    expect(meta.evaluation).toMatchObject({
      title: 'Independent Final Evaluation of the Project to End Forced Labour in Niger',
      timing: 'FINAL',
      mode: 'INDEPENDENT',
      conductedPeriod: { start: '2022-03', end: '2022-05' },
      administrativeOffice: 'CO-Abuja',
      technicalOffice: 'FUNDAMENTALS',
      manager: { id: 'person:marcelin-orsot', kind: 'PERSON', name: 'Marcelin Orsot' },
    });
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:aissata-diallo', 'person:jean-dupont']);
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:sahel-conseil']);
    expect(meta.project).toMatchObject({
      code: 'NER/18/02/EUR',
      budget: { amount: 3_200_000, currency: 'USD' },
      period: { start: null, end: '2021-12-31' },
    });
    expect(ids(meta.project.countries)).toEqual(['country:NER']);
    expect(ids(meta.project.donors)).toEqual(['org:european-union']);
    expect(meta.keywords).toEqual(['forced labour', 'descent-based slavery', 'Niger']);
    // "Evaluation of …" in a title does not say which kind of document this is: the extractor decides.
    expect(meta.documentKindHints).toEqual([]);
  });
});

describe('extractMetadata: a French evaluation brief box', () => {
  it('reads "Code du projet / Bailleur / Budget / Évaluateur / Période couverte / Commanditée par" lines', () => {
    const text = [
      '# Note d’évaluation : Projet d’appui à la protection sociale au Burkina Faso',
      '',
      '**Code du projet :** BFA/17/03/LUX',
      '**Bailleur(s) :** Luxembourg',
      '**Budget :** 12,5 millions d’euros',
      '**Évaluateur(s) :** Awa TRAORÉ (Cabinet Sahel Études)',
      '**Période couverte :** du 1er janvier 2018 au 30 juin 2021',
      '**Commanditée par :** Bureau de l’évaluation',
      '**Date de l’évaluation :** Cliquez ici pour entrer la date',
    ].join('\n\n');
    const meta = extractMetadata(text, []);
    expect(meta.project).toMatchObject({ code: 'BFA/17/03/LUX', budget: { amount: 12_500_000, currency: 'EUR' } });
    expect(ids(meta.project.donors)).toEqual(['org:government-of-luxembourg']);
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:awa-traore']);
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:cabinet-sahel-etudes']);
    expect(meta.evaluation.periodCovered).toEqual({ start: '2018-01-01', end: '2021-06-30' });
    expect(meta.evaluation.commissioner?.name).toBe('Bureau de l’évaluation');
    expect(meta.evaluation.conductedPeriod).toBeUndefined();
    expect(meta.documentKindHints[0]).toBe('BRIEF');
  });
});

describe('extractMetadata: Mexico’s CONAC summary form', () => {
  const form = [
    'Formato para la Difusión de los Resultados de las Evaluaciones',
    '1. DESCRIPCIÓN DE LA EVALUACIÓN',
    '1.1 Nombre de la evaluación: Evaluación de Diseño del Programa de Apoyo al Empleo',
    '1.2 Fecha de inicio de la evaluación (dd/mm/aaaa): 06/08/2018',
    '1.3 Fecha de término de la evaluación (dd/mm/aaaa): 19/10/2018',
    '1.4 Nombre de la persona responsable de darle seguimiento a la evaluación y nombre de la unidad administrativa a la que pertenece:',
    'Nombre: Lic. Jorge Escareño Benítez Unidad administrativa: Dirección de Financiamiento',
    '4. DATOS DE LA INSTANCIA EVALUADORA',
    '4.1 Nombre del coordinador de la evaluación: C.P.C Jorge Julio Ortiz Blanco',
    '4.4 Institución a la que pertenece: Ortega & Trujillo Consultoría S.C.',
    '4.5 Principales colaboradores: C.P. Valeria Blanco Manzano e Ing. Andrés Ríos Cereceres 4.6 Correo electrónico del coordinador de la evaluación: jjob@example.mx',
    '5.1 Nombre del (los) programa(s) evaluado(s): Programa de Apoyo al Empleo',
    '5.2 Siglas: PAE',
    '6.1.1 Adjudicación Directa_XXX__ 6.1.2 Invitación a tres___',
    '6.2 Unidad administrativa responsable de contratar la evaluación: Secretaría de la Función Pública del Estado de Zacatecas',
    '6.3 Costo total de la evaluación: $ 208,800.00 con el Impuesto al Valor Agregado.',
    '6.4 Fuente de Financiamiento: Recursos Propios',
  ].join('\n\n');

  it('reads names, dates in dd/mm/aaaa, the team, the firm, the cost in pesos and the commissioner', () => {
    const meta = extractMetadata(form, []);
    expect(meta.evaluation).toMatchObject({
      title: 'Evaluación de Diseño del Programa de Apoyo al Empleo',
      type: 'DESIGN',
      conductedPeriod: { start: '2018-08-06', end: '2018-10-19' },
      completionDate: '2018-10',
      manager: { id: 'person:jorge-escareno-benitez' },
      followUpUnit: 'Dirección de Financiamiento',
      leadEvaluator: { id: 'person:jorge-julio-ortiz-blanco' },
      cost: { amount: 208_800, currency: 'MXN' },
      fundingSource: 'Recursos Propios',
      commissioner: { id: 'org:secretaria-de-la-funcion-publica-del-estado-de-zacatecas' },
    });
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:jorge-julio-ortiz-blanco', 'person:valeria-blanco-manzano', 'person:andres-rios-cereceres']);
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:ortega-trujillo-consultoria-s-c']);
    expect(meta.project).toMatchObject({ title: 'Programa de Apoyo al Empleo', acronym: 'PAE' });
    expect(meta.documentKindHints[0]).toBe('SUMMARY');
  });

  it('reads the follow-up person and unit when the reader puts each sub-field on its own line', () => {
    const text = [
      '1.4 Nombre de la persona responsable de darle seguimiento a la evaluación y nombre de la unidad administrativa a la que pertenece:',
      '**Nombre:** Lic. Jorge Escareño Benítez',
      '**Unidad administrativa:** Dirección de Financiamiento',
      '1.5 Objetivo general de la evaluación:',
    ].join('\n\n');
    const meta = extractMetadata(text, []);
    expect(meta.evaluation.manager?.id).toBe('person:jorge-escareno-benitez');
    expect(meta.evaluation.followUpUnit).toBe('Dirección de Financiamiento');
    const blank = extractMetadata(text.replace('Lic. Jorge Escareño Benítez', '').replace('Dirección de Financiamiento', ''), []);
    expect(blank.evaluation.manager).toBeUndefined();
  });

  it('warns about a cost left blank', () => {
    const meta = extractMetadata(
      '6.2 Unidad administrativa responsable de contratar la evaluación: Secretaría de Economía\n\n6.3 Costo total de la evaluación: $\n\n6.4 Fuente de Financiamiento: Recurso Estatal',
      [],
    );
    expect(meta.evaluation.cost).toBeUndefined();
    expect(meta.warnings).toEqual(['Evaluation cost stated without an amount: "$".']);
  });

  it("reads a team page's roles and « Elaborado por »", () => {
    const team = extractMetadata(
      'Equipo de Evaluación\nOficina de Evaluación:\nJefa de Equipo: Alexandra Chambel\nEspecialista de Evaluación: Valeria Carou Jones\nExperto en Población y Desarrollo: Guido Pinto',
      [],
    );
    expect(team.evaluation.evaluators?.map((person) => person.name)).toEqual(['Alexandra Chambel', 'Valeria Carou Jones', 'Guido Pinto']);
    expect(team.evaluation.leadEvaluator?.name).toBe('Alexandra Chambel');
    const cover = extractMetadata('Informe final\n\nElaborado por: Nieves Rodríguez López, Consultora\n\nAgosto de 2017', []);
    expect(cover.evaluation.evaluators?.map((person) => person.name)).toEqual(['Nieves Rodríguez López']);
  });

  it('reads the authors a list of points names under their label, with their roles', () => {
    const synthesis = extractMetadata(
      'Synthèse\n\nmars 2017\n\nAuteurs :\n- François Mouterde, directeur associé\n- Olivier Nay, expert associé, professeur à l’université Paris I\n- Justine Eude, consultante\n\nAvertissement',
      [],
    );
    expect(synthesis.evaluation.evaluators?.map((person) => person.name)).toEqual(['François Mouterde', 'Olivier Nay', 'Justine Eude']);
    expect(synthesis.evaluation.evaluationFirms ?? []).toEqual([]);
    const team = extractMetadata('Final report\n\nEvaluation team:\n- Jane Smith, team leader\n- John Doe, expert\n\nFindings', []);
    expect(team.evaluation.evaluators?.map((person) => person.name)).toEqual(['Jane Smith', 'John Doe']);
  });

  it("takes no registry's yes or no for a value (UNDP's evaluation pages)", () => {
    const meta = extractMetadata('Evaluation Budget(US $): 34,000\nSource of Funding: UE\nJoint Programme: No\nGEF Evaluation: No\nCountries: SENEGAL', []);
    expect(meta.project.title).toBeUndefined();
  });
});

describe('extractMetadata: a USAID title page (plain-text dump)', () => {
  const page = [
    'FINAL PERFORMANCE EVALUATION OF THE',
    'LIVESTOCK FOR GROWTH (L4G) ACTIVITY',
    'IN MALI',
    'May 15, 2020',
    'Prepared for the United States Agency for International Development under USAID Contract Number:',
    'AID-OAA-TO-16-00008',
    'Submitted to:',
    'USAID/Mali',
    'Submitted by:',
    'Philip Boyle, Team Leader',
    'Embry Howell, Senior Evaluation Specialist',
    'Contractor:',
    'Program Evaluation for Effectiveness and Learning (PEEL)',
    'ME&A',
    '1020 19th Street NW, Suite 875',
    'Washington, DC 20036',
    'ABSTRACT',
    'The Livestock for Growth (L4G) activity aimed to promote inclusive competitive economic growth of the livestock value chain in Mali, defined as small ruminants and cattle.',
    '2. Award Number',
    'AID-688-C-14-00004',
  ].join('\n');

  it('tells the evaluation contract from the activity award, and reads the team and its contractor', () => {
    const meta = extractMetadata(page, []);
    expect(meta.evaluation).toMatchObject({
      title: 'FINAL PERFORMANCE EVALUATION OF THE LIVESTOCK FOR GROWTH (L4G) ACTIVITY IN MALI',
      type: 'PERFORMANCE',
      timing: 'FINAL',
      completionDate: '2020-05',
      contractNumber: 'AID-OAA-TO-16-00008',
      commissioner: { id: 'org:usaid' },
      leadEvaluator: { id: 'person:philip-boyle' },
    });
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:philip-boyle', 'person:embry-howell']);
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:program-evaluation-for-effectiveness-and-learning-peel', 'org:me-a']);
    expect(meta.project.code).toBe('AID-688-C-14-00004');
  });
});

describe('extractMetadata: the IFRC header table', () => {
  it('reads the operation, GLIDE number, dates, budget in CHF and the host National Society', () => {
    const text = [
      'DREF operation\tOperation n° MDRCM028',
      'Date of Issue: 27 October 2020\tGlide number: FL-2019-000134-CMR',
      'Date of disaster: 4 October 2019',
      'Operation start date: 23 October 2019\tOperation end date: 23 January 2020',
      'Host National Society: Cameroon Red Cross Society',
      'Operation budget: CHF 78,140',
      '',
      'The major donors and partners of the DREF include the Red Cross Societies and governments of Belgium, Britain, Canada, Denmark.',
    ].join('\n');
    const meta = extractMetadata(text, []);
    expect(meta.project).toMatchObject({
      code: 'MDRCM028',
      glide: 'FL-2019-000134-CMR',
      budget: { amount: 78_140, currency: 'CHF' },
      period: { start: '2019-10-23', end: '2020-01-23' },
    });
    expect(ids(meta.project.countries)).toEqual(['country:CMR']);
    expect(ids(meta.project.partners)).toEqual(['org:cameroon-red-cross-society']);
    expect(meta.evaluation.completionDate).toBe('2020-10');
  });
});

describe('extractMetadata: reports that state their metadata in sentences', () => {
  it('reads the expenditure from the amount that "was spent"', () => {
    const text =
      'The overall budget allocated for this operation was CHF 78,140 out of which CHF 64,785 (83%) were spent. A balance of CHF 13,355 has been returned.';
    const meta = extractMetadata(text, []);
    expect(meta.project.budget).toEqual({ amount: 78_140, currency: 'CHF' });
    expect(meta.project.expenditure).toEqual({ amount: 64_785, currency: 'CHF' });
  });

  it('reads the period covered, the budget and the expenditure, in the document’s dollars', () => {
    const text = [
      '# Evaluation Report: African Model Forest Initiative',
      '',
      'The evaluation covered the 2009-2010 to 2013-2014 period with NRCan’s expenses totaling $13 million over this 5-year period.',
      '',
      'Contributions under this program total $15 million, approved by the Government of Canada. Canada and Canadian partners led the work.',
    ].join('\n');
    const meta = extractMetadata(text, []);
    expect(meta.evaluation.title).toBe('Evaluation Report: African Model Forest Initiative');
    expect(meta.evaluation.periodCovered).toEqual({ start: '2009', end: '2014', fiscal: true });
    expect(meta.project.budget).toEqual({ amount: 15_000_000, currency: 'CAD' });
    expect(meta.project.expenditure).toEqual({ amount: 13_000_000, currency: 'CAD' });
  });

  it('reads the team from a "prepared by" sentence and the firms that follow "of"', () => {
    const text =
      'This publication was produced for review by the United States Agency for International Development. It was prepared by David Nelson (Team Leader), Rose Schneider of Social Impact, Inc (SI) and Elvira Beracochea of MIDEGO, Inc.\nSOMETHING ELSE';
    const meta = extractMetadata(text, []);
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:david-nelson', 'person:rose-schneider', 'person:elvira-beracochea']);
    expect(meta.evaluation.leadEvaluator?.id).toBe('person:david-nelson');
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:social-impact-inc', 'org:midego-inc']);
  });

  it('states nothing for a text without metadata', () => {
    expect(extractMetadata('Quarterly newsletter\n\nThe office in Niamey welcomed a delegation.', [])).toEqual({
      evaluation: {},
      project: {},
      documentKindHints: [],
      warnings: [],
    });
  });
});

describe('moneyOptions: the locale of a bare "$"', () => {
  it('follows the written codes and the dollar country the text names', () => {
    expect(moneyOptions('Canada. Canada. The Government of Canada spent $5 million; the partner spent US$270,000 (CA$278,073).').dollar).toBe('CAD');
    expect(moneyOptions('Gobierno del Estado de Zacatecas. Estado de Zacatecas.').dollar).toBe('MXN');
    expect(moneyOptions('Le Cameroun et le Tchad, en FCFA.').cfaFranc).toBe('XAF');
    expect(moneyOptions('Au Mali, en FCFA.').cfaFranc).toBe('XOF');
  });
});

describe('extractMetadata: a management response form names its evaluation in a field', () => {
  it('takes the evaluation "Titre du projet :" names over the form\'s own heading', () => {
    const text = [
      "# Réponse de la direction et plan d'action",
      '',
      'Titre du projet : Évaluation du Fonds de la Loi sur les contraventions pour la mise en œuvre des obligations linguistiques',
      '',
      'Centre de responsabilité : Direction des innovations, analyse et intégration',
      '',
      'Recommandation 1 : Le ministère de la Justice Canada devrait songer à fusionner le processus de reddition de compte.',
    ].join('\n');
    const meta = extractMetadata(text, []);
    expect(meta.evaluation.title).toBe('Évaluation du Fonds de la Loi sur les contraventions pour la mise en œuvre des obligations linguistiques');
    expect(meta.documentKindHints[0]).toBe('MANAGEMENT_RESPONSE');
  });

  it('never takes a field that names no evaluation for the title', () => {
    const text = ['# Management Response and Action Plan', '', 'Project title: Community Water Supply in Northern Ghana', ''].join('\n');
    expect(extractMetadata(text, []).evaluation.title).not.toBe('Community Water Supply in Northern Ghana');
  });
});

describe('extractMetadata: a "Country: title" cover', () => {
  it('reads the title whole and its country', () => {
    const meta = extractMetadata('Chile: Estudio de Evaluación de Impacto del Programa de Evaluación de Programas\nResumen Ejecutivo\n', []);
    expect(meta.evaluation.title).toBe('Chile: Estudio de Evaluación de Impacto del Programa de Evaluación de Programas');
  });
});

describe('extractMetadata: "Elaborado por:" over a firm and a translator', () => {
  it('takes the firm and leaves the translator out', () => {
    const text = ['Elaborado por:', '', 'Capra International Inc.', '', 'Traducción: Strategic Agenda LLP', '', '29 de septiembre de 2014', ''].join('\n');
    const meta = extractMetadata(text, []);
    expect((meta.evaluation.evaluationFirms ?? []).map((firm) => firm.name)).toEqual(['Capra International Inc']);
  });
});

describe('extractMetadata: a heading that only names its kind or opens with a code', () => {
  it('takes the subject heading under "# Evaluation Summary"', () => {
    const text = [
      '# Evaluation Summary',
      '',
      '## Evaluation of International Assistance Programming in Middle-Income Countries',
      '',
      '### Recommendations',
      '',
      '1. Clarify how the policy guidance is meant to be applied.',
    ].join('\n');
    expect(extractMetadata(text, []).evaluation.title).toBe('Evaluation of International Assistance Programming in Middle-Income Countries');
  });

  it('takes the subject after the code of a coded heading, not a series clause line above it', () => {
    const text = [
      "# CLAUSE D'ÉVALUATION A POSTERIORI DES PROJETS DU FONDS DES NATIONS UNIES POUR LA DÉMOCRATIE",
      '',
      'Contrat N°.PD:C0110/10',
      '',
      '# UDF-DJI-11-436: Ensemble contre la violence et la discrimination des femmes à Djibouti',
      '',
      'Date: 30 Mars 2016',
      '',
      "## RAPPORT D'ÉVALUATION",
    ].join('\n');
    const meta = extractMetadata(text, []);
    expect(meta.evaluation.title).toBe('Ensemble contre la violence et la discrimination des femmes à Djibouti');
    expect(meta.project.code).toBe('UDF-DJI-11-436');
  });
});

describe('extractMetadata: a bare project number after "Project:"', () => {
  it('reads it as the project code, never a year or a name', () => {
    const text = 'Evaluation report on Promoting women empowerment (Phase II)\n\nProject: 170136\nThe project aimed at enhancing access to finance.\n';
    expect(extractMetadata(text, []).project.code).toBe('170136');
    expect(extractMetadata('Final evaluation report\n\nProject: 2019\n', []).project.code).toBeUndefined();
    expect(extractMetadata('Final evaluation report\n\nProject: Water for 30000 people\n', []).project.code).toBeUndefined();
  });
});

describe('extractMetadata: the team a credits sentence names with its members', () => {
  const names = (text: string) => (extractMetadata(text, []).evaluation.evaluators ?? []).map((person) => person.name);

  it('reads « une équipe … de la firme X composée de A (chef d’équipe), B et C », with the firm and the lead', () => {
    const text =
      'Remerciements\n\nLa présente évaluation a été menée par une équipe de consultants externes de la firme Sahel Conseil Inc. composée de Awa Diop (chef d’équipe), Marc Lefèvre et Fatou Ndiaye. Elle a été supervisée par la Direction de l’évaluation.';
    const meta = extractMetadata(text, []);
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:awa-diop', 'person:marc-lefevre', 'person:fatou-ndiaye']);
    expect(meta.evaluation.leadEvaluator?.id).toBe('person:awa-diop');
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:sahel-conseil-inc']);
  });

  it('reads the members listed under a colon, one a line, and the firm named right after the team', () => {
    const text =
      'Synthèse\n\nL’évaluation a été réalisée par une équipe Kora Analytique composée d’évaluateurs et d’experts :\n\n► Jeanne Morel, directrice associée\n\n► Idrissa Kaboré, consultant senior\n\nRemerciements\n\nNous remercions les partenaires.';
    const meta = extractMetadata(text, []);
    expect(names(text)).toEqual(['Jeanne Morel', 'Idrissa Kaboré']);
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:kora-analytique']);
    expect(
      names(
        'Ce rapport d’évaluation a été élaboré par une équipe mise en place par le Cabinet NAFA-SARL et composée de :\n\n1. Oumar Sall 2. Rokia Coulibaly 3. Paul Kaboré\n\nTable des matières',
      ),
    ).toEqual(['Oumar Sall', 'Rokia Coulibaly', 'Paul Kaboré']);
  });

  it('reads the members after a clause saying the team did the work, in English too', () => {
    const text =
      'Acknowledgements\n\nWe thank the team of consultants from Delta Advisory who conducted the review: Ana Costa (team leader), Peter Mills and Ravi Shah.';
    const meta = extractMetadata(text, []);
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:ana-costa', 'person:peter-mills', 'person:ravi-shah']);
    expect(meta.evaluation.leadEvaluator?.id).toBe('person:ana-costa');
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:delta-advisory']);
  });

  it('never reads a project’s team, nor people the team met, for the evaluators', () => {
    expect(names('L’équipe du projet, composée de Moussa Traoré (coordonnateur) et Aminata Sy, a facilité la mission d’évaluation.')).toEqual([]);
    expect(names('L’équipe d’évaluation a rencontré : Moussa Traoré, Aminata Sy et Paul Kaboré.')).toEqual([]);
  });
});

describe('extractMetadata: authors a cover names without a colon', () => {
  const names = (text: string) => (extractMetadata(text, []).evaluation.evaluators ?? []).map((person) => person.name);

  it('reads « Auteurs » followed by the names on its line', () => {
    expect(names('Évaluation du programme\n\nAuteurs Claire DUBOIS, Kossi AMEGAN, Paul Martin\n\nSynthèse – mars 2021')).toEqual([
      'Claire Dubois',
      'Kossi Amegan',
      'Paul Martin',
    ]);
  });

  it('reads « Auteurs » alone over one person a line, each with a role', () => {
    const meta = extractMetadata('Rapport final\n\nAuteurs\n\nClaire Dubois, cheffe de mission\n\nKossi Amegan, expert agronome\n\nMars 2021', []);
    expect(meta.evaluation.evaluators?.map((person) => person.name)).toEqual(['Claire Dubois', 'Kossi Amegan']);
    expect(meta.evaluation.leadEvaluator?.name).toBe('Claire Dubois');
  });

  it('reads « Par : » over the firm and its consultants, one a point', () => {
    const meta = extractMetadata(
      'RAPPORT FINAL\n\nPar :\n\nLe bureau NAFA ÉTUDES\n\n- Oumar SALL, Agronome, Consultant Principal et Chef de la mission.\n\n- Rokia COULIBALY, Sociologue, Consultante associée\n\nAvril 2016',
      [],
    );
    expect(meta.evaluation.evaluators?.map((person) => person.name)).toEqual(['Oumar Sall', 'Rokia Coulibaly']);
    expect(meta.evaluation.leadEvaluator?.name).toBe('Oumar Sall');
    expect(meta.evaluation.evaluationFirms).toHaveLength(1);
  });

  it('reads « Dr Awa SOW : Consultante principale » cover lines, never a list of people met', () => {
    const meta = extractMetadata('Rapport final\n\nDr Awa SOW : Consultante principale\n\nM. Ibrahima FALL : Consultant assistant\n\n1. Introduction', []);
    expect(meta.evaluation.evaluators?.map((person) => person.name)).toEqual(['Awa Sow', 'Ibrahima Fall']);
    expect(meta.evaluation.leadEvaluator?.name).toBe('Awa Sow');
    expect(names('Liste des personnes rencontrées\n\nM. Amadou Diallo : Directeur régional de l’agriculture')).toEqual([]);
  });
});

describe('extractMetadata: firms and units a by-line names', () => {
  it('reads a consultancy named after its trade (« Réalisée par Atlas Hospitality ») as a firm, not a person', () => {
    const meta = extractMetadata('Évaluation à mi-parcours du programme de formation hôtelière\n\nRéalisée par Atlas Hospitality\n\nJuin 2019', []);
    expect(meta.evaluation.evaluators ?? []).toEqual([]);
    expect(ids(meta.evaluation.evaluationFirms)).toEqual(['org:atlas-hospitality']);
  });

  it('never reads a unit « la division Suivi et Capitalisation de l’ONG » as a person', () => {
    const meta = extractMetadata(
      'Remerciements Ce rapport a été réalisé par la division Suivi et Capitalisation de l’ONG, sous la supervision de Jean Morin. L’ensemble des équipes a contribué.',
      [],
    );
    expect((meta.evaluation.evaluators ?? []).map((person) => person.name)).toEqual([]);
  });
});

describe('extractMetadata: a Spanish report’s team with courtesy titles and biographies (extraction version 14)', () => {
  it('drops « D. », « Dña. », « Da. » from the names and reads no biography as a name, a firm or an actor', () => {
    const text = [
      'INFORME FINAL',
      'Evaluación final del programa de agua y saneamiento en Cochabamba, Bolivia',
      '2. EQUIPO EVALUADOR',
      'La evaluación ha sido realizada por el siguiente equipo:',
      'D. Juan Pérez García, economista, coordinador de la evaluación. Licenciado en Ciencias Económicas por la Universidad Complutense de Madrid, cuenta con más de 15 años de experiencia en cooperación.',
      'Dña. María López Ruiz, socióloga, especialista en género. Doctora en Sociología por la Universidad de Salamanca.',
      'Da. Ana Gómez Torres, ingeniera agrónoma, técnica de campo.',
      '3. CONCLUSIONES',
      'El programa ha mejorado el acceso al agua potable de 12.000 personas.',
    ].join('\n\n');
    const meta = extractMetadata(text, []);
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:juan-perez-garcia', 'person:maria-lopez-ruiz', 'person:ana-gomez-torres']);
    expect(meta.evaluation.leadEvaluator?.id).toBe('person:juan-perez-garcia');
    expect(meta.evaluation.evaluationFirms).toBeUndefined();
  });

  it('reads the courtesy titles on a cover’s team line', () => {
    const text = [
      'INFORME FINAL',
      'Evaluación final del programa de agua en Bolivia',
      'Equipo evaluador: D. Juan Pérez García (coordinador), Dña. María López Ruiz y Da. Ana Gómez Torres',
      'Encargada por: Ayuntamiento de Madrid',
    ].join('\n\n');
    const meta = extractMetadata(text, []);
    expect((meta.evaluation.evaluators ?? []).map((person) => person.name)).toEqual(['Juan Pérez García', 'María López Ruiz', 'Ana Gómez Torres']);
    expect(meta.evaluation.commissioner?.name).toBe('Ayuntamiento de Madrid');
  });
});

describe('extractMetadata: a label glued to its value (extraction version 14)', () => {
  it('reads "Elaboración:Consorcio …", "Evaluador:…" and « Commanditaire:… » as labels', () => {
    const es = [
      'INFORME FINAL',
      'Elaboración:Consorcio Desarrollo y Evaluación S.L.',
      'Evaluador:Pedro Ramírez Soto',
      'Año de elaboración: marzo de 2019',
    ].join('\n');
    const meta = extractMetadata(es, []);
    expect((meta.evaluation.evaluationFirms ?? []).map((firm) => firm.name)).toEqual(['Consorcio Desarrollo y Evaluación S.L']);
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:pedro-ramirez-soto']);
    const fr = ['RAPPORT FINAL', 'Commanditaire:Croix-Rouge de Belgique', 'Évaluateur:Jean Dupont'].join('\n');
    const french = extractMetadata(fr, []);
    expect(french.evaluation.commissioner?.name).toBe('Croix-Rouge de Belgique');
    expect(ids(french.evaluation.evaluators)).toEqual(['person:jean-dupont']);
  });
});

describe('extractMetadata: a team table of roles and names a PDF lays out on one line each (extraction version 14)', () => {
  it('reads each person with the role before the gap, the lead from it, and no firm', () => {
    const text = [
      'Evaluation finale du 7ème Cycle de Programme pays',
      '',
      '                                             Équipe d’évaluation',
      'Chef d’équipe                                       Françoise Coupal',
      'Consultant national, expert en santé reproductive   Dr. Cheikh Oumar Diop',
      'et maternelle',
      'Consultant national, expert en population et        Isselmou Mohamed Taleb',
      'développement',
      '',
      'Remerciements',
    ].join('\n');
    const meta = extractMetadata(text, []);
    expect(ids(meta.evaluation.evaluators)).toEqual(['person:francoise-coupal', 'person:cheikh-oumar-diop', 'person:isselmou-mohamed-taleb']);
    expect(meta.evaluation.leadEvaluator?.id).toBe('person:francoise-coupal');
    expect(meta.evaluation.evaluationFirms).toBeUndefined();
  });

  it('reads a person the cover names surname first and the team table given name first as one person', () => {
    const text = [
      'Evaluation finale du 7ème Cycle de Programme pays',
      '               Évaluateurs:',
      '             Françoise Coupal',
      '           Dr. Diop Cheikh Oumar',
      '',
      '               Octobre 2016',
      '',
      '                                             Équipe d’évaluation',
      'Chef d’équipe                                       Françoise Coupal',
      'Consultant national, expert en santé reproductive   Dr. Cheikh Oumar Diop',
      '',
      'Remerciements',
    ].join('\n');
    expect(ids(extractMetadata(text, []).evaluation.evaluators)).toEqual(['person:francoise-coupal', 'person:diop-cheikh-oumar']);
  });
});

describe('extractMetadata: a firm’s name in capitals wrapped before its conjunction (extraction version 14)', () => {
  it('reads "I.C.G. INTERNACIONAL DE COOPERACIÓN" over "Y GESTIÓN S.L." as one firm', () => {
    const text = ['GENERALITAT VALENCIANA', '', 'Elaborado por:', '', 'I.C.G. INTERNACIONAL DE COOPERACIÓN', '', 'Y GESTIÓN S.L.', '', '1. INTRODUCCIÓN'].join(
      '\n',
    );
    const meta = extractMetadata(text, []);
    expect((meta.evaluation.evaluationFirms ?? []).map((firm) => firm.name)).toEqual(['I.C.G. INTERNACIONAL DE COOPERACIÓN Y GESTIÓN S.L']);
    expect(meta.evaluation.evaluators).toBeUndefined();
  });
});
