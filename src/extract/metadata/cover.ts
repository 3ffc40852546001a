/**
 * What the top of a document says about itself when no box says it: its title (the first
 * level-1 heading, or the run of short title lines of a cover page), its date (a date standing
 * alone on the cover: "NOVEMBER 2019", "May 15, 2020", "Octubre, 2018") and what kind of
 * document it is (a summary, a brief, a report, a management response). Pure.
 */
import type { DocumentKind, EvaluationMode, EvaluationTiming } from '../../model/records.js';
import { parseDate } from './dates.js';
import { classifyLabel } from './labels.js';

/** A heading of the outline (the extractor's blocks, or '#' lines of the dialect). */
export interface CoverHeading {
  text: string;
  level: number;
  start: number;
}

/** Characters of the top of a document searched for a cover. */
const COVER_CHARS = 8000;
/** Non-empty lines of the top of a document searched for a cover. */
const COVER_LINES = 80;

/** Words that make a heading or a cover the title of an evaluation (folded). */
const EVALUATION_WORDS = /\b(?:evaluation|evaluations|evaluacion|evaluaciones|assessment|review|revue|examen|evaluer|evaluar)\b/;
/** A cover line that only says what kind of report it is ("FINAL REPORT", "Informe final", OCR's "Fina Report"). */
const KIND_ONLY = /^(?:(?:fina?l?|interim|draft|mid-?term|evaluation|annual) )?(?:report|rapport|informe)(?: (?:final|finale|de evaluacion|d'evaluation|final de evaluacion))?$/;

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function clean(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/<[^>]{1,40}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CoverLine {
  text: string;
  start: number;
}

/** The non-empty lines of the top of the document. */
function coverLines(text: string): CoverLine[] {
  const lines: CoverLine[] = [];
  let at = 0;
  for (const raw of text.slice(0, COVER_CHARS).split('\n')) {
    // Table rows are boxes, not titles: keep their cells apart.
    const line = clean(raw.replace(/\t/g, ' \u0009 '));
    if (line) lines.push({ text: line, start: at });
    at += raw.length + 1;
    if (lines.length >= COVER_LINES) break;
  }
  return lines;
}

/** A date standing alone on a line ("NOVEMBER 2019", "12 de octubre de 2018.", "DECEMBER 201" as OCR left it). */
function isDateLine(line: string): boolean {
  if (parseDate(line)) return true;
  return /^(?:[a-zé]+\.?,? )?\d{1,4}\.?$/i.test(line.trim()) && /\d{3}/.test(line);
}

/** A line that can be part of a title: short, not a sentence, not a label, a date, an address or a number. */
function isTitleLine(line: string): boolean {
  if (line.includes('\t')) return false;
  const words = line.split(/\s+/);
  if (words.length > 14 || line.length > 140) return false;
  if (/[.:;]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return false;
  if (isDateLine(line) || /^\d+$/.test(line) || /@|https?:|www\./i.test(line)) return false;
  if (classifyLabel(line) || /^[^:]{2,60}:\s/.test(line)) return false;
  return /\p{L}{3}/u.test(line);
}

/**
 * The title of the document: the first level-1 heading that names an evaluation, else the
 * first run of cover lines that names one (an evaluation word, or "final report") with at least
 * four words and few one-word lines (OCR debris). Kind-only lines ("FINAL REPORT") are dropped
 * from the ends of the run. Null when nothing qualifies.
 */
export function findTitle(text: string, headings: readonly CoverHeading[]): string | null {
  const h1 = headings.find((heading) => heading.level === 1 && EVALUATION_WORDS.test(fold(heading.text)));
  if (h1) return clean(h1.text);
  const lines = coverLines(text);
  let run: CoverLine[] = [];
  const runs: CoverLine[][] = [];
  for (const line of lines) {
    if (isTitleLine(line.text)) run.push(line);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  for (const candidate of runs) {
    const lineTexts = candidate.map((line) => line.text);
    const folded = fold(lineTexts.join(' '));
    if (!EVALUATION_WORDS.test(folded) && !/\b(?:final report|rapport final|informe final)\b/.test(folded)) continue;
    const single = lineTexts.filter((line) => line.split(/\s+/).length === 1).length;
    if (folded.split(' ').length < 4 || single * 2 >= lineTexts.length) continue;
    // OCR debris of a cover (one-word lines) before the title lines.
    while (lineTexts.length > 2 && lineTexts[0]!.split(/\s+/).length === 1 && lineTexts.slice(1).some((line) => line.split(/\s+/).length >= 3)) lineTexts.shift();
    while (lineTexts.length > 1 && KIND_ONLY.test(fold(lineTexts[0]!))) lineTexts.shift();
    while (lineTexts.length > 1 && KIND_ONLY.test(fold(lineTexts[lineTexts.length - 1]!))) lineTexts.pop();
    const title = lineTexts.slice(0, 6).join(' ').replace(/\s+/g, ' ').trim();
    if (title.length <= 300) return title;
  }
  return null;
}

/** The date printed alone on the cover ("NOVEMBER 2019", "May 15, 2020"), as YYYY-MM; null when none. */
export function findCoverDate(text: string): string | null {
  let afterModified = false;
  for (const line of coverLines(text)) {
    // A web page's "Date modified:" and the date under it are chrome, not the report's date.
    const modified = /date modified|fecha de modificacion|date de modification|derniere mise a jour|last updated/.test(fold(line.text));
    const skip = modified || afterModified;
    afterModified = modified && !parseDate(line.text.replace(/^[^:]*:/, ''));
    if (skip) continue;
    const date = parseDate(line.text);
    if (date && date.length >= 7) return date.slice(0, 7);
  }
  return null;
}

/** Kinds of document a title announces, strongest first. */
const KIND_SIGNALS: Array<[DocumentKind, RegExp]> = [
  ['MANAGEMENT_RESPONSE', /\b(?:management response|reponse de la (?:direction|gestion|administration)|respuesta de la (?:gerencia|administracion|direccion))\b/],
  ['LESSON_RECORDS', /\b(?:lessons? learned records?|fiches? de lecons?)\b/],
  ['BRIEF', /\b(?:evaluation brief|brief|note d'evaluation|note de synthese|nota de evaluacion|nota informativa)\b/],
  ['SUMMARY', /\b(?:summary of|evaluation summary|summary report|results at a glance|at a glance|highlights|faits saillants|resume de l'evaluation|synthese de l'evaluation|resumen de la evaluacion|formato para la difusion de los resultados)\b/],
  ['REPORT', /\b(?:evaluation report|final report|rapport (?:final|d'evaluation)|informe (?:final|de evaluacion)|evaluation of|evaluation de|evaluacion de|evaluacion del|assessment|review of)\b/],
];
/** Names of forms and document types printed at the top of a page rather than in its title. */
const TOP_SIGNALS: Array<[DocumentKind, RegExp]> = [
  ['SUMMARY', /\bformato para la difusion de los resultados\b/],
  ['MANAGEMENT_RESPONSE', /^(?:management response|reponse de la direction|respuesta de la gerencia)\b/],
  ['BRIEF', /^(?:evaluation brief|note d'evaluation)\b/],
];

/**
 * What kind of document the title (and a form name at the very top) announces: "Results at a
 * Glance", "Summary of the Evaluation of …" and the CONAC "Formato para la difusión de los
 * resultados" are summaries, "Evaluation brief" a brief, "Management response" a management
 * response, "Final report", "Evaluation of …" a report. Strongest first; empty when nothing says.
 */
export function documentKindHints(title: string | null, text: string): DocumentKind[] {
  const hints: DocumentKind[] = [];
  const folded = title ? fold(title) : '';
  for (const [kind, pattern] of KIND_SIGNALS) if (folded && pattern.test(folded) && !hints.includes(kind)) hints.push(kind);
  for (const line of coverLines(text).slice(0, 3)) {
    for (const [kind, pattern] of TOP_SIGNALS) if (pattern.test(fold(line.text)) && !hints.includes(kind)) hints.unshift(kind);
  }
  return hints;
}

/** What an evaluation's type, timing and mode are, from a "Type of evaluation" value or a title. */
export interface EvaluationKind {
  type: string | null;
  timing: EvaluationTiming | null;
  mode: EvaluationMode | null;
}

/** Types named in values and titles, folded; specific before general. */
const TYPES: Array<[string, RegExp, boolean]> = [
  // [type, pattern, read in titles too]
  ['CONSISTENCY_AND_RESULTS', /\b(?:consistencia y resultados|consistency and results)\b/, true],
  ['DESIGN', /\b(?:design|diseno|conception)\b/, true],
  ['PROCESS', /\b(?:process|procesos|processus)\b/, true],
  ['IMPACT', /\b(?:impact|impacto)\b/, true],
  ['PERFORMANCE', /\b(?:performance|desempeno)\b/, true],
  ['THEMATIC', /\b(?:thematic|thematique|tematica|tematico)\b/, true],
  ['COUNTRY_PROGRAMME', /\b(?:country programme|country program|programme pays|programa (?:de )?pais|dwcp)\b/, true],
  ['STRATEGY', /\b(?:strategic|strategy|strategique|estrategica|estrategico)\b/, true],
  ['POLICY', /\b(?:policy|politique|politica)\b/, true],
  ['CLUSTER', /\b(?:cluster|groupee|agrupada)\b/, true],
  ['CENTRALIZED', /\b(?:centrali[sz]ed|centralisee|centralizada)\b/, false],
  ['DECENTRALIZED', /\b(?:decentrali[sz]ed|decentralisee|descentralizada)\b/, false],
  ['PROJECT', /\b(?:project|projet|proyecto)\b/, false],
  ['PROGRAMME', /\b(?:programme|program|programa)\b/, false],
];

/**
 * Type, timing and mode from a value such as "Final Independent", "Midterm, independent",
 * "Diseño.", "Centralized evaluation (theory-based)", or from a title ("Final Performance
 * Evaluation of …", "Evaluación de Diseño …"). From a title only the specific types are read
 * (a title naming "the project" does not make a project evaluation).
 */
export function classifyEvaluationKind(written: string, from: 'value' | 'title'): EvaluationKind {
  const folded = fold(written);
  let timing: EvaluationTiming | null = null;
  if (/\b(?:mid-?\s?term|midterm|mi-?\s?parcours|intermedia|de medio termino|de mitad de periodo)\b/.test(folded)) timing = 'MIDTERM';
  else if (/\b(?:final|finale)\b/.test(folded) && !/\b(?:final report|rapport final|informe final)\b/.test(folded)) timing = 'FINAL';
  else if (/\bex-?\s?post\b/.test(folded)) timing = 'EX_POST';
  else if (/\b(?:interim|intermediaire)\b/.test(folded)) timing = 'INTERIM';
  let mode: EvaluationMode | null = null;
  if (/\b(?:independent|independante?|independiente)\b/.test(folded)) mode = 'INDEPENDENT';
  else if (/\b(?:self|auto-?\s?evaluation|autoevaluacion)\b/.test(folded)) mode = 'SELF';
  else if (/\b(?:joint|conjointe?|conjunta)\b/.test(folded)) mode = 'JOINT';
  else if (/\b(?:internal|interne|interna)\b/.test(folded)) mode = 'INTERNAL';
  let type: string | null = null;
  for (const [name, pattern, inTitles] of TYPES) {
    if (from === 'title' && !inTitles) continue;
    if (pattern.test(folded)) {
      type = name;
      break;
    }
  }
  return { type, timing, mode };
}
