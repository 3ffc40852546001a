import { toEvaluationRefreshStatement, toProjectRefreshStatement } from './document-statements.js';
import { withLists, type Statement } from './statement.js';

/**
 * The stored documents a new document could be (docs/graph.md, "Document identity"): the one
 * with its id, those with its bytes, those ingested from its source path. For each: what the
 * identity rules read (sha256, source path, identity), whether the index is behind, its
 * evaluation and how many other documents describe that evaluation, its insight ids (to delete
 * them from the index) and the ids of every node its removal could leave orphaned (actors,
 * places, countries, themes, its project, the firms of its evaluators, the countries of its
 * places). Rows come in id order.
 */
export function toStoredCandidatesQuery(input: { documentId: string; sha256: string; sourcePath: string }): Statement {
  return {
    cypher: `CALL () {
  MATCH (d:Document {id: $documentId}) RETURN d
  UNION MATCH (d:Document {sha256: $sha256}) RETURN d
  UNION MATCH (d:Document {sourcePath: $sourcePath}) RETURN d
}
${STORED_DOCUMENT_PROJECTION}`,
    params: { documentId: input.documentId, sha256: input.sha256, sourcePath: input.sourcePath },
  };
}

/**
 * For each document of a write batch (`rows`: index, documentId, sha256, sourcePath,
 * evaluationId), whether the graph holds a document it must be decided against (`known`): one
 * with its id, its bytes or its source path (toStoredCandidatesQuery), or any document of its
 * evaluation (whose insights it would regroup). A document with none is `added` with nothing
 * else to do, so its statements can join those of the batch's other such documents.
 */
export function toKnownDocumentsQuery(
  rows: readonly { index: number; documentId: string; sha256: string; sourcePath: string; evaluationId: string }[],
): Statement {
  return {
    cypher: `UNWIND $lists.rows AS row
RETURN row.index AS index,
  EXISTS { MATCH (d:Document {id: row.documentId}) }
  OR EXISTS { MATCH (d:Document {sha256: row.sha256}) }
  OR EXISTS { MATCH (d:Document {sourcePath: row.sourcePath}) }
  OR EXISTS { MATCH (:Evaluation {id: row.evaluationId})<-[:DESCRIBES]-(d:Document) } AS known`,
    params: withLists({ rows }),
  };
}

/** The same rows for documents given by id (remove). */
export function toStoredDocumentsQuery(documentIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $lists.documentIds AS documentId
MATCH (d:Document {id: documentId})
${STORED_DOCUMENT_PROJECTION}`,
    params: withLists({ documentIds }),
  };
}

const STORED_DOCUMENT_PROJECTION = `OPTIONAL MATCH (d)-[:DESCRIBES]->(e:Evaluation)
RETURN d.id AS id, d.sha256 AS sha256, d.sourcePath AS sourcePath, d.identity AS identity,
  coalesce(d.searchPending, false) AS searchPending, e.id AS evaluationId,
  COUNT { (e)<-[:DESCRIBES]-(o:Document) WHERE o.id <> d.id } AS otherDocuments,
  COLLECT { MATCH (d)-[:CONTAINS]->(i:Insight) RETURN i.id ORDER BY i.id } AS insightIds,
  COLLECT { MATCH (e)-[:EVALUATES]->(p:Project) RETURN p.id ORDER BY p.id } AS projectIds,
  COLLECT {
    MATCH (d)-[:MENTIONS|ABOUT]->(n) RETURN n.id AS id
    UNION MATCH (d)-[:CONTAINS]->(:Insight)-[:ABOUT|MENTIONS|ADDRESSED_TO]->(n) RETURN n.id AS id
    UNION MATCH (d)-[:CONTAINS]->(:Insight)-[:MENTIONS]->(:Place)-[:IN]->(n) RETURN n.id AS id
    UNION MATCH (e)-->(n) RETURN n.id AS id
    UNION MATCH (e)-[:EVALUATES]->(:Project)-->(n) RETURN n.id AS id
    UNION MATCH (e)-[:EVALUATES]->(:Project)-[:AT]->(:Place)-[:IN]->(n) RETURN n.id AS id
    UNION MATCH (d)-[:MENTIONS]->(:Place)-[:IN]->(n) RETURN n.id AS id
    UNION MATCH (e)-->(:Person)-[:MEMBER_OF]->(n) RETURN n.id AS id
  } AS neighbourIds
ORDER BY id`;

/** Ids of the documents that describe an evaluation, in id order. */
export function toEvaluationDocumentsQuery(evaluationId: string): Statement {
  return {
    cypher: `MATCH (:Evaluation {id: $evaluationId})<-[:DESCRIBES]-(d:Document)
RETURN d.id AS id ORDER BY id`,
    params: { evaluationId },
  };
}

/**
 * Deletes a document's own nodes: the Document and the insights it contains; its Evaluation
 * when no other document describes it (the French summary stays when the English one goes),
 * otherwise the evaluation's properties are taken again from the documents left; and the edges
 * of its Project when no other document describes an evaluation of that project (a project
 * shared by two evaluations keeps what the other says). The optional properties of its
 * projects (`projectIds`: those its evaluation evaluated) are taken again from the documents
 * left, like the evaluation's. Shared nodes stay; see toOrphanCleanupStatements.
 */
export function toRemovalStatements(documentId: string, evaluationId: string | null, projectIds: readonly string[] = []): Statement[] {
  const statements: Statement[] = [
    {
      cypher: `MATCH (:Document {id: $documentId})-[:CONTAINS]->(i:Insight)
DETACH DELETE i`,
      params: { documentId },
    },
    {
      cypher: `MATCH (:Document {id: $documentId})-[:DESCRIBES]->(:Evaluation)-[:EVALUATES]->(p:Project)
WHERE NOT EXISTS { MATCH (p)<-[:EVALUATES]-(:Evaluation)<-[:DESCRIBES]-(other:Document) WHERE other.id <> $documentId }
MATCH (p)-[r]->()
DELETE r`,
      params: { documentId },
    },
    {
      cypher: `MATCH (:Document {id: $documentId})-[:DESCRIBES]->(e:Evaluation)
WHERE NOT EXISTS { MATCH (e)<-[:DESCRIBES]-(other:Document) WHERE other.id <> $documentId }
DETACH DELETE e`,
      params: { documentId },
    },
    {
      cypher: `MATCH (d:Document {id: $documentId})
DETACH DELETE d`,
      params: { documentId },
    },
  ];
  if (evaluationId !== null) statements.push(toEvaluationRefreshStatement([evaluationId]));
  for (const projectId of projectIds) statements.push(toProjectRefreshStatement(projectId));
  return statements;
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
    cypher: `UNWIND $lists.ids AS id
MATCH (n:${label} {id: id})
WHERE coalesce(n.reference, false) = false AND NOT EXISTS { (n)<--() }
DETACH DELETE n`,
    params: withLists({ ids: candidateIds }),
  }));
}

/**
 * Marks documents whose insights are removed in several transactions (write-graph.ts,
 * REMOVE_BATCH): sha256 prefixed `removing:` (once) and pending for the index, so a remove
 * interrupted half-way is finished by a rerun, and an ingest of the same bytes rewrites it whole.
 */
export function toMarkRemovingStatement(documentIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $lists.documentIds AS documentId
MATCH (d:Document {id: documentId})
SET d.sha256 = CASE WHEN d.sha256 STARTS WITH 'removing:' THEN d.sha256 ELSE 'removing:' + d.sha256 END, d.searchPending = true`,
    params: withLists({ documentIds }),
  };
}

/**
 * Deletes up to `batch` of a document's insights with their edges and returns how many went
 * (`deleted`). `batch` must reach Neo4j as an integer (LIMIT): the caller passes `neo4j.int`.
 */
export function toDeleteInsightsBatchStatement(documentId: string, batch: number): Statement {
  return {
    cypher: `MATCH (:Document {id: $documentId})-[:CONTAINS]->(i:Insight)
WITH i LIMIT $batch
DETACH DELETE i
RETURN count(*) AS deleted`,
    params: { documentId, batch },
  };
}

/**
 * Deletes every relationship, then every node, in transactions of `batch` rows (benchmark and
 * test resets). `CALL ... IN TRANSACTIONS` needs auto-commit queries, and `batch` an integer
 * (the caller passes `neo4j.int`).
 */
export function toDeleteEverythingStatements(batch: number): Statement[] {
  return [
    { cypher: 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS', params: { batch } },
    { cypher: 'MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF $batch ROWS', params: { batch } },
  ];
}
