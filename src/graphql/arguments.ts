import { AppError } from '../errors.js';

/** Largest `first` any list field accepts. */
export const MAX_FIRST = 100;

/** Checks an integer argument's bounds; the error names the argument and its range. */
export function boundedInt(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const actual = value ?? fallback;
  if (!Number.isInteger(actual) || actual < min || actual > max) {
    throw new AppError('BAD_USER_INPUT', `${name} must be an integer from ${min} to ${max} (got ${actual}).`);
  }
  return actual;
}

/** Relay cursor of the hit at a 0-based position (opaque to clients). */
export function encodeCursor(position: number): string {
  return Buffer.from(`hit:${position}`, 'utf8').toString('base64url');
}

/** The position after which the next page starts; BAD_USER_INPUT for a cursor we did not make. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return -1;
  const match = /^hit:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this API; pass pageInfo.endCursor of the previous page.');
  return Number(match[1]);
}
