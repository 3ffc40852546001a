import type { Statement } from './statement.js';

/** Every label whose `id` is unique (docs/graph.md). */
export const UNIQUE_ID_LABELS = [
  'Document',
  'Evaluation',
  'Project',
  'Country',
  'Place',
  'Actor',
  'Organisation',
  'Person',
  'StakeholderGroup',
  'Theme',
  'Insight',
  'Meta',
  'WriteLock',
  'SearchCleanup',
] as const;

/**
 * Constraints and indexes, all `IF NOT EXISTS` so running them at every start is harmless.
 * Names are fixed (`<label>_id`) so a second run finds the first run's constraints.
 */
export function toSchemaStatements(): Statement[] {
  const constraints = UNIQUE_ID_LABELS.map((label) => ({
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    params: {},
  }));
  const indexes = [
    'CREATE INDEX document_search_pending IF NOT EXISTS FOR (n:Document) ON (n.searchPending)',
    // The identity rules look documents up by bytes and by source path (document-identity.ts).
    'CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256)',
    'CREATE INDEX document_source_path IF NOT EXISTS FOR (n:Document) ON (n.sourcePath)',
    'CREATE INDEX insight_kind IF NOT EXISTS FOR (n:Insight) ON (n.kind)',
    'CREATE INDEX insight_year IF NOT EXISTS FOR (n:Insight) ON (n.year)',
    'CREATE INDEX evaluation_year IF NOT EXISTS FOR (n:Evaluation) ON (n.year)',
    'CREATE INDEX project_code IF NOT EXISTS FOR (n:Project) ON (n.code)',
    'CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2)',
    'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
  ].map((cypher) => ({ cypher, params: {} }));
  return [...constraints, ...indexes];
}

/** Version of the graph model this code writes (docs/graph.md); stored on `meta:graph-model`. */
export const GRAPH_MODEL_VERSION = 3;

/**
 * Brings a graph written by an older version up to GRAPH_MODEL_VERSION. Version 2 gives every
 * insight the `(:Document)-[:CONTAINS]->(:Insight)` edge (one document per evaluation before
 * it, so the evaluation's document is the insight's). Version 3 states the project's title,
 * objective, outcomes and budget on every DESCRIBES edge (toProjectRefreshStatement takes them
 * from there): a document written before states what its project node shows, so the next write
 * or removal of a document of the project does not blank them; and gives the canonical insight
 * of each group of equivalent insights its `groupLanguages`, its document marked pending so the
 * next ingest re-indexes it (what a dashboard filtered on a language counts). In batches: needs
 * an auto-commit session.
 */
export function toGraphModelMigration(): { versionQuery: Statement; steps: Statement[]; done: Statement } {
  return {
    versionQuery: { cypher: "OPTIONAL MATCH (m:Meta {id: 'meta:graph-model'}) RETURN coalesce(m.version, 1) AS version", params: {} },
    steps: [
      {
        cypher: `MATCH (d:Document)-[:DESCRIBES]->(:Evaluation)<-[:FROM]-(i:Insight)
WHERE NOT EXISTS { (:Document)-[:CONTAINS]->(i) }
CALL (d, i) { MERGE (d)-[:CONTAINS]->(i) } IN TRANSACTIONS OF 5000 ROWS`,
        params: {},
      },
      {
        cypher: `MATCH (p:Project)<-[:EVALUATES]-(:Evaluation)<-[r:DESCRIBES]-(:Document)
WHERE r.projectTitle IS NULL AND r.projectObjective IS NULL AND r.projectOutcomes IS NULL
  AND r.projectBudgetAmount IS NULL AND r.projectBudgetCurrency IS NULL
CALL (p, r) {
  SET r.projectTitle = p.title, r.projectObjective = p.objective,
    r.projectOutcomes = CASE WHEN size(coalesce(p.outcomes, [])) > 0 THEN p.outcomes END,
    r.projectBudgetAmount = p.budgetAmount, r.projectBudgetCurrency = p.budgetCurrency
} IN TRANSACTIONS OF 5000 ROWS`,
        params: {},
      },
      {
        cypher: `MATCH (c:Insight)
WHERE c.groupLanguages IS NULL AND EXISTS { (c)<-[:SAME_AS]-(:Insight) }
CALL (c) {
  WITH c, [c.language] + COLLECT { MATCH (m:Insight)-[:SAME_AS]->(c) RETURN m.language } AS languages
  SET c.groupLanguages = COLLECT { UNWIND languages AS language WITH DISTINCT language WHERE language IS NOT NULL RETURN language ORDER BY language }
  WITH c
  MATCH (d:Document)-[:CONTAINS]->(c)
  SET d.searchPending = true
} IN TRANSACTIONS OF 5000 ROWS`,
        params: {},
      },
    ],
    done: { cypher: "MERGE (m:Meta {id: 'meta:graph-model'}) SET m.version = $version", params: { version: GRAPH_MODEL_VERSION } },
  };
}
