/**
 * The ILO i-eval Discovery evaluation summary ("INFORMATIONS RAPIDES" / "QUICK FACTS" /
 * "DATOS RÁPIDOS") as a Template: the most specific path, tried first, and the one that keeps the
 * seed exact. Its parts live apart: the label tables (ilo-ieval-summary/labels.ts), the parser
 * with explicit state (ilo-ieval-summary/parse-summary.ts), reference data applied to the facts
 * (ilo-ieval-summary/to-records.ts), and the value parsers other templates borrow (value-parsers.ts).
 */
import { splitKeywords } from './value-parsers.js';
import { classifySummaryHeading, scoreIloSummary } from './ilo-ieval-summary/labels.js';
import { parseIloSummary } from './ilo-ieval-summary/parse-summary.js';
import { toEvaluation, toProject } from './ilo-ieval-summary/to-records.js';
import type { Template } from './template.js';

/**
 * The section a heading names in the summary template, in any of the three languages; null when it names none.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export const classifyHeading = classifySummaryHeading;

/** A summary needs its quick-facts heading or at least this many template labels. */
const SUMMARY_MIN_SCORE = 5;

export const iloIevalSummaryTemplate: Template = {
  id: 'ilo-ieval-summary',
  minScore: SUMMARY_MIN_SCORE,
  score: (outline) => scoreIloSummary(outline.segments),
  parse(outline) {
    const parse = parseIloSummary(outline.segments, outline.text);
    return {
      insights: parse.insights,
      evaluation: toEvaluation(parse),
      project: toProject(parse),
      keywords: parse.facts.keywords ? splitKeywords(parse.facts.keywords.value) : [],
      warnings: parse.warnings,
    };
  },
};
