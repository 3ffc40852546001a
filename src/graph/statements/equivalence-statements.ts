import type { EquivalenceFlags, EquivalenceMember } from '../insight-equivalence.js';
import { withLists, type Statement } from './statement.js';

/** What the equivalence of an evaluation's insights reads of each (insight-equivalence.ts), and its current flags. */
export interface EquivalenceRow extends EquivalenceMember, EquivalenceFlags {
  evaluationId: string;
  /** The insight's own language (what a language filter reads), not its document's. */
  insightLanguage: string | null;
  /** Its group's languages when it is the canonical insight of a group of two or more (toGroupLanguages); null otherwise. */
  groupLanguages: string[] | null;
}

/** The insights of these evaluations, with their documents, as toEquivalenceFlags reads them. */
export function toEquivalenceMembersQuery(evaluationIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $lists.evaluationIds AS evaluationId
MATCH (:Evaluation {id: evaluationId})<-[:FROM]-(i:Insight)<-[:CONTAINS]-(d:Document)
RETURN evaluationId, i.id AS id, i.kind AS kind, d.id AS documentId, coalesce(d.language, 'und') AS language,
  coalesce(i.start, 0) AS start, coalesce(i.headline + '\\n', '') + i.text AS text,
  coalesce(i.canonicalId, i.id) AS canonicalId, coalesce(i.isCanonical, true) AS isCanonical,
  i.language AS insightLanguage, i.groupLanguages AS groupLanguages
ORDER BY id`,
    params: withLists({ evaluationIds }),
  };
}

/**
 * Writes new equivalence flags (docs/graph.md, "Equivalent insights"): `canonicalId`,
 * `isCanonical` and `groupLanguages` on each insight, and `(i)-[:SAME_AS]->(canonical)` for
 * each non-canonical one, any other SAME_AS edge of these insights deleted. Only the rows given
 * are touched.
 */
export function toEquivalenceStatements(rows: ReadonlyArray<{ id: string; groupLanguages: string[] | null } & EquivalenceFlags>): Statement[] {
  if (rows.length === 0) return [];
  return [
    {
      cypher: `UNWIND $lists.rows AS row
MATCH (i:Insight {id: row.id})
SET i.canonicalId = row.canonicalId, i.isCanonical = row.isCanonical, i.groupLanguages = row.groupLanguages
WITH i, row
CALL (i, row) {
  MATCH (i)-[r:SAME_AS]->(other:Insight) WHERE other.id <> row.canonicalId
  DELETE r
}
WITH i, row WHERE NOT row.isCanonical
MATCH (c:Insight {id: row.canonicalId})
MERGE (i)-[:SAME_AS]->(c)`,
      params: withLists({ rows: rows.map((r) => ({ id: r.id, canonicalId: r.canonicalId, isCanonical: r.isCanonical, groupLanguages: r.groupLanguages })) }),
    },
  ];
}

/** Marks documents as waiting for the index (their insights' flags changed) and returns their sha256 (for the indexed mark). */
export function toMarkPendingStatement(documentIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $lists.documentIds AS documentId
MATCH (d:Document {id: documentId})
SET d.searchPending = true
RETURN d.id AS documentId, d.sha256 AS sha256`,
    params: withLists({ documentIds }),
  };
}
