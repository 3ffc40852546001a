/**
 * found/06 — ILO "Good Practice" record page, in Spanish: good practices of the final evaluation of
 * "Prevention and elimination of the worst forms of child labour in Honduras, Nicaragua, Guatemala and
 * Costa Rica" (title in English, body in Spanish). Stored page excerpt (first 2,000 bytes).
 *
 * What a reader finds: "Good Practice", the title, « Buena práctica descripción », then four paragraphs,
 * each a practice: strengthened relations between state and non-governmental institutions; high-quality
 * teaching materials (brochures, videos, a training manual for justice operators, a methodological guide);
 * labour inspectorates' practices; and « La adecuada estrategia del Proyecto … » cut after 76 characters.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 06 ILO good-practice record page, Central America child labour (TXT, ES)',
  file: found('06_ilo-central-america-child-labour-good-practice-es.txt'),
  // The body is Spanish; only the title is English.
  document: { kind: 'LESSON_RECORDS', language: 'es' },
  counts: {
    FINDING: [0, 0],
    RECOMMENDATION: [0, 0],
    LESSON_LEARNED: [0, 0],
    // Three whole paragraphs, and a fourth cut after its first words (kept or dropped).
    GOOD_PRACTICE: [3, 4],
  },
  items: [
    { kind: 'GOOD_PRACTICE', position: 'first', opening: ['El Proyecto apoyó en el fortalecimiento de relaciones ya existentes'] },
    { kind: 'GOOD_PRACTICE', opening: ['La generación de materiales didácticos de gran calidad técnica'] },
    { kind: 'GOOD_PRACTICE', opening: ['La labor de las inspectorías de trabajo en los diferentes países'] },
  ],
  evaluation: {
    title: 'Prevention and elimination of the worst forms of child labour in Honduras, Nicaragua, Guatemala and Costa Rica',
    timing: 'FINAL',
  },
  countries: { concerned: ['HND', 'NIC', 'GTM', 'CRI'], exactly: true },
  junk: {
    forbiddenOpenings: ['Good Practice', 'Buena práctica descripción'],
    // The cut fourth paragraph is a real (truncated) practice.
    shortAllowed: ['La adecuada estrategia del Proyecto'],
  },
});
