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
  // Documents of one evaluation add up: should two name different leads (or commissioners), the first by name comes first.
  leadEvaluator: `
    MATCH (e:Evaluation)-[r:CONDUCTED_BY]->(a) WHERE e.id IN $ids AND r.lead = true
    RETURN e.id AS key, properties(a) AS item ORDER BY a.name, a.id`,
  commissioner: `
    MATCH (e:Evaluation)-[:COMMISSIONED_BY]->(a) WHERE e.id IN $ids
    RETURN e.id AS key, properties(a) AS item ORDER BY a.name, a.id`,
  insights: `
    MATCH (i:Insight)-[:FROM]->(e:Evaluation) WHERE e.id IN $ids
    RETURN e.id AS key, properties(i) AS item ORDER BY i.start, i.ordinal`,
  // The document describing an evaluation, looked up from the document's side.
  evaluationOfDocument: `
    MATCH (d:Document)-[:DESCRIBES]->(e:Evaluation) WHERE d.id IN $ids
    RETURN d.id AS key, properties(e) AS item`,
} as const;
