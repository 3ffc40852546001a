import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { summarise, type LatencySummary } from './measure.js';

/** One load level against one query: what autocannon saw, and /healthz meanwhile. */
export interface LoadResult {
  name: string;
  connections: number;
  durationS: number;
  requests: number;
  /** Answers per second, mean over the run. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors, timeouts, non-2xx answers and 200 answers carrying GraphQL errors. */
  errors: number;
  /** /healthz latency while the load ran (a probe every 100 ms). */
  healthz: LatencySummary & { maxMs: number };
}

interface AutocannonResult {
  latency: { p50: number; p99: number; max: number; totalCount: number };
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}

type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

/** autocannon is a development dependency: loaded on use, with a clear error when missing. */
async function loadAutocannon(): Promise<Autocannon> {
  try {
    // A name typed as a string, not a literal: autocannon ships no types and is typed by hand above.
    const name: string = 'autocannon';
    const module = (await import(name)) as { default: Autocannon };
    return module.default;
  } catch (error) {
    throw new Error(`the load test needs autocannon (a development dependency): run npm install (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Runs `connections` concurrent HTTP/1.1 clients (autocannon, keep-alive, one request in flight
 * each) posting `body` to `url` for `durationS` seconds, while /healthz is probed every 100 ms
 * from another process (healthz-probe.ts).
 * An answer is an error unless it is 2xx and carries no GraphQL `errors`.
 */
export async function runLoad(options: {
  name: string;
  url: string;
  healthzUrl: string;
  body: unknown;
  connections: number;
  durationS: number;
}): Promise<LoadResult> {
  const autocannon = await loadAutocannon();
  // The probe runs in its own process: in this one it would wait on the event loop that reads
  // the answers of every autocannon connection, and report that as the service's latency.
  const prober = spawn(process.execPath, [fileURLToPath(new URL('./healthz-probe.js', import.meta.url)), options.healthzUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let printed = '';
  prober.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const probed = new Promise<number[]>((resolve, reject) => {
    prober.once('error', reject);
    prober.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the /healthz probe exited with ${code}`));
      const samples = JSON.parse(printed) as Array<number | null>;
      resolve(samples.map((ms) => ms ?? Number.POSITIVE_INFINITY));
    });
  });
  let result: AutocannonResult;
  try {
    result = await autocannon({
      url: options.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(options.body),
      connections: options.connections,
      duration: options.durationS,
      timeout: 30,
      verifyBody: (body: string) => !body.includes('"errors"'),
    });
  } finally {
    prober.stdin.end();
  }
  const healthz = await probed;
  const health = summarise(healthz.filter(Number.isFinite));
  return {
    name: options.name,
    connections: options.connections,
    durationS: options.durationS,
    requests: result.requests.total,
    throughput: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    healthz: { ...health, maxMs: Math.max(0, ...healthz) },
  };
}
