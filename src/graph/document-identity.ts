/**
 * Which stored document a new one is (docs/graph.md, "Document identity"). Pure: the write
 * transaction reads the candidates (toStoredCandidatesQuery) and asks this module; a dry run
 * asks it the same question without writing.
 */

/** A stored document that shares an id, the bytes or the source path with the new one. */
export interface StoredCandidate {
  id: string;
  sha256: string | null;
  sourcePath: string | null;
  /** `EVALUATION` or `CONTENT`; null for a document written before identities existed. */
  identity: string | null;
  searchPending: boolean;
  evaluationId: string | null;
  /** Documents other than this one describing its evaluation. */
  otherDocuments: number;
  insightIds: string[];
  /** Projects its evaluation evaluates. */
  projectIds: string[];
  /** Nodes its removal could leave orphaned. */
  neighbourIds: string[];
}

/** The new document, as the identity rules see it. */
export interface IncomingDocument {
  documentId: string;
  sha256: string;
  sourcePath: string;
  identity: 'EVALUATION' | 'CONTENT';
}

export type IdentityDecision =
  /** The same bytes are stored under the id the new document would get: nothing to write. */
  | { outcome: 'unchanged'; stored: StoredCandidate }
  /** Nothing stored is this document. */
  | { outcome: 'added'; replaced: [] }
  /** These stored documents are older versions (or another name) of this one: they go, it comes. */
  | { outcome: 'updated'; replaced: StoredCandidate[] };

/**
 * The identity rules, in order:
 * 1. The same bytes stored under the same id: `unchanged` (a second name or folder for the same
 *    file changes nothing).
 * 2. Otherwise the new document replaces (`updated`):
 *    - a stored document with its id: the same evaluation, language and kind (a new version);
 *    - stored documents with its bytes under another id (a document stored before identities
 *      existed, or whose kind the extractor now reads differently): one document, one id;
 *    - stored documents from its source path with other bytes (the file changed), unless both
 *      name their evaluation and differ by it, its language or its kind: the French summary
 *      saved over the English one's file name is a second document, not a new version.
 * 3. Otherwise `added`: two `report.md` in two folders, with other bytes, are two documents.
 */
export function decideDocumentWrite(incoming: IncomingDocument, candidates: readonly StoredCandidate[]): IdentityDecision {
  const sameBytes = candidates.filter((c) => c.sha256 === incoming.sha256);
  const stored = sameBytes.find((c) => c.id === incoming.documentId);
  if (stored) return { outcome: 'unchanged', stored };
  const replaced = candidates.filter(
    (c) =>
      c.id === incoming.documentId ||
      c.sha256 === incoming.sha256 ||
      (c.sourcePath === incoming.sourcePath && !(c.identity === 'EVALUATION' && incoming.identity === 'EVALUATION')),
  );
  if (replaced.length === 0) return { outcome: 'added', replaced: [] };
  return { outcome: 'updated', replaced: [...replaced].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
