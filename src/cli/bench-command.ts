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

function connectionList(value: string): number[] {
  const levels = value.split(',').map((part) => Number(part.trim()));
  if (levels.length === 0 || levels.some((level) => !Number.isInteger(level) || level < 1 || level > 1024)) {
    throw new InvalidArgumentError('--connections must be a comma-separated list of integers from 1 to 1024 (e.g. 1,8,32,128)');
  }
  return levels;
}

/**
 * `lessons-graph bench`: ingestion throughput, PDF extraction, and the API over HTTP (latency
 * against the raw engines, then load at 1, 8, 32 and 128 clients) on a generated corpus, in
 * one run. Runs on its own engines (ports 7692/7712, data in .data/bench, index prefix bench_)
 * so it never touches the service's data.
 */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('benchmark ingestion, extraction and the HTTP API against the raw engines on a generated corpus (own engines and data)')
    .option('-n, --documents <count>', 'generated summaries to ingest', positiveInteger('--documents', 100_000), 2000)
    .option('-r, --runs <count>', 'measured runs per query (latency table)', positiveInteger('--runs', 10_000), 50)
    .option('-d, --duration <seconds>', 'seconds of each load level', positiveInteger('--duration', 600), 10)
    .option('-c, --connections <list>', 'concurrent clients of the load levels', connectionList, [1, 8, 32, 128])
    .option('--reuse', "keep the engines' data when they already hold a corpus of this size (no reset, no ingestion figures)", false)
    .option('--pdf-dir <folder>', 'also time extraction on the PDFs of this folder (reading included)')
    .option('-o, --out <dir>', 'folder for the JSON results', 'bench-results')
    .action(async (options: { documents: number; runs: number; duration: number; connections: number[]; reuse: boolean; pdfDir?: string; out: string }) => {
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
      await runBench(config, createLogger(config), {
        documents: options.documents,
        runs: options.runs,
        outDir: path.resolve(options.out),
        durationS: options.duration,
        connections: options.connections,
        reuse: options.reuse,
        pdfDir: options.pdfDir ? path.resolve(options.pdfDir) : null,
      });
    });
}
