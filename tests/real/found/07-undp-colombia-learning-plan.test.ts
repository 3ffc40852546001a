/**
 * found/07 — UNDP Accelerator Lab Colombia, closing form of a 2023 action learning plan « Comunidad de
 * mapeo de soluciones colectivas ». Whole Markdown file (MIT; one invisible character short, see
 * tests/fixtures/real/README.md).
 *
 * What a reader finds: tags (`[[country:Colombia]]`, year 2023, many data sources and methods); under
 * « Learnings on your challenge » and a line `****`, **five numbered insights « 1. » to « 5. »**
 * (multilevel learning to institutionalise the new culture; ties with communities beyond the project's
 * life; working with young people and regional schools; databases of innovations; building communities'
 * own capacity, with a sentence on gender); handover (« Our work has not yet scaled » and a paragraph on
 * next steps); data and methods; the partner GIAN (Gujarat, India) with the Honey Bee Network; the test
 * string « dfgdgdfg » typed into the last field.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 07 UNDP Colombia learning plan, solutions mapping (MD, ES)',
  file: found('07_undp-colombia-solutions-mapping-learning-plan-2023-es.md'),
  document: { kind: 'LESSON_RECORDS', language: 'es' },
  counts: {
    FINDING: [0, 0],
    RECOMMENDATION: [0, 0],
    LESSON_LEARNED: [5, 5],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    { kind: 'LESSON_LEARNED', position: 'first', opening: 'El aprendizaje multinivel es imprescindible para institucionalizar la nueva cultura' },
    { kind: 'LESSON_LEARNED', opening: 'Conexiones con las comunidades más allá de la vida del proyecto' },
    { kind: 'LESSON_LEARNED', opening: 'La colaboración con los jóvenes de las comunidades' },
    { kind: 'LESSON_LEARNED', opening: 'El desarrollo de bases de datos de innovaciones' },
    { kind: 'LESSON_LEARNED', position: 'last', opening: 'Es muy importante desarrollar la capacidad de las comunidades' },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'El diseño de la estrategia y el curso realizado', note: 'the handover answer' },
    { kind: 'LESSON_LEARNED', opening: 'Esta colección de métodos', note: 'data and methods' },
    { kind: 'LESSON_LEARNED', opening: 'GIAN (Gujarat Grassroots Innovation Augmentation Network)', note: 'a partner' },
  ],
  countries: {
    concerned: ['COL'],
    exactly: true,
    // GIAN was born in India; it is a partner.
    notConcerned: ['IND'],
  },
  junk: {
    forbiddenOpenings: ['dfgdgdfg', 'Our work has not yet scaled', 'What are the top key insights', 'Please upload any further'],
    // (extract engineer) '****' was dropped from this list: the helper folds text by removing '**', so the
    // fragment folds to '' and every insight "contains" it — the check could never pass. The thematic
    // break is still caught: junkReasons flags any '**' left in an insight as markup.
    forbiddenFragments: ['[[', 'lina.pizano@undp.org'],
  },
});
