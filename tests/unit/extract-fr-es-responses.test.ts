/**
 * French and Spanish management responses and reports (helper fres's probe, extraction version 14): a response section
 * that answers the recommendations by number with its decision, a matrix's general-response row, and a report's
 * strengths and weaknesses. Every fixture is synthetic, written in the layout of the real documents.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord, RecommendationFields } from '../../src/model/records.js';

function extract(text: string, sourcePath = 'inline.txt'): ExtractionRecord {
  const read: ReadResult = {
    sourcePath,
    sha256: '0'.repeat(64),
    format: sourcePath.endsWith('.md') ? 'md' : 'txt',
    text,
    encoding: 'utf-8',
    warnings: [],
    pageStarts: [],
  };
  return extractRecord(read);
}

const items = (record: ExtractionRecord) => record.insights.map((insight) => [insight.kind, insight.text]);
const decisions = (record: ExtractionRecord) =>
  record.insights.map((insight) => (insight.fields as RecommendationFields | null)?.managementResponse?.decision ?? null);

describe('a response section that answers the recommendations by number', () => {
  it('gives each answer, decision first, to the recommendation of that number', () => {
    const record = extract(
      [
        "RAPPORT D'ÉVALUATION FINALE DU PROJET D'APPUI À L'ÉDUCATION AU TCHAD",
        '2. RECOMMANDATIONS',
        'Recommandation 1 : Renforcer la formation des enseignants dans les zones rurales.',
        'Recommandation 2 : Améliorer le suivi des élèves.',
        '3. RÉPONSE DE LA DIRECTION',
        "Réponse générale : La direction remercie l'équipe d'évaluation et accepte l'ensemble des recommandations.",
        'Recommandation 1 : Acceptée. Le programme de formation sera étendu à trois régions en 2021.',
        'Recommandation 2 : Partiellement acceptée. Un système de suivi sera mis en place.',
      ].join('\n\n'),
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'Renforcer la formation des enseignants dans les zones rurales.'],
      ['RECOMMENDATION', 'Améliorer le suivi des élèves.'],
    ]);
    expect(decisions(record)).toEqual(['ACCEPTED', 'PARTIALLY_ACCEPTED']);
    expect((record.insights[0]!.fields as RecommendationFields).managementResponse?.response).toBe(
      'Acceptée. Le programme de formation sera étendu à trois régions en 2021.',
    );
  });
});

describe("a response matrix's general-response row", () => {
  it.each([['Overall response'], ['Réponse générale'], ['Respuesta general'], ['General remarks']])(
    '« %s » is the management’s comment, not a recommendation',
    (label) => {
      const record = extract(
        [
          'Management response to the evaluation of the youth employment programme in Ghana',
          '',
          '| Recommendation | Management response | Key actions | Responsible | Deadline |',
          '|---|---|---|---|---|',
          `| ${label} | Management welcomes the evaluation and accepts its recommendations. | | | |`,
          '| 1. Strengthen coordination with district assemblies. | Accepted. | Sign agreements with ten districts. | Country office | 2021 |',
          '| 2. Improve the monitoring system. | Partially accepted. | Revise the indicators. | M&E unit | 2022 |',
        ].join('\n'),
        'inline.md',
      );
      expect(items(record)).toEqual([
        ['RECOMMENDATION', 'Strengthen coordination with district assemblies.'],
        ['RECOMMENDATION', 'Improve the monitoring system.'],
      ]);
      expect(decisions(record)).toEqual(['ACCEPTED', 'PARTIALLY_ACCEPTED']);
    },
  );
});
