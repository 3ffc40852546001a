import { GraphQLError } from 'graphql';
import { isAppError, type ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

/** AppError codes a client may see, and the `extensions.code` they become. */
const PUBLIC_CODES: Partial<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  UNAVAILABLE: 'UNAVAILABLE',
  // A slow engine is, for the client, an engine not available now: retry later.
  TIMEOUT: 'UNAVAILABLE',
};

export const INTERNAL_MESSAGE = 'Unexpected error.';

function withCode(error: GraphQLError, message: string, code: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    // Only the code (and the HTTP status yoga set) survive: nothing of the original error's internals.
    extensions: { ...(error.extensions.http ? { http: error.extensions.http } : {}), ...extra, code },
  });
}

/**
 * yoga's error mask: AppErrors with a public code keep their message and get
 * `extensions.code`; GraphQL's own errors (invalid query, bad variable value) are the
 * client's: BAD_USER_INPUT; anything else is logged with its cause and masked. Never a stack
 * trace, a Cypher query or an engine address in the answer.
 */
export function createMaskError(logger: Logger): (error: unknown, message: string) => Error {
  return (error: unknown, message: string): Error => {
    const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(message);
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (isAppError(original)) {
      const code = PUBLIC_CODES[original.code];
      if (code) {
        if (code === 'UNAVAILABLE') logger.warn({ err: original.cause ?? original }, original.message);
        return withCode(graphqlError, original.message, code);
      }
    } else if (error instanceof GraphQLError && (original === undefined || original === null || original instanceof GraphQLError)) {
      const existing = typeof graphqlError.extensions.code === 'string' ? graphqlError.extensions.code : null;
      return withCode(graphqlError, graphqlError.message, existing && existing !== 'GRAPHQL_VALIDATION_FAILED' ? existing : 'BAD_USER_INPUT');
    }
    logger.error({ err: original ?? error, path: graphqlError.path }, 'GraphQL resolver failed');
    return withCode(graphqlError, INTERNAL_MESSAGE, 'INTERNAL_SERVER_ERROR');
  };
}

/**
 * Rejected queries (invalid, too deep, too costly) are the client's to fix: BAD_USER_INPUT,
 * whichever validation rule (graphql-js or graphql-armor) rejected them.
 */
export function useClientErrorCodes() {
  return {
    onValidate() {
      return ({ valid, result }: { valid: boolean; result: readonly GraphQLError[] }) => {
        if (valid) return;
        for (const error of result) {
          (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, code: 'BAD_USER_INPUT' };
        }
      };
    },
  };
}

/**
 * yoga's error log channel. yoga logs every error it sends; the client's own mistakes (bad
 * input, missing key, not found) are not the server's faults, so they go to debug. Internal
 * faults were already logged with their cause by the mask; anything else stays at error.
 */
export function createYogaErrorLog(logger: Logger): (...args: unknown[]) => void {
  const isClientError = (arg: unknown): boolean => {
    if (!(arg instanceof GraphQLError)) return false;
    const original = arg.originalError;
    if (isAppError(original)) return PUBLIC_CODES[original.code] !== undefined;
    // graphql-js's own errors (invalid query, bad variables) carry no original error.
    return original === undefined || original === null || original instanceof GraphQLError;
  };
  return (...args: unknown[]) => {
    const flat = args.flat();
    if (flat.length > 0 && flat.every(isClientError)) logger.debug({ yoga: args }, 'GraphQL error sent to the client');
    else logger.error({ yoga: args }, 'yoga');
  };
}
