import type { ApiContext } from '../../context.js';

/** Query.evaluation: one evaluation by id, or null. */
export const evaluation = (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.byId.Evaluation.load(args.id);
