import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { propertiesSelectedOn } from '../../../src/graphql/page-prefetch.js';
import { Project, PROJECT_FIELD_PROPERTIES } from '../../../src/graphql/resolvers/types/Project.js';
import { fieldsSelectedOn } from '../../../src/graphql/selected-fields.js';
import { createApiSchema } from '../../../src/graphql/server.js';

const schema = createApiSchema();

/** What a resolver's `info` carries about the whole request, for a query text. */
function requestOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { schema, operation, fragments };
}

describe('fieldsSelectedOn', () => {
  it('collects the fields of a type wherever the operation selects it: nested, aliased, in fragments, under @skip', () => {
    const request = requestOf(`{
      actor(id: "org:ilo") { projects { project { code t: title } } }
      insight(id: "x") { project { ...P budget @skip(if: true) { amount } } }
    }
    fragment P on Project { outcomes __typename }
    fragment Unused on Project { glide }`);
    expect([...fieldsSelectedOn(request, 'Project')].sort()).toEqual(['budget', 'code', 'glide', 'outcomes', 'title']);
    expect([...fieldsSelectedOn(request, 'Actor')].sort()).toEqual(['projects']);
  });

  it('is empty for a type the operation does not select', () => {
    expect(fieldsSelectedOn(requestOf('{ actor(id: "org:ilo") { name } }'), 'Project').size).toBe(0);
  });
});

describe('propertiesSelectedOn', () => {
  it("reads `id` and the properties of the type's selected fields, relations adding none", () => {
    const request = requestOf('{ actor(id: "org:ilo") { projects { project { code budget { amount } countries { iso3 } } } } }');
    expect(propertiesSelectedOn(request, 'Project', PROJECT_FIELD_PROPERTIES)).toEqual(['id', 'code', 'budgetAmount', 'budgetCurrency']);
  });

  it('asks for every property (null) when a selected field is missing from the table', () => {
    const request = requestOf('{ actor(id: "org:ilo") { projects { project { code title } } } }');
    expect(propertiesSelectedOn(request, 'Project', { code: ['code'] } as unknown as typeof PROJECT_FIELD_PROPERTIES)).toBeNull();
  });
});

describe('PROJECT_FIELD_PROPERTIES', () => {
  // A stored project with every property the table names, and one with none: each resolver's
  // branches between them read every property it can.
  const stored = {
    code: 'MLI/19/01/USA',
    title: 'T',
    objective: 'O',
    outcomes: ['A'],
    budgetAmount: 1,
    budgetCurrency: 'USD',
    acronym: 'A',
    glide: 'G',
    periodStart: '2019-01-01',
    periodEnd: '2022-12-31',
    periodFiscal: true,
    expenditureAmount: 1,
    expenditureCurrency: 'USD',
  };

  it('names every stored property each Project resolver reads, and only those', async () => {
    const loader = { load: async () => [] };
    const ctx = { loaders: { project: new Proxy({}, { get: () => loader }) } };
    for (const properties of [stored, {}]) {
      for (const [field, resolve] of Object.entries(Project)) {
        const read = new Set<string>();
        const values: Record<string, unknown> = { id: 'project:MLI/19/01/USA', ...properties };
        const row = new Proxy(values, {
          get: (target, key) => {
            if (typeof key === 'string' && key !== 'id') read.add(key);
            return typeof key === 'string' ? target[key] : undefined;
          },
        });
        await (resolve as (...args: unknown[]) => unknown)(row, {}, ctx, {});
        const table: readonly string[] = PROJECT_FIELD_PROPERTIES[field as keyof typeof PROJECT_FIELD_PROPERTIES];
        if (properties === stored) expect({ field, read: [...read].sort() }).toEqual({ field, read: [...table].sort() });
        else expect({ field, unlisted: [...read].filter((key) => !table.includes(key)) }).toEqual({ field, unlisted: [] });
      }
    }
  });
});
