import { MeilisearchRequestError, MeilisearchRequestTimeOutError, type Meilisearch, type RecordAny, type SearchParams, type SearchResponse } from 'meilisearch';
import { AppError } from '../errors.js';
import { isIndexNotFound, searchApiErrorOf } from './client.js';
import { toHighlightHtml } from './highlight.js';

/*
 * What every search of the Meilisearch indexes shares (insights, projects, comparable
 * practices, dashboard facets): filter expressions built from typed values only, one page of
 * hits, facet counts, and client-safe errors.
 */

/** Quotes a value for a Meilisearch filter: double quotes, with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute IN ["a", "b"]` with every value quoted and escaped. */
export function inList(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** The value when it is a safe integer (numbers enter filters only this way); BAD_USER_INPUT otherwise. */
export function integer(name: string, value: number): number {
  if (!Number.isSafeInteger(value)) throw new AppError('BAD_USER_INPUT', `${name} must be an integer (got ${value}).`);
  return value;
}

/** The filter fields the insights and projects indexes share. */
interface PlaceThemeActorFilter {
  /** `country:ISO3` ids; the indexes store the ISO3 codes. */
  countries: readonly string[] | null;
  themes: readonly string[] | null;
  actors: readonly string[] | null;
}

/** The country, theme and actor expressions of a filter, in that order (none for an empty or null list). */
export function placeThemeActorFilter(filter: PlaceThemeActorFilter): string[] {
  const parts: string[] = [];
  if (filter.countries?.length)
    parts.push(
      inList(
        'countries',
        filter.countries.map((id) => id.replace(/^country:/, '')),
      ),
    );
  if (filter.themes?.length) parts.push(inList('themes', filter.themes));
  if (filter.actors?.length) parts.push(inList('actors', filter.actors));
  return parts;
}

/** `attribute >= yearFrom` and `attribute <= yearTo` for the bounds given, each checked to be an integer. */
export function yearBoundsFilter(attribute: string, filter: { yearFrom: number | null; yearTo: number | null }): string[] {
  const parts: string[] = [];
  if (filter.yearFrom !== null) parts.push(`${attribute} >= ${integer('yearFrom', filter.yearFrom)}`);
  if (filter.yearTo !== null) parts.push(`${attribute} <= ${integer('yearTo', filter.yearTo)}`);
  return parts;
}

/**
 * One page of a search, shared by both indexes. Page mode gives an exhaustive totalHits; it
 * needs the offset to fall on a page boundary (always so when following cursors), else
 * offset/limit with Meilisearch's estimate. Null when the index does not exist yet (nothing
 * ingested): an empty answer, not an error.
 */
export async function searchPage<T extends RecordAny>(
  client: Meilisearch,
  indexName: string,
  query: string,
  common: SearchParams,
  window: { offset: number; limit: number },
): Promise<{ response: SearchResponse<T>; totalHits: number } | null> {
  const aligned = window.offset % window.limit === 0;
  const params: SearchParams = aligned
    ? { ...common, hitsPerPage: window.limit, page: window.offset / window.limit + 1 }
    : { ...common, offset: window.offset, limit: window.limit };
  let response: SearchResponse<T>;
  try {
    response = await client.index<T>(indexName).search(query, params);
  } catch (error) {
    if (isIndexNotFound(error)) return null;
    throw toSearchEngineError(error);
  }
  const totalHits = (response as { totalHits?: number }).totalHits ?? (response as { estimatedTotalHits?: number }).estimatedTotalHits ?? response.hits.length;
  return { response, totalHits };
}

/** A formatted text as safe HTML, or null. */
export function nullableHtml(text: string | null | undefined): string | null {
  return typeof text === 'string' ? toHighlightHtml(text) : null;
}

/** A facet's distribution as counts, the largest first (ties by value). */
export function toFacetCounts(distribution: Record<string, number> | undefined): Array<{ value: string; count: number }> {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Client-safe error for a failed Meilisearch call (no URL, key or internals in the message). */
export function toSearchEngineError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  // Meilisearch answered (a bad filter, a missing index): its own error, as before.
  const answered = searchApiErrorOf(error);
  if (answered) return answered;
  if (error instanceof MeilisearchRequestTimeOutError || (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchRequestTimeOutError)) {
    return new AppError('TIMEOUT', 'Meilisearch did not answer in time; retry later.', { cause: error });
  }
  if (error instanceof MeilisearchRequestError) {
    return new AppError('UNAVAILABLE', 'Meilisearch is not reachable; retry later.', { cause: error });
  }
  return error;
}
