/**
 * found/03 — UNDP Accelerator Lab Niger, closing form of a 2023 action learning plan on the packaging
 * of moringa and other products processed by women. Whole Markdown file (MIT).
 *
 * What a reader finds: tags (`[[country:Niger]]`, year 2023); « Learnings on your challenge » in
 * English over French answers: **one insight paragraph** (packaging is a problem for all locally
 * processed products, not only moringa, and cuts the gain of women processors) ending « nous avons
 * ainsi appris: » and **four things learned inline after « • »** (types of products needing packaging,
 * packaging types on the market, their origin, the absence of any packaging plant); then the barriers
 * the team met, as three « • » lines (contacts, data refused, misunderstanding between makers and
 * processors) — challenges of the team's own work, findings at most, never lessons; data and methods,
 * partners (women's farmer organisations of Maradi and Téra, the CIPMEN incubator), a bonus answer.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 03 UNDP Niger learning plan, moringa packaging (MD, FR)',
  file: found('03_undp-niger-moringa-packaging-learning-plan-2023-fr.md'),
  document: { kind: 'LESSON_RECORDS', language: 'fr' },
  counts: {
    // The three barriers, if taken at all, are findings (challenges met), as in corpus 08.
    FINDING: [0, 3],
    RECOMMENDATION: [0, 0],
    // One insight with its inline list, or the insight and its four points apart.
    LESSON_LEARNED: [1, 5],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'LESSON_LEARNED',
      position: 'first',
      opening: [
        "A travers ce défi, nous avons pu voir que le problème de l'emballage",
        "le problème de l'emballage ne touche pas seulement la chaine de valeur moringa",
      ],
    },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'La difficulté de contacter les personnes', note: 'a barrier, not a lesson' },
    { kind: 'LESSON_LEARNED', opening: 'Le refus de partager certaines données', note: 'a barrier, not a lesson' },
    { kind: 'LESSON_LEARNED', opening: 'Faire recours à ces sources de données', note: 'data and methods' },
    { kind: 'LESSON_LEARNED', opening: 'Un blog a été rédigé', note: 'answer on blogs' },
  ],
  countries: { concerned: ['NER'], exactly: true },
  junk: {
    forbiddenOpenings: ['What are the top 5 key insights', 'Sense', 'Explore', 'Grow', 'For this frontier challenge'],
    forbiddenFragments: ['[[', 'undp.org', '<div'],
  },
});
