import { boundedInt, decodeCursor, encodeCursor } from '../../../src/graphql/arguments.js';
import { AppError } from '../../../src/errors.js';

describe('GraphQL argument checks', () => {
  it('bounds integers with a message naming the argument and its range', () => {
    expect(boundedInt('first', undefined, 20, 1, 100)).toBe(20);
    expect(boundedInt('first', 100, 20, 1, 100)).toBe(100);
    expect(() => boundedInt('first', 100000, 20, 1, 100)).toThrow(new AppError('BAD_USER_INPUT', 'first must be an integer from 1 to 100 (got 100000).'));
    expect(() => boundedInt('first', 0, 20, 1, 100)).toThrow('first must be an integer from 1 to 100 (got 0).');
  });

  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(decodeCursor(null)).toBe(-1);
    expect(() => decodeCursor('bm90LWEtY3Vyc29y')).toThrow('after: not a cursor from this API; pass pageInfo.endCursor of the previous page.');
  });
});
