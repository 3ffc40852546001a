import type { Driver } from 'neo4j-driver';
import { AppError, describeError } from '../errors.js';
import neo4j from 'neo4j-driver';
import { toNumber } from './neo4j-values.js';
import { GRAPH_MODEL_VERSION, toGraphModelMigration, toSchemaStatements } from './statements/schema-statements.js';

/** Databases whose schema this process already ensured, per driver (a server ingests many times). */
const ensured = new WeakMap<Driver, Set<string>>();

/**
 * Creates the uniqueness constraints and indexes of docs/graph.md (idempotent) and waits until
 * the indexes are online, so the first MERGE of an ingest already uses them; then brings a
 * graph written by an older version to the current model (toGraphModelMigration). Once per
 * driver and database in a process.
 */
export async function ensureGraphSchema(driver: Driver, database: string): Promise<void> {
  const done = ensured.get(driver) ?? new Set<string>();
  ensured.set(driver, done);
  if (done.has(database)) return;
  try {
    // Schema commands cannot share a transaction with each other's writes: one auto-commit each.
    for (const statement of toSchemaStatements()) {
      await driver.executeQuery(statement.cypher, statement.params, { database });
    }
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
    await migrateGraphModel(driver, database);
    done.add(database);
  } catch (error) {
    throw new AppError('UNAVAILABLE', `Could not create the graph schema in Neo4j (${describeError(error)}).`, { cause: error });
  }
}

async function migrateGraphModel(driver: Driver, database: string): Promise<void> {
  const migration = toGraphModelMigration();
  const { records } = await driver.executeQuery(migration.versionQuery.cypher, migration.versionQuery.params, { database });
  if (toNumber(records[0]?.get('version')) >= GRAPH_MODEL_VERSION) return;
  // CALL ... IN TRANSACTIONS runs only in an auto-commit transaction.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const step of migration.steps) await session.run(step.cypher, step.params);
  } finally {
    await session.close();
  }
  await driver.executeQuery(migration.done.cypher, migration.done.params, { database });
}

/**
 * Asks Neo4j to plan its queries again: after a bulk ingest the graph's statistics have moved
 * far from those the cached plans were made with, and the local Neo4j keeps a plan for at least
 * an hour (`dbms.cypher.min_replan_interval`, so that a growing graph does not re-plan the
 * ingest's statements every few seconds). Needs an admin user; the caller decides what a failure
 * means (plans would then be renewed on Neo4j's own schedule).
 */
export async function clearQueryCaches(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
}
