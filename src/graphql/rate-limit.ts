import { getOperationAST, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RateLimit } from '../config.js';
import { AppError } from '../errors.js';

/**
 * Per-client rate limits: token buckets keyed by client IP. Two are used: expensive root fields
 * (each field, each alias, takes a token before the request runs; the exports of
 * src/http/explorer-plugin.ts take from the same bucket) and failed API keys (each
 * wrong or missing key takes one; an empty bucket refuses every key check, the right key
 * included, so guessing gets no faster answer). Requests made in-process (no client address:
 * the benchmark, tests through `yoga.fetch`) are not limited.
 *
 * Behind a reverse proxy every client has the proxy's address: the limits then apply to all
 * clients together. Limit per client at the proxy in that case, or raise the limits.
 */

/** Root fields that cost real work per call (CPU in the API or a variable-length graph query), and their tokens. */
export const EXPENSIVE_FIELDS: Readonly<Record<string, number>> = { comparablePractices: 1, paths: 1, neighbourhood: 1 };

/** What a bucket says to a request. */
export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** One token bucket per key (client IP), refilled continuously. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    /** Keys remembered at most; full (idle) buckets are forgotten first. */
    private readonly maxKeys = 10_000,
  ) {}

  /** True when the limit is on (a burst of 0 turns it off). */
  get enabled(): boolean {
    return this.limit.burst > 0;
  }

  /** Most tokens one request can ever take. */
  get burst(): number {
    return this.limit.burst;
  }

  private refilled(key: string): { tokens: number; at: number } {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) * this.limit.perMinute) / 60_000);
    bucket.at = now;
    return bucket;
  }

  private retryAfter(tokens: number, wanted: number): number {
    return Math.max(1, Math.ceil(((wanted - tokens) * 60) / this.limit.perMinute));
  }

  /** Takes `n` tokens when the bucket holds them; otherwise takes nothing and says when to retry. */
  take(key: string, n = 1): Verdict {
    if (!this.enabled) return { ok: true };
    const bucket = this.refilled(key);
    if (bucket.tokens < n) {
      this.remember(key, bucket);
      return { ok: false, retryAfterSeconds: this.retryAfter(bucket.tokens, Math.min(n, this.limit.burst)) };
    }
    bucket.tokens -= n;
    this.remember(key, bucket);
    return { ok: true };
  }

  /** Whether one token is there, without taking it. */
  check(key: string): Verdict {
    if (!this.enabled) return { ok: true };
    const bucket = this.refilled(key);
    return bucket.tokens >= 1 ? { ok: true } : { ok: false, retryAfterSeconds: this.retryAfter(bucket.tokens, 1) };
  }

  /** Takes a token whether or not one is left (a failure already happened: it must count). */
  spend(key: string): void {
    if (!this.enabled) return;
    const bucket = this.refilled(key);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    this.remember(key, bucket);
  }

  private remember(key: string, bucket: { tokens: number; at: number }): void {
    this.buckets.set(key, bucket);
    if (this.buckets.size <= this.maxKeys) return;
    for (const [other] of this.buckets) {
      if (other !== key && this.refilled(other).tokens >= this.limit.burst) this.buckets.delete(other);
    }
    // Still too many (a flood of distinct addresses): forget the oldest.
    for (const [other] of this.buckets) {
      if (this.buckets.size <= this.maxKeys) break;
      if (other !== key) this.buckets.delete(other);
    }
  }
}

/** The server's limits, created once per server. */
export interface RateLimiters {
  expensive: TokenBuckets;
  authFailures: TokenBuckets;
}

/** Both limits from the configuration (RATE_LIMIT_*). */
export function createRateLimiters(limits: { expensive: RateLimit; authFailures: RateLimit }, now: () => number = Date.now): RateLimiters {
  return { expensive: new TokenBuckets(limits.expensive, now), authFailures: new TokenBuckets(limits.authFailures, now) };
}

/** The RATE_LIMITED error: a client-safe AppError; the error mask adds `retryAfterSeconds`, HTTP 429 and `Retry-After`. */
export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', `${message} Retry after ${retryAfterSeconds} s.`, { details: { retryAfterSeconds } });
}

/** The GraphQL error of a refused request, as the client gets it (HTTP 429 with Retry-After in any response format). */
export function rateLimitedGraphQLError(error: AppError): GraphQLError {
  const retryAfterSeconds = Number(error.details?.retryAfterSeconds ?? 1);
  return new GraphQLError(error.message, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } } },
  });
}

/**
 * Tokens an operation takes from the expensive-fields bucket: its root fields listed in
 * EXPENSIVE_FIELDS, every alias counted, fragments on the root type followed.
 */
export function countExpensiveFields(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const seen = new Set<string>();
  const count = (selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += EXPENSIVE_FIELDS[selection.name.value] ?? 0;
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) total += count(fragment.selectionSet);
      }
    }
    return total;
  };
  return count(operation.selectionSet);
}

/** What the limit reads of the request's context (ApiContext has it). */
export interface RateLimitedContext {
  /** The client's IP address; null for in-process calls, which no rate limit applies to. */
  clientAddress: string | null;
  limits: RateLimiters;
}

/**
 * The expensive-fields limit, applied before execution: a request whose expensive fields the
 * client's bucket cannot cover is refused whole (nothing runs), with RATE_LIMITED, HTTP 429 and
 * Retry-After.
 */
export function useExpensiveFieldLimit(): Plugin<RateLimitedContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as RateLimitedContext;
      if (ctx.clientAddress === null || !ctx.limits.expensive.enabled) return;
      // envelop types the execution args loosely (any): these two are graphql-js's own.
      const tokens = countExpensiveFields(args.document as DocumentNode, args.operationName as string | null | undefined);
      if (tokens === 0) return;
      const fields = Object.keys(EXPENSIVE_FIELDS).join(', ');
      if (tokens > ctx.limits.expensive.burst) {
        const error = new GraphQLError(
          `This request asks for ${tokens} expensive fields (${fields}); a client may ask for ${ctx.limits.expensive.burst} at once: split it.`,
          {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          },
        );
        return setResultAndStopExecution({ errors: [error] });
      }
      const verdict = ctx.limits.expensive.take(ctx.clientAddress, tokens);
      if (verdict.ok) return;
      setResultAndStopExecution({
        errors: [
          rateLimitedGraphQLError(
            rateLimited(`Too many expensive requests (${fields}) from this client: this one asks for ${tokens}.`, verdict.retryAfterSeconds),
          ),
        ],
      });
    },
  };
}
