/**
 * Layouts of real management responses, audit action plans and lesson listings copied from web pages (helper MR's
 * probe): listings whose bullets stand alone on their lines, pipe tables without their outer pipes (HTML-to-Markdown
 * converters), action-plan rows flattened to text with the stance run into the recommendation, alike openings within
 * one section, and contents leaders typed as ellipses. Every fixture is synthetic.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord, RecommendationFields } from '../../src/model/records.js';
import { readDocumentBytes } from '../../src/read/read-document.js';

async function extractFile(text: string, sourcePath: string): Promise<ExtractionRecord> {
  const read = await readDocumentBytes(new TextEncoder().encode(text), sourcePath);
  const result: ReadResult = { ...read, sha256: '0'.repeat(64) };
  return extractRecord(result);
}

const items = (record: ExtractionRecord) => record.insights.map((insight) => [insight.kind, insight.text]);
const answers = (record: ExtractionRecord) =>
  record.insights.map((insight) => {
    const answer = (insight.fields as RecommendationFields | null)?.managementResponse;
    return [insight.text, answer?.decision ?? null, answer?.response ?? null];
  });

describe('a listing whose bullets stand alone on their lines', () => {
  it("gives one item per record, its title line the record's title", async () => {
    const record = await extractFile(
      [
        'Lessons learned',
        '-',
        'Coastal Fisheries Livelihoods Project - Final evaluation',
        'Cooperatives kept the cold rooms running only where their members set the fees themselves from the first season.',
        '-',
        'Coastal Fisheries Livelihoods Project - Final evaluation',
        'Training for boat mechanics lasted where the district colleges took the curriculum into their own courses.',
        '-',
        'Urban Youth Employment Programme - Midterm evaluation',
        'Employers hired apprentices more readily once the programme shared their wage costs for the first six months.',
      ].join('\n'),
      'listing.txt',
    );
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      [
        'LESSON_LEARNED',
        'Coastal Fisheries Livelihoods Project - Final evaluation',
        'Cooperatives kept the cold rooms running only where their members set the fees themselves from the first season.',
      ],
      [
        'LESSON_LEARNED',
        'Coastal Fisheries Livelihoods Project - Final evaluation',
        'Training for boat mechanics lasted where the district colleges took the curriculum into their own courses.',
      ],
      [
        'LESSON_LEARNED',
        'Urban Youth Employment Programme - Midterm evaluation',
        'Employers hired apprentices more readily once the programme shared their wage costs for the first six months.',
      ],
    ]);
  });
});

describe('two items of one section that open with the same words', () => {
  it('stay two items', async () => {
    const record = await extractFile(
      [
        'Recommendations',
        '',
        '1. It is recommended that the Assistant Deputy Minister, Corporate Services Branch, prepare a departmental policy on grant reporting.',
        '',
        '2. It is recommended that the Assistant Deputy Minister, Corporate Services Branch, publish a calendar of reporting deadlines for grantees.',
      ].join('\n'),
      'plan.md',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'It is recommended that the Assistant Deputy Minister, Corporate Services Branch, prepare a departmental policy on grant reporting.'],
      [
        'RECOMMENDATION',
        'It is recommended that the Assistant Deputy Minister, Corporate Services Branch, publish a calendar of reporting deadlines for grantees.',
      ],
    ]);
  });
});

describe("an action plan's row flattened to text", () => {
  it('reads the stance run into the recommendation as its decision, and what follows as the response', async () => {
    const record = await extractFile(
      [
        'Management Response and Action Plan - Audit of Grant Agreements',
        '',
        'Recommendations Management Response and Planned Actions Deliverables Expected Completion Date Responsibility',
        '1. It is recommended that the Director General, Programs Branch, set up a single register of grant agreements. Management agrees with this recommendation.',
        '',
        'The Programs Branch will build the register from the three regional lists and open it to every program officer.',
        '2. It is recommended that the Director General, Programs Branch, review the register every quarter. Management agrees with this recommendation.',
        '',
        'Quarterly reviews will start once the register is in use.',
      ].join('\n'),
      'plan.txt',
    );
    expect(answers(record)).toEqual([
      [
        'It is recommended that the Director General, Programs Branch, set up a single register of grant agreements.',
        'ACCEPTED',
        expect.stringContaining('The Programs Branch will build the register'),
      ],
      [
        'It is recommended that the Director General, Programs Branch, review the register every quarter.',
        'ACCEPTED',
        expect.stringContaining('Quarterly reviews'),
      ],
    ]);
  });
});

describe('a pipe table without its outer pipes (an HTML-to-Markdown copy of a web page)', () => {
  it('reads its rows, a row whose cells wrap over several lines too', async () => {
    const record = await extractFile(
      [
        'Evaluation Recommendation | Management Response (Agree or Disagree) | Action Plan | Lead & Target Date |',
        '---|---|---|---|',
        '1) Strengthen the complaints procedure for permit applicants by:',
        '|',
        'Agree | The Branch will publish the complaints procedure online.',
        'It will also train the intake staff.',
        '|',
        'Policy Branch March 2025 |',
        '2) Publish service standards for permit decisions. | Agree | The Branch will post the standards each April. | Operations Branch June 2025 |',
      ].join('\n'),
      'plan.md',
    );
    expect(
      record.insights.map((insight) => {
        const answer = (insight.fields as RecommendationFields | null)?.managementResponse;
        return [insight.text, answer?.decision ?? null, answer?.keyActions ?? null];
      }),
    ).toEqual([
      [
        'Strengthen the complaints procedure for permit applicants by:',
        'ACCEPTED',
        'The Branch will publish the complaints procedure online. It will also train the intake staff.',
      ],
      ['Publish service standards for permit decisions.', 'ACCEPTED', 'The Branch will post the standards each April.'],
    ]);
  });
});

describe("a tracker's records copied as text, one field a line", () => {
  it('reads the label cut from its number as one label, and the fields as no part of the item', async () => {
    const record = await extractFile(
      [
        'Open recommendations',
        '',
        'Audit of the Seed Voucher Program',
        'Audit Report',
        '4-123-21-004-P',
        'Recommendation',
        '1',
        '',
        'The mission revise the voucher eligibility rules so that landless farmers can apply.',
        '',
        'Questioned Cost',
        '0',
        'Close Date',
        'Mar 31, 2021',
        'Recommendation',
        '2',
        '',
        'The mission verify the seed stock reports of the three distributors before each season.',
        '',
        'Questioned Cost',
        '12,500',
        'Close Date',
        'Jun 30, 2021',
      ].join('\n'),
      'tracker.txt',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'The mission revise the voucher eligibility rules so that landless farmers can apply.'],
      ['RECOMMENDATION', 'The mission verify the seed stock reports of the three distributors before each season.'],
    ]);
  });
});

describe('contents leaders typed as ellipses', () => {
  it('are contents entries, even where the copy lost the page number', async () => {
    const record = await extractFile(
      [
        '                                                  1er juin 2024',
        '',
        'Réponse de l’administration',
        '                            TABLE DES MATIÈRES',
        '',
        '                                                          Page',
        '',
        'I.    INTRODUCTION ………………………………………………………………..3',
        '',
        'II.   CONSTATATIONS PRINCIPALES DE L’AUDIT…….3',
        '',
        'III. SUIVI DE LA MISE EN OEUVRE DES CONSTATATIONS DE',
        'L’AUDIT INTERNE………………………………………..',
        '',
        'ANNEXE I……………………………………………………………………………..',
        '',
        '                                                                         2',
        '                                              I.    INTRODUCTION',
        '',
        '1.  La présente réponse complète le rapport d’audit interne de l’année et doit être lue',
        'avec lui.',
        '',
        '2.    L’administration souligne les progrès accomplis en matière de contrôle interne au',
        'cours des dernières années.',
      ].join('\n'),
      'reponse.txt',
    );
    expect(items(record)).toEqual([]);
  });
});
