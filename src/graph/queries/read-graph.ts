import neo4j, { type Driver } from 'neo4j-driver';
import { AppError } from '../../errors.js';
import { toPlain } from '../neo4j-values.js';

/** The read side of the graph: every query of the API goes through one of these. */
export interface GraphReader {
  /**
   * Runs one parameterised Cypher query in a read transaction, bounded by the engine timeout,
   * and returns its rows as plain objects (Neo4j Integers become numbers, temporals ISO strings).
   */
  read<Row = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface GraphReaderOptions {
  database: string;
  /** Transaction timeout in milliseconds: the server aborts the query after it. */
  timeoutMs: number;
  /** Called once per query sent, before it runs: query logs and the N+1 tests count with it. */
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
}

/**
 * Calls `run` with V8's stack capture off. The driver's `session.run` makes an Error and formats
 * its stack on every query, to put the caller's frames on a failure it may report later: about
 * 70 µs of the service's thread per query (5 % of a project page's CPU in a profile). Its
 * errors are turned into AppErrors that never show a stack (toEngineError), and the log keeps
 * the driver's message and code. Only the synchronous call runs with the limit at 0.
 */
function withoutCallSiteStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Wraps a driver (created once in `main`) into a GraphReader. */
export function createGraphReader(driver: Driver, options: GraphReaderOptions): GraphReader {
  return {
    async read<Row>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
      options.onQuery?.(cypher, params);
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
      let timer: NodeJS.Timeout | undefined;
      // The server-side transaction timeout bounds a slow query; this bounds the rest (the
      // driver retrying a Neo4j that does not answer), so no request waits past the timeout.
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AppError('TIMEOUT', `Neo4j did not answer within ${options.timeoutMs} ms; retry later.`)), options.timeoutMs + 250);
      });
      try {
        // One auto-commit read, never retried: `executeRead` retries an unreachable server with
        // back-off for up to maxTransactionRetryTime, so a Neo4j that refuses connections cost
        // every request the whole engine timeout (10 s) before it said UNAVAILABLE. A read is
        // safe to retry, and the client is told to (UNAVAILABLE says "retry later").
        const result = await Promise.race([withoutCallSiteStack(() => session.run(cypher, toDriverParams(params), { timeout: options.timeoutMs })), deadline]);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        throw toEngineError(error, options.timeoutMs);
      } finally {
        clearTimeout(timer);
        // Not awaited: after a timeout the session may still be retrying; it closes when it stops.
        session.close().catch(() => undefined);
      }
    },
  };
}

/**
 * Maps a driver failure to a client-safe AppError: the message names the engine and the
 * remedy, never the Cypher; the original stays as `cause` for the logs.
 */
export function toEngineError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') {
    if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOutClientConfiguration')) {
      return new AppError('TIMEOUT', `Neo4j did not answer within ${timeoutMs} ms; narrow the query or retry later.`, { cause: error });
    }
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError')) {
      return new AppError('UNAVAILABLE', 'Neo4j is not reachable; retry later.', { cause: error });
    }
    if (code.startsWith('Neo.ClientError.Security')) {
      return new AppError('UNAVAILABLE', 'Neo4j refused our credentials; the server is misconfigured.', { cause: error });
    }
  }
  return error;
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT and integer comparisons refuse:
 * whole numbers are sent as Neo4j Integers (deeply, lists included).
 */
function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDriverParams(inner)]));
  }
  return value;
}
