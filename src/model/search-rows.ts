/**
 * The rows the graph hands to the search index: graph/statements/ reads them
 * (search-rows-query.ts, project-search-rows-query.ts) and search/ maps them to index documents
 * (to-search-documents.ts, to-project-search-documents.ts). The contract between the two.
 */

/**
 * What the index needs of one insight, read from the graph (the source of truth): the insight,
 * its evaluation and project, and the ids and names of everything it links to. Ingest and
 * reindex both build search documents from these rows, so the index is always a function of
 * the graph. Lists come sorted by id: the same graph gives byte-identical documents.
 */
export interface InsightSearchRow {
  insight: {
    id: string;
    kind: string;
    headline: string | null;
    text: string;
    language: string | null;
    section: string | null;
    ordinal: number | null;
    year: number | null;
    /** The canonical insight of its group of equivalent insights (itself when alone); null when written before groups existed. */
    canonicalId?: string | null;
    /** Null when written before groups existed (then it counts as canonical). */
    isCanonical?: boolean | null;
    /** The languages of its group of equivalent insights when it is the canonical one of two or more; null otherwise. */
    groupLanguages?: string[] | null;
  };
  documentId: string;
  evaluation: { id: string; title: string | null; timing: string | null; year: number | null };
  project: { id: string; code: string | null; title: string | null } | null;
  projectCountries: CountryRow[];
  projectPlaces: PlaceRow[];
  donors: ActorRow[];
  partners: ActorRow[];
  mentionedCountries: CountryRow[];
  mentionedPlaces: PlaceRow[];
  mentionedActors: ActorRow[];
  addressees: ActorRow[];
  themes: ThemeRow[];
}

/** A country as the search rows give it. */
export interface CountryRow {
  id: string;
  iso3: string | null;
  name: string | null;
  nameFr: string | null;
  nameEs: string | null;
}
/** A place as the search rows give it (`country`: its country's id). */
export interface PlaceRow {
  id: string;
  name: string | null;
  aliases: string[] | null;
  country: string | null;
}
/** An organisation, person or stakeholder group as the search rows give it. */
export interface ActorRow {
  id: string;
  name: string | null;
  acronym: string | null;
  aliases: string[] | null;
}
/** A theme as the search rows give it, with its French and Spanish labels. */
export interface ThemeRow {
  id: string;
  label: string | null;
  labelFr: string | null;
  labelEs: string | null;
}

/**
 * What the `projects` index needs of one project, read from the graph (the source of truth):
 * its own properties, countries, places, donors and partners, the themes of its insights, its
 * evaluations and its insight counts by kind (canonical insights only: a recommendation in the
 * French and English summaries counts once). Only projects that at least one evaluation
 * evaluates have a row: a project whose last evaluation was removed leaves the index. Lists
 * come sorted, so the same graph gives byte-identical documents.
 */
export interface ProjectSearchRow {
  project: {
    id: string;
    code: string | null;
    title: string | null;
    objective: string | null;
    outcomes: string[] | null;
  };
  countries: CountryRow[];
  places: PlaceRow[];
  donors: ActorRow[];
  partners: ActorRow[];
  themes: ThemeRow[];
  evaluations: { id: string; timing: string | null; year: number | null }[];
  insightCounts: { kind: string; count: number }[];
}
