import fs from 'node:fs';
import path from 'node:path';

/**
 * Peak resident set size of a process in bytes (Linux `VmHWM`: the high-water mark since the
 * process started), or null where /proc does not tell (another OS, a process gone).
 */
export function peakRssBytes(pid: number | null | undefined): number | null {
  if (!pid) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Bytes a folder holds on disk (files' sizes, recursively); 0 when it does not exist. */
export function folderBytes(folder: string): number {
  let total = 0;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}
