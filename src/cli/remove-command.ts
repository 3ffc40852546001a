import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

/**
 * `lessons-graph remove <document-id>...`: deletes documents' own nodes (document, evaluation,
 * insights, and what only they used) from the graph and their insights from the index.
 */
export function registerRemoveCommand(program: Command): void {
  program
    .command('remove')
    .description('Remove documents from the graph and the search index, by id (document:<key>, as printed by ingest) or by the file that was ingested')
    .argument('<documents...>', 'document ids (e.g. document:mli-19-01-usa-midterm) or paths of ingested files')
    .action(async (ids: string[]) => {
      const config = loadConfig();
      // Loaded on use, like every engine command: `--help` and `extract` should not load neo4j-driver.
      const [{ createDriver }, { createSearchClient }, { removeDocument, resolveDocumentArgument }] = await Promise.all([
        import('../graph/driver.js'),
        import('../search/client.js'),
        import('../pipeline/remove-document.js'),
      ]);
      const driver = createDriver(config);
      const deps = { driver, search: createSearchClient(config), config, logger: createLogger(config) };
      try {
        for (const id of ids) {
          const report = await removeDocument(deps, await resolveDocumentArgument(id));
          process.stdout.write(`removed   ${report.documentId}  ${report.insights} insights, ${report.counters.nodesDeleted} nodes deleted\n`);
          if (report.reason) {
            process.stdout.write(`warning   ${report.reason}\n`);
            process.exitCode = 1;
          }
        }
      } finally {
        await driver.close();
      }
    });
}
