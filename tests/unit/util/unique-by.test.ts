import { unique, uniqueBy } from '../../../src/util/unique-by.js';

describe('uniqueBy', () => {
  it('keeps the first item of each key, in the order given', () => {
    const actors = [
      { id: 'org:ilo', name: 'ILO' },
      { id: 'org:undp', name: 'UNDP' },
      { id: 'org:ilo', name: 'International Labour Organization' },
      { id: 'person:diallo', name: 'A. Diallo' },
      { id: 'org:undp', name: 'PNUD' },
    ];
    expect(uniqueBy(actors, (actor) => actor.id)).toEqual([
      { id: 'org:ilo', name: 'ILO' },
      { id: 'org:undp', name: 'UNDP' },
      { id: 'person:diallo', name: 'A. Diallo' },
    ]);
  });

  it('takes any key a Set compares, and any iterable', () => {
    const years = new Set([2019, 2020, 2021, 2022]);
    expect(uniqueBy(years, (year) => year % 2 === 0)).toEqual([2019, 2020]);
    expect(uniqueBy([], (item: string) => item)).toEqual([]);
  });

  it('returns a new array and leaves the input alone', () => {
    const items = [{ id: 'a' }, { id: 'a' }];
    const kept = uniqueBy(items, (item) => item.id);
    expect(kept).toEqual([{ id: 'a' }]);
    expect(kept[0]).toBe(items[0]);
    expect(items).toHaveLength(2);
  });
});

describe('unique', () => {
  it('drops repeats, first occurrence kept', () => {
    expect(unique(['document:b', 'document:a', 'document:b', 'document:c', 'document:a'])).toEqual(['document:b', 'document:a', 'document:c']);
  });

  it('keeps null and the empty string as values of their own', () => {
    expect(unique([null, '', null, 'x', ''])).toEqual([null, '', 'x']);
  });
});
