import {
  type GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isIntrospectionType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { createApiSchema } from '../../../src/graphql/server.js';
import { resolvers } from '../../../src/graphql/resolvers/index.js';

/** An argument's default value as the SDL writes it (nothing when it has none). */
const shown = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

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
      [
        'actor',
        'actors',
        'comparablePractices',
        'country',
        'evaluation',
        'health',
        'insight',
        'neighbourhood',
        'paths',
        'place',
        'project',
        'projects',
        'search',
        'searchProjects',
        'stats',
        'theme',
        'themes',
      ].sort(),
    );
    expect(Object.keys(resolvers.Query).sort()).toEqual(Object.keys(query).sort());
    expect(Object.keys(resolvers.Mutation).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
    expect(query.search!.args.map((a) => `${a.name}: ${a.type.toString()}${a.defaultValue === undefined ? '' : ` = ${shown(a.defaultValue)}`}`)).toEqual([
      'query: String!',
      'filter: InsightFilter',
      'first: Int = 20',
      'after: String',
    ]);
    expect(query.paths!.args.map((a) => `${a.name}=${shown(a.defaultValue)}`)).toEqual(['from=', 'to=', 'maxHops=4', 'first=5']);
    expect(query.neighbourhood!.args.map((a) => `${a.name}=${shown(a.defaultValue)}`)).toEqual(['id=', 'depth=1', 'limit=100']);
  });

  it('gives enum-like fields enum types and dates documented scalars (regression: plain strings)', () => {
    const typeOf = (type: string, field: string) => String((schema.getType(type) as GraphQLObjectType).getFields()[field]!.type);
    expect(['timing', 'mode', 'type', 'completionDate', 'approvalDate'].map((f) => typeOf('Evaluation', f))).toEqual([
      'EvaluationTiming',
      'EvaluationMode',
      'EvaluationType',
      'YearMonth',
      'YearMonth',
    ]);
    expect(['status', 'dueDate'].map((f) => typeOf('ManagementResponse', f))).toEqual(['ManagementResponseStatus', 'YearMonth']);
    expect(typeOf('Actor', 'type')).toBe('OrganisationType');
    expect(typeOf('Document', 'ingestedAt')).toBe('DateTime');
    expect(typeOf('SearchFacets', 'kinds')).toBe('[KindCount!]!');
    expect(typeOf('Stats', 'byKind')).toBe('[KindCount!]!');
    expect(typeOf('KindCount', 'value')).toBe('InsightKind!');
    expect(schema.getType('YearMonth')!.description).toMatch(/YYYY-MM/);
    expect(['conductedPeriod', 'periodCovered', 'cost', 'leadEvaluator', 'commissioner'].map((f) => typeOf('Evaluation', f))).toEqual([
      'Period',
      'Period',
      'Money',
      'Actor',
      'Actor',
    ]);
    expect(['period', 'expenditure', 'budget'].map((f) => typeOf('Project', f))).toEqual(['Period', 'Money', 'Money']);
    expect(['start', 'end', 'fiscal'].map((f) => typeOf('Period', f))).toEqual(['IsoDate', 'IsoDate', 'Boolean!']);
  });

  it('pages the long insight lists as connections (regression: filtered in JavaScript after a silent 500-row cut)', () => {
    const lists = [
      ['Country', 'insights'],
      ['Country', 'mentionedIn'],
      ['Place', 'mentionedIn'],
      ['Theme', 'insights'],
      ['Actor', 'mentionedIn'],
      ['Actor', 'recommendationsAddressed'],
    ] as const;
    for (const [type, name] of lists) {
      const field = (schema.getType(type) as GraphQLObjectType).getFields()[name]!;
      expect(`${type}.${name}: ${String(field.type)}`).toBe(`${type}.${name}: InsightConnection!`);
      expect(field.args.map((a) => `${a.name}=${shown(a.defaultValue)}`)).toEqual(['kind=', 'first=20', 'after=', 'equivalents=false']);
    }
    expect(Object.keys((schema.getType('InsightConnection') as GraphQLObjectType).getFields())).toEqual(['totalCount', 'edges', 'nodes', 'pageInfo']);
  });

  it('says in the schema that snippets are safe HTML', () => {
    const fields = (schema.getType('InsightSearchEdge') as GraphQLObjectType).getFields();
    expect(fields.snippet!.description).toMatch(/HTML\s+safe to insert as element content/);
  });
});
