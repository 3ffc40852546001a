import type { InsightKind } from './records.js';

/**
 * The filters of searches, lists and dashboards once validated and resolved (country codes to
 * `country:ISO3` ids): the graph's Cypher conditions (graph/queries/insight-filter.ts) and the
 * index's Meilisearch filters (search/) are both built from these. Lists are ORs; fields are
 * ANDed; null means "no condition".
 */
export interface ResolvedInsightFilter {
  kinds: InsightKind[] | null;
  /** `country:ISO3` ids. */
  countries: string[] | null;
  themes: string[] | null;
  actors: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  languages: string[] | null;
}

/** The insight filter that keeps every insight. */
export const NO_FILTER: ResolvedInsightFilter = {
  kinds: null,
  countries: null,
  themes: null,
  actors: null,
  yearFrom: null,
  yearTo: null,
  languages: null,
};

/** A validated project filter. Lists are ORs; fields are ANDed; null means "no condition". */
export interface ResolvedProjectFilter {
  /** `country:ISO3` ids. */
  countries: string[] | null;
  /** Theme ids (themes of the project's insights). */
  themes: string[] | null;
  /** Actor ids, donor or partner. */
  actors: string[] | null;
  /** Donor actor ids. */
  donors: string[] | null;
  /** Some evaluation of the project completed in or after this year. */
  yearFrom: number | null;
  /** Some evaluation of the project completed in or before this year. */
  yearTo: number | null;
}

/** The project filter that keeps every project. */
export const NO_PROJECT_FILTER: ResolvedProjectFilter = { countries: null, themes: null, actors: null, donors: null, yearFrom: null, yearTo: null };

/**
 * A filter as a client gives it, before validation: every field optional, null or absent for
 * "no condition", country codes in any form (ISO3, ISO2 or `country:` id, any case). The
 * schema's InsightFilter and ProjectFilter inputs have these shapes.
 */
export type FilterInput<Resolved> = { [Field in keyof Resolved]?: Resolved[Field] | null };

/** The schema's InsightFilter input. */
export type InsightFilterInput = FilterInput<ResolvedInsightFilter>;

/** The schema's ProjectFilter input. */
export type ProjectFilterInput = FilterInput<ResolvedProjectFilter>;
