/**
 * Dates and periods as evaluation documents write them in French, English and Spanish:
 * "December 2022", "déc. 2022", "diciembre de 2022", "15/05/2020", "May 15, 2020",
 * "1er mars 2021", "12 de octubre de 2018", "2009-10 to 2013-14", "du 1er mars au 30 avril
 * 2021", "2017 – March 2019", "ejercicio fiscal 2017", "FY 2016-17". Form placeholders
 * ("Cliquez ici pour entrer la date", "Click here to enter a date", "Haga clic aquí…",
 * "dd/mm/aaaa") are no date.
 *
 * Dates come out as ISO strings at the precision written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Pure: no I/O, never throws.
 */
import type { DatePeriod, IsoDate } from '../../model/records.js';
import { MONTHS } from '../../text/month-names.js';
import { foldAccents, foldAccentsWithOffsets } from '../../text/normalise.js';

/** Dates need a year in digits, and folding never makes one: a text without an ASCII digit holds no date. */
const ASCII_DIGIT = /[0-9]/;

/** How numeric dates order day and month. */
export interface DateOptions {
  /** "05/06/2020" is May 6 (the US order). Default false: day first, as in French, Spanish and most English outside the US. */
  monthFirst?: boolean;
}

/** Options of parsePeriod. */
export interface PeriodOptions extends DateOptions {
  /**
   * Month (1-12) a fiscal year starts in (4 in Canada and the UK, 10 for the US federal
   * government, 1 in Mexico). When given, fiscal years become month-precise periods; otherwise
   * a fiscal year "2009-10" gives the years 2009 to 2010.
   */
  fiscalYearStart?: number;
}

const MONTH_WORD = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Fold for matching: lower case, accents stripped, dashes and spaces unified. */
function fold(s: string): string {
  return foldAccents(s)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Form placeholders and "no value" writings, folded. */
const PLACEHOLDERS = [
  /^cliquez (ou appuyez )?ici/,
  /^click (here|or tap)/,
  /^haga clic/,
  /^haz clic/,
  /^pulse aqui/,
  /^(enter|entrez|saisissez|escriba|introduzca) (a|une|la|una) (date|fecha)/,
  /^\(?(dd|jj|mm)[/.-](mm|dd|jj)[/.-](yyyy|aaaa|yy|aa)\)?$/,
  /^\(?mm[/.-](yyyy|aaaa)\)?$/,
  /^\[?(date|fecha)\]?$/,
  /^(n\/?a|n\.a\.|s\/?o|s\/?d|tbd|tbc|a determiner|a preciser|por definir|por determinar|nd|none|aucune?|ninguna?)$/,
  /^[-–—.…_\s]*$/,
];

/** True when a value is a form placeholder or says "no value" ("Cliquez ici pour entrer la date", "N/A", "—"). */
export function isDatePlaceholder(value: string): boolean {
  const folded = fold(value).replace(/[\s.:;]+$/, '');
  return PLACEHOLDERS.some((pattern) => pattern.test(folded));
}

/** The day/month order a label announces ("Fecha de inicio (dd/mm/aaaa)", "Date (mm/dd/yyyy)"); null when it says nothing. */
export function dateOrderOfLabel(label: string): DateOptions | null {
  const folded = fold(label);
  if (/\b(dd|jj)[/.-]mm\b/.test(folded)) return { monthFirst: false };
  if (/\bmm[/.-](dd|jj)\b/.test(folded)) return { monthFirst: true };
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

function iso(year: number, month?: number | null, day?: number | null): IsoDate | null {
  if (!validYear(year)) return null;
  if (month === undefined || month === null) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined || day === null) return `${year}-${pad(month)}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date with the parts it names; `year` may be missing in the first half of a period ("du 1er mars au 30 avril 2021"). */
interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

const DAY = String.raw`(\d{1,2})(?:er|st|nd|rd|th|o|º)?`;
const YEAR = String.raw`(\d{4})`;

/** Date shapes, folded text, each anchored; tried in order. */
const SHAPES: Array<{ pattern: RegExp; parts: (m: RegExpExecArray, options: DateOptions) => DateParts | null }> = [
  // 2022-12-15, 2022/12/15
  { pattern: new RegExp(String.raw`^${YEAR}[-/.](\d{1,2})[-/.](\d{1,2})$`), parts: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // 15/05/2020, 15.05.2020, 15-05-2020 (and 05/15/2020)
  {
    pattern: new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-]${YEAR}$`),
    parts: (m, options) => {
      const a = +m[1]!;
      const b = +m[2]!;
      const monthFirst = a <= 12 && (b > 12 || (options.monthFirst ?? false));
      return monthFirst ? { year: +m[3]!, month: a, day: b } : { year: +m[3]!, month: b, day: a };
    },
  },
  // 06/2020, 2022-12 (but 2009-10 is read as a fiscal year by parsePeriod, not here)
  { pattern: new RegExp(String.raw`^(\d{1,2})[/.-]${YEAR}$`), parts: (m) => ({ year: +m[2]!, month: +m[1]!, day: null }) },
  { pattern: new RegExp(String.raw`^${YEAR}[-/](\d{1,2})$`), parts: (m) => ({ year: +m[1]!, month: +m[2]!, day: null }) },
  // 15 May 2020, 1er mars 2021, 12 de octubre de 2018, 15th of May, 2020
  {
    pattern: new RegExp(String.raw`^${DAY}\.?\s*(?:de |of )?(${MONTH_WORD})\.?,?\s*(?:(?:de |del )?${YEAR})?$`),
    parts: (m) => ({ year: m[3] ? +m[3] : null, month: MONTHS[m[2]!]!, day: +m[1]! }),
  },
  // May 15, 2020; September 30 2014
  {
    pattern: new RegExp(String.raw`^(${MONTH_WORD})\.?\s+${DAY},?\s*(?:${YEAR})?$`),
    parts: (m) => ({ year: m[3] ? +m[3] : null, month: MONTHS[m[1]!]!, day: +m[2]! }),
  },
  // December 2022, déc. 2022, diciembre de 2022, Octubre, 2018, mars
  {
    pattern: new RegExp(String.raw`^(${MONTH_WORD})\.?,?\s*(?:(?:de |del )?${YEAR})?$`),
    parts: (m) => ({ year: m[2] ? +m[2] : null, month: MONTHS[m[1]!]!, day: null }),
  },
  // 2019
  { pattern: new RegExp(String.raw`^${YEAR}$`), parts: (m) => ({ year: +m[1]!, month: null, day: null }) },
];

/** Words around a date that do not change it: "le", "the", "on", "en", "el", "a partir du". */
function stripDateNoise(folded: string): string {
  return folded
    .replace(
      /^(?:(?:le|la|el|the|on|en|in|au|a|al|del|de|du|des|from|since|desde|depuis|a partir d[eu']?|hasta|until|till|through|to|jusqu'au|jusqu'a)\s+)+/,
      '',
    )
    .replace(
      /^(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)/,
      '',
    )
    .replace(/[\s.,;:)(]+$/, '')
    .replace(/^[\s(]+/, '')
    .trim();
}

function partsOf(written: string, options: DateOptions): DateParts | null {
  // "2020-08-21T00:00:00.000Z": the date of a timestamp.
  const text = stripDateNoise(fold(written).replace(/^(\d{4}-\d{2}-\d{2})t[\d:.]+z?$/, '$1'));
  if (!text) return null;
  for (const shape of SHAPES) {
    const m = shape.pattern.exec(text);
    if (!m) continue;
    const parts = shape.parts(m, options);
    if (!parts) continue;
    if (parts.year !== null && !validYear(parts.year)) return null;
    if (parts.month !== null && (parts.month < 1 || parts.month > 12)) return null;
    return parts;
  }
  return null;
}

function toIso(parts: DateParts): IsoDate | null {
  return parts.year === null ? null : iso(parts.year, parts.month, parts.day);
}

/**
 * The date a value states, at the precision written ("December 2022" -> "2022-12",
 * "15/05/2020" -> "2020-05-15", "2019" -> "2019"). The whole value must be a date, give or
 * take a leading "on"/"le"/"el" and trailing punctuation; placeholders, periods and text
 * give null (use findDate to look for a date inside a sentence).
 */
export function parseDate(written: string, options: DateOptions = {}): IsoDate | null {
  // Every date has a year in digits (and folding makes no ASCII digit): most lines of a cover have none.
  if (!ASCII_DIGIT.test(written) || isDatePlaceholder(written)) return null;
  const parts = partsOf(written, options);
  return parts ? toIso(parts) : null;
}

/** A date found inside a longer text, with its offsets in that text. */
export interface DateSpan {
  date: IsoDate;
  start: number;
  end: number;
}

const DATE_IN_TEXT = new RegExp(
  [
    String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b`,
    String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b`,
    String.raw`\b\d{1,2}(?:er|st|nd|rd|th)?\.?\s+(?:de\s+|of\s+)?${MONTH_WORD}\.?,?\s+(?:de\s+|del\s+)?\d{4}\b`,
    String.raw`\b${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
    String.raw`\b${MONTH_WORD}\.?,?\s+(?:de\s+|del\s+)?\d{4}\b`,
  ].join('|'),
  'g',
);

/**
 * Every full or month-precise date written inside a text ("completed on 15 June 2021",
 * "Octubre, 2018"), in order. Bare years are left out: in running text they are too often
 * not dates.
 */
export function findDates(text: string, options: DateOptions = {}): DateSpan[] {
  if (!ASCII_DIGIT.test(text)) return [];
  // Folding changes offsets (a Hangul syllable becomes its jamo): map matches back through the offsets.
  const { folded, offsets } = foldAccentsWithOffsets(text);
  const spans: DateSpan[] = [];
  for (const m of folded.matchAll(DATE_IN_TEXT)) {
    const date = parseDate(m[0], options);
    if (!date) continue;
    spans.push({ date, start: offsets[m.index]!, end: offsets[m.index + m[0].length]! });
  }
  return spans;
}

/** "2009-10", "2009-2010", "2016/17": a fiscal year named by the two calendar years it spans. */
const FISCAL_PAIR = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/;

function fiscalPair(folded: string): { first: number; second: number } | null {
  const m = FISCAL_PAIR.exec(folded);
  if (!m) return null;
  const first = +m[1]!;
  const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + +m[2]! : +m[2]!;
  return second === first + 1 && validYear(first) ? { first, second } : null;
}

/** Period of one fiscal year: the calendar years it spans, or its months when the start month is known. */
function fiscalYearPeriod(first: number, second: number | null, options: PeriodOptions): { start: IsoDate; end: IsoDate } {
  const startMonth = options.fiscalYearStart;
  if (second === null) {
    // "ejercicio fiscal 2017", "FY2017": named by the year it ends in (the year itself when it starts in January).
    if (!startMonth) return { start: String(first), end: String(first) };
    const startYear = startMonth === 1 ? first : first - 1;
    return { start: `${startYear}-${pad(startMonth)}`, end: `${first}-${pad(startMonth === 1 ? 12 : startMonth - 1)}` };
  }
  if (!startMonth) return { start: String(first), end: String(second) };
  return { start: `${first}-${pad(startMonth)}`, end: `${startMonth === 1 ? first : second}-${pad(startMonth === 1 ? 12 : startMonth - 1)}` };
}

/** Words that mark a fiscal year, folded. */
const FISCAL_WORDS =
  /\b(?:fiscal(?:es)? years?|fiscal|fy|exercices?(?: (?:fiscal|budgetaire)s?)?|ejercicios? (?:fiscal(?:es)?|presupuestal(?:es)?)|ano fiscal|anos fiscales|annees? (?:fiscale|budgetaire)s?)\b\.?\s*(?:evaluad[oa]s?\s*)?/g;

/** Range connectors between the two ends of a period, folded, longest first. */
const CONNECTORS =
  /\s+(?:to|au|a|al|hasta|till|until|through|and|et|y|jusqu'au|jusqu'a|-|–|—)\s+|\s*[–—]\s*|(?<=\d)\s*-\s*(?=[a-z])|(?<=[a-z.])\s*-\s*(?=\d|[a-z])/;

/**
 * The period a value states: "2009-10 to 2013-14", "du 1er mars au 30 avril 2021", "2017 –
 * March 2019", "April 1, 2012 to September 30, 2017", "Between April 2012 and March 2018",
 * "enero-junio 2019", "2012-2018", "ejercicio fiscal 2017", "FY 2016-17". A single date gives
 * a period that starts and ends with it. Null for placeholders and values that state no date.
 */
export function parsePeriod(written: string, options: PeriodOptions = {}): DatePeriod | null {
  if (isDatePlaceholder(written)) return null;
  let text = fold(written)
    .replace(/[\s.;:]+$/, '')
    .replace(/^(?:the |la |el |le |les |los |las )?(?:period |periode |periodo )?/, '')
    .replace(/^(?:from|between|du|de|des|depuis|entre|desde|del)\s+/, '')
    .replace(/^(?:the |la |el |le )/, '');
  const fiscalMarked = FISCAL_WORDS.test(text);
  FISCAL_WORDS.lastIndex = 0;
  text = text.replace(FISCAL_WORDS, '').trim();
  if (!text) return null;

  // One fiscal year or a span of years: "2009-10", "2012-2018", "2017".
  const pair = fiscalPair(text);
  if (pair) {
    const twoDigit = /^\d{4}\s*[-/]\s*\d{2}$/.test(text);
    if (fiscalMarked || twoDigit) return { ...fiscalYearPeriod(pair.first, pair.second, options), fiscal: true };
    return { start: String(pair.first), end: String(pair.second) };
  }
  const years = /^(\d{4})\s*[-/–—]\s*(\d{4})$/.exec(text);
  if (years && +years[2]! > +years[1]! && validYear(+years[1]!) && validYear(+years[2]!)) return { start: years[1]!, end: years[2]! };
  if (/^\d{4}$/.test(text) && fiscalMarked) return { ...fiscalYearPeriod(+text, null, options), fiscal: true };

  const halves = splitRange(text);
  if (halves) {
    const [left, right] = halves;
    const leftPair = fiscalPair(left);
    const rightPair = fiscalPair(right);
    if (leftPair && rightPair) {
      const first = fiscalYearPeriod(leftPair.first, leftPair.second, options);
      const last = fiscalYearPeriod(rightPair.first, rightPair.second, options);
      return { start: first.start, end: last.end, fiscal: true };
    }
    if (fiscalMarked && /^\d{4}$/.test(left) && /^\d{4}$/.test(right)) {
      return { start: fiscalYearPeriod(+left, null, options).start, end: fiscalYearPeriod(+right, null, options).end, fiscal: true };
    }
    const end = partsOf(right, options);
    const start = partsOf(left, options);
    if (end && start) {
      // "du 1er mars au 30 avril 2021", "enero-junio 2019": the first half borrows the year of the second.
      const startParts = start.year === null ? { ...start, year: end.year } : start;
      const startIso = toIso(startParts);
      const endIso = toIso(end);
      if (startIso && endIso && startIso.slice(0, 4) <= endIso.slice(0, 4)) return { start: startIso, end: endIso };
    }
  }
  const single = partsOf(text, options);
  const date = single ? toIso(single) : null;
  return date ? { start: date, end: date } : null;
}

/** Splits "X to Y" at the connector that leaves a date on both sides; null when none does. */
function splitRange(text: string): [string, string] | null {
  const pattern = new RegExp(CONNECTORS.source, 'g');
  for (const m of text.matchAll(pattern)) {
    const left = text.slice(0, m.index).trim();
    const right = text.slice(m.index + m[0].length).trim();
    if (!left || !right) continue;
    if ((partsOf(left, {}) || fiscalPair(left) || /^\d{4}$/.test(left)) && (partsOf(right, {}) || fiscalPair(right))) return [left, right];
  }
  return null;
}

/**
 * A period named inside a sentence: "The evaluation covered the 2009-2010 to 2013-2014
 * period", "focusing on activities conducted from April 2012 to September 2017", "covered the
 * period from April 1, 2012 to September 30, 2017". Returns the first range found, with its
 * offsets. Ranges of dates only (a lone date is not a period here).
 */
export function findPeriod(text: string, options: PeriodOptions = {}): { period: DatePeriod; start: number; end: number } | null {
  const { folded, offsets } = foldAccentsWithOffsets(text);
  const ONE = String.raw`(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:de\s+)?)?(?:${MONTH_WORD})\.?\s*(?:\d{1,2},?\s+)?(?:(?:de\s+|del\s+)?\d{4})?|\d{4}\s*[-/]\s*\d{2,4}|\d{4}|\d{1,2}/\d{1,2}/\d{4}`;
  const RANGE = new RegExp(String.raw`(?<![\w-])(${ONE})\s*(?:to|au|a|al|hasta|until|through|and|et|y|-|–|—)\s*(${ONE})(?![\w-])`, 'g');
  for (const m of folded.matchAll(RANGE)) {
    if (!/\d{4}/.test(m[0])) continue;
    const period = parsePeriod(m[0], options);
    if (period && period.start && period.end && period.start !== period.end) {
      return { period, start: offsets[m.index]!, end: offsets[m.index + m[0].length]! };
    }
  }
  return null;
}
