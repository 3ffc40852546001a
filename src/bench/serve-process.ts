import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../services/local-engine-paths.js';

/** The API as users reach it: `lessons-graph serve` in its own process. */
export interface ServedApi {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(origin: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API process exited with ${child.exitCode}: ${output().slice(-500)}`);
    try {
      const response = await fetch(`${origin}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API process did not get ready within ${timeoutMs} ms: ${output().slice(-500)}`);
}

/**
 * Starts `node bin/lessons-graph.js serve` on a free loopback port with `env` (the benchmark's
 * engines and index prefix) and waits until /readyz answers 200.
 */
export async function startServedApi(env: NodeJS.ProcessEnv): Promise<ServedApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons-graph.js'), 'serve', '--host', '127.0.0.1', '--port', String(port)], {
    // Every benchmark client comes from 127.0.0.1, one "client" for the per-IP limit on expensive
    // fields: turned off (0), or the load levels would measure RATE_LIMITED answers.
    env: { ...env, LOG_LEVEL: 'warn', RATE_LIMIT_EXPENSIVE_BURST: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitReady(origin, child, () => stderr, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    origin,
    pid: child.pid as number,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(forced);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
