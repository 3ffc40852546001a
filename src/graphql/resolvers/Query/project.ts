import { findProjectByCode } from '../../../graph/queries/projects.js';
import type { ApiContext } from '../../context.js';

/** Query.project: by code (any case) or id, or null. */
export const project = (_: unknown, args: { code: string }, ctx: ApiContext) => findProjectByCode(ctx.reader, args.code);
