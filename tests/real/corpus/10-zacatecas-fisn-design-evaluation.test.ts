/**
 * 10 — Gobierno del Estado de Zacatecas, Informe final de la Evaluación de Diseño del Fideicomiso de
 * Impuesto sobre Nómina (FISN), fiscal year 2017, October 2018 (PDF, 73 pp.; evaluator Ortega & Trujillo
 * Consultoría, S.C.). Read whole with pdftotext -layout and the Annex 7 pages as images.
 *
 * What a reader finds:
 * - The CONEVAL design model: five modules of numbered questions (24), each answered "Respuesta: Sí/No"
 *   with a narrative; a few answers carry their own advice ("se recomienda reestructurar las ROP", a
 *   transparency section in the ROP and a person designated for it, reviewing the alignment with the
 *   OECD Policy Framework for Investment).
 * - "Valoración final del diseño del programa" (one assessment per module) and "Conclusiones y valoración
 *   de la pertinencia del diseño…" (its first five paragraphs define the evaluation system — context, not
 *   conclusions — then one conclusion per module, restating the recommendations in passing).
 * - Anexo 7 "Principales fortalezas, retos y recomendaciones": one strength row and six weakness rows
 *   (some with two to four paragraphs), each with its recommendation cell: define selection criteria in
 *   the ROP; draw up a full diagnosis (with an external expert); reuse the alignment exercise of questions
 *   5–7 in the diagnosis; define the problem clearly; define clear intervention mechanisms and restructure
 *   the ROP; adopt the proposed Purpose and components (MIR of Anexo 5); improve the design as a whole
 *   and evaluate again. The table re-prints its header on every page and pdftotext interleaves columns.
 * - Anexo 1: "Presupuesto ejercido 2017 $ 447,035,371.00"; Anexo 9: the evaluation cost "$208,800.00 neto",
 *   follow-up by the Secretaría de Economía, "Año de la Evaluación: 2017" (the fiscal year evaluated).
 * - No lessons learned, no good practices.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '10 Zacatecas FISN design evaluation, informe final (PDF, ES, 73 pp.)',
  file: corpus('10_zacatecas-fisn-evaluacion-diseno-informe-final-2018-es.pdf'),
  document: { kind: 'REPORT', language: 'es' },
  counts: {
    // Anexo 7's seven rows at least; with the module conclusions (6) and the final assessments (6) and the
    // rows' separate paragraphs, up to about 30; one item per answered question would add 24 more.
    FINDING: [7, 35],
    // Anexo 7's seven (each restated in the conclusions: once), plus up to three the body alone gives.
    RECOMMENDATION: [6, 10],
    LESSON_LEARNED: [0, 0],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    { kind: 'RECOMMENDATION', opening: ['Definir criterios de selección de proyectos y beneficiarios y establecerlos en las ROP'] },
    {
      kind: 'RECOMMENDATION',
      opening: ['Elaborar un diagnóstico completo del Fideicomiso', 'Para subsanar esta área de mejora, se recomendó elaborar un diagnóstico completo'],
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['Es muy importante definir claramente el problema que se busca atender'],
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['Mejorar integralmente el diseño del Fideicomiso de Impuesto sobre Nómina', 'Es importante mejorar integralmente el diseño del Fideicomiso'],
    },
    {
      kind: 'FINDING',
      // The final assessment's point 2 states it first ("El FISN no identifica el problema …, no cuenta con un análisis
      // de árbol de problemas, ni con un Diagnóstico"); Anexo 7's weakness row restates it and is its span.
      opening: [
        'No existe un diagnóstico o análisis de árbol de problemas en el que se identifique el problema',
        'El FISN no identifica el problema que busca atender con su intervención, no cuenta con un análisis de árbol de problemas',
      ],
      repeats: 'allowed',
    },
    {
      kind: 'FINDING',
      opening: ['Ninguno de los apoyos entregados a beneficiarios durante el ejercicio 2017 se destinó a proyectos'],
      repeats: 'allowed',
    },
  ],
  notItems: [
    { kind: 'FINDING', opening: 'El Sistema de Evaluación del Desempeño se basa en dos pilares', note: 'context, in the summary and the conclusions' },
    { kind: 'FINDING', opening: 'Una herramienta indispensable para mejorar la gestión de los recursos', note: 'context' },
    { kind: 'RECOMMENDATION', opening: 'Apartado de la evaluación', note: 'the Anexo 7 header, re-printed on every page' },
    { kind: 'FINDING', opening: 'Fortaleza y Oportunidad', note: 'a row-group label of Anexo 7' },
  ],
  evaluation: {
    title: 'Fideicomiso de Impuesto sobre Nómina',
    // "Octubre, 2018" on the cover, "12 de octubre de 2018" on the credits page.
    completion: '2018-10',
    // "Año de la Evaluación: 2017" (Anexos 7–9) and "Ejercicio Fiscal 2017" are the fiscal year evaluated.
    notCompletion: '2017',
    // The model's type vocabulary is in English upper snake case (DESIGN for « Diseño »), as PROJECT for « Projet ».
    type: 'design',
    evaluators: ['Yolanda Trujillo Carrillo', 'Rocío Magnolia Villafaña García', 'María Teresa Ortega Lecona'],
    firms: ['Ortega & Trujillo Consultoría'],
  },
  project: {
    title: 'Fideicomiso de Impuesto sobre Nómina',
    // Anexo 1 "Presupuesto ejercido 2017" is the money spent in 2017 (ejercido: exercised), not a
    // budget; nor is the evaluation's cost ($208,800.00). The document states no budget.
    budget: null,
    expenditure: { amount: 447_035_371, currency: 'MXN' },
  },
  countries: { concerned: ['MEX'], exactly: true },
  junk: {
    forbiddenOpenings: [
      'Evaluación de Diseño del Fideicomiso de Impuesto sobre Nómina, Ejercicio Fiscal 2017',
      'Respuesta:',
      'ÍNDICE',
      'Nombre del programa:',
      'Debilidad o Amenaza',
    ],
    forbiddenFragments: ['Gobierno del Estado de Zacatecas 58', 'Ejercicio Fiscal 2017 4'],
  },
  gaps: {
    // Anexo 9: "Costo total de la evaluación $208,800.00 neto".
    'evaluation.cost': { amount: 208_800, currency: 'MXN' },
    // "Ejercicio Fiscal Evaluado 2017".
    'evaluation.periodCovered': { start: '2017', end: '2017' },
  },
});
