/**
 * found/02 — IOM Regional Office (Dakar) news page, in French: « Des ateliers d’évaluation finale pour
 * mettre en exergue le soutien accru apporté aux survivants de la traite en Afrique de l’Ouest » (2024).
 * Stored page excerpt (first 2,000 bytes), site navigation included as text.
 *
 * What a reader finds: a block of site navigation (« Qui sommes nous », « Notre travail », « Ce que nous
 * faisons », « Priorités transversales », « Où travaillons nous », « Agir », « 2030 Agenda »), the
 * headline, then two news paragraphs: lessons-learned workshops closing the ERS project (Enhanced
 * Reintegration Support to Survivors of Trafficking) in Ibadan (Nigeria, 2 September 2024) and Accra
 * (Ghana, 6 September 2024), funded by the US State Department's TIP Office; launched October 2022, 20
 * months, 58 survivors from Nigeria and Ghana. The excerpt ends before any lesson is stated: no insight.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 02 IOM news page on final-evaluation workshops, West Africa trafficking (TXT, FR)',
  file: found('02_iom-west-africa-trafficking-reintegration-evaluation-2024-fr.txt'),
  document: { kind: 'OTHER', language: 'fr' },
  // The workshops were about lessons learned, but the page (as far as the excerpt goes) states none.
  counts: { FINDING: [0, 0], RECOMMENDATION: [0, 0], LESSON_LEARNED: [0, 0], GOOD_PRACTICE: [0, 0] },
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'Ibadan, Nigéria & Accra, Ghana', note: 'news of a workshop on lessons, not a lesson' },
    { kind: 'LESSON_LEARNED', opening: 'Des ateliers d’évaluation finale', note: 'the headline' },
  ],
  project: {
    title: 'Enhanced Reintegration Support to Survivors of Trafficking',
    donors: ['TIP'],
  },
  countries: {
    concerned: ['NGA', 'GHA'],
    exactly: true,
    // The donor (US Department of State); Senegal is only where the regional office sits.
    notConcerned: ['USA', 'SEN'],
  },
  junk: {
    forbiddenOpenings: ['Qui sommes nous', 'Notre travail', 'Ce que nous faisons', 'Priorités transversales', 'Où travaillons nous', 'Agir', '2030 Agenda', 'OIM Global', 'À propos'],
  },
  gaps: {
    // « Lancé en octobre 2022 … une initiative de 20 mois ».
    'project.period': { start: '2022-10' },
  },
});
