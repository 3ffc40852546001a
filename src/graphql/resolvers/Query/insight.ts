import type { ApiContext } from '../../context.js';

/** Query.insight: one insight by id, or null. */
export const insight = (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.byId.Insight.load(args.id);
