/**
 * What extraction made of a document, in a few words: the template and kind, the counts by kind,
 * the sections the insights came from, the warnings. Shared by `extract` (per document and the
 * `--summary` table of a folder) and `ingest` (its per-document line), so that a document with no
 * insight stands out the same way everywhere. Pure.
 */
import { INSIGHT_KINDS, type ExtractionRecord, type InsightKind } from '../model/records.js';

export interface ExtractionSummary {
  sourcePath: string;
  template: string;
  kind: string;
  language: string;
  counts: Record<InsightKind, number>;
  total: number;
  /** The sections the insights came from, in document order, each once. */
  sections: string[];
  warnings: string[];
}

const SHORT: Record<InsightKind, string> = { FINDING: 'F', RECOMMENDATION: 'R', LESSON_LEARNED: 'L', GOOD_PRACTICE: 'GP' };
const WORDS: Record<InsightKind, [string, string]> = {
  FINDING: ['finding', 'findings'],
  RECOMMENDATION: ['recommendation', 'recommendations'],
  LESSON_LEARNED: ['lesson learned', 'lessons learned'],
  GOOD_PRACTICE: ['good practice', 'good practices'],
};

/** The summary of one record. */
export function summariseExtraction(record: ExtractionRecord): ExtractionSummary {
  const counts = Object.fromEntries(INSIGHT_KINDS.map((kind) => [kind, 0])) as Record<InsightKind, number>;
  const sections: string[] = [];
  for (const insight of record.insights) {
    counts[insight.kind] += 1;
    const section = insight.provenance.section.trim();
    if (section && !sections.includes(section)) sections.push(section);
  }
  return {
    sourcePath: record.document.sourcePath,
    template: record.document.template,
    kind: record.document.kind,
    language: record.document.language,
    counts,
    total: record.insights.length,
    sections,
    warnings: record.warnings,
  };
}

/** "7 findings, 12 recommendations"; "NO INSIGHT" when there is none. */
export function formatCounts(counts: Record<InsightKind, number>): string {
  const parts = INSIGHT_KINDS.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${WORDS[kind][counts[kind] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'NO INSIGHT';
}

/** The sections, shortened for one line. */
function formatSections(sections: readonly string[], limit = 4): string {
  const shown = sections.slice(0, limit).map((section) => (section.length > 40 ? `${section.slice(0, 39)}…` : section));
  return shown.join('; ') + (sections.length > limit ? `; +${sections.length - limit} more` : '');
}

/**
 * One line about a document's extraction: "REPORT, labelled-sections: 7 findings, 3 recommendations
 * from Findings; Recommendations; 1 warning", or "... NO INSIGHT (No known template recognised ...)".
 */
export function describeExtraction(record: ExtractionRecord): string {
  const summary = summariseExtraction(record);
  const head = `${summary.kind}, ${summary.template}: ${formatCounts(summary.counts)}`;
  if (summary.total === 0) return `${head}${summary.warnings[0] ? ` (${summary.warnings[0]})` : ''}`;
  const warnings = summary.warnings.length > 0 ? `; ${summary.warnings.length} warning${summary.warnings.length === 1 ? '' : 's'}` : '';
  return `${head} from ${formatSections(summary.sections, 3)}${warnings}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/**
 * The table `extract --summary` prints for a folder: one row per document (name, kind, template,
 * language, counts by kind, warnings), documents with no insight marked, then the totals, then the
 * sections and warnings of each document.
 */
export function formatExtractionTable(records: readonly ExtractionRecord[]): string {
  const summaries = records.map(summariseExtraction);
  const nameWidth = Math.min(60, Math.max(8, ...summaries.map((summary) => baseName(summary.sourcePath).length + 1)));
  const header = `${pad('document', nameWidth)} ${pad('kind', 20)} ${pad('template', 25)} lang ${INSIGHT_KINDS.map((kind) => SHORT[kind].padStart(4)).join('')}  warn`;
  const lines = [header, '-'.repeat(header.length)];
  for (const summary of summaries) {
    const counts = INSIGHT_KINDS.map((kind) => String(summary.counts[kind]).padStart(4)).join('');
    const flag = summary.total === 0 ? '  NO INSIGHT' : '';
    lines.push(
      `${pad(baseName(summary.sourcePath), nameWidth)} ${pad(summary.kind, 20)} ${pad(summary.template, 25)} ${pad(summary.language, 4)} ${counts}  ${String(summary.warnings.length).padStart(4)}${flag}`,
    );
  }
  const totals = Object.fromEntries(INSIGHT_KINDS.map((kind) => [kind, summaries.reduce((sum, summary) => sum + summary.counts[kind], 0)])) as Record<
    InsightKind,
    number
  >;
  const empty = summaries.filter((summary) => summary.total === 0).length;
  lines.push('-'.repeat(header.length));
  lines.push(`${summaries.length} document(s): ${formatCounts(totals)}${empty > 0 ? `; ${empty} with no insight` : ''}`);
  for (const summary of summaries) {
    if (summary.sections.length === 0 && summary.warnings.length === 0) continue;
    lines.push('', baseName(summary.sourcePath));
    if (summary.sections.length > 0) lines.push(`  sections: ${formatSections(summary.sections, 8)}`);
    for (const warning of summary.warnings) lines.push(`  warning:  ${warning}`);
  }
  return lines.join('\n');
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
