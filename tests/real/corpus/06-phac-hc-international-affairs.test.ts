/**
 * 06 — Health Canada / Public Health Agency of Canada, Evaluation of the Office of International Affairs
 * for the Health Portfolio 2012-13 to 2017-18 (Canada.ca page; prepared by the Office of Audit and
 * Evaluation, October 2018). Read the content region whole.
 *
 * What a reader finds:
 * - Three recommendations, printed three times: executive summary (h5 "Recommendation N" + bold
 *   statement + explanation), the "Management Response and Action Plan" table (rowspans: recommendation
 *   1 has actions 1.1 and 1.2 and a deliverable row of its own; 2 has 2.1 and 2.2; 3 has 3.1 and a
 *   deliverable row), and section 6.0 (h3, h3, h5). The table words recommendation 2 "services and
 *   products" where the text says "products and services". Each recommendation is "supported" by
 *   management; the accountability is "OIA-DG" (twice in some cells).
 * - Findings: section 4.0 opens each sub-section (4.1.1 Mandate … 4.1.6, 4.2 Impact) with a bold finding
 *   statement followed by evidence paragraphs, survey figures and lists; 4.3 opens with a plain paragraph.
 *   Conclusions (section 5.0, repeated in the executive summary nearly word for word): five on design and
 *   delivery, the impact paragraphs (with a five-item list of activities), two on economy and efficiency.
 * - No lessons learned, no good practices.
 * - "Published: 2019-05-XX" is a placeholder; the footer's "Date modified: 2021-02-24" is the page's.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

const MANAGEMENT_SUPPORTS = { 'fields.managementResponse.decision': 'ACCEPTED' };

describeRealDocument({
  name: '06 PHAC/HC Office of International Affairs evaluation (HTML, EN, with management response)',
  file: corpus('06_phac-hc-office-international-affairs-eval-2012-2018-en.html'),
  document: { kind: 'REPORT', language: 'en' },
  counts: {
    // 7–8 bold findings of section 4 + 9–10 conclusions (once though printed twice) ≈ 18; at least the
    // conclusions or the findings with some of the other (10); "a few dozen at most" (30), never one per
    // evidence paragraph or survey bullet (today: 141).
    FINDING: [10, 30],
    // Three, each once, whatever the three places they are printed in.
    RECOMMENDATION: [3, 3],
    LESSON_LEARNED: [0, 0],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'RECOMMENDATION',
      position: 'first',
      opening: ['Clearly articulate roles and responsibilities regarding international files'],
      addressee: 'OIA-DG',
      fields: { 'fields.managementResponse.keyActions': 'Strengthen OIA engagement with HP branches and governance committees' },
      gaps: MANAGEMENT_SUPPORTS,
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['Further explore opportunities to improve products and services', 'Further explore opportunities to improve services and products'],
      addressee: 'OIA-DG',
      fields: { 'fields.managementResponse.keyActions': 'Improve feedback mechanisms' },
      gaps: MANAGEMENT_SUPPORTS,
    },
    {
      kind: 'RECOMMENDATION',
      position: 'last',
      opening: ['Explore ways to measure the impact of OIA activities'],
      addressee: 'OIA-DG',
      fields: { 'fields.managementResponse.keyActions': 'Explore the feasibility of measuring the impact' },
      gaps: MANAGEMENT_SUPPORTS,
    },
    {
      kind: 'FINDING',
      opening: ['The mandate of the Office of International Affairs is quite broad', 'The mandate of the OIA is quite broad'],
      repeats: 'allowed',
    },
    {
      kind: 'FINDING',
      opening: [
        'Overall, there is agreement that the shared services model has been effective',
        'Overall, there was agreement among key informants that the shared services model',
      ],
      repeats: 'allowed',
    },
    {
      kind: 'FINDING',
      opening: ['There is evidence that, since 2014, OIA has been running an annual deficit'],
    },
  ],
  notItems: [
    { kind: 'RECOMMENDATION', opening: 'Management supports this recommendation', note: 'the response, not a recommendation' },
    { kind: 'RECOMMENDATION', opening: 'Within existing OIA resources', note: 'the Resources column' },
    { kind: 'FINDING', opening: 'I am satisfied with the information provided in OIA’s Weekly Newsletter', note: 'a survey statement' },
    { kind: 'FINDING', opening: 'G7 Health Ministers', note: 'Appendix 3, list of engagements' },
  ],
  evaluation: {
    title: 'Evaluation of the Office of International Affairs for the Health Portfolio',
    completion: '2018-10',
    // "Date modified: 2021-02-24" is the web page's; "Published: 2019-05-XX" is a placeholder.
    notCompletion: '2021',
    firms: ['Office of Audit and Evaluation'],
  },
  countries: {
    concerned: ['CAN'],
    exactly: true,
    // Bilateral partners (United States, China, Mexico) and meeting places (Washington, Geneva).
    notConcerned: ['USA', 'CHN', 'MEX', 'CHE'],
  },
  junk: {
    forbiddenOpenings: [
      'Return to footnote',
      'Footnote',
      'Date modified',
      'Download the alternative format',
      'Table 3:',
      'Page details',
      'Recommendations Response Action Plan',
    ],
    forbiddenFragments: ['Return to footnote', 'Footnote'],
  },
  gaps: {
    'evaluation.commissioner': 'Office of Audit and Evaluation',
    // "This assessment focussed on OIA activities conducted from April 2012 to September 2017."
    'evaluation.periodCovered': { start: '2012-04', end: '2017-09' },
  },
});
