import type { NodeRow } from '../../../model/node-row.js';
import { countEvaluationsAndProjects, createStatsQueries } from '../../../graph/queries/stats.js';
import { createIndexStatsQueries } from '../../../search/insight-stats.js';
import { insightsIndexName } from '../../../search/search-index.js';
import { resolveInsightFilter } from '../../../graph/queries/resolve-filter.js';
import type { ApiContext } from '../../context.js';
import type { QueryStatsArgs } from '../../generated/resolvers-types.js';

/**
 * Query.stats: the request's lazy aggregates, counted from the search index's facets (the graph
 * counts only what a facet could cut); the Stats fields run only what the client asks for.
 */
export async function stats(_: unknown, args: QueryStatsArgs, ctx: ApiContext) {
  const filter = await resolveInsightFilter(ctx.reader, args.filter);
  return createIndexStatsQueries({
    search: ctx.deps.search,
    indexUid: insightsIndexName(ctx.deps.config),
    filter,
    // Through the request's loaders: every label of the dashboard in one query per node label.
    loadNodes: async (label, ids) => {
      const found = new Map<string, NodeRow>();
      for (const node of await ctx.loaders.byId[label].loadMany(ids)) if (node && !(node instanceof Error)) found.set(node.id, node);
      return found;
    },
    graph: createStatsQueries(ctx.reader, filter),
    countEvaluationsAndProjects: () => countEvaluationsAndProjects(ctx.reader),
  });
}
