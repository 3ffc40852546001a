/**
 * Amounts of money as evaluation documents write them, in English, French and Spanish:
 * "US $ 2,450,000", "US$2.45 million", "48.250 USD", "1 875 282 USD", "1.875.282 dólares",
 * "EUR 12.5 million", "12,5 millions d'euros", "150 000 000 FCFA", "CAD 310,000",
 * "$310,000 (CAD)", "MXN 4,500,000.00", "CHF 123,456", "$96.7M".
 *
 * Two things must be decided from the writing itself:
 * - the currency (ISO 4217), from a code, a symbol or a word before or after the number, or a
 *   parenthesis after it; a bare "$" and "francs CFA" need a locale signal (the caller's
 *   `dollar` and `cfaFranc` options, from the document's country);
 * - which of "." and "," separates thousands and which separates decimals. Money is written
 *   with at most two decimals (three for a handful of currencies), so one separator followed
 *   by exactly three digits groups thousands ("48.250 USD" is 48,250), unless a scale word
 *   follows ("1,875 million" is 1.875 million); with both separators the last one is decimal.
 * Pure: no I/O, never throws.
 */
import type { Budget } from '../../model/records.js';
import { foldAccents } from '../../text/normalise.js';

/** An amount found in a text, with its offsets. */
export interface MoneySpan extends Budget {
  /** [start, end) in the text given to findMoney. */
  start: number;
  end: number;
  asWritten: string;
}

/** Locale signals for the writings that do not name their currency. */
export interface MoneyOptions {
  /** ISO code a bare "$" stands for (CAD in a Canadian document, MXN in a Mexican one). Default USD. */
  dollar?: string;
  /** XOF (West Africa, default) or XAF (Central Africa) for "FCFA", "F CFA", "francs CFA". */
  cfaFranc?: 'XOF' | 'XAF';
  /** ISO code "pesos" stands for. Default MXN. */
  peso?: string;
}

/** Currencies with three decimals: "1.250 TND" is one dinar and a quarter, not 1,250. */
const THREE_DECIMALS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** ISO 4217 codes read as a currency when written in capitals next to a number. */
const ISO_CODES = new Set(
  (
    'AED AFN ALL AMD AOA ARS AUD AZN BAM BDT BGN BHD BIF BOB BRL BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD ' +
    'EGP ERN ETB EUR FJD GBP GEL GHS GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KRW KWD KZT ' +
    'LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN ' +
    'PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SLE SLL SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD ' +
    'UYU UZS VES VND VUV WST XAF XCD XOF YER ZAR ZMW ZWL'
  ).split(' '),
);

/**
 * Currency words and symbols (folded: lower case, no accents), longest first so that "us$"
 * wins over "$". `$` and `cfa` are resolved from the options.
 */
const CURRENCY_WORDS: Array<[string, string]> = [
  ['dollars des etats-unis', 'USD'],
  ['dolares estadounidenses', 'USD'],
  ['dolares de los estados unidos', 'USD'],
  ['dollars canadiens', 'CAD'],
  ['dolares canadienses', 'CAD'],
  ['canadian dollars', 'CAD'],
  ['dollars canadian', 'CAD'],
  ['pesos mexicanos', 'MXN'],
  ['mexican pesos', 'MXN'],
  ['swiss francs', 'CHF'],
  ['francs suisses', 'CHF'],
  ['francos suizos', 'CHF'],
  ['pounds sterling', 'GBP'],
  ['livres sterling', 'GBP'],
  ['dollars u.s.', 'USD'],
  ['dollars u.s', 'USD'],
  ['dollars e.-u.', 'USD'],
  ['dollars americains', 'USD'],
  ['u.s. dollars', 'USD'],
  ['us dollars', 'USD'],
  ['dollars us', 'USD'],
  ['dolares us', 'USD'],
  ['dolares', 'USD'],
  ['dollars', '$'],
  ['dollar', '$'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['francs cfa', 'cfa'],
  ['francos cfa', 'cfa'],
  ['cfa francs', 'cfa'],
  ['f cfa', 'cfa'],
  ['fcfa', 'cfa'],
  ['cfaf', 'cfa'],
  ['pesos', 'peso'],
  ['us $', 'USD'],
  ['u.s.$', 'USD'],
  ['us$', 'USD'],
  ['usd$', 'USD'],
  ['can$', 'CAD'],
  ['cdn$', 'CAD'],
  ['ca$', 'CAD'],
  ['c$', 'CAD'],
  ['mx$', 'MXN'],
  ['a$', 'AUD'],
  ['r$', 'BRL'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['$', '$'],
];

/** Scale words after a number, folded ("M" and a glued "m" are handled apart: case matters there). */
const SCALES: Array<[RegExp, number]> = [
  [/^(?:mil millones|milliards?|billions?|bn)\b/, 1e9],
  [/^(?:millions?|millones|millon|mio\.?|mn)\b/, 1e6],
  [/^(?:mille|mil|thousand|k)\b/, 1e3],
];

/** A number with its separators, as written: groups of digits joined by . , space NBSP thin space or apostrophe. */
const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u202f\u2009' ]\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?`;

/**
 * The number a digit string stands for, separators decided as the module comment says.
 * `scaled`: a scale word follows, so a lone separator is a decimal one. Null when the
 * writing is not a number.
 */
export function parseNumber(written: string, options: { scaled?: boolean; threeDecimals?: boolean } = {}): number | null {
  const digits = written.replace(/[\u00a0\u202f\u2009' ]/g, ' ').trim();
  if (!/^\d[\d., ]*$/.test(digits)) return null;
  const compact = digits.replace(/ /g, '');
  const separators = [...compact.matchAll(/[.,]/g)].map((m) => ({ char: m[0], at: m.index }));
  if (separators.length === 0) return Number(compact);
  const last = separators[separators.length - 1]!;
  const distinct = new Set(separators.map((s) => s.char));
  let decimal: string | null;
  if (distinct.size === 2) decimal = last.char;
  else if (separators.length > 1) {
    // "1.875.282" or "1,875,282": repeated, so thousands; unless the last group is short ("1,875,282.5" has two kinds).
    decimal = null;
  } else {
    const after = compact.length - last.at - 1;
    if (options.scaled) decimal = last.char;
    else if (after === 3 && !options.threeDecimals) decimal = null;
    else decimal = last.char;
  }
  const groups = compact.split(decimal ?? '\u0000');
  const integer = groups[0]!.replace(/[.,]/g, '');
  // Thousands groups must have three digits: "1,87,5" is not a number we read.
  const thousandChar = decimal === null ? [...distinct][0] : [...distinct].find((c) => c !== decimal);
  if (thousandChar) {
    const parts = groups[0]!.split(thousandChar);
    if (parts.slice(1).some((part) => part.length !== 3)) return null;
  }
  const value = Number(decimal !== null && groups.length > 1 ? `${integer}.${groups[1]}` : integer);
  return Number.isFinite(value) ? value : null;
}

interface CurrencyMatch {
  code: string;
  /** Characters of the text the currency takes. */
  length: number;
  /** A bare "$" or "dollars", whose country came from the options. */
  bare: boolean;
}

/**
 * ISO codes that are also common capitalised words or acronyms ("TOP 10", "ALL 3 regions",
 * "COP" the chief of party): read as a currency only after a number, never before one.
 */
const WORDLIKE_CODES = new Set(['ALL', 'AMD', 'BOB', 'COP', 'CUP', 'GEL', 'LAK', 'MAD', 'MOP', 'NAD', 'SAR', 'SOS', 'TOP', 'TRY']);

/** The currency written at the start of `raw` (after a number when `afterNumber`). */
function currencyAt(raw: string, options: MoneyOptions, afterNumber: boolean): CurrencyMatch | null {
  const code = /^([A-Z]{3})(?![A-Za-z])/.exec(raw);
  if (code && ISO_CODES.has(code[1]!) && (afterNumber || !WORDLIKE_CODES.has(code[1]!))) return { code: code[1]!, length: 3, bare: false };
  const folded = foldAccents(raw.slice(0, 40));
  for (const [word, iso] of CURRENCY_WORDS) {
    if (!folded.startsWith(word)) continue;
    // Words end at a word boundary; symbols need none.
    if (/[a-z]$/.test(word) && /[a-z]/.test(folded.charAt(word.length))) continue;
    return { code: resolveCode(iso, options), length: word.length, bare: iso === '$' };
  }
  return null;
}

/** The currency written at the very end of `raw` (just before a number). */
function currencyBefore(raw: string, options: MoneyOptions): CurrencyMatch | null {
  const code = /(?<![A-Za-z])([A-Z]{3})$/.exec(raw);
  if (code && ISO_CODES.has(code[1]!) && !WORDLIKE_CODES.has(code[1]!)) return { code: code[1]!, length: 3, bare: false };
  const folded = foldAccents(raw.slice(-40));
  for (const [word, iso] of CURRENCY_WORDS) {
    if (!folded.endsWith(word)) continue;
    if (/^[a-z]/.test(word) && /[a-z]/.test(folded.charAt(folded.length - word.length - 1))) continue;
    return { code: resolveCode(iso, options), length: word.length, bare: iso === '$' };
  }
  return null;
}

function resolveCode(iso: string, options: MoneyOptions): string {
  if (iso === '$') return options.dollar ?? 'USD';
  if (iso === 'cfa') return options.cfaFranc ?? 'XOF';
  if (iso === 'peso') return options.peso ?? 'MXN';
  return iso;
}

const NUMBER_ANYWHERE = new RegExp(`(?<![\\d.,])(?:${NUMBER})(?![\\d])`, 'g');
const SPACE = /[ \u00a0\u202f]/;

/**
 * Every amount of money in a text, in text order, with its currency. A number without a
 * currency next to it is not money. Markdown bold inside an amount (`$**13,016,769**`) and a
 * footnote marker glued after it (`$17.4Footnote D`) are tolerated.
 */
export function findMoney(text: string, options: MoneyOptions = {}): MoneySpan[] {
  const found: MoneySpan[] = [];
  for (const match of text.matchAll(NUMBER_ANYWHERE)) {
    const numberStart = match.index;
    const written = match[0];
    let end = numberStart + written.length;
    if (text.startsWith('**', end)) end += 2;

    // Scale: "million", "millions", "millones", "M" glued or after one space, "m" glued.
    let scale = 1;
    const space = SPACE.test(text.charAt(end)) ? 1 : 0;
    const foldedAfter = foldAccents(text.slice(end + space, end + space + 20));
    for (const [pattern, factor] of SCALES) {
      const m = pattern.exec(foldedAfter);
      if (m) {
        scale = factor;
        end += space + m[0].length;
        break;
      }
    }
    if (scale === 1) {
      // "$96.7M", "USD 1.8 M", "€2.5m" (a lower-case m only glued: "5 m" is five metres).
      const letter = /^[Mm](?![A-Za-z])/.exec(text.slice(end + space, end + space + 2));
      if (letter && (letter[0] === 'M' || (space === 0 && text.charAt(end - 1) !== '*'))) {
        scale = 1e6;
        end += space + 1;
      }
    }

    // Before the number: "US $ ", "CAD ", "$**", "€".
    let currency: string | null = null;
    let start = numberStart;
    let lead = text.slice(Math.max(0, numberStart - 40), numberStart);
    let gap = 0;
    if (lead.endsWith('**')) {
      lead = lead.slice(0, -2);
      gap += 2;
    }
    if (SPACE.test(lead.charAt(lead.length - 1))) {
      lead = lead.slice(0, -1);
      gap += 1;
    }
    const prefix = currencyBefore(lead, options);
    if (prefix) {
      currency = prefix.code;
      start = numberStart - gap - prefix.length;
    }

    // After: "USD", "dólares", "d'euros", "de dólares", "(CAD)".
    const tail = text.slice(end, end + 60);
    const opener = /^[ \u00a0\u202f]*(\(\s*)?(?:(?:de |d'|d’)\s*)?/i.exec(tail)!;
    const suffix = currencyAt(tail.slice(opener[0].length), options, true);
    // "In 2019 USD 5,000": a currency followed by a number belongs to that number.
    const nextNumber = suffix && !opener[1] && /^[ \u00a0\u202f]?\d/.test(tail.slice(opener[0].length + suffix.length));
    if (suffix && !nextNumber) {
      const closing = opener[1] ? /^\s*\)/.exec(tail.slice(opener[0].length + suffix.length)) : null;
      // A parenthesis names the currency only when it holds nothing else ("$310,000 (CAD)").
      if (!opener[1] || closing) {
        // An explicit currency after the number says what a bare "$" before it meant.
        if (currency === null || prefix?.bare) currency = suffix.code;
        end += opener[0].length + suffix.length + (closing ? closing[0].length : 0);
      }
    }
    if (currency === null) continue;
    const value = parseNumber(written, { scaled: scale !== 1, threeDecimals: THREE_DECIMALS.has(currency) });
    if (value === null || value <= 0) continue;
    const amount = Math.round(value * scale * 100) / 100;
    found.push({ amount, currency, start, end, asWritten: text.slice(start, end) });
  }
  return found;
}

/**
 * The single amount a value holds ("US $ 2,450,000", "12,5 millions d'euros"); the first one
 * when it holds several. Null when it names none, or holds no currency and `defaultCurrency`
 * is not given (a label such as "Budget (US$)" gives it).
 */
export function parseMoney(written: string, options: MoneyOptions & { defaultCurrency?: string } = {}): Budget | null {
  const spans = findMoney(written, options);
  if (spans.length > 0) return { amount: spans[0]!.amount, currency: spans[0]!.currency };
  if (!options.defaultCurrency) return null;
  const bare = new RegExp(`(?<![\\d.,])(${NUMBER})(?![\\d])\\s*(millions?|millones|million|M\\b)?`, 'i').exec(written.replace(/\*\*/g, ''));
  if (!bare) return null;
  const value = parseNumber(bare[1]!.replace(/[.,]$/, ''), { scaled: Boolean(bare[2]) });
  if (value === null || value <= 0) return null;
  return { amount: Math.round(value * (bare[2] ? 1e6 : 1) * 100) / 100, currency: options.defaultCurrency };
}

/**
 * The currency a label names ("Donor: country and budget US$", "Budget (CHF)", "Costo ($)"),
 * for values written without one. Null when the label names none.
 */
export function currencyOfLabel(label: string, options: MoneyOptions = {}): string | null {
  const code = /(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/.exec(label);
  if (code && ISO_CODES.has(code[1]!) && !WORDLIKE_CODES.has(code[1]!)) return code[1]!;
  const folded = foldAccents(label);
  for (const [word, iso] of CURRENCY_WORDS) {
    const at = folded.indexOf(word);
    if (at === -1) continue;
    if (/^[a-z]/.test(word) && (/[a-z]/.test(folded.charAt(at - 1)) || /[a-z]/.test(folded.charAt(at + word.length)))) continue;
    return resolveCode(iso, options);
  }
  return null;
}
