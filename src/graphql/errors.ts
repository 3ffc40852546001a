import { GraphQLError, type DocumentNode, type ExecutionResult, type Source } from 'graphql';
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
  RATE_LIMITED: 'RATE_LIMITED',
};

export const INTERNAL_MESSAGE = 'Unexpected error.';

// Extensions of GraphQL's and yoga's own errors that reach the client besides `code`.
const KEPT_EXTENSIONS = new Set(['http', 'retryAfterSeconds']);

/** Longest quoted value kept in a message sent to a client, and longest message. */
const MAX_QUOTED = 80;
const MAX_MESSAGE = 1000;

/**
 * Cuts what a message quotes of the client's input ("...", as our messages and graphql-js's
 * quote values) to MAX_QUOTED characters, and the message to MAX_MESSAGE: an argument of
 * megabytes must not come back whole. The net under every thrower that quotes input. A plain
 * scan, not a regular expression: backtracking over a 5 MB quoted run overflows the stack.
 */
export function cutMessage(message: string): string {
  let cut = '';
  let from = 0;
  for (let open = message.indexOf('"'); open !== -1; open = message.indexOf('"', from)) {
    let close = open + 1;
    while (close < message.length && message[close] !== '"') close += message[close] === '\\' ? 2 : 1;
    if (close >= message.length) break;
    const inner = message.slice(open + 1, close);
    cut += message.slice(from, open) + (inner.length > MAX_QUOTED ? `"${inner.slice(0, MAX_QUOTED - 1)}…" (${inner.length} characters)` : `"${inner}"`);
    from = close + 1;
    if (cut.length > MAX_MESSAGE) break;
  }
  cut += message.slice(from, from + MAX_MESSAGE);
  return cut.length <= MAX_MESSAGE ? cut : `${cut.slice(0, MAX_MESSAGE - 1)}…`;
}

function withCode(error: GraphQLError, message: string, code: string, extra: Record<string, unknown> = {}): GraphQLError {
  // graphql-jit's errors carry no `extensions` when they have none.
  const extensions: Record<string, unknown> = error.extensions ?? {};
  const coded = new GraphQLError(cutMessage(message), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    // Only the code (and the HTTP status yoga set) survive: nothing of the original error's internals.
    extensions: { ...(extensions.http ? { http: extensions.http } : {}), ...extra, code },
  });
  return coded;
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
      if (code === 'RATE_LIMITED') {
        const retryAfterSeconds = Number(original.details?.retryAfterSeconds ?? 1);
        return withCode(graphqlError, original.message, code, {
          retryAfterSeconds,
          http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
        });
      }
      if (code) {
        if (code === 'UNAVAILABLE') logger.warn({ err: original.cause ?? original }, original.message);
        return withCode(graphqlError, original.message, code);
      }
    } else if (error instanceof GraphQLError && (original === undefined || original === null || original instanceof GraphQLError)) {
      // GraphQL's and yoga's own errors keep their code (GRAPHQL_PARSE_FAILED,
      // GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, ...), their HTTP status and a rate limit's
      // retry delay, nothing else (yoga puts the JSON parser's own error in `originalError`);
      // those without a code (a variable of the wrong type) are the client's input: BAD_USER_INPUT.
      const existing = graphqlError.extensions?.code;
      const kept = Object.fromEntries(Object.entries(graphqlError.extensions ?? {}).filter(([key]) => KEPT_EXTENSIONS.has(key)));
      return withCode(graphqlError, graphqlError.message, typeof existing === 'string' ? existing : 'BAD_USER_INPUT', kept);
    }
    logger.error({ err: original ?? error, path: graphqlError.path }, 'GraphQL resolver failed');
    return withCode(graphqlError, INTERNAL_MESSAGE, 'INTERNAL_SERVER_ERROR');
  };
}

/**
 * Rejected queries (invalid, too deep, too costly) are the client's to fix:
 * GRAPHQL_VALIDATION_FAILED whichever rule (graphql-js, graphql-armor or our cost limit)
 * rejected them, and HTTP 400 for clients that accept `application/graphql-response+json`
 * (`spec: true`: 200 for `application/json`, as the GraphQL-over-HTTP spec asks). graphql-armor
 * prefixes its limits with "Syntax Error: " although the query parsed: the prefix goes.
 */
export function useClientErrorCodes() {
  return {
    onValidate() {
      return ({ valid, result }: { valid: boolean; result: readonly GraphQLError[] }) => {
        if (valid) return;
        for (const error of result) {
          const writable = error as { message: string; extensions: Record<string, unknown> };
          writable.message = error.message.replace(/^Syntax Error: /, '');
          writable.extensions = { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED', http: { spec: true, status: 400 } };
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

/** The offset in `body` of a 1-based line and column, lines broken as graphql-js breaks them. */
function offsetOf(body: string, line: number, column: number): number {
  const breaks = /\r\n|[\n\r]/g;
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const match = breaks.exec(body);
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lineStart + column - 1;
}

/**
 * The compiled executor (graphql-jit) reports where a field failed as `locations` only, without
 * the AST nodes graphql-js errors keep; yoga rebuilds every error from its nodes (or source and
 * positions) before sending it, which dropped the locations. Rebuilt here from the operation's
 * source, each error says where in the query it happened, as graphql-js's did.
 */
export function useExecutorErrorLocations() {
  return {
    onExecute({ args }: { args: { document: DocumentNode } }) {
      const source: Source | undefined = args.document.loc?.source;
      return {
        onExecuteDone({ result, setResult }: { result: ExecutionResult | AsyncIterable<unknown>; setResult: (result: ExecutionResult) => void }) {
          if (!source || Symbol.asyncIterator in result || !result.errors?.length) return;
          const located = (error: GraphQLError): GraphQLError =>
            error.nodes || error.source || !error.locations?.length
              ? error
              : new GraphQLError(error.message, {
                  source,
                  positions: error.locations.map(({ line, column }) => offsetOf(source.body, line, column)),
                  path: error.path,
                  originalError: error.originalError,
                  extensions: error.extensions,
                });
          setResult({ ...result, errors: result.errors.map(located) });
        },
      };
    },
  };
}
