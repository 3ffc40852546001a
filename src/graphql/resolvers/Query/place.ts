import type { ApiContext } from '../../context.js';
import type { QueryPlaceArgs } from '../../generated/resolvers-types.js';

/** Query.place: one place by id, or null. */
export const place = (_: unknown, args: QueryPlaceArgs, ctx: ApiContext) => ctx.loaders.byId.Place.load(args.id);
