import type { Statement } from './statement.js';

/**
 * Reads what a stored document owns before it is removed or replaced: its sha256, whether
 * the index is behind, its insight ids (to delete them from the index) and the ids of every
 * node its removal could leave orphaned (actors, places, countries, themes, its project, the
 * firms of its evaluators, the countries of its places).
 */
export function toStoredDocumentQuery(documentId: string, evaluationId: string): Statement {
  return {
    cypher: `OPTIONAL MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (e:Evaluation {id: $evaluationId})
RETURN d.sha256 AS sha256, coalesce(d.searchPending, false) AS searchPending,
  COLLECT {
    MATCH (d)-->(n) RETURN n.id AS id
    UNION MATCH (e)-->(n) RETURN n.id AS id
    UNION MATCH (e)<-[:FROM]-(:Insight)-->(n) RETURN n.id AS id
    UNION MATCH (e)<-[:FROM]-(:Insight)-[:MENTIONS]->(:Place)-[:IN]->(n) RETURN n.id AS id
    UNION MATCH (e)-[:EVALUATES]->(:Project)-->(n) RETURN n.id AS id
    UNION MATCH (e)-[:EVALUATES]->(:Project)-[:AT]->(:Place)-[:IN]->(n) RETURN n.id AS id
    UNION MATCH (d)-[:MENTIONS]->(:Place)-[:IN]->(n) RETURN n.id AS id
    UNION MATCH (e)-->(:Person)-[:MEMBER_OF]->(n) RETURN n.id AS id
  } AS neighbourIds,
  COLLECT { MATCH (e)<-[:FROM]-(i:Insight) RETURN i.id } AS insightIds`,
    params: { documentId, evaluationId },
  };
}

/**
 * Deletes a document's own nodes: the Document, its Evaluation and the Evaluation's insights,
 * and the edges of its Project when no other evaluation evaluates that project (a project shared
 * by two evaluations keeps what the other one says). Shared nodes stay; see toOrphanCleanupStatements.
 */
export function toRemovalStatements(documentId: string, evaluationId: string): Statement[] {
  return [
    {
      cypher: `MATCH (:Evaluation {id: $evaluationId})<-[:FROM]-(i:Insight)
DETACH DELETE i`,
      params: { evaluationId },
    },
    {
      cypher: `MATCH (:Evaluation {id: $evaluationId})-[:EVALUATES]->(p:Project)
WHERE NOT EXISTS { MATCH (p)<-[:EVALUATES]-(other:Evaluation) WHERE other.id <> $evaluationId }
MATCH (p)-[r]->()
DELETE r`,
      params: { evaluationId },
    },
    {
      cypher: `OPTIONAL MATCH (e:Evaluation {id: $evaluationId})
OPTIONAL MATCH (d:Document {id: $documentId})
DETACH DELETE e, d`,
      params: { documentId, evaluationId },
    },
  ];
}

/**
 * Orphan clean-up, in dependency order (a project frees its places and actors, a person frees
 * its firm, a place frees its country): a node that did not come from reference data and that
 * nothing points at any more is deleted. Reference nodes (`reference: true`) always stay.
 */
const ORPHAN_CLEANUP_ORDER = ['Project', 'Person', 'Actor', 'Place', 'Country', 'Theme'] as const;

/** The clean-up statements, one per label in ORPHAN_CLEANUP_ORDER, for the nodes a removed or replaced document pointed at; none when there are none. */
export function toOrphanCleanupStatements(candidateIds: readonly string[]): Statement[] {
  if (candidateIds.length === 0) return [];
  return ORPHAN_CLEANUP_ORDER.map((label) => ({
    cypher: `UNWIND $ids AS id
MATCH (n:${label} {id: id})
WHERE coalesce(n.reference, false) = false AND NOT EXISTS { (n)<--() }
DETACH DELETE n`,
    params: { ids: [...candidateIds] },
  }));
}
