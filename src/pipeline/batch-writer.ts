import { isCommitUnknownError, type DocumentWriteInput, type DocumentWriteResult } from '../graph/write-graph.js';

export interface BatchWriterOptions {
  /** Documents in one transaction at most. */
  maxDocuments: number;
  /** Statements in one transaction at most; a document with more goes alone. */
  maxStatements: number;
  /** Transactions in flight at once. */
  batchesInFlight: number;
}

export interface BatchWrites {
  /** Writes documents in one transaction, in order (writeDocuments): results for a prefix of them, or a throw. */
  writeBatch: (inputs: readonly DocumentWriteInput[]) => Promise<DocumentWriteResult[]>;
  /** Writes one document in its own transaction (writeDocument). */
  writeOne: (input: DocumentWriteInput) => Promise<DocumentWriteResult>;
}

interface Queued {
  input: DocumentWriteInput;
  resolve: (result: DocumentWriteResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Groups the documents given one at a time into write transactions (group commit): while the
 * transactions in flight run, the documents that arrive wait in order, and the next transaction
 * takes as many of them as its limits allow. A document given while a transaction slot is free
 * goes at once, alone, so nothing waits for a batch to fill. Each caller gets its own document's
 * result:
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

  const take = (): Queued[] => {
    const batch = [queue.shift()!];
    let statements = batch[0]!.input.statements.length;
    while (queue.length > 0 && batch.length < options.maxDocuments && statements + queue[0]!.input.statements.length <= options.maxStatements) {
      statements += queue[0]!.input.statements.length;
      batch.push(queue.shift()!);
    }
    return batch;
  };

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
      inFlight += 1;
      void run(take()).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  };

  return (input) =>
    new Promise<DocumentWriteResult>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      pump();
    });
}
