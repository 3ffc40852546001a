import type { ApiContext } from '../../context.js';
import type { QueryEvaluationArgs } from '../../generated/resolvers-types.js';

/** Query.evaluation: one evaluation by id, or null. */
export const evaluation = (_: unknown, args: QueryEvaluationArgs, ctx: ApiContext) => ctx.loaders.byId.Evaluation.load(args.id);
