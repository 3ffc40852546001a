import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is src/services/ or dist/services/ under it). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where one engine keeps its data, log and pid file, under the data folder. */
export function enginePaths(dataDir: string, engine: 'neo4j' | 'meilisearch') {
  return {
    home: path.join(dataDir, engine),
    logFile: path.join(dataDir, 'logs', `${engine}.log`),
    pidFile: path.join(dataDir, 'run', `${engine}.pid`),
  };
}
