import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

/**
 * `lessons-graph reindex [--pending]`: rebuilds the Meilisearch index from the graph (all
 * documents, or only those pending after Meilisearch was down) and deletes index entries the
 * graph no longer has. Exit code 1 when some document could not be indexed.
 */
export function registerReindexCommand(program: Command): void {
  program
    .command('reindex')
    .description('Rebuild the search index from the graph (the source of truth)')
    .option('--pending', 'only documents marked pending for search')
    .option('--json', 'print the report as JSON')
    .action(async (options: { pending?: boolean; json?: boolean }) => {
      const config = loadConfig();
      // Loaded on use, like every engine command: `--help` and `extract` should not load neo4j-driver.
      const [{ createDriver }, { createSearchClient }, { reindex }] = await Promise.all([
        import('../graph/driver.js'),
        import('../search/client.js'),
        import('../pipeline/reindex.js'),
      ]);
      const driver = createDriver(config);
      try {
        const report = await reindex(
          { driver, search: createSearchClient(config), config, logger: createLogger(config) },
          { onlyPending: Boolean(options.pending) },
        );
        if (options.json) {
          process.stdout.write(`${JSON.stringify(report)}\n`);
        } else {
          process.stdout.write(
            `reindexed ${report.documents} document(s), ${report.insightsIndexed} insights, ${report.projectsIndexed} projects; ` +
              `${report.staleDeleted + report.projectsStaleDeleted} stale index entries deleted; ` +
              `${report.failed.length} failed; ${report.pendingInGraph} still pending (${(report.durationMs / 1000).toFixed(1)} s)\n`,
          );
          for (const failure of report.failed) process.stdout.write(`failed    ${failure.documentId}: ${failure.reason}\n`);
        }
        if (report.failed.length > 0) process.exitCode = 1;
      } finally {
        await driver.close();
      }
    });
}
