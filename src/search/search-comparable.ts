import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { isIndexNotFound } from './client.js';
import { toTerms } from '../text/text-similarity.js';
import type { ResolvedInsightFilter } from '../model/filters.js';
import { INSIGHT_FACET_VALUES } from './search-index.js';
import { inList, quoteFilterValue, toSearchEngineError } from './meilisearch-query.js';
import { toMeiliFilter } from './search-insights.js';
import type { InsightSearchDocument } from './to-search-documents.js';

/**
 * The index side of comparable practices: profiles of insights, rarity of themes and actors,
 * and candidates, all read from the `insights` index (one multi-search request per step)
 * instead of scanning the graph.
 */

/**
 * Canonical insights only (TEAM contract). Written `NOT isCanonical = false`, not
 * `isCanonical != false`: Meilisearch 1.21's `!=` matches only documents that have the field,
 * so documents indexed before the field existed would all be left out (checked on 1.21.0).
 */
export const CANONICAL_FILTER = 'NOT isCanonical = false';

/**
 * The filter of canonical insights matching `filter` (dashboards' counts, comparable practices'
 * candidates): a language filter keeps a group of equivalent insights when any of its members is
 * in one of the languages (`groupLanguages`; the canonical insight's own language in a document
 * indexed before the field existed), as the graph's filters do (insight-filter.ts). Filtering the
 * canonical insight's own language left out every group whose canonical member is in another
 * language.
 */
export function toCanonicalFilter(filter: ResolvedInsightFilter, exclude: { evaluations?: readonly string[] } = {}): string[] {
  const parts = [...toMeiliFilter({ ...filter, languages: null }, exclude), CANONICAL_FILTER];
  if (filter.languages?.length) {
    parts.push(`${inList('groupLanguages', filter.languages)} OR (groupLanguages NOT EXISTS AND ${inList('language', filter.languages)})`);
  }
  return parts;
}

/** What comparable practices compare of an insight, as indexed. */
export interface IndexedProfile {
  id: string;
  evaluationId: string;
  projectId: string | null;
  /** `headline. text` */
  text: string;
  language: string | null;
  themes: string[];
  /** `country:ISO3` ids. */
  countries: string[];
  /** Actors named or addressed. */
  actors: string[];
  /** toTerms of `text`. */
  terms: string[];
}

const PROFILE_FIELDS = [
  'graphId',
  'evaluationId',
  'projectId',
  'headline',
  'text',
  'language',
  'themes',
  'countries',
  'namedActors',
  'terms',
  'actors',
  'donors',
];
/**
 * What a candidate is scored on: no text (its terms are precomputed), which halves the answer.
 * Documents indexed before `terms` existed get no text similarity until `reindex`.
 */
const CANDIDATE_FIELDS = ['graphId', 'evaluationId', 'projectId', 'themes', 'countries', 'namedActors', 'terms', 'actors', 'donors'];

type ProfileDocument = Pick<InsightSearchDocument, 'graphId' | 'evaluationId' | 'projectId' | 'themes' | 'countries' | 'actors' | 'donors'> &
  Partial<Pick<InsightSearchDocument, 'headline' | 'text' | 'language' | 'namedActors' | 'terms'>>;

/** A document's profile. Documents indexed before `terms` and `namedActors` existed get them computed (slower, same values but for partners). */
export function toIndexedProfile(doc: ProfileDocument): IndexedProfile {
  const text = doc.headline ? `${doc.headline}. ${doc.text}` : (doc.text ?? '');
  return {
    id: doc.graphId,
    evaluationId: doc.evaluationId,
    projectId: doc.projectId ?? null,
    text,
    language: doc.language ?? null,
    themes: doc.themes ?? [],
    countries: (doc.countries ?? []).map((iso3) => `country:${iso3}`),
    actors: doc.namedActors ?? (doc.actors ?? []).filter((id) => !(doc.donors ?? []).includes(id)),
    terms: doc.terms ?? (doc.text === undefined ? [] : toTerms({ text, language: doc.language ?? null })),
  };
}

async function multiSearch(
  search: Meilisearch,
  queries: MultiSearchQuery[],
): Promise<Array<{ hits: ProfileDocument[]; facetDistribution?: Record<string, Record<string, number>> }> | null> {
  if (queries.length === 0) return [];
  try {
    const { results } = await search.multiSearch<{ queries: MultiSearchQuery[] }, ProfileDocument>({ queries });
    return results.map((result) => ({ hits: result.hits, facetDistribution: result.facetDistribution }));
  } catch (error) {
    // Nothing ingested yet: no index, no profiles.
    if (isIndexNotFound(error)) return null;
    throw toSearchEngineError(error);
  }
}

/** Indexed profiles of one insight (by graph id) or of a project's canonical insights (at most `limit`). */
export async function findIndexedProfiles(
  search: Meilisearch,
  indexUid: string,
  by: { insightId: string } | { projectId: string; limit: number },
): Promise<IndexedProfile[]> {
  const query: MultiSearchQuery =
    'insightId' in by
      ? { indexUid, q: '', filter: [inList('graphId', [by.insightId])], limit: 1, attributesToRetrieve: PROFILE_FIELDS }
      : { indexUid, q: '', filter: [inList('projectId', [by.projectId]), CANONICAL_FILTER], limit: by.limit, attributesToRetrieve: PROFILE_FIELDS };
  const results = await multiSearch(search, [query]);
  return (results?.[0]?.hits ?? []).map(toIndexedProfile);
}

/**
 * How rare themes and actors are among canonical insights: the number of insights and each
 * theme's and named actor's document frequency, from one facet query over the whole index (it
 * does not depend on the source, so it runs beside the source's lookup). An actor missing from
 * a facet list that may be cut (INSIGHT_FACET_VALUES long) is counted on its own by
 * findActorFrequencies.
 */
export async function findDocumentFrequencies(
  search: Meilisearch,
  indexUid: string,
): Promise<{ total: number; df: Map<string, number>; actorsComplete: boolean }> {
  const results = (await multiSearch(search, [{ indexUid, q: '', filter: [CANONICAL_FILTER], facets: ['kind', 'themes', 'namedActors'], limit: 0 }])) ?? [];
  const facets = results[0]?.facetDistribution ?? {};
  const df = new Map<string, number>([...Object.entries(facets.themes ?? {}), ...Object.entries(facets.namedActors ?? {})]);
  const total = Object.values(facets.kind ?? {}).reduce((sum, count) => sum + count, 0);
  return { total, df, actorsComplete: Object.keys(facets.namedActors ?? {}).length < INSIGHT_FACET_VALUES };
}

/** Document frequencies of some actors, one count each (when the global facet list may be cut). */
export async function findActorFrequencies(search: Meilisearch, indexUid: string, actors: readonly string[]): Promise<Map<string, number>> {
  const queries = actors.map((actor) => ({ indexUid, q: '', filter: [CANONICAL_FILTER, inList('namedActors', [actor])], facets: ['kind'], limit: 0 }));
  const results = (await multiSearch(search, queries)) ?? [];
  return new Map(actors.map((actor, index) => [actor, Object.values(results[index]?.facetDistribution?.kind ?? {}).reduce((sum, count) => sum + count, 0)]));
}

export interface CandidateRequest {
  /** The source's rare themes and actors (carried by few insights besides the source's own). */
  rare: string[];
  /** Key words of the source's text (empty: no text query). */
  keyWords: string[];
  themes: string[];
  actors: string[];
  /** The source's countries and their neighbours, `country:ISO3`. */
  countries: string[];
  excludeEvaluations: string[];
  excludeProjects: string[];
  filter: ResolvedInsightFilter;
  /** Candidates sharing a rare theme or actor (in the same or a neighbouring country when the source has countries). */
  rareShared: number;
  /** Candidates sharing anything, most recent first. */
  sharing: number;
  /** Candidates by text. */
  byText: number;
}

/**
 * Candidates from other evaluations and projects, canonical and matching the filter, from up to
 * three searches sent at once: those sharing one of the source's rare themes or actors, in the
 * same or a neighbouring country when the source has countries; any that share a theme, an actor
 * or a country (or a neighbouring one), so a small library is covered whole; and those whose
 * text matches the source's key words. The first two are filters without words (Meilisearch
 * ranks nothing: ~4 ms where ranking profile words took 10-20 ms on the 2,000-summary bench),
 * most recent first; the scoring ranks them. Deduplicated, first seen first.
 */
export async function findCandidateProfiles(search: Meilisearch, indexUid: string, request: CandidateRequest): Promise<IndexedProfile[]> {
  const base = [
    ...toCanonicalFilter(request.filter, { evaluations: request.excludeEvaluations }),
    ...(request.excludeProjects.length > 0 ? [`projectId NOT IN [${request.excludeProjects.map(quoteFilterValue).join(', ')}]`] : []),
  ];
  const countries = request.countries.map((id) => id.replace(/^country:/, ''));
  const rareThemes = request.rare.filter((id) => id.startsWith('theme:'));
  const rareActors = request.rare.filter((id) => !id.startsWith('theme:'));
  const rareShared: string[] = [];
  if (rareThemes.length > 0) rareShared.push(inList('themes', rareThemes));
  if (rareActors.length > 0) rareShared.push(inList('namedActors', rareActors));
  const anyShared: string[] = [];
  if (request.themes.length > 0) anyShared.push(inList('themes', request.themes));
  if (request.actors.length > 0) anyShared.push(inList('namedActors', request.actors));
  if (countries.length > 0) anyShared.push(inList('countries', countries));
  const queries: MultiSearchQuery[] = [];
  if (rareShared.length > 0) {
    const near = countries.length > 0 ? [inList('countries', countries)] : [];
    queries.push({
      indexUid,
      q: '',
      filter: [...base, rareShared, ...near],
      sort: ['year:desc'],
      limit: request.rareShared,
      attributesToRetrieve: CANDIDATE_FIELDS,
    });
  }
  if (anyShared.length > 0) {
    queries.push({ indexUid, q: '', filter: [...base, anyShared], sort: ['year:desc'], limit: request.sharing, attributesToRetrieve: CANDIDATE_FIELDS });
  }
  if (request.keyWords.length > 0) {
    queries.push({
      indexUid,
      q: request.keyWords.join(' '),
      attributesToSearchOn: ['headline', 'text'],
      matchingStrategy: 'frequency',
      filter: base,
      limit: request.byText,
      attributesToRetrieve: CANDIDATE_FIELDS,
    });
  }
  // Separate requests, not one multi-search: Meilisearch answers a multi-search's queries one
  // after the other, separate requests side by side.
  const results = await Promise.all(queries.map(async (query) => (await multiSearch(search, [query]))?.[0]?.hits ?? []));
  const seen = new Set<string>();
  const profiles: IndexedProfile[] = [];
  for (const hits of results) {
    for (const hit of hits) {
      if (seen.has(hit.graphId)) continue;
      seen.add(hit.graphId);
      profiles.push(toIndexedProfile(hit));
    }
  }
  return profiles;
}
