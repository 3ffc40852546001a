/**
 * Small helpers the templates share when they apply reference data to what they found.
 */

/** Resolver calls throw on names without letters ("—"); a record never fails for that. */
export function safely<T>(resolve: () => T): T | null {
  try {
    return resolve();
  } catch {
    return null;
  }
}

/** The items with distinct ids, first occurrence kept, order kept. */
export function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}
