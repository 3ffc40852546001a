import { checkEngineHealth } from '../../health.js';
import type { ApiContext } from '../../context.js';

/** Query.health: both engines' state and version. */
export const health = (_: unknown, __: unknown, ctx: ApiContext) => checkEngineHealth(ctx.deps);
