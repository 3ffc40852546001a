import { createBatchWriter, type BatchWriterOptions } from '../../src/pipeline/batch-writer.js';
import type { DocumentWriteInput, DocumentWriteResult } from '../../src/graph/write-graph.js';

/**
 * The batch writer's scheduling, with writes that finish when the test says so: which documents
 * go together, and when. (What a batch writes in the graph is tested on Neo4j in
 * tests/integration/ingest-write-batches.test.ts.)
 */

/** A document of `statements` statements, told apart by its id. */
const doc = (id: string, statements = 1): DocumentWriteInput =>
  ({ ids: { documentId: id }, statements: Array.from({ length: statements }, () => ({ cypher: 'RETURN 1', params: {} })) }) as unknown as DocumentWriteInput;
const written = (input: DocumentWriteInput): DocumentWriteResult => ({ outcome: 'added', documentId: input.ids.documentId }) as unknown as DocumentWriteResult;

/** Writes that record each transaction's documents and finish when `finish(n)` is called for it. */
function heldWrites() {
  const transactions: { ids: string[]; finish: () => void }[] = [];
  const hold = (inputs: readonly DocumentWriteInput[]) =>
    new Promise<DocumentWriteResult[]>((resolve) => {
      transactions.push({ ids: inputs.map((input) => input.ids.documentId), finish: () => resolve(inputs.map(written)) });
    });
  return {
    transactions,
    writes: {
      writeBatch: hold,
      writeOne: async (input: DocumentWriteInput) => (await hold([input]))[0]!,
    },
  };
}

const documentIdOf = (result: DocumentWriteResult) => ('documentId' in result ? result.documentId : null);

const options = (overrides: Partial<BatchWriterOptions>): BatchWriterOptions => ({
  maxDocuments: 16,
  maxStatements: 600,
  batchesInFlight: 2,
  lingerMs: 0,
  ...overrides,
});

/** Lets the writer's promise callbacks and zero-delay timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('grouping documents into write transactions (createBatchWriter)', () => {
  it('with nothing in flight a document goes at once, however long the linger', async () => {
    const { transactions, writes } = heldWrites();
    const write = createBatchWriter(writes, options({ lingerMs: 60_000 }));
    const result = write(doc('a'));
    await settle();
    expect(transactions.map((t) => t.ids)).toEqual([['a']]);
    transactions[0]!.finish();
    await expect(result).resolves.toMatchObject({ documentId: 'a' });
  });

  it('while a transaction is in flight, the documents that arrive wait up to the linger and then go together', async () => {
    const { transactions, writes } = heldWrites();
    const write = createBatchWriter(writes, options({ lingerMs: 80 }));
    const results = [write(doc('a'))];
    await settle();
    results.push(write(doc('b')), write(doc('c')), write(doc('d')));
    await settle();
    // The first is still in flight and the linger has not passed: the free slot waits.
    expect(transactions.map((t) => t.ids)).toEqual([['a']]);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(transactions.map((t) => t.ids)).toEqual([['a'], ['b', 'c', 'd']]);
    for (const t of transactions) t.finish();
    expect((await Promise.all(results)).map(documentIdOf)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a batch that is full goes at once, without waiting for the linger', async () => {
    const { transactions, writes } = heldWrites();
    const write = createBatchWriter(writes, options({ lingerMs: 60_000, maxDocuments: 3 }));
    const results = [write(doc('a'))];
    await settle();
    results.push(write(doc('b')), write(doc('c')));
    await settle();
    expect(transactions).toHaveLength(1);
    results.push(write(doc('d')));
    await settle();
    expect(transactions.map((t) => t.ids)).toEqual([['a'], ['b', 'c', 'd']]);
    for (const t of transactions) t.finish();
    await Promise.all(results);
  });

  it('counts statements as well as documents: a batch that would pass the statement limit is full', async () => {
    const { transactions, writes } = heldWrites();
    const write = createBatchWriter(writes, options({ lingerMs: 60_000, maxStatements: 10 }));
    const results = [write(doc('a'))];
    await settle();
    results.push(write(doc('b', 6)), write(doc('c', 6)));
    await settle();
    // b and c together pass 10 statements: b goes alone at once, c waits for a slot.
    expect(transactions.map((t) => t.ids)).toEqual([['a'], ['b']]);
    transactions[0]!.finish();
    await settle();
    // A slot is free but b is in flight: c waits for company (or the linger) ...
    expect(transactions).toHaveLength(2);
    transactions[1]!.finish();
    await settle();
    // ... until nothing is in flight.
    expect(transactions.map((t) => t.ids)).toEqual([['a'], ['b'], ['c']]);
    transactions[2]!.finish();
    await Promise.all(results);
  });

  it('a document at or over the statement limit goes at once: nothing could join it', async () => {
    const { transactions, writes } = heldWrites();
    const write = createBatchWriter(writes, options({ lingerMs: 60_000, maxStatements: 10 }));
    const results = [write(doc('a'))];
    await settle();
    results.push(write(doc('big', 12)));
    await settle();
    expect(transactions.map((t) => t.ids)).toEqual([['a'], ['big']]);
    for (const t of transactions) t.finish();
    await Promise.all(results);
  });

  it('when the transaction in flight ends, the documents waiting go at once, before their linger is over', async () => {
    const { transactions, writes } = heldWrites();
    const write = createBatchWriter(writes, options({ lingerMs: 60_000 }));
    const results = [write(doc('a'))];
    await settle();
    results.push(write(doc('b')), write(doc('c')));
    await settle();
    expect(transactions).toHaveLength(1);
    transactions[0]!.finish();
    await settle();
    expect(transactions.map((t) => t.ids)).toEqual([['a'], ['b', 'c']]);
    transactions[1]!.finish();
    expect((await Promise.all(results)).map(documentIdOf)).toEqual(['a', 'b', 'c']);
  });

  it('without a linger a free slot takes what is queued at once', async () => {
    const { transactions, writes } = heldWrites();
    const write = createBatchWriter(writes, options({ lingerMs: 0 }));
    const results = [write(doc('a'))];
    await settle();
    results.push(write(doc('b')));
    await settle();
    expect(transactions.map((t) => t.ids)).toEqual([['a'], ['b']]);
    for (const t of transactions) t.finish();
    await Promise.all(results);
  });
});
