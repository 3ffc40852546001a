/**
 * 12 — Gobierno del Estado de Zacatecas, CONAC form ("Anexo I. Formato para la difusión de los resultados
 * de las evaluaciones") of the Evaluación Específica de Consistencia y Resultados con Enfoque Social of the
 * programme Acceso a Financiamiento a las Empresas y Actividades Productivas de la Entidad (Fondo Plata),
 * 2018 (PDF, 6 pp.). Read whole.
 *
 * What a reader finds:
 * - 1.2 start 03/08/2018, 1.3 end 31/10/2018; 1.4 follow-up: Lic. Jorge Escareño Benítez, Dirección de
 *   Financiamiento (the government side's manager of the evaluation).
 * - 2.1 nine findings under "Tema I. Diseño" … "Tema VI. Resultados del Programa" (3, 1, 1, 2, 1, 1);
 *   2.2.1 six strengths/opportunities; 2.2.2 nine weaknesses/threats.
 * - 3.1 conclusions by theme: nine paragraphs (2, 2, 1, 2, 1, 1); the Tema V conclusion repeats the Tema V
 *   finding word for word.
 * - 3.2 eleven recommendations numbered "1: …" to "11: …".
 * - 4: coordinator C.P.C Jorge Julio Ortiz Blanco (partner), "Gerente del proyecto" M.A Ivan Sánchez Jasso
 *   (the firm's engagement manager, not the evaluation manager), firm Galaz, Yamazaki, Ruiz Urquiza, S.C.
 *   (Deloitte México, e-mail domain deloittemx.com), collaborators C.P. Valeria Blanco Manzano and Ing.
 *   Andrés Ríos Cereceres.
 * - 6.2 contracted by the Secretaría de la Función Pública del Estado de Zacatecas; 6.3 cost left blank ("$").
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '12 Zacatecas Fondo Plata CONAC form (PDF, ES, 6 pp.)',
  file: corpus('12_zacatecas-fondo-plata-formato-conac-difusion-2018-es.pdf'),
  document: { kind: 'SUMMARY', language: 'es' },
  counts: {
    // 9 findings + 6 strengths + 9 weaknesses + 9 conclusions = 33, 32 with the verbatim Tema V repeat
    // once; 24 if strengths are left out and restatements merged.
    FINDING: [24, 33],
    // "1:" to "11:".
    RECOMMENDATION: [11, 11],
    LESSON_LEARNED: [0, 0],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    { kind: 'RECOMMENDATION', position: 'first', opening: ['Realizar un diagnóstico del Programa con respecto a los TdR'] },
    { kind: 'RECOMMENDATION', opening: ['El mecanismo debe de permitir identificar la información a nivel de actividad'] },
    { kind: 'RECOMMENDATION', opening: ['Homologar la información reflejada en MIR y POA'] },
    { kind: 'RECOMMENDATION', position: 'last', opening: ['Definir mecanismo para corroborar la factibilidad'] },
    { kind: 'FINDING', opening: ['Se identifica que el diagnóstico no cumple con los elementos mínimos establecidos por el CONEVAL'] },
    { kind: 'FINDING', opening: ['El Programa tiene alineación con el PND, PED y Plan Sectorial'] },
    { kind: 'FINDING', opening: ['Ausencia de parámetros de semaforización para los indicadores'] },
    { kind: 'FINDING', opening: ['El problema que pretende atender el Programa tiene congruencia con los análisis causa efecto'] },
  ],
  notItems: [
    { kind: 'FINDING', opening: 'Analizar la lógica y congruencia en el diseño del programa', note: '1.6, an objective' },
    { kind: 'FINDING', opening: 'Metodología ANSI', note: '1.7, the method' },
    { kind: 'FINDING', opening: 'Entrevista semiestructurada', note: '1.7, a technique' },
    { kind: 'FINDING', opening: 'Proporcionadas por la dependencia', note: 'a source of information' },
  ],
  evaluation: {
    title: 'Evaluación Específica de Consistencia y Resultados con Enfoque Social',
    completion: '2018-10',
    // The model's type vocabulary is in English upper snake case (« Consistencia y Resultados »).
    type: 'consistency_and_results',
    // 1.4, not 4.3's "Gerente del proyecto" (the firm's engagement manager).
    manager: 'Jorge Escareño Benítez',
    evaluators: ['Jorge Julio Ortiz Blanco', 'Ivan Sánchez Jasso', 'Valeria Blanco Manzano', 'Andrés Ríos Cereceres'],
    firms: ['Galaz, Yamazaki, Ruiz Urquiza'],
  },
  project: {
    title: 'Acceso a Financiamiento a las Empresas y Actividades Productivas de la Entidad',
    budget: null,
  },
  countries: { concerned: ['MEX'], exactly: true },
  junk: {
    forbiddenOpenings: [
      'Cuestionarios__',
      'Nombre:',
      'Poder Ejecutivo',
      'Federal___',
      'Adjudicación Directa',
      'Fortalezas y Oportunidades',
      'Debilidades y Amenazas',
    ],
    forbiddenFragments: ['jortizblanco@', '614 1 80 11 00'],
  },
  gaps: {
    // 6.2 Unidad administrativa responsable de contratar la evaluación.
    'evaluation.commissioner': 'Secretaría de la Función Pública del Estado de Zacatecas',
    'evaluation.conductedPeriod.start': '2018-08',
    // 6.3 "Costo total de la evaluación: $" — blank: no cost.
    'evaluation.cost': null,
  },
});
