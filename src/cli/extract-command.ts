import type { Command } from 'commander';
import { AppError } from '../errors.js';
import type { ExtractionRecord, InsightKind } from '../model/records.js';
import type { ExtractOutcome } from '../pipeline/extract-documents.js';
import { formatExtractionTable, summariseExtraction } from '../pipeline/summarise-extraction.js';

const KIND_LABELS: Record<InsightKind, [string, string]> = {
  FINDING: ['finding', 'findings'],
  RECOMMENDATION: ['recommendation', 'recommendations'],
  LESSON_LEARNED: ['lesson learned', 'lessons learned'],
  GOOD_PRACTICE: ['good practice', 'good practices'],
};

/** A few readable lines about one record (the non-JSON output of `extract`). */
export function summariseRecord(record: ExtractionRecord): string {
  const lines = [`${record.document.sourcePath}  [${record.document.template}, ${record.document.language}, ${record.document.format}]`];
  const project = record.project;
  if (project && (project.code || project.title)) {
    const countries = project.countries.map((country) => country.iso3).join(', ');
    lines.push(`  project:     ${[project.code, project.title].filter(Boolean).join(' — ')}${countries ? ` (${countries})` : ''}`);
  }
  const evaluation = record.evaluation;
  if (evaluation) {
    const parts = [evaluation.timing, evaluation.mode, evaluation.type, evaluation.completionDate ? `completed ${evaluation.completionDate}` : null].filter(
      Boolean,
    );
    if (parts.length > 0) lines.push(`  evaluation:  ${parts.join(', ')}`);
  }
  const counts = (Object.keys(KIND_LABELS) as InsightKind[])
    .map((kind) => {
      const count = record.insights.filter((insight) => insight.kind === kind).length;
      return count > 0 ? `${count} ${KIND_LABELS[kind][count === 1 ? 0 : 1]}` : null;
    })
    .filter(Boolean);
  lines.push(`  insights:    ${counts.length > 0 ? counts.join(', ') : 'none'}`);
  // The sections the insights came from: the structure extraction used (or nothing, which stands out).
  const sections = summariseExtraction(record).sections;
  lines.push(
    `  structure:   ${record.document.kind}${sections.length > 0 ? `; ${sections.slice(0, 6).join('; ')}${sections.length > 6 ? '; ...' : ''}` : '; NO INSIGHT'}`,
  );
  const countries = record.mentions.countries.map((country) => country.iso3).join(', ');
  if (countries) lines.push(`  countries:   ${countries}`);
  if (record.themes.length > 0)
    lines.push(
      `  themes:      ${record.themes
        .slice(0, 6)
        .map((theme) => theme.label)
        .join(', ')}${record.themes.length > 6 ? ', ...' : ''}`,
    );
  for (const warning of record.warnings) lines.push(`  warning:     ${warning}`);
  return lines.join('\n');
}

/** The stderr summary of a batch's failures; empty when nothing failed. */
export function summariseFailures(outcomes: ExtractOutcome[]): string {
  const failed = outcomes.filter((outcome): outcome is Extract<ExtractOutcome, { ok: false }> => !outcome.ok);
  if (failed.length === 0) return '';
  const lines = [`lessons-graph: ${failed.length} of ${outcomes.length} file(s) failed:`];
  for (const outcome of failed)
    lines.push(
      `  ${outcome.path}: [${outcome.code}] ${outcome.reason.startsWith(`${outcome.path}: `) ? outcome.reason.slice(outcome.path.length + 2) : outcome.reason}`,
    );
  return `${lines.join('\n')}\n`;
}

/**
 * `lessons-graph extract <file|folder>... [--json | --summary]`: reads and extracts documents without
 * any engine. With --json, stdout holds only JSON Lines (one ExtractionRecord per document); with
 * --summary, one table for all documents (kind, template, counts by kind, warnings);
 * failures go to stderr and make the exit code 1, after every other file was extracted.
 */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Extract records (evaluation, project, findings, recommendations, lessons, good practices) from documents; no engine needed')
    .argument('<paths...>', 'files or folders (.txt, .md, .html, .pdf, .docx)')
    .option('--json', 'print one JSON record per document (JSON Lines) on stdout')
    .option('--summary', 'print one table row per document (kind, template, language, counts by kind, warnings), documents with no insight marked')
    .action(async (paths: string[], options: { json?: boolean; summary?: boolean }) => {
      if (options.json && options.summary) throw new AppError('BAD_INPUT', 'extract: --json and --summary print different things; choose one');
      if (paths.length === 0) throw new AppError('BAD_INPUT', 'extract: give at least one file or folder');
      // Loaded on use: the readers and the reference data are not needed by the other commands.
      const { extractDocuments } = await import('../pipeline/extract-documents.js');
      const outcomes = await extractDocuments(paths);
      if (outcomes.length === 0) throw new AppError('BAD_INPUT', `extract: no document found in ${paths.join(', ')}`);
      const out: string[] = [];
      const records = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.record] : []));
      if (options.summary) out.push(formatExtractionTable(records));
      else for (const record of records) out.push(options.json ? JSON.stringify(record) : `${summariseRecord(record)}\n`);
      if (out.length > 0 && records.length > 0) process.stdout.write(`${out.join('\n')}\n`);
      const failures = summariseFailures(outcomes);
      if (failures) {
        process.stderr.write(failures);
        process.exitCode = 1;
      }
    });
}
