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
  | 'TIMEOUT';

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
  readonly details: Record<string, unknown> | undefined;
}

/** True for errors raised on purpose by our code (safe to show to a client). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A one-line description of any thrown value, for logs and CLI output. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
