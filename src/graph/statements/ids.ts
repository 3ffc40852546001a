import { createHash } from 'node:crypto';
import type { ExtractionRecord, Insight } from '../../model/records.js';

/**
 * Lower-case ASCII slug of evaluation keys: accents folded (NFKD), anything that is not a
 * letter or digit becomes one `-`. Deliberately not extract/normalise's `slugify` (the one
 * for reference, person and organisation ids): that one drops apostrophes and expands
 * ligatures (`N'Diaye` -> `ndiaye`, `Cœur` -> `coeur`) where this one gives `n-diaye` and
 * `c-ur`, and every evaluation key already in a graph was written with this one.
 */
export function keySlug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The file name of a path without folders and extension (`seeds/000_ab.txt` -> `000_ab`). */
function baseName(sourcePath: string): string {
  const name = sourcePath.split(/[\\/]/).pop() ?? sourcePath;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * The evaluation key (docs/graph.md): identifies an evaluation whatever the bytes. The
 * project code and timing when the template gives a code (`mli-19-01-usa-midterm`), otherwise
 * the slug of the source file name without extension. Same key + new sha256 = changed document.
 */
export function evaluationKey(record: Pick<ExtractionRecord, 'document' | 'evaluation' | 'project'>): string {
  const code = record.project?.code?.trim();
  if (code) {
    const timing = record.evaluation?.timing;
    const key = keySlug(timing ? `${code} ${timing}` : code);
    if (key !== '') return key;
  }
  const fromName = keySlug(baseName(record.document.sourcePath));
  // A file named only with punctuation still needs a stable key: its sha256 is the only identity left.
  return fromName !== '' ? fromName : `sha-${record.document.sha256.slice(0, 16)}`;
}

export const documentId = (key: string): string => `document:${key}`;
export const evaluationId = (key: string): string => `evaluation:${key}`;

/** `project:<CODE>` (upper-cased, as written otherwise), or `project:<evaluation key>` when the project has no code. */
export function projectId(code: string | null, key: string): string {
  const trimmed = code?.trim();
  return trimmed ? `project:${trimmed.toUpperCase()}` : `project:${key}`;
}

/** Whitespace collapsed, lower-cased, accents kept: two spellings of one text hash alike. */
function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Ids of a record's insights, in order: `insight:<sha1(key, kind, normalised text)[0..16]>`.
 * The same text of the same kind twice in one evaluation (it happens in tables repeated by a
 * PDF conversion) gets the occurrence number in its hash, so both are kept and ids stay stable.
 */
export function insightIds(key: string, insights: readonly Pick<Insight, 'kind' | 'headline' | 'text'>[]): string[] {
  const seen = new Map<string, number>();
  return insights.map((insight) => {
    const content = normaliseForHash(`${insight.headline ?? ''}\n${insight.text}`);
    const base = `${key}\u0000${insight.kind}\u0000${content}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const hashed = occurrence === 0 ? base : `${base}\u0000${occurrence}`;
    return `insight:${createHash('sha1').update(hashed).digest('hex').slice(0, 16)}`;
  });
}

/**
 * Meilisearch document ids allow only [A-Za-z0-9_-]: graph ids are `kind:value`, so
 * `insight:0123abcd` becomes `insight_0123abcd`; any other character outside the allowed set
 * is written as `-<hex code>-` (our insight ids never contain one).
 */
export function toSearchId(graphId: string): string {
  return graphId.replace(/[^A-Za-z0-9_-]/g, (ch) => (ch === ':' ? '_' : `-${ch.codePointAt(0)!.toString(16)}-`));
}
