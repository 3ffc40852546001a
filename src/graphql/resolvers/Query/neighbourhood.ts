import { findNeighbourhood, MAX_DEPTH, MAX_NODES } from '../../../graph/queries/neighbourhood.js';
import { boundedInt } from '../../arguments.js';
import type { ApiContext } from '../../context.js';
import type { QueryNeighbourhoodArgs } from '../../generated/resolvers-types.js';

/** Query.neighbourhood: a bounded graph view around a node. */
export const neighbourhood = (_: unknown, args: QueryNeighbourhoodArgs, ctx: ApiContext) =>
  findNeighbourhood(ctx.reader, args.id, boundedInt('depth', args.depth, 1, 1, MAX_DEPTH), boundedInt('limit', args.limit, 100, 1, MAX_NODES));
