import { findPaths, MAX_HOPS, MAX_PATHS } from '../../../graph/queries/paths.js';
import { boundedInt } from '../../arguments.js';
import type { ApiContext } from '../../context.js';
import type { QueryPathsArgs } from '../../generated/resolvers-types.js';

/** Query.paths: bounded paths between two nodes. */
export const paths = (_: unknown, args: QueryPathsArgs, ctx: ApiContext) =>
  findPaths(ctx.reader, args.from, args.to, boundedInt('maxHops', args.maxHops, 4, 1, MAX_HOPS), boundedInt('first', args.first, 5, 1, MAX_PATHS));
