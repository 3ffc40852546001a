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
