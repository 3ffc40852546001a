/**
 * The templates, from the most specific to the most general. The first whose score reaches its
 * minimum reads the document: the i-eval summary (the seed stays exact), i-eval lesson records,
 * then the outline of any evaluation document.
 */
import { generalOutlineTemplate } from './general-outline.js';
import { iloIevalLessonRecordsTemplate } from './ilo-ieval-lesson-records.js';
import { iloIevalSummaryTemplate } from './ilo-ieval-summary.js';
import type { DocumentOutline, Template } from './template.js';

export const TEMPLATES: readonly Template[] = [iloIevalSummaryTemplate, iloIevalLessonRecordsTemplate, generalOutlineTemplate];

/** The template that reads a document, or null when none recognises it. */
export function chooseTemplate(outline: DocumentOutline, templates: readonly Template[] = TEMPLATES): Template | null {
  for (const template of templates) if (template.score(outline) >= template.minScore) return template;
  return null;
}
