import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../../errors.js';
import { findCountryByCode } from '../../../graph/queries/countries.js';
import { COUNTRY_PAGE_RELATIONS, findCountryPage } from '../../../graph/queries/entity-pages.js';
import type { ApiContext } from '../../context.js';
import type { QueryCountryArgs } from '../../generated/resolvers-types.js';
import { primePage, selectsAny } from '../../page-prefetch.js';

/** Query.country: by ISO alpha-3 or alpha-2 code (any case) or id, or null; a page with relations is one query. */
export async function country(_: unknown, args: QueryCountryArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  if (!/^(country:)?[A-Za-z]{2,3}$/.test(args.code.trim())) {
    throw new AppError('BAD_USER_INPUT', `code "${args.code.slice(0, 40)}" is not an ISO 3166-1 alpha-3 or alpha-2 code (e.g. NER, ne).`);
  }
  if (selectsAny(info, COUNTRY_PAGE_RELATIONS)) {
    const page = await findCountryPage(ctx.reader, args.code);
    return page ? primePage(page, ctx.loaders.byId.Country, ctx.loaders.country, COUNTRY_PAGE_RELATIONS) : null;
  }
  return findCountryByCode(ctx.reader, args.code);
}
