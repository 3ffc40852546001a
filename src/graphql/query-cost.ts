import { GraphQLError, Kind, type ASTVisitor, type FieldNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The query cost limit: a validation rule, so a query over it is refused before anything runs.
 * The cost measures the size of the answer and the work behind it:
 *  - each field costs 1 (a scalar) or 2 (an object), plus 1.5 times what it selects;
 *  - a literal `first: n` multiplies its field's cost by n (a `first` from a variable is
 *    bounded at run time, to 100 at most);
 *  - a root field in FIELD_WEIGHTS adds its weight, once per alias, whatever it selects: its
 *    cost is the work the server does before answering (comparablePractices scores every
 *    candidate of other projects), which no selection shows.
 * Introspection (`__schema`, `__type`) costs nothing: GraphiQL needs it.
 */

/** Work weights of root fields, per call. */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  // ~300 ms of CPU on a graph of 74 insights (issue 8): at most 3 per query under MAX_COST.
  comparablePractices: 12_500,
  // Variable-length graph queries: at most 20 per query.
  paths: 2_500,
  neighbourhood: 2_500,
};

/** Default limit. */
export const MAX_COST = 50_000;

const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

function literalFirst(field: FieldNode): number {
  const argument = field.arguments?.find((arg) => arg.name.value === 'first');
  if (argument?.value.kind !== Kind.INT) return 1;
  return Math.max(1, Number.parseInt(argument.value.value, 10) || 1);
}

/** The cost of one operation's selection set (exported for tests and the README's figures). */
export function selectionCost(
  context: Pick<ValidationContext, 'getFragment'>,
  selectionSet: SelectionSetNode,
  root: boolean,
  visiting = new Set<string>(),
): { cost: number; weighted: Map<string, number> } {
  const weighted = new Map<string, number>();
  const walk = (set: SelectionSetNode, atRoot: boolean): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') continue;
        const children = selection.selectionSet ? DEPTH_FACTOR * walk(selection.selectionSet, false) : 0;
        cost += ((selection.selectionSet ? OBJECT_COST : SCALAR_COST) + children) * literalFirst(selection);
        const weight = atRoot ? FIELD_WEIGHTS[name] : undefined;
        if (weight !== undefined) {
          cost += weight;
          weighted.set(name, (weighted.get(name) ?? 0) + 1);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, atRoot);
      } else {
        // Fragment cycles are another rule's error; here a cycle just stops counting.
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        cost += walk(fragment.selectionSet, atRoot);
        visiting.delete(name);
      }
    }
    return cost;
  };
  return { cost: walk(selectionSet, root), weighted };
}

/** The validation rule; the error names the weighted fields that made the query too costly. */
export function costLimitRule(maxCost: number = MAX_COST): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(operation) {
      const { cost, weighted } = selectionCost(context, operation.selectionSet, true);
      if (cost <= maxCost) return;
      const heavy = [...weighted].map(([name, count]) => `${name} weighs ${FIELD_WEIGHTS[name]} (asked ${count} time${count === 1 ? '' : 's'})`);
      context.reportError(
        new GraphQLError(
          `Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)}${heavy.length > 0 ? `: ${heavy.join(', ')}` : ''}. Ask for fewer expensive fields, smaller \`first\` or fewer aliases per query.`,
          { nodes: [operation] },
        ),
      );
    },
  });
}

/** The cost limit as a yoga plugin (a validation rule added to every request's validation). */
export function useCostLimit(maxCost: number = MAX_COST): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(costLimitRule(maxCost));
    },
  };
}
