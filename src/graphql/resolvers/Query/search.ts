import type { GraphQLResolveInfo } from 'graphql';
import { insightsIndexName } from '../../../search/search-index.js';
import { searchInsights, type InsightFacet } from '../../../search/search-insights.js';
import { resolveInsightFilter } from '../../../graph/queries/resolve-filter.js';
import type { ApiContext } from '../../context.js';
import type { QuerySearchArgs } from '../../generated/resolvers-types.js';
import { readSearchWindow, toSearchConnection } from '../../search-connection.js';
import { prefetchInsightRelations, propertiesSelectedOn } from '../../page-prefetch.js';
import { PROJECT_FIELD_PROPERTIES } from '../types/Project.js';
import { selectedFields } from '../../selected-fields.js';

/**
 * Insight fields a hit can be resolved from without loading its node: those the index holds
 * with the graph's values, and the relations, which their loaders fetch by the insight's id.
 * A page asking only for these costs no node query (as much again as the search itself); any
 * other field (source, the structured fields) loads the nodes from the graph.
 */
const FROM_HIT_FIELDS = new Set([
  '__typename',
  'id',
  'kind',
  'headline',
  'text',
  'language',
  'year',
  'evaluation',
  'project',
  'countries',
  'themes',
  'mentions',
  'addressees',
]);

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
export async function search(_: unknown, args: QuerySearchArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  const window = readSearchWindow(args);
  const filter = await resolveInsightFilter(ctx.reader, args.filter);
  const result = await searchInsights(ctx.deps.search, insightsIndexName(ctx.deps.config), { query: args.query, filter, ...window });
  const fromIndex = [...selectedFields(info, ['edges', 'node'])].every((field) => FROM_HIT_FIELDS.has(field));
  const ids = result.hits.map((hit) => hit.graphId);
  prefetchInsightRelations(info, ['edges', 'node'], ctx, ids, propertiesSelectedOn(info, 'Project', PROJECT_FIELD_PROPERTIES));
  // Otherwise one query for all hits.
  const nodes = fromIndex ? result.hits.map((hit) => ({ id: hit.graphId, ...hit.fields })) : await ctx.loaders.byId.Insight.loadMany(ids);
  const facet = (name: InsightFacet) =>
    result.facets[name].map((entry) => ({ value: entry.value, count: entry.count, labelKey: LABEL_KEY[name]?.(entry.value) ?? null }));
  const edgeFields = (hit: (typeof result.hits)[number]) => ({ score: hit.score, snippet: hit.snippet, highlightedHeadline: hit.highlightedHeadline });
  const onMissing = (positions: number[]) =>
    ctx.deps.logger.warn(
      { positions, query: args.query.slice(0, 100) },
      'search hits whose insight the graph no longer has were left out; run `lessons-graph reindex`',
    );
  return {
    ...toSearchConnection(result.hits, nodes, window, result.totalHits, edgeFields, onMissing),
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
