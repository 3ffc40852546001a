import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { fieldsSelectedOn, selectedFields } from '../../../src/graphql/selected-fields.js';

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

describe('selectedFields and fieldsSelectedOn remember their answers per operation', () => {
  const schema = buildSchema(`type Query { search(query: String!): Result }
    type Result { totalHits: Int edges: [Edge] }
    type Edge { score: Float node: Insight }
    type Insight { id: ID text: String kind: String }`);

  it('answers a repeated operation from memory, and the same as the first time', () => {
    const info = infoOf('{ search(query: "x") { edges { node { id text } } } }');
    const first = selectedFields(info, ['edges', 'node']);
    expect(selectedFields({ ...info, fragments: { ...info.fragments } }, ['edges', 'node'])).toBe(first);
    expect([...selectedFields(info, ['edges'])]).toEqual(['node']);
  });

  it('reads again when the merged field nodes differ (a duplicate field under @include)', () => {
    const document = parse(
      'query($all: Boolean!) { search(query: "x") { edges { node { id } } } search(query: "x") @include(if: $all) { edges { node { text } } } }',
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    const [plain, included] = operation.selectionSet.selections as FieldNode[];
    expect([...selectedFields({ fieldNodes: [plain!], fragments: {} }, ['edges', 'node'])]).toEqual(['id']);
    expect([...selectedFields({ fieldNodes: [plain!, included!], fragments: {} }, ['edges', 'node'])].sort()).toEqual(['id', 'text']);
    expect([...selectedFields({ fieldNodes: [plain!], fragments: {} }, ['edges', 'node'])]).toEqual(['id']);
  });

  it('keeps fieldsSelectedOn per type and per schema', () => {
    const document = parse('{ search(query: "x") { totalHits edges { score node { id kind } } } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const info = { schema, operation, fragments: {} };
    expect([...fieldsSelectedOn(info, 'Insight')].sort()).toEqual(['id', 'kind']);
    expect([...fieldsSelectedOn(info, 'Edge')].sort()).toEqual(['node', 'score']);
    expect(fieldsSelectedOn(info, 'Insight')).toBe(fieldsSelectedOn(info, 'Insight'));
    const other = buildSchema(
      'type Query { search(query: String!): Result } type Result { edges: [Edge] } type Edge { node: Node } type Node { id: ID kind: String }',
    );
    expect([...fieldsSelectedOn({ ...info, schema: other }, 'Insight')]).toEqual([]);
  });
});
