import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { enginePaths, PROJECT_ROOT } from './local-engine-paths.js';
import { probeStatus, runningPid, spawnEngine, startLocalEngine, stopEngineProcess, type EngineProcessFiles, type EngineStatus } from './local-process.js';

/**
 * Neo4j Community 5.26 LTS run by the project itself: the server distribution is not on the
 * Maven repository our machines reach, so `scripts/neo4j-embedded` builds a small launcher
 * that embeds the same kernel and Bolt server (see its pom.xml). Maven fetches the jars once
 * into ~/.m2; the launcher and its class path live in scripts/neo4j-embedded/target.
 */
const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'scripts', 'neo4j-embedded');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-embedded.jar');
const LAUNCHER_LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
const LAUNCHER_MAIN = 'lessonsgraph.Neo4jLauncher';
const START_TIMEOUT_MS = 180_000;

/** Asks Neo4j for its version over Bolt with our credentials; throws when it does not answer. */
async function probeNeo4j(config: Config): Promise<string> {
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  // An auto-commit query, not executeQuery: managed transactions retry connection errors for up
  // to 30 s, which made every probe of a starting (or foreign) server last that long.
  const session = driver.session({ database: config.neo4j.database });
  try {
    const result = await session.run('RETURN 1');
    return (result.summary.server.agent ?? 'Neo4j/unknown').replace(/^Neo4j\//, '');
  } finally {
    await session.close();
    await driver.close();
  }
}

function processFiles(config: Config): EngineProcessFiles {
  const { pidFile, logFile } = enginePaths(config.dataDir, 'neo4j');
  return { pidFile, logFile, commandMarker: LAUNCHER_MAIN };
}

function ownPid(config: Config): number | null {
  return runningPid(processFiles(config));
}

/** Whether Neo4j answers on NEO4J_URI with our credentials, its version, and the pid we started. */
export function neo4jStatus(config: Config): Promise<EngineStatus> {
  return probeStatus('neo4j', config.neo4j.uri, ownPid(config), () => probeNeo4j(config));
}

function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new AppError('SERVICE', 'Java is not installed or not on PATH: Neo4j 5.26 needs Java 17 (install openjdk-17-jre-headless).', { cause: result.error });
  }
  const match = /version "(\d+)/.exec(result.stderr ?? '');
  const major = match ? Number(match[1]) : 0;
  if (major !== 17 && major !== 21) {
    throw new AppError(
      'SERVICE',
      `Neo4j 5.26 needs Java 17 or 21; \`java -version\` reports ${match ? match[1] : 'an unknown version'}. Set PATH or JAVA_HOME to a Java 17.`,
    );
  }
}

/** The newest modification time under a folder (files only), 0 for none. */
function newestMtimeMs(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds the launcher with Maven when its jar or class path is missing, or older than its
 * sources or pom.xml (a checkout that changed the launcher's settings must not keep running
 * the old jar).
 */
function ensureLauncherBuilt(logFile: string): void {
  if (fs.existsSync(LAUNCHER_JAR) && fs.existsSync(LAUNCHER_LIB)) {
    const sources = Math.max(newestMtimeMs(path.join(LAUNCHER_DIR, 'src')), fs.statSync(path.join(LAUNCHER_DIR, 'pom.xml')).mtimeMs);
    if (fs.statSync(LAUNCHER_JAR).mtimeMs >= sources) return;
  }
  const mvn = spawnSync('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (mvn.error) {
    throw new AppError('SERVICE', 'Maven (mvn) is not installed or not on PATH: it is needed once to fetch Neo4j 5.26 from Maven Central (install maven).', {
      cause: mvn.error,
    });
  }
  if (mvn.status !== 0) {
    fs.writeFileSync(logFile, `${mvn.stdout}\n${mvn.stderr}`);
    const lastLines = `${mvn.stdout}\n${mvn.stderr}`.trim().split('\n').slice(-5).join('\n');
    throw new AppError('SERVICE', `Downloading/building Neo4j 5.26 with Maven failed (exit ${mvn.status}); full output in ${logFile}:\n${lastLines}`);
  }
  // Maven leaves a jar whose contents did not change as it was: mark it built now, so that the
  // sources are not found newer at every start.
  const now = new Date();
  fs.utimesSync(LAUNCHER_JAR, now, now);
}

/**
 * Starts Neo4j unless it already answers (then it is reused). Waits until Bolt answers
 * `RETURN 1` with our credentials. Fails fast when the Bolt port is taken by something else.
 */
export function startNeo4j(config: Config): Promise<EngineStatus & { reused: boolean }> {
  const port = config.neo4j.boltPort;
  return startLocalEngine({
    engine: 'neo4j',
    name: 'Neo4j',
    address: config.neo4j.uri,
    addressVariable: 'NEO4J_URI',
    port,
    portLabel: 'Bolt',
    portVariable: 'NEO4J_BOLT_PORT',
    files: processFiles(config),
    probe: () => probeNeo4j(config),
    launch: () => {
      checkJava();
      const files = processFiles(config);
      const home = enginePaths(config.dataDir, 'neo4j').home;
      fs.mkdirSync(home, { recursive: true });
      fs.mkdirSync(path.dirname(files.logFile), { recursive: true });
      ensureLauncherBuilt(files.logFile);
      const classPath = `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_LIB, '*')}`;
      return spawnEngine(
        files,
        'java',
        [
          `-Xmx${config.neo4j.heap}`,
          '-XX:+UseG1GC',
          '-Dfile.encoding=UTF-8',
          '-cp',
          classPath,
          LAUNCHER_MAIN,
          '--home',
          home,
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
        ],
        // The launcher reads the password from its environment, never from its command line.
        { env: { ...process.env, NEO4J_PASSWORD: config.neo4j.password, NEO4J_USERNAME: config.neo4j.username } },
      );
    },
    timing: { timeoutMs: START_TIMEOUT_MS, intervalMs: 1000 },
  });
}

/** Stops the Neo4j process we started (by pid file); leaves any other Neo4j alone. */
export async function stopNeo4j(config: Config): Promise<'stopped' | 'not-running'> {
  // Neo4j checkpoints on a clean shutdown; give it time before SIGKILL.
  return stopEngineProcess(processFiles(config), 60_000);
}
