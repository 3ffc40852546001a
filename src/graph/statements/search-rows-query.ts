import { withLists, type Statement } from './statement.js';

const COUNTRY = 'c {.id, .iso3, .name, .nameFr, .nameEs}';
const PLACE = 'pl {.id, .name, .aliases, .country}';
const ACTOR = 'a {.id, .name, .acronym, .aliases}';

// Returns InsightSearchRow (src/model/search-rows.ts, the contract with the search index).
const ROW_PROJECTION = `RETURN i {.id, .kind, .headline, .text, .language, .section, .ordinal, .year, .canonicalId, .isCanonical, .groupLanguages} AS insight,
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
    cypher: `UNWIND $lists.documentIds AS documentId
MATCH (d:Document {id: documentId})-[:CONTAINS]->(i:Insight)-[:FROM]->(e:Evaluation)
OPTIONAL MATCH (e)-[:EVALUATES]->(p:Project)
WITH d, e, i, head(collect(p)) AS p
${ROW_PROJECTION}`,
    params: withLists({ documentIds }),
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
