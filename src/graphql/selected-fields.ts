import {
  isAbstractType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
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

/**
 * Names of the fields the client selected at `path` below the current field (`['edges', 'node']`
 * for the nodes of a connection), through fragments and aliases. `@skip`/`@include` are not
 * evaluated: a field they may drop counts as selected, which errs on the side of loading it.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
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

/**
 * Names of the fields selected on the object type `typeName` anywhere in the operation, not only
 * below the current field: every fragment of the document is read (used or not), fields under
 * `@skip`/`@include` count, and so do fields selected on an interface or union the type belongs
 * to; each errs on the side of more fields. Meta fields (`__typename`) are left out.
 */
export function fieldsSelectedOn(info: Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'fragments'>, typeName: string): Set<string> {
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
