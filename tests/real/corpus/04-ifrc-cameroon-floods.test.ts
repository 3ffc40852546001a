/**
 * 04 — IFRC, Emergency Plan of Action Final Report, Cameroon: Floods (DREF operation MDRCM028),
 * issued 27 October 2020 (PDF, 15 pp., two columns with photos). Read whole with pdftotext -layout.
 *
 * What a reader finds: an operation final report, not an independent evaluation. Under each sector
 * and output of "C. Detailed operational plan" (Shelter; Health outputs 1.1–1.4; WASH outputs
 * 1.1–1.5; Strategies for implementation) come "Challenges" and "Lessons Learned", bulleted or as
 * paragraphs:
 * - Lessons learned: Shelter 3 bullets; Health 1.1 3 bullets, 1.2 one paragraph (plus a second
 *   paragraph on psychological first aid that reads as part of it), 1.3 two paragraphs, 1.4 one;
 *   WASH 1.1 2 bullets, 1.2 and 1.3 "Nothing to report" (no lesson), 1.4 one, 1.5 one; Strategies
 *   one. 15 lessons (16 if the psychological-first-aid paragraph stands alone).
 * - Challenges (what went wrong, read as findings): Shelter 7 bullets; Health 1.1 2, 1.2 1 ("No major
 *   challenges … more first-aid kits"), 1.3 1, 1.4 1; WASH 1.1 1, 1.2 1, 1.3 1, 1.4 3 bullets, 1.5 1;
 *   Strategies 1 — 20 in all. Several contain "should" but none is labelled a recommendation.
 * - No recommendations section, no good practices ("This was a good point" is part of a lesson).
 * - A photo caption "Lessons Learned workshop in Yagoua" sits inside the Strategies narrative.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '04 IFRC Cameroon floods DREF final report (PDF, EN)',
  file: corpus('04_ifrc-cameroon-floods-dref-final-report-2020-en.pdf'),
  document: { kind: 'REPORT', language: 'en' },
  counts: {
    // The 20 challenges, with room for a merged or split bullet (the Shelter bullets run over pages).
    FINDING: [16, 24],
    RECOMMENDATION: [0, 0],
    // 15 lessons (16 with the psychological-first-aid paragraph apart); 14 tolerates one merged pair.
    LESSON_LEARNED: [14, 16],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'LESSON_LEARNED',
      position: 'first',
      opening: ['Strengthen communication with all stakeholders (affected populations, community leaders'],
    },
    {
      kind: 'LESSON_LEARNED',
      opening: ['Reconsider the consistency of the HHI kits to be distributed'],
    },
    {
      kind: 'LESSON_LEARNED',
      opening: ['It will be important to provide local committees with motorcycles'],
    },
    {
      kind: 'LESSON_LEARNED',
      opening: ['This operation has demonstrated the need to pre-position basic relief items'],
    },
    {
      kind: 'LESSON_LEARNED',
      opening: ['It is essential to involve the community and their leaders in all phases'],
    },
    {
      kind: 'LESSON_LEARNED',
      position: 'last',
      opening: ['When a disaster occurs, it is important to contact partners as early as possible'],
    },
    {
      kind: 'FINDING',
      opening: ['Difficult access to the disaster areas due to the isolation of villages'],
    },
    {
      kind: 'FINDING',
      opening: ['The quantity of Aquatabs did not cover the needs in the field', 'The number of Aquatab tablets was insufficient'],
      repeats: 'allowed',
    },
    {
      kind: 'FINDING',
      opening: ['The delay in launching activities at the central level of the NS prevented the involvement of other partners'],
    },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'Nothing to report' },
    { kind: 'LESSON_LEARNED', opening: 'Lessons Learned workshop in Yagoua', note: 'a photo caption' },
    { kind: 'LESSON_LEARNED', opening: 'IFRC participated in the final evaluation of the operation as well as in the lessons learned workshop' },
    { kind: 'FINDING', opening: 'Save lives, protect livelihoods', note: 'IFRC Strategy 2020 aims ("How we work")' },
  ],
  evaluation: {
    title: 'Cameroon: Floods',
    completion: '2020-10',
    // A DREF operation's final report: "final" describes the report, not an evaluation's timing.
    timing: ['FINAL', null],
  },
  project: {
    code: 'MDRCM028',
    // "Operation budget: CHF 78,140" (header), again in section D and the financial annex; 64,785 spent.
    budget: { amount: 78_140, currency: 'CHF' },
    // "... was CHF 78,140 out of which CHF 64,785 (83%) were spent."
    expenditure: { amount: 64_785, currency: 'CHF' },
    partners: ['Cameroon Red Cross'],
  },
  countries: {
    concerned: ['CMR'],
    exactly: true,
    // The DREF donors list (Red Cross societies and governments), the French and Luxembourg Red Cross,
    // the Nairobi and Geneva contacts.
    notConcerned: ['BEL', 'GBR', 'CAN', 'DNK', 'DEU', 'IRL', 'ITA', 'JPN', 'LUX', 'NZL', 'NOR', 'KOR', 'ESP', 'SWE', 'CHE', 'NLD', 'FRA', 'KEN', 'TCD'],
  },
  junk: {
    forbiddenOpenings: ['MDRCM028', 'Page |', 'P a g e', 'Contact information', 'Narrative description of achievements', 'Indicators:', 'Nothing to report'],
    forbiddenFragments: ['MDRCM028 – Cameroon Floods – DREF Final Report', 'P a g e |'],
  },
  gaps: {
    // "Operation start date: 23 October 2019 … Operation end date: 23 January 2020".
    'project.period': { start: '2019-10', end: '2020-01' },
  },
});
