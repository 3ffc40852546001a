import { listProjects } from '../../../graph/queries/projects.js';
import { boundedInt, MAX_FIRST } from '../../arguments.js';
import type { ApiContext } from '../../context.js';
import type { QueryProjectsArgs } from '../../generated/resolvers-types.js';

/** Query.projects: most recently evaluated first. */
export const projects = (_: unknown, args: QueryProjectsArgs, ctx: ApiContext) => listProjects(ctx.reader, boundedInt('first', args.first, 50, 1, MAX_FIRST));
