import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from './neo4j-values.js';
import type { Statement } from './statements/statement.js';

/**
 * Runs one read statement as an auto-commit query and returns plain rows. No retry loop on
 * purpose: the ingest pipeline reads between writes, and when Neo4j is gone it must say so at
 * once instead of retrying for 15 s per call (the driver's executeQuery does).
 */
export async function readRows<T = Record<string, unknown>>(driver: Driver, database: string, statement: Statement): Promise<T[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(statement.cypher, statement.params);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  } finally {
    await session.close().catch(() => undefined);
  }
}
