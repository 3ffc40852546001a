import { projectId } from '../../model/ids.js';
import type { GraphReader } from './read-graph.js';
import type { NodeRow } from '../../model/node-row.js';

/** Project relations, batched by project id (`$ids`). */
export const PROJECT_RELATIONS = {
  countries: `
    MATCH (p:Project)-[:IN]->(c:Country) WHERE p.id IN $ids
    RETURN p.id AS key, properties(c) AS item ORDER BY c.name`,
  places: `
    MATCH (p:Project)-[:AT]->(pl:Place) WHERE p.id IN $ids
    RETURN p.id AS key, properties(pl) AS item ORDER BY pl.name`,
  donors: `
    MATCH (p:Project)-[:FUNDED_BY]->(a) WHERE p.id IN $ids
    RETURN p.id AS key, properties(a) AS item ORDER BY a.name`,
  partners: `
    MATCH (p:Project)-[:IMPLEMENTED_BY]->(a) WHERE p.id IN $ids
    RETURN p.id AS key, properties(a) AS item ORDER BY a.name`,
  evaluations: `
    MATCH (e:Evaluation)-[:EVALUATES]->(p:Project) WHERE p.id IN $ids
    RETURN p.id AS key, properties(e) AS item ORDER BY e.completionDate DESC`,
  insights: `
    MATCH (i:Insight)-[:FROM]->(e:Evaluation)-[:EVALUATES]->(p:Project) WHERE p.id IN $ids
    RETURN p.id AS key, properties(i) AS item ORDER BY e.completionDate DESC, i.start`,
} as const;

/**
 * Finds a project by code (any case) or id: `MLI/19/01/USA`, `mli/19/01/usa`, `project:MLI/19/01/USA`.
 * The id lookups go through the id constraint's index; only a code that no id matches (a code
 * stored in lower case) falls back to comparing upper-cased codes, which reads every project
 * (the single query with that OR read every project on every page: 18 ms at 10,000 projects).
 */
export async function findProjectByCode(reader: GraphReader, code: string): Promise<NodeRow | null> {
  const trimmed = code.trim();
  // The writer's own id rule (model/ids.ts): a change to project ids cannot leave this lookup behind.
  const id = projectId(trimmed.replace(/^project:/i, ''), '');
  const rows = await reader.read<{ item: NodeRow }>(
    `MATCH (p:Project) WHERE p.id IN [$id, $raw]
     RETURN properties(p) AS item ORDER BY p.id = $id DESC LIMIT 1`,
    { id, raw: trimmed },
  );
  if (rows[0]) return rows[0].item;
  const byCode = await reader.read<{ item: NodeRow }>(
    `MATCH (p:Project) WHERE toUpper(p.code) = $code
     RETURN properties(p) AS item ORDER BY p.id LIMIT 1`,
    { code: trimmed.toUpperCase() },
  );
  return byCode[0]?.item ?? null;
}

/** Projects, most recently evaluated first. */
export async function listProjects(reader: GraphReader, first: number): Promise<NodeRow[]> {
  const rows = await reader.read<{ item: NodeRow }>(
    `MATCH (p:Project)
     OPTIONAL MATCH (e:Evaluation)-[:EVALUATES]->(p)
     WITH p, max(e.completionDate) AS latest
     RETURN properties(p) AS item ORDER BY latest DESC, p.id LIMIT $first`,
    { first },
  );
  return rows.map((row) => row.item);
}
