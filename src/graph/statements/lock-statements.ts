import { createHash } from 'node:crypto';
import { withLists, type Statement } from './statement.js';

/**
 * Write locks (docs/graph.md, "Concurrent writes"): a fixed set of 4096 `WriteLock` nodes, each
 * guarding every identity key whose hash falls on it. A transaction that writes a document
 * first sets a property on the locks of its keys (document id, sha256, source path, evaluation
 * id): Neo4j holds a node's write lock until commit, so a second transaction on any of the same
 * keys waits there and then reads what the first committed. Sorted stripes: two transactions
 * always take their locks in the same order. 4096 = 16³: the first three hex digits of the key's SHA-1.
 */

/** `lock:<000..fff>` of an identity key (`path:a/report.md`, `sha:<hex>`, ...). */
export function lockStripeOf(key: string): string {
  return `lock:${createHash('sha1').update(key).digest('hex').slice(0, 3)}`;
}

/** Takes the write locks of these keys, in stripe order; `takenAt` is given by golden tests. */
export function toWriteLockStatement(keys: readonly string[], takenAt = new Date().toISOString()): Statement {
  const stripes = [...new Set(keys.map(lockStripeOf))].sort();
  return {
    cypher: `UNWIND $lists.stripes AS stripe
MERGE (l:WriteLock {id: stripe})
SET l.takenAt = $takenAt`,
    params: withLists({ stripes }, { takenAt }),
  };
}
