import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import type { EngineStatus } from '../services/engines.js';

function describe(status: EngineStatus & { reused?: boolean }): string {
  const name = status.engine === 'neo4j' ? 'Neo4j' : 'Meilisearch';
  if (!status.up) return `${name.padEnd(12)} down  ${status.address}  (${status.reason ?? 'not answering'})`;
  const origin = status.reused === undefined ? '' : status.reused ? '  reused (already running)' : '  started';
  const pid = status.pid === null ? 'not started by us' : `pid ${status.pid}`;
  return `${name.padEnd(12)} up    ${status.address}  version ${status.version}  ${pid}${origin}`;
}

/**
 * `lessons-graph services start|stop|status`: the local Neo4j and Meilisearch. Each action
 * imports services/engines.js on use: it pulls in neo4j-driver (~150 ms) that `--help` should not pay.
 */
export function registerServicesCommand(program: Command): void {
  const services = program
    .command('services')
    .description('start, stop or inspect the local Neo4j and Meilisearch (loopback only, data under LESSONS_GRAPH_DATA_DIR)');

  services
    .command('start')
    .description('start both engines, or reuse those already running; waits until both answer')
    .action(async () => {
      const config = loadConfig();
      const { startEngines } = await import('../services/engines.js');
      const started = await startEngines(config);
      console.log(describe(started.neo4j));
      console.log(describe(started.meilisearch));
    });

  services
    .command('stop')
    .description('stop the engines this project started (by pid file); others are left alone')
    .action(async () => {
      const config = loadConfig();
      const { stopEngines } = await import('../services/engines.js');
      const stopped = await stopEngines(config);
      console.log(`Neo4j        ${stopped.neo4j}`);
      console.log(`Meilisearch  ${stopped.meilisearch}`);
    });

  services
    .command('status')
    .description('say whether each engine answers, where, and which version; exit 1 when one is down')
    .action(async () => {
      const config = loadConfig();
      const { engineStatus } = await import('../services/engines.js');
      const status = await engineStatus(config);
      console.log(describe(status.neo4j));
      console.log(describe(status.meilisearch));
      if (!status.neo4j.up || !status.meilisearch.up) process.exitCode = 1;
    });
}
