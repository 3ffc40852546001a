import { MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { AppError } from '../../../src/errors.js';
import { inList, integer, nullableHtml, toFacetCounts, toSearchEngineError } from '../../../src/search/meilisearch-query.js';

describe('the Meilisearch helpers both searches share', () => {
  it('lists quoted values for IN', () => {
    expect(inList('donors', ['org:usdol', 'org:"x"'])).toBe('donors IN ["org:usdol", "org:\\"x\\""]');
  });

  it('lets only safe integers into a filter', () => {
    expect(integer('yearFrom', 2020)).toBe(2020);
    expect(() => integer('yearFrom', 2020.5)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'yearFrom must be an integer (got 2020.5).' }),
    );
    expect(() => integer('yearTo', Number.NaN)).toThrow(AppError);
  });

  it('gives facet counts largest first, ties by value', () => {
    expect(toFacetCounts({ NER: 2, MLI: 5, BFA: 2 })).toEqual([
      { value: 'MLI', count: 5 },
      { value: 'BFA', count: 2 },
      { value: 'NER', count: 2 },
    ]);
    expect(toFacetCounts(undefined)).toEqual([]);
  });

  it('turns a formatted text into safe HTML, null staying null', () => {
    expect(nullableHtml(null)).toBeNull();
    expect(nullableHtml(undefined)).toBeNull();
    expect(nullableHtml('a <b>')).toBe('a &lt;b&gt;');
  });

  it('maps engine failures to client-safe errors and leaves the rest alone', () => {
    const timeout = toSearchEngineError(new MeilisearchRequestTimeOutError(5000, { method: 'POST' }));
    expect(timeout).toEqual(expect.objectContaining({ code: 'TIMEOUT', message: 'Meilisearch did not answer in time; retry later.' }));
    const down = toSearchEngineError(new MeilisearchRequestError('http://127.0.0.1:7700/indexes/insights/search', new Error('ECONNREFUSED')));
    expect(down).toEqual(expect.objectContaining({ code: 'UNAVAILABLE', message: 'Meilisearch is not reachable; retry later.' }));
    const own = new AppError('BAD_USER_INPUT', 'yearFrom must be an integer (got 1.5).');
    expect(toSearchEngineError(own)).toBe(own);
    const other = new TypeError('boom');
    expect(toSearchEngineError(other)).toBe(other);
  });
});
