import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, describeError } from '../errors.js';
import { isPortInUse, isProcessAlive, processCommandLine, readPidFile, tailFile, terminateProcess, waitFor } from './process-utils.js';

export interface EngineStatus {
  engine: 'neo4j' | 'meilisearch';
  /** Answering on its address (with our credentials). */
  up: boolean;
  /** Where it listens. */
  address: string;
  version: string | null;
  /** Pid of the process we started, if it is running. */
  pid: number | null;
  /** Why it is not up, when it is not. */
  reason: string | null;
}

/**
 * An engine's status from one probe (which returns the version or throws): a probe that fails
 * is an engine down, with the failure as its reason, never an exception.
 */
export async function probeStatus(engine: EngineStatus['engine'], address: string, pid: number | null, probe: () => Promise<string>): Promise<EngineStatus> {
  try {
    return { engine, up: true, address, version: await probe(), pid, reason: null };
  } catch (error) {
    return { engine, up: false, address, version: null, pid, reason: describeError(error) };
  }
}

/** Where a local engine keeps its pid file and log, and what its command line contains. */
export interface EngineProcessFiles {
  pidFile: string;
  logFile: string;
  /** A string found in the engine's command line: a pid whose command line lacks it is not ours. */
  commandMarker: string;
}

/** The pid of the engine process we started, if it still runs; null otherwise. */
export function runningPid(files: EngineProcessFiles): number | null {
  const pid = readPidFile(files.pidFile);
  if (pid === null || !isProcessAlive(pid)) return null;
  // A pid reused by an unrelated process after a reboot does not count.
  return processCommandLine(pid)?.includes(files.commandMarker) ? pid : null;
}

/**
 * Starts an engine detached from this process (it outlives the CLI), output appended to its
 * log, pid recorded. Secrets go in `env`, never in `args` (visible to every user in `ps`).
 */
export function spawnEngine(files: EngineProcessFiles, command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): number {
  fs.mkdirSync(path.dirname(files.logFile), { recursive: true });
  fs.mkdirSync(path.dirname(files.pidFile), { recursive: true });
  const log = fs.openSync(files.logFile, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', log, log], env: options.env, cwd: options.cwd });
  fs.closeSync(log);
  if (child.pid === undefined) throw new AppError('SERVICE', `Could not start ${command}.`);
  fs.writeFileSync(files.pidFile, String(child.pid));
  child.unref();
  return child.pid;
}

/**
 * Waits until `probe` answers (returning the engine's version). Gives up at once, with the
 * log's last lines, when the process dies; after `timeoutMs` otherwise.
 */
export async function waitUntilReady(
  name: string,
  address: string,
  files: EngineProcessFiles,
  pid: number,
  probe: () => Promise<string>,
  timing: { timeoutMs: number; intervalMs: number },
): Promise<string> {
  try {
    return await waitFor(probe, {
      ...timing,
      abortIf: () => (isProcessAlive(pid) ? null : `${name} exited during start-up; last log lines (${files.logFile}):\n${tailFile(files.logFile)}`),
    });
  } catch (error) {
    throw new AppError('SERVICE', `${name} did not become ready on ${address}: ${describeError(error)}`, { cause: error });
  }
}

/** Stops the engine we started (by pid file), SIGKILL after `graceMs`; leaves any other process alone. */
export async function stopEngineProcess(files: EngineProcessFiles, graceMs: number): Promise<'stopped' | 'not-running'> {
  const pid = runningPid(files);
  if (pid !== null) await terminateProcess(pid, graceMs);
  fs.rmSync(files.pidFile, { force: true });
  return pid === null ? 'not-running' : 'stopped';
}

/**
 * True when a URL (any scheme: bolt, neo4j, http) points at this machine's loopback, the only
 * place the project starts engines. WHATWG URLs keep IPv6 hosts in brackets (`[::1]`).
 */
export function isLoopbackUrl(url: string): boolean {
  const { hostname } = new URL(url.replace(/^[a-z][a-z0-9+.-]*:/i, 'http:'));
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * Fails fast when a port is taken by a process that is not our engine (our own engine still
 * starting up holds the port legitimately: callers skip the check when `runningPid` is set).
 */
export async function assertPortFree(what: string, port: number, variable: string, isTaken: (port: number) => Promise<boolean>): Promise<void> {
  if (await isTaken(port)) {
    throw new AppError(
      'SERVICE',
      `${what} port ${port} on 127.0.0.1 is already taken by another process that does not accept our credentials; stop it or set ${variable} to a free port.`,
    );
  }
}

/** How to start one local engine: everything that differs between Neo4j and Meilisearch. */
export interface LocalEngineSpec {
  engine: EngineStatus['engine'];
  /** Display name, e.g. "Neo4j". */
  name: string;
  /** The URL clients use, and the variable that sets it (for the "not local" message). */
  address: string;
  addressVariable: string;
  /** The port it listens on, how to call it in messages ("Bolt") and the variable that sets it. */
  port: number;
  portLabel: string;
  portVariable: string;
  files: EngineProcessFiles;
  /** Asks the engine for its version with our credentials; throws when it does not answer. */
  probe: () => Promise<string>;
  /** Prepares (download, folders) and spawns the engine; returns its pid. */
  launch: () => number;
  timing: { timeoutMs: number; intervalMs: number };
}

/**
 * Starts an engine unless it already answers with our credentials (then it is reused), and
 * waits until it answers. Refuses to start anything for a non-loopback address, and fails
 * fast when its port is held by another process.
 */
export async function startLocalEngine(spec: LocalEngineSpec): Promise<EngineStatus & { reused: boolean }> {
  const running = await probeStatus(spec.engine, spec.address, runningPid(spec.files), spec.probe);
  if (running.up) return { ...running, reused: true };
  if (!isLoopbackUrl(spec.address)) {
    throw new AppError(
      'SERVICE',
      `${spec.addressVariable} points at ${spec.address}, which does not answer; the project only starts a local ${spec.name} on 127.0.0.1 (unset ${spec.addressVariable} to use it).`,
    );
  }
  let pid = runningPid(spec.files);
  if (pid === null) {
    await assertPortFree(spec.portLabel, spec.port, spec.portVariable, (port) => isPortInUse('127.0.0.1', port));
    pid = spec.launch();
  }
  const version = await waitUntilReady(spec.name, spec.address, spec.files, pid, spec.probe, spec.timing);
  return { engine: spec.engine, up: true, address: spec.address, version, pid, reason: null, reused: false };
}
