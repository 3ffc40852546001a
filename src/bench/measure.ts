/** Timing helpers for the benchmarks: medians and percentiles, never single runs. */

export interface LatencySummary {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

/** The value at `fraction` (0..1) of `sorted` (ascending), nearest-rank; NaN when empty. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] as number;
}

/** Median, 95th percentile and minimum of a run's samples (any order). */
export function summarise(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { runs: sorted.length, medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), minMs: sorted[0] ?? Number.NaN };
}

/**
 * Wall-clock milliseconds of one call of `fn`. Warm-up and repetition are the caller's job:
 * run-bench interleaves our calls and the raw engine's so machine noise hits both alike.
 */
export async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
