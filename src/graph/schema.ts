import type { Driver } from 'neo4j-driver';
import { AppError, describeError } from '../errors.js';
import { toSchemaStatements } from './statements/schema-statements.js';

/**
 * Creates the uniqueness constraints and indexes of docs/graph.md (idempotent) and waits until
 * the indexes are online, so the first MERGE of an ingest already uses them.
 */
export async function ensureGraphSchema(driver: Driver, database: string): Promise<void> {
  try {
    // Schema commands cannot share a transaction with each other's writes: one auto-commit each.
    for (const statement of toSchemaStatements()) {
      await driver.executeQuery(statement.cypher, statement.params, { database });
    }
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  } catch (error) {
    throw new AppError('UNAVAILABLE', `Could not create the graph schema in Neo4j (${describeError(error)}).`, { cause: error });
  }
}
