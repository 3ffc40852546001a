/**
 * found/05 — UNDP Guinea, Accelerator Lab blog « Un modèle d’innovation sociale en Guinée » (Lamarane
 * Barry, 25 February 2023): a year of the « Be In » network of 305 student volunteers. Whole Markdown
 * file (MIT); see tests/fixtures/real/README.md.
 *
 * What a reader finds: no Markdown heading after the title; section titles are bare short lines
 * (« Le réseau Be In : concept, principes et évolution », « Ce que le réseau a fait », « Des indicateurs
 * du changement … », « Les principales leçons apprises »). Under the last, **six lessons**, each a
 * paragraph opening with a roman number and a run-in label: « (i) Bien identifier les points
 * d’entrée : … » to « (vi) Best value for money : … ». Three other numbered runs are not lessons: a
 * survey's two results inline (« i) Une fois diplômés … ii) Trois ans après … »), seven advantages of
 * the approach (« i) L’environnement des universités … (ODD 17) ; »), and the levels of results
 * (« (i) Des processus optimisés … », « (ii) Un changement porté … », « (iii) L’élargissement … »). No
 * recommendation; Québec's RQIS is quoted for a definition.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 05 UNDP Guinea blog, Be In social innovation, six lessons (MD, FR)',
  file: found('05_undp-guinea-be-in-social-innovation-blog-2023-fr.md'),
  document: { kind: 'OTHER', language: 'fr' },
  counts: {
    // Results stated along the way (two survey results, two revelations, seven advantages, four levels
    // of results): a reader may take none or up to these fifteen as findings.
    FINDING: [0, 15],
    RECOMMENDATION: [0, 0],
    // Six, each once (i)–(vi).
    LESSON_LEARNED: [6, 6],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    { kind: 'LESSON_LEARNED', position: 'first', opening: 'Bien identifier les points d’entrée' },
    { kind: 'LESSON_LEARNED', opening: 'Penser, repenser l’écosystème continuellement' },
    { kind: 'LESSON_LEARNED', opening: 'Capitaliser sur chaque apprentissage' },
    { kind: 'LESSON_LEARNED', opening: 'Instaurer des mécanismes incitatifs de participation large' },
    { kind: 'LESSON_LEARNED', opening: 'Communiquer stratégiquement' },
    { kind: 'LESSON_LEARNED', position: 'last', opening: 'Best value for money' },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'L’environnement des universités était désormais partie prenante', note: 'an advantage of the approach' },
    { kind: 'LESSON_LEARNED', opening: 'Des processus optimisés et des impacts plus élargis', note: 'a level of results' },
    { kind: 'LESSON_LEARNED', opening: 'Une fois diplômés, les connaissances techniques ne suffisent pas', note: 'a survey result' },
    { kind: 'LESSON_LEARNED', opening: 'Au bout d’une année d’un parcours', note: 'the lead-in of the lessons' },
    { kind: 'LESSON_LEARNED', opening: 'Voilà une année, jour pour jour', note: 'the introduction announces the lessons' },
  ],
  countries: {
    concerned: ['GIN'],
    exactly: true,
    // Québec (the RQIS definition) is quoted, not concerned.
    notConcerned: ['CAN'],
  },
  junk: {
    forbiddenOpenings: ['Home', 'Guinée', 'Auteur:', 'Les bénévoles chantent', 'Original article published here', 'Nos remerciements'],
    forbiddenFragments: ['[[', 'acclab.gn@undp.org'],
  },
});
