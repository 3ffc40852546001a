/**
 * 07 — Public Health Agency of Canada, "Results at a Glance - Evaluation of the Office of International
 * Affairs for the Health Portfolio" (short Canada.ca page, dated January 2019): the summary of 06.
 * Read whole.
 *
 * What a reader finds: an Introduction (two bullets of context, not findings), "What the evaluation
 * found" (seven bullets), "Recommendations and responses" (three bold one-line recommendations, each
 * followed by a sibling paragraph "Response: OIA will …"), "About the evaluation" (scope April 2012 to
 * September 2017, methods), then "January 2019". No evaluator, no budget; "$97M" is total expenditure.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '07 PHAC/HC results at a glance (HTML, EN, short)',
  file: corpus('07_phac-hc-office-international-affairs-results-at-a-glance-en.html'),
  document: { kind: 'SUMMARY', language: 'en' },
  counts: {
    // The seven bullets of "What the evaluation found"; the two Introduction bullets are context.
    FINDING: [7, 7],
    // Three recommendations; their "Response:" paragraphs belong to them, not beside them.
    RECOMMENDATION: [3, 3],
    LESSON_LEARNED: [0, 0],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'RECOMMENDATION',
      position: 'first',
      opening: ['Clearly articulate roles and responsibilities regarding international files'],
      fields: { 'fields.managementResponse.keyActions': 'OIA will strengthen its engagement with Health Portfolio governance committees' },
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['Further explore opportunities to improve products and services'],
      fields: { 'fields.managementResponse.keyActions': 'OIA will continue to identify opportunities for feedback' },
    },
    {
      kind: 'RECOMMENDATION',
      position: 'last',
      opening: ['Explore ways to measure the impact of OIA activities'],
      fields: { 'fields.managementResponse.keyActions': 'OIA will assess the feasibility of measuring the impact' },
    },
    { kind: 'FINDING', position: 'first', opening: ['OIA’s mandate is quite broad; however, it reflects the complexity of the work'] },
    { kind: 'FINDING', opening: ['Governance mechanisms were found to be in place'] },
    { kind: 'FINDING', position: 'last', opening: ['Since 2014, OIA has been running a deficit'] },
  ],
  notItems: [
    { kind: 'RECOMMENDATION', opening: 'Response:', note: 'the management response of the recommendation above it' },
    { kind: 'RECOMMENDATION', opening: 'OIA will strengthen its engagement', note: 'a response' },
    { kind: 'FINDING', opening: 'Between April 2012 and March 2018, total expenditures', note: 'context (Introduction)' },
    {
      kind: 'FINDING',
      opening: 'The Office of International Affairs (OIA) for the Health Portfolio conducts a range of activities',
      note: 'context (Introduction)',
    },
  ],
  evaluation: {
    title: 'Evaluation of the Office of International Affairs for the Health Portfolio',
    completion: '2019-01',
    notCompletion: '2019-05',
  },
  // "$97M" is what OIA spent from April 2012 to March 2018, not a budget.
  project: { budget: null },
  countries: { concerned: ['CAN'], exactly: true, notConcerned: ['USA'] },
  junk: {
    forbiddenOpenings: [
      'Report a problem on this page',
      'Date modified',
      'About the evaluation',
      'Canada.ca',
      'Public Health Agency of Canada evaluation reports',
    ],
  },
  gaps: {
    'evaluation.periodCovered': { start: '2012-04', end: '2017-09' },
  },
});
