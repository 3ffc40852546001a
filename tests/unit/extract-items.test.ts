/**
 * Items, management responses, record pages, sanity gates, document kinds and the extraction
 * summaries, through extractRecord on small documents written the ways real ones are.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import { itemLabel, parseDecision, partField } from '../../src/extract/items/item-labels.js';
import { isInsightOfKind, type ExtractionRecord, type InsightKind } from '../../src/model/records.js';
import { describeExtraction, formatExtractionTable } from '../../src/pipeline/summarise-extraction.js';
import type { ReadResult } from '../../src/model/read-result.js';

function extract(text: string, sourcePath = 'doc.md'): ExtractionRecord {
  const read: ReadResult = { sourcePath, sha256: '0'.repeat(64), format: 'md', text, encoding: 'utf-8', warnings: [], pageStarts: [] };
  return extractRecord(read);
}

const texts = (record: ExtractionRecord, kind: InsightKind) => record.insights.filter((insight) => insight.kind === kind).map((insight) => insight.text);

describe('item labels, parts and decisions', () => {
  it('reads numbered labels however they are written', () => {
    expect(
      ['Recommendation 1: Train inspectors', 'Rec. #2 – Fund courts', 'Recommandation n° 2 : Former', 'Recomendación 3. Capacitar', 'R1: Act now'].map(
        (text) => itemLabel(text) && [itemLabel(text)!.kind, itemLabel(text)!.number, itemLabel(text)!.rest],
      ),
    ).toEqual([
      ['RECOMMENDATION', '1', 'Train inspectors'],
      ['RECOMMENDATION', '2', 'Fund courts'],
      ['RECOMMENDATION', '2', 'Former'],
      ['RECOMMENDATION', '3', 'Capacitar'],
      ['RECOMMENDATION', '1', 'Act now'],
    ]);
    expect(itemLabel('Recommendations are listed below')).toBeNull();
    // AFD's « enseignements », Spanish « aprendizajes » and « enseñanzas » are lessons.
    expect(
      ['Enseignement 1 : Les coopératives …', 'Aprendizaje 2: Las comunidades …', 'Enseñanza 3. Los comités …'].map((text) => itemLabel(text)?.kind),
    ).toEqual(['LESSON_LEARNED', 'LESSON_LEARNED', 'LESSON_LEARNED']);
  });

  it('names the parts of a recommendation and its response in three languages', () => {
    expect(
      [
        'Key actions',
        'Actions clés',
        'Acciones',
        'Responsible unit',
        'Unidad responsable',
        'Expected completion date',
        'Échéance',
        'Status',
        'Estado',
        'Management response',
      ].map(partField),
    ).toEqual(['keyActions', 'keyActions', 'keyActions', 'who', 'who', 'when', 'when', 'status', 'status', 'response']);
  });

  it('names columns whose titles qualify the items, list the answers allowed or run long', () => {
    expect(
      [
        'Evaluation recommendation',
        'TE Recommendation',
        'Key recommendations',
        'Summary of recommendations',
        'Management response (accepted, partially accepted or rejected)',
        'Action to be taken, and/or comment on partial acceptance or rejection',
        'Actor responsable',
        'Institución responsable',
        'Horizonte temporal',
        'Cronograma',
        'Échéancier',
        'Acteurs concernés',
        'Dirigidas a',
        'Key issues and the way forward for the next programme cycle and beyond it',
      ].map(partField),
    ).toEqual([
      'recommendation',
      'recommendation',
      'recommendation',
      'recommendation',
      'response',
      'keyActions',
      'who',
      'who',
      'when',
      'when',
      'when',
      'addressee',
      'addressee',
      null,
    ]);
  });

  it('tells the decision a response states', () => {
    expect(
      [
        'Management supports this recommendation.',
        'Acceptée',
        'Partially accepted',
        'Aceptada parcialmente',
        'Rejected',
        "La direction n'est pas d'accord.",
        'Noted',
        'OIA will strengthen its engagement.',
        'Not agreed',
        'Partially agreed',
        'Non retenue',
        'No aprobada',
      ].map(parseDecision),
    ).toEqual([
      'ACCEPTED',
      'ACCEPTED',
      'PARTIALLY_ACCEPTED',
      'PARTIALLY_ACCEPTED',
      'REJECTED',
      'REJECTED',
      'NOTED',
      null,
      'REJECTED',
      'PARTIALLY_ACCEPTED',
      'REJECTED',
      'REJECTED',
    ]);
  });
});

describe('items of a section', () => {
  it('splits inline enumerations with or without a space after the marker', () => {
    const record = extract(
      '## Lessons learned\n\nThe main lessons were: i)Better targeting of victims by the courts; ii)More support to the village vigilance committees; iii)Longer projects for the same budget.\n',
    );
    expect(texts(record, 'LESSON_LEARNED')).toEqual([
      'Better targeting of victims by the courts',
      'More support to the village vigilance committees',
      'Longer projects for the same budget.',
    ]);
  });

  it('keeps "Key actions" and "Actions clés" under their recommendation as fields, never as insights', () => {
    const record = extract(
      '## Recommandations\n\nRecommandation 1 : Renforcer les comités de vigilance dans les communes de Kayes.\n\nActions clés :\n\n- former les membres des comités\n- financer les déplacements\n\nResponsable : BIT Abidjan\n',
    );
    expect(record.insights).toHaveLength(1);
    const [recommendation] = record.insights;
    expect(recommendation!.text).toBe('Renforcer les comités de vigilance dans les communes de Kayes.');
    expect(recommendation!.fields).toEqual({
      managementResponse: { keyActions: 'former les membres des comités / financer les déplacements', who: 'BIT Abidjan' },
    });
    expect(recommendation!.addressees.map((actor) => actor.id)).toEqual(['org:ilo']);
  });

  it('reads a management-response matrix: each recommendation with its decision, actions, who and when', () => {
    const record = extract(
      [
        '## Management response',
        '',
        'Recommendation\tDecision\tKey actions\tResponsible unit\tDeadline\tStatus',
        'Extend the mobile legal clinics to the Sahel region.\tPartially accepted\tOpen two clinics in Dori\tILO CO-Abidjan\tDecember 2024\tOngoing',
        '\t\tTrain 20 paralegals\t\t\t',
        'Publish an annual report on prosecutions.\tRejected\t-\tMinistry of Justice\t-\t-',
      ].join('\n'),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['RECOMMENDATION', 'Extend the mobile legal clinics to the Sahel region.'],
      ['RECOMMENDATION', 'Publish an annual report on prosecutions.'],
    ]);
    const [first, second] = record.insights.filter((insight) => isInsightOfKind(insight, 'RECOMMENDATION'));
    expect(isInsightOfKind(first!, 'RECOMMENDATION') && first.fields).toEqual({
      managementResponse: {
        decision: 'PARTIALLY_ACCEPTED',
        keyActions: 'Open two clinics in Dori / Train 20 paralegals',
        who: 'ILO CO-Abidjan',
        dueDate: '2024-12',
        status: 'Ongoing',
      },
    });
    expect(second!.fields).toEqual({ managementResponse: { decision: 'REJECTED', who: 'Ministry of Justice' } });
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
  });

  it('attaches a "Response:" paragraph to the recommendation above it (the decision read from its words)', () => {
    const record = extract(
      '## Recommendations and responses\n\n**Clearly articulate roles and responsibilities regarding international files.**\n\nResponse: Management agrees with this recommendation and will update its terms of reference.\n',
    );
    expect(record.insights).toHaveLength(1);
    expect(record.insights[0]!.fields).toEqual({
      managementResponse: { decision: 'ACCEPTED', response: 'Management agrees with this recommendation and will update its terms of reference.' },
    });
  });

  it('makes one insight of a recommendation stated in the executive summary and the body, with both places as spans', () => {
    const text = [
      '## Executive summary',
      '',
      '### Recommendations',
      '',
      '- The ILO should train labour inspectors on forced labour indicators in the three regions.',
      '',
      '## 6. Recommendations',
      '',
      '### 6.1 Training inspectors',
      '',
      'The ILO should train labour inspectors on forced labour indicators in the three regions, with a refresher course every year.',
    ].join('\n');
    const record = extract(text);
    expect(record.insights).toHaveLength(1);
    const [recommendation] = record.insights;
    expect(recommendation!.provenance.section).toBe('6. Recommendations');
    expect(recommendation!.provenance.spans).toEqual([
      { section: 'Recommendations', start: text.indexOf('- The ILO') + 2, end: text.indexOf('regions.') + 8, page: null },
    ]);
    expect(recommendation!.addressees.map((actor) => actor.id)).toEqual(['org:ilo']);
  });

  it('turns each paragraph into an item where a section has no markers, and a finding sub-heading into one finding', () => {
    const record = extract(
      '## 4. Findings\n\n### 4.1 Data is fragmented across many systems of the organisation\n\nBased on interviews, staff use twelve systems.\n\nNone of them talk to each other.\n\n## 5. Conclusions\n\nThe value of data is recognised across the organisation.\n\nData leadership is spread across divisions and units.\n',
    );
    expect(record.insights.map((insight) => insight.text)).toEqual([
      'Data is fragmented across many systems of the organisation\n\nBased on interviews, staff use twelve systems.\n\nNone of them talk to each other.',
      'The value of data is recognised across the organisation.',
      'Data leadership is spread across divisions and units.',
    ]);
  });

  it("reads a good-practice record page: the evaluation's title line is not a practice, run-in titles are headlines", () => {
    const record = extract(
      "Good Practice\n\nProjet d'appui au programme de Dakar - Évaluation finale\n\nDescription de la bonne pratique\n\nSynergie entre les programmes : L'équipe a mis en place une collaboration avec le projet GERME.\n\nPérennité de l'action : Le choix des partenaires locaux a assuré la durabilité des activités.\n",
    );
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      ['GOOD_PRACTICE', 'Synergie entre les programmes', "L'équipe a mis en place une collaboration avec le projet GERME."],
      ['GOOD_PRACTICE', "Pérennité de l'action", 'Le choix des partenaires locaux a assuré la durabilité des activités.'],
    ]);
    expect(record.document.kind).toBe('LESSON_RECORDS');
  });
});

describe('sanity gates', () => {
  it('refuses a section that yields implausibly many items, with a warning', () => {
    const acronyms = Array.from({ length: 90 }, (_, index) => `- ACR${index} stands for the Agency number ${index} of the regional programme.`).join('\n');
    const record = extract(`## Recommendations\n\n${acronyms}\n`);
    expect(record.insights).toEqual([]);
    expect(record.warnings).toContain('Section "Recommendations" refused: 90 recommendation items is implausibly many for one section.');
  });

  it('never takes fragments, questions, glossary lines or sentences about the report', () => {
    const record = extract(
      '## Findings\n\nShort line.\n\nWas the design relevant to the needs of the victims?\n\nThis section presents the findings of the evaluation by criterion and by region.\n\nAbbreviations: DIP = Division of International Protection; SET = Senior Executive Team.\n\nThe project reached 4,000 victims of descent-based slavery in two regions.\n',
    );
    expect(texts(record, 'FINDING')).toEqual(['The project reached 4,000 victims of descent-based slavery in two regions.']);
  });

  it('keeps a short recommendation that asks for something in a sentence of its own', () => {
    const record = extract('## Recommendations\n\n1. Clarify the program objectives.\n2. Improve performance data.\n3. Data systems.\n');
    expect(texts(record, 'RECOMMENDATION')).toEqual(['Clarify the program objectives.', 'Improve performance data.']);
    const french = extract('## Recommandations\n\n1. Renforcer le suivi.\n2. Clarifier les rôles.\n');
    expect(texts(french, 'RECOMMENDATION')).toEqual(['Renforcer le suivi.', 'Clarifier les rôles.']);
  });
});

describe('summaries of an extraction', () => {
  it('describes a document in one line and marks one with no insight', () => {
    const record = extract(
      '## Recommendations\n\n- Train labour inspectors on forced labour indicators in Kayes.\n\n- Fund the mobile courts of the northern regions every year.\n',
      'recs.md',
    );
    expect(describeExtraction(record)).toBe('OTHER, labelled-sections: 2 recommendations from Recommendations');
    const empty = extract('Quarterly newsletter of the office in Niamey, with the news of the month.\n', 'news.md');
    expect(describeExtraction(empty)).toMatch(/^OTHER, unknown: NO INSIGHT \(No known template recognised/);
    const table = formatExtractionTable([record, empty]).split('\n');
    expect(table[2]).toMatch(/^recs\.md\s+OTHER\s+labelled-sections\s+en\s+0\s+2\s+0\s+0\s+0$/);
    expect(table[3]).toMatch(/^news\.md .* NO INSIGHT$/);
    expect(table[5]).toBe('2 document(s): 2 recommendations; 1 with no insight');
  });
});
