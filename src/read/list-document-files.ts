import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsReason, isSupportedFile, SUPPORTED_EXTENSIONS } from './read-document.js';

/** A path left out of a batch, and why. */
export interface SkippedPath {
  path: string;
  reason: string;
}

/** The documents a batch will read. */
export interface DocumentFileList {
  /** Supported files, sorted, without duplicates; paths built from the ones given (relative stay relative). */
  files: string[];
  skipped: SkippedPath[];
}

/**
 * Expands the paths given on a command line into the documents to read: folders are recursed,
 * files with a supported extension kept, hidden entries (name starting with a dot) found inside
 * folders skipped, as are unsupported files and paths that cannot be read — each skipped path
 * with its reason, so a batch can report them and go on. A file named explicitly is kept even
 * if hidden. Symbolic links are followed; a folder reached twice is read once.
 */
export async function listDocumentFiles(paths: string[]): Promise<DocumentFileList> {
  const files = new Set<string>();
  const skipped: SkippedPath[] = [];
  const seenFolders = new Set<string>();

  async function visit(entryPath: string, explicit: boolean): Promise<void> {
    if (!explicit && path.basename(entryPath).startsWith('.')) {
      skipped.push({ path: entryPath, reason: 'hidden' });
      return;
    }
    let info;
    try {
      info = await stat(entryPath);
    } catch (error) {
      skipped.push({ path: entryPath, reason: fsReason(error) });
      return;
    }
    if (info.isDirectory()) {
      let real: string;
      let names: string[];
      try {
        real = await realpath(entryPath);
        names = await readdir(entryPath);
      } catch (error) {
        skipped.push({ path: entryPath, reason: fsReason(error) });
        return;
      }
      if (seenFolders.has(real)) return;
      seenFolders.add(real);
      for (const name of names.sort()) await visit(path.join(entryPath, name), false);
      return;
    }
    if (!info.isFile()) {
      skipped.push({ path: entryPath, reason: 'not a regular file' });
      return;
    }
    if (!isSupportedFile(entryPath)) {
      skipped.push({ path: entryPath, reason: `unsupported extension (supported: ${SUPPORTED_EXTENSIONS.join(', ')})` });
      return;
    }
    files.add(entryPath);
  }

  for (const given of paths) await visit(given, true);
  return { files: [...files].sort(), skipped };
}
