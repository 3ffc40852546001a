/**
 * found/09 — UNDP Peru, Accelerator Lab blog « Creando CREANDO (Parte 2): El camino del aprendizaje »
 * (1 August 2023), part 2 of 3. Whole Markdown file (MIT), with the site's navigation and footer.
 *
 * What a reader finds: paragraphs on allies, outreach (« la estrategia de movimiento social »: 600
 * registered in 2022, over 2,000 in three weeks in 2023 thanks to 20 grassroots organisations), then
 * four unmarked design points (entrepreneurs cannot give three hours to a class; they follow on their
 * phones; connecting with people matters; they need practical information) and four colour categories
 * of sessions (« Amarillo: … », « Rosado: … »). Two learnings are stated in passing: « Nos sorprendió que
 * la participación de estas organizaciones tuviera beneficios por partida doble … » and « Las redes de
 * confianza y recomendación son cruciales para una comunicación efectiva y sostenible. » The results
 * (« ¿Qué funcionó y qué no? ») are announced for part 3, which is not here.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 09 UNDP Peru blog, CREANDO part 2, learning path (MD, ES)',
  file: found('09_undp-peru-creando-migrant-entrepreneurs-blog-2-2023-es.md'),
  document: { kind: 'OTHER', language: 'es' },
  counts: {
    // At most the outreach figures and the four design points.
    FINDING: [0, 5],
    RECOMMENDATION: [0, 0],
    // At most the two learnings stated in passing.
    LESSON_LEARNED: [0, 2],
    GOOD_PRACTICE: [0, 0],
  },
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'Amarillo: Talleres liderados por el Lab', note: 'a category of sessions' },
    { kind: 'LESSON_LEARNED', opening: '¿Quisieras conocer cuáles fueron nuestros resultados', note: 'a teaser of part 3' },
    { kind: 'RECOMMENDATION', opening: 'Si has diseñado un proyecto que promueve la cohesión social', note: 'a call to write to the lab' },
  ],
  countries: {
    concerned: ['PER'],
    exactly: true,
    notConcerned: ['VEN'],
  },
  junk: {
    forbiddenOpenings: [
      'Pasar al contenido principal',
      'QUIÉNES SOMOS',
      'Programa de las Naciones Unidas',
      'Términos de Uso',
      'Aliados, ¡súmense!',
      'La aventura de CREANDO',
    ],
    forbiddenFragments: ['QUÉ HACEMOS', '[['],
  },
});
