import { parse, validate } from 'graphql';
import { costLimitRule, FIELD_WEIGHTS, MAX_COST } from '../../../src/graphql/query-cost.js';
import { createApiSchema } from '../../../src/graphql/server.js';

const schema = createApiSchema();
const errorsOf = (query: string) => validate(schema, parse(query), [costLimitRule(MAX_COST)]).map((error) => error.message);
const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: comparablePractices(projectCode: "MLI/19/01/USA", first: 10) { score }`).join(' ');

describe('query cost limit with weighted fields', () => {
  it('refuses 15 aliases of comparablePractices, naming the weight (regression: they cost 4.5 s of CPU)', () => {
    expect(errorsOf(`{ ${aliases(15)} }`)).toEqual([
      'Query cost limit of 50000 exceeded, found 188025: comparablePractices weighs 12500 (asked 15 times). Ask for fewer expensive fields, smaller `first` or fewer aliases per query.',
    ]);
  });

  it('accepts up to 3 of them, and the same weight through a fragment', () => {
    expect(errorsOf(`{ ${aliases(3)} }`)).toEqual([]);
    expect(errorsOf(`{ ${aliases(4)} }`)).toHaveLength(1);
    expect(
      errorsOf(
        `{ ...F ...F2 } fragment F on Query { ${aliases(2)} } fragment F2 on Query { x: comparablePractices(text: "abc") { score } y: comparablePractices(text: "abcd") { score } }`,
      ),
    ).toHaveLength(1);
  });

  it('a literal first multiplies the cost; introspection costs nothing', () => {
    expect(errorsOf('{ search(query: "x", first: 100000) { totalHits } }')[0]).toMatch(/^Query cost limit of 50000 exceeded, found 350000\. /);
    expect(errorsOf('{ search(query: "x", first: 100) { edges { node { id text themes { label } } } } }')).toEqual([]);
    expect(errorsOf('{ __schema { types { name fields { name args { name } } } } }')).toEqual([]);
  });

  it('weighs the expensive root fields only', () => {
    expect(FIELD_WEIGHTS).toEqual({ comparablePractices: 12_500, paths: 2_500, neighbourhood: 2_500 });
  });
});
