import { createStatsQueries } from '../../../graph/queries/stats.js';
import { resolveInsightFilter, type InsightFilterInput } from '../../arguments.js';
import type { ApiContext } from '../../context.js';

/** Query.stats: the request's lazy aggregates; the Stats fields run only what the client asks for. */
export async function stats(_: unknown, args: { filter?: InsightFilterInput | null }, ctx: ApiContext) {
  return createStatsQueries(ctx.reader, await resolveInsightFilter(ctx.reader, args.filter));
}
