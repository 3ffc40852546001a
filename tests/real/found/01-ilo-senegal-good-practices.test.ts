/**
 * found/01 — ILO "Good Practice" record page (Decent Work for Sustainable Development resources), in
 * French: good practices of the final evaluation of the Time-Bound Programme support project (PAD) in
 * Senegal. Stored page excerpt (the page's first 2,000 bytes; see tests/fixtures/real/README.md).
 *
 * What a reader finds: an English label "Good Practice", the evaluation's title, the heading
 * « Description de la bonne pratique », then three practices, each a paragraph opening with a label and
 * a colon (« L'intégration du travail des enfants: … », « Synergie entre les programmes de l'OIT: … »,
 * « Pérennité de l'action directe: … », the last cut by the excerpt mid-word). Nothing else.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 01 ILO good-practice record page, Senegal child labour (TXT, FR)',
  file: found('01_ilo-senegal-child-labour-good-practices-fr.txt'),
  document: { kind: 'LESSON_RECORDS', language: 'fr' },
  counts: {
    FINDING: [0, 0],
    RECOMMENDATION: [0, 0],
    LESSON_LEARNED: [0, 0],
    // Three labelled practices (the third cut short by the excerpt but plainly one).
    GOOD_PRACTICE: [3, 3],
  },
  items: [
    { kind: 'GOOD_PRACTICE', position: 'first', opening: ["L'intégration du travail des enfants", 'Une contribution importante à l’intégration des efforts'] },
    { kind: 'GOOD_PRACTICE', opening: ["Synergie entre les programmes de l'OIT", "L'équipe de l'IPEC au Sénégal a mis en place une collaboration avec le projet GERME"] },
    { kind: 'GOOD_PRACTICE', position: 'last', opening: ["Pérennité de l'action directe", "Diverses stratégies peuvent conduire à la durabilité de l'action directe"] },
  ],
  evaluation: {
    title: "Projet d'appui pour la mise en œuvre d'un programme assorti de délai (PAD) au Sénégal",
    timing: 'FINAL',
  },
  countries: { concerned: ['SEN'], exactly: true },
  junk: { forbiddenOpenings: ['Good Practice', 'Description de la bonne pratique'] },
});
