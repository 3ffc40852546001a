/**
 * One interface for every layout the extractor knows: `score` says how strongly a document looks
 * like the template (0: not at all), `parse` reads it. The registry (template-registry.ts) tries
 * them from the most specific (the i-eval summary, whose seed must come out exact) to the most
 * general (the outline of any evaluation document).
 */
import type { EvaluationRecord, ProjectRecord, TemplateId } from '../../model/records.js';
import type { Outline } from '../outline/outline-block.js';
import type { Block } from '../text-cleanup.js';
import type { RawInsight } from './raw-insight.js';

/**
 * What a template reads: the outline (headings, paragraphs, list items, table rows, key-value
 * lines, footnotes, with offsets and pages) and the cell-level blocks the summary templates read
 * (a table row's label and paragraphs apart, footnotes apart).
 */
export interface DocumentOutline extends Outline {
  segments: readonly Block[];
}

/** What a template gives before reference data is applied (extract-record.ts does that). */
export interface TemplateParse {
  insights: RawInsight[];
  /** Null when the template reads no evaluation facts. */
  evaluation: EvaluationRecord | null;
  project: ProjectRecord | null;
  keywords: string[];
  warnings: string[];
}

export interface Template {
  id: Exclude<TemplateId, 'unknown'>;
  /** How strongly the document looks like this template; the template applies from `minScore` up. */
  score(outline: DocumentOutline): number;
  minScore: number;
  parse(outline: DocumentOutline): TemplateParse;
}
