import type { InsightListName } from '../graph/queries/insight-lists.js';
import { boundedInt, decodeCursor, encodeCursor, MAX_FIRST } from './arguments.js';
import type { ApiContext } from './context.js';
import type { CountryInsightsArgs } from './generated/resolvers-types.js';

/**
 * The arguments of every paged insight list (`Country.insights`, `Actor.mentionedIn`, ...): the
 * schema gives each list the same four, so one list's generated type stands for all of them.
 */
type InsightListArgs = CountryInsightsArgs;

/** Default page size of the insight lists. */
export const DEFAULT_LIST_PAGE = 20;

/**
 * An `InsightConnection`: one page of a parent's list, read by the request's list loader (the
 * same page of many parents is one query), with the list's total and Relay cursors.
 */
export async function insightConnection(ctx: ApiContext, list: InsightListName, parentId: string, args: InsightListArgs) {
  const first = boundedInt('first', args.first, DEFAULT_LIST_PAGE, 1, MAX_FIRST);
  const offset = decodeCursor(args.after) + 1;
  const { items, total } = await ctx.loaders.list(list).load({ id: parentId, kind: args.kind ?? null, equivalents: args.equivalents ?? false, offset, first });
  const edges = items.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    totalCount: total,
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
