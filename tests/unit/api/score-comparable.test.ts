import { scoreComparable, WEIGHTS, BORDERING_FACTOR } from '../../../src/comparable/score-comparable.js';
import { keyWords, termSimilarities, textSimilarities, toTerms } from '../../../src/text/text-similarity.js';
import { createTfIdf } from '../../../src/text/natural.js';

const mali = { id: 'country:MLI', name: 'Mali' };
const niger = { id: 'country:NER', name: 'Niger' };
const mediation = { id: 'theme:social-mediation', name: 'Social mediation' };
const slavery = { id: 'theme:slavery', name: 'Slavery' };
const temedt = { id: 'org:temedt', name: 'TEMEDT' };

describe('scoreComparable', () => {
  const source = {
    themes: [mediation, slavery],
    countries: [mali],
    actors: [temedt],
    weights: new Map([
      [mediation.id, 0.8],
      [slavery.id, 0.3],
      [temedt.id, 0.5],
    ]),
  };

  it('adds one reason per signal, strongest first, and the score is their sum', () => {
    const result = scoreComparable(source, { themes: [mediation], countries: [niger], actors: [temedt] }, new Set([niger.id]), 0.5);
    expect(result.reasons).toEqual([
      { kind: 'SHARED_THEME', description: 'Shared theme: Social mediation', contribution: 0.28, ids: [mediation.id], names: ['Social mediation'] },
      { kind: 'TEXT_SIMILARITY', description: 'Similar wording (TF-IDF cosine 0.50)', contribution: 0.15, ids: [], names: [] },
      { kind: 'BORDERING_COUNTRY', description: 'Bordering country: Niger', contribution: 0.12, ids: [niger.id], names: ['Niger'] },
      { kind: 'SHARED_ACTOR', description: 'Shared actor: TEMEDT', contribution: 0.075, ids: [temedt.id], names: ['TEMEDT'] },
    ]);
    expect(result.score).toBe(0.625);
  });

  it('a rare shared theme counts more than a common one', () => {
    const rare = scoreComparable(source, { themes: [mediation], countries: [], actors: [] }, new Set(), 0);
    const common = scoreComparable(source, { themes: [slavery], countries: [], actors: [] }, new Set(), 0);
    expect(rare.score).toBe(0.28);
    expect(common.score).toBe(0.105);
  });

  it('the same country wins over a bordering one, and the score never exceeds 1', () => {
    const same = scoreComparable(source, { themes: [mediation, slavery], countries: [mali, niger], actors: [temedt] }, new Set([niger.id]), 1);
    expect(same.reasons.map((r) => r.kind)).toEqual(['SHARED_THEME', 'TEXT_SIMILARITY', 'SAME_COUNTRY', 'SHARED_ACTOR']);
    expect(same.score).toBeLessThanOrEqual(1);
    expect(WEIGHTS.themes + WEIGHTS.country + WEIGHTS.actors + WEIGHTS.text).toBe(1);
    expect(BORDERING_FACTOR).toBeLessThan(1);
  });

  it('nothing shared: score 0 and no reasons', () => {
    expect(scoreComparable(source, { themes: [], countries: [], actors: [] }, new Set(), 0.01)).toEqual({ score: 0, reasons: [] });
  });
});

describe('TF-IDF text similarity (natural)', () => {
  it('stems in each language and folds accents: médiation/médiations share a term', () => {
    expect(toTerms({ text: 'La médiation sociale', language: 'fr' })).toEqual(toTerms({ text: 'Les médiations sociales', language: 'fr' }));
    expect(toTerms({ text: 'the slaves and the slavery', language: 'en' })).toEqual(['slave', 'slaveri']);
  });

  it('scores the closer text higher, an unrelated one 0', () => {
    const [close, unrelated] = textSimilarities({ text: 'La médiation sociale entre victimes et anciens maîtres', language: 'fr' }, [
      { text: 'Une médiation sociale avec les anciens maîtres a réduit les tensions', language: 'fr' },
      { text: 'Budget lines for vocational training in 2024', language: 'en' },
    ]);
    expect(close).toBeGreaterThan(0.2);
    expect(unrelated).toBe(0);
  });

  it('picks the most repeated long words as a search query', () => {
    expect(keyWords('esclavage esclavage médiation victimes victimes victimes de la', 2)).toEqual(['victimes', 'esclavage']);
  });

  it("gives the cosines natural's TfIdf gave (regression: precomputed terms keep the answers the service gave before)", () => {
    const source = { text: 'La médiation sociale entre victimes et anciens maîtres réduit les tensions sociales', language: 'fr' };
    const candidates = [
      { text: 'Une médiation sociale avec les anciens maîtres a réduit les tensions', language: 'fr' },
      { text: 'Social mediation sessions with former masters reduced tensions', language: 'en' },
      { text: 'Les victimes de l’esclavage ont accès à la justice', language: 'fr' },
      { text: 'Budget lines for vocational training in 2024', language: 'en' },
    ];
    const tfidf = createTfIdf();
    for (const input of [source, ...candidates]) tfidf.addDocument(toTerms(input));
    const vector = (index: number) => new Map(tfidf.listTerms(index).map((entry) => [entry.term, entry.tfidf]));
    const cosine = (a: Map<string, number>, b: Map<string, number>) => {
      let dot = 0;
      for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
      const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
      return dot / (norm(a) * norm(b)) || 0;
    };
    const expected = candidates.map((_, index) => cosine(vector(0), vector(index + 1)));
    const actual = termSimilarities(toTerms(source), candidates.map(toTerms));
    expect(actual.map((value) => value.toFixed(12))).toEqual(expected.map((value) => value.toFixed(12)));
    expect(actual[0]).toBeGreaterThan(0.2);
  });
});
