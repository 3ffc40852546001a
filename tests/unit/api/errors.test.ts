import { GraphQLError } from 'graphql';
import { AppError } from '../../../src/errors.js';
import { toEngineError } from '../../../src/graph/queries/read-graph.js';
import { pino } from 'pino';
import { createMaskError, createYogaErrorLog, INTERNAL_MESSAGE } from '../../../src/graphql/errors.js';
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

  it("gives GraphQL's own errors (bad variables, unknown fields) BAD_USER_INPUT", () => {
    const masked = mask(new GraphQLError('Variable "$f" got invalid value "soon" at "f.yearFrom"; Int cannot represent non-integer value: "soon"'), INTERNAL_MESSAGE) as GraphQLError;
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
