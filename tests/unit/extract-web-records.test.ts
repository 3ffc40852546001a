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
