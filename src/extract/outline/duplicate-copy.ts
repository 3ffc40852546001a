/**
 * A document saved twice in one file (text dumps made by concatenating two extractions): the
 * opening lines come back after the first quarter, and most of what follows repeats the first
 * part. Every item would be doubled; the outline keeps the first copy only.
 */
import { foldForMatch } from '../../text/normalise.js';

interface Line {
  text: string;
}

/** Lines compared: folded, long enough to mean something. */
function key(text: string): string {
  return foldForMatch(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The index of the line where a second copy of the document starts, or null. The copy must
 * repeat the document's first five substantial lines in order, start after the first quarter of
 * the lines, and at least 60% of its substantial lines must already be in the first part.
 */
export function findDuplicateCopy(lines: readonly Line[]): number | null {
  if (lines.length < 200) return null;
  const opening: Array<{ index: number; key: string }> = [];
  for (let index = 0; index < lines.length && opening.length < 5; index += 1) {
    const folded = key(lines[index]!.text);
    if (folded.length >= 12) opening.push({ index, key: folded });
  }
  if (opening.length < 5) return null;
  const first = opening[0]!.key;
  for (let index = Math.floor(lines.length / 4); index < lines.length; index += 1) {
    if (key(lines[index]!.text) !== first) continue;
    if (!repeatsOpening(lines, index, opening)) continue;
    if (repeatedShare(lines, index) >= 0.6) return index;
  }
  return null;
}

function repeatsOpening(lines: readonly Line[], at: number, opening: ReadonlyArray<{ key: string }>): boolean {
  let matched = 1;
  for (let index = at + 1; index < lines.length && matched < opening.length && index < at + 60; index += 1) {
    const folded = key(lines[index]!.text);
    if (folded.length < 12) continue;
    if (folded !== opening[matched]!.key) return false;
    matched += 1;
  }
  return matched === opening.length;
}

function repeatedShare(lines: readonly Line[], at: number): number {
  const before = new Set<string>();
  for (let index = 0; index < at; index += 1) {
    const folded = key(lines[index]!.text);
    if (folded.length >= 30) before.add(folded);
  }
  let total = 0;
  let repeated = 0;
  for (let index = at; index < lines.length; index += 1) {
    const folded = key(lines[index]!.text);
    if (folded.length < 30) continue;
    total += 1;
    if (before.has(folded)) repeated += 1;
  }
  return total === 0 ? 0 : repeated / total;
}
