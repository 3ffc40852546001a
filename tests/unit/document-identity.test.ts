import { decideDocumentWrite, type IncomingDocument, type StoredCandidate } from '../../src/graph/document-identity.js';

const stored = (id: string, sha256: string, sourcePath: string, identity: string | null = 'CONTENT'): StoredCandidate => ({
  id,
  sha256,
  sourcePath,
  identity,
  searchPending: false,
  evaluationId: null,
  otherDocuments: 0,
  insightIds: [],
  projectIds: [],
  neighbourIds: [],
});
const incoming = (documentId: string, sha256: string, sourcePath: string, identity: IncomingDocument['identity'] = 'CONTENT'): IncomingDocument => ({
  documentId,
  sha256,
  sourcePath,
  identity,
});

describe('which stored document a new one is', () => {
  it('adds a document with other bytes under another folder, whatever its name (a/report.md then b/report.md replaced the first)', () => {
    expect(decideDocumentWrite(incoming('document:sha-b', 'b', 'b/report.md'), [])).toEqual({ outcome: 'added', replaced: [] });
  });

  it('finds the same bytes under another name unchanged (they were two documents with duplicated insights)', () => {
    const one = stored('document:sha-a', 'a', 'x/one.md');
    expect(decideDocumentWrite(incoming('document:sha-a', 'a', 'y/two.md'), [one])).toEqual({ outcome: 'unchanged', stored: one });
  });

  it('replaces the previous content of the same file, and says which', () => {
    const old = stored('document:sha-a', 'a', 'report.md');
    expect(decideDocumentWrite(incoming('document:sha-b', 'b', 'report.md'), [old])).toEqual({ outcome: 'updated', replaced: [old] });
  });

  it('replaces the same evaluation, language and kind from another file (a new version)', () => {
    const old = stored('document:e-fr-summary', 'a', 'v1/seed.txt', 'EVALUATION');
    expect(decideDocumentWrite(incoming('document:e-fr-summary', 'b', 'v2/seed.txt', 'EVALUATION'), [old])).toEqual({ outcome: 'updated', replaced: [old] });
  });

  it('keeps two documents of one file name that name different evaluations, languages or kinds (an upload named summary.pdf replaced any other)', () => {
    const french = stored('document:e-fr-summary', 'a', 'summary.txt', 'EVALUATION');
    expect(decideDocumentWrite(incoming('document:e-en-summary', 'b', 'summary.txt', 'EVALUATION'), [french])).toEqual({ outcome: 'added', replaced: [] });
  });

  it('replaces the same bytes stored under an older id (a graph written before identities), with the other version of the file', () => {
    const legacy = stored('document:report', 'a', 'report.md', null);
    const other = stored('document:e-en-report', 'c', 'elsewhere.md', 'EVALUATION');
    expect(decideDocumentWrite(incoming('document:e-en-report', 'a', 'report.md', 'EVALUATION'), [other, legacy])).toEqual({
      outcome: 'updated',
      replaced: [other, legacy],
    });
  });
});
