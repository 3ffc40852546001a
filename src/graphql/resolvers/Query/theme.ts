import type { ApiContext } from '../../context.js';
import type { QueryThemeArgs } from '../../generated/resolvers-types.js';

/** Query.theme: one theme by id, or null. */
export const theme = (_: unknown, args: QueryThemeArgs, ctx: ApiContext) => ctx.loaders.byId.Theme.load(args.id);
