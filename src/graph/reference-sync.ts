import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { AppError, describeError } from '../errors.js';
import type { Reference } from '../reference/load-reference.js';
import { READ_REFERENCE_STAMP, toReferenceStampStatement, toReferenceStatements } from './statements/reference-statements.js';
import { writeStatements, type WriteCounters } from './write-graph.js';

/** A fingerprint of the reference data: the sync runs again only when the data files changed. */
export function referenceFingerprint(reference: Reference): string {
  const { countries, places, organisations, stakeholderGroups, themes } = reference;
  return createHash('sha256').update(JSON.stringify({ countries, places, organisations, stakeholderGroups, themes })).digest('hex');
}

export interface ReferenceSyncResult {
  /** False when the graph already held this version of the reference data. */
  synced: boolean;
  counters: WriteCounters | null;
}

/**
 * Loads reference data into the graph (countries with BORDERS, places IN countries,
 * organisations with PART_OF, stakeholder groups, themes with BROADER) in one transaction, and
 * stamps its fingerprint on a `Meta` node so the next start skips it. Idempotent; `force`
 * re-runs it anyway.
 */
export async function syncReference(driver: Driver, database: string, reference: Reference, options: { force?: boolean } = {}): Promise<ReferenceSyncResult> {
  const fingerprint = referenceFingerprint(reference);
  try {
    if (!options.force) {
      const { records } = await driver.executeQuery(READ_REFERENCE_STAMP.cypher, READ_REFERENCE_STAMP.params, { database });
      if (records[0]?.get('sha256') === fingerprint) return { synced: false, counters: null };
    }
  } catch (error) {
    throw new AppError('UNAVAILABLE', `Neo4j could not be read to check the reference data (${describeError(error)}).`, { cause: error });
  }
  const statements = [...toReferenceStatements(reference), toReferenceStampStatement(fingerprint, new Date().toISOString())];
  const counters = await writeStatements(driver, database, statements, 'reference data');
  return { synced: true, counters };
}
