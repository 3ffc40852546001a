import { parse } from 'graphql';
import { countExpensiveFields, createRateLimiters, TokenBuckets } from '../../../src/graphql/rate-limit.js';

describe('token buckets per client', () => {
  it('lets a burst through, then refuses with the seconds until a token is back, and refills over time', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 3, perMinute: 6 }, () => now);
    expect([1, 2, 3].map(() => buckets.take('10.0.0.1'))).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(buckets.take('10.0.0.1')).toEqual({ ok: false, retryAfterSeconds: 10 });
    // Another client has its own bucket.
    expect(buckets.take('10.0.0.2')).toEqual({ ok: true });
    now += 4_000;
    expect(buckets.take('10.0.0.1')).toEqual({ ok: false, retryAfterSeconds: 6 });
    now += 6_000;
    expect(buckets.take('10.0.0.1')).toEqual({ ok: true });
    // Several tokens at once: all or none.
    now += 60_000;
    expect(buckets.take('10.0.0.1', 4)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('10.0.0.1', 3)).toEqual({ ok: true });
  });

  it('failed API keys: spend counts every failure, check refuses once the burst is spent (regression: 2,000 bad keys in 1.6 s went through)', () => {
    let now = 0;
    const { authFailures } = createRateLimiters({ expensive: { burst: 20, perMinute: 120 }, authFailures: { burst: 10, perMinute: 10 } }, () => now);
    const answers: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const verdict = authFailures.check('10.0.0.9');
      if (!verdict.ok) answers.push(`limited ${verdict.retryAfterSeconds}`);
      else {
        answers.push('checked');
        authFailures.spend('10.0.0.9');
      }
      now += 0.8; // 2,000 in 1.6 s
    }
    expect(answers.filter((a) => a === 'checked')).toHaveLength(10);
    expect(answers.at(-1)).toBe('limited 5');
  });

  it('a burst of 0 turns a limit off', () => {
    const off = new TokenBuckets({ burst: 0, perMinute: 1 });
    expect(off.enabled).toBe(false);
    for (let i = 0; i < 100; i += 1) expect(off.take('x')).toEqual({ ok: true });
  });

  it('forgets idle clients when it holds too many', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 1, perMinute: 60 }, () => now, 2);
    buckets.take('a');
    buckets.take('b');
    now += 5_000;
    buckets.take('c');
    // a and b refilled (idle): forgotten, so a starts again with a full bucket.
    expect(buckets.take('a')).toEqual({ ok: true });
  });
});

describe('countExpensiveFields', () => {
  it('counts every alias of an expensive root field, through fragments, and nothing else', () => {
    const document = parse(`
      query Q {
        a: comparablePractices(text: "x") { score }
        b: comparablePractices(text: "y") { score }
        ... on Query { paths(from: "a", to: "b") { length } }
        ...More
        search(query: "x") { totalHits }
        country(code: "MLI") { name }
      }
      fragment More on Query { neighbourhood(id: "x") { truncated } c: comparablePractices(text: "z") { score } }
      query Other { health { status } }`);
    expect(countExpensiveFields(document, 'Q')).toBe(5);
    expect(countExpensiveFields(document, 'Other')).toBe(0);
  });
});
