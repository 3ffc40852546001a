import type { GraphQLResolveInfo } from 'graphql';
import { findComparablePractices } from '../../../comparable/find-comparable-practices.js';
import { resolveInsightFilter } from '../../../graph/queries/resolve-filter.js';
import { boundedInt, MAX_FIRST } from '../../arguments.js';
import type { ApiContext } from '../../context.js';
import { prefetchInsightRelations, propertiesSelectedOn } from '../../page-prefetch.js';
import { PROJECT_FIELD_PROPERTIES } from '../types/Project.js';
import type { QueryComparablePracticesArgs } from '../../generated/resolvers-types.js';

/** Query.comparablePractices: ranked insights of other projects, with reasons. */
export async function comparablePractices(_: unknown, args: QueryComparablePracticesArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  const first = boundedInt('first', args.first, 10, 1, MAX_FIRST);
  const filter = await resolveInsightFilter(ctx.reader, args.filter);
  const results = await findComparablePractices(
    { reader: ctx.reader, search: ctx.deps.search, config: ctx.deps.config },
    { insightId: args.insightId, projectCode: args.projectCode, text: args.text, filter, first },
  );
  const ids = results.map((result) => result.insightId);
  prefetchInsightRelations(info, ['insight'], ctx, ids, propertiesSelectedOn(info, 'Project', PROJECT_FIELD_PROPERTIES));
  const nodes = await ctx.loaders.byId.Insight.loadMany(ids);
  // An insight that could not be loaded (Neo4j down) fails the answer rather than shortening it.
  const failed = nodes.find((node): node is Error => node instanceof Error);
  if (failed) throw failed;
  return results.flatMap((result, index) => {
    const node = nodes[index];
    return node && !(node instanceof Error) ? [{ insight: node, score: result.score, reasons: result.reasons }] : [];
  });
}
