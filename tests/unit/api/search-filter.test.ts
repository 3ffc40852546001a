import { NO_FILTER } from '../../../src/model/filters.js';
import { quoteFilterValue } from '../../../src/search/meilisearch-query.js';
import { toCanonicalFilter } from '../../../src/search/search-comparable.js';
import { toMeiliFilter } from '../../../src/search/search-insights.js';

describe('Meilisearch filters built from typed values', () => {
  it('quotes and escapes every string: a hostile value stays one value', () => {
    expect(quoteFilterValue('plain')).toBe('"plain"');
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
    expect(quoteFilterValue('back\\slash')).toBe('"back\\\\slash"');
    expect(quoteFilterValue('x" OR kind = "FINDING')).toBe('"x\\" OR kind = \\"FINDING"');
  });

  it('ANDs one expression per field, countries as the ISO3 codes the index stores', () => {
    expect(
      toMeiliFilter({
        ...NO_FILTER,
        kinds: ['LESSON_LEARNED', 'GOOD_PRACTICE'],
        countries: ['country:MLI', 'country:NER'],
        themes: ['theme:social-mediation'],
        actors: ['org:temedt'],
        languages: ['fr'],
        yearFrom: 2020,
        yearTo: 2023,
      }),
    ).toEqual([
      'kind IN ["LESSON_LEARNED", "GOOD_PRACTICE"]',
      'countries IN ["MLI", "NER"]',
      'themes IN ["theme:social-mediation"]',
      'actors IN ["org:temedt"]',
      'language IN ["fr"]',
      'year >= 2020',
      'year <= 2023',
    ]);
  });

  it('excludes ids and evaluations, and nothing at all without a filter', () => {
    expect(toMeiliFilter(NO_FILTER)).toEqual([]);
    expect(toMeiliFilter(NO_FILTER, { ids: ['insight:1'], evaluations: ['evaluation:mli-19-01-usa-midterm'] })).toEqual([
      'graphId NOT IN ["insight:1"]',
      'evaluationId NOT IN ["evaluation:mli-19-01-usa-midterm"]',
    ]);
  });

  it('refuses a year that is not an integer', () => {
    expect(() => toMeiliFilter({ ...NO_FILTER, yearFrom: 2020.5 })).toThrow('yearFrom must be an integer (got 2020.5).');
  });

  it("the dashboards' filter keeps canonical insights, and a language keeps a group when any member is in it", () => {
    expect(toCanonicalFilter(NO_FILTER)).toEqual(['NOT isCanonical = false']);
    expect(toCanonicalFilter({ ...NO_FILTER, kinds: ['RECOMMENDATION'], languages: ['fr', 'es'] })).toEqual([
      'kind IN ["RECOMMENDATION"]',
      'NOT isCanonical = false',
      // A document indexed before `groupLanguages` existed is read by its own language, as the graph reads an insight without the property.
      'groupLanguages IN ["fr", "es"] OR (groupLanguages NOT EXISTS AND language IN ["fr", "es"])',
    ]);
  });
});
