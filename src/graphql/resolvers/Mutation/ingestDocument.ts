import path from 'node:path';
import { AppError } from '../../../errors.js';
import { assertSafeFileName } from '../../../pipeline/check-file-name.js';
import { ingestDocuments, type IngestOutcome } from '../../../pipeline/ingest-documents.js';
import { extractInWorker } from '../../../workers/api-workers.js';
import type { ApiContext } from '../../context.js';
import type { IngestStatus, MutationIngestDocumentArgs } from '../../generated/resolvers-types.js';
import type { IngestResultParent } from '../../mappers.js';
import { requireApiKey } from './require-api-key.js';

const STATUS: Record<IngestOutcome, IngestStatus> = { added: 'ADDED', updated: 'UPDATED', unchanged: 'UNCHANGED', failed: 'FAILED' };

function decode(args: MutationIngestDocumentArgs): Uint8Array {
  if ((args.encoding ?? 'UTF8') === 'UTF8') return Buffer.from(args.content, 'utf8');
  const compact = args.content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new AppError('BAD_USER_INPUT', `content of "${args.filename}" is not valid base64.`);
  }
  return Buffer.from(compact, compact.includes('-') || compact.includes('_') ? 'base64url' : 'base64');
}

/**
 * Mutation.ingestDocument: the bytes go through `ingestDocuments`, the code path of
 * `lessons-graph ingest`; a document that cannot be read comes back FAILED with the reason.
 * Reading and extraction run on a worker thread with a time and memory limit (a hostile upload
 * must not stall the event loop or exhaust the heap); the writes stay here.
 */
export async function ingestDocument(_: unknown, args: MutationIngestDocumentArgs, ctx: ApiContext): Promise<IngestResultParent> {
  requireApiKey(ctx);
  // Before trimming: a trailing line break is a control character too, not a space to forgive.
  assertSafeFileName(args.filename);
  const filename = args.filename.trim();
  // Only a file name: the source path is recorded in the graph, never used to open a file.
  if (filename === '' || filename.length > 255 || filename !== path.basename(filename) || filename.startsWith('.')) {
    throw new AppError('BAD_USER_INPUT', 'filename must be a plain file name with its extension (e.g. summary.pdf), without folders.');
  }
  const bytes = decode(args);
  // One upload does not catch up with what earlier runs left pending: `ingest` and `reindex` do.
  const report = await ingestDocuments(ctx.deps, [{ bytes, sourcePath: filename }], {
    catchUp: false,
    extractBytes: (input, sourcePath) => extractInWorker(ctx.workers, input, sourcePath),
  });
  const outcome = report.documents[0];
  if (!outcome) throw new AppError('BAD_USER_INPUT', `"${filename}" was not taken as a document: ${report.skipped[0]?.reason ?? 'unsupported file'}.`);
  return {
    status: STATUS[outcome.outcome],
    sourcePath: outcome.sourcePath,
    documentId: outcome.documentId,
    insights: outcome.insights,
    searchPending: outcome.searchPending,
    reason: outcome.reason,
    warnings: outcome.warnings,
    replaced: outcome.replaced,
  };
}
