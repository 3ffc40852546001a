/**
 * Layouts of real English evaluation web pages copied as text or printed (helper W2's probe): MOFA Japan's follow-up
 * pages that list "Recommendation N: …" straight under the evaluation's name, a section's name over a lead-in sentence
 * with no blank line, and a sentence split over list items.
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
const headlines = (record: ExtractionRecord) => record.insights.map((insight) => [insight.kind, insight.headline]);

const RESPONSE_1 =
  'Japan will continue to provide support in areas where its strengths can be applied, including quality infrastructure and disaster risk reduction, and will link grant aid with technical cooperation.';
const RESPONSE_2 =
  'Japan will continue to consider the provision of support toward environmental infrastructure through ODA loans, in many consultations with the government of the partner country.';

describe('"Recommendation N: …" labels under no heading that names them', () => {
  it('gives one recommendation per label in a text copied from a web page', async () => {
    const record = await extractFile(
      [
        'Evaluation of Japan ODA to Timor-Leste',
        'Recommendation 1: Japan should support economic takeoff through high-quality ODA provision.',
        'Recommendation 2: Japan should expand support for environmental infrastructure.',
      ].join('\n\n'),
      'follow-up.txt',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'Japan should support economic takeoff through high-quality ODA provision.'],
      ['RECOMMENDATION', 'Japan should expand support for environmental infrastructure.'],
    ]);
  });

  it('reads the same labels in French and Spanish, and lessons', async () => {
    const french = await extractFile(
      [
        "Évaluation de l'appui au secteur de l'eau",
        'Recommandation 1 : Le ministère devrait renforcer le suivi des forages communautaires.',
        'Recommandation 2 : Les communes devraient inscrire la maintenance dans leur budget annuel.',
      ].join('\n\n'),
      'suivi.txt',
    );
    expect(french.insights.map((insight) => insight.kind)).toEqual(['RECOMMENDATION', 'RECOMMENDATION']);
    const spanish = await extractFile(
      [
        'Evaluación del programa de agua rural',
        'Lección 1: La participación comunitaria temprana redujo los conflictos por el uso del agua.',
        'Lección 2: Los comités de agua con mujeres en la directiva mantuvieron mejor los sistemas.',
      ].join('\n\n'),
      'lecciones.txt',
    );
    expect(spanish.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED', 'LESSON_LEARNED']);
  });

  it("takes a label's short title as the headline over the paragraph under it, each line a paragraph", async () => {
    const record = await extractFile(
      [
        'Follow-up ODA Evaluation Results',
        'Evaluation of Japan’s ODA to the Democratic Republic of Timor-Leste',
        'Recommendation 1: Supporting Economic Takeoff through High-Quality ODA Provision',
        RESPONSE_1,
        'Recommendation 2: Expanding Support for Environmental Infrastructure',
        RESPONSE_2,
      ].join('\n'),
      'follow-up.txt',
    );
    expect(headlines(record)).toEqual([
      ['RECOMMENDATION', 'Supporting Economic Takeoff through High-Quality ODA Provision'],
      ['RECOMMENDATION', 'Expanding Support for Environmental Infrastructure'],
    ]);
    expect(record.insights.map((insight) => insight.text)).toEqual([RESPONSE_1, RESPONSE_2]);
  });

  it('reads a labelled answer under each label ("Response:", "Follow-up:", "Measures taken:") as its response', async () => {
    const record = await extractFile(
      [
        'Evaluation of Japan ODA to Timor-Leste',
        'Recommendation 1: Supporting economic takeoff through high-quality ODA provision',
        'Response: Japan will continue to provide support in areas where its strengths can be applied, including quality infrastructure.',
        'Recommendation 2: Expanding support for environmental infrastructure',
        'Follow-up: Japan will continue to consider the provision of support toward environmental infrastructure through ODA loans.',
        'Recommendation 3: Fostering professionals and industrial workers',
        'Measures taken: JICA is engaged in efforts to contribute to economic development through its overseas and domestic offices.',
      ].join('\n\n'),
      'follow-up.txt',
    );
    const responses = record.insights.map((insight) => {
      const answer = (insight.fields as RecommendationFields | null)?.managementResponse;
      return [insight.text, answer?.response ?? answer?.keyActions];
    });
    expect(responses).toEqual([
      ['Supporting economic takeoff through high-quality ODA provision', expect.stringMatching(/^Japan will continue to provide support/)],
      ['Expanding support for environmental infrastructure', expect.stringMatching(/^Japan will continue to consider/)],
      ['Fostering professionals and industrial workers', expect.stringMatching(/^JICA is engaged/)],
    ]);
  });

  it('reads the labels set as headings of a web page', async () => {
    const record = await extractFile(
      [
        '<html><body><h1>Follow-up ODA Evaluation Results</h1>',
        '<h3>Evaluation of Japan’s ODA to Timor-Leste</h3>',
        `<h4>Recommendation 1: Supporting Economic Takeoff through High-Quality ODA Provision</h4><p>${RESPONSE_1}</p>`,
        `<h4>Recommendation 2: Expanding Support for Environmental Infrastructure</h4><p>${RESPONSE_2}</p>`,
        '</body></html>',
      ].join('\n'),
      'follow-up.html',
    );
    expect(headlines(record)).toEqual([
      ['RECOMMENDATION', 'Supporting Economic Takeoff through High-Quality ODA Provision'],
      ['RECOMMENDATION', 'Expanding Support for Environmental Infrastructure'],
    ]);
  });

  it('is no item where the label is a reference in running text or names one recommendation only', async () => {
    const record = await extractFile(
      [
        'Evaluation of the Water Programme',
        'As Recommendation 3 of the 2015 review said, the ministry kept the district teams after the programme ended.',
        'Recommendation 3 of the 2015 review was implemented in 2017, when the ministry took over the district teams.',
        'Recommendation 2: the ministry reported on it in its annual report of 2018, with the costs of the district teams.',
      ].join('\n\n'),
      'news.txt',
    );
    expect(record.insights).toEqual([]);
  });
});

describe("a section's name over a lead-in sentence, no blank line between (a web page copied as text)", () => {
  it('keeps the section and its list', async () => {
    const record = await extractFile(
      [
        'Evaluation of Japan ODA to Angola',
        'Recommendations',
        'The new plan was formulated in 2017.',
        '1. Japan should cooperate more actively in Angola rural areas.',
        '2. Japan should carry out assistance with ODA loans, which can provide a large amount of funds.',
      ].join('\n'),
      'follow-up.txt',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'Japan should cooperate more actively in Angola rural areas.'],
      ['RECOMMENDATION', 'Japan should carry out assistance with ODA loans, which can provide a large amount of funds.'],
    ]);
  });
});

describe('a sentence split over list items', () => {
  it('keeps the first point, ending on ";", as it keeps the last', async () => {
    const record = await extractFile(
      [
        'Annual report 2016/2017',
        'Lessons',
        '1. Targeted use of expertise and money;',
        '2. Systematic use of existing knowledge.',
        '3. Good systems for project evaluations.',
      ].join('\n\n'),
      'annual.txt',
    );
    expect(items(record)).toEqual([
      ['LESSON_LEARNED', 'Targeted use of expertise and money;'],
      ['LESSON_LEARNED', 'Systematic use of existing knowledge.'],
      ['LESSON_LEARNED', 'Good systems for project evaluations.'],
    ]);
  });
});

describe("a recommendation tracker's key to its statuses and its counters (USAID OIG status pages, audit follow-ups)", () => {
  const FIRST = 'We recommend that the Mission implement procedures to verify the quantities of commodities delivered to health facilities.';
  const SECOND = 'We recommend that the Mission determine the allowability of the questioned costs of $1.2 million and recover them.';

  it("gives neither a definition nor a counter as a recommendation, nor as the next one's headline", async () => {
    const record = await extractFile(
      [
        'Audit of the Mission Health Activities: Recommendation Status',
        '',
        'Recommendations',
        '',
        'Open recommendations: 5',
        'Closed recommendations: 7',
        'Total: 12',
        '',
        'Open: a recommendation that the agency has not yet implemented or for which OIG has not received evidence of final action.',
        'Closed: a recommendation for which the agency has completed final action.',
        '',
        `Recommendation 1. ${FIRST}`,
        `Recommendation 2. ${SECOND}`,
      ].join('\n'),
      'status.txt',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', FIRST],
      ['RECOMMENDATION', SECOND],
    ]);
    expect(headlines(record)).toEqual([
      ['RECOMMENDATION', null],
      ['RECOMMENDATION', null],
    ]);
  });

  it('drops a key of statuses as list items, or one that states no request ("Open - Unresolved: … have not agreed …")', async () => {
    const record = await extractFile(
      [
        'Recommendations',
        '',
        '- Open: A recommendation that the agency has not yet implemented.',
        '- Closed: A recommendation for which final action is complete.',
        '- Open - Unresolved: The agency and OIG have not agreed on the corrective action.',
        '',
        `1. ${FIRST}`,
        `2. ${SECOND}`,
      ].join('\n'),
      'status-list.txt',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', FIRST],
      ['RECOMMENDATION', SECOND],
    ]);
  });

  it('keeps a recommendation a tracker marks open', async () => {
    const record = await extractFile(
      ['Recommendations', '', `- Open: The Mission should verify the quantities of commodities delivered to health facilities every quarter.`].join('\n'),
      'open.txt',
    );
    expect(record.insights.map((insight) => insight.kind)).toEqual(['RECOMMENDATION']);
  });
});
