import { reindex as reindexPipeline } from '../../../pipeline/reindex.js';
import type { ApiContext } from '../../context.js';
import type { MutationReindexArgs } from '../../generated/resolvers-types.js';
import { requireApiKey } from './require-api-key.js';

/** Mutation.reindex: rebuilds the search index from the graph, as `lessons-graph reindex`. */
export async function reindex(_: unknown, args: MutationReindexArgs, ctx: ApiContext) {
  requireApiKey(ctx);
  const report = await reindexPipeline(ctx.deps, { onlyPending: args.onlyPending ?? false });
  return {
    documents: report.documents,
    insightsIndexed: report.insightsIndexed,
    staleDeleted: report.staleDeleted,
    projectsIndexed: report.projectsIndexed,
    failed: report.failed,
    pendingInGraph: report.pendingInGraph,
  };
}
