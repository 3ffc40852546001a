import { AppError } from '../../../errors.js';
import { findCountryByCode } from '../../../graph/queries/countries.js';
import type { ApiContext } from '../../context.js';

/** Query.country: by ISO alpha-3 or alpha-2 code (any case) or id, or null. */
export const country = (_: unknown, args: { code: string }, ctx: ApiContext) => {
  if (!/^(country:)?[A-Za-z]{2,3}$/.test(args.code.trim())) {
    throw new AppError('BAD_USER_INPUT', `code "${args.code.slice(0, 40)}" is not an ISO 3166-1 alpha-3 or alpha-2 code (e.g. NER, ne).`);
  }
  return findCountryByCode(ctx.reader, args.code);
};
