import { GraphQueryError, readGraphQuery, writeGraphQuery } from '../../../src/model/graph-query.js';
import { EMPTY_SEARCH, readSearchQuery, SearchQueryError, toggleSearchValue, toInsightFilter, writeSearchQuery } from '../../../src/model/search-query.js';

describe('a search as a query string (explorer URLs, export endpoints, export CLI)', () => {
  it('reads every parameter, repeated lists included, and writes them back in a fixed order', () => {
    const query = readSearchQuery(
      new URLSearchParams(
        'country=mli&q=+m%C3%A9diation+sociale+&kind=good_practice&kind=FINDING&theme=theme:slavery&lang=FR&from=2020&to=2023&actor=org:ilo&after=aGl0OjE5',
      ),
    );
    expect(query).toEqual({
      q: 'médiation sociale',
      kinds: ['GOOD_PRACTICE', 'FINDING'],
      countries: ['MLI'],
      themes: ['theme:slavery'],
      actors: ['org:ilo'],
      languages: ['fr'],
      yearFrom: 2020,
      yearTo: 2023,
      after: 'aGl0OjE5',
    });
    expect(writeSearchQuery(query).toString()).toBe(
      'q=m%C3%A9diation+sociale&kind=GOOD_PRACTICE&kind=FINDING&country=MLI&theme=theme%3Aslavery&actor=org%3Ailo&lang=fr&from=2020&to=2023&after=aGl0OjE5',
    );
    expect(readSearchQuery(writeSearchQuery(query))).toEqual(query);
  });

  it('an empty query string is every insight; empty and repeated values are dropped', () => {
    expect(readSearchQuery(new URLSearchParams(''))).toEqual(EMPTY_SEARCH);
    expect(readSearchQuery(new URLSearchParams('country=&country=MLI&country=MLI')).countries).toEqual(['MLI']);
    expect(writeSearchQuery(EMPTY_SEARCH).toString()).toBe('');
  });

  it('names every bad parameter at once: an unknown kind and years that are not years', () => {
    let caught: unknown;
    try {
      readSearchQuery(new URLSearchParams('kind=LESSON&from=20x0&to=99999'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SearchQueryError);
    expect((caught as SearchQueryError).problems).toEqual([
      'Parameter "kind" takes FINDING, RECOMMENDATION, LESSON_LEARNED, GOOD_PRACTICE (got "LESSON").',
      'Parameter "from" must be a four-digit year (got "20x0").',
      'Parameter "to" must be a four-digit year (got "99999").',
    ]);
  });

  it('toggling a facet value adds or removes it and goes back to the first page', () => {
    const start = { ...EMPTY_SEARCH, countries: ['MLI'], after: 'aGl0OjE5' };
    expect(toggleSearchValue(start, 'countries', 'NER')).toEqual({ ...EMPTY_SEARCH, countries: ['MLI', 'NER'], after: null });
    expect(toggleSearchValue(start, 'countries', 'MLI')).toEqual({ ...EMPTY_SEARCH, countries: [], after: null });
  });

  it('becomes the API filter with only the fields that narrow the search', () => {
    expect(toInsightFilter(EMPTY_SEARCH)).toBeNull();
    expect(toInsightFilter({ ...EMPTY_SEARCH, q: 'x', kinds: ['GOOD_PRACTICE'], countries: ['MLI'], yearFrom: 2022 })).toEqual({
      kinds: ['GOOD_PRACTICE'],
      countries: ['MLI'],
      yearFrom: 2022,
    });
  });
});

describe('a graph view as a query string', () => {
  it('reads ids in order (the centre first), depth, limit and a path; writes defaults out', () => {
    const query = readGraphQuery(new URLSearchParams('id=country:MLI&id=country:NER&id=country:MLI&depth=2&from=org:temedt&to=country:NER'));
    expect(query).toEqual({ ids: ['country:MLI', 'country:NER'], depth: 2, limit: 100, from: 'org:temedt', to: 'country:NER' });
    expect(writeGraphQuery(query).toString()).toBe('id=country%3AMLI&id=country%3ANER&depth=2&from=org%3Atemedt&to=country%3ANER');
    expect(readGraphQuery(writeGraphQuery(query))).toEqual(query);
  });

  it('names every bad parameter: no id, a depth out of range, a path end without the other', () => {
    let caught: unknown;
    try {
      readGraphQuery(new URLSearchParams('depth=4&limit=0&from=country:MLI'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphQueryError);
    expect((caught as GraphQueryError).problems).toEqual([
      'Parameter "id" is required: the id of the node at the centre (e.g. id=country:MLI).',
      'Parameter "depth" must be an integer from 1 to 3 (got "4").',
      'Parameter "limit" must be an integer from 1 to 300 (got "0").',
      'Parameters "from" and "to" go together: give both to add the paths between two nodes, or neither.',
    ]);
    expect(() => readGraphQuery(new URLSearchParams('id=MLI'))).toThrow('Parameter "id" must be node ids such as country:MLI (got "MLI").');
  });
});
