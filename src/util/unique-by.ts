/**
 * The items with distinct keys: the first item of each key is kept, in the order given
 * (`uniqueBy(actors, (actor) => actor.id)`). Keys are compared as a Set compares them.
 */
export function uniqueBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): T[] {
  const seen = new Set<K>();
  const kept: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item);
  }
  return kept;
}

/** The values without repeats, first occurrence kept, in the order given. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
