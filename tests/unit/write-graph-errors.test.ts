import { Neo4jError } from 'neo4j-driver';
import { isTransientError, isUnavailableError } from '../../src/graph/write-graph.js';

describe('which Neo4j write errors are retried', () => {
  it('retries a deadlock between concurrent documents (the benchmark lost a document to one)', () => {
    const deadlock = new Neo4jError(
      "ForsetiClient[transactionId=1014] can't acquire ExclusiveLock",
      'Neo.TransientError.Transaction.DeadlockDetected',
      '50N42',
      'deadlock',
    );
    expect(isTransientError(deadlock)).toBe(true);
    expect(isUnavailableError(deadlock)).toBe(false);
  });

  it('does not retry a statement error', () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax');
    expect(isTransientError(syntax)).toBe(false);
    expect(isTransientError(new Error('boom'))).toBe(false);
    expect(isTransientError(null)).toBe(false);
  });
});
