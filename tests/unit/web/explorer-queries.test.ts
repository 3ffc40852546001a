import { parse, validate } from 'graphql';
import { createApiSchema, QUERY_LIMITS } from '../../../src/graphql/server.js';
import * as queries from '../../../web/src/queries.js';

/**
 * The explorer is a client of our own API: each document it sends must stay valid against
 * schema.graphql. A schema change the page has not followed fails here, named, without a browser.
 */
describe('the GraphQL documents the explorer sends', () => {
  const schema = createApiSchema();
  const documents = Object.entries(queries);

  it('are the nine the pages use', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'ACTOR_QUERY',
      'COUNTRY_QUERY',
      'EVIDENCE_MAP_QUERY',
      'INSIGHT_QUERY',
      'NEIGHBOURHOOD_QUERY',
      'PATHS_QUERY',
      'PROJECT_QUERY',
      'SEARCH_QUERY',
      'THEME_QUERY',
    ]);
  });

  it.each(documents)('%s is valid against schema.graphql and within the depth limit', (_name, document) => {
    const ast = parse(document);
    expect(validate(schema, ast).map((error) => error.message)).toEqual([]);
    const depth = (selections: readonly any[] | undefined, level: number): number =>
      Math.max(level, ...(selections ?? []).map((selection) => depth(selection.selectionSet?.selections, level + (selection.kind === 'Field' ? 1 : 0))));
    const operation = ast.definitions[0] as { selectionSet: { selections: readonly unknown[] } };
    expect(depth(operation.selectionSet.selections, 0)).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth);
  });
});
