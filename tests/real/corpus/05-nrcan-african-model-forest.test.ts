/**
 * 05 — Natural Resources Canada, Evaluation Report: African Model Forest Initiative (Canada.ca page,
 * covers 2009-10 to 2013-14). Read the content region whole (h1 to the footnotes).
 *
 * What a reader finds:
 * - No recommendations at all: a lessons-only evaluation.
 * - Lessons learned: three bullets, printed in the executive summary ("Lessons Learned", h2) and again
 *   in section 5 with slightly different punctuation — three lessons, each once. The paragraphs that
 *   introduce them ("Synthesis studies of evaluations…", "The MF approach consists of…") are not lessons.
 * - Findings: section 4 answers each evaluation question with a "Summary:" per outcome (a factors
 *   table, five immediate, five intermediate and two final outcomes, efficiency and economy: 13–14
 *   summaries); section 4.4 "Conclusions" (repeated nearly verbatim in the executive summary): a
 *   relevance statement, six key achievements (two with country sub-bullets), and the intervention
 *   context.
 * - Money: forecast budget $15,000,000 (Table 1, "Contributions under this program total $15 million"),
 *   actual expenses $13,016,769 ("$13 million over this 5-year period"), leverage amounts in US$ and €.
 * - "Footnote N" anchors are glued to words; the page ends with "Date modified: 2019-02-01", a feedback
 *   widget and the Government of Canada footer.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '05 NRCan African Model Forest Initiative evaluation (HTML, EN)',
  file: corpus('05_nrcan-african-model-forest-initiative-eval-en.html'),
  document: { kind: 'REPORT', language: 'en' },
  counts: {
    // Core: 8 conclusions (once, though printed twice) + 13 outcome summaries = 21. At least the
    // conclusions and a few summaries (12); at most with the ten factor bullets and the eight country
    // sub-bullets counted apart (40).
    FINDING: [12, 40],
    RECOMMENDATION: [0, 0],
    // Three lessons, each once.
    LESSON_LEARNED: [3, 3],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'LESSON_LEARNED',
      position: 'first',
      opening: ['Define the concept of capacity in a way that takes into account local context and need'],
    },
    {
      kind: 'LESSON_LEARNED',
      opening: ['Avoid a cumbersome performance measurement system'],
    },
    {
      kind: 'LESSON_LEARNED',
      position: 'last',
      opening: ['Determine, at an early stage, a phase-out plan'],
    },
    {
      kind: 'FINDING',
      opening: ['In North Africa, the AMFI helped strengthen the Mediterranean Model Forest Network'],
    },
    {
      kind: 'FINDING',
      opening: ['The AMFN was created in 2009 and expanded primarily thanks to AMFI support', 'Establishing regional networks of MFs'],
    },
    {
      kind: 'FINDING',
      opening: ['With limited management resources, the AMFI was implemented in a very difficult environment'],
    },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'Synthesis studies of evaluations of programs focused on capacity building', note: 'the lessons’ introduction' },
    { kind: 'LESSON_LEARNED', opening: 'The MF approach consists of an ongoing and adaptive process', note: 'the section’s introduction' },
    { kind: 'FINDING', opening: 'Thank you for your help', note: 'the feedback widget' },
  ],
  evaluation: {
    title: 'African Model Forest Initiative',
    // The report states no completion date; the footer's "Date modified: 2019-02-01" is the web page's.
    notCompletion: '2019',
    firms: ['TDV Global'],
    // "Olive Kamanyana managed the evaluation project team"; Jennifer Hollington headed up the evaluation.
    manager: 'Olive Kamanyana',
  },
  project: {
    title: 'African Model Forest Initiative',
    // The forecast budget (Table 1 total, "Contributions under this program total $15 million"), not the
    // $13,016,769 spent, nor the $12,290,000 of grants and contributions, nor leverage amounts.
    budget: { amount: 15_000_000, currency: 'CAD' },
  },
  countries: {
    // Model forests in Morocco, Algeria, Tunisia (Mediterranean) and Cameroon, Rwanda, DRC, CAR, Congo.
    concerned: ['MAR', 'DZA', 'TUN', 'CMR', 'RWA', 'COD', 'CAF', 'COG'],
    // Canada funds; Spain hosts the MMFN secretariat; network meetings in France, Turkey, Italy; the G8 at
    // Gleneagles; "former Yugoslavia" (EU funding around the Adriatic).
    notConcerned: ['CAN', 'ESP', 'FRA', 'TUR', 'ITA', 'GBR'],
  },
  junk: {
    forbiddenOpenings: [
      'Date modified',
      'Thank you for your help',
      'Report a problem',
      'Language selection',
      'Abbreviations and Acronyms',
      'Table 1:',
      'About this site',
    ],
    forbiddenFragments: ['Footnote'],
  },
  gaps: {
    'evaluation.commissioner': 'Natural Resources Canada',
    // "The evaluation covered the 2009-2010 to 2013-2014 period".
    'evaluation.periodCovered': { start: '2009', end: '2014' },
  },
});
