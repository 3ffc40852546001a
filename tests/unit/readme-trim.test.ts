import { trimLikeReadme } from '../e2e/support/readme-examples.js';

/** The README's trimming marks, as the e2e comparison of its answer blocks reads them. */
describe('trimLikeReadme', () => {
  const check = (live: unknown, doc: unknown) => trimLikeReadme(live, doc);

  it('a text ending in … stands for any text with that prefix, and only those', () => {
    expect(check({ text: 'La médiation sociale est un créneau' }, { text: 'La médiation…' })).toEqual({ text: 'La médiation…' });
    expect(check({ text: 'Le partage des expériences' }, { text: 'La médiation…' })).toEqual({ text: 'Le partage des expériences' });
  });

  it('a list ending in "… N more" stands for the items shown and exactly N more', () => {
    const doc = [{ id: 'a' }, '… 2 more'];
    expect(check([{ id: 'a' }, { id: 'b' }, { id: 'c' }], doc)).toEqual(doc);
    // One item too many or too few: the live list comes back whole, so the diff shows it.
    expect(check([{ id: 'a' }, { id: 'b' }], doc)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(check([{ id: 'x' }, { id: 'b' }, { id: 'c' }], doc)).not.toEqual(doc);
  });

  it('leaves numbers, nulls and unmarked texts as they are, at any depth', () => {
    const live = { data: { score: 0.5, date: null, items: [{ name: 'TEMEDT', text: 'Former le personnel' }] } };
    const doc = { data: { score: 0.4, date: null, items: [{ name: 'TEMEDT', text: 'Former…' }] } };
    expect(check(live, doc)).toEqual({ data: { score: 0.5, date: null, items: [{ name: 'TEMEDT', text: 'Former…' }] } });
  });
});
