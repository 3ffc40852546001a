/**
 * found/03 — UNDEF (United Nations Democracy Fund) ex-post evaluation report UDF-MAU-10-359,
 * « Renforcement de la participation politique des communautés des anciens esclaves en Mauritanie »,
 * 27 January 2015, in French. Stored page excerpt: the report's first 2,000 bytes (cover, acknowledgements,
 * disclaimer, authors, map caption, the start of the table of contents).
 *
 * What a reader finds: metadata only — the series (« Évaluations a posteriori des projets financés par
 * le Fonds des Nations Unies pour la Démocratie », contract PD:C0110/10), the project code and title, the
 * date, the grantee (ACORD) and its staff thanked by name, the evaluation firm (Transtec), the authors
 * (Florence Burban, Djibril Djigo; Aurélie Ferreira for method and quality control), the region (Hodh El
 * Gharbi, Aïoun). The table of contents begins (« I. EXECUTIVE SUMMARY...... 1 II. RESUME EXECUTIF ...... 1
 * III. INTRODUCTION ET CONTEXTE DU PROJET ...... ») and must open no section: no insight at all.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 03 UNDEF ex-post evaluation, Mauritania descendants of slaves (TXT, FR)',
  file: found('03_undef-mauritania-slavery-descendants-evaluation-2015-fr.txt'),
  document: { kind: 'REPORT', language: 'fr' },
  counts: { FINDING: [0, 0], RECOMMENDATION: [0, 0], LESSON_LEARNED: [0, 0], GOOD_PRACTICE: [0, 0] },
  evaluation: {
    title: 'Renforcement de la participation politique des communautés des anciens esclaves en Mauritanie',
    completion: '2015-01',
    // « Évaluations a posteriori ».
    timing: 'EX_POST',
    evaluators: ['Florence Burban', 'Djibril Djigo'],
    firms: ['Transtec'],
  },
  project: {
    code: 'UDF-MAU-10-359',
    partners: ['ACORD'],
  },
  countries: { concerned: ['MRT'], exactly: true },
  junk: { forbiddenOpenings: ['I. EXECUTIVE SUMMARY', 'Table des matières', 'Remerciements', 'Décharge', 'Carte De la Mauritanie'] },
  gaps: {
    'evaluation.commissioner': 'Fonds des Nations Unies pour la Démocratie',
  },
});
