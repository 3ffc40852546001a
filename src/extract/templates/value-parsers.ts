/**
 * Value parsers shared by the templates: dates, timing and mode of an evaluation, its type, ILO
 * office codes, donors and budget, evaluators and firms, keywords. Written for the i-eval
 * summary's quick facts in French, English and Spanish, and borrowed by the other templates.
 * Pure.
 */
import type { Budget, EvaluationMode, EvaluationTiming, YearMonth } from '../../model/records.js';
import { MONTHS } from '../../text/month-names.js';
import { foldForMatch } from '../../text/normalise.js';

/** Form placeholders that stand where a value was never typed (Word content controls, PDF forms), folded. */
const PLACEHOLDERS: readonly RegExp[] = [
  /^cliquez ici|^entrez|^saisissez|^n\/?a$|^-+$/,
  /^click (here|or tap)|^enter a date|^n\/?a$|^-+$/,
  /^haga clic|^haz clic|^escriba|^n\/?a$|^-+$/,
];

/** Folded, without trailing spaces, colons and full stops: how labels and values are compared. */
export function foldLabel(text: string): string {
  return foldForMatch(text).replace(/[\s:.]+$/, '');
}

/** True when the value is a form placeholder ("Cliquez ici pour entrer la date"), i.e. no value. */
export function isPlaceholder(value: string): boolean {
  const folded = foldLabel(value);
  return folded === '' || PLACEHOLDERS.some((pattern) => pattern.test(folded));
}

function yearMonth(year: number, month: number | null): YearMonth | null {
  if (year < 1950 || year > 2100) return null;
  if (month === null) return String(year);
  if (month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Quarters written in roman numerals ("IV trimestre 2025"). */
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Year-month of a date as written in any of the three languages ("Décembre 2022", "06/2020",
 * "15 June 2021", "2022-12", "2024/06", "Q2 2022" as the quarter's last month); null for placeholders
 * and anything without a year.
 */
export function parseYearMonth(value: string): YearMonth | null {
  if (isPlaceholder(value)) return null;
  const folded = foldLabel(value);
  // "2022-12", and "2024/06" as UNDP's management-response tracker writes a time frame.
  let match = /\b(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?\b/.exec(folded);
  if (match) return yearMonth(Number(match[1]), Number(match[2]));
  match = /\b(?:\d{1,2}[/.-])?(\d{1,2})[/.-](\d{4})\b/.exec(folded);
  if (match) return yearMonth(Number(match[2]), Number(match[1]));
  // "Q2 2022", "T4 2025", "2024-Q3", "2nd quarter 2024", « 4e trimestre 2025 », "IV trimestre 2025": the quarter's last
  // month; "H1 2025", "S2 2024" (a half, a semester): the half's.
  match = /\b[qt]([1-4])\s*[-/]?\s*(\d{4})\b/.exec(folded) ?? /\b(\d{4})\s*[-/]?\s*[qt]([1-4])\b/.exec(folded);
  if (match) {
    const [quarter, year] = /^\d{4}$/.test(match[1]!) ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
    return yearMonth(Number(year), Number(quarter) * 3);
  }
  match = /\b([1-4]|i{1,3}|iv)(?:st|nd|rd|th|er|e|eme|re|o|°|º)?\s+(?:quarter|trimestre)\s+(?:(?:of|de|del|du)\s+)?(\d{4})\b/.exec(folded);
  if (match) return yearMonth(Number(match[2]), (ROMAN_QUARTERS[match[1]!] ?? Number(match[1])) * 3);
  match = /\b[hs]([12])\s*[-/]?\s*(\d{4})\b/.exec(folded);
  if (match) return yearMonth(Number(match[2]), Number(match[1]) * 6);
  for (const word of folded.match(/[a-z]+/g) ?? []) {
    const month = MONTHS[word];
    if (month === undefined) continue;
    const year = /\b(\d{4})\b/.exec(folded);
    if (year) return yearMonth(Number(year[1]), month);
  }
  match = /\b(\d{4})\b/.exec(folded);
  return match ? yearMonth(Number(match[1]), null) : null;
}

/** MIDTERM / FINAL / ... from a timing value or a "Final evaluation" label. */
export function parseTiming(value: string): EvaluationTiming | null {
  const folded = foldLabel(value);
  if (!folded || isPlaceholder(value)) return null;
  if (/mi-?\s?parcours|mid-?\s?term|intermedia|medio termino|mitad de periodo/.test(folded)) return 'MIDTERM';
  if (/\bfinal/.test(folded)) return 'FINAL';
  if (/interim|intermediaire/.test(folded)) return 'INTERIM';
  if (/ex-?\s?post/.test(folded)) return 'EX_POST';
  return 'OTHER';
}

/** INDEPENDENT / INTERNAL / ... from a mode value. */
export function parseMode(value: string): EvaluationMode | null {
  const folded = foldLabel(value);
  if (!folded || isPlaceholder(value)) return null;
  if (/independ/.test(folded)) return 'INDEPENDENT';
  if (/auto-?\s?evaluation|self|autoevaluacion/.test(folded)) return 'SELF';
  if (/conjoint|joint|conjunt/.test(folded)) return 'JOINT';
  if (/intern/.test(folded)) return 'INTERNAL';
  return 'OTHER';
}

/** PROJECT / CLUSTER / THEMATIC / ... from the evaluation type as written in any language. */
export function parseEvaluationType(value: string): string | null {
  const folded = foldLabel(value);
  if (!folded || isPlaceholder(value)) return null;
  if (/^(project|projet|proyecto)s?$/.test(folded)) return 'PROJECT';
  if (/^(cluster|groupe|grupo|agrupad[ao])/.test(folded)) return 'CLUSTER';
  if (/^(thematic|thematique|tematic[ao])/.test(folded)) return 'THEMATIC';
  if (/^(strateg|estrateg)/.test(folded)) return 'STRATEGY';
  if (/^(policy|politique|politica)/.test(folded)) return 'POLICY';
  if (/^(country programme|programme pays|programa (de )?pais|dwcp)/.test(folded)) return 'COUNTRY_PROGRAMME';
  return (
    folded
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || null
  );
}

/** "Co- Abidjan" -> "CO-Abidjan": ILO office codes (CO, RO, DWT, ...) joined to the city by a hyphen. */
export function normaliseOffice(value: string): string | null {
  if (isPlaceholder(value)) return null;
  const clean = value.replace(/\s+/g, ' ').trim();
  const office = /^(co|ro|do|dwt|sro|ilo|bit|oit)\s*[-–]\s*(.+)$/i.exec(clean) ?? /^(co|ro|dwt|sro)\s+(.+)$/i.exec(clean);
  if (office) return `${office[1]!.toUpperCase()}-${office[2]!.trim()}`;
  return clean || null;
}

const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:us\s?\$|usd|us dollars?|dollars? us|dolares)$/i, 'USD'],
  [/^(?:eur|euros?|€)$/i, 'EUR'],
  [/^(?:gbp|£|pounds?)$/i, 'GBP'],
  [/^(?:chf)$/i, 'CHF'],
  [/^(?:cad|can\$)$/i, 'CAD'],
  [/^(?:xof|f ?cfa|fcfa)$/i, 'XOF'],
  [/^(?:\$)$/i, 'USD'],
];

function currencyCode(token: string): string | null {
  for (const [pattern, code] of CURRENCIES) if (pattern.test(token.trim())) return code;
  return null;
}

function parseAmount(written: string): number | null {
  let digits = written.replace(/\s/g, '');
  // 1,875,282 / 1.875.282 / 1 875 282 / 1,875,282.50 / 1.875.282,50
  if (/^\d{1,3}([,.])\d{3}(\1\d{3})*([.,]\d{1,2})?$/.test(digits)) {
    const thousands = digits[digits.search(/[,.]/)]!;
    digits = digits.split(thousands).join('');
    digits = digits.replace(',', '.');
  } else if (/^\d+([.,]\d{1,2})?$/.test(digits)) digits = digits.replace(',', '.');
  else return null;
  const amount = Number(digits);
  return Number.isFinite(amount) && amount > 0 ? amount : null;
}

const CURRENCY = String.raw`(US\s?\$|USD|EUR|€|GBP|£|CHF|CAD|XOF|F\s?CFA|\$|euros?|dollars?(?: US)?|dólares|dolares)`;
const AMOUNT = String.raw`(\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(\s*(?:millions?|million|millones|M)\b)?`;
/** "USD 1,875,282": groups currency, amount, "million". */
const BUDGET_CURRENCY_FIRST = new RegExp(String.raw`${CURRENCY}\s*${AMOUNT}`, 'i');
/** "1 875 282 USD": groups amount, "million", currency. */
const BUDGET_AMOUNT_FIRST = new RegExp(String.raw`${AMOUNT}\s*${CURRENCY}`, 'i');

/**
 * Splits "Donor text, USD 1,875,282." into the donor text and the budget. The currency may
 * come before or after the amount; "million" multiplies.
 */
export function parseDonorsBudget(value: string): { donorText: string; budget: Budget | null } {
  const match = BUDGET_CURRENCY_FIRST.exec(value);
  const matchAfter = match ? null : BUDGET_AMOUNT_FIRST.exec(value);
  let budget: Budget | null = null;
  let cut = value.length;
  if (match) {
    const code = currencyCode(match[1]!);
    const number = parseAmount(match[2]!);
    if (code && number !== null) budget = { amount: match[3] ? number * 1_000_000 : number, currency: code };
    cut = match.index;
  } else if (matchAfter) {
    const code = currencyCode(matchAfter[3]!);
    const number = parseAmount(matchAfter[1]!);
    if (code && number !== null) budget = { amount: matchAfter[2] ? number * 1_000_000 : number, currency: code };
    cut = matchAfter.index;
  }
  // "USDOL (US$ 5,000,000)": the parenthesis opened for the budget is not part of the donor.
  const donorText = value
    .slice(0, cut)
    .replace(/[\s,;:(–—-]+$/, '')
    .trim();
  return { donorText, budget };
}

/**
 * Splits the evaluators' line into people and firms. In i-eval summaries the surname is
 * written in capitals ("Vision ProActive ABDOURAHAMANE H. TOURE"): a trailing run of capital
 * words is the person and what precedes it the firm. Parentheses hold firms
 * ("Jane Doe (Sahel Consulting)"); words like Consulting, Conseil, SARL, Ltd mark firms.
 */
export function splitEvaluators(value: string): { people: string[]; firms: string[] } {
  const people: string[] = [];
  const firms: string[] = [];
  if (isPlaceholder(value)) return { people, firms };
  const chunks = value
    .replace(/\(([^)]+)\)/g, (_whole, inner: string) => {
      firms.push(inner.trim());
      return ' ; ';
    })
    .split(/\s*[;,/]\s*|\s+(?:et|and|y|&)\s+/i)
    .map((chunk) => chunk.replace(/^[-–:\s]+|[-–:\s.]+$/g, '').trim())
    .filter((chunk) => chunk.length > 1);
  for (const chunk of chunks) {
    const firmLabel = /^(?:cabinet|bureau d'etudes?|firm|firma|empresa)\s*:\s*(.+)$/i.exec(chunk);
    if (firmLabel) {
      firms.push(firmLabel[1]!.trim());
      continue;
    }
    // "Vision ProActive ABDOURAHAMANE H. TOURE": a mixed-case prefix, then the NAME in capitals.
    // (Names are short; the length bound keeps the pattern's backtracking small on hostile text.)
    const capitals =
      chunk.length > 200 ? null : /^(.*?[a-zà-ÿ].*?)\s+((?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+|[A-ZÀ-Ý]\.)(?:\s+(?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+|[A-ZÀ-Ý]\.))+)$/.exec(chunk);
    if (capitals && !FIRM_WORDS.test(capitals[2]!)) {
      const prefix = capitals[1]!.trim();
      const words = prefix.split(/\s+/);
      // "Marcelin ORSOT": one given name before the capitals is part of the person's name.
      if (words.length === 1 && /^[A-ZÀ-Ý][a-zà-ÿ'’-]+$/.test(prefix) && !FIRM_WORDS.test(prefix)) people.push(chunk);
      else {
        firms.push(prefix);
        people.push(capitals[2]!);
      }
      continue;
    }
    if (FIRM_WORDS.test(chunk)) firms.push(chunk);
    else people.push(chunk);
  }
  return { people, firms: [...new Set(firms.filter((firm) => firm.length > 1))] };
}

const FIRM_WORDS =
  /\b(consult\w*|conseil|sarl|sa|s\.a\.|ltd|llc|inc|gmbh|group|groupe|grupo|associates|associ[ée]s|asociados|partners|agency|cabinet|bureau|institut\w*|international|sprl|consultores|consultoría|consultoria|research|analytics|proactive)\b/i;

/**
 * Keywords as written, split on commas; a short lower-case piece that ends an enumeration
 * ("sensibilisation des acteurs locaux, régionaux et nationaux") stays with its keyword.
 */
export function splitKeywords(value: string): string[] {
  const pieces = value
    .split(/\s*[,;]\s*/)
    .map((piece) => piece.replace(/[\s.]+$/, '').trim())
    .filter(Boolean);
  const keywords: string[] = [];
  for (const piece of pieces) {
    const words = piece.split(/\s+/);
    const tail = words.length <= 3 && /^[a-zà-ÿ]/.test(piece) && /\s(et|and|y|ou|or)\s/.test(` ${piece} `);
    if (tail && keywords.length > 0) keywords[keywords.length - 1] = `${keywords[keywords.length - 1]}, ${piece}`;
    else keywords.push(piece);
  }
  return keywords;
}
