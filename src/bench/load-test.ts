import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
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
  // The probe runs in its own process: in this one it would wait on the event loop that reads
  // the answers of every autocannon connection, and report that as the service's latency.
  const prober = spawn(process.execPath, [fileURLToPath(new URL('./healthz-probe.js', import.meta.url)), options.healthzUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const probed = outputOf(prober, 'the /healthz probe').then((printed) =>
    (JSON.parse(printed) as Array<number | null>).map((ms) => ms ?? Number.POSITIVE_INFINITY),
  );
  let result: AutocannonResult;
  try {
    result = await generateLoad({
      url: options.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(options.body),
      connections: options.connections,
      duration: options.durationS,
      timeout: 30,
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

/** A child process's standard output once it exits with 0, or its failure. */
function outputOf(child: ChildProcess, what: string): Promise<string> {
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(printed) : reject(new Error(`${what} exited with ${code}`))));
  });
}

/**
 * Runs autocannon in its own process (load-generator.ts), niced by 10 where the system allows:
 * the clients yield the CPU to the service and the engines they measure.
 */
async function generateLoad(options: Record<string, unknown>): Promise<AutocannonResult> {
  const generator = spawn(process.execPath, [fileURLToPath(new URL('./load-generator.js', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const output = outputOf(generator, 'the load generator');
  try {
    if (generator.pid !== undefined) os.setPriority(generator.pid, 10);
  } catch {
    // Not allowed here (some containers): the load runs at the service's priority, as before.
  }
  generator.stdin.end(JSON.stringify(options));
  return JSON.parse(await output) as AutocannonResult;
}
