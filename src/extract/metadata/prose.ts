/**
 * Metadata a report states in a sentence rather than a box: the period the evaluation covered
 * ("The evaluation covered the 2009-2010 to 2013-2014 period", "focusing on activities conducted
 * from April 2012 to September 2017"), the budget ("Contributions under this program total $15
 * million") and the money spent ("expenses totaling $13 million", "expenditures … totalled
 * $96.7M"), and the firms that did the work ("conducted by IOD PARC", "A partnership between
 * IOD PARC and IMC Worldwide"). Lexicons in French, English and Spanish; the first sentence
 * that matches wins. Pure.
 */
import type { Budget, DatePeriod } from '../../model/records.js';
import { type MoneyOptions, findMoney } from './amounts.js';
import { findPeriod } from './dates.js';
import { isFirmName } from './people.js';

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** Sentences of a text, in order (a line may hold several; a sentence never spans a blank line). */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const flat = block.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    out.push(...flat.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý¿¡"“])/u));
  }
  return out;
}

/** A sentence about what the evaluation looked at, in time. */
const COVERAGE = /\b(?:evaluation|evaluacion|review|assessment)\b[^.]{0,160}\b(?:covered|covers|covering|examined|examines|assessed|focus(?:ed|ing|es)? on|looked at|period)\b|\b(?:couvre|couvrait|porte sur|portait sur|periode)\b|\b(?:abarca|abarco|cubre|cubrio|periodo)\b/;

/** The period the evaluation covered, from the first sentence that says so. */
export function findPeriodCovered(text: string): DatePeriod | null {
  for (const sentence of sentences(text)) {
    const folded = fold(sentence);
    if (!/\b(?:evaluation|evaluacion)\b/.test(folded) || !COVERAGE.test(folded)) continue;
    const found = findPeriod(sentence);
    if (found) return found.period;
  }
  return null;
}

const BUDGET_WORDS =
  /\b(?:total budget|overall budget|(?<!annual |yearly )budget of|contributions? under this (?:program|programme) totals?|total (?:contribution|funding|envelope)|budget total|budget global|enveloppe (?:totale|globale)|financement total|presupuesto total|monto total)\b/;
const EXPENDITURE_WORDS =
  /\b(?:expenditures?|expenses|spending|spent|depenses|gastos?|monto ejercido)\b[^.]{0,80}\b(?:total(?:l?ed|l?ing|s)?|amount(?:ed|ing)? to|were|of|came to|s'elevent|s'elevaient|ascend(?:io|ieron|ieron a)|fueron)\b/;

/** The first amount stated as the budget in a sentence; null when none. */
export function findBudgetStatement(text: string, options: MoneyOptions = {}): Budget | null {
  return firstAmount(text, BUDGET_WORDS, options);
}

/** The first amount stated as money spent in a sentence; null when none. */
export function findExpenditureStatement(text: string, options: MoneyOptions = {}): Budget | null {
  return firstAmount(text, EXPENDITURE_WORDS, options);
}

function firstAmount(text: string, words: RegExp, options: MoneyOptions): Budget | null {
  for (const sentence of sentences(text)) {
    const folded = fold(sentence);
    const cue = words.exec(folded);
    if (!cue) continue;
    // The amount after the cue words, else the first in the sentence.
    const amounts = findMoney(sentence, options);
    const after = amounts.find((amount) => amount.start >= cue.index) ?? amounts[0];
    if (after) return { amount: after.amount, currency: after.currency };
  }
  return null;
}

/** "conducted by X", "A partnership between X and Y", "réalisée par le cabinet X", "realizada por X". */
const BY_TEAM = /\b(?:conducted|carried out|undertaken|prepared|written) by|\ba partnership between|\bin partnership with|\brealis[ée]e par(?: le cabinet| le bureau)?|\bconduite par|\bredige par|\brealizada por|\belaborada por/gi;
/** "The evaluation", "this report", "la présente évaluation": the subject a "conducted by" must be about (folded). */
const THIS_EVALUATION =
  /\b(?:this|the|cette|la presente|la|le present|le|este|esta|el presente|la presente|el)\s+(?:final\s+|present\s+)?(?:evaluation|report|publication|document|assessment|review|study|rapport|etude|evaluacion|informe|estudio)\b/;

/**
 * The clauses that say who did the evaluation: what follows "conducted by", "prepared by", "a
 * partnership between", up to the sentence end, on the cover (the first few thousand
 * characters) or after a mention of "the evaluation" / "this report" just before. Lines of a
 * hard-wrapped text are joined; short lines (a cover's) stay lines.
 */
function teamClauses(text: string): string[] {
  const clauses: string[] = [];
  const joined = text.replace(/([^\n]{59,}[^.\n])\n(?=\S)/g, '$1 ');
  for (const m of joined.matchAll(BY_TEAM)) {
    const before = fold(joined.slice(Math.max(0, m.index - 250), m.index));
    if (m.index > 3000 && !THIS_EVALUATION.test(before)) continue;
    // The clause ends at the sentence's end ("Inc." and initials do not end it) or a blank line.
    const rest = joined.slice(m.index + m[0].length, m.index + m[0].length + 400).split(/\n\s*\n/)[0]!;
    const end = /(?<!\b(?:Inc|Ltd|Co|S\.C|S\.A|\p{Lu}))\.(?=\s+\p{Lu}\p{Ll})|\.(?=\n)|;/u.exec(rest);
    clauses.push(rest.slice(0, end ? end.index + (end[0] === '.' ? 1 : 0) : rest.length).trim());
  }
  return clauses;
}

/** Firms named in the sentences that say who did the evaluation (names that read as firms; a bare acronym is not enough). */
export function findFirmStatements(text: string): string[] {
  const firms: string[] = [];
  for (const clause of teamClauses(text)) {
    for (const part of clause.split(/\s*,\s*(?!(?:Inc|Ltd|LLC|S\.\s?C|S\.\s?A)\b)|\s+(?:and|et|y|with|avec|con)\s+/)) {
      const name = /^\s*(?:the |le |la |l'|el )?((?:\p{Lu}[\p{L}&'’-]*)(?:\s+(?:\p{Lu}[\p{L}&'’-]*|&|de|of|and))*(?:,?\s+(?:Inc|Ltd|LLC|S\.\s?C|S\.\s?A)\.?)?)/u.exec(part)?.[1]?.trim();
      if (name && isFirmName(name) && !/^[A-Z0-9&]+$/.test(name) && !firms.includes(name)) firms.push(name);
    }
  }
  return firms;
}

/** The people a "prepared by …" or "conducted by …" sentence names, as written (for parsePeopleList). */
export function findTeamStatements(text: string): string[] {
  return teamClauses(text);
}
