/**
 * 09 — Employment and Social Development Canada, Evaluation of Bilateral and Regional Labour Affairs and
 * the International Trade and Labour Stream — Final report, November 28, 2017 (Canada.ca page). Read the
 * content region whole. The full report of 08.
 *
 * What a reader finds:
 * - Executive summary: five "Findings" paragraphs and four "Lessons learned" bullets.
 * - Body: 3.0 Relevance (two alignment statements), 4.0 Effectiveness in six sub-sections, each opening
 *   with a finding paragraph (a finding: the chapters are the evaluation criteria) followed by "Description of activity", "Areas of strength" and "Areas of
 *   challenge and issues for consideration"; 5.0 Efficiency and economy; 6.0 Conclusion (a statement,
 *   six strengths, and the four lessons again, nearly word for word).
 * - No recommendations section. The "issues for consideration" ("The program could consider …") are
 *   findings on what is weak, not labelled recommendations: a reader would not list them as the
 *   evaluation's recommendations.
 * - FTA partners in Table 1 (U.S., Mexico, Chile, Costa Rica, Peru, Colombia, Jordan, Panama, Honduras,
 *   South Korea; Ukraine, EU, TPP concluded); Israel and EFTA have no labour agreement; 1-800 numbers in
 *   the accessibility paragraph.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '09 ESDC labour affairs evaluation, full report (HTML, EN)',
  file: corpus('09_esdc-intl-labour-affairs-eval-full-en.html'),
  document: { kind: 'REPORT', language: 'en' },
  counts: {
    // At least the five summary findings and the conclusion (8 with a few body statements); at most the
    // summary's five, per body sub-section a lead (6) and its strengths and challenges paragraph by
    // paragraph (about 20; a lead-in and the bullets that finish its sentence are one), relevance (2),
    // efficiency (3) and the conclusion with its strengths (2 to 7): about 40, so 45.
    FINDING: [8, 45],
    // None labelled; "issues for consideration" are not recommendations.
    RECOMMENDATION: [0, 0],
    // Four, printed twice (summary, conclusion): each once.
    LESSON_LEARNED: [4, 4],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    { kind: 'LESSON_LEARNED', position: 'first', opening: ['Consultations could be modified to increase the involvement of provinces, territories'] },
    { kind: 'LESSON_LEARNED', opening: ['Use of monitoring mechanisms and the complaint process to identify and address non-compliance has been limited'] },
    { kind: 'LESSON_LEARNED', position: 'last', opening: ['Potential improvements to performance measurement were identified'] },
    { kind: 'FINDING', opening: ['Monitoring and addressing issues of non-compliance related to labour provisions is limited'] },
    { kind: 'FINDING', opening: ['International Trade and Labour projects are an effective tool for supporting Canada’s partners'] },
    {
      kind: 'FINDING',
      opening: ['The Bilateral and Regional Labour Affairs program and the International Trade and Labour funding stream are relevant to the priorities'],
    },
    // Chapters named after the evaluation criteria ("3.0 Relevance", "4.0 Effectiveness") hold findings: each
    // sub-section's own statement is one, before its "Areas of strength" and "Areas of challenge".
    { kind: 'FINDING', opening: ['Alignment with priorities regarding International Trade and Labour The program and related funding stream are relevant'] },
    {
      kind: 'FINDING',
      opening: ['Supporting the negotiation and implementation of labour provisions of free trade agreements The evaluation found that the program'],
    },
    { kind: 'FINDING', opening: ['Observations on monitoring and performance measurement The evaluation found that while both the program'] },
    // "Projects have contributed to:" and the three bullets that finish the sentence: one finding.
    { kind: 'FINDING', opening: ['Key informants and project reports indicated that projects have contributed to: Assisting partners to comply'] },
  ],
  notItems: [
    { kind: 'RECOMMENDATION', opening: 'The program could consider how the approval process might be adjusted', note: 'an issue for consideration' },
    { kind: 'FINDING', opening: 'Large print, braille, MP3', note: 'the accessibility paragraph' },
    { kind: 'FINDING', opening: 'Negotiating: The program assists in the development and negotiation', note: 'program description' },
    { kind: 'FINDING', opening: 'Maintaining or improving partners’ labour legislation and policies', note: 'the end of a sentence cut into bullets' },
  ],
  evaluation: {
    title: 'Evaluation of Bilateral and Regional Labour Affairs and the International Trade and Labour Stream',
    titleNot: 'PDF',
    completion: '2017-11',
    notCompletion: '2022',
  },
  countries: {
    concerned: ['CAN'],
    // Israel: a trade agreement without labour provisions.
    notConcerned: ['ISR'],
  },
  junk: {
    forbiddenOpenings: [
      'Alternate formats',
      'Large print, braille',
      'Description of activity',
      'Areas of strength',
      'Areas of challenge and issues for consideration',
      'On this page',
      'Table 1:',
      'Date modified',
    ],
    forbiddenFragments: ['Footnote', '1-800-926-9105'],
  },
  gaps: {
    'evaluation.commissioner': 'Employment and Social Development Canada',
    // "activities between March 2011 and December 2016" (the program; the funding stream from April 2012).
    'evaluation.periodCovered': { start: '2011-03', end: '2016-12' },
  },
});
