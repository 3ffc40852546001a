import type { Statement } from './statement.js';

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

export interface CountryRow {
  id: string;
  iso3: string | null;
  name: string | null;
  nameFr: string | null;
  nameEs: string | null;
}
export interface PlaceRow {
  id: string;
  name: string | null;
  aliases: string[] | null;
  country: string | null;
}
export interface ActorRow {
  id: string;
  name: string | null;
  acronym: string | null;
  aliases: string[] | null;
}
export interface ThemeRow {
  id: string;
  label: string | null;
  labelFr: string | null;
  labelEs: string | null;
}

const COUNTRY = 'c {.id, .iso3, .name, .nameFr, .nameEs}';
const PLACE = 'pl {.id, .name, .aliases, .country}';
const ACTOR = 'a {.id, .name, .acronym, .aliases}';

const ROW_PROJECTION = `RETURN i {.id, .kind, .headline, .text, .language, .section, .ordinal, .year, .canonicalId, .isCanonical} AS insight,
  d.id AS documentId,
  e {.id, .title, .timing, .year} AS evaluation,
  CASE WHEN p IS NULL THEN null ELSE p {.id, .code, .title} END AS project,
  COLLECT { MATCH (p)-[:IN]->(c:Country) RETURN ${COUNTRY} ORDER BY c.id } AS projectCountries,
  COLLECT { MATCH (p)-[:AT]->(pl:Place) RETURN ${PLACE} ORDER BY pl.id } AS projectPlaces,
  COLLECT { MATCH (p)-[:FUNDED_BY]->(a:Actor) RETURN ${ACTOR} ORDER BY a.id } AS donors,
  COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(a:Actor) RETURN ${ACTOR} ORDER BY a.id } AS partners,
  COLLECT { MATCH (i)-[:MENTIONS]->(c:Country) RETURN ${COUNTRY} ORDER BY c.id } AS mentionedCountries,
  COLLECT { MATCH (i)-[:MENTIONS]->(pl:Place) RETURN ${PLACE} ORDER BY pl.id } AS mentionedPlaces,
  COLLECT { MATCH (i)-[:MENTIONS]->(a:Actor) RETURN ${ACTOR} ORDER BY a.id } AS mentionedActors,
  COLLECT { MATCH (i)-[:ADDRESSED_TO]->(a:Actor) RETURN ${ACTOR} ORDER BY a.id } AS addressees,
  COLLECT { MATCH (i)-[:ABOUT]->(t:Theme) RETURN t {.id, .label, .labelFr, .labelEs} ORDER BY t.id } AS themes`;

/** Rows of the insights these documents contain. */
export function toInsightSearchRowsQuery(documentIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $documentIds AS documentId
MATCH (d:Document {id: documentId})-[:CONTAINS]->(i:Insight)-[:FROM]->(e:Evaluation)
OPTIONAL MATCH (e)-[:EVALUATES]->(p:Project)
WITH d, e, i, head(collect(p)) AS p
${ROW_PROJECTION}`,
    params: { documentIds: [...documentIds] },
  };
}

/** Ids of documents, in pages (reindex walks the whole graph this way). */
export function toDocumentIdsQuery(options: { onlyPending: boolean; after: string; limit: number }): Statement {
  return {
    cypher: `MATCH (d:Document)
WHERE d.id > $after AND ($onlyPending = false OR d.searchPending = true)
RETURN d.id AS id, d.sha256 AS sha256
ORDER BY d.id
LIMIT $limit`,
    params: { onlyPending: options.onlyPending, after: options.after, limit: options.limit },
  };
}

/** Every insight id in the graph, in pages (to find index documents the graph no longer has). */
export function toInsightIdsQuery(options: { after: string; limit: number }): Statement {
  return {
    cypher: `MATCH (i:Insight)
WHERE i.id > $after
RETURN i.id AS id
ORDER BY i.id
LIMIT $limit`,
    params: { after: options.after, limit: options.limit },
  };
}
