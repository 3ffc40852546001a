import type { ApiContext } from '../../context.js';

/** Query.actor: one organisation, person or stakeholder group by id, or null. */
export const actor = (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.byId.Actor.load(args.id);
