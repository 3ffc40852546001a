import { withLists, type Statement } from './statement.js';

/**
 * What the search indexes still owe the graph after a document was replaced or removed
 * (docs/graph.md, "Search consistency"): insight documents to delete and projects to refresh,
 * written as a `SearchCleanup` node in the same transaction as the change, deleted once
 * Meilisearch applied it. A crash in between leaves the node, and the next ingest finishes it.
 */
export interface SearchCleanup {
  /** `search-cleanup:<uuid>` */
  id: string;
  /** Insight ids whose index documents must go (only those the graph does not hold by then). */
  insightIds: string[];
  /** Projects whose `projects` index documents must be refreshed or deleted. */
  projectIds: string[];
}

export function toCreateSearchCleanupStatement(cleanup: SearchCleanup, createdAt: string): Statement {
  return {
    cypher: `CREATE (:SearchCleanup {id: $id, insightIds: $lists.insightIds, projectIds: $lists.projectIds, createdAt: $createdAt})`,
    params: withLists({ insightIds: cleanup.insightIds, projectIds: cleanup.projectIds }, { id: cleanup.id, createdAt }),
  };
}

export function toDeleteSearchCleanupsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $lists.ids AS id
MATCH (c:SearchCleanup {id: id})
DELETE c`,
    params: withLists({ ids }),
  };
}

/** Every cleanup left, oldest first. */
export function toSearchCleanupsQuery(): Statement {
  return {
    cypher: `MATCH (c:SearchCleanup)
RETURN c.id AS id, c.insightIds AS insightIds, c.projectIds AS projectIds
ORDER BY c.createdAt, c.id`,
    params: {},
  };
}

/** Which of these insight ids the graph holds. */
export function toPresentInsightIdsQuery(insightIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $lists.ids AS id
MATCH (i:Insight {id: id})
RETURN i.id AS id`,
    params: withLists({ ids: insightIds }),
  };
}

/**
 * Marks documents indexed, guarded by sha256: a document re-ingested meanwhile, with new bytes,
 * stays pending for its own index write.
 */
export function toMarkIndexedStatement(documents: ReadonlyArray<{ documentId: string; sha256: string }>): Statement {
  return {
    cypher: `UNWIND $lists.rows AS row
MATCH (d:Document {id: row.documentId})
WHERE d.sha256 = row.sha256
SET d.searchPending = false`,
    params: withLists({ rows: documents.map((d) => ({ documentId: d.documentId, sha256: d.sha256 })) }),
  };
}
