import { AppError } from '../../../errors.js';
import { projectsIndexName } from '../../../search/search-index.js';
import { searchProjects as searchProjectsIndex, type ProjectFacet } from '../../../search/search-projects.js';
import { boundedInt, decodeCursor, encodeCursor, MAX_FIRST } from '../../arguments.js';
import type { ApiContext } from '../../context.js';
import { resolveProjectFilter, type ProjectFilterInput } from '../../project-filter.js';

interface SearchProjectsArgs {
  query: string;
  filter?: ProjectFilterInput | null;
  first?: number | null;
  after?: string | null;
}

const MAX_QUERY_LENGTH = 500;

// Facet values that are graph ids get a readable label from the graph; countries are ISO3 in the index.
const LABEL_KEY: Record<ProjectFacet, (value: string) => string> = {
  countries: (value) => `country:${value}`,
  themes: (value) => value,
  donors: (value) => value,
};

/** Query.searchProjects: Meilisearch hits on the projects index, hydrated from the graph through the request's loaders. */
export async function searchProjects(_: unknown, args: SearchProjectsArgs, ctx: ApiContext) {
  const first = boundedInt('first', args.first, 20, 1, MAX_FIRST);
  if (args.query.length > MAX_QUERY_LENGTH) throw new AppError('BAD_USER_INPUT', `query is longer than ${MAX_QUERY_LENGTH} characters.`);
  const offset = decodeCursor(args.after) + 1;
  const filter = await resolveProjectFilter(ctx.reader, args.filter);
  const result = await searchProjectsIndex(ctx.deps.search, projectsIndexName(ctx.deps.config), { query: args.query, filter, offset, limit: first });
  // One query for all hits; a hit whose project left the graph (index behind) is dropped.
  const nodes = await ctx.loaders.byId.Project.loadMany(result.hits.map((hit) => hit.graphId));
  const edges = result.hits.flatMap((hit, index) => {
    const node = nodes[index];
    if (!node || node instanceof Error) return [];
    return [{ cursor: encodeCursor(offset + index), node, score: hit.score, snippet: hit.snippet, highlightedTitle: hit.highlightedTitle }];
  });
  const facet = (name: ProjectFacet) => result.facets[name].map((entry) => ({ value: entry.value, count: entry.count, labelKey: LABEL_KEY[name](entry.value) }));
  return {
    totalHits: result.totalHits,
    edges,
    pageInfo: {
      hasNextPage: offset + result.hits.length < result.totalHits,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    facets: { countries: facet('countries'), themes: facet('themes'), donors: facet('donors') },
    processingTimeMs: result.processingTimeMs,
  };
}
