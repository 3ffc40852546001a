import { INSIGHT_KINDS } from '../model/records.js';
import { AppError } from '../errors.js';
import { resolveCountryCodes } from '../graph/queries/countries.js';
import { NO_FILTER, type ResolvedInsightFilter } from '../graph/queries/insight-filter.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { loadReference } from '../reference/load-reference.js';
import type { InsightFilter } from './generated/resolvers-types.js';

let referenceCodes: Map<string, string> | undefined;

/**
 * `country:ISO3` of the reference countries by ISO3 and ISO2 code: every reference country is in
 * the graph under that id (reference sync writes them all), so a filter on them needs no query.
 */
function referenceCountryIds(): Map<string, string> {
  if (!referenceCodes) {
    referenceCodes = new Map();
    for (const country of loadReference().countries) {
      referenceCodes.set(country.iso3, `country:${country.iso3}`);
      referenceCodes.set(country.iso2, `country:${country.iso3}`);
    }
  }
  return referenceCodes;
}

/** Largest `first` any list field accepts. */
export const MAX_FIRST = 100;

/** Checks an integer argument's bounds; the error names the argument and its range. */
export function boundedInt(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const actual = value ?? fallback;
  if (!Number.isInteger(actual) || actual < min || actual > max) {
    throw new AppError('BAD_USER_INPUT', `${name} must be an integer from ${min} to ${max} (got ${actual}).`);
  }
  return actual;
}

const LIST_LIMIT = 50;

function list(name: string, values: readonly string[] | null | undefined, check: (value: string) => boolean, expected: string): string[] | null {
  if (values === null || values === undefined || values.length === 0) return null;
  if (values.length > LIST_LIMIT) throw new AppError('BAD_USER_INPUT', `filter.${name} takes at most ${LIST_LIMIT} values (got ${values.length}).`);
  const bad = values.filter((value) => !check(value));
  if (bad.length > 0) {
    throw new AppError('BAD_USER_INPUT', `filter.${name}: ${bad.map((value) => JSON.stringify(value.slice(0, 60))).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not ${expected}.`);
  }
  return [...new Set(values)];
}

/**
 * Validates an InsightFilter and resolves its country codes (ISO3, ISO2 or id, any case) to
 * `country:ISO3` ids. Unknown countries, malformed ids or an inverted year range are
 * BAD_USER_INPUT with a message naming the field.
 */
export async function resolveInsightFilter(reader: GraphReader, input: InsightFilter | null | undefined): Promise<ResolvedInsightFilter> {
  if (!input) return NO_FILTER;
  const kinds = input.kinds?.length ? [...new Set(input.kinds)].filter((kind) => INSIGHT_KINDS.includes(kind)) : null;
  const themes = list('themes', input.themes, (v) => /^theme:[a-z0-9-]{1,80}$/.test(v), 'theme ids (theme:<slug>)');
  const actors = list('actors', input.actors, (v) => /^(org|person|group):[a-z0-9-]{1,100}$/.test(v), 'actor ids (org:, person: or group:<slug>)');
  const languages = list('languages', input.languages?.map((v) => v.toLowerCase()), (v) => /^[a-z]{2}$/.test(v), 'ISO 639-1 codes (fr, en, es)');
  const codes = list('countries', input.countries, (v) => /^(country:)?[A-Za-z]{2,3}$/.test(v.trim()), 'country codes (ISO alpha-3 or alpha-2)');
  const yearFrom = input.yearFrom ?? null;
  const yearTo = input.yearTo ?? null;
  for (const [name, year] of [['yearFrom', yearFrom], ['yearTo', yearTo]] as const) {
    if (year !== null && (year < 1900 || year > 2200)) throw new AppError('BAD_USER_INPUT', `filter.${name} must be a year between 1900 and 2200 (got ${year}).`);
  }
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    throw new AppError('BAD_USER_INPUT', `filter.yearFrom (${yearFrom}) is after filter.yearTo (${yearTo}).`);
  }
  let countries: string[] | null = null;
  if (codes) {
    // Reference countries from memory; only other codes (a country a document named that the
    // reference data does not know) cost a graph query: a filtered search or dashboard no longer
    // waits on Neo4j before asking Meilisearch.
    const known = referenceCountryIds();
    const fromReference = codes.map((code) => known.get(code.trim().replace(/^country:/i, '').toUpperCase()) ?? null);
    const others = codes.filter((_, index) => fromReference[index] === null);
    const resolved = others.length > 0 ? await resolveCountryCodes(reader, others) : { found: [], missing: [] };
    if (resolved.missing.length > 0) {
      throw new AppError('BAD_USER_INPUT', `filter.countries: no country has the code ${resolved.missing.map((c) => JSON.stringify(c)).join(', ')}.`);
    }
    countries = [...new Set([...fromReference.flatMap((id) => (id ? [id] : [])), ...resolved.found.map((country) => country.id)])];
  }
  return { kinds, countries, themes, actors, yearFrom, yearTo, languages };
}

/** Relay cursor of the hit at a 0-based position (opaque to clients). */
export function encodeCursor(position: number): string {
  return Buffer.from(`hit:${position}`, 'utf8').toString('base64url');
}

/** The position after which the next page starts; BAD_USER_INPUT for a cursor we did not make. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return -1;
  const match = /^hit:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this API; pass pageInfo.endCursor of the previous page.');
  return Number(match[1]);
}
