/**
 * Document kinds outside the ILO layouts: management responses (matrices as tables, as Markdown pipe
 * tables, as a PDF's cell-by-cell text, as a recommendation with its action-plan table) and evaluation
 * briefs (key messages, a publication series line), in English, French and Spanish. The fixtures under
 * tests/fixtures/kinds/ are written by us on the layouts of real agency documents (see their README).
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import { partField } from '../../src/extract/items/item-labels.js';
import { parsePeopleList } from '../../src/extract/metadata/people.js';
import { buildOutline } from '../../src/extract/outline/build-outline.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { DocumentKind, ExtractionRecord, InsightKind, ManagementResponse, RecommendationFields } from '../../src/model/records.js';
import { readDocument, readDocumentBytes } from '../../src/read/read-document.js';
import { readFileSync } from 'node:fs';
import { makeDocx, makePdf } from './read-fixtures.js';

function extract(text: string, sourcePath = 'doc.md'): ExtractionRecord {
  const read: ReadResult = { sourcePath, sha256: '0'.repeat(64), format: 'md', text, encoding: 'utf-8', warnings: [], pageStarts: [] };
  return extractRecord(read);
}

async function extractFile(name: string): Promise<ExtractionRecord> {
  return extractRecord(await readDocument(`tests/fixtures/kinds/${name}`));
}

const counts = (record: ExtractionRecord): Partial<Record<InsightKind, number>> => {
  const out: Partial<Record<InsightKind, number>> = {};
  for (const insight of record.insights) out[insight.kind] = (out[insight.kind] ?? 0) + 1;
  return out;
};

const responses = (record: ExtractionRecord): Array<ManagementResponse | undefined> =>
  record.insights.filter((insight) => insight.kind === 'RECOMMENDATION').map((insight) => (insight.fields as RecommendationFields | null)?.managementResponse);

const decisions = (record: ExtractionRecord) => responses(record).map((response) => response?.decision ?? null);

describe('management responses of other agencies', () => {
  it('reads a response matrix printed cell by cell (a PDF text: recommendation, decision, comment, actions, unit, deadline, funding)', async () => {
    const record = await extractFile('mr-en-operation-evaluation-niger.txt');
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(counts(record)).toEqual({ RECOMMENDATION: 4 });
    expect(record.insights[0]!.text).toMatch(/^Concentrate resilience activities in the communes of Tillabéri and Tahoua/);
    expect(decisions(record)).toEqual(['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'ACCEPTED']);
    expect(responses(record)[1]).toEqual({
      decision: 'PARTIALLY_ACCEPTED',
      response:
        'Markets in Maradi function well, but the security situation in Tillabéri does not allow cash distributions in every commune; in-kind rations will remain there.',
      keyActions:
        'A market functionality assessment will be carried out before each distribution cycle; cash will be used in Maradi from the 2019 lean season.',
      who: 'Programme unit; VAM unit',
      dueDate: '2019-03',
    });
    // "None." fills the actions column of the rejected recommendation: the unit after it is the unit.
    expect(responses(record)[2]).toEqual({
      decision: 'REJECTED',
      response:
        'The sites outside health centres reach nomadic households that the Ministry of Public Health cannot reach yet; closing them would leave children untreated.',
      who: 'Nutrition unit',
    });
    // A unit the layout took for a heading stays a cell of its recommendation.
    expect(responses(record)[3]).toMatchObject({ who: 'M&E unit with Regional Bureau Dakar', dueDate: '2019-12' });
  });

  it('reads the same matrix from a PDF, and leaves out who cleared it ("Country Director: … Date: …")', async () => {
    const lines = readFileSync('tests/fixtures/kinds/mr-en-operation-evaluation-niger.txt', 'utf8').split('\n');
    const record = extractRecord(await readDocumentBytes(await makePdf(lines), 'management-response.pdf'));
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(counts(record)).toEqual({ RECOMMENDATION: 4 });
    expect(record.insights[0]!.text).toMatch(/^Concentrate resilience activities/);
    expect(decisions(record)).toEqual(['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'ACCEPTED']);
    expect(responses(record)[0]).toMatchObject({ who: 'Programme unit, resilience team', dueDate: '2019-06' });
  });

  it('reads each recommendation with its « Réponse de la direction » and its action-plan table (HTML, French)', async () => {
    const record = await extractFile('mr-fr-projet-resilience-mali.html');
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(counts(record)).toEqual({ RECOMMENDATION: 3 });
    expect(record.insights.map((insight) => insight.text)).toEqual([
      "Associer les commissions foncières communales à la délimitation de toutes les pistes de transhumance avant tout investissement dans les points d'eau.",
      "Transférer la gestion des banques d'aliments du bétail aux coopératives féminines dès la deuxième année.",
      "Supprimer les transferts monétaires inconditionnels au profit des seuls travaux à haute intensité de main-d'œuvre.",
    ]);
    expect(decisions(record)).toEqual(['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED']);
    expect(responses(record)[0]).toEqual({
      decision: 'ACCEPTED',
      response: "Acceptée. Le bureau pays partage ce constat ; les conflits de Mopti l'ont montré.",
      keyActions:
        '1.1 Signer une convention avec les commissions foncières de Douentza et Ténenkou / 1.2 Conditionner les marchés de forage à un procès-verbal de délimitation',
      who: 'Unité Résilience / Unité Opérations',
      status: 'Initiée / Non initiée',
      dueDate: '2023-12',
    });
  });

  it('reads a Markdown matrix under a heading that does not say "management response" (Spanish)', async () => {
    const record = await extractFile('mr-es-plan-accion-guatemala.md');
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(counts(record)).toEqual({ RECOMMENDATION: 4 });
    expect(decisions(record)).toEqual(['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'ACCEPTED']);
    expect(responses(record)[1]).toEqual({
      decision: 'PARTIALLY_ACCEPTED',
      response: 'Parcialmente aceptada: el presupuesto restante sólo permite cubrir dos departamentos.',
      keyActions: 'Priorizar Quiché y Alta Verapaz en la convocatoria de 2023.',
      who: 'Unidad de Desarrollo Económico',
      status: 'No iniciada',
      dueDate: '2023-06',
    });
    // A dash in the deadline and status cells says nothing.
    expect(responses(record)[2]).toEqual({
      decision: 'REJECTED',
      response: 'Rechazada: el acuerdo de gobernanza del programa asigna la coordinación al Ministerio de Trabajo.',
      keyActions: 'No aplica.',
      who: 'Coordinación del programa',
    });
  });

  it('reads a Word response matrix whose title names an evaluation, not a response (French)', async () => {
    const bytes = await makeDocx([
      { heading: 1, text: 'Évaluation à mi-parcours du programme de protection sociale adaptative au Sénégal' },
      { heading: 2, text: 'Matrice de suivi des recommandations' },
      {
        table: [
          ['Recommandations', 'Réponse de la direction', 'Actions clés', 'Responsable', 'Échéance'],
          [
            'Étendre le registre national unique aux ménages nomades du Ferlo.',
            'Acceptée',
            'Enquête de recensement dans trois départements',
            'Délégation générale à la protection sociale',
            'Juin 2025',
          ],
          ['Doubler le montant des transferts pendant la soudure.', 'Rejetée : le budget de l’État ne le permet pas.', '', '', ''],
        ],
      },
    ]);
    const record = extractRecord(await readDocumentBytes(bytes, 'reponse.docx'));
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(counts(record)).toEqual({ RECOMMENDATION: 2 });
    expect(responses(record)).toEqual([
      {
        decision: 'ACCEPTED',
        keyActions: 'Enquête de recensement dans trois départements',
        who: 'Délégation générale à la protection sociale',
        dueDate: '2025-06',
      },
      { decision: 'REJECTED', response: 'Rejetée : le budget de l’État ne le permet pas.' },
    ]);
  });

  it.each<[string, string]>([
    [
      'en',
      '# Agreement at Completion Point\n\nRecommendation 1: Scale up the rural finance component in the northern provinces.\n\nAgreed. The Ministry of Agriculture will extend the pilot.\n\nRecommendation 2: Close the project management unit in the capital.\n\nAgreed. Its staff will move to the provinces.\n',
    ],
    [
      'fr',
      '# Fiche contradictoire\n\nRecommandation 1 : Renforcer le suivi des transferts dans les régions de Tahoua et de Maradi.\n\nAcceptée. La délégation prévoit une mission trimestrielle.\n\nRecommandation 2 : Publier les données de suivi.\n\nAcceptée. Un tableau de bord sera mis en ligne.\n',
    ],
    [
      'es',
      '# Respuesta institucional a la evaluación final\n\nRecomendación 1: Fortalecer el registro de productores en Alta Verapaz.\n\nAceptada. El ministerio ampliará el registro.\n\nRecomendación 2: Publicar las bases de datos.\n\nAceptada. Se publicarán en el portal.\n',
    ],
  ])('knows the names agencies give a management response (%s)', (_language, text) => {
    const record = extract(text);
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(decisions(record)).toEqual(['ACCEPTED', 'ACCEPTED']);
  });

  it.each<[string, string, ManagementResponse]>([
    [
      'en',
      '# Final evaluation of the Cash for Nutrition project\n\n## Recommendations\n\nRecommendation 1: Extend the transfers to the lean season in Zinder.\n\nPartially accepted\n\nFunding covers only two months of the lean season.\n\nTransfers will run in July and August.\n\nProgramme unit\n\nJuly 2025\n\nRecommendation 2: Train the community health workers to screen for acute malnutrition.\n\nAccepted\n\nThe office agrees.\n\nTwo sessions a year.\n\nNutrition unit\n\nMarch 2025\n',
      {
        decision: 'PARTIALLY_ACCEPTED',
        response: 'Funding covers only two months of the lean season.',
        keyActions: 'Transfers will run in July and August.',
        who: 'Programme unit',
        dueDate: '2025-07',
      },
    ],
    [
      'fr',
      "# Évaluation finale du projet Cash pour la nutrition\n\n## Recommandations\n\nRecommandation 1 : Étendre les transferts à la soudure à Zinder.\n\nPartiellement acceptée\n\nLe financement ne couvre que deux mois de soudure.\n\nLes transferts auront lieu en juillet et en août.\n\nUnité programme\n\nJuillet 2025\n\nRecommandation 2 : Former les relais communautaires au dépistage de la malnutrition aiguë.\n\nAcceptée\n\nLe bureau est d'accord.\n\nDeux sessions par an.\n\nUnité nutrition\n\nMars 2025\n",
      {
        decision: 'PARTIALLY_ACCEPTED',
        response: 'Le financement ne couvre que deux mois de soudure.',
        keyActions: 'Les transferts auront lieu en juillet et en août.',
        who: 'Unité programme',
        dueDate: '2025-07',
      },
    ],
    [
      'es',
      '# Evaluación final del proyecto Efectivo para la Nutrición\n\n## Recomendaciones\n\nRecomendación 1: Extender las transferencias a la temporada de escasez en Zinder.\n\nParcialmente aceptada\n\nLa financiación sólo cubre dos meses.\n\nLas transferencias se harán en julio y agosto.\n\nUnidad de programas\n\nJulio de 2025\n\nRecomendación 2: Capacitar a los agentes comunitarios en la detección de la desnutrición aguda.\n\nAceptada\n\nLa oficina está de acuerdo.\n\nDos sesiones al año.\n\nUnidad de nutrición\n\nMarzo de 2025\n',
      {
        decision: 'PARTIALLY_ACCEPTED',
        response: 'La financiación sólo cubre dos meses.',
        keyActions: 'Las transferencias se harán en julio y agosto.',
        who: 'Unidad de programas',
        dueDate: '2025-07',
      },
    ],
  ])('tells a response matrix by its content when no heading names it: a bare decision under each recommendation (%s)', (_language, text, first) => {
    const record = extract(text);
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(counts(record)).toEqual({ RECOMMENDATION: 2 });
    expect(responses(record)[0]).toEqual(first);
    expect(responses(record)[1]!.decision).toBe('ACCEPTED');
  });

  it('reads a response matrix under a heading that names no kind ("Plan d\'action", Word, French)', async () => {
    const bytes = await makeDocx([
      { heading: 1, text: 'Évaluation finale du projet de cantines scolaires au Niger' },
      { heading: 2, text: "Plan d'action" },
      {
        table: [
          ['Recommandation', 'Décision', 'Mesures', 'Responsable', 'Délai'],
          ["Associer les comités de gestion scolaire à l'achat local des vivres.", 'Acceptée', 'Guide d’achat local', 'Unité programme', 'Mars 2025'],
          ['Fermer les cantines des écoles de moins de cinquante élèves.', 'Non acceptée', '', '', ''],
        ],
      },
    ]);
    const record = extractRecord(await readDocumentBytes(bytes, 'plan.docx'));
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(record.insights.map((insight) => insight.text)).toEqual([
      "Associer les comités de gestion scolaire à l'achat local des vivres.",
      'Fermer les cantines des écoles de moins de cinquante élèves.',
    ]);
    expect(decisions(record)).toEqual(['ACCEPTED', 'REJECTED']);
  });

  it.each<[string, string]>([
    [
      'en',
      '# Final Evaluation of the Sahel Resilience Project\n\n## Management Response\n\nEvaluation Recommendation 1. The project should hand over the water committees to the communes before closure.\n\nManagement Response: Partially agree. The communes lack budget for maintenance.\n\n| Key Action(s) | Time Frame | Responsible Unit(s) | Tracking: Comments | Status (Initiated, Completed or No due date) |\n| --- | --- | --- | --- | --- |\n| 1.1 Sign handover agreements with five communes | 2024/06 | Resilience unit | | Initiated |\n',
    ],
    [
      'fr',
      "# Évaluation finale du projet de résilience au Sahel\n\n## Réponse de la direction\n\nRecommandation de l'évaluation 1. Le projet devrait transférer les comités de l'eau aux communes avant sa clôture.\n\nRéponse de la direction : Partiellement acceptée. Les communes n'ont pas de budget d'entretien.\n\n| Action(s) clé(s) | Calendrier | Unité(s) responsable(s) | Suivi : commentaires | Statut |\n| --- | --- | --- | --- | --- |\n| 1.1 Signer des conventions de transfert avec cinq communes | 2024/06 | Unité résilience | | Initiée |\n",
    ],
    [
      'es',
      '# Evaluación final del proyecto de resiliencia en el Sahel\n\n## Respuesta de la gerencia\n\nRecomendación de la evaluación 1. El proyecto debería transferir los comités de agua a los municipios antes del cierre.\n\nRespuesta de la gerencia: Parcialmente aceptada. Los municipios no tienen presupuesto de mantenimiento.\n\n| Acción(es) clave | Plazo | Unidad(es) responsable(s) | Seguimiento: comentarios | Estado |\n| --- | --- | --- | --- | --- |\n| 1.1 Firmar convenios de traspaso con cinco municipios | 2024/06 | Unidad de resiliencia | | Iniciada |\n',
    ],
  ])('reads UNDP\'s layout: "Evaluation Recommendation 1.", the response, and its key-action table (%s)', (_language, text) => {
    const record = extract(text);
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(counts(record)).toEqual({ RECOMMENDATION: 1 });
    expect(record.insights[0]!.text).toMatch(/^(?:The project should|Le projet devrait|El proyecto debería) /);
    expect(responses(record)[0]).toMatchObject({ decision: 'PARTIALLY_ACCEPTED', dueDate: '2024-06' });
    expect(responses(record)[0]!.keyActions).toMatch(/^1\.1 /);
    expect(responses(record)[0]!.who).toMatch(/^(?:Resilience unit|Unité résilience|Unidad de resiliencia)$/);
  });

  it.each<[string, string]>([
    [
      'en',
      '# Agreement at Completion Point\n\nRecommendation 1: Extend the rural finance pilot to the northern provinces before the new loan.\n\nProposed follow-up: The Ministry will extend the pilot to two provinces.\n\nEntities responsible: Ministry of Agriculture\n\nDeadline: December 2025\n',
    ],
    [
      'fr',
      "# Accord conclusif\n\nRecommandation 1 : Étendre le pilote de finance rurale aux provinces du nord avant le nouveau prêt.\n\nSuite à donner : Le ministère étendra le pilote à deux provinces.\n\nEntités responsables : Ministère de l'Agriculture\n\nÉchéance : décembre 2025\n",
    ],
    [
      'es',
      '# Acuerdo en el punto de culminación\n\nRecomendación 1: Extender el piloto de finanzas rurales a las provincias del norte antes del nuevo préstamo.\n\nSeguimiento propuesto: El ministerio extenderá el piloto a dos provincias.\n\nEntidades responsables: Ministerio de Agricultura\n\nPlazo: diciembre de 2025\n',
    ],
  ])("reads IFAD's agreement at completion point: proposed follow-up, entities responsible, deadline (%s)", (_language, text) => {
    const record = extract(text);
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
    expect(responses(record)[0]).toMatchObject({ dueDate: '2025-12' });
    expect(responses(record)[0]!.keyActions).toMatch(/pilot/);
    expect(responses(record)[0]!.who).toMatch(/^Minist/);
  });

  it('names the columns of action plans with optional plurals: "Action(s) clé(s)", "Unidad(es) responsable(s)"', () => {
    expect(['Action(s) clé(s)', 'Unité(s) responsable(s)', 'Unidad(es) responsable(s)', 'Key Action(s)', 'Responsible Unit(s)'].map(partField)).toEqual([
      'keyActions',
      'who',
      'who',
      'keyActions',
      'who',
    ]);
  });

  it('keeps a full report whose title also names its management response a report', () => {
    const chapters = Array.from(
      { length: 12 },
      (_, at) => `## ${at + 1}. Chapter ${at + 1}\n\n${'The programme worked with the district health teams on supervision. '.repeat(80)}\n`,
    ).join('\n');
    const record = extract(
      `# Evaluation of the Maternal Health Programme: Report and Management Response\n\n## Table of contents\n\n1. Introduction ........ 3\n2. Findings ........ 9\n\n## Executive summary\n\nThe programme reached its targets.\n\n${chapters}\n## Recommendations\n\n1. The ministry should fund supervision visits from its own budget.\n`,
    );
    expect(record.document.kind).toBe('REPORT');
  });

  it('keeps a summary that answers its recommendations a summary: its findings say more than its responses', () => {
    const record = extract(
      '# Results at a Glance: Evaluation of the Nutrition Programme\n\n## What the evaluation found\n\n- The programme reached its targets in four regions.\n- Its monitoring data arrive late.\n- Partners value the joint planning.\n\n## Recommendations and responses\n\n**Improve the timeliness of monitoring data.**\n\nResponse: Management agrees and will automate the reports.\n',
    );
    expect(record.document.kind).toBe('SUMMARY');
    expect(decisions(record)).toEqual(['ACCEPTED']);
  });
});

describe('evaluation briefs of other agencies', () => {
  it.each<[string, DocumentKind]>([
    ['brief-en-pastoral-resilience-burkina.md', 'BRIEF'],
    ['brief-fr-transhumance-tchad.md', 'BRIEF'],
    ['brief-es-empleo-juvenil-honduras.md', 'BRIEF'],
  ])('%s is a brief, with its findings, lessons and recommendations', async (name, kind) => {
    const record = await extractFile(name);
    expect(record.document.kind).toBe(kind);
    expect(counts(record)).toEqual({ FINDING: 3, LESSON_LEARNED: 2, RECOMMENDATION: 2 });
  });

  const body = {
    en: '## What the evaluation found\n\n1. The project reached 9,000 households in Tahoua.\n2. Its water points were used all year.\n\n## Lessons\n\n- Community committees that already existed managed the assets best.\n\n## Recommendations\n\n1. The ministry should fund the maintenance of the water points.\n',
    fr: "## Principaux constats\n\n1. Le projet a touché 9 000 ménages à Tahoua.\n2. Ses points d'eau ont servi toute l'année.\n\n## Enseignements\n\n- Les comités existants ont le mieux géré les ouvrages.\n\n## Recommandations\n\n1. Le ministère devrait financer l'entretien des points d'eau.\n",
    es: '## Principales hallazgos\n\n1. El proyecto llegó a 9.000 hogares en Tahoua.\n2. Sus puntos de agua se usaron todo el año.\n\n## Lecciones aprendidas\n\n- Los comités existentes gestionaron mejor las obras.\n\n## Recomendaciones\n\n1. El ministerio debería financiar el mantenimiento de los puntos de agua.\n',
  };

  it.each<[string, string]>([
    ['en', `# Final evaluation of the Tahoua water project\n\n## Key messages\n\n- Water points built with existing committees last.\n\n${body.en}`],
    ['fr', `# Évaluation finale du projet d'hydraulique de Tahoua\n\n## Messages clés\n\n- Les ouvrages confiés aux comités existants durent.\n\n${body.fr}`],
    ['es', `# Evaluación final del proyecto de agua de Tahoua\n\n## Mensajes clave\n\n- Las obras confiadas a comités existentes perduran.\n\n${body.es}`],
  ])('knows a brief by its key messages (%s)', (_language, text) => {
    expect(extract(text).document.kind).toBe('BRIEF');
  });

  it.each<[string, string]>([
    ['en', `Office of Evaluation · Project evaluation series · 04/2024\n\n# Final evaluation of the Tahoua water project\n\n${body.en}`],
    ['fr', `Évaluations et capitalisation — n° 92 — juin 2023\n\n# Évaluation finale du projet d'hydraulique de Tahoua\n\n${body.fr}`],
    ['es', `Serie Aprendizajes de evaluación · N.º 5 · 2022\n\n# Evaluación final del proyecto de agua de Tahoua\n\n${body.es}`],
  ])('knows a brief by the publication series printed above its title (%s)', (_language, text) => {
    expect(extract(text).document.kind).toBe('BRIEF');
  });

  it.each<[string, string]>([
    ['en', `Learning brief No. 3\n\n# The Tahoua water project\n\n${body.en}`],
    ['fr', `Note d'évaluation n° 3\n\n# Le projet d'hydraulique de Tahoua\n\n${body.fr}`],
    ['es', `Nota de evaluación N.º 3\n\n# El proyecto de agua de Tahoua\n\n${body.es}`],
  ])('knows a brief by the document type printed above its title (%s)', (_language, text) => {
    expect(extract(text).document.kind).toBe('BRIEF');
  });

  it('keeps a short document titled as a summary a summary, even with key messages', () => {
    expect(
      extract(`# Summary of the evaluation of the Tahoua water project\n\n## Key messages\n\n- Water points built with existing committees last.\n\n${body.en}`)
        .document.kind,
    ).toBe('SUMMARY');
  });

  it('keeps a short document without a brief layout a summary, as before', () => {
    expect(extract(`# The Tahoua water project\n\n${body.en}`).document.kind).toBe('SUMMARY');
  });

  it('does not open a section at an "In-brief Meeting" line of a report\'s deliverables table (USAID statement of work)', () => {
    const record = extract(
      '# Final evaluation of the livestock activity\n\n## Recommendations\n\n1. USAID should fund the vaccination campaigns through the regional veterinary services.\n\n## Annex 1: Statement of work\n\nIn-brief Meeting\n\nwithin 60 business days of CSD\n\nDraft Evaluation Report and Brief\n\nwithin 160 business days of CSD\n',
    );
    expect(counts(record)).toEqual({ RECOMMENDATION: 1 });
  });
});

describe('the project box of a brief', () => {
  it('reads a box written as a Markdown pipe table (English)', async () => {
    const record = await extractFile('brief-en-pastoral-resilience-burkina.md');
    expect(record.project?.countries.map((country) => country.iso3)).toEqual(['BFA']);
    expect(record.project?.donors.map((donor) => donor.name)).toEqual(['European Union']);
    expect(record.project?.budget).toEqual({ amount: 6_200_000, currency: 'EUR' });
    expect(record.project?.period).toEqual({ start: '2018-01', end: '2022-12' });
    expect(record.evaluation?.evaluators.map((person) => person.name)).toEqual(['Awa Ouédraogo', 'Pierre Kaboré']);
    expect(record.evaluation?.leadEvaluator?.name).toBe('Awa Ouédraogo');
  });

  it('reads « Montant » as the budget and « Iram (Mahamat Abakar, Claire Dubois) » as a firm and its people (French)', async () => {
    const record = await extractFile('brief-fr-transhumance-tchad.md');
    expect(record.project?.budget).toEqual({ amount: 9_800_000, currency: 'EUR' });
    expect(record.evaluation?.evaluators.map((person) => person.name)).toEqual(['Mahamat Abakar', 'Claire Dubois']);
    expect(record.evaluation?.evaluationFirms.map((firm) => firm.name)).toEqual(['Iram']);
  });

  it('reads a firm followed by its people in parentheses, but not a team label so written', () => {
    expect(parsePeopleList('Iram (Mahamat Abakar, Claire Dubois)')).toEqual({
      people: [
        { name: 'Mahamat Abakar', asWritten: 'Mahamat Abakar', role: null, roleText: null, firm: 'Iram' },
        { name: 'Claire Dubois', asWritten: 'Claire Dubois', role: null, roleText: null, firm: 'Iram' },
      ],
      firms: ['Iram'],
    });
    expect(parsePeopleList('Evaluation team (Jane Doe, John Smith)').firms).toEqual([]);
  });
});

describe('Markdown pipe tables', () => {
  it('reads the rows of a pipe table as table rows (the delimiter row is layout; an escaped pipe stays in its cell)', () => {
    const text = '| Recommendation | Response |\n| :--- | ---: |\n| Train the inspectors \\| the judges | Accepted |\n';
    const rows = buildOutline(text).blocks.filter((block) => block.kind === 'table-row');
    expect(rows.map((row) => row.cells)).toEqual([
      ['Recommendation', 'Response'],
      ['Train the inspectors | the judges', 'Accepted'],
    ]);
    const second = rows[1]!;
    expect(text.slice(second.cellRanges![1]![0], second.cellRanges![1]![1]).trim()).toBe('Accepted');
  });
});
