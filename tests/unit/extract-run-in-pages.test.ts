/**
 * Layouts of real English evaluation pages and summaries (helper EN's probe, session 16): an agency's page on one
 * evaluation that states its findings and recommendations in running text under no heading that names them (GEF IEO,
 * IFAD IOE), a brief or an audit snapshot that asks "What did we find?", and a listing copied as text whose dashes
 * stand alone on their lines (i-eval Discovery). Synthetic texts in the layouts' shapes.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord } from '../../src/model/records.js';
import { readDocumentBytes } from '../../src/read/read-document.js';

async function extractFile(text: string, sourcePath: string): Promise<ExtractionRecord> {
  const read = await readDocumentBytes(new TextEncoder().encode(text), sourcePath);
  const result: ReadResult = { ...read, sha256: '0'.repeat(64) };
  return extractRecord(result);
}

const items = (record: ExtractionRecord) => record.insights.map((insight) => [insight.kind, insight.text]);

describe('findings and recommendations stated in running text', () => {
  it('reads what the evaluation finds and recommends on a page with no heading that names them', async () => {
    const record = await extractFile(
      [
        'Coastal Fisheries Programme',
        'April 2021',
        'The Evaluation Office reviewed the programme, implemented along the coast of Ghana between 2014 and 2019.',
        'The evaluation finds that the programme strengthened community management of landing sites and raised the incomes of women who smoke and sell fish.',
        'Catch monitoring was never handed over to the district fisheries officers, who lacked the vehicles and the fuel to visit the landing sites.',
        'To secure these results, the evaluation recommends funding the district monitoring budget and training the fisheries officers. Such support would let the districts keep the catch records. The board welcomed the report.',
      ].join('\n\n'),
      'page.txt',
    );
    expect(items(record)).toEqual([
      [
        'FINDING',
        'The evaluation finds that the programme strengthened community management of landing sites and raised the incomes of women who smoke and sell fish.',
      ],
      [
        'FINDING',
        'Catch monitoring was never handed over to the district fisheries officers, who lacked the vehicles and the fuel to visit the landing sites.',
      ],
      [
        'RECOMMENDATION',
        'To secure these results, the evaluation recommends funding the district monitoring budget and training the fisheries officers. Such support would let the districts keep the catch records.',
      ],
    ]);
  });

  it('takes the recommendation a summary names after its setting, with the sentences that go on about it', async () => {
    const record = await extractFile(
      [
        'Rural Markets Support Project',
        'In 2016, the evaluation office carried out a performance assessment of the Rural Markets Support Project in Malawi. A key recommendation from the assessment is a proposal to pool the market levies of neighbouring councils. This proposal would need an agreement between the councils on how the levies are shared.',
      ].join('\n\n'),
      'summary.txt',
    );
    expect(items(record)).toEqual([
      [
        'RECOMMENDATION',
        'A key recommendation from the assessment is a proposal to pool the market levies of neighbouring councils. This proposal would need an agreement between the councils on how the levies are shared.',
      ],
    ]);
  });

  it('leaves running text to the parts of a document that names its kinds', async () => {
    const record = await extractFile(
      [
        'Evaluation of the Coastal Fisheries Programme',
        'The evaluation finds that the programme strengthened community management of landing sites across the coast.',
        'Recommendations',
        '1. The ministry should fund the district monitoring budget from next year onwards.',
      ].join('\n\n'),
      'report.txt',
    );
    expect(items(record)).toEqual([['RECOMMENDATION', 'The ministry should fund the district monitoring budget from next year onwards.']]);
  });
});

describe('headings that ask what was found, learned or recommended', () => {
  it('reads "What did we find?" and "What did we recommend?" as findings and recommendations, not the stance on them', async () => {
    const record = await extractFile(
      [
        'Audit snapshot',
        'What did we find?',
        '- The department achieved value for money in most of its facilities, but did not track their administration costs.',
        '- Contract management was effective and the procurement of the managing contractors was well structured.',
        'What did we recommend?',
        '- The department should report the administration costs of each facility every year.',
        '- The department agreed with the recommendations.',
      ].join('\n\n'),
      'snapshot.txt',
    );
    expect(record.insights.map((insight) => insight.kind)).toEqual(['FINDING', 'FINDING', 'RECOMMENDATION']);
  });

  it('reads "What did we learn" as lessons', async () => {
    const record = await extractFile(
      [
        'What did we learn',
        'Programmes that paired grants with coaching reached more women-led firms than grants alone.',
        'Local governments invested more in markets once their own revenue paid part of the works.',
      ].join('\n\n'),
      'learn.txt',
    );
    expect(record.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED', 'LESSON_LEARNED']);
  });
});

describe('dashes alone on their lines', () => {
  const listing = [
    'Lessons learned',
    '-',
    'Community road committees kept the drains open when they collected a toll from the traders of the market.',
    '-',
    'Contracts paid by the kilometre without quality checks left the gravel too thin for the rainy season.',
  ].join('\n');

  it('opens one item per dash, with the lines under it', async () => {
    const record = await extractFile(listing, 'listing.txt');
    expect(items(record)).toEqual([
      ['LESSON_LEARNED', 'Community road committees kept the drains open when they collected a toll from the traders of the market.'],
      ['LESSON_LEARNED', 'Contracts paid by the kilometre without quality checks left the gravel too thin for the rainy season.'],
    ]);
  });
});
