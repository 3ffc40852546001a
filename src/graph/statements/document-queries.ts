import type { Statement } from './statement.js';

/** Counts and look-ups of stored documents, for the commands that resolve or report on them. */

/** How many documents the graph holds (`n`). */
export function toDocumentCountQuery(): Statement {
  return { cypher: 'MATCH (d:Document) RETURN count(d) AS n', params: {} };
}

/** How many documents the index has not caught up with (`n`). */
export function toPendingDocumentCountQuery(): Statement {
  return { cypher: 'MATCH (d:Document) WHERE d.searchPending = true RETURN count(d) AS n', params: {} };
}

/** Ids of the stored documents with these bytes, in id order. */
export function toDocumentsWithBytesQuery(sha256: string): Statement {
  return { cypher: 'MATCH (d:Document {sha256: $sha256}) RETURN d.id AS id ORDER BY id', params: { sha256 } };
}

/** Whether a document is stored under this id (`n`: 0 or 1). */
export function toDocumentExistsQuery(documentId: string): Statement {
  return { cypher: 'MATCH (d:Document {id: $documentId}) RETURN count(d) AS n', params: { documentId } };
}
