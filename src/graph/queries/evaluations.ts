/** Evaluation relations, batched by evaluation id (`$ids`). */
export const EVALUATION_RELATIONS = {
  project: `
    MATCH (e:Evaluation)-[:EVALUATES]->(p:Project) WHERE e.id IN $ids
    RETURN e.id AS key, properties(p) AS item`,
  // Several documents may describe one evaluation (translations, report): the first by id comes first.
  document: `
    MATCH (d:Document)-[:DESCRIBES]->(e:Evaluation) WHERE e.id IN $ids
    RETURN e.id AS key, properties(d) AS item ORDER BY d.id`,
  manager: `
    MATCH (e:Evaluation)-[:MANAGED_BY]->(a) WHERE e.id IN $ids
    RETURN e.id AS key, properties(a) AS item`,
  conductedBy: `
    MATCH (e:Evaluation)-[:CONDUCTED_BY]->(a) WHERE e.id IN $ids
    RETURN e.id AS key, properties(a) AS item ORDER BY a.name`,
  insights: `
    MATCH (i:Insight)-[:FROM]->(e:Evaluation) WHERE e.id IN $ids
    RETURN e.id AS key, properties(i) AS item ORDER BY i.start, i.ordinal`,
  // The document describing an evaluation, looked up from the document's side.
  evaluationOfDocument: `
    MATCH (d:Document)-[:DESCRIBES]->(e:Evaluation) WHERE d.id IN $ids
    RETURN d.id AS key, properties(e) AS item`,
} as const;
