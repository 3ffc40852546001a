import {
  insightTextSimilarity,
  SAME_INSIGHT_SIMILARITY,
  toEquivalenceFlags,
  toGroupLanguages,
  type EquivalenceMember,
} from '../../src/graph/insight-equivalence.js';

const member = (id: string, documentId: string, language: string, kind: string, start: number, text: string): EquivalenceMember => ({
  id,
  kind,
  documentId,
  language,
  start,
  text,
});

// The Niger evaluation's English summary and its French translation (tests/fixtures): same items, same order.
const en = [
  member(
    'insight:e1',
    'document:ner-en-summary',
    'en',
    'RECOMMENDATION',
    100,
    'Mobilise funding for a second phase that extends legal aid to the Agadez region.',
  ),
  member(
    'insight:e2',
    'document:ner-en-summary',
    'en',
    'RECOMMENDATION',
    200,
    'Train labour inspectors and judicial police officers on forced labour indicators in every region.',
  ),
  member('insight:e3', 'document:ner-en-summary', 'en', 'LESSON_LEARNED', 300, 'Legal action alone does not change social norms.'),
];
const fr = [
  member(
    'insight:f9',
    'document:ner-fr-summary',
    'fr',
    'RECOMMENDATION',
    110,
    "Mobiliser des financements pour une seconde phase qui étende l'aide juridique à la région d'Agadez.",
  ),
  member(
    'insight:f0',
    'document:ner-fr-summary',
    'fr',
    'RECOMMENDATION',
    220,
    'Former les inspecteurs du travail et les officiers de police judiciaire aux indicateurs du travail forcé.',
  ),
  member('insight:f5', 'document:ner-fr-summary', 'fr', 'LESSON_LEARNED', 330, "L'action judiciaire seule ne change pas les normes sociales."),
];
// A full report in English: longer, reworded versions, in another order, and an item the summary does not have.
const report = [
  member(
    'insight:r7',
    'document:ner-en-report',
    'en',
    'RECOMMENDATION',
    50,
    'An item the summary leaves out: publish the evaluation report in Hausa and Zarma for the communities.',
  ),
  member(
    'insight:r2',
    'document:ner-en-report',
    'en',
    'RECOMMENDATION',
    900,
    'Labour inspectors and judicial police officers should be trained on the indicators of forced labour in all regions of the country.',
  ),
  member(
    'insight:r1',
    'document:ner-en-report',
    'en',
    'RECOMMENDATION',
    950,
    'The ILO should mobilise funding for a second phase of the project, extending legal aid to the Agadez region and linking victims to social protection.',
  ),
];

const canonicalOf = (flags: Map<string, { canonicalId: string }>) => Object.fromEntries([...flags].map(([id, f]) => [id, f.canonicalId]));

describe('equivalent insights of one evaluation', () => {
  it('links the k-th item of a kind in two languages when both documents have as many (the French and English summaries were one document)', () => {
    expect(canonicalOf(toEquivalenceFlags([...en, ...fr]))).toEqual({
      'insight:e1': 'insight:e1',
      'insight:e2': 'insight:e2',
      'insight:e3': 'insight:e3',
      'insight:f0': 'insight:e2',
      'insight:f5': 'insight:e3',
      // The canonical insight is the group's smallest id, whatever the language.
      'insight:f9': 'insight:e1',
    });
  });

  it('links nothing across languages when the counts of a kind differ (the order cannot be trusted)', () => {
    const flags = toEquivalenceFlags([...en, ...fr.slice(1)]);
    expect(canonicalOf(flags)).toEqual({
      'insight:e1': 'insight:e1',
      'insight:e2': 'insight:e2',
      'insight:e3': 'insight:e3',
      'insight:f0': 'insight:f0',
      // One lesson on each side: that kind still pairs.
      'insight:f5': 'insight:e3',
    });
  });

  it('links texts of one language that closely match, one to one, and leaves the rest alone', () => {
    expect(canonicalOf(toEquivalenceFlags([...en, ...report]))).toEqual({
      'insight:e1': 'insight:e1',
      'insight:e2': 'insight:e2',
      'insight:e3': 'insight:e3',
      'insight:r1': 'insight:e1',
      'insight:r2': 'insight:e2',
      'insight:r7': 'insight:r7',
    });
  });

  it('closes groups transitively: the French summary joins the English report through the English summary', () => {
    const flags = toEquivalenceFlags([...en, ...fr, ...report]);
    expect(flags.get('insight:f9')).toEqual({ canonicalId: 'insight:e1', isCanonical: false });
    expect(flags.get('insight:r1')).toEqual({ canonicalId: 'insight:e1', isCanonical: false });
    expect(flags.get('insight:e1')).toEqual({ canonicalId: 'insight:e1', isCanonical: true });
  });

  it('gives the same groups whatever order the insights come in (same input set, same graph)', () => {
    const all = [...en, ...fr, ...report];
    const expected = toEquivalenceFlags(all);
    for (const order of [[...all].reverse(), [...report, ...fr, ...en], [fr[2]!, report[0]!, en[1]!, fr[0]!, en[0]!, report[2]!, fr[1]!, en[2]!, report[1]!]]) {
      expect(toEquivalenceFlags(order)).toEqual(expected);
    }
  });

  it('never links two items of one document, nor two kinds', () => {
    const same = member('insight:e9', 'document:ner-en-summary', 'en', 'RECOMMENDATION', 400, en[0]!.text);
    const otherKind = member('insight:k1', 'document:ner-en-report', 'en', 'FINDING', 10, en[0]!.text);
    const flags = toEquivalenceFlags([en[0]!, same, otherKind]);
    expect([...flags.values()].every((f) => f.isCanonical)).toBe(true);
  });

  it('scores distinct recommendations of one summary below the threshold and a reworded one above', () => {
    expect(insightTextSimilarity(en[0]!.text, report[2]!.text, 'en')).toBeGreaterThanOrEqual(SAME_INSIGHT_SIMILARITY);
    expect(insightTextSimilarity(en[0]!.text, en[1]!.text, 'en')).toBeLessThan(SAME_INSIGHT_SIMILARITY);
    expect(insightTextSimilarity('Legal aid.', 'Legal aid.', 'en')).toBe(0);
  });

  it("gives the canonical insight of a group of two or more its members' languages, sorted, and no one else any", () => {
    const flags = new Map([
      ['insight:a', { canonicalId: 'insight:a', isCanonical: true }],
      ['insight:b', { canonicalId: 'insight:a', isCanonical: false }],
      ['insight:c', { canonicalId: 'insight:a', isCanonical: false }],
      ['insight:d', { canonicalId: 'insight:d', isCanonical: true }],
      ['insight:e', { canonicalId: 'insight:e', isCanonical: true }],
      ['insight:f', { canonicalId: 'insight:e', isCanonical: false }],
    ]);
    const members = [
      { id: 'insight:a', insightLanguage: 'fr' },
      { id: 'insight:b', insightLanguage: 'en' },
      { id: 'insight:c', insightLanguage: 'fr' },
      { id: 'insight:d', insightLanguage: 'es' },
      { id: 'insight:e', insightLanguage: null },
      { id: 'insight:f', insightLanguage: 'en' },
    ];
    expect(Object.fromEntries(toGroupLanguages(members, flags))).toEqual({
      'insight:a': ['en', 'fr'],
      'insight:b': null,
      'insight:c': null,
      // Alone: its own language is what a filter reads (no property written).
      'insight:d': null,
      'insight:e': ['en'],
      'insight:f': null,
    });
  });
});
