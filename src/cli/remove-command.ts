import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

/**
 * `lessons-graph remove <document-id|evaluation key|file>...`: deletes documents' own nodes
 * (document, insights, its evaluation when no other document describes it, and what only they
 * used) from the graph and their insights from the index. An evaluation key removes every
 * document of that evaluation.
 */
export function registerRemoveCommand(program: Command): void {
  program
    .command('remove')
    .description(
      'Remove documents from the graph and the search index, by id (document:<key>, as printed by ingest), by evaluation key (all its documents) or by the file that was ingested',
    )
    .argument(
      '<documents...>',
      'document ids (e.g. document:mli-19-01-usa-midterm-fr-summary), evaluation keys (e.g. mli-19-01-usa-midterm) or paths of ingested files',
    )
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
        for (const argument of ids) {
          for (const documentId of await resolveDocumentArgument(deps, argument)) {
            const report = await removeDocument(deps, documentId);
            process.stdout.write(
              `removed   ${report.documentId}  ${report.sourcePath ?? ''}  ${report.insights} insights, ${report.counters.nodesDeleted} nodes deleted\n`,
            );
            if (report.reason) {
              process.stdout.write(`warning   ${report.reason}\n`);
              process.exitCode = 1;
            }
          }
        }
      } finally {
        await driver.close();
      }
    });
}
