import {
  isAbstractType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The fields of a selection set, fragments (inline and named) included. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into: Map<string, SelectionSetNode[]>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const sets = into.get(selection.name.value) ?? [];
      if (selection.selectionSet) sets.push(selection.selectionSet);
      into.set(selection.name.value, sets);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fieldsOf(selection.selectionSet, fragments, into);
    } else {
      fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, into);
    }
  }
}

/** Earlier answers of selectedFields, by the first field node (documents come from yoga's parser cache, so a repeated operation brings the same nodes). */
type SelectedByPath = Map<string, { fieldNodes: readonly FieldNode[]; names: ReadonlySet<string> }>;
const selectedCache = new WeakMap<FieldNode, SelectedByPath>();

/**
 * Names of the fields the client selected at `path` below the current field (`['edges', 'node']`
 * for the nodes of a connection), through fragments and aliases. `@skip`/`@include` are not
 * evaluated: a field they may drop counts as selected, which errs on the side of loading it.
 * Remembered per operation: walking the selection cost 0.2 ms of every search.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): ReadonlySet<string> {
  const first = info.fieldNodes[0];
  if (!first) return new Set();
  const key = path.join('.');
  const byPath = selectedCache.get(first) ?? (new Map() as SelectedByPath);
  const known = byPath.get(key);
  // The nodes merged into a field can differ between requests (`@include` on a duplicate), so all must match.
  if (known && known.fieldNodes.length === info.fieldNodes.length && known.fieldNodes.every((node, i) => node === info.fieldNodes[i])) return known.names;
  const names = collectSelectedFields(info, path);
  byPath.set(key, { fieldNodes: [...info.fieldNodes], names });
  selectedCache.set(first, byPath);
  return names;
}

function collectSelectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): ReadonlySet<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    for (const set of sets) {
      const fields = new Map<string, SelectionSetNode[]>();
      fieldsOf(set, info.fragments, fields);
      next.push(...(fields.get(name) ?? []));
    }
    sets = next;
  }
  const names = new Map<string, SelectionSetNode[]>();
  for (const set of sets) fieldsOf(set, info.fragments, names);
  return new Set(names.keys());
}

/** Earlier answers of fieldsSelectedOn, by operation (with the schema they were read against) and type name. */
const selectedOnCache = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; byType: Map<string, ReadonlySet<string>> }>();

/**
 * Names of the fields selected on the object type `typeName` anywhere in the operation, not only
 * below the current field: every fragment of the document is read (used or not), fields under
 * `@skip`/`@include` count, and so do fields selected on an interface or union the type belongs
 * to; each errs on the side of more fields. Meta fields (`__typename`) are left out. Depends on
 * the operation's text only, so it is remembered per operation node.
 */
export function fieldsSelectedOn(info: Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'fragments'>, typeName: string): ReadonlySet<string> {
  let cached = selectedOnCache.get(info.operation);
  if (cached?.schema !== info.schema) selectedOnCache.set(info.operation, (cached = { schema: info.schema, byType: new Map() }));
  let names = cached.byType.get(typeName);
  if (!names) cached.byType.set(typeName, (names = collectFieldsSelectedOn(info, typeName)));
  return names;
}

function collectFieldsSelectedOn(info: Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'fragments'>, typeName: string): ReadonlySet<string> {
  const target = info.schema.getType(typeName);
  const names = new Set<string>();
  for (const node of [info.operation, ...Object.values(info.fragments)]) {
    const typeInfo = new TypeInfo(info.schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType();
          const onTarget = parent === target || (isAbstractType(parent) && isObjectType(target) && info.schema.isSubType(parent, target));
          if (onTarget && !field.name.value.startsWith('__')) names.add(field.name.value);
        },
      }),
    );
  }
  return names;
}
