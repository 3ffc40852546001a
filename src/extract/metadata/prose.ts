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
import { findDates, findPeriod } from './dates.js';
import { isFirmName } from './people.js';
import { collapseWhiteSpace, foldAccents } from '../../text/normalise.js';

/** The last text `sentences` read and its sentences: the statements of one document read the same text. */
let lastSentences: { text: string; sentences: readonly string[] } | undefined;

/** Sentences of a text, in order (a line may hold several; a sentence never spans a blank line). */
function sentences(text: string): readonly string[] {
  if (lastSentences?.text !== text) lastSentences = { text, sentences: readSentences(text) };
  return lastSentences.sentences;
}

function readSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const flat = collapseWhiteSpace(block).trim();
    if (!flat) continue;
    out.push(...flat.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý¿¡"“])/u));
  }
  return out;
}

/** A sentence about what the evaluation looked at, in time. */
const COVERAGE =
  /\b(?:evaluation|evaluacion|review|assessment)\b[^.]{0,160}\b(?:covered|covers|covering|examined|examines|assessed|focus(?:ed|ing|es)? on|looked at|period)\b|\b(?:couvre|couvrait|porte sur|portait sur|periode)\b|\b(?:abarca|abarco|cubre|cubrio|periodo|realizad[oa] entre)\b/;

/** The period the evaluation covered, from the first sentence that says so. */
export function findPeriodCovered(text: string): DatePeriod | null {
  for (const sentence of sentences(text)) {
    const folded = foldAccents(sentence);
    if (!/\b(?:evaluation|evaluacion)\b/.test(folded) || !COVERAGE.test(folded)) continue;
    const found = findPeriod(sentence);
    if (found) return found.period;
  }
  return null;
}

const BUDGET_WORDS =
  /\b(?:total budget|overall budget|(?<!annual |yearly )budget of|contributions? under this (?:program|programme) totals?|total (?:contribution|funding|envelope)|for a total of|budget total|budget global|d'un budget de|enveloppe (?:totale|globale)|financement total|a hauteur de|d'un montant (?:total )?de|presupuesto total|con un presupuesto de|por un monto de|monto total)\b/;
const EXPENDITURE_WORDS =
  /\b(?:expenditures?|expenses|spending|spent|depenses|gastos?|monto ejercido)\b[^.]{0,80}\b(?:total(?:l?ed|l?ing|s)?|amount(?:ed|ing)? to|were|of|came to|s'elevent|s'elevaient|ascend(?:io|ieron|ieron a)|fueron)\b/;

/** The first amount stated as the budget in a sentence; null when none. */
export function findBudgetStatement(text: string, options: MoneyOptions = {}): Budget | null {
  return firstAmount(text, BUDGET_WORDS, options);
}

/** "CHF 64,785 (83%) were spent", "USD 1.2 million has been disbursed": the amount is the subject. */
const SPENT_AFTER = /^\s*(?:\([^()]{0,20}\)\s*)?(?:were|was|have been|has been|had been)\s+(?:spent|disbursed|expended|utili[sz]ed)\b/i;

/** The first amount stated as money spent in a sentence; null when none. */
export function findExpenditureStatement(text: string, options: MoneyOptions = {}): Budget | null {
  const stated = firstAmount(text, EXPENDITURE_WORDS, options);
  if (stated) return stated;
  for (const sentence of sentences(text)) {
    if (!/\b(?:spent|disbursed|expended|utili[sz]ed)\b/i.test(sentence)) continue;
    const spent = findMoney(sentence, options).find((amount) => SPENT_AFTER.test(sentence.slice(amount.end)));
    if (spent) return { amount: spent.amount, currency: spent.currency };
  }
  return null;
}

function firstAmount(text: string, words: RegExp, options: MoneyOptions): Budget | null {
  for (const sentence of sentences(text)) {
    const folded = foldAccents(sentence);
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
const BY_TEAM =
  /\b(?:conducted|carried out|undertaken|prepared|written)(?: independently| jointly)? by|\ba partnership between|\bin partnership with|\br[ée]alis[ée]e? par(?: le cabinet| le bureau)?|\bconduite? par|\br[ée]dig[ée] par|\bpr[ée]par[ée] par|\beffectu[ée]e? par|\brealizad[oa] por|\belaborad[oa] por/giu;
/** "The evaluation", "this report", "la présente évaluation": the subject a "conducted by" must be about (folded). */
const THIS_EVALUATION =
  /\b(?:this|the|cette|la presente|la|le present|le|este|esta|el presente|la presente|el)\s+(?:final\s+|present\s+)?(?:evaluation|report|publication|document|assessment|review|study|rapport|etude|evaluacion|informe|estudio)\b/;

/** A line this long is part of hard-wrapped prose, not a cover's short line. */
const WRAPPED_LINE = 60;

/**
 * Joins the lines of hard-wrapped prose: a line of WRAPPED_LINE or more characters that does
 * not end with a full stop continues on the next line when that starts with a non-space. The
 * same as `text.replace(/([^\n]{59,}[^.\n])\n(?=\S)/g, '$1 ')`, in linear time: the pattern
 * re-scans a long line from each of its characters when the line ends with a full stop.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function joinWrappedLines(text: string): string {
  let joined = '';
  let copied = 0;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    const continues = newline - lineStart >= WRAPPED_LINE && text[newline - 1] !== '.' && newline + 1 < text.length && /\S/.test(text[newline + 1]!);
    if (continues) {
      joined += `${text.slice(copied, newline)} `;
      copied = newline + 1;
    }
    lineStart = newline + 1;
  }
  return copied === 0 ? text : joined + text.slice(copied);
}

/**
 * The clauses that say who did the evaluation: what follows "conducted by", "prepared by", "a
 * partnership between", up to the sentence end, on the cover (the first few thousand
 * characters) or after a mention of "the evaluation" / "this report" just before. Lines of a
 * hard-wrapped text are joined; short lines (a cover's) stay lines.
 */
function teamClauses(text: string): string[] {
  const clauses: string[] = [];
  const joined = joinWrappedLines(text);
  for (const m of joined.matchAll(BY_TEAM)) {
    const before = foldAccents(joined.slice(Math.max(0, m.index - 250), m.index));
    if (m.index > 3000 && !THIS_EVALUATION.test(before)) continue;
    // The clause ends at the sentence's end ("Inc." and initials do not end it; « L’ensemble … » opens the next) or a blank line.
    const rest = joined.slice(m.index + m[0].length, m.index + m[0].length + 400).split(/\n\s*\n/)[0]!;
    const end = /(?<!\b(?:Inc|Ltd|Co|S\.C|S\.A|\p{Lu}))\.(?=\s+\p{Lu}(?:\p{Ll}|['’]\p{L}))|\.(?=\n)|;/u.exec(rest);
    clauses.push(rest.slice(0, end ? end.index + (end[0] === '.' ? 1 : 0) : rest.length).trim());
  }
  return clauses;
}

/** Firms named in the sentences that say who did the evaluation (names that read as firms; a bare acronym is not enough). */
export function findFirmStatements(text: string): string[] {
  const firms: string[] = [];
  for (const clause of teamClauses(text)) {
    for (const part of clause.split(/\s*,\s*(?!(?:Inc|Ltd|LLC|S\.\s?C|S\.\s?A)\b)|\s+(?:and|et|y|with|avec|con)\s+/)) {
      const name = /^\s*(?:the |le |la |l'|el )?((?:\p{Lu}[\p{L}&'’-]*)(?:\s+(?:\p{Lu}[\p{L}&'’-]*|&|de|of|and))*(?:,?\s+(?:Inc|Ltd|LLC|S\.\s?C|S\.\s?A)\.?)?)/u
        .exec(part)?.[1]
        ?.trim();
      if (name && isFirmName(name) && !/^[A-Z0-9&]+$/.test(name) && !firms.includes(name)) firms.push(name);
    }
  }
  return firms;
}

/** The people a "prepared by …" or "conducted by …" sentence names, as written (for parsePeopleList). */
export function findTeamStatements(text: string): string[] {
  return teamClauses(text);
}

/** A person's name in running text: two to four capitalised words (particles allowed inside). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|da|van|von|ould|ben|bin|la|le)\s+)?\p{Lu}[\p{L}'’-]+){1,3}`;

/** "Olive Kamanyana managed the evaluation", "l'évaluation a été gérée par X", "X coordinó la evaluación". */
const MANAGER_STATEMENTS = [
  new RegExp(String.raw`(${NAME})\s+(?:managed|coordinated|oversaw)\s+the\s+evaluation`, 'u'),
  new RegExp(String.raw`\bevaluation\s+(?:was\s+)?(?:managed|coordinated|overseen)\s+by\s+(${NAME})`, 'u'),
  new RegExp(String.raw`(${NAME})\s+a\s+(?:g[ée]r[ée]|coordonn[ée]|pilot[ée])\s+l['’][ée]valuation`, 'u'),
  new RegExp(String.raw`(?<!\p{L})[ée]valuation\s+(?:a\s+[ée]t[ée]\s+)?(?:g[ée]r[ée]e|coordonn[ée]e|pilot[ée]e)\s+par\s+(${NAME})`, 'u'),
  new RegExp(String.raw`(${NAME})\s+(?:coordin[óo]|gestion[óo])\s+la\s+evaluaci[óo]n`, 'u'),
  new RegExp(String.raw`evaluaci[óo]n\s+(?:fue\s+)?(?:coordinada|gestionada)\s+por\s+(${NAME})`, 'u'),
];

/** The evaluation manager a sentence names ("Olive Kamanyana managed the evaluation project team"); null when none. */
export function findManagerStatement(text: string): string | null {
  for (const pattern of MANAGER_STATEMENTS) {
    const m = pattern.exec(text);
    if (m) return m[1]!;
  }
  return null;
}

/** "TDV Global Inc. provided evaluation services", "X conducted the evaluation": a firm as the subject. */
const FIRM_SUBJECT =
  /((?:\p{Lu}[\p{L}&'’-]*\s+){0,5}(?:Inc|Ltd|LLC|S\.A|S\.C|SARL|\p{Lu}[\p{L}&'’-]*)\.?)\s+(?:provided evaluation services|conducted the evaluation|carried out the evaluation|undertook the evaluation|a (?:r[ée]alis[ée]|conduit|men[ée]) l['’][ée]valuation|realiz[óo] la evaluaci[óo]n)/gu;

/** Firms named as the subject of "provided evaluation services" and the like. */
export function findFirmSubjects(text: string): string[] {
  const firms: string[] = [];
  for (const m of text.matchAll(FIRM_SUBJECT)) {
    const name = m[1]!.trim();
    if (isFirmName(name) && !/^[A-Z0-9&]+$/.test(name) && !firms.includes(name)) firms.push(name);
  }
  return firms;
}

/** "produced for review by X", "prepared for X", "submitted … to X", "à la demande de X", "encargada por X". */
const COMMISSIONER_CUES =
  /\b(?:produced for review by|prepared for|submitted (?:[^.]{0,80}?\s)?to|commissioned by|at the request of|[àa] la demande (?:de|du|des)|command[ée]e? par|commandit[ée]e? par|a solicitud (?:de|del)|encargad[oa] por|solicitad[oa] por)\s+(?:the\s+|le\s+|la\s+|l['’]|el\s+)?/giu;

/** « Évaluations a posteriori des projets financés par X », "Ex-post evaluations of projects funded by X": a series commissioned by the funder. */
const SERIES_BY_FUNDER =
  /(?<!\p{L})(?:evaluations?|[ée]valuations?|evaluaciones?)\b[^.\n]{0,80}?\b(?:projects?|projets?|proyectos?|programmes?|programs?|programas?)\s+(?:funded|financed|financ[ée]s?|financiados?)\s+(?:by|par|por)\s+(?:the\s+|le\s+|la\s+|l['’]|el\s+)?/giu;

/** The organisation a sentence says commissioned the evaluation or the report (the text after the cue, for the caller to resolve). */
export function findCommissionerStatements(text: string): string[] {
  const found: string[] = [];
  for (const m of text.slice(0, 3000).matchAll(SERIES_BY_FUNDER)) {
    const rest = text
      .slice(m.index + m[0].length, m.index + m[0].length + 160)
      .split(/[,;.\n(]|\s+(?:contrat|contract|contrato)\b/i)[0]!
      .trim();
    if (/^\p{Lu}/u.test(rest)) found.push(rest);
  }
  for (const m of text.matchAll(COMMISSIONER_CUES)) {
    const rest = text
      .slice(m.index + m[0].length, m.index + m[0].length + 160)
      .split(/[,;.\n(]|\s+(?:under|sous|bajo)\s+/)[0]!
      .trim();
    if (/^\p{Lu}/u.test(rest)) found.push(rest);
  }
  return found;
}

/** "financed by X", "financé par X", "avec le financement du X", "con financiamiento de X": the funders a sentence names. */
const FUNDING_CUES =
  /\b(?:financed by|funded by|with (?:the )?(?:financial )?(?:support|funding) (?:of|from)|financ[ée]e?s? par|avec le (?:soutien financier|financement) (?:de|du|des)|gr[âa]ce au financement (?:de|du|des)|financiad[oa]s? por|con (?:el )?(?:financiamiento|apoyo financiero|fondos) (?:de|del))\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]|el\s+)?/giu;

/** The funder phrases of the first sentence that names funders, each cut at the first comma, amount or purpose. */
export function findFunderStatements(text: string): string[] {
  for (const m of text.matchAll(FUNDING_CUES)) {
    // Only funders of the work itself: a project, programme, activity or initiative is named around the cue.
    const around = foldAccents(text.slice(Math.max(0, m.index - 250), m.index + m[0].length + 250));
    if (!/\b(?:project|program|programme|activity|initiative|effort|operation|projet|proyecto|programa|iniciativa|actividad)s?\b/.test(around)) continue;
    const rest = text
      .slice(m.index + m[0].length, m.index + m[0].length + 200)
      .split(
        /[,;.\n]|\s+(?:[àa] hauteur|pour (?!la |le |les |l['’])|for (?!the )|in order|to|afin|para (?!la |el |los |las )|por un|a trav[ée]s|through|d['’]un montant|contrat|contract|contrato|financed|funded|supported|paid|provided|contributed|a financ[ée]|financi[óo]|aport[óo])\b/iu,
      )[0]!
      .trim();
    if (/^\p{Lu}/u.test(rest))
      return rest.split(/\s+(?:and|et|y)\s+(?=(?:the\s+|le\s+|la\s+|el\s+)?\p{Lu})/u).map((part) => part.replace(/^(?:the|le|la|el)\s+/i, '').trim());
  }
  return [];
}

/** « intitulé « X » », "entitled “X”", "titulado “X”", else « projet « X » »: the project's name a sentence quotes. */
export function findProjectTitleStatement(text: string): string | null {
  const quoted = String.raw`\s*[«“"]\s*(\p{L}[^»”"]{2,220}?)\s*[»”"]`;
  const named = new RegExp(String.raw`\b(?:intitul[ée]e?s?|entitled|titled|titulado|titulada|denominado|denominada|nomm[ée]e?)${quoted}`, 'iu').exec(text);
  if (named) return named[1]!.trim();
  const project = new RegExp(String.raw`\b(?:projet|project|proyecto|programme|program|programa)\s+[«“"]\s*(\p{L}[^»”"]{2,220}?)\s*[»”"]`, 'iu').exec(text);
  return project ? project[1]!.trim() : null;
}

/** The project's period a sentence states: "mise en œuvre … 2020-2024", "Lancé en octobre 2022 … une initiative de 20 mois". */
export function findProjectPeriodStatement(text: string): DatePeriod | null {
  for (const sentence of sentences(text).slice(0, 200)) {
    const folded = foldAccents(sentence);
    const implemented =
      /\b(?:mise en (?:oeuvre|œuvre)|implementation|implemented|ejecucion|ejecutado|implementado|execution)\b[^.]{0,100}?\b((?:19|20)\d\d)\s*(?:-|–|a|à|to|al)\s*((?:19|20)\d\d)\b/.exec(
        folded,
      );
    if (implemented) return { start: implemented[1]!, end: implemented[2]! };
    const launched =
      /\b(?:lance|lancee|launched|lanzado|lanzada|demarre|demarree|started|inicio|iniciado)\s+(?:en|in|el)\s+((?:[a-z]+\.?\s+(?:de\s+)?)?(?:19|20)\d\d)\b/.exec(
        folded,
      );
    if (launched) {
      const start = findDates(launched[1]!)[0]?.date ?? (/^\d{4}$/.test(launched[1]!) ? launched[1]! : null);
      if (!start) continue;
      const months = /\b(\d{1,3})\s*(?:mois|months?|meses)\b/.exec(foldAccents(text.slice(0, 20000)));
      if (months && start.length >= 7) {
        const [year, month] = start.split('-').map(Number) as [number, number];
        const total = year * 12 + (month - 1) + Number(months[1]) - 1;
        return { start: start.slice(0, 7), end: `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}` };
      }
      return { start: start.slice(0, 7), end: null };
    }
  }
  return null;
}

/** "L’experte en évaluation, Oumoul Khairy Bâ", "the evaluator, Jane Doe", "la consultora María Pérez": evaluators named in prose. */
export function findEvaluatorStatements(text: string): string[] {
  const pattern = new RegExp(
    String.raw`\b(?:[Ll]['’]expert(?:e)? en [ée]valuation|[Ll]['’][ée]valuat(?:eur|rice)(?: ind[ée]pendante?)?|[Tt]he (?:independent |external |lead )?(?:evaluator|evaluation consultant)|[Ll]a (?:evaluadora|consultora)|[Ee]l (?:evaluador|consultor)|[Ll]e consultant|[Ll]a consultante)\s*,?\s+(${NAME})`,
    'gu',
  );
  const names: string[] = [];
  for (const m of text.matchAll(pattern)) if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}

/**
 * The verdict a report gives on its objectives, as written: « Les objectifs du projet pilote ont été
 * partiellement atteints » -> "partiellement atteints", "the objectives were largely achieved" ->
 * "largely achieved", "los objetivos fueron parcialmente alcanzados". Null when no sentence says.
 */
export function findObjectivesVerdict(text: string): string | null {
  const patterns = [
    /\bobjecti(?:ves?|fs?)\b[^.]{0,80}?\b(?:were|have been|has been|was|are)\s+((?:not\s+|only\s+)?(?:fully|partially|partly|largely|mostly|broadly|mainly|not)?\s*(?:achieved|met|attained|reached))\b/iu,
    /\bobjectifs?\b[^.]{0,80}?\b(?:ont [ée]t[ée]|a [ée]t[ée]|sont|ont|est)\s+((?:pleinement|partiellement|en partie|largement|globalement|enti[èe]rement|pas|non)?\s*(?:atteints?e?s?|r[ée]alis[ée]s?e?s?))/iu,
    /\bobjetivos?\b[^.]{0,80}?\b(?:fueron|han sido|se han|se|fue|ha sido)\s+((?:plenamente|parcialmente|en parte|mayormente|totalmente|no)?\s*(?:alcanzad[oa]s?|logrados?|cumplidos?))/iu,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return m[1]!.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** An organisation's own evaluation unit ("Strategic Evaluation Division", "Office of Audit and Evaluation", « Bureau de l'évaluation »). */
const EVALUATION_UNIT =
  /\b(?:strategic |internal )?evaluation (?:division|directorate|branch|unit|office|service)\b|\boffice of (?:audit and )?evaluation\b|\b(?:bureau|direction|service) de l['’][ée]valuation\b|\b(?:direcci[óo]n|oficina|unidad) de evaluaci[óo]n\b/i;

/**
 * The organisation an internal evaluation belongs to, when the document names its evaluation
 * unit without its parent: the organisation it names with an acronym the text keeps using ("the
 * AMFI … under Natural Resources Canada’s (NRCan) … sub-program", then "NRCan" throughout).
 * Null when no evaluation unit is named or no such organisation stands out.
 */
export function findOwnerOrganisation(text: string): string | null {
  const opening = text.slice(0, 30_000);
  if (!EVALUATION_UNIT.test(opening)) return null;
  let best: { name: string; count: number } | null = null;
  for (const m of opening.matchAll(/((?:\p{Lu}[\p{L}-]+\s+){1,5}\p{Lu}[\p{L}-]+)(?:['’]s)?\s+\((\p{Lu}[\p{L}]{1,7})\)/gu)) {
    const [, name, acronym] = m as unknown as [string, string, string];
    if (
      !/\b(?:canada|ministry|department|agency|office|government|ministere|ministerio|secretaria|secretaría|direction|direcci[óo]n|bureau|commission|council)\b/i.test(
        name,
      )
    )
      continue;
    const count = text.split(acronym).length - 1;
    if (count >= 5 && (!best || count > best.count)) best = { name: name.trim(), count };
  }
  return best?.name ?? null;
}
