import type { Meilisearch, SearchParams } from 'meilisearch';
import type { ResolvedProjectFilter } from '../model/filters.js';
import { MATCH_END, MATCH_START, hasMatch, toHighlightHtml } from './highlight.js';
import { inList, nullableHtml, placeThemeActorFilter, searchPage, toFacetCounts, yearBoundsFilter } from './meilisearch-query.js';

/** The facets `searchProjects` counts, as attributes of the `projects` index (to-project-search-documents.ts). */
export const PROJECT_FACETS = ['countries', 'themes', 'donors'] as const;
export type ProjectFacet = (typeof PROJECT_FACETS)[number];

export interface ProjectSearchOptions {
  /** The user's words (empty lists every project matching the filter). */
  query: string;
  filter: ResolvedProjectFilter;
  /** 0-based position of the first hit wanted. */
  offset: number;
  limit: number;
}

export interface ProjectHit {
  /** The Project node's id. */
  graphId: string;
  /** Ranking score in [0, 1]. */
  score: number;
  /** The best matching text of the project (objective, else title) as HTML: escaped, matches wrapped in <mark> (highlight.ts). */
  snippet: string;
  /** Title as HTML, matches wrapped in <mark>, or null. */
  highlightedTitle: string | null;
}

export interface ProjectSearchResult {
  hits: ProjectHit[];
  /** Exhaustive count when the page is aligned on `limit`, Meilisearch's estimate otherwise. */
  totalHits: number;
  facets: Record<ProjectFacet, Array<{ value: string; count: number }>>;
  processingTimeMs: number;
}

/**
 * Builds the Meilisearch filter (an AND of expressions) from typed values only, with the
 * shared quoting helpers (meilisearch-query.ts): every string quoted and escaped, every number checked.
 * `years` is a list: a year bound holds when one of the project's evaluation years meets it.
 */
export function toProjectMeiliFilter(filter: ResolvedProjectFilter): string[] {
  const parts = placeThemeActorFilter(filter);
  if (filter.donors?.length) parts.push(inList('donors', filter.donors));
  parts.push(...yearBoundsFilter('years', filter));
  return parts;
}

interface IndexedProject {
  graphId: string;
  title: string | null;
  objective: string | null;
}

/**
 * Searches the projects index: hits with score and highlighted snippet, facet counts, total.
 * A missing index (nothing ingested yet) gives an empty result; an unreachable or slow
 * Meilisearch gives AppError UNAVAILABLE / TIMEOUT.
 */
export async function searchProjects(client: Meilisearch, indexName: string, options: ProjectSearchOptions): Promise<ProjectSearchResult> {
  const filter = toProjectMeiliFilter(options.filter);
  const common: SearchParams = {
    filter: filter.length > 0 ? filter : undefined,
    facets: [...PROJECT_FACETS],
    attributesToRetrieve: ['graphId', 'title', 'objective'],
    attributesToHighlight: ['title', 'objective'],
    attributesToCrop: ['objective'],
    cropLength: 40,
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
    showRankingScore: true,
    matchingStrategy: 'last',
  };
  const page = await searchPage<IndexedProject>(client, indexName, options.query, common, options);
  if (page === null) return { hits: [], totalHits: 0, facets: { countries: [], themes: [], donors: [] }, processingTimeMs: 0 };
  const { response, totalHits } = page;
  const facets: ProjectSearchResult['facets'] = { countries: [], themes: [], donors: [] };
  for (const facet of PROJECT_FACETS) {
    facets[facet] = toFacetCounts(response.facetDistribution?.[facet]);
  }
  return {
    hits: response.hits.map((hit) => {
      const title = typeof hit._formatted?.title === 'string' ? hit._formatted.title : hit.title;
      const objective = typeof hit._formatted?.objective === 'string' ? hit._formatted.objective : hit.objective;
      // The objective is the longer text; when only the title matched, the title says why it is a hit.
      const snippet = hasMatch(objective) || !hasMatch(title) ? (objective ?? title ?? '') : (title ?? '');
      return { graphId: hit.graphId, score: hit._rankingScore ?? 0, snippet: toHighlightHtml(snippet), highlightedTitle: nullableHtml(title) };
    }),
    totalHits,
    facets,
    processingTimeMs: response.processingTimeMs,
  };
}
