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
    'CREATE INDEX insight_kind IF NOT EXISTS FOR (n:Insight) ON (n.kind)',
    'CREATE INDEX insight_year IF NOT EXISTS FOR (n:Insight) ON (n.year)',
    'CREATE INDEX evaluation_year IF NOT EXISTS FOR (n:Evaluation) ON (n.year)',
    'CREATE INDEX project_code IF NOT EXISTS FOR (n:Project) ON (n.code)',
    'CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2)',
    'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
  ].map((cypher) => ({ cypher, params: {} }));
  return [...constraints, ...indexes];
}
