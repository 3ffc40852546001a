/**
 * 01 — UNHCR, Evaluation of UNHCR's data use and information management approaches (PDF, 49 pp.,
 * November 2019, ES/2019/07). Read whole with pdftotext -layout and page images.
 *
 * What a reader finds:
 * - Findings: section 4 has nine numbered sub-sections (4.1–4.9) whose headings are finding
 *   statements, each explained by 3–6 numbered paragraphs (48–84); section 5 "Conclusions" has six
 *   two-column conclusions (a bold lead-in beside its explanation). The executive summary restates
 *   them in its own words (paragraphs 9–26).
 * - Recommendations: the executive-summary table has seven rows (lead-in + "The evaluation
 *   recommends that UNHCR …", Responsible, Anticipated timeframe); section 6 has seven sub-sections
 *   6.1–6.7 holding the same seven plus one the table lacks (6.5, a capacity-building plan, with two
 *   more "also recommends" sentences in paragraph 95).
 * - Good practices: exactly three side boxes ("Box 1: Good Practice: Development of the DIMA",
 *   "Box 2: Good practice: research agendas", "Box 3: Good practice: Community-Based Participatory
 *   Assessments"). No lessons-learned section: paragraph 51's "reflects lessons learned" is not one.
 * - The ToR annex (Annex 1) speaks of "recommendations" and "findings" that are not the report's own.
 */
import { corpus, describeRealDocument } from '../read-and-extract.js';

describeRealDocument({
  name: '01 UNHCR data use and information management evaluation (PDF, EN)',
  file: corpus('01_unhcr-data-use-information-management-eval-2019-en.pdf'),
  document: { kind: 'REPORT', language: 'en' },
  counts: {
    // 9 findings (4.1–4.9) + 6 conclusions = 15 when each headed finding is one item; the executive
    // summary's own statements (paragraphs 9–26, 18 paragraphs, partly overlapping) may add up to
    // ~18; paragraph-level splitting of section 4 (37 paragraphs) would be too fine but a reader could
    // accept some of it. Fewer than 12 means whole findings were lost; more than 40 means the
    // executive summary and the body were both split into paragraphs, or the ToR annex leaked in.
    FINDING: [12, 40],
    // 7 table rows = 7 of section 6's recommendations, each counted once; 6.5 adds 1 (capacity-building
    // plan) and paragraph 95 may be read as 1–2 more (pathfinders, incentives): 7–10. Not deduplicated
    // (table + body) would give 14+.
    RECOMMENDATION: [7, 10],
    // No lessons-learned section at all.
    LESSON_LEARNED: [0, 0],
    // The three boxes, nothing else.
    GOOD_PRACTICE: [3, 3],
  },
  items: [
    {
      kind: 'RECOMMENDATION',
      position: 'first',
      opening: [
        'The evaluation emphasizes that an organization-wide prioritization would be essential',
        'The evaluation recommends that UNHCR develop a data transformation strategy and roadmap',
        'Developing a global vision for UNHCR',
      ],
      addressee: 'SET',
    },
    {
      kind: 'RECOMMENDATION',
      opening: [
        'The evaluation shows that UNHCR and its partners collect a wide array of data',
        'The evaluation recommends that UNHCR establish a data management “rule book”',
        'Establish data governance through global norms and standards',
      ],
      addressee: 'SET',
    },
    {
      kind: 'RECOMMENDATION',
      note: 'the Data Service row names SET and DPSM',
      opening: [
        'As the organization looks to its future, exercising data leadership',
        'At the global level, the evaluation recommends that UNHCR rebrand and create a Data Service',
      ],
      addressee: 'DPSM',
    },
    {
      kind: 'RECOMMENDATION',
      opening: [
        'The organization has a wealth of data that are scattered across various',
        'The evaluation recommends that UNHCR invest in a solution that allows for data from different systems',
        'Connecting UNHCR’s data and information management systems',
      ],
      addressee: ['DPSM', 'DIST'],
    },
    {
      kind: 'RECOMMENDATION',
      opening: ['UNHCR should increase the availability, usability, integrity and security of data', 'Strengthening data protection at all levels'],
      addressee: 'DIP',
    },
    {
      kind: 'RECOMMENDATION',
      note: 'only in section 6 (6.5), not in the executive-summary table',
      opening: [
        'Establishing a data management “rule book” and overseeing its implementation',
        'The evaluation recommends that UNHCR develop a capacity-building plan',
        'Fostering an appreciation of data',
      ],
    },
    {
      kind: 'RECOMMENDATION',
      position: 'last',
      opening: [
        'An increasing number of players are actively working in humanitarian-development settings',
        'The evaluation already recommended that UNHCR develop a data transformation strategy. The strategy should acknowledge',
        'Leading by engaging with partners',
      ],
      addressee: 'SET',
    },
    {
      kind: 'FINDING',
      opening: ['UNHCR’s operational data is fragmented across many systems', 'Based on interviews with staff at HQs and in the field and direct observation'],
    },
    {
      kind: 'FINDING',
      opening: ['Challenges with data management systems in refugee coordination', 'UNHCR leads or co-leads the inter-agency planning and coordination'],
    },
    {
      kind: 'FINDING',
      opening: ['Data protection at the field level could be strengthened', 'Data protection relates to the standards and principles'],
    },
    {
      kind: 'FINDING',
      note: 'the first conclusion of section 5 (lead-in beside its explanation)',
      opening: [
        'There is an organization-wide recognition of the value proposition',
        'The current approach towards data management in UNHCR is heavily decentralised',
      ],
    },
    {
      kind: 'GOOD_PRACTICE',
      opening: [
        'Development of the Data and Information Management and Analysis Team',
        'The Director’s Office in Amman for the Middle East and North Africa Bureau',
      ],
    },
    {
      kind: 'GOOD_PRACTICE',
      opening: ['research agendas', 'Development of inter-sectoral analytical frameworks to inform research'],
    },
    {
      kind: 'GOOD_PRACTICE',
      opening: ['Community-Based Participatory Assessments', 'UNHCR has been implementing a Community-based Protection strategy since 2008'],
    },
  ],
  evaluation: {
    title: 'Evaluation of UNHCR’s data use and information management approaches',
    completion: '2019-11',
    // A centralized thematic evaluation: neither midterm nor final; the document states no timing.
    timing: [null, 'OTHER'],
    type: 'centralized',
    manager: 'Christine Fu',
    evaluators: ['Stephen Ladek', 'Nur Abdelkhaliq', 'Scott Cameron', 'Siobhan Green', 'Caitlin Procter'],
    firms: ['IOD PARC', 'IMC Worldwide'],
  },
  // No budget anywhere in the report.
  project: { budget: null },
  countries: {
    // "Countries covered: Syria regional refugee response via Jordan and Lebanon, Pakistan, Zambia".
    concerned: ['JOR', 'LBN', 'PAK', 'ZMB'],
    // Geneva and Copenhagen (HQ addresses), and the regional responses listed in 4.5 (Burundi, DRC,
    // Nigeria, South Sudan) and the acronym "DRC" are mentions, not countries covered.
    notConcerned: ['CHE', 'DNK', 'BDI', 'COD', 'NGA', 'SSD', 'USA'],
  },
  junk: {
    forbiddenOpenings: [
      'Annex 1: Terms of Reference',
      'Evaluation information at a glance',
      'The evaluation is expected to yield insights and generate recommendations',
      'Final evaluation report including recommendations',
      'Abbreviations: DIP = Division of International Protection',
      'Recommended actions Responsible',
    ],
  },
  gaps: {
    'evaluation.commissioner': 'UNHCR Evaluation Service',
    'evaluation.periodCovered': { start: '2017', end: '2019-03' },
    'evaluation.reference': 'ES/2019/07',
  },
});
