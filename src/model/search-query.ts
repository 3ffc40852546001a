import { AppError } from '../errors.js';
import { INSIGHT_KINDS, type InsightKind } from './records.js';

/**
 * A search as a URL query string: the explorer keeps its whole search state in the address
 * (so a search can be shared and reloaded), and the export endpoints and `lessons-graph export`
 * take the very same parameters. Pure, importing only the model and errors.ts: the browser bundle
 * imports it too.
 *
 *   q=médiation&kind=GOOD_PRACTICE&country=MLI&theme=theme:slavery&actor=org:ilo&lang=fr&from=2020&to=2023&after=<cursor>
 *
 * List parameters repeat (`kind=FINDING&kind=RECOMMENDATION`).
 */
export interface SearchQuery {
  /** The words (empty: everything matching the filter). */
  q: string;
  kinds: InsightKind[];
  /** ISO3 codes as the API's facets give them (the API also takes ISO2 and ids). */
  countries: string[];
  /** Theme ids (`theme:…`). */
  themes: string[];
  /** Actor ids (`org:…`, `person:…`, `group:…`). */
  actors: string[];
  /** ISO 639-1 codes of the insights' language. */
  languages: string[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Relay cursor of the last hit before the page shown (`pageInfo.endCursor`), or null for the first page. */
  after: string | null;
}

/** Longest search text accepted (the API's `search`, the explorer and the export alike). */
export const MAX_QUERY_LENGTH = 500;

/** Checks the length of a search text: BAD_USER_INPUT when it is longer than MAX_QUERY_LENGTH. */
export function checkQueryLength(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) throw new AppError('BAD_USER_INPUT', `query is longer than ${MAX_QUERY_LENGTH} characters.`);
}

/** The parameter name of each field in the query string. */
export const SEARCH_PARAMS = {
  q: 'q',
  kinds: 'kind',
  countries: 'country',
  themes: 'theme',
  actors: 'actor',
  languages: 'lang',
  yearFrom: 'from',
  yearTo: 'to',
  after: 'after',
} as const;

/** The list fields, each a facet of the search. */
export type SearchListField = 'kinds' | 'countries' | 'themes' | 'actors' | 'languages';

/** An empty search (every insight). */
export const EMPTY_SEARCH: SearchQuery = { q: '', kinds: [], countries: [], themes: [], actors: [], languages: [], yearFrom: null, yearTo: null, after: null };

/** What readSearchQuery found wrong, one message per parameter, naming it. */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError';
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
  }
}

function readYear(params: URLSearchParams, name: string, problems: string[]): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  if (!/^\d{4}$/.test(raw.trim())) {
    problems.push(`Parameter "${name}" must be a four-digit year (got ${JSON.stringify(raw.slice(0, 20))}).`);
    return null;
  }
  return Number(raw.trim());
}

function readList(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return [...new Set(values)];
}

/**
 * Reads a search from a query string. Kinds and years are checked here (the message names the
 * parameter); ids and codes are checked by the API's filter validation, which names the field.
 * Throws SearchQueryError listing every bad parameter.
 */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
  const problems: string[] = [];
  const kinds = readList(params, SEARCH_PARAMS.kinds).map((value) => value.toUpperCase());
  const badKinds = kinds.filter((kind) => !(INSIGHT_KINDS as readonly string[]).includes(kind));
  if (badKinds.length > 0) {
    problems.push(`Parameter "kind" takes ${INSIGHT_KINDS.join(', ')} (got ${badKinds.map((kind) => JSON.stringify(kind.slice(0, 30))).join(', ')}).`);
  }
  const query: SearchQuery = {
    q: (params.get(SEARCH_PARAMS.q) ?? '').trim(),
    kinds: kinds.filter((kind): kind is InsightKind => (INSIGHT_KINDS as readonly string[]).includes(kind)),
    countries: readList(params, SEARCH_PARAMS.countries).map((value) => value.toUpperCase()),
    themes: readList(params, SEARCH_PARAMS.themes),
    actors: readList(params, SEARCH_PARAMS.actors),
    languages: readList(params, SEARCH_PARAMS.languages).map((value) => value.toLowerCase()),
    yearFrom: readYear(params, SEARCH_PARAMS.yearFrom, problems),
    yearTo: readYear(params, SEARCH_PARAMS.yearTo, problems),
    after: params.get(SEARCH_PARAMS.after) || null,
  };
  if (problems.length > 0) throw new SearchQueryError(problems);
  return query;
}

/** Writes a search as query-string parameters, in a fixed order (the same search, the same URL). */
export function writeSearchQuery(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q !== '') params.set(SEARCH_PARAMS.q, query.q);
  for (const field of ['kinds', 'countries', 'themes', 'actors', 'languages'] as const) {
    for (const value of query[field]) params.append(SEARCH_PARAMS[field], value);
  }
  if (query.yearFrom !== null) params.set(SEARCH_PARAMS.yearFrom, String(query.yearFrom));
  if (query.yearTo !== null) params.set(SEARCH_PARAMS.yearTo, String(query.yearTo));
  if (query.after !== null) params.set(SEARCH_PARAMS.after, query.after);
  return params;
}

/** The search with one facet value added or removed; back to the first page. */
export function toggleSearchValue(query: SearchQuery, field: SearchListField, value: string): SearchQuery {
  const values = query[field] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...query, [field]: next, after: null };
}

/** The schema's InsightFilter for a search; null when nothing narrows it. */
export function toInsightFilter(query: SearchQuery): {
  kinds?: InsightKind[];
  countries?: string[];
  themes?: string[];
  actors?: string[];
  languages?: string[];
  yearFrom?: number;
  yearTo?: number;
} | null {
  const filter: Record<string, unknown> = {};
  if (query.kinds.length > 0) filter.kinds = query.kinds;
  if (query.countries.length > 0) filter.countries = query.countries;
  if (query.themes.length > 0) filter.themes = query.themes;
  if (query.actors.length > 0) filter.actors = query.actors;
  if (query.languages.length > 0) filter.languages = query.languages;
  if (query.yearFrom !== null) filter.yearFrom = query.yearFrom;
  if (query.yearTo !== null) filter.yearTo = query.yearTo;
  return Object.keys(filter).length > 0 ? filter : null;
}
