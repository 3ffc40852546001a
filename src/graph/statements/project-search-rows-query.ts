import { withLists, type Statement } from './statement.js';

// The projections of ProjectSearchRow (src/model/search-rows.ts, the contract with the search index).
const COUNTRY = 'c {.id, .iso3, .name, .nameFr, .nameEs}';
const PLACE = 'pl {.id, .name, .aliases, .country}';
const ACTOR = 'a {.id, .name, .acronym, .aliases}';

/** Rows of these projects (ids absent from the answer are not, or no longer, evaluated projects). */
export function toProjectSearchRowsQuery(projectIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $lists.projectIds AS projectId
MATCH (p:Project {id: projectId})
WHERE EXISTS { (p)<-[:EVALUATES]-(:Evaluation) }
RETURN p {.id, .code, .title, .objective, .outcomes} AS project,
  COLLECT { MATCH (p)-[:IN]->(c:Country) RETURN ${COUNTRY} ORDER BY c.id } AS countries,
  COLLECT { MATCH (p)-[:AT]->(pl:Place) RETURN ${PLACE} ORDER BY pl.id } AS places,
  COLLECT { MATCH (p)-[:FUNDED_BY]->(a:Actor) RETURN ${ACTOR} ORDER BY a.id } AS donors,
  COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(a:Actor) RETURN ${ACTOR} ORDER BY a.id } AS partners,
  COLLECT { MATCH (p)<-[:EVALUATES]-(:Evaluation)<-[:FROM]-(:Insight)-[:ABOUT]->(t:Theme)
            WITH DISTINCT t ORDER BY t.id RETURN t {.id, .label, .labelFr, .labelEs} } AS themes,
  COLLECT { MATCH (p)<-[:EVALUATES]-(e:Evaluation) RETURN e {.id, .timing, .year} ORDER BY e.id } AS evaluations,
  COLLECT { MATCH (p)<-[:EVALUATES]-(:Evaluation)<-[:FROM]-(i:Insight) WHERE coalesce(i.isCanonical, true)
            WITH i.kind AS kind, count(*) AS n ORDER BY kind RETURN {kind: kind, count: n} } AS insightCounts`,
    params: withLists({ projectIds }),
  };
}

/** Ids of the projects these documents' evaluations evaluate. */
export function toProjectsOfDocumentsQuery(documentIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $lists.documentIds AS documentId
MATCH (:Document {id: documentId})-[:DESCRIBES]->(:Evaluation)-[:EVALUATES]->(p:Project)
RETURN DISTINCT p.id AS id`,
    params: withLists({ documentIds }),
  };
}

/** Ids of every evaluated project, in pages (to find index documents the graph no longer has). */
export function toEvaluatedProjectIdsQuery(options: { after: string; limit: number }): Statement {
  return {
    cypher: `MATCH (p:Project)
WHERE p.id > $after AND EXISTS { (p)<-[:EVALUATES]-(:Evaluation) }
RETURN p.id AS id
ORDER BY p.id
LIMIT $limit`,
    params: { after: options.after, limit: options.limit },
  };
}
