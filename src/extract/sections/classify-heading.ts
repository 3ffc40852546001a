/**
 * What a heading names: its kinds of section (findings, recommendations, ...), whether it opens
 * a document part, its numbering, and whether it is a table-of-contents entry. French, English
 * and Spanish; accents, case and numbering folded; words compared by their Porter stems
 * (natural), so "Lessons learnt", "Leçons tirées" and "Lección aprendida" need no entry of their own.
 */
import { itemLabel } from '../items/item-labels.js';
import { stemWord } from '../../text/natural.js';
import { foldForMatch } from '../../text/normalise.js';
import {
  ANNEX_LABEL,
  CRITERION_LEAD,
  CRITERION_METHOD,
  CRITERION_WORDS,
  FOREIGN_ANNEX,
  GENERIC_FINDINGS,
  GENERIC_TAIL,
  HEADING_MODIFIERS,
  HEADING_PHRASES,
  type LexiconLanguage,
  PART_PHRASES,
  type SectionKind,
} from './heading-lexicon.js';

export type { SectionKind } from './heading-lexicon.js';

export interface HeadingClass {
  /** Kinds the heading names, in order ("Conclusions and recommendations": two); `['other']` when none. */
  kinds: SectionKind[];
  /** A document part: front or back matter, introduction, methodology, executive summary, contents, annex. */
  part: boolean;
  /** Numbering normalised ("4.2", "IV", "A.1", OCR "3.I" read as "3.1"); null when unnumbered. */
  numbering: string | null;
  /** Depth of the numbering ("4" and "4.0": 1, "4.2": 2); 0 when unnumbered. */
  depth: number;
  /** The heading without its numbering, annex label, trailing colon or page number. */
  title: string;
  /** An annex (or appendix) heading; `foreign` when it holds another party's words (terms of reference, ...). */
  annex: null | { foreign: boolean };
  /** A table-of-contents entry: dotted leaders or a trailing page number. */
  tocEntry: boolean;
  /**
   * Names an evaluation criterion and nothing else ("3.0 Relevance", "Performance – Efficiency and
   * economy", "Eficacia del programa"): findings where nothing around it frames it otherwise
   * (find-sections.ts decides, from the sections above it).
   */
  criterion: boolean;
}

const LANGUAGES: readonly LexiconLanguage[] = ['en', 'fr', 'es'];

interface Phrase {
  kind: SectionKind;
  stems: string[];
  /** Compared word for word, not by stem: "Índice" (contents) is not "Indicador". */
  exact: string[] | null;
  /** A document part rather than an insight kind (introduction, methodology, ...). */
  part: boolean;
}

/** Phrases per language, indexed by their first stem. */
const PHRASES: Record<LexiconLanguage, Map<string, Phrase[]>> = { en: new Map(), fr: new Map(), es: new Map() };
const stemCache: Record<LexiconLanguage, Map<string, string>> = { en: new Map(), fr: new Map(), es: new Map() };

function stem(word: string, language: LexiconLanguage): string {
  const cache = stemCache[language];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    // Numbers and one-letter words are kept as they are (stemmers mangle "l", "d").
    stemmed = word.length <= 2 || /\d/.test(word) ? word : foldForMatch(stemWord(word, language));
    if (cache.size < 50_000) cache.set(word, stemmed);
  }
  return stemmed;
}

function tokens(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/** Kinds whose phrases are short common words that stemming would confuse with others. */
const EXACT_KINDS = new Set<SectionKind>(['table-of-contents']);

function addPhrase(language: LexiconLanguage, written: string, kind: SectionKind, part: boolean): void {
  const words = tokens(foldForMatch(written));
  const stems = words.map((word) => stem(word, language));
  if (stems.length === 0) return;
  const index = PHRASES[language];
  const list = index.get(stems[0]!) ?? [];
  list.push({ kind, stems, part, exact: EXACT_KINDS.has(kind) || (words.length === 1 && kind === 'executive-summary') ? words : null });
  // Longest phrase first: "management response and action plan" before "management response".
  list.sort((a, b) => b.stems.length - a.stems.length);
  index.set(stems[0]!, list);
}

for (const [kind, byLanguage] of Object.entries(HEADING_PHRASES) as Array<[SectionKind, Record<LexiconLanguage, string[]>]>) {
  for (const language of LANGUAGES) for (const phrase of byLanguage[language]) addPhrase(language, phrase, kind, false);
}
for (const language of LANGUAGES) for (const phrase of PART_PHRASES[language]) addPhrase(language, phrase, 'other', true);

/** Kinds that frame a document part as well as naming a kind. */
const PART_KINDS = new Set<SectionKind>(['executive-summary', 'table-of-contents', 'annex']);

interface Match {
  kind: SectionKind;
  part: boolean;
  at: number;
  length: number;
}

/** The phrase starting at token `at` in one language, longest first; null when none. */
function phraseAt(words: string[], at: number, language: LexiconLanguage): Match | null {
  const first = words[at];
  if (first === undefined) return null;
  const candidates = PHRASES[language].get(stem(first, language));
  if (!candidates) return null;
  for (const phrase of candidates) {
    if (at + phrase.stems.length > words.length) continue;
    let ok = true;
    if (phrase.exact) for (let k = 0; k < phrase.exact.length && ok; k += 1) ok = words[at + k] === phrase.exact[k];
    for (let k = 1; k < phrase.stems.length && ok; k += 1) ok = stem(words[at + k]!, language) === phrase.stems[k];
    if (ok) return { kind: phrase.kind, part: phrase.part, at, length: phrase.stems.length };
  }
  return null;
}

/** The first phrase of any language at token `at`, longest first. */
function anyPhraseAt(words: string[], at: number): Match | null {
  let best: Match | null = null;
  for (const language of LANGUAGES) {
    const match = phraseAt(words, at, language);
    if (match && (!best || match.length > best.length)) best = match;
  }
  return best;
}

/** Generic words that name a summary only when nothing more specific follows ("Summary of findings"). */
const GENERIC_SUMMARY = new Set(['summary', 'resume', 'resumen', 'synthese', 'sintesis', 'overview']);

/**
 * The kinds a folded title names: the first phrase within the leading modifiers, then any
 * further ones joined by "and", "et", "y", commas ("Findings, conclusions and recommendations").
 */
function kindsOf(words: string[]): { kinds: SectionKind[]; part: boolean } {
  const kinds: SectionKind[] = [];
  let part = false;
  let first: Match | null = null;
  for (let at = 0; at < Math.min(words.length, 5); at += 1) {
    const match = anyPhraseAt(words, at);
    if (match) {
      // "Summary of findings": the generic word gives way to the kind after it.
      if (!(at === 0 && match.length === 1 && GENERIC_SUMMARY.has(words[0]!) && words.length > 1)) {
        first = match;
        break;
      }
      if (!first) first = match;
    }
    if (!HEADING_MODIFIERS.has(words[at]!) && !/^\d+$/.test(words[at]!)) break;
  }
  if (!first) return genericFindings(words) ? { kinds: ['findings'], part: false } : { kinds: ['other'], part: false };
  if (first.part) part = true;
  else kinds.push(first.kind);
  if (PART_KINDS.has(first.kind)) part = true;
  // Further kinds after a joining word: "conclusions and recommendations", "recommandations et leçons".
  let at = first.at + first.length;
  while (at < words.length) {
    let next = at;
    while (next < words.length && (HEADING_MODIFIERS.has(words[next]!) || words[next] === 'amp')) next += 1;
    const match = anyPhraseAt(words, next);
    if (!match || match.part) break;
    if (!kinds.includes(match.kind)) kinds.push(match.kind);
    at = match.at + match.length;
  }
  return { kinds: kinds.length > 0 ? kinds : ['other'], part };
}

const GENERIC: ReadonlySet<string> = new Set(
  Object.values(GENERIC_FINDINGS)
    .flat()
    .map((phrase) => phrase.split(' ').pop()!),
);

/** "Les résultats du projet", "Results": a generic word for findings, followed by nothing but its tail. */
function genericFindings(words: readonly string[]): boolean {
  let at = 0;
  while (at < words.length && HEADING_MODIFIERS.has(words[at]!)) at += 1;
  if (at >= words.length || !GENERIC.has(words[at]!)) return false;
  return words.slice(at + 1).every((word) => GENERIC_TAIL.has(word) || HEADING_MODIFIERS.has(word));
}

/** Words before a trailing number that make it part of the title ("Recommendation 12"), not a page number. */
const NUMBERED_THINGS =
  /\b(?:recommendations?|recommandations?|recomendaci[oó]n(?:es)?|lessons?|le[cç]ons?|lecci[oó]n(?:es)?|findings?|conclusions?|conclusi[oó]n(?:es)?|questions?|preguntas?|eq|r|box|encadr[eé]|recuadro|tables?|tableaux?|tablas?|figures?|figuras?|graphs?|gr[aá]ficos?|charts?|maps?|cartes?|mapas?|chapters?|chapitres?|cap[ií]tulos?|sections?|secci[oó]n(?:es)?|modules?|m[oó]dulos?|temas?|themes?|th[eè]mes?|annex(?:es)?|annexes?|anexos?|appendix|ap[eé]ndices?|outcomes?|outputs?|results?|r[ée]sultats?|resultados?|objectives?|objectifs?|objetivos?|phases?|fases?|steps?|[eé]tapes?|pasos?|priority|priorit[eé]|prioridad|no|n[°º]|#|level|niveau|nivel|part(?:ie)?|parte|goal|meta|indicator|indicateur|indicador|activit(?:y|é|ies|és)|actividad(?:es)?|round|year|ann[ée]e|año|fy|q[1-4]?|sdg|odd|ods|pages?|p[aá]ginas?|p)\s*[.:]?\s*$/i;

/**
 * True when a heading-like line is a table-of-contents entry: dotted leaders ("Findings ....... 12"),
 * or a trailing page number after a title without other digits ("LESSONS LEARNED 45", "4.4 Conclusions\t23").
 */
export function isTocEntry(text: string): boolean {
  const tail = text.trim().slice(-160);
  if (/(?:\.\s?){3,}\s*[0-9ivxlIVXL]{1,6}\s*$|…+\s*[0-9ivxlIVXL]{1,6}\s*$|_{3,}\s*\d{1,3}\s*$/.test(tail)) return true;
  // Leaders a word processor typed as ellipses, mixed with dots ("DE L'AUDIT…….3"), or run to the margin without the
  // page number a text copy lost ("ANNEXE I………………………").
  if (/[…](?:\s?[.…]){2,}\s*[0-9ivxlIVXL]{0,6}\s*$|(?:[.…]\s?){2,}…\s*[0-9ivxlIVXL]{0,6}\s*$|\.{8,}\s*$/.test(tail)) return true;
  const page = /^(.*?\S)(\t+|\s{2,}|\s)(\d{1,3}|[ivxl]{1,6})$/.exec(tail);
  if (!page) return false;
  const before = page[1]!.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.|[A-Z]\.)\s+/, '');
  if (NUMBERED_THINGS.test(before)) return false;
  if (/\d/.test(before) || before.length < 3 || /[.;,:!?]$/.test(before)) return false;
  // A tab or a run of spaces before the number is a contents layout; a single space needs a two-digit page or a capitals title.
  if (page[2] !== ' ') return true;
  return /^\d{2,3}$/.test(page[3]!) || (before === before.toUpperCase() && /[A-Z]{3}/.test(before));
}

/** OCR reads "1" as "I" or "l" inside numbers ("3.I", "I.I"): one digit of a dotted number. */
function ocrDigit(part: string): string {
  return part === 'I' || part === 'l' || part === 'i' ? '1' : part;
}

const DOTTED = /^((?:\d{1,2}|[Il])(?:\s?\.\s?(?:\d{1,2}|[Il](?![a-z]))){1,4})\.?(?:\s*[):–—-])?\s+(?=\S)/;
const SIMPLE_NUMBER = /^(\d{1,2})(?:\.|\)|\s*[:–—-])?\s+(?=\S)/;
const ROMAN = /^([IVXL]{1,6})(?:\.|\)|\s*[:–—-])\s*(?=\S)/;
const LETTER = /^([A-Z](?:\.\d{1,2}){0,3})(?:\.|\))\s+(?=\S)|^([A-Z]\.\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?=\S)/;
const WORDED =
  /^(?:chapter|chapitre|cap[ií]tulo|section|secci[oó]n|part|partie|parte|m[oó]dulo|module|tema|theme|th[eè]me)\s+((?:\d{1,2}|[IVXL]{1,6}|[A-Z])(?:\.\d{1,2}){0,3})\b\.?\s*(?:[:.–—-]\s*)?/i;

/** Splits a heading's numbering from its title. Depth: "4" and "4.0" are 1, "4.2" is 2. */
export function splitNumbering(text: string): { numbering: string | null; depth: number; rest: string } {
  const trimmed = text.trim();
  let match = DOTTED.exec(trimmed);
  if (match) {
    const parts = match[1]!.split('.').map((part) => ocrDigit(part.trim()));
    while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
    return { numbering: parts.join('.'), depth: parts.length, rest: trimmed.slice(match[0].length) };
  }
  match = WORDED.exec(trimmed);
  if (match) return { numbering: match[1]!.toUpperCase(), depth: match[1]!.split('.').length, rest: trimmed.slice(match[0].length) };
  match = SIMPLE_NUMBER.exec(trimmed);
  if (match) return { numbering: match[1]!, depth: 1, rest: trimmed.slice(match[0].length) };
  match = ROMAN.exec(trimmed);
  // "I." could be a roman one or the pronoun; a roman numeral needs what follows to start with a capital.
  if (match && /^[A-ZÀ-Ý]/.test(trimmed.slice(match[0].length))) return { numbering: match[1]!, depth: 1, rest: trimmed.slice(match[0].length) };
  match = LETTER.exec(trimmed);
  if (match && /^[A-ZÀ-Ý]/.test(trimmed.slice(match[0].length))) {
    const numbering = (match[1] ?? match[2])!;
    return { numbering, depth: numbering.split('.').length, rest: trimmed.slice(match[0].length) };
  }
  return { numbering: null, depth: 0, rest: trimmed };
}

const cache = new Map<string, HeadingClass>();

/**
 * Classifies one heading (or heading-like line). Pure and cached: a long report repeats its
 * headings in the contents, the running text and the annexes.
 */
export function classifyHeading(text: string): HeadingClass {
  const key = text.length > 300 ? text.slice(0, 300) : text;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = classify(key);
  if (cache.size > 20_000) cache.clear();
  cache.set(key, result);
  return result;
}

function classify(text: string): HeadingClass {
  const clean = text
    .replace(/\*\*|__|<[^>]{0,40}>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const tocEntry = isTocEntry(clean);
  const withoutPage = tocEntry ? clean.replace(/(?:[\s.…_]{2,}|\t|\s)(?:\d{1,3}|[ivxlIVXL]{1,6})\s*$/, '').replace(/[\s.…]+$/, '') : clean;
  const annexMatch = ANNEX_LABEL.exec(withoutPage);
  if (annexMatch) {
    const title = withoutPage.slice(annexMatch[0].length).replace(/[\s:]+$/, '');
    const named = kindsOf(tokens(foldForMatch(title)));
    const kinds: SectionKind[] = ['annex', ...named.kinds.filter((kind) => kind !== 'other' && kind !== 'annex')];
    return {
      kinds,
      part: true,
      numbering: annexMatch[1] ? ocrDigit(annexMatch[1]).toUpperCase() : null,
      depth: 1,
      title,
      annex: { foreign: FOREIGN_ANNEX.test(title) },
      tocEntry,
      criterion: false,
    };
  }
  const { numbering, depth, rest } = splitNumbering(withoutPage);
  const title = rest.replace(/[\s:.]+$/, '').trim();
  const folded = foldForMatch(title);
  const words = tokens(folded);
  // A long statement used as a heading ("Data protection at the field level could be strengthened")
  // names no kind, nor does a numbered item's heading ("Recommendation 3", "Lesson 1: Mediation first").
  const named = words.length > 14 || itemLabel(title) ? { kinds: ['other'] as SectionKind[], part: false } : withOwner(title, words);
  const criterion = named.kinds[0] === 'other' && !named.part && namesCriterion(words, folded);
  return { kinds: named.kinds, part: named.part, numbering, depth, title, annex: null, tocEntry, criterion };
}

/**
 * The kinds a title names, also after the body it belongs to ("IED Recommendations and Management Responses", "UNICEF
 * Management Response", "Gavi Secretariat Management Response", "WFP management response").
 */
function withOwner(title: string, words: string[]): { kinds: SectionKind[]; part: boolean } {
  const named = kindsOf(words);
  if (named.kinds[0] !== 'other' || named.part || words.length > 8) return named;
  // An acronym first ("IED", "UNICEF", "OIOS/IED"); not a form's name ("ILO Lesson Learned Template").
  if (/^[A-Z][A-Z0-9]{1,7}(?:\/[A-Z0-9]{2,8})?\s/.test(title) && !/\b(?:template|form|format|plantilla|formulario|mod[eè]le|fiche|formulaire)$/i.test(title)) {
    const after = kindsOf(words.slice(title.split(/\s+/)[0]!.split('/').length));
    if (after.kinds[0] !== 'other') return after;
  }
  // Whoever answers, then "management response(s)".
  if (/(?:^|\s)management responses?(?: and action plan| matrix)?$/.test(words.join(' '))) return { kinds: ['management-response'], part: false };
  return named;
}

/** A short title whose first word after the lead words is an evaluation criterion, and that frames nothing. */
function namesCriterion(words: readonly string[], folded: string): boolean {
  return criterionWord(words) !== null && !CRITERION_METHOD.test(folded);
}

/**
 * The criterion a title opens with, after its lead words, when what follows it goes on about that
 * criterion ("Efficiency and economy", "Relevance of the project", "Coherence with the framework",
 * "Impact orientation and sustainability"), not a noun it qualifies ("Impact pathways", "Sustainability
 * strategy", "Impacto esperado").
 */
function criterionWord(words: readonly string[]): string | null {
  if (words.length === 0 || words.length > 10) return null;
  let at = 0;
  while (at < words.length - 1 && CRITERION_LEAD.has(words[at]!)) at += 1;
  if (!CRITERION_WORDS.has(words[at]!)) return null;
  const next = words[at + 1];
  if (next !== undefined && !CRITERION_FOLLOWERS.has(next) && !CRITERION_WORDS.has(next) && !CRITERION_LEAD.has(next)) return null;
  return words[at]!.replace(/s$/, '');
}

/** What may follow a criterion in its chapter's title. */
const CRITERION_FOLLOWERS: ReadonlySet<string> = new Set(
  'and et y e of de del du des d in en to a au aux for pour para with avec con orientation assessment analysis performance rating ratings criterion'.split(' '),
);

/** The evaluation criterion a heading names ("4.2 Efficiency and economy": "efficiency"), or null. */
export function criterionOf(heading: HeadingClass): string | null {
  return heading.criterion ? criterionWord(tokens(foldForMatch(heading.title))) : null;
}
