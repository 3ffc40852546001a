import path from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

function positiveInteger(name: string, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > max) throw new InvalidArgumentError(`${name} must be an integer from 1 to ${max}`);
    return number;
  };
}

/**
 * `lessons-graph bench`: ingestion throughput and query latency on a generated corpus, side by
 * side with the raw engines in the same run. Runs on its own engines (ports 7692/7712, data in
 * .data/bench, index prefix bench_) so it never touches the service's data.
 */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('benchmark ingestion and queries against the raw engines on a generated corpus (own engines and data)')
    .option('-n, --documents <count>', 'generated summaries to ingest', positiveInteger('--documents', 100_000), 2000)
    .option('-r, --runs <count>', 'measured runs per query', positiveInteger('--runs', 10_000), 50)
    .option('-o, --out <dir>', 'folder for the JSON results', 'bench-results')
    .action(async (options: { documents: number; runs: number; out: string }) => {
      const config = loadConfig({
        NEO4J_BOLT_PORT: '7692',
        MEILI_PORT: '7712',
        LESSONS_GRAPH_DATA_DIR: '.data/bench',
        MEILI_INDEX_PREFIX: 'bench_',
        LOG_LEVEL: 'warn',
        ...process.env,
        NEO4J_URI: process.env.BENCH_NEO4J_URI,
        MEILI_HOST: process.env.BENCH_MEILI_HOST,
      });
      // Loaded on use: the bench pulls in both engines' clients and the pipeline (~500 ms).
      const { runBench } = await import('../bench/run-bench.js');
      await runBench(config, createLogger(config), { documents: options.documents, runs: options.runs, outDir: path.resolve(options.out) });
    });
}
