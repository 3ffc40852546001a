import { toTerms } from '../text/text-similarity.js';
import { toSearchId } from '../model/ids.js';
import type { ActorRow, InsightSearchRow } from '../model/search-rows.js';
import { unique } from '../util/unique-by.js';

/**
 * One hit of the `insights` index: what the API's `search` reads. Ids are graph ids except
 * `id` (Meilisearch allows only [A-Za-z0-9_-]); `graphId` is the node's id in Neo4j.
 */
export interface InsightSearchDocument {
  /** Meilisearch primary key: the graph id with `:` replaced (`insight_0123abcd...`). */
  id: string;
  /** The Insight node's id (`insight:0123abcd...`). */
  graphId: string;
  /** `Document` node id the insight comes from. */
  documentId: string;
  kind: 'FINDING' | 'RECOMMENDATION' | 'LESSON_LEARNED' | 'GOOD_PRACTICE';
  headline: string | null;
  text: string;
  /** ISO 639-1 of the insight's text. */
  language: string | null;
  /** Year the evaluation was completed. */
  year: number | null;
  evaluationId: string;
  evaluationTitle: string | null;
  /** MIDTERM, FINAL, ... */
  timing: string | null;
  projectId: string | null;
  projectCode: string | null;
  projectTitle: string | null;
  /** ISO3 codes: the project's countries, then those the insight mentions (and the countries of its places). */
  countries: string[];
  /** English, French and Spanish names of `countries`. */
  countryNames: string[];
  /** Place ids (`place:mli-gossi`): the project's places and those the insight mentions. */
  places: string[];
  /** Place names and spellings. */
  placeNames: string[];
  /** Theme ids. */
  themes: string[];
  /** Theme labels, English and French (and Spanish where the vocabulary has one). */
  themeLabels: string[];
  /** Actor ids: mentioned, addressed, and the project's donors and partners. */
  actors: string[];
  /** Names, acronyms and aliases of `actors`. */
  actorNames: string[];
  /** Donor actor ids of the project. */
  donors: string[];
  /** Recommendations: addressee actor ids. */
  addressees: string[];
  /** Recommendations: addressee names as stored. */
  addresseeNames: string[];
  /** Heading of the source section. */
  section: string | null;
  /** 1-based position in its section. */
  ordinal: number | null;
  /**
   * Actor ids the insight names or is addressed to (not its project's donors and partners):
   * the actors comparable practices compare.
   */
  namedActors: string[];
  /**
   * The evidence map's cells the insight counts in: `<theme id>|<ISO3>` for each theme and each
   * country (faceted: one facet query gives the whole theme x country matrix).
   */
  themeCountries: string[];
  /**
   * Stemmed, accent-folded terms of `headline. text` in order, repeats kept (text-similarity's
   * toTerms): comparable practices compute TF-IDF from them instead of stemming candidates on
   * every request (~1 ms of Porter stemming per insight).
   */
  terms: string[];
  /**
   * The canonical insight of its group of equivalent insights (the same recommendation in the
   * French and English summaries, docs/graph.md): its own graph id when alone or canonical.
   */
  canonicalId: string;
  /** False for an insight that repeats another (counts and rankings filter `NOT isCanonical = false`). */
  isCanonical: boolean;
  /**
   * The languages of its group of equivalent insights (its own alone): what a dashboard filtered
   * on a language reads of a canonical insight, so the group counts in every language it has.
   */
  groupLanguages: string[];
}

/** The values in first-seen order, without nulls, blanks and repeats (shared by both index mappings). */
export function uniquePresent<T>(values: readonly (T | null | undefined)[]): T[] {
  return unique(values.filter((value): value is T => value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')));
}

/** Every name an actor is searched by: name, acronym, aliases. */
export const actorNames = (a: ActorRow) => [a.name, a.acronym, ...(a.aliases ?? [])];
/** A place's country when it is an ISO3 code. */
export const iso3FromPlace = (country: string | null) => (country && /^[A-Z]{3}$/.test(country) ? country : null);

/** Maps graph rows to index documents. Pure; the order of list fields is stable (project first, then mentions). */
export function toInsightSearchDocument(row: InsightSearchRow): InsightSearchDocument {
  const countries = [...row.projectCountries, ...row.mentionedCountries];
  const places = [...row.projectPlaces, ...row.mentionedPlaces];
  const actors = [...row.mentionedActors, ...row.addressees, ...row.donors, ...row.partners];
  // The countries an insight concerns, as the graph's queries read them (stats, filters, the
  // Insight.countries field): its project's, those it names and those of the places it names.
  // Not the countries of its project's places.
  const countryCodes = uniquePresent([
    ...countries.map((c) => c.iso3 ?? c.id.replace(/^country:/, '')),
    ...row.mentionedPlaces.map((p) => iso3FromPlace(p.country)),
  ]);
  const themes = uniquePresent(row.themes.map((t) => t.id));
  const namedActors = uniquePresent([...row.mentionedActors, ...row.addressees].map((a) => a.id));
  return {
    id: toSearchId(row.insight.id),
    graphId: row.insight.id,
    documentId: row.documentId,
    kind: row.insight.kind as InsightSearchDocument['kind'],
    headline: row.insight.headline,
    text: row.insight.text,
    language: row.insight.language,
    year: row.insight.year ?? row.evaluation.year,
    evaluationId: row.evaluation.id,
    evaluationTitle: row.evaluation.title,
    timing: row.evaluation.timing,
    projectId: row.project?.id ?? null,
    projectCode: row.project?.code ?? null,
    projectTitle: row.project?.title ?? null,
    countries: countryCodes,
    countryNames: uniquePresent(countries.flatMap((c) => [c.name, c.nameFr, c.nameEs])),
    places: uniquePresent(places.map((p) => p.id)),
    placeNames: uniquePresent(places.flatMap((p) => [p.name, ...(p.aliases ?? [])])),
    themes,
    themeLabels: uniquePresent(row.themes.flatMap((t) => [t.label, t.labelFr, t.labelEs])),
    actors: uniquePresent(actors.map((a) => a.id)),
    actorNames: uniquePresent(actors.flatMap(actorNames)),
    donors: uniquePresent(row.donors.map((a) => a.id)),
    addressees: uniquePresent(row.addressees.map((a) => a.id)),
    addresseeNames: uniquePresent(row.addressees.map((a) => a.name)),
    section: row.insight.section,
    ordinal: row.insight.ordinal,
    namedActors,
    themeCountries: themes.flatMap((theme) => countryCodes.map((iso3) => `${theme}|${iso3}`)),
    terms: toTerms({ text: row.insight.headline ? `${row.insight.headline}. ${row.insight.text}` : row.insight.text, language: row.insight.language }),
    canonicalId: row.insight.canonicalId ?? row.insight.id,
    isCanonical: row.insight.isCanonical ?? true,
    groupLanguages: row.insight.groupLanguages ?? (row.insight.language ? [row.insight.language] : []),
  };
}

/** Rows of many insights to documents, sorted by graph id so batches are deterministic. */
export function toInsightSearchDocuments(rows: readonly InsightSearchRow[]): InsightSearchDocument[] {
  return rows.map(toInsightSearchDocument).sort((a, b) => (a.graphId < b.graphId ? -1 : a.graphId > b.graphId ? 1 : 0));
}
