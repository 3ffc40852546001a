import neo4j from 'neo4j-driver';

/**
 * Converts what Neo4j returns into plain JavaScript at the graph boundary: Integer -> number
 * (our counts and years fit in 2^53), temporal values -> ISO strings, nodes and relationships
 * -> their properties, lists and maps recursively. The rest of the code never sees driver types.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toPlain(item)]));
}

/** A Neo4j count or integer as a number (0 for null). */
export function toNumber(value: unknown): number {
  const plain = toPlain(value);
  return typeof plain === 'number' ? plain : 0;
}
