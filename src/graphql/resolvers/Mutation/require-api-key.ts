import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../errors.js';
import type { ApiContext } from '../../context.js';

/**
 * Mutations need `x-api-key` equal to LESSONS_GRAPH_API_KEY; with no key configured they are
 * refused outright. Constant-time comparison so the key cannot be guessed byte by byte.
 */
export function requireApiKey(ctx: ApiContext): void {
  const expected = ctx.deps.config.server.apiKey;
  if (expected === null) {
    throw new AppError('UNAUTHENTICATED', 'Mutations are disabled on this server: it has no LESSONS_GRAPH_API_KEY.');
  }
  const given = ctx.apiKey;
  if (given === null || given === '') throw new AppError('UNAUTHENTICATED', 'This mutation needs the API key in the x-api-key header.');
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new AppError('UNAUTHENTICATED', 'The x-api-key header does not match the server API key.');
}
