import { formatDocumentLine, formatIngestSummary } from '../../src/cli/ingest-command.js';
import type { DocumentOutcome, IngestReport } from '../../src/pipeline/ingest-documents.js';
import { zeroCounters } from '../../src/graph/write-graph.js';

const outcome = (overrides: Partial<DocumentOutcome>): DocumentOutcome => ({
  sourcePath: 'b/report.md',
  outcome: 'added',
  documentId: 'document:sha-bbbbbbbbbbbbbbbb',
  replaced: [],
  storedSourcePath: null,
  reason: null,
  code: null,
  insights: 9,
  searchPending: false,
  warnings: [],
  counters: zeroCounters(),
  ...overrides,
});

const report = (documents: DocumentOutcome[], dryRun = false): IngestReport => ({
  dryRun,
  documents,
  added: documents.filter((d) => d.outcome === 'added').length,
  updated: documents.filter((d) => d.outcome === 'updated').length,
  unchanged: documents.filter((d) => d.outcome === 'unchanged').length,
  failed: documents.filter((d) => d.outcome === 'failed').length,
  skipped: [],
  searchPending: [],
  pendingInGraph: 0,
  insightsIndexed: 0,
  projectsIndexed: 0,
  counters: zeroCounters(),
  referenceSynced: false,
  durationMs: 1200,
});

const replacing = outcome({
  outcome: 'updated',
  sourcePath: 'v2/report.md',
  replaced: [{ documentId: 'document:sha-aaaaaaaaaaaaaaaa', sourcePath: 'v1/report.md' }],
});
const same = outcome({ outcome: 'unchanged', sourcePath: 'y/two.md', documentId: 'document:sha-aaaaaaaaaaaaaaaa', storedSourcePath: 'x/one.md' });

describe('ingest output says what each document replaced (an update used to be silent about it)', () => {
  it('names the replaced path on the document line and the same bytes stored under another name', () => {
    expect(formatDocumentLine(replacing)).toBe('updated   v2/report.md  document:sha-bbbbbbbbbbbbbbbb  9 insights  replaced v1/report.md -> v2/report.md');
    expect(formatDocumentLine(same)).toBe('unchanged y/two.md  document:sha-aaaaaaaaaaaaaaaa  9 insights  same bytes as x/one.md');
  });

  it('lists every replacement in the summary', () => {
    expect(
      formatIngestSummary(report([outcome({}), replacing, same]))
        .split('\n')
        .slice(0, 2),
    ).toEqual(['documents: 1 added, 1 updated, 1 unchanged, 0 failed', 'replaced   v1/report.md -> v2/report.md']);
  });

  it('words a dry run as what would be done, and says nothing was written', () => {
    expect(formatDocumentLine(replacing, { dryRun: true })).toBe(
      'would update v2/report.md  document:sha-bbbbbbbbbbbbbbbb  9 insights  would replace v1/report.md -> v2/report.md',
    );
    expect(formatDocumentLine(outcome({}), { dryRun: true })).toBe('would add    b/report.md  document:sha-bbbbbbbbbbbbbbbb  9 insights');
    expect(formatIngestSummary(report([outcome({}), replacing, same], true))).toBe(
      ['dry run:   nothing written; would be 1 added, 1 updated, 1 unchanged, 0 failed', 'would replace v1/report.md -> v2/report.md', 'time:      1.2 s'].join(
        '\n',
      ),
    );
  });
});
