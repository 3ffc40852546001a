/**
 * 11 — Gobierno del Estado de Zacatecas, "Formato para la Difusión de los Resultados de las Evaluaciones"
 * (the CONAC federal form) of the evaluation of the Fideicomiso de Impuesto sobre Nómina (FISN), 2018
 * (PDF, 3 pp.). The official short summary of 10. Read whole.
 *
 * What a reader finds (numbered form fields):
 * - 1.1 name "Evaluación del Desempeño Fideicomiso de Impuesto sobre Nómina" (the report itself is a
 *   design evaluation); 1.2 start 06/08/2018, 1.3 end 19/10/2018; 1.4 the follow-up person is blank, the
 *   unit is the Secretaría de Economía del Estado de Zacatecas; 1.5–1.7 objectives and method (not findings).
 * - 2.1 three findings; 2.2.1/2.2.2 strengths and opportunities: empty; 2.2.3/2.2.4 weaknesses and threats:
 *   seven bullets (three of which restate the 2.1 findings in other words).
 * - 3.1 (conclusions) is missing: the form jumps to 3.2, four recommendations.
 * - 4 evaluators (coordinator Yolanda Trujillo Carrillo; collaborators Rocío Magnolia Villafaña García and
 *   María Teresa Ortega Lecona), firm Ortega & Trujillo Consultoría S.C., an e-mail and phone numbers.
 * - 6.2 (the unit that contracted the evaluation) is blank.
 * - 6.3 cost of the evaluation: "$ 208,800.00 con el Impuesto al Valor Agregado" — what the evaluation
 *   cost, not the programme's budget (which the form does not state).
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '11 Zacatecas FISN CONAC form (PDF, ES, 3 pp.)',
  file: corpus('11_zacatecas-fisn-formato-conac-difusion-2018-es.pdf'),
  document: { kind: 'SUMMARY', language: 'es' },
  counts: {
    // 3 findings + 7 weaknesses/threats = 10; 7 if the three restatements are recognised as the same.
    FINDING: [7, 10],
    RECOMMENDATION: [4, 4],
    LESSON_LEARNED: [0, 0],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    { kind: 'RECOMMENDATION', position: 'first', opening: ['Se deben reestructurar las ROP'] },
    { kind: 'RECOMMENDATION', opening: ['El FISN debe definir criterios de selección de proyectos y beneficiarios'] },
    { kind: 'RECOMMENDATION', position: 'last', opening: ['Se debe definir claramente el problema que se busca atender con el FISN'] },
    { kind: 'FINDING', position: 'first', opening: ['No existe un diagnóstico o análisis de árbol de problemas'] },
    { kind: 'FINDING', opening: ['El FISN no tiene identificadas a las poblaciones potencial y objetivo'] },
    { kind: 'FINDING', opening: ['Las ROP no tienen una definición clara y puntual de los procedimientos'] },
  ],
  notItems: [
    { kind: 'FINDING', opening: 'Analizar y valorar la justificación de la creación y diseño del FISN', note: '1.6, a specific objective' },
    { kind: 'FINDING', opening: 'Analizar y valorar el diseño del Fideicomiso', note: '1.5, the general objective' },
    { kind: 'RECOMMENDATION', opening: 'Modelo de Términos de Referencia', note: '1.7, the method' },
  ],
  evaluation: {
    title: 'Fideicomiso de Impuesto sobre Nómina',
    // 1.3 Fecha de término de la evaluación: 19/10/2018.
    completion: '2018-10',
    // 1.4: the name is blank (only the unit is given): no manager may be invented.
    manager: null,
    evaluators: ['Yolanda Trujillo Carrillo', 'Rocío Magnolia Villafaña García', 'María Teresa Ortega Lecona'],
    firms: ['Ortega & Trujillo Consultoría'],
  },
  project: {
    title: 'Fideicomiso de Impuesto Sobre Nómina',
    // The form gives the evaluation's cost (6.3), not the programme's budget.
    budget: null,
  },
  countries: { concerned: ['MEX'], exactly: true },
  junk: {
    forbiddenOpenings: [
      'Cuestionarios__',
      'Nombre:',
      'Teléfono',
      'Adjudicación Directa',
      'Poder Ejecutivo',
      'Federal___',
      'Correo electrónico',
      'Fortalezas y oportunidades',
      'Debilidades y amenazas',
    ],
    forbiddenFragments: ['ytrujillo@', '4367-7510'],
  },
  gaps: {
    // 1.2 Fecha de inicio de la evaluación: 06/08/2018.
    'evaluation.conductedPeriod.start': '2018-08',
    // 6.3 Costo total de la evaluación: $ 208,800.00 (IVA included); Mexican pesos.
    'evaluation.cost': { amount: 208_800, currency: 'MXN' },
  },
});
