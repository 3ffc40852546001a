/**
 * Web pages copied as text, and the records agencies publish on the web: a page's date stamp and buttons under its
 * last item (Canada.ca, Norad), management-response matrices with WFP's column headers, US OIG "Rec. No." records and
 * lesson-database records (AfDB EVRD, USDOL ILAB). Each case is a short text written for the test in that layout.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord, RecommendationFields } from '../../src/model/records.js';

function extract(text: string, sourcePath = 'inline.txt'): ExtractionRecord {
  const format = sourcePath.endsWith('.txt') ? 'txt' : 'md';
  const read: ReadResult = { sourcePath, sha256: '0'.repeat(64), format, text, encoding: 'utf-8', warnings: [], pageStarts: [] };
  return extractRecord(read);
}

const fieldsOf = (record: ExtractionRecord, at: number) => record.insights[at]!.fields as RecommendationFields | null;

describe("a web page's date stamp and buttons under its last item", () => {
  it('are no time frame of the last recommendation (Canada.ca "Date modified:")', () => {
    const record = extract(
      [
        'Evaluation of the Youth Employment Strategy',
        'Recommendations',
        '1. Clarify the program objectives and the roles of each partner.\n2. Improve the collection of performance data by service providers.',
        'Date modified: 2022-05-10',
      ].join('\n\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'Clarify the program objectives and the roles of each partner.',
      'Improve the collection of performance data by service providers.',
    ]);
    expect(fieldsOf(record, 1)?.timeFrame ?? null).toBeNull();
  });

  it('are no part of the last lesson, in any language, when no blank line sets them apart', () => {
    const record = extract(
      [
        'Annual report 2012',
        '',
        'Lessons from 2012',
        '',
        '  1. The significance of thorough analyses of countries in conflict',
        '  2. Evaluations need to be communicated better',
        'Publisert 14.11.2013',
        'Sist oppdatert 16.02.2015',
        'Share this page',
        'Date de modification :',
        '2015-02-16',
      ].join('\n'),
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'The significance of thorough analyses of countries in conflict',
      'Evaluations need to be communicated better',
    ]);
  });

  it('leave a sentence that ends on "published." alone', () => {
    const record = extract(
      [
        'Findings',
        '',
        '1. The programme reached most of its targets in the first two years of operation, and coverage rates will be',
        'published.',
        '2. The monitoring system was weak at district level, where staff turnover was high throughout the period.',
      ].join('\n'),
    );
    expect(record.insights[0]!.text).toMatch(/will be published\.$/);
  });
});

describe("a management-response matrix with WFP's column headers", () => {
  const header = [
    'Evaluation Recommendations',
    'Management response Accepted, partially accepted or not accepted and COMMENT on the Recommendation, providing clear reasoning for partially accepted and not accepted',
    'Management - Action to be taken',
    'Action Responsible CO unit',
    'Time frame',
  ].join('\t');

  it('reads the decision, its comment and the actions, and the closing tag as addressee and time frame', () => {
    const record = extract(
      [
        '# Bangladesh Country Programme 200243 (2012-2016): evaluation of the operation at mid-term',
        '## Management Response',
        header +
          '\nRecommendation 1: Consolidate IMCN activities in the current focus areas and further develop the capacity of government clinics. (CO, short-term):\tPartially accepted There is an opportunity for greater collaboration with MoHFW.\tCO will draw up an action plan to hand over IMCN activities to government.\t\t',
      ].join('\n\n'),
      'inline.md',
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'Consolidate IMCN activities in the current focus areas and further develop the capacity of government clinics.',
    ]);
    expect(fieldsOf(record, 0)).toEqual({
      timeFrame: 'short-term',
      managementResponse: {
        decision: 'PARTIALLY_ACCEPTED',
        response: 'There is an opportunity for greater collaboration with MoHFW.',
        keyActions: 'CO will draw up an action plan to hand over IMCN activities to government.',
      },
    });
    expect(record.insights[0]!.addressees.map((actor) => actor.asWritten)).toEqual(['CO']);
  });

  it('keeps a second comment that opens with the decision again in the response, not the actions (text copy)', () => {
    const record = extract(
      [
        'Detailed responses to evaluation recommendations',
        'Evaluation Recommendations',
        'Recommendation 1: Consolidate IMCN activities in the current focus areas and further develop the capacity of government clinics. (CO, short-term):',
        'Partially accepted',
        'There is an opportunity for greater collaboration with MoHFW at the field level.',
        'Partially accepted Targeted supplementary feeding will need to be continued in areas with high numbers of refugees.',
        'CO will draw up an action plan to hand over IMCN activities to government.',
      ].join('\n\n'),
    );
    const response = fieldsOf(record, 0)?.managementResponse;
    expect(response?.decision).toBe('PARTIALLY_ACCEPTED');
    expect(response?.response).toContain('Targeted supplementary feeding will need');
    expect(response?.keyActions).toBe('CO will draw up an action plan to hand over IMCN activities to government.');
  });

  it('leaves a citation in brackets at the end of a recommendation alone', () => {
    const record = extract(
      [
        '# Evaluation of the nutrition programme',
        '## Recommendations',
        '1. Align the nutrition targets with the national strategy adopted in 2015, as the review advised (World Bank, 2016).',
      ].join('\n\n'),
      'inline.md',
    );
    expect(record.insights[0]!.text).toMatch(/\(World Bank, 2016\)\.$/);
    expect(fieldsOf(record, 0)?.timeFrame).toBeUndefined();
  });
});

describe("a lesson database's records: title, meta line, lesson (AfDB's Evaluation Results Database)", () => {
  const records = [
    [
      'Impact Evaluation of AfDB-Funded Ghana Fufulso-Sawla Road Project',
      '01 Dec 2020 | IE10004 | Impact Evaluation',
      'Integrating community development interventions into road transport infrastructure brings an added value to poverty reduction efforts. ... More',
    ],
    [
      'Egypt Country Strategy and Program Evaluation 2009-2018',
      '30 Sep 2020 | CA10071 | Country Strategy Evaluation',
      'A strong country ownership and flexibility in the design and delivery of Bank support is essential when the country is undergoing rapid transition.',
    ],
  ];
  const expected = [
    [
      'Impact Evaluation of AfDB-Funded Ghana Fufulso-Sawla Road Project',
      'Integrating community development interventions into road transport infrastructure brings an added value to poverty reduction efforts.',
    ],
    ['Egypt Country Strategy and Program Evaluation 2009-2018', records[1]![2]!],
  ];

  it('are one lesson each, titled by the record, without the meta line (text copy)', () => {
    const record = extract(['Lessons Highlights', ...records.flat()].join('\n\n'));
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual(
      expected.map(([headline, text]) => ['LESSON_LEARNED', headline, text]),
    );
  });

  it('are one lesson each when the titles are headings (the page read as HTML)', () => {
    const record = extract(['# Lessons Highlights', ...records.map(([title, meta, text]) => `### ${title}\n\n${meta}\n\n${text}`)].join('\n\n'), 'inline.md');
    expect(record.insights.map((insight) => [insight.headline, insight.text])).toEqual(expected);
  });
});
