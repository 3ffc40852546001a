import type { Meilisearch, SearchParams } from 'meilisearch';
import { MATCH_END, MATCH_START, toHighlightHtml } from './highlight.js';
import { inList, nullableHtml, placeThemeActorFilter, quoteFilterValue, searchPage, toFacetCounts, yearBoundsFilter } from './meilisearch-query.js';
import type { ResolvedInsightFilter } from '../model/filters.js';

/** The facets `search` counts, as attributes of the `insights` index (to-search-documents.ts). */
export const INSIGHT_FACETS = ['kind', 'countries', 'themes', 'actors', 'year', 'language'] as const;
export type InsightFacet = (typeof INSIGHT_FACETS)[number];

/** Most values `search` returns per facet (the index lists more, for the dashboards). */
export const SEARCH_FACET_VALUES = 500;

export interface InsightSearchOptions {
  /** The user's words (empty lists everything matching the filter). */
  query: string;
  filter: ResolvedInsightFilter;
  /** 0-based position of the first hit wanted. */
  offset: number;
  limit: number;
  /** How Meilisearch treats queries whose words do not all match (`last` drops words from the end). */
  matchingStrategy?: 'last' | 'all' | 'frequency';
  /** Ids of insights to leave out (`graphId NOT IN [...]`). */
  excludeIds?: readonly string[];
  /** Also leave out these evaluations (comparable practices never return the source's own). */
  excludeEvaluations?: readonly string[];
  /** Count facets (costs a little; comparable practices do not need them). */
  withFacets?: boolean;
}

export interface InsightHit {
  /** The Insight node's id. */
  graphId: string;
  /** Ranking score in [0, 1]. */
  score: number;
  /** Cropped text around the matches as HTML: escaped, matches wrapped in <mark> (highlight.ts). */
  snippet: string;
  /** Headline as HTML, matches wrapped in <mark>, or null. */
  highlightedHeadline: string | null;
  /** The insight's own fields from the index, which mirrors the graph (a page asking only for these needs no graph query). */
  fields: IndexedInsightFields;
}

export interface InsightSearchResult {
  hits: InsightHit[];
  /** Exhaustive count when the page is aligned on `limit`, Meilisearch's estimate otherwise. */
  totalHits: number;
  facets: Record<InsightFacet, Array<{ value: string; count: number }>>;
  processingTimeMs: number;
}

/**
 * Builds the Meilisearch filter (an AND of expressions) from typed values only: every string
 * is quoted and escaped, every number checked to be an integer. Never raw user text.
 */
export function toMeiliFilter(filter: ResolvedInsightFilter, exclude: { ids?: readonly string[]; evaluations?: readonly string[] } = {}): string[] {
  const parts: string[] = [];
  if (filter.kinds?.length) parts.push(inList('kind', filter.kinds));
  parts.push(...placeThemeActorFilter(filter));
  if (filter.languages?.length) parts.push(inList('language', filter.languages));
  parts.push(...yearBoundsFilter('year', filter));
  if (exclude.ids?.length) parts.push(`graphId NOT IN [${exclude.ids.map(quoteFilterValue).join(', ')}]`);
  if (exclude.evaluations?.length) parts.push(`evaluationId NOT IN [${exclude.evaluations.map(quoteFilterValue).join(', ')}]`);
  return parts;
}

/** The Insight node's own fields as the index holds them (the graph's property names). */
export interface IndexedInsightFields {
  kind: string;
  headline: string | null;
  text: string;
  language: string | null;
  year: number | null;
}

interface IndexedInsight extends IndexedInsightFields {
  graphId: string;
}

/**
 * Searches the insights index: hits with score and highlighted snippet, facet counts, total.
 * A missing index (nothing ingested yet) gives an empty result; an unreachable or slow
 * Meilisearch gives AppError UNAVAILABLE / TIMEOUT.
 */
export async function searchInsights(client: Meilisearch, indexName: string, options: InsightSearchOptions): Promise<InsightSearchResult> {
  const filter = toMeiliFilter(options.filter, { ids: options.excludeIds, evaluations: options.excludeEvaluations });
  const common: SearchParams = {
    filter: filter.length > 0 ? filter : undefined,
    facets: options.withFacets === false ? undefined : [...INSIGHT_FACETS],
    attributesToRetrieve: ['graphId', 'kind', 'headline', 'text', 'language', 'year'],
    attributesToHighlight: ['headline', 'text'],
    attributesToCrop: ['text'],
    cropLength: 40,
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
    showRankingScore: true,
    matchingStrategy: options.matchingStrategy ?? 'last',
  };
  const page = await searchPage<IndexedInsight>(client, indexName, options.query, common, options);
  if (page === null) return { hits: [], totalHits: 0, facets: emptyFacets(), processingTimeMs: 0 };
  const { response, totalHits } = page;
  const facets = emptyFacets();
  for (const facet of INSIGHT_FACETS) {
    facets[facet] = toFacetCounts(response.facetDistribution?.[facet]).slice(0, SEARCH_FACET_VALUES);
  }
  return {
    hits: response.hits.map((hit) => ({
      graphId: hit.graphId,
      score: hit._rankingScore ?? 0,
      snippet: toHighlightHtml(typeof hit._formatted?.text === 'string' ? hit._formatted.text : hit.text),
      highlightedHeadline: nullableHtml(typeof hit._formatted?.headline === 'string' ? hit._formatted.headline : hit.headline),
      fields: { kind: hit.kind, headline: hit.headline ?? null, text: hit.text, language: hit.language ?? null, year: hit.year ?? null },
    })),
    totalHits,
    facets,
    processingTimeMs: response.processingTimeMs,
  };
}

function emptyFacets(): InsightSearchResult['facets'] {
  return { kind: [], countries: [], themes: [], actors: [], year: [], language: [] };
}
