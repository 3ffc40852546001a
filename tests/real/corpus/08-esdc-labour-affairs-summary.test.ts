/**
 * 08 — Employment and Social Development Canada, "Summary of the Evaluation of Bilateral and Regional
 * Labour Affairs and the International Trade and Labour Stream" (one Canada.ca page). Read whole.
 *
 * What a reader finds: two context bullets (what the program does, not findings), "Key findings" (4
 * bullets), "Challenges" (2 bullets: findings on what went less well, not recommendations), "Four lessons
 * learned" (4 bullets; the heading opens with a number word), and a closing link to the full report. No
 * recommendations. The "Alternate formats" link text is the full report's title with "– Final Report
 * [PDF – 237 KB]"; the footer's "Date modified: 2018-06-14" is the page's.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '08 ESDC labour affairs evaluation summary (HTML, EN, one page)',
  file: corpus('08_esdc-intl-labour-affairs-eval-summary-en.html'),
  document: { kind: 'SUMMARY', language: 'en' },
  counts: {
    // 4 key findings + 2 challenges.
    FINDING: [6, 6],
    RECOMMENDATION: [0, 0],
    // "Four lessons learned": four.
    LESSON_LEARNED: [4, 4],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    { kind: 'FINDING', position: 'first', opening: ['Put in force nine trade agreements with labour provisions'] },
    { kind: 'FINDING', opening: ['Provided funding of $4.2M provided to projects in partner countries'] },
    { kind: 'FINDING', opening: ['Limited stakeholder consultations during negotiations'] },
    { kind: 'FINDING', position: 'last', opening: ['Gaps in efforts to implement and monitor labour provisions'] },
    { kind: 'LESSON_LEARNED', position: 'first', opening: ['Modifying consultations to increase the involvement of provinces, territories'] },
    { kind: 'LESSON_LEARNED', opening: ['Considering how the monitoring pilot project could progress'] },
    { kind: 'LESSON_LEARNED', position: 'last', opening: ['Opportunities may exist to improve how performance data is organized'] },
  ],
  notItems: [
    { kind: 'RECOMMENDATION', opening: 'Limited stakeholder consultations during negotiations', note: 'a challenge is a finding' },
    { kind: 'FINDING', opening: 'Promote fundamental labour rights internationally', note: 'what the program aims at' },
    { kind: 'FINDING', opening: 'Help protect Canadians from unfair competition', note: 'what the program aims at' },
  ],
  evaluation: {
    title: 'Evaluation of Bilateral and Regional Labour Affairs and the International Trade and Labour Stream',
    titleNot: 'PDF',
    notCompletion: '2018-06',
  },
  // "$4.2M provided to projects" is funding given out, not the program's budget.
  project: { budget: null },
  // The free-trade partner countries are not named on this page.
  countries: { concerned: ['CAN'], exactly: true },
  junk: {
    forbiddenOpenings: [
      'Alternate formats',
      'Evaluation of Bilateral and Regional Labour Affairs and the International Trade and Labour Stream – Final Report',
      'The full Evaluation of Bilateral',
      'Report a problem on this page',
      'Date modified',
      'Four lessons learned',
    ],
  },
  gaps: {
    'evaluation.commissioner': 'Employment and Social Development Canada',
  },
});
