/**
 * found/08 — UNDP Peru, Accelerator Lab blog « Creando CREANDO (Parte 1): Nace una comunidad de
 * aprendizaje para el emprendimiento migrante en Perú » (25 July 2023), part 1 of 3. Whole Markdown file
 * (MIT), with the site's navigation and footer kept as text.
 *
 * What a reader finds: navigation lines, the title twice, a byline, paragraphs on empathy work with
 * Venezuelan migrant entrepreneurs (four user profiles, eight business categories, the value proposition),
 * image captions as bare lines, four « No solo … » lines describing the product, a branding paragraph
 * and the results (630 registered in 2022, 2,120 in 2023, 180 connected per session). One observation a
 * reader may call a lesson (« Observamos que la resiliencia es una capacidad tanto de migrantes como de
 * emprendedores ») and a closing design lesson (« … el profundo entendimiento de las necesidades … resultaron
 * en una propuesta de valor deseable … »). No recommendation. Venezuela is where the migrants come from.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 08 UNDP Peru blog, CREANDO part 1, migrant entrepreneurs (MD, ES)',
  file: found('08_undp-peru-creando-migrant-entrepreneurs-blog-1-2023-es.md'),
  document: { kind: 'OTHER', language: 'es' },
  counts: {
    // The results paragraph and the business categories at most.
    FINDING: [0, 3],
    RECOMMENDATION: [0, 0],
    // At most the resilience observation and the closing design lesson.
    LESSON_LEARNED: [0, 2],
    GOOD_PRACTICE: [0, 0],
  },
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'No solo ofrece clases', note: 'a feature of the product' },
    { kind: 'GOOD_PRACTICE', opening: 'No solo es una plataforma de contenidos generales', note: 'a feature of the product' },
    { kind: 'RECOMMENDATION', opening: '¿Quieres conocer más acerca del recorrido', note: 'a teaser of part 2' },
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
      'Perfiles de usuario desarrollados',
      'Programa de las Naciones Unidas',
      'Términos de Uso',
      'Mapa de Empatía trabajado',
    ],
    forbiddenFragments: ['QUÉ HACEMOS', '[['],
  },
});
