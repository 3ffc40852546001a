import { MeilisearchApiError, type Meilisearch, type MultiSearchQuery } from 'meilisearch';
import { toTerms } from '../comparable/text-similarity.js';
import type { ResolvedInsightFilter } from '../graph/queries/insight-filter.js';
import { inList, quoteFilterValue, toMeiliFilter, toSearchEngineError } from './search-insights.js';
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

const PROFILE_FIELDS = ['graphId', 'evaluationId', 'projectId', 'headline', 'text', 'language', 'themes', 'countries', 'namedActors', 'terms', 'actors', 'donors'];

type ProfileDocument = Pick<InsightSearchDocument, 'graphId' | 'evaluationId' | 'projectId' | 'headline' | 'text' | 'language' | 'themes' | 'countries' | 'actors' | 'donors'> &
  Partial<Pick<InsightSearchDocument, 'namedActors' | 'terms'>>;

/** A document's profile. Documents indexed before `terms` and `namedActors` existed get them computed (slower, same values but for partners). */
export function toIndexedProfile(doc: ProfileDocument): IndexedProfile {
  const text = doc.headline ? `${doc.headline}. ${doc.text}` : doc.text;
  return {
    id: doc.graphId,
    evaluationId: doc.evaluationId,
    projectId: doc.projectId ?? null,
    text,
    language: doc.language ?? null,
    themes: doc.themes ?? [],
    countries: (doc.countries ?? []).map((iso3) => `country:${iso3}`),
    actors: doc.namedActors ?? (doc.actors ?? []).filter((id) => !(doc.donors ?? []).includes(id)),
    terms: doc.terms ?? toTerms({ text, language: doc.language ?? null }),
  };
}

async function multiSearch(search: Meilisearch, queries: MultiSearchQuery[]): Promise<Array<{ hits: ProfileDocument[]; facetDistribution?: Record<string, Record<string, number>> }> | null> {
  if (queries.length === 0) return [];
  try {
    const { results } = await search.multiSearch<{ queries: MultiSearchQuery[] }, ProfileDocument>({ queries });
    return results.map((result) => ({ hits: result.hits, facetDistribution: result.facetDistribution }));
  } catch (error) {
    // Nothing ingested yet: no index, no profiles.
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return null;
    throw toSearchEngineError(error);
  }
}

/** Indexed profiles of one insight (by graph id) or of a project's canonical insights (at most `limit`). */
export async function findIndexedProfiles(search: Meilisearch, indexUid: string, by: { insightId: string } | { projectId: string; limit: number }): Promise<IndexedProfile[]> {
  const query: MultiSearchQuery =
    'insightId' in by
      ? { indexUid, q: '', filter: [inList('graphId', [by.insightId])], limit: 1, attributesToRetrieve: PROFILE_FIELDS }
      : { indexUid, q: '', filter: [inList('projectId', [by.projectId]), CANONICAL_FILTER], limit: by.limit, attributesToRetrieve: PROFILE_FIELDS };
  const results = await multiSearch(search, [query]);
  return (results?.[0]?.hits ?? []).map(toIndexedProfile);
}

/**
 * How rare themes and actors are among canonical insights: the number of insights and each
 * one's document frequency, from facet counts (one request: the themes facet over everything,
 * and one count per actor, as actors are too many for one facet list).
 */
export async function findDocumentFrequencies(search: Meilisearch, indexUid: string, themes: readonly string[], actors: readonly string[]): Promise<{ total: number; df: Map<string, number> }> {
  const queries: MultiSearchQuery[] = [
    { indexUid, q: '', filter: [CANONICAL_FILTER], facets: ['kind', 'themes'], limit: 0 },
    ...actors.map((actor) => ({ indexUid, q: '', filter: [CANONICAL_FILTER, inList('namedActors', [actor])], facets: ['kind'], limit: 0 })),
  ];
  const results = (await multiSearch(search, queries)) ?? [];
  const sum = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((total, count) => total + count, 0);
  const df = new Map<string, number>();
  const overall = results[0]?.facetDistribution;
  for (const theme of themes) df.set(theme, overall?.themes?.[theme] ?? 0);
  actors.forEach((actor, index) => df.set(actor, sum(results[index + 1]?.facetDistribution?.kind)));
  return { total: sum(overall?.kind), df };
}

export interface CandidateRequest {
  /** Profile words of the source's rarest themes, actors and countries (at most 10 are read). */
  profileWords: string[];
  /** Key words of the source's text (empty: no text query). */
  keyWords: string[];
  themes: string[];
  actors: string[];
  /** The source's countries and their neighbours, `country:ISO3`. */
  countries: string[];
  excludeEvaluations: string[];
  excludeProjects: string[];
  filter: ResolvedInsightFilter;
  /** Candidates ranked by what they share. */
  ranked: number;
  /** Candidates sharing anything, most recent first. */
  sharing: number;
  /** Candidates by text. */
  byText: number;
}

/**
 * Candidates from other evaluations and projects, canonical and matching the filter, in one
 * request of three searches: those sharing most of the source's rarest themes, actors and
 * countries (Meilisearch ranks by matched profile words, dropping the most frequent first);
 * any that share a theme, an actor or a country (or a neighbouring one), most recent first, so
 * a small library is covered whole; and those whose text matches the source's key words.
 * Deduplicated, first seen first.
 */
export async function findCandidateProfiles(search: Meilisearch, indexUid: string, request: CandidateRequest): Promise<IndexedProfile[]> {
  const base = [
    ...toMeiliFilter(request.filter, { evaluations: request.excludeEvaluations }),
    CANONICAL_FILTER,
    ...(request.excludeProjects.length > 0 ? [`projectId NOT IN [${request.excludeProjects.map(quoteFilterValue).join(', ')}]`] : []),
  ];
  const anyShared: string[] = [];
  if (request.themes.length > 0) anyShared.push(inList('themes', request.themes));
  if (request.actors.length > 0) anyShared.push(inList('namedActors', request.actors));
  if (request.countries.length > 0) anyShared.push(inList('countries', request.countries.map((id) => id.replace(/^country:/, ''))));
  const queries: MultiSearchQuery[] = [];
  if (request.profileWords.length > 0) {
    queries.push({ indexUid, q: request.profileWords.join(' '), attributesToSearchOn: ['profile'], matchingStrategy: 'frequency', filter: base, limit: request.ranked, attributesToRetrieve: PROFILE_FIELDS });
  }
  if (anyShared.length > 0) {
    queries.push({ indexUid, q: '', filter: [...base, anyShared], sort: ['year:desc'], limit: request.sharing, attributesToRetrieve: PROFILE_FIELDS });
  }
  if (request.keyWords.length > 0) {
    queries.push({ indexUid, q: request.keyWords.join(' '), matchingStrategy: 'frequency', filter: base, limit: request.byText, attributesToRetrieve: PROFILE_FIELDS });
  }
  const results = (await multiSearch(search, queries)) ?? [];
  const seen = new Set<string>();
  const profiles: IndexedProfile[] = [];
  for (const result of results) {
    for (const hit of result.hits) {
      if (seen.has(hit.graphId)) continue;
      seen.add(hit.graphId);
      profiles.push(toIndexedProfile(hit));
    }
  }
  return profiles;
}
