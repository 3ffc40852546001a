import { AppError } from '../../../errors.js';
import { findActorsByName, foldForMatch } from '../../../graph/queries/actors.js';
import { boundedInt, MAX_FIRST } from '../../arguments.js';
import type { ApiContext } from '../../context.js';
import type { QueryActorsArgs } from '../../generated/resolvers-types.js';

/** Query.actors: by name, acronym or alias, any language. */
export const actors = (_: unknown, args: QueryActorsArgs, ctx: ApiContext) => {
  const first = boundedInt('first', args.first, 10, 1, MAX_FIRST);
  const folded = foldForMatch(args.name);
  if (folded.length < 2 || folded.length > 200) throw new AppError('BAD_USER_INPUT', 'name must be 2 to 200 characters.');
  return findActorsByName(ctx.reader, args.name, first);
};
