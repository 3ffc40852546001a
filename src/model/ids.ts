import { createHash } from 'node:crypto';
import type { ExtractionRecord, Insight } from './records.js';

/**
 * Lower-case ASCII slug of evaluation keys: accents folded (NFKD), anything that is not a
 * letter or digit becomes one `-`. Deliberately not text/normalise's `slugify` (the one
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

/**
 * The evaluation key (docs/graph.md): the evaluation a document's text names, whatever the
 * bytes and whatever the file is called: the slug of the project code and timing
 * (`mli-19-01-usa-midterm`; `mli-19-01-usa` when the timing is unknown). Null when the text
 * names no project code: a file name is never an identity (two `report.md` in two folders
 * are two documents).
 */
export function evaluationKey(record: Pick<ExtractionRecord, 'evaluation' | 'project'>): string | null {
  const code = record.project?.code?.trim();
  if (!code) return null;
  const timing = record.evaluation?.timing;
  const key = keySlug(timing ? `${code} ${timing}` : code);
  return key === '' ? null : key;
}

/**
 * How a document is identified: by the evaluation its text names (with its language and kind),
 * or, when it names none, by its content.
 */
export type DocumentIdentity = 'EVALUATION' | 'CONTENT';

/** A document's key and where it comes from. */
export interface DocumentKey {
  /** `<evaluation key>-<language>-<kind>` or `sha-<16 hex>`. */
  key: string;
  identity: DocumentIdentity;
  /** The evaluation key its text names; null for a document identified by content. */
  evaluationKey: string | null;
}

/**
 * The document key (docs/graph.md). A document that names its evaluation is that evaluation's
 * document in one language and of one kind: `<evaluation key>-<language>-<kind>`
 * (`mli-19-01-usa-midterm-fr-summary`), so the French and English summaries and the full
 * report of one evaluation are three documents, and a new version of any of them replaces it.
 * Any other document is its bytes: `sha-<first 16 hex of sha256>`.
 */
export function documentKey(record: Pick<ExtractionRecord, 'document' | 'evaluation' | 'project'>): DocumentKey {
  const evaluation = evaluationKey(record);
  if (evaluation !== null) {
    return { key: `${evaluation}-${record.document.language}-${keySlug(record.document.kind)}`, identity: 'EVALUATION', evaluationKey: evaluation };
  }
  return { key: `sha-${record.document.sha256.slice(0, 16)}`, identity: 'CONTENT', evaluationKey: null };
}

export const documentId = (key: string): string => `document:${key}`;
export const evaluationId = (key: string): string => `evaluation:${key}`;

/** `project:<CODE>` (upper-cased, as written otherwise), or `project:<document key>` when the project has no code. */
export function projectId(code: string | null, key: string): string {
  const trimmed = code?.trim();
  return trimmed ? `project:${trimmed.toUpperCase()}` : `project:${key}`;
}

/** Whitespace collapsed, lower-cased, accents kept: two spellings of one text hash alike. */
function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Ids of a record's insights, in order: `insight:<sha1(document key, kind, normalised text)[0..16]>`.
 * Hashed with the document key, not the evaluation key: the summary and the full report of one
 * evaluation may hold the very same sentence, and each document owns its own insight. The same
 * text of the same kind twice in one document (it happens in tables repeated by a PDF
 * conversion) gets the occurrence number in its hash, so both are kept and ids stay stable.
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
