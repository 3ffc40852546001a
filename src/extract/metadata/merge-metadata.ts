/**
 * Merges what a template read with what the metadata extractor found anywhere in the document.
 * The template's own values win (the i-eval summary keeps the seed exact); metadata fills what it
 * left empty. A document no specific template reads gets its evaluation and project from the
 * metadata alone, and its project the countries it concerns. Pure.
 */
import type { CountryRef, EvaluationRecord, ProjectRecord, TemplateId } from '../../model/records.js';
import { emptyEvaluation } from '../record-helpers.js';
import type { DocumentMetadata } from './extract-metadata.js';

/** The optional evaluation fields the metadata extractor fills; null when the document states none. */
const OPTIONAL_EVALUATION_FIELDS = [
  'leadEvaluator',
  'conductedPeriod',
  'periodCovered',
  'commissioner',
  'followUpUnit',
  'contractNumber',
  'reference',
  'cost',
  'fundingSource',
  'contractingMode',
  'overallRating',
] as const satisfies ReadonlyArray<keyof EvaluationRecord>;

/** The optional project fields the metadata extractor fills; null when the document states none. */
const OPTIONAL_PROJECT_FIELDS = ['acronym', 'glide', 'period', 'expenditure'] as const satisfies ReadonlyArray<keyof ProjectRecord>;

const EMPTY_PROJECT: ProjectRecord = {
  code: null,
  title: null,
  countries: [],
  places: [],
  donors: [],
  budget: null,
  partners: [],
  objective: null,
  outcomes: [],
};

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0) || value === '';
}

/** `base` with every empty field taken from `extra`, and the optional fields present (null when unknown). */
function fill<T extends object>(base: T, extra: Partial<T>, optional: readonly (keyof T)[]): T {
  const merged = { ...base } as Record<keyof T, unknown>;
  for (const key of Object.keys(extra) as Array<keyof T>) if (isEmpty(merged[key]) && !isEmpty(extra[key])) merged[key] = extra[key];
  for (const key of optional) if (merged[key] === undefined) merged[key] = null;
  return merged as T;
}

/**
 * The evaluation and project of a record: the template's, completed by the metadata. Without a
 * template evaluation, one is made when the metadata states anything about the evaluation; a
 * project is made when the metadata states something about it or an evaluation exists, and
 * takes the countries concerned (`concerned`, called only then). Lesson-record pages keep their
 * project empty: their evaluation key must not take the summary's place (docs/graph.md).
 */
export function mergeMetadata(
  parsed: { evaluation: EvaluationRecord | null; project: ProjectRecord | null },
  template: TemplateId,
  metadata: DocumentMetadata,
  concerned: () => CountryRef[],
): { evaluation: EvaluationRecord | null; project: ProjectRecord | null } {
  const statesEvaluation = Object.keys(metadata.evaluation).length > 0;
  const evaluation = parsed.evaluation
    ? fill(parsed.evaluation, metadata.evaluation, OPTIONAL_EVALUATION_FIELDS)
    : statesEvaluation
      ? fill(emptyEvaluation(), metadata.evaluation, OPTIONAL_EVALUATION_FIELDS)
      : null;
  if (template === 'ilo-ieval-lesson-records') return { evaluation, project: parsed.project };
  const statesProject = Object.keys(metadata.project).length > 0;
  if (!parsed.project && !statesProject && !evaluation) return { evaluation, project: null };
  const project = fill(parsed.project ?? EMPTY_PROJECT, metadata.project, OPTIONAL_PROJECT_FIELDS);
  // The template's countries stand (the i-eval box); otherwise the countries concerned, which start from the metadata's.
  if (!parsed.project || parsed.project.countries.length === 0) project.countries = concerned();
  return { evaluation, project };
}
