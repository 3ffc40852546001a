import type { ApiContext } from '../../context.js';

/** Query.place: one place by id, or null. */
export const place = (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.byId.Place.load(args.id);
