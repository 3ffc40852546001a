import { isCommitUnknownError, type DocumentWriteInput, type DocumentWriteResult } from '../graph/write-graph.js';

export interface BatchWriterOptions {
  /** Documents in one transaction at most. */
  maxDocuments: number;
  /** Statements in one transaction at most; a document with more goes alone. */
  maxStatements: number;
  /** Transactions in flight at once. */
  batchesInFlight: number;
  /**
   * Longest a document waits for others to join its transaction while another transaction is in
   * flight (group commit); 0 sends what is queued as soon as a slot is free. With nothing in
   * flight a document never waits: a lone document, or the first of a run, goes at once.
   */
  lingerMs?: number;
}

export interface BatchWrites {
  /** Writes documents in one transaction, in order (writeDocuments): results for a prefix of them, or a throw. */
  writeBatch: (inputs: readonly DocumentWriteInput[]) => Promise<DocumentWriteResult[]>;
  /** Writes one document in its own transaction (writeDocument). */
  writeOne: (input: DocumentWriteInput) => Promise<DocumentWriteResult>;
}

interface Queued {
  input: DocumentWriteInput;
  /** When it was given (performance.now()), for the linger. */
  queuedAt: number;
  resolve: (result: DocumentWriteResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Groups the documents given one at a time into write transactions (group commit): while the
 * transactions in flight run, the documents that arrive wait in order, and the next transaction
 * takes as many of them as its limits allow. While a transaction is in flight, a free slot waits
 * up to `lingerMs` (from the oldest waiting document) for its batch to fill, since Neo4j's cost
 * per document falls with the batch size; with nothing in flight a document goes at once, so a
 * lone document never waits. Each caller gets its own document's result:
 * - a batch whose transaction failed is retried one document per transaction, in order, so a bad
 *   document fails alone with its own error and the others are written; except when its COMMIT
 *   may have gone through (Neo4j went away meanwhile): each of its documents then fails with that
 *   error, which says to run the ingest again, as a single document's write would;
 * - the documents after one that asked for the index first (`index-first`) go back to the head
 *   of the queue, for the next transaction.
 */
export function createBatchWriter(writes: BatchWrites, options: BatchWriterOptions): (input: DocumentWriteInput) => Promise<DocumentWriteResult> {
  const queue: Queued[] = [];
  let inFlight = 0;
  const lingerMs = Math.max(0, options.lingerMs ?? 0);
  let lingerTimer: NodeJS.Timeout | null = null;

  /**
   * The head of the queue the next transaction takes: its first document whatever its size, then
   * as many as fit in the limits; with their statement count.
   */
  const nextBatch = (): { size: number; statements: number } => {
    let size = 1;
    let statements = queue[0]!.input.statements.length;
    while (size < queue.length && size < options.maxDocuments && statements + queue[size]!.input.statements.length <= options.maxStatements) {
      statements += queue[size]!.input.statements.length;
      size += 1;
    }
    return { size, statements };
  };

  /** Whether the next transaction is full: no document, queued or to come, could join it. */
  const full = (): boolean => {
    const { size, statements } = nextBatch();
    return size < queue.length || size >= options.maxDocuments || statements >= options.maxStatements;
  };

  const take = (): Queued[] => queue.splice(0, nextBatch().size);

  const writeAlone = async (queued: Queued): Promise<void> => {
    try {
      queued.resolve(await writes.writeOne(queued.input));
    } catch (error) {
      queued.reject(error);
    }
  };

  const run = async (batch: Queued[]): Promise<void> => {
    if (batch.length === 1) return writeAlone(batch[0]!);
    let results: DocumentWriteResult[];
    try {
      results = await writes.writeBatch(batch.map((queued) => queued.input));
    } catch (error) {
      if (isCommitUnknownError(error)) {
        for (const queued of batch) queued.reject(error);
        return;
      }
      for (const queued of batch) await writeAlone(queued);
      return;
    }
    for (const [i, result] of results.entries()) batch[i]!.resolve(result);
    queue.unshift(...batch.slice(results.length));
  };

  const pump = (): void => {
    while (inFlight < Math.max(1, options.batchesInFlight) && queue.length > 0) {
      if (inFlight > 0 && lingerMs > 0 && !full()) {
        const waited = performance.now() - queue[0]!.queuedAt;
        if (waited < lingerMs) {
          lingerTimer ??= setTimeout(() => {
            lingerTimer = null;
            pump();
          }, lingerMs - waited);
          return;
        }
      }
      if (lingerTimer !== null) {
        clearTimeout(lingerTimer);
        lingerTimer = null;
      }
      inFlight += 1;
      void run(take()).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  };

  return (input) =>
    new Promise<DocumentWriteResult>((resolve, reject) => {
      queue.push({ input, queuedAt: performance.now(), resolve, reject });
      pump();
    });
}
