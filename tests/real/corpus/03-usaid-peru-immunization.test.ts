/**
 * 03 — USAID/Peru, Millennium Challenge Corporation (MCC) Immunization Threshold Program (ITP)
 * Assessment, Final Report, December 2011 (OCR text dump of a ~110-page PDF). Read whole.
 *
 * What a reader finds:
 * - Executive summary: 16 numbered FINDINGS, 10 numbered CONCLUSIONS (bold lead-in + explanation) and
 *   6 "factors that affected sustained success", 5 RECOMMENDATIONS, 10 LESSONS LEARNED (unnumbered
 *   paragraphs; the bullets were lost; footnotes 5–10 sit between them).
 * - Body: FINDINGS in topic sub-sections (about 25 topics), CONCLUSIONS as three numbered lists
 *   (factors that facilitated success: 7; inhibited success: an intro paragraph + 5; inhibited
 *   sustainability: 5), the same 5 RECOMMENDATIONS, "Roadmaps, vision and critical steps" (a pointer
 *   to Annex A), and 8 LESSONS LEARNED that merge and re-word the summary's ten.
 * - Annex G.5 reprints MCC's own fact sheet "MCC Threshold Program Lessons Learned" (lessons one to
 *   seven): a third party's lessons, not the evaluators'.
 * - Running header "USAID/PERU MCC-IPT Assessment Report" and page numbers interrupt the lists.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '03 USAID Peru MCC immunization threshold program assessment (TXT OCR, EN)',
  file: corpus('03_usaid-peru-mcc-immunization-threshold-assessment-2011-en.txt'),
  document: { kind: 'REPORT', language: 'en' },
  counts: {
    // 16 numbered findings + 10 conclusions + 6 factors in the summary (32); the body's 18 conclusion
    // items repeat most of them in other words, its findings topics add detail. At least the 16 numbered
    // findings and some conclusions (20); at most summary + body conclusions + a share of body topics (55).
    FINDING: [20, 55],
    // Five recommendations, printed twice nearly verbatim; the VDIM one may be read as two sentences' worth.
    RECOMMENDATION: [5, 6],
    // The union of the summary's ten and the body's eight: flexibility, ownership, M&E indicators, legal
    // basis, local authorities, design assumptions, information system, outcome goal, buy-in = 9; the
    // summary keeps "unreliable coverage indicators" and "untested assumptions" apart (up to 11). MCC's
    // own seven lessons (Annex G.5) are not the evaluation's.
    LESSON_LEARNED: [8, 11],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'RECOMMENDATION',
      position: 'first',
      opening: ['A national, nominal, information system capable of collecting and reporting all public and private vaccinations'],
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['The VDIM should be institutionalized', 'The VDIM course should be institutionalized'],
    },
    {
      kind: 'RECOMMENDATION',
      position: 'last',
      opening: ['The IEC toolbox provides an important resource', 'The IEC Toolbox could be an important resource'],
    },
    {
      kind: 'LESSON_LEARNED',
      position: 'first',
      opening: ['Given the short nature of MCC’s threshold programs, flexibility in program design'],
    },
    {
      kind: 'LESSON_LEARNED',
      opening: ['The legal basis for interventions is very important for institutionalization', 'Where the legal basis for interventions is important'],
    },
    {
      kind: 'LESSON_LEARNED',
      opening: [
        'For the MCC-ITP, the creation of a national immunization information system was overly ambitious',
        'For MCC-ITP, the creation of a national immunization information system',
      ],
    },
    {
      kind: 'LESSON_LEARNED',
      position: 'last',
      opening: ['It was assumed that the MOH and NIS would buy in', 'Buy-ins and ownership should not be assumed'],
    },
    {
      kind: 'FINDING',
      // Finding 1 of the summary and the first paragraph of "Overall achievements" open identically: once.
      opening: ['The MCC-ITP fulfilled contractual obligations, delivered high-quality products'],
    },
    {
      kind: 'FINDING',
      opening: ['The MCC-ITP created and implemented a Virtual Diploma Immunization Management'],
    },
    {
      kind: 'FINDING',
      opening: ['Trained personnel is the most significant'],
      repeats: 'allowed',
    },
  ],
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'Lesson five: Identify champions of reform', note: 'MCC’s fact sheet, Annex G.5' },
    { kind: 'LESSON_LEARNED', opening: 'Identify champions of reform at multiple levels', note: 'MCC’s fact sheet, Annex G.5' },
    { kind: 'LESSON_LEARNED', opening: 'Lesson seven: Increase oversight', note: 'MCC’s fact sheet, Annex G.5' },
    { kind: 'LESSON_LEARNED', opening: 'Increase oversight and monitoring and evaluation of projects', note: 'MCC’s fact sheet, Annex G.5' },
    { kind: 'LESSON_LEARNED', opening: 'MCC Threshold Program Lessons Learned', note: 'a footnote between two lessons' },
    { kind: 'RECOMMENDATION', opening: 'Recommend a critical path for improvement and sustainability', note: 'an objective of the assessment' },
  ],
  evaluation: {
    title: 'Immunization',
    completion: '2011-12',
    timing: 'FINAL',
    evaluators: ['David Nelson', 'Rose Schneider', 'Pedro Jesus Mendoza Arana', 'Elvira Beracochea'],
    firms: ['Social Impact', 'MIDEGO'],
  },
  // The program's budget is not stated (only incidental costs of equipment).
  project: { budget: null, donors: ['MCC'] },
  countries: {
    concerned: ['PER'],
    exactly: true,
    // Social Impact's Arlington address, PAHO in Washington.
    notConcerned: ['USA'],
  },
  junk: {
    forbiddenOpenings: ['Ibid', 'USAID/PERU MCC-IPT Assessment Report', 'ROADMAPS, VISION AND CRITICAL STEPS', 'DOSES/YEAR'],
    forbiddenFragments: ['USAID/PERU MCC-IPT Assessment Report'],
  },
  gaps: {
    'evaluation.commissioner': 'USAID',
  },
});
