/** Timing helpers for the benchmarks: medians and percentiles, never single runs. */

export interface LatencySummary {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] as number;
}

export function summarise(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { runs: sorted.length, medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), minMs: sorted[0] ?? Number.NaN };
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times, alternating callers is the
 * caller's job (see run-bench: ours and raw interleave so machine noise hits both alike).
 */
export async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
