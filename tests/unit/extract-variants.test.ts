/**
 * Layout variants of the i-eval summary met in other conversions: headlines that open their
 * paragraph, numbered items, HTML rows without TABs, headline-less findings.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';

function readOf(text: string): ReadResult {
  return { sourcePath: 'variant.md', sha256: '0'.repeat(64), format: 'md', text, encoding: 'utf-8', warnings: [], pageStarts: [] };
}

const QUICK_FACTS = [
  '### QUICK FACTS',
  '',
  '**Countries:** Burkina Faso',
  '',
  '**Midterm evaluation:** March 2020',
  '',
  '**Evaluation mode:** Internal',
  '',
].join('\n');

describe('i-eval summary variants', () => {
  it('reads headlines that open their paragraph, numbered recommendations and bold-led lessons', () => {
    const record = extractRecord(
      readOf(
        [
          QUICK_FACTS,
          '## Main Findings & Conclusions',
          '',
          '**Relevance.** The project matched the national plan against child labour in gold mines.',
          '',
          'It also answered the needs of local authorities in Kaya.',
          '',
          '**Efficiency:** Funds arrived late in the first year.',
          '',
          '## Recommendations',
          '',
          '### ILO',
          '',
          '1. Plan the second phase with the labour inspectorate.',
          '',
          '2. Publish the mapping of mining sites.',
          '',
          '## Important lessons learned',
          '',
          '**Early involvement of miners.** Mine owners accepted inspections once their association was consulted.',
          '',
          '## Emerging good practices',
          '',
          '- Community surveillance committees report child labour cases to the police.',
        ].join('\n'),
      ),
    );
    expect(record.document.template).toBe('ilo-ieval-summary');
    expect(record.evaluation).toMatchObject({ timing: 'MIDTERM', mode: 'INTERNAL', completionDate: '2020-03' });
    expect(record.project!.countries.map((country) => country.iso3)).toEqual(['BFA']);
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      [
        'FINDING',
        'Relevance.',
        'The project matched the national plan against child labour in gold mines.\n\nIt also answered the needs of local authorities in Kaya.',
      ],
      ['FINDING', 'Efficiency', 'Funds arrived late in the first year.'],
      ['RECOMMENDATION', null, 'Plan the second phase with the labour inspectorate.'],
      ['RECOMMENDATION', null, 'Publish the mapping of mining sites.'],
      ['LESSON_LEARNED', 'Early involvement of miners.', 'Mine owners accepted inspections once their association was consulted.'],
      ['GOOD_PRACTICE', null, 'Community surveillance committees report child labour cases to the police.'],
    ]);
    expect(record.insights.filter((insight) => insight.kind === 'RECOMMENDATION').map((insight) => insight.addressees.map((actor) => actor.id))).toEqual([
      ['org:ilo'],
      ['org:ilo'],
    ]);
    expect(record.warnings).toEqual([]);
  });

  it('takes each paragraph as a finding when the findings have no headline', () => {
    const record = extractRecord(
      readOf(
        [
          QUICK_FACTS,
          '## Main findings',
          '',
          'The main findings are the following:',
          '',
          'Training reached 300 inspectors.',
          '',
          'Coordination with ministries was weak.',
          '',
        ].join('\n'),
      ),
    );
    expect(record.insights.map((insight) => [insight.text, insight.provenance.section, insight.provenance.ordinal])).toEqual([
      ['Training reached 300 inspectors.', 'Main findings', 1],
      ['Coordination with ministries was weak.', 'Main findings', 2],
    ]);
  });

  it('warns about the sections a summary lacks, without failing', () => {
    const record = extractRecord(readOf(QUICK_FACTS));
    expect(record.document.template).toBe('ilo-ieval-summary');
    expect(record.insights).toEqual([]);
    expect(record.warnings).toEqual([
      'Template ilo-ieval-summary: no "main findings" section found.',
      'Template ilo-ieval-summary: no "recommendations" section found.',
      'Template ilo-ieval-summary: no "lessons learned" section found.',
      'Template ilo-ieval-summary: no "good practices" section found.',
    ]);
  });

  it('reads recommendations written the ILO way: responsible unit, priority, time frame and resources as fields', () => {
    const record = extractRecord(
      readOf(
        [
          QUICK_FACTS,
          '## Recommendations',
          '',
          'Recommendation 1: Extend the legal clinics to the Agadez region. Responsible unit: ILO CO-Abidjan and Timidria. Priority: High. Time frame: 2024. Resource implications: Medium.',
          '',
          'Train labour inspectors on forced labour indicators.',
          '',
          'Priority: Medium',
          '',
          'Responsible unit: Ministry of Labour',
        ].join('\n'),
      ),
    );
    const recommendations = record.insights.filter((insight) => insight.kind === 'RECOMMENDATION');
    expect(recommendations.map((insight) => [insight.text, insight.fields, insight.addressees.map((actor) => actor.id)])).toEqual([
      [
        'Extend the legal clinics to the Agadez region.',
        { responsibleUnit: 'ILO CO-Abidjan and Timidria', priority: 'High', timeFrame: '2024', resourceImplications: 'Medium' },
        ['org:ilo', 'org:timidria'],
      ],
      ['Train labour inspectors on forced labour indicators.', { priority: 'Medium', responsibleUnit: 'Ministry of Labour' }, ['org:ministry-of-labour']],
    ]);
  });
});
