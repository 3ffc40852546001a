/**
 * found/04 — UNDP Accelerator Lab Burkina Faso, closing form of a 2022 action learning plan on climate
 * change and local solutions. Whole Markdown file (MIT).
 *
 * What a reader finds: the title repeats the lead-in « Les idées principales générés au cours du cycle
 * d'apprentissage sont: »; under « Learnings on your challenge » **five insights in one sentence,
 * separated by semicolons** (climate change affects every stratum; people have local solutions and
 * adapt; rural youth turning to other trades; women's engagement against climate effects; insecurity
 * worsens communities' vulnerability); a link to a blog; one barrier (retention of information on
 * solutions, intellectual property); data and methods; partners (TADAMON crowdfunding academy,
 * university of Ouagadougou lab, a mobile operator, a drone operator, ANVAR, WHO, FAO); « Bien noté ».
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 04 UNDP Burkina Faso learning plan, climate change (MD, FR)',
  file: found('04_undp-burkina-faso-climate-learning-plan-2022-fr.md'),
  document: { kind: 'LESSON_RECORDS', language: 'fr' },
  counts: {
    // The one barrier may be taken as a finding (a challenge met).
    FINDING: [0, 1],
    RECOMMENDATION: [0, 0],
    // Five, split at the semicolons: the form asks for « the top 5 key insights » and gets five.
    LESSON_LEARNED: [5, 5],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'LESSON_LEARNED',
      position: 'first',
      opening: 'les changements climatiques affectent toutes les couches de la population',
    },
    { kind: 'LESSON_LEARNED', opening: "les populations ont des solutions locales et s'adaptent aux contextes" },
    { kind: 'LESSON_LEARNED', opening: "L'orientation des jeunes ruraux vers d'autre métiers" },
    { kind: 'LESSON_LEARNED', opening: "L'engagement des femmes dans la lutte contre les effets des changements climatiques" },
    {
      kind: 'LESSON_LEARNED',
      position: 'last',
      opening: "l'insécurité exacerbe la vulnérabilité des communautés aux changements climatiques",
    },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: "les obstacles sont liés à la rétention d'information", note: 'a barrier' },
    { kind: 'LESSON_LEARNED', opening: 'Avec ces méthodes et partenaires inhabituels', note: 'the bonus answer' },
    { kind: 'LESSON_LEARNED', opening: 'Ces approches ont été choisies', note: 'data and methods' },
  ],
  countries: { concerned: ['BFA'], exactly: true },
  junk: {
    forbiddenOpenings: ['Les idées principales générés au cours du cycle', 'Bien noté', 'Please paste the link', 'https://www.bf.undp.org'],
    forbiddenFragments: ['[[', 'undp.org', '<div'],
  },
});
