import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { createDriver } from '../graph/driver.js';
import { createLogger } from '../logger.js';
import { removeDocument, resolveDocumentArgument } from '../pipeline/remove-document.js';
import { createSearchClient } from '../search/client.js';

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
