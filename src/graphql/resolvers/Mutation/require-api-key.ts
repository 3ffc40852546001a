import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../errors.js';
import type { ApiContext } from '../../context.js';
import { rateLimited } from '../../rate-limit.js';

/**
 * Mutations need `x-api-key` equal to LESSONS_GRAPH_API_KEY; with no key configured they are
 * refused outright. Constant-time comparison so the key cannot be guessed byte by byte. Every
 * missing or wrong key takes a token from the client's failed-key bucket; once it is empty,
 * every key check from that client is RATE_LIMITED (the right key too, so guessing gets no
 * faster answer) until the bucket refills.
 */
export function requireApiKey(ctx: ApiContext): void {
  const expected = ctx.deps.config.server.apiKey;
  if (expected === null) {
    throw new AppError('UNAUTHENTICATED', 'Mutations are disabled on this server: it has no LESSONS_GRAPH_API_KEY.');
  }
  const client = ctx.clientAddress;
  if (client !== null) {
    const verdict = ctx.limits.authFailures.check(client);
    if (!verdict.ok) throw rateLimited('Too many wrong API keys from this client.', verdict.retryAfterSeconds);
  }
  const refuse = (message: string): never => {
    if (client !== null) ctx.limits.authFailures.spend(client);
    throw new AppError('UNAUTHENTICATED', message);
  };
  const given = ctx.apiKey;
  if (given === null || given === '') refuse('This mutation needs the API key in the x-api-key header.');
  const a = Buffer.from(given ?? '', 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b)) refuse('The x-api-key header does not match the server API key.');
}
