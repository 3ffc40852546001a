import neo4j from 'neo4j-driver';

/**
 * Converts what Neo4j returns into plain JavaScript at the graph boundary: Integer -> number
 * (our counts and years fit in 2^53), temporal values -> ISO strings, nodes and relationships
 * -> their properties, lists and maps recursively. The rest of the code never sees driver types.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings and numbers first: they are most of every row (a page of hits is thousands of values).
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
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
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = toPlain((value as Record<string, unknown>)[key]);
    // A map key `__proto__` (from a stored map, say) stays a key, never the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}

/** A Neo4j count or integer as a number (0 for null). */
export function toNumber(value: unknown): number {
  const plain = toPlain(value);
  return typeof plain === 'number' ? plain : 0;
}
