import type { GraphQLResolveInfo } from 'graphql';
import { findProjectPage, PROJECT_PAGE_RELATIONS } from '../../../graph/queries/entity-pages.js';
import { findProjectByCode } from '../../../graph/queries/projects.js';
import type { ApiContext } from '../../context.js';
import type { QueryProjectArgs } from '../../generated/resolvers-types.js';
import { primePage, selectsAny } from '../../page-prefetch.js';

/** Query.project: by code (any case) or id, or null; a page with relations is one query. */
export async function project(_: unknown, args: QueryProjectArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  if (selectsAny(info, PROJECT_PAGE_RELATIONS)) {
    const page = await findProjectPage(ctx.reader, args.code);
    if (page) return primePage(page, ctx.loaders.byId.Project, ctx.loaders.project, PROJECT_PAGE_RELATIONS);
  }
  return findProjectByCode(ctx.reader, args.code);
}
