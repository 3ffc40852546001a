/**
 * found/01 — Employment and Social Development Canada (EDSC), IT Strategy team: « Pilote de partage des
 * évaluations de logiciel - Rapport sur les leçons apprises », a one-year pilot launched in August 2022.
 * Whole Markdown page (MIT); see tests/fixtures/real/README.md.
 *
 * What a reader finds: YAML front matter with the title; « Introduction » (problem, pilot, planning);
 * « Mise en oeuvre et résultats du projet pilote » (127 documents shared, 140 members from 42
 * departments, one document from another department; praise and spin-offs); « Leçons apprises »: a
 * paragraph on the survey behind them, then **four lessons, each an h3 heading that states it**,
 * followed by explanatory paragraphs (one holds a three-item legal checklist); « Recommandations »:
 * **four h3 recommendations**, the third ending « EDSC devrait veiller à ce que les DP … », the fourth
 * ending « EDSC devrait : » and three bullets (parts of that recommendation, a reader may also take them
 * as three more); « Conclusion »: « Les objectifs du projet pilote ont été partiellement atteints »;
 * footnote bodies under « Références en ligne ». A Canadian federal pilot: Canada is the country.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 01 ESDC software-assessment sharing pilot, lessons-learned report (MD, FR)',
  file: found('01_esdc-software-assessment-sharing-pilot-lessons-2023-fr.md'),
  document: { kind: 'REPORT', language: 'fr' },
  counts: {
    // The results and the conclusion state a few outcomes (documents shared, members, objectives
    // partially met) that a reader may take as findings; none is required, more than six would be
    // evidence paragraphs cut one by one.
    FINDING: [0, 6],
    // Four h3 recommendations; the three « EDSC devrait : » bullets may stand as their own (7).
    RECOMMENDATION: [4, 7],
    // Four h3 lessons, each once, whatever the number of paragraphs under it (today: 25).
    LESSON_LEARNED: [4, 4],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'LESSON_LEARNED',
      position: 'first',
      opening: "L'absence de critères d'évaluation normalisés entre les ministères et les agences entrave la collaboration",
    },
    { kind: 'LESSON_LEARNED', opening: "Le Projet pilote a confirmé l'intérêt d'une collaboration sur les évaluations des logiciels" },
    { kind: 'LESSON_LEARNED', opening: 'Le GC a les moyens juridiques de partager les évaluations de logiciels entre les ministères' },
    {
      kind: 'LESSON_LEARNED',
      position: 'last',
      opening: "Les documents d'évaluation sont souvent non classés ou classés de manière excessive",
    },
    {
      kind: 'RECOMMENDATION',
      position: 'first',
      opening: "Établissement des critères d'évaluations standard pour l'évaluation des logiciels du GC",
    },
    { kind: 'RECOMMENDATION', opening: "Proposer des orientations sur la classification de l'information pour les documents d'évaluations des logiciels" },
    {
      kind: 'RECOMMENDATION',
      opening: "Utiliser des critères d'évaluation standard pour l'évaluation des logiciels dans le cadre de demandes de propositions",
      // « EDSC devrait veiller à ce que les DP comportent des exigences similaires … »
      addressee: 'EDSC',
    },
    { kind: 'RECOMMENDATION', opening: 'Favoriser la collaboration', addressee: 'EDSC' },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'Un sondage a été envoyé à tous les membres du groupe GCxchange', note: 'how the lessons were gathered' },
    { kind: 'LESSON_LEARNED', opening: 'Comme indiqué plus haut, 140 personnes de 42 ministères', note: 'evidence under a lesson' },
    { kind: 'LESSON_LEARNED', opening: 'les documents sont partagés à titre informatif seulement', note: 'an item of the legal checklist' },
    {
      kind: 'RECOMMENDATION',
      opening: "Comme il n'existe pas de normes sur l'évaluation des logiciels pour le GC",
      note: 'explanation under a recommendation',
    },
    { kind: 'LESSON_LEARNED', opening: 'Le SCT a présenté ce projet pilote', note: '« Commentaires élogieux », a result' },
  ],
  evaluation: {
    title: 'Pilote de partage des évaluations de logiciel',
    // An end-of-pilot report by the team that ran it; it names no timing or mode.
    timing: ['FINAL', null],
    mode: ['SELF', 'INTERNAL', null],
  },
  project: { budget: null },
  countries: {
    concerned: ['CAN'],
    exactly: true,
    // NIST (United States) is cited for a standard.
    notConcerned: ['USA'],
  },
  junk: {
    forbiddenOpenings: ['À l’époque, GCXchange', 'L’équipe de sécurité n’a pu partager', 'Références en ligne', 'Classez-vous correctement', 'layout: default'],
    forbiddenFragments: ['<!-- omit in toc -->', 'permalink:'],
  },
  gaps: {
    // « Le projet pilote a été lancé en août 2022 et a duré un an. »
    'project.period': { start: '2022-08' },
    // « Les objectifs du projet pilote ont été partiellement atteints. »
    'evaluation.overallRating': 'partiellement atteints',
  },
});
