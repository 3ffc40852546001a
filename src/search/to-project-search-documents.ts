import { toSearchId } from '../model/ids.js';
import type { ProjectSearchRow } from '../model/search-rows.js';
import { actorNames, iso3FromPlace, uniquePresent } from './to-search-documents.js';

type InsightKindName = 'FINDING' | 'RECOMMENDATION' | 'LESSON_LEARNED' | 'GOOD_PRACTICE';
const KINDS: readonly InsightKindName[] = ['FINDING', 'RECOMMENDATION', 'LESSON_LEARNED', 'GOOD_PRACTICE'];

/**
 * One hit of the `projects` index: what `searchProjects` reads. Ids are graph ids except `id`
 * (Meilisearch allows only [A-Za-z0-9_-]); `graphId` is the Project node's id in Neo4j.
 */
export interface ProjectSearchDocument {
  /** Meilisearch primary key: the graph id with `:` replaced and `/` escaped. */
  id: string;
  /** The Project node's id (`project:MLI/19/01/USA`). */
  graphId: string;
  code: string | null;
  title: string | null;
  objective: string | null;
  outcomes: string[];
  /** ISO3 codes: the project's countries, then the countries of its places. */
  countries: string[];
  /** English, French and Spanish names of the project's countries. */
  countryNames: string[];
  /** Place ids of the project. */
  places: string[];
  /** Place names and spellings. */
  placeNames: string[];
  /** Donor actor ids. */
  donors: string[];
  /** Partner (implementing) actor ids. */
  partners: string[];
  /** Donors then partners: every actor id of the project. */
  actors: string[];
  /** Names, acronyms and aliases of `actors`. */
  actorNames: string[];
  /** Theme ids of the project's insights. */
  themes: string[];
  /** Labels of `themes`, English, French and Spanish. */
  themeLabels: string[];
  /** Evaluation ids of the project. */
  evaluations: string[];
  /** Timings of its evaluations (MIDTERM, FINAL, ...), distinct. */
  timings: string[];
  /** Completion years of its evaluations, distinct, ascending. */
  years: number[];
  /** Insights of the project's evaluations by kind (every kind present, 0 when none). */
  insightCounts: Record<InsightKindName, number>;
  /** All insights of the project's evaluations. */
  insightTotal: number;
}

/** Maps one project row from the graph to its index document. Pure. */
export function toProjectSearchDocument(row: ProjectSearchRow): ProjectSearchDocument {
  const actors = [...row.donors, ...row.partners];
  const insightCounts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<InsightKindName, number>;
  for (const entry of row.insightCounts) {
    if ((KINDS as readonly string[]).includes(entry.kind)) insightCounts[entry.kind as InsightKindName] += entry.count;
  }
  return {
    id: toSearchId(row.project.id),
    graphId: row.project.id,
    code: row.project.code,
    title: row.project.title,
    objective: row.project.objective,
    outcomes: uniquePresent(row.project.outcomes ?? []),
    countries: uniquePresent([...row.countries.map((c) => c.iso3 ?? c.id.replace(/^country:/, '')), ...row.places.map((p) => iso3FromPlace(p.country))]),
    countryNames: uniquePresent(row.countries.flatMap((c) => [c.name, c.nameFr, c.nameEs])),
    places: uniquePresent(row.places.map((p) => p.id)),
    placeNames: uniquePresent(row.places.flatMap((p) => [p.name, ...(p.aliases ?? [])])),
    donors: uniquePresent(row.donors.map((a) => a.id)),
    partners: uniquePresent(row.partners.map((a) => a.id)),
    actors: uniquePresent(actors.map((a) => a.id)),
    actorNames: uniquePresent(actors.flatMap(actorNames)),
    themes: uniquePresent(row.themes.map((t) => t.id)),
    themeLabels: uniquePresent(row.themes.flatMap((t) => [t.label, t.labelFr, t.labelEs])),
    evaluations: uniquePresent(row.evaluations.map((e) => e.id)),
    timings: uniquePresent(row.evaluations.map((e) => e.timing)),
    years: uniquePresent(row.evaluations.map((e) => e.year)).sort((a, b) => a - b),
    insightCounts,
    insightTotal: KINDS.reduce((sum, kind) => sum + insightCounts[kind], 0),
  };
}

/** Rows of many projects to documents, sorted by graph id so batches are deterministic. */
export function toProjectSearchDocuments(rows: readonly ProjectSearchRow[]): ProjectSearchDocument[] {
  return rows.map(toProjectSearchDocument).sort((a, b) => (a.graphId < b.graphId ? -1 : a.graphId > b.graphId ? 1 : 0));
}
