/**
 * found/02 — UNDP Accelerator Lab Niger, closing form of a 2023 action learning plan on date
 * production in the Bilma oases. Whole Markdown file (MIT); see tests/fixtures/real/README.md.
 *
 * What a reader finds: a title line that is the first insight cut with « … »; `[[key:value]]` tags
 * (focal point's e-mail, year 2023, type learningplan, data sources, methods, `[[country:Niger]]`,
 * coordinates); « Enseignements sur votre défi » with the English prompt « What are the top key
 * insights … » answered by **four paragraphs** (holistic approach to cultural barriers; local champions
 * and positive deviants; an institutional anchor with the ministry of agriculture; « En conclusion »,
 * early collaboration with INRAN, ICRISAT, universities — a synthesis a reader may merge with the
 * others); then handover (« Our work has not yet scaled », « n/a »), data and methods, partners (GIZ,
 * ministry, INRAN, university), a bonus answer, an image link and the word « Save ».
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 02 UNDP Niger learning plan, Bilma dates (MD, FR)',
  file: found('02_undp-niger-bilma-dates-learning-plan-2023-fr.md'),
  // A record of what a team learned, answered in French under English prompts.
  document: { kind: 'LESSON_RECORDS', language: 'fr' },
  counts: {
    FINDING: [0, 0],
    RECOMMENDATION: [0, 0],
    // Four insight paragraphs; the fourth (« En conclusion … ») restates the others and may be merged.
    LESSON_LEARNED: [3, 4],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'LESSON_LEARNED',
      position: 'first',
      opening: "Les résultats issus de l'analyse des données mettent en évidence la nécessité pressante d'adopter une approche holistique",
    },
    { kind: 'LESSON_LEARNED', opening: "Simultanément, il est crucial d'identifier des champions locaux" },
    { kind: 'LESSON_LEARNED', opening: "Par ailleurs, il est impératif d'établir un encrage institutionnel" },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: "L'interaction entre les méthodes d'innovation", note: 'the bonus answer on methods' },
    { kind: 'LESSON_LEARNED', opening: 'Les nouveaux types de données utilisées', note: 'data and methods' },
    { kind: 'LESSON_LEARNED', opening: 'Nous avons eu plusieurs entretiens approfondis avec l’expert national', note: 'a partnership' },
  ],
  countries: {
    concerned: ['NER'],
    exactly: true,
    // GIZ is a German agency, a partner.
    notConcerned: ['DEU'],
  },
  junk: {
    forbiddenOpenings: [
      'What are the top key insights',
      'Considering the outcomes',
      'Our work has not yet scaled',
      'Missing alt text',
      'The closing form saves',
    ],
    forbiddenFragments: ['[[', 'rachida.mani@undp.org', '<div'],
  },
});
