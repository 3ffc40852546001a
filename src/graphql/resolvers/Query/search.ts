import { AppError } from '../../../errors.js';
import { insightsIndexName } from '../../../search/search-index.js';
import { searchInsights, type InsightFacet } from '../../../search/search-insights.js';
import { boundedInt, decodeCursor, encodeCursor, MAX_FIRST, resolveInsightFilter, type InsightFilterInput } from '../../arguments.js';
import type { ApiContext } from '../../context.js';

interface SearchArgs {
  query: string;
  filter?: InsightFilterInput | null;
  first?: number | null;
  after?: string | null;
}

const MAX_QUERY_LENGTH = 500;

// Facet values that are graph ids get a readable label from the graph; countries are ISO3 in the index.
const LABEL_KEY: Record<InsightFacet, ((value: string) => string) | null> = {
  kind: null,
  countries: (value) => `country:${value}`,
  themes: (value) => value,
  actors: (value) => value,
  year: null,
  language: null,
};

/** Query.search: Meilisearch hits, hydrated from the graph through the request's loaders. */
export async function search(_: unknown, args: SearchArgs, ctx: ApiContext) {
  const first = boundedInt('first', args.first, 20, 1, MAX_FIRST);
  if (args.query.length > MAX_QUERY_LENGTH) throw new AppError('BAD_USER_INPUT', `query is longer than ${MAX_QUERY_LENGTH} characters.`);
  const offset = decodeCursor(args.after) + 1;
  const filter = await resolveInsightFilter(ctx.reader, args.filter);
  const result = await searchInsights(ctx.deps.search, insightsIndexName(ctx.deps.config), { query: args.query, filter, offset, limit: first });
  // One query for all hits; a hit whose insight left the graph (index behind) is dropped.
  const nodes = await ctx.loaders.byId.Insight.loadMany(result.hits.map((hit) => hit.graphId));
  const edges = result.hits.flatMap((hit, index) => {
    const node = nodes[index];
    if (!node || node instanceof Error) return [];
    return [{ cursor: encodeCursor(offset + index), node, score: hit.score, snippet: hit.snippet, highlightedHeadline: hit.highlightedHeadline }];
  });
  const facet = (name: InsightFacet) =>
    result.facets[name].map((entry) => ({ value: entry.value, count: entry.count, labelKey: LABEL_KEY[name]?.(entry.value) ?? null }));
  return {
    totalHits: result.totalHits,
    edges,
    pageInfo: {
      hasNextPage: offset + result.hits.length < result.totalHits,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    facets: {
      kinds: facet('kind'),
      countries: facet('countries'),
      themes: facet('themes'),
      actors: facet('actors'),
      years: facet('year'),
      languages: facet('language'),
    },
    processingTimeMs: result.processingTimeMs,
  };
}
