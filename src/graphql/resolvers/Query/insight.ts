import type { ApiContext } from '../../context.js';
import type { QueryInsightArgs } from '../../generated/resolvers-types.js';

/** Query.insight: one insight by id, or null. */
export const insight = (_: unknown, args: QueryInsightArgs, ctx: ApiContext) => ctx.loaders.byId.Insight.load(args.id);
