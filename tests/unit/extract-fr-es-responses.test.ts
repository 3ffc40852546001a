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

describe('a strengths and weaknesses table', () => {
  const table = (heading: string, columns: string) =>
    [
      "# Rapport d'évaluation finale du projet d'appui à la santé maternelle au Burkina Faso",
      '',
      `## ${heading}`,
      '',
      `| ${columns} |`,
      '|---|---|',
      '| Le projet a renforcé les compétences de 120 sages-femmes. | Le système de suivi ne permet pas de mesurer les effets du projet. |',
      '| Les comités de gestion fonctionnent de manière régulière. | Les ruptures de stock ont persisté. |',
      '',
      '## 4. Recommandations',
      '',
      'Renforcer le système de suivi des indicateurs de santé maternelle.',
    ].join('\n');
  const cells = [
    'Le projet a renforcé les compétences de 120 sages-femmes.',
    'Le système de suivi ne permet pas de mesurer les effets du projet.',
    'Les comités de gestion fonctionnent de manière régulière.',
    'Les ruptures de stock ont persisté.',
  ];

  it('gives each cell as a finding, none lost', () => {
    const record = extract(table('3. Constats', 'Points forts | Points faibles'), 'inline.md');
    expect(items(record)).toEqual([
      ...cells.map((text) => ['FINDING', text]),
      ['RECOMMENDATION', 'Renforcer le système de suivi des indicateurs de santé maternelle.'],
    ]);
  });

  it('gives findings, not lessons, under a lessons heading', () => {
    const record = extract(table('3. Leçons apprises', 'Fortalezas | Debilidades'), 'inline.md');
    expect(items(record).filter(([kind]) => kind !== 'RECOMMENDATION')).toEqual(cells.map((text) => ['FINDING', text]));
  });
});

describe("UNFPA's French management-response template, one table a recommendation", () => {
  it('gives each recommendation with its decision, response and key actions', () => {
    const record = extract(
      [
        '# Réponse de la direction',
        '',
        '| Titre de l’évaluation | Évaluation finale du 7ème programme de pays – Mauritanie (2012-2016) |',
        '|---|---|',
        '| Date de soumission | 15 février 2017 |',
        '',
        '| Recommandation n° 1 : Renforcer la coordination avec les partenaires gouvernementaux pour la planification conjointe. | | |',
        '|---|---|---|',
        '| Réponse de la direction : Acceptée. Le bureau partage l’analyse de l’équipe d’évaluation. | | |',
        '| Actions clés | Date limite | Unité(s) responsable(s) |',
        '| 1. Organiser une revue conjointe annuelle avec le ministère de la Santé | Décembre 2017 | Bureau de pays |',
        '',
        '| Recommandation n° 2 : Améliorer le système de suivi et d’évaluation du programme. | | |',
        '|---|---|---|',
        '| Réponse de la direction : Partiellement acceptée. | | |',
        '| Actions clés | Date limite | Unité(s) responsable(s) |',
        '| 1. Réviser le cadre de résultats | Mars 2018 | Unité S&E |',
      ].join('\n'),
      'inline.md',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'Renforcer la coordination avec les partenaires gouvernementaux pour la planification conjointe.'],
      ['RECOMMENDATION', 'Améliorer le système de suivi et d’évaluation du programme.'],
    ]);
    expect(record.insights.map((insight) => (insight.fields as RecommendationFields).managementResponse)).toEqual([
      {
        decision: 'ACCEPTED',
        response: 'Acceptée. Le bureau partage l’analyse de l’équipe d’évaluation.',
        keyActions: 'Organiser une revue conjointe annuelle avec le ministère de la Santé',
        who: 'Bureau de pays',
        dueDate: '2017-12',
      },
      { decision: 'PARTIALLY_ACCEPTED', keyActions: 'Réviser le cadre de résultats', who: 'Unité S&E', dueDate: '2018-03' },
    ]);
  });
});

describe("UNFPA's French management-response template flattened to text, one cell a paragraph", () => {
  it('gives the title its label names and each recommendation with its response, action, deadline and unit', () => {
    const record = extract(
      [
        'Fonds des Nations Unies pour la population',
        'Réponse de l’Administration',
        'Réponse générale',
        'A l’issue de l’évaluation, le bureau a préparé le plan de gestion des recommandations selon leur type.',
        'Recommandations',
        'Pays, région ou division du siège qui a commandité l’évaluation Niger',
        'Titre de l’évaluation ÉVALUATION FINALE DU 7ème PROGRAMME DE PAYS',
        'Année de l’évaluation 2012',
        'Recommandation 1 :',
        'Poursuivre le développement des capacités et prendre en compte les résultats de la micro-évaluation des partenaires.',
        'Réponse de la direction :',
        'Acceptée',
        'Actions clés :',
        '1. Suivre le processus des micro-évaluations auprès des partenaires potentiels',
        'Mars 2013 ARR',
        'Recommandation 2 :',
        'Renforcer le système de suivi et d’évaluation du programme.',
        'Réponse de la direction :',
        'Partiellement acceptée',
        'Actions clés :',
        '1. Réviser le cadre de résultats du programme',
        'Juin 2013 Unité S&E',
      ].join('\n\n'),
    );
    expect(record.evaluation?.title).toBe('ÉVALUATION FINALE DU 7ème PROGRAMME DE PAYS');
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'Poursuivre le développement des capacités et prendre en compte les résultats de la micro-évaluation des partenaires.'],
      ['RECOMMENDATION', 'Renforcer le système de suivi et d’évaluation du programme.'],
    ]);
    expect(record.insights.map((insight) => (insight.fields as RecommendationFields).managementResponse)).toEqual([
      { decision: 'ACCEPTED', keyActions: 'Suivre le processus des micro-évaluations auprès des partenaires potentiels', who: 'ARR', dueDate: '2013-03' },
      { decision: 'PARTIALLY_ACCEPTED', keyActions: 'Réviser le cadre de résultats du programme', who: 'Unité S&E', dueDate: '2013-06' },
    ]);
  });
});

describe('a cover title that ends on « du projet » over the project’s quoted name', () => {
  it('goes on over the quoted name to its closing quote', () => {
    const record = extract(
      [
        'EVALUATION EXTERNE DU PROJET',
        '« Renforcement de la résilience communautaire au Rwanda',
        'Districts de Ngororero, Nyabihu, Karongi, Rutsiro, Gakenke»',
        'RAPPORT FINAL',
        'Cabinet Sahel Conseil Août 2016',
        'I. INTRODUCTION GENERALE',
        'Le présent rapport présente les résultats de l’évaluation externe du projet.',
      ].join('\n\n'),
    );
    expect(record.evaluation?.title).toBe(
      'EVALUATION EXTERNE DU PROJET « Renforcement de la résilience communautaire au Rwanda Districts de Ngororero, Nyabihu, Karongi, Rutsiro, Gakenke»',
    );
  });
});
