import { projectsIndexName } from '../../../search/search-index.js';
import { searchProjects as searchProjectsIndex, type ProjectFacet } from '../../../search/search-projects.js';
import type { ApiContext } from '../../context.js';
import type { QuerySearchProjectsArgs } from '../../generated/resolvers-types.js';
import { readSearchWindow, toSearchConnection } from '../../search-connection.js';
import { resolveProjectFilter } from '../../../graph/queries/resolve-filter.js';

// Facet values that are graph ids get a readable label from the graph; countries are ISO3 in the index.
const LABEL_KEY: Record<ProjectFacet, (value: string) => string> = {
  countries: (value) => `country:${value}`,
  themes: (value) => value,
  donors: (value) => value,
};

/** Query.searchProjects: Meilisearch hits on the projects index, hydrated from the graph through the request's loaders. */
export async function searchProjects(_: unknown, args: QuerySearchProjectsArgs, ctx: ApiContext) {
  const window = readSearchWindow(args);
  const filter = await resolveProjectFilter(ctx.reader, args.filter);
  const result = await searchProjectsIndex(ctx.deps.search, projectsIndexName(ctx.deps.config), { query: args.query, filter, ...window });
  // One query for all hits.
  const nodes = await ctx.loaders.byId.Project.loadMany(result.hits.map((hit) => hit.graphId));
  const facet = (name: ProjectFacet) =>
    result.facets[name].map((entry) => ({ value: entry.value, count: entry.count, labelKey: LABEL_KEY[name](entry.value) }));
  const edgeFields = (hit: (typeof result.hits)[number]) => ({ score: hit.score, snippet: hit.snippet, highlightedTitle: hit.highlightedTitle });
  const onMissing = (positions: number[]) =>
    ctx.deps.logger.warn(
      { positions, query: args.query.slice(0, 100) },
      'search hits whose project the graph no longer has were left out; run `lessons-graph reindex`',
    );
  return {
    ...toSearchConnection(result.hits, nodes, window, result.totalHits, edgeFields, onMissing),
    facets: { countries: facet('countries'), themes: facet('themes'), donors: facet('donors') },
    processingTimeMs: result.processingTimeMs,
  };
}
