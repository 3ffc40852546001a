/**
 * found/07 — Agencia Andaluza de Cooperación Internacional para el Desarrollo (Junta de Andalucía) page,
 * in Spanish, presenting the midterm evaluation of the project supporting the Regional Initiative "Latin
 * America and the Caribbean free of child labour", phase IV (child-labour risk prediction model). Stored
 * page excerpt (first 2,000 bytes).
 *
 * What a reader finds: the evaluation's title, then description — what the Regional Initiative does, that
 * the midterm evaluation report covers January–December 2019, that the strategic plan adopted in Lima (May
 * 2018) continued, "así como la implementación de algunas de las recomendaciones de la evaluación
 * externa" (a previous evaluation's recommendations, not this one's), and that activities concentrated on
 * Result 1. No finding, recommendation or lesson is stated as such within the excerpt.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 07 AACID page on a midterm evaluation, LAC child labour initiative (TXT, ES)',
  file: found('07_aacid-latin-america-child-labour-midterm-evaluation-2019-es.txt'),
  document: { kind: ['SUMMARY', 'OTHER'], language: 'es' },
  counts: { FINDING: [0, 0], RECOMMENDATION: [0, 0], LESSON_LEARNED: [0, 0], GOOD_PRACTICE: [0, 0] },
  notItems: [
    { kind: 'RECOMMENDATION', opening: 'Durante el período del informe, continuó la implementación', note: 'mentions an earlier evaluation’s recommendations' },
  ],
  evaluation: {
    title: 'Evaluación Intermedia del Proyecto de apoyo a la Iniciativa Regional América Latina y el Caribe libre de trabajo infantil',
    timing: 'MIDTERM',
  },
  countries: {
    concerned: [],
    // Lima is where a meeting took place; the initiative is regional.
    notConcerned: ['PER', 'ESP'],
  },
  gaps: {
    // « realizado entre enero y diciembre de 2019 ».
    'evaluation.periodCovered': { start: '2019-01', end: '2019-12' },
  },
});
