/**
 * The one error type of the project. Client-safe: `code` is stable (scripts and GraphQL
 * clients branch on it) and `message` says what went wrong and how to fix it. Anything that
 * is not an AppError is an internal fault: GraphQL masks it and the CLI prints its message.
 */
export type ErrorCode =
  /** A file or argument the user gave is wrong (unreadable, empty, binary, too large, unknown format). */
  | 'BAD_INPUT'
  /** A GraphQL argument or filter is invalid. */
  | 'BAD_USER_INPUT'
  /** The requested entity does not exist. */
  | 'NOT_FOUND'
  /** A mutation was called without a valid API key. */
  | 'UNAUTHENTICATED'
  /** An engine (Neo4j or Meilisearch) cannot be reached or answered with an error. */
  | 'UNAVAILABLE'
  /** Environment configuration is invalid. */
  | 'CONFIG'
  /** Starting or stopping a local engine failed (Java missing, port taken, download failed). */
  | 'SERVICE'
  /** An engine call took longer than its timeout. */
  | 'TIMEOUT'
  /** A client sent more expensive requests, or wrong API keys, than its rate limit allows; retry after `details.retryAfterSeconds`. */
  | 'RATE_LIMITED';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.details = options?.details;
  }
  /**
   * Machine-readable facts for the code that catches the error (the rate limit's
   * `retryAfterSeconds`, a read limit's `size` and `maxBytes`); never sent to clients.
   */
  readonly details: Record<string, unknown> | undefined;
}

/** True for errors raised on purpose by our code (safe to show to a client). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A one-line description of any thrown value, for logs and CLI output. */
export function describeError(error: unknown): string {
  // The Meilisearch client says only "Request to <url> has failed"; the reason is its cause
  // (Meilisearch's own answer, or the connection's error).
  if (error instanceof Error && error.name === 'MeilisearchRequestError' && error.cause instanceof Error) return describeError(error.cause);
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

/**
 * A user-given value for an error message: JSON-quoted, and cut to `max` characters (the last
 * one an ellipsis) with the full length said, so a 5 MB argument never comes back whole in an
 * answer or a log line.
 */
export function quoteValue(value: string, max = 80): string {
  if (value.length <= max) return JSON.stringify(value);
  return `${JSON.stringify(`${value.slice(0, max - 1)}…`)} (${value.length} characters)`;
}
