import type { GraphQLResolveInfo } from 'graphql';
import { ACTOR_PAGE_RELATIONS, findActorPage } from '../../../graph/queries/entity-pages.js';
import type { ApiContext } from '../../context.js';
import type { QueryActorArgs } from '../../generated/resolvers-types.js';
import { primePage, propertiesSelectedOn, selectsAny } from '../../page-prefetch.js';
import { PROJECT_FIELD_PROPERTIES } from '../types/Project.js';

/** Query.actor: one organisation, person or stakeholder group by id, or null; a page with relations is one query. */
export async function actor(_: unknown, args: QueryActorArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  if (selectsAny(info, ACTOR_PAGE_RELATIONS)) {
    const page = await findActorPage(ctx.reader, args.id, propertiesSelectedOn(info, 'Project', PROJECT_FIELD_PROPERTIES));
    return page ? primePage(page, ctx.loaders.byId.Actor, ctx.loaders.actor, ACTOR_PAGE_RELATIONS) : null;
  }
  return ctx.loaders.byId.Actor.load(args.id);
}
