/**
 * 02 — USAID/Mali, Final Performance Evaluation of the Livestock for Growth (L4G) Activity in Mali
 * (plain-text dump of a ~60-page PDF, 15 May 2020). Read whole.
 *
 * What a reader finds:
 * - The whole report is in the file TWICE (the second copy restarts at the title, line 3776): every
 *   item below must come out once.
 * - Per evaluation question (EQ 1, EQ 2, EQs 3–4), the executive summary and section 4 each have
 *   FINDINGS (prose with run-in topic lines: "Availability and Cost of Vaccines", "Issues with the
 *   Cascade Training Model", …), CONCLUSIONS (one statement per paragraph) and RECOMMENDATIONS (one
 *   per paragraph; the bullets were lost in the dump). The body words them at more length.
 * - Recommendations: executive summary 6 + 4 + 7 = 17; section 4 has 7 + 4 + 7 = 18 (it splits "the
 *   state veterinary services should be involved in the selection of VAs" into its own paragraph).
 * - Conclusions: EQ 1 nine, EQ 2 nine, EQs 3–4 seven (summary) / eight (body) paragraphs.
 * - No lessons learned ("lessons can be learned" is in the SOW annex) and no good practices ("best
 *   practices already in place in Mali" is a finding's words).
 * - Annex 1 has the identification table of two activities side by side: L4G (award
 *   AID-688-C-14-00004, $14,489,448, DT Global) and the Cereal Value Chain (AID-688-C-13-00002,
 *   $24,971,628, ACDI/VOCA); the evaluation contract is AID-OAA-TO-16-00008.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '02 USAID Mali Livestock for Growth final performance evaluation (TXT, EN, duplicated whole)',
  file: corpus('02_usaid-mali-livestock-for-growth-final-performance-eval-2020-en.txt'),
  document: { kind: 'REPORT', language: 'en' },
  counts: {
    // Conclusions alone are 25–26 statements (summary and body deduplicated); findings add one item per
    // topic (about 13 topics in the summary, 20–25 in section 4). 20 means conclusions were lost; more
    // than 65 means both copies of the report, or every findings paragraph, came out.
    FINDING: [20, 65],
    // 17 (summary) or 18 (body) recommendations, each once: 15–20. Not deduplicated: 35; both copies: 70.
    RECOMMENDATION: [15, 20],
    LESSON_LEARNED: [0, 0],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'RECOMMENDATION',
      position: 'first',
      opening: [
        'USAID should consider household stock raising and animal fattening as important components',
        'USAID could consider implementing a follow-on livestock activity in Mopti and Timbuktu',
      ],
      addressee: 'USAID',
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['With its experience in financial intermediation, the Association of Professionals in Financial Intermediation of Mali'],
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['The state technical services in animal production should be integrated into any new livestock productivity activity'],
    },
    {
      kind: 'RECOMMENDATION',
      opening: [
        'USAID should construct new water points in the parts of those regions',
        'Depending on resources available, the security situation in Mopti and Timbuktu',
      ],
      addressee: 'USAID',
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['Water user fees fixed by the municipalities should be kept as low as possible'],
    },
    {
      kind: 'RECOMMENDATION',
      position: 'last',
      // The summary's OCR reads "non-functiona water point".
      opening: ['The one non-functiona'],
    },
    {
      kind: 'FINDING',
      opening: [
        'The L4G activity successfully installed the SVPP program in the Koro and Bankass circles',
        'The L4G activity succeeded in devising and putting into place an SVPP',
      ],
    },
    {
      kind: 'FINDING',
      opening: ['The cascading training mode used by L4G was seriously limited', 'The cascading training model used by L4G to spread between villages'],
    },
    {
      kind: 'FINDING',
      opening: ['Conflicts around the water points are rare'],
    },
  ],
  notItems: [
    {
      kind: 'RECOMMENDATION',
      opening: 'When asked for recommendations on how future livestock activities might be improved',
      note: 'a finding ("Limiting Factors")',
    },
    { kind: 'RECOMMENDATION', opening: 'These recommendations do not account for L4G', note: 'a finding ("Issues with the Cascade Training Model")' },
    { kind: 'FINDING', opening: 'To what extent do the trained auxiliaries continue to engage', note: 'evaluation question 1' },
  ],
  evaluation: {
    title: 'Final performance evaluation of the Livestock for Growth (L4G) Activity in Mali',
    completion: '2020-05',
    timing: 'FINAL',
    evaluators: ['Philip Boyle', 'Embry Howell', 'Almouzar Maiga', 'Aliou Badara Samake', 'Jessica Payton'],
    firms: ['ME&A'],
  },
  project: {
    title: 'Livestock for Growth',
    // The activity's award number, not the Cereal Value Chain's (AID-688-C-13-00002) nor the evaluation
    // contract (AID-OAA-TO-16-00008).
    code: 'AID-688-C-14-00004',
    // L4G's funding, not the CVC's $24,971,628 on the interleaved line beside it.
    budget: { amount: 14_489_448, currency: 'USD' },
    donors: ['USAID'],
    // The activity's implementer, not the CVC's ACDI/VOCA.
    partners: ['DT Global'],
  },
  countries: {
    concerned: ['MLI'],
    exactly: true,
    // The contractor's Washington address; the French Government's 2013 intervention.
    notConcerned: ['USA', 'FRA'],
  },
  junk: {
    forbiddenOpenings: [
      'TABLE OF CONTENTS',
      'Acronym Description',
      'Agriculture and Economic Growth Office',
      'Association of Professionals in Financial Intermediation of Mali CFAF',
      'EXPRESSION OF INTEREST',
      'FINDINGS, CONCLUSIONS, AND RECOMMENDATIONS',
      'KEY FINDINGS, CONCLUSIONS, AND RECOMMENDATIONS',
    ],
  },
  gaps: {
    'evaluation.commissioner': 'USAID',
  },
});
