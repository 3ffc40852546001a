import { computeStats } from '../../../graph/queries/stats.js';
import { resolveInsightFilter, type InsightFilterInput } from '../../arguments.js';
import type { ApiContext } from '../../context.js';

/** Query.stats: dashboard aggregates over the filtered insights. */
export async function stats(_: unknown, args: { filter?: InsightFilterInput | null }, ctx: ApiContext) {
  const result = await computeStats(ctx.reader, await resolveInsightFilter(ctx.reader, args.filter));
  return {
    ...result,
    byCountry: result.byCountry.map((row) => ({ ...row, value: row.value.replace(/^country:/, '') })),
  };
}
