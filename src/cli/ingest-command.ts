import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import type { DocumentOutcome, IngestReport } from '../pipeline/ingest-documents.js';

// InvalidArgumentError, not AppError: a bad option value is bad usage (exit 2 with the
// command's help, as the README says), like bench's options.
function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--${name} must be a positive integer, got "${value}".`);
    return n;
  };
}

/** `old/path -> new/path` for each document an outcome replaced (the old document's id when its path is unknown). */
export function formatReplacements(outcome: DocumentOutcome): string[] {
  return outcome.replaced.map((old) => `${old.sourcePath ?? old.documentId} -> ${outcome.sourcePath}`);
}

const DRY_RUN_STATUS: Record<DocumentOutcome['outcome'], string> = { added: 'would add', updated: 'would update', unchanged: 'unchanged', failed: 'failed' };

/** One plain line per document (logs, CI, pipes); `dryRun` words it as what would be done. */
export function formatDocumentLine(outcome: DocumentOutcome, options: { dryRun?: boolean } = {}): string {
  const status = options.dryRun ? DRY_RUN_STATUS[outcome.outcome].padEnd(12) : outcome.outcome.padEnd(9);
  if (outcome.outcome === 'failed') return `${status} ${outcome.reason ?? outcome.sourcePath}`;
  // Whether the index caught up is only known at the end (tasks are awaited in windows): see the summary.
  const line = `${status} ${outcome.sourcePath}  ${outcome.documentId}  ${outcome.insights} insights${outcome.extraction ? `  [${outcome.extraction}]` : ''}`;
  const replaced = formatReplacements(outcome).map((r) => `${options.dryRun ? 'would replace' : 'replaced'} ${r}`);
  const sameBytes = outcome.storedSourcePath !== null ? [`same bytes as ${outcome.storedSourcePath}`] : [];
  return [line, ...replaced, ...sameBytes].join('  ');
}

/** The final summary block (a dry run says what would be done, and that nothing was written). */
export function formatIngestSummary(report: IngestReport): string {
  const c = report.counters;
  const replacements = report.documents.flatMap(formatReplacements);
  const counts =
    `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.failed} failed` +
    (report.skipped.length > 0 ? ` (${report.skipped.length} other files skipped)` : '');
  if (report.dryRun) {
    return [
      `dry run:   nothing written; would be ${counts}`,
      ...replacements.map((r) => `would replace ${r}`),
      `time:      ${(report.durationMs / 1000).toFixed(1)} s`,
    ].join('\n');
  }
  const lines = [
    `documents: ${counts}`,
    ...replacements.map((r) => `replaced   ${r}`),
    `graph:     ${c.nodesCreated} nodes created, ${c.nodesDeleted} deleted; ${c.relationshipsCreated} relationships created, ${c.relationshipsDeleted} deleted`,
    `search:    ${report.insightsIndexed} insights and ${report.projectsIndexed} projects indexed; ${report.pendingInGraph ?? 'unknown number of'} document(s) pending for search` +
      (report.pendingInGraph ? ' (run `lessons-graph reindex --pending` once Meilisearch is up)' : ''),
    `time:      ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  return lines.join('\n');
}

/**
 * `lessons-graph ingest <file|folder>...`: extract, write each document to Neo4j whole (several
 * per transaction, see INGEST_BATCH_DOCUMENTS), index it in Meilisearch. A progress bar on a terminal, a plain line per
 * document otherwise, a summary at the end; exit code 1 when any document failed.
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Extract documents and write them to the graph (Neo4j) and the search index (Meilisearch)')
    .argument('<paths...>', 'files or folders (.txt, .md, .html, .pdf, .docx)')
    .option('--json', 'print the full report as JSON on stdout instead of the summary')
    .option('--dry-run', 'say what would be added, updated (and what it would replace) and left unchanged, and write nothing')
    .option('--write-concurrency <n>', 'document transactions in flight at once', positiveInt('write-concurrency'), 2)
    .option(
      '--search-window <n>',
      'documents read from the graph and sent to Meilisearch together (default: INGEST_SEARCH_WINDOW, 400)',
      positiveInt('search-window'),
    )
    .action(async (paths: string[], options: { json?: boolean; dryRun?: boolean; writeConcurrency: number; searchWindow?: number }) => {
      const config = loadConfig();
      const logger = createLogger(config);
      // Loaded here, not at the top: neo4j-driver and the pipeline cost ~300 ms that `--help` and `extract` should not pay.
      const [{ createDriver }, { createSearchClient }, { ingestDocuments }, { default: cliProgress }] = await Promise.all([
        import('../graph/driver.js'),
        import('../search/client.js'),
        import('../pipeline/ingest-documents.js'),
        import('cli-progress'),
      ]);
      const driver = createDriver(config);
      const search = createSearchClient(config);
      const tty = Boolean(process.stderr.isTTY) && !options.json;
      const bar = tty
        ? new cliProgress.SingleBar(
            {
              format: 'ingest [{bar}] {value}/{total} documents | {rate} docs/s | {failed} failed | {eta_formatted} left',
              stream: process.stderr,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
      const failures: DocumentOutcome[] = [];
      const startedAt = Date.now();
      try {
        const report = await ingestDocuments(
          { driver, search, config, logger },
          paths.map((path) => ({ path })),
          {
            writeConcurrency: options.writeConcurrency,
            searchWindow: options.searchWindow,
            dryRun: options.dryRun === true,
            onStart: (total) => bar?.start(total, 0, { rate: '0.0', failed: 0 }),
            onDocument: (outcome, progress) => {
              if (outcome.outcome === 'failed') failures.push(outcome);
              if (bar) {
                const rate = progress.done / Math.max(0.001, (Date.now() - startedAt) / 1000);
                bar.update(progress.done, { rate: rate.toFixed(1), failed: failures.length });
              } else if (!options.json) {
                process.stdout.write(`${formatDocumentLine(outcome, { dryRun: options.dryRun })}\n`);
              }
            },
          },
        );
        bar?.stop();
        if (options.json) {
          process.stdout.write(`${JSON.stringify(report)}\n`);
        } else {
          if (tty) {
            // The bar showed progress only: the documents that failed or replaced another are worth a line.
            for (const outcome of report.documents) {
              if (outcome.outcome === 'failed' || outcome.replaced.length > 0 || report.dryRun)
                process.stdout.write(`${formatDocumentLine(outcome, { dryRun: options.dryRun })}\n`);
            }
          }
          process.stdout.write(`${formatIngestSummary(report)}\n`);
        }
        if (report.failed > 0) process.exitCode = 1;
      } finally {
        bar?.stop();
        await driver.close();
      }
    });
}
