import { AppError } from '../../errors.js';
import {
  NO_FILTER,
  NO_PROJECT_FILTER,
  type InsightFilterInput,
  type ProjectFilterInput,
  type ResolvedInsightFilter,
  type ResolvedProjectFilter,
} from '../../model/filters.js';
import { INSIGHT_KINDS } from '../../model/records.js';
import { loadReference } from '../../reference/load-reference.js';
import { resolveCountryCodes } from './countries.js';
import type { GraphReader } from './read-graph.js';

/*
 * Filters as clients give them (the API's InsightFilter and ProjectFilter, the explorer's and
 * the export's query strings), validated and resolved into the model's filters. Here because
 * a country code the reference data does not know is looked up in the graph.
 */

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

const LIST_LIMIT = 50;

function list(name: string, values: readonly string[] | null | undefined, check: (value: string) => boolean, expected: string): string[] | null {
  if (values === null || values === undefined || values.length === 0) return null;
  if (values.length > LIST_LIMIT) throw new AppError('BAD_USER_INPUT', `filter.${name} takes at most ${LIST_LIMIT} values (got ${values.length}).`);
  const bad = values.filter((value) => !check(value));
  if (bad.length > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      `filter.${name}: ${bad.map((value) => JSON.stringify(value.slice(0, 60))).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not ${expected}.`,
    );
  }
  return [...new Set(values)];
}

/**
 * Validates an InsightFilter and resolves its country codes (ISO3, ISO2 or id, any case) to
 * `country:ISO3` ids. Unknown countries, malformed ids or an inverted year range are
 * BAD_USER_INPUT with a message naming the field.
 */
export async function resolveInsightFilter(reader: GraphReader, input: InsightFilterInput | null | undefined): Promise<ResolvedInsightFilter> {
  if (!input) return NO_FILTER;
  const kinds = input.kinds?.length ? [...new Set(input.kinds)].filter((kind) => INSIGHT_KINDS.includes(kind)) : null;
  const themes = list('themes', input.themes, (v) => /^theme:[a-z0-9-]{1,80}$/.test(v), 'theme ids (theme:<slug>)');
  const actors = list('actors', input.actors, (v) => /^(org|person|group):[a-z0-9-]{1,100}$/.test(v), 'actor ids (org:, person: or group:<slug>)');
  const languages = list(
    'languages',
    input.languages?.map((v) => v.toLowerCase()),
    (v) => /^[a-z]{2}$/.test(v),
    'ISO 639-1 codes (fr, en, es)',
  );
  const codes = list('countries', input.countries, (v) => /^(country:)?[A-Za-z]{2,3}$/.test(v.trim()), 'country codes (ISO alpha-3 or alpha-2)');
  const yearFrom = input.yearFrom ?? null;
  const yearTo = input.yearTo ?? null;
  for (const [name, year] of [
    ['yearFrom', yearFrom],
    ['yearTo', yearTo],
  ] as const) {
    if (year !== null && (year < 1900 || year > 2200))
      throw new AppError('BAD_USER_INPUT', `filter.${name} must be a year between 1900 and 2200 (got ${year}).`);
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
    const fromReference = codes.map(
      (code) =>
        known.get(
          code
            .trim()
            .replace(/^country:/i, '')
            .toUpperCase(),
        ) ?? null,
    );
    const others = codes.filter((_, index) => fromReference[index] === null);
    const resolved = others.length > 0 ? await resolveCountryCodes(reader, others) : { found: [], missing: [] };
    if (resolved.missing.length > 0) {
      throw new AppError('BAD_USER_INPUT', `filter.countries: no country has the code ${resolved.missing.map((c) => JSON.stringify(c)).join(', ')}.`);
    }
    countries = [...new Set([...fromReference.flatMap((id) => (id ? [id] : [])), ...resolved.found.map((country) => country.id)])];
  }
  return { kinds, countries, themes, actors, yearFrom, yearTo, languages };
}

/**
 * Validates a ProjectFilter and resolves its country codes (ISO3, ISO2 or id, any case) to
 * `country:ISO3` ids, with the same rules and messages as InsightFilter (shared fields go
 * through resolveInsightFilter). BAD_USER_INPUT names the field.
 */
export async function resolveProjectFilter(reader: GraphReader, input: ProjectFilterInput | null | undefined): Promise<ResolvedProjectFilter> {
  if (!input) return NO_PROJECT_FILTER;
  const shared = await resolveInsightFilter(reader, {
    countries: input.countries,
    themes: input.themes,
    actors: input.actors,
    yearFrom: input.yearFrom,
    yearTo: input.yearTo,
  });
  let donors: string[] | null = null;
  if (input.donors?.length) {
    // Same checks as actors, reported under the donors field.
    const checked = await resolveInsightFilter(reader, { actors: input.donors }).catch((error: unknown) => {
      if (error instanceof AppError) throw new AppError('BAD_USER_INPUT', error.message.replace(/^filter\.actors/, 'filter.donors'));
      throw error;
    });
    donors = checked.actors;
  }
  return { countries: shared.countries, themes: shared.themes, actors: shared.actors, donors, yearFrom: shared.yearFrom, yearTo: shared.yearTo };
}
