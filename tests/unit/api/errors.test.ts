import { GraphQLError } from 'graphql';
import { AppError, quoteValue } from '../../../src/errors.js';
import { toEngineError } from '../../../src/graph/queries/read-graph.js';
import { pino } from 'pino';
import { createMaskError, createYogaErrorLog, cutMessage, INTERNAL_MESSAGE } from '../../../src/graphql/errors.js';
import { rateLimited } from '../../../src/graphql/rate-limit.js';
import { createLogger } from '../../../src/logger.js';

const mask = createMaskError(createLogger({ logLevel: 'silent' }));

function inResolver(original: unknown): GraphQLError {
  return new GraphQLError(original instanceof Error ? original.message : String(original), { path: ['search'], originalError: original as Error });
}

describe('GraphQL error masking', () => {
  it('keeps an AppError message and gives it its public code', () => {
    const masked = mask(inResolver(new AppError('NOT_FOUND', 'No node with id "x".')), INTERNAL_MESSAGE) as GraphQLError;
    expect(masked.message).toBe('No node with id "x".');
    expect(masked.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(masked.path).toEqual(['search']);
  });

  it('turns an engine timeout into UNAVAILABLE and BAD_INPUT into BAD_USER_INPUT', () => {
    expect((mask(inResolver(new AppError('TIMEOUT', 'slow')), INTERNAL_MESSAGE) as GraphQLError).extensions.code).toBe('UNAVAILABLE');
    expect((mask(inResolver(new AppError('BAD_INPUT', 'empty file')), INTERNAL_MESSAGE) as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('masks anything else: no message, no stack, no Cypher', () => {
    const leak = new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n) RETURN n at bolt://127.0.0.1:7687');
    const masked = mask(inResolver(leak), INTERNAL_MESSAGE) as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/MATCH|bolt|stack/);
    expect((mask(new AppError('CONFIG', 'bad env'), INTERNAL_MESSAGE) as GraphQLError).message).toBe('Unexpected error.');
  });

  it('cuts what a message quotes of a huge argument (regression: NOT_FOUND echoed 4.9 MB)', () => {
    const huge = 'x'.repeat(4_900_000);
    const masked = mask(inResolver(new AppError('NOT_FOUND', `No insight with id "${huge}".`)), INTERNAL_MESSAGE) as GraphQLError;
    expect(masked.message).toBe(`No insight with id "${'x'.repeat(79)}…" (4900000 characters).`);
    expect(cutMessage(`code "${'é'.repeat(81)}" and "short"`)).toBe(`code "${'é'.repeat(79)}…" (81 characters) and "short"`);
    // An unbalanced quote cannot escape the cut: the message itself is bounded.
    expect(cutMessage(`bad "${'y'.repeat(5000)}`)).toHaveLength(1000);
  });

  it('quoteValue quotes short values whole and cuts long ones the same way', () => {
    expect(quoteValue('org:ilo')).toBe('"org:ilo"');
    expect(quoteValue(`org:${'x'.repeat(100)}`)).toBe(`"org:${'x'.repeat(75)}…" (104 characters)`);
    // The mask leaves an already cut value as it is.
    expect(cutMessage(`No node with id ${quoteValue('z'.repeat(500))}.`)).toBe(`No node with id "${'z'.repeat(79)}…" (500 characters).`);
  });

  it('RATE_LIMITED carries retryAfterSeconds, HTTP 429 and a Retry-After header', () => {
    const masked = mask(inResolver(rateLimited('Too many wrong API keys from this client.', 7)), INTERNAL_MESSAGE) as GraphQLError;
    expect(masked.message).toBe('Too many wrong API keys from this client. Retry after 7 s.');
    expect(masked.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 7, http: { status: 429, headers: { 'retry-after': '7' } } });
  });

  it("keeps the code of GraphQL's and yoga's own errors (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST)", () => {
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']) {
      expect((mask(new GraphQLError('x', { extensions: { code } }), INTERNAL_MESSAGE) as GraphQLError).extensions.code).toBe(code);
    }
  });

  it("gives GraphQL's own errors (bad variables, unknown fields) BAD_USER_INPUT", () => {
    const masked = mask(
      new GraphQLError('Variable "$f" got invalid value "soon" at "f.yearFrom"; Int cannot represent non-integer value: "soon"'),
      INTERNAL_MESSAGE,
    ) as GraphQLError;
    expect(masked.extensions.code).toBe('BAD_USER_INPUT');
    expect(masked.message).toMatch(/^Variable "\$f" got invalid value/);
  });
});

describe('Neo4j driver errors', () => {
  it('maps unreachable, timed out and refused credentials to client-safe AppErrors', () => {
    const unavailable = toEngineError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' }), 1000);
    expect(unavailable).toEqual(new AppError('UNAVAILABLE', 'Neo4j is not reachable; retry later.'));
    const timeout = toEngineError(Object.assign(new Error('terminated'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' }), 1000);
    expect(timeout).toEqual(new AppError('TIMEOUT', 'Neo4j did not answer within 1000 ms; narrow the query or retry later.'));
    const auth = toEngineError(Object.assign(new Error('unauthorized'), { code: 'Neo.ClientError.Security.Unauthorized' }), 1000);
    expect((auth as AppError).code).toBe('UNAVAILABLE');
    const other = new Error('something else');
    expect(toEngineError(other, 1000)).toBe(other);
  });
});

describe("yoga's error log", () => {
  function capture() {
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    return { log: createYogaErrorLog(logger), lines };
  }

  it("logs the client's own mistakes (missing API key, invalid query) at debug, not as server errors", () => {
    const { log, lines } = capture();
    log(inResolver(new AppError('UNAUTHENTICATED', 'This mutation needs the API key.')));
    log([new GraphQLError('Cannot query field "nope" on type "Query".')]);
    expect(lines.map((line) => line.level)).toEqual([20, 20]);
  });

  it('keeps anything else at error level', () => {
    const { log, lines } = capture();
    log(inResolver(new Error('socket hang up')));
    log('plain message');
    expect(lines.map((line) => line.level)).toEqual([50, 50]);
  });
});
