import type { ApiContext } from '../../context.js';

/** Query.theme: one theme by id, or null. */
export const theme = (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.byId.Theme.load(args.id);
