import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { selectedFields } from '../../../src/graphql/selected-fields.js';

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectedFields', () => {
  it('lists the fields below a path, through aliases, inline fragments and named fragments', () => {
    const info = infoOf(`{ search(query: "x") { totalHits edges { score node { id t: text ... on Insight { kind } ...More } } } }
      fragment More on Insight { project { code } }`);
    expect([...selectedFields(info, ['edges', 'node'])].sort()).toEqual(['id', 'kind', 'project', 'text']);
    expect([...selectedFields(info, [])].sort()).toEqual(['edges', 'totalHits']);
  });

  it('merges the same field selected twice (edges in two fragments)', () => {
    const info = infoOf(`{ search(query: "x") { edges { node { id } } ... on InsightSearchResult { edges { node { year } } } } }`);
    expect([...selectedFields(info, ['edges', 'node'])].sort()).toEqual(['id', 'year']);
  });

  it('is empty for a path the client did not select', () => {
    expect(selectedFields(infoOf('{ search(query: "x") { totalHits } }'), ['edges', 'node']).size).toBe(0);
  });
});
