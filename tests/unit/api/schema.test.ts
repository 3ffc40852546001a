import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isIntrospectionType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { createApiSchema } from '../../../src/graphql/server.js';
import { resolvers } from '../../../src/graphql/resolvers/index.js';

describe('schema.graphql', () => {
  const schema = createApiSchema();

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has the root fields of the contract (issue 5), each with a resolver', () => {
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query).sort()).toEqual(
      ['actor', 'actors', 'comparablePractices', 'country', 'evaluation', 'health', 'insight', 'neighbourhood', 'paths', 'place', 'project', 'projects', 'search', 'searchProjects', 'stats', 'theme', 'themes'].sort(),
    );
    expect(Object.keys(resolvers.Query).sort()).toEqual(Object.keys(query).sort());
    expect(Object.keys(resolvers.Mutation).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
    expect(query.search!.args.map((a) => `${a.name}: ${a.type}${a.defaultValue === undefined ? '' : ` = ${a.defaultValue}`}`)).toEqual([
      'query: String!',
      'filter: InsightFilter',
      'first: Int = 20',
      'after: String',
    ]);
    expect(query.paths!.args.map((a) => `${a.name}=${a.defaultValue ?? ''}`)).toEqual(['from=', 'to=', 'maxHops=4', 'first=5']);
    expect(query.neighbourhood!.args.map((a) => `${a.name}=${a.defaultValue ?? ''}`)).toEqual(['id=', 'depth=1', 'limit=100']);
  });
});
