import fs from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** True when a process with this pid exists (signal 0 probes without touching it). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The command line of a running process, or null. Used to make sure a pid file still points
 * at the engine we started, not at an unrelated process that reused the pid after a reboot.
 */
export function processCommandLine(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return null;
  }
}

/** Reads a pid file; null when absent or unreadable. */
export function readPidFile(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when something accepts TCP connections on host:port. */
export function isPortInUse(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Polls `probe` until it returns a value, the deadline passes, or `abortIf` says to give up
 * (for example: the engine process died). Returns the probe's value, or throws the last error.
 */
export async function waitFor<T>(probe: () => Promise<T>, options: { timeoutMs: number; intervalMs?: number; abortIf?: () => string | null }): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    const abortReason = options.abortIf?.();
    if (abortReason) throw new Error(abortReason);
    try {
      return await probe();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${Math.round(options.timeoutMs / 1000)} s${lastError ? `: ${String((lastError as Error).message ?? lastError)}` : ''}`);
    }
    await sleep(options.intervalMs ?? 500);
  }
}

/** Sends SIGTERM, waits for the process to exit, then SIGKILL after the grace period. */
export async function terminateProcess(pid: number, graceMs: number): Promise<'terminated' | 'killed' | 'not-running'> {
  if (!isProcessAlive(pid)) return 'not-running';
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return 'terminated';
    await sleep(200);
  }
  process.kill(pid, 'SIGKILL');
  while (isProcessAlive(pid)) await sleep(100);
  return 'killed';
}

/** The last lines of a log file, to explain why an engine did not start. */
export function tailFile(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
