import { withLists, type Statement } from './statement.js';

/** One file to check: its position in the caller's list, its bytes' sha256 and its source path. */
export interface UnchangedCandidateRow {
  index: number;
  sha256: string;
  sourcePath: string;
}

/** What an `unchanged` outcome reports, read from the stored document. */
export interface UnchangedDocumentRow {
  index: number;
  id: string;
  evaluationId: string | null;
  insights: number;
  extraction: string | null;
  warnings: string[] | null;
}

/**
 * The stored documents that are, by the identity rules, the files given: the same bytes from the
 * same source path, extracted by this `extractionVersion` (so the same bytes give the same id),
 * and not pending for search (the index holds them). One row per match; a file with no row, or
 * with two, goes through extraction and the write transaction as usual.
 */
export function toUnchangedDocumentsQuery(rows: readonly UnchangedCandidateRow[], extractionVersion: number): Statement {
  return {
    cypher: `UNWIND $lists.rows AS row
MATCH (d:Document {sha256: row.sha256})
WHERE d.sourcePath = row.sourcePath AND d.extractionVersion = $extractionVersion AND d.identity IS NOT NULL AND d.extraction IS NOT NULL
  AND coalesce(d.searchPending, false) = false
OPTIONAL MATCH (d)-[:DESCRIBES]->(e:Evaluation)
RETURN row.index AS index, d.id AS id, e.id AS evaluationId, COUNT { (d)-[:CONTAINS]->() } AS insights,
  d.extraction AS extraction, d.warnings AS warnings
ORDER BY index`,
    params: withLists({ rows: rows.map((r) => ({ index: r.index, sha256: r.sha256, sourcePath: r.sourcePath })) }, { extractionVersion }),
  };
}

/**
 * Records on an `unchanged` document what the byte check above needs (the extraction version and
 * the line the report prints), when a document stored by an earlier version lacks them.
 */
export function toExtractionMarkStatement(documentId: string, extractionVersion: number, extraction: string): Statement {
  return {
    cypher: `MATCH (d:Document {id: $documentId})
WHERE d.extractionVersion IS NULL OR d.extractionVersion <> $extractionVersion OR d.extraction IS NULL OR d.extraction <> $extraction
SET d.extractionVersion = $extractionVersion, d.extraction = $extraction`,
    params: { documentId, extractionVersion, extraction },
  };
}
