import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  countriesFileSchema,
  organisationsFileSchema,
  placesFileSchema,
  stakeholderGroupsFileSchema,
  themesFileSchema,
  type CountryEntry,
  type OrganisationEntry,
  type PlaceEntry,
  type StakeholderGroupEntry,
  type ThemeEntry,
} from './reference-schema.js';

/** Everything in src/reference/*.json, validated, with lookup maps by id. */
export interface Reference {
  countries: readonly CountryEntry[];
  /** Phrases containing a country name that do not name the country ("Niger River"). */
  notCountries: readonly string[];
  /** Demonyms that are also language names, never scanned in free text. */
  notInTextTerms: readonly string[];
  places: readonly PlaceEntry[];
  organisations: readonly OrganisationEntry[];
  stakeholderGroups: readonly StakeholderGroupEntry[];
  themes: readonly ThemeEntry[];
  countryByIso3: ReadonlyMap<string, CountryEntry>;
  placeById: ReadonlyMap<string, PlaceEntry>;
  organisationById: ReadonlyMap<string, OrganisationEntry>;
  groupById: ReadonlyMap<string, StakeholderGroupEntry>;
  themeById: ReadonlyMap<string, ThemeEntry>;
}

/** The data files, by name, as they sit next to this module in src/reference/. */
export const REFERENCE_FILES = {
  countries: 'countries.json',
  places: 'places.json',
  /** First-level subdivisions of the other countries, generated from ISO 3166-2: all `needsCountry`. */
  worldPlaces: 'places-world.json',
  organisations: 'organisations.json',
  stakeholderGroups: 'stakeholder-groups.json',
  themes: 'themes.json',
} as const;

/**
 * Where the JSON files are. `tsc` does not copy JSON into dist/, so when this module runs
 * from dist/reference/ the files are found in src/reference/ of the package root (the
 * nearest folder up with a package.json). Running from src/ (tests, tsx) finds them beside.
 */
export function referenceDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, REFERENCE_FILES.countries))) return here;
  for (let dir = here; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) {
      const candidate = path.join(dir, 'src', 'reference');
      if (existsSync(path.join(candidate, REFERENCE_FILES.countries))) return candidate;
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`reference data not found: no ${REFERENCE_FILES.countries} beside ${here} nor in <package root>/src/reference`);
}

function readJsonFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const fullPath = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(fullPath, 'utf8'));
  } catch (error) {
    throw new Error(`reference file ${fullPath}: cannot read or parse JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`reference file ${fullPath} does not match its schema: ${first.join('; ')}`);
  }
  return parsed.data;
}

function byId<T>(items: readonly T[], key: (item: T) => string, file: string, problems: string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const id = key(item);
    if (map.has(id)) problems.push(`${file}: duplicate id ${id}`);
    map.set(id, item);
  }
  return map;
}

/**
 * Cross-file checks the schemas cannot express: unique ids, symmetric borders that point at
 * known countries, places in known countries, organisation parents and theme `broader`
 * links that exist, and no cycle in the theme hierarchy. Returns the problems found.
 */
export function checkReferenceIntegrity(ref: Reference): string[] {
  const problems: string[] = [];
  byId(ref.countries, (c) => c.iso3, REFERENCE_FILES.countries, problems);
  byId(ref.countries, (c) => c.iso2, REFERENCE_FILES.countries, problems);
  byId(ref.places, (p) => p.id, REFERENCE_FILES.places, problems);
  byId(ref.organisations, (o) => o.id, REFERENCE_FILES.organisations, problems);
  byId(ref.stakeholderGroups, (g) => g.id, REFERENCE_FILES.stakeholderGroups, problems);
  byId(ref.themes, (t) => t.id, REFERENCE_FILES.themes, problems);
  for (const c of ref.countries) {
    for (const b of c.borders) {
      const other = ref.countryByIso3.get(b);
      if (!other) problems.push(`${REFERENCE_FILES.countries}: ${c.iso3} borders unknown ${b}`);
      else if (!other.borders.includes(c.iso3)) problems.push(`${REFERENCE_FILES.countries}: ${c.iso3} borders ${b} but not the reverse`);
    }
  }
  for (const p of ref.places) {
    if (!ref.countryByIso3.has(p.country)) problems.push(`${REFERENCE_FILES.places}: ${p.id} in unknown country ${p.country}`);
    if (!p.id.startsWith(`place:${p.country.toLowerCase()}-`)) problems.push(`${REFERENCE_FILES.places}: ${p.id} does not start with its country`);
  }
  for (const o of ref.organisations) {
    if (o.parent && !ref.organisationById.has(o.parent)) problems.push(`${REFERENCE_FILES.organisations}: ${o.id} has unknown parent ${o.parent}`);
    if (o.country && !ref.countryByIso3.has(o.country)) problems.push(`${REFERENCE_FILES.organisations}: ${o.id} in unknown country ${o.country}`);
  }
  for (const t of ref.themes) {
    const seen = new Set<string>([t.id]);
    for (let b = t.broader; b !== null;) {
      const parent = ref.themeById.get(b);
      if (!parent) {
        problems.push(`${REFERENCE_FILES.themes}: ${t.id} has unknown broader ${b}`);
        break;
      }
      if (seen.has(parent.id)) {
        problems.push(`${REFERENCE_FILES.themes}: cycle in broader links at ${t.id}`);
        break;
      }
      seen.add(parent.id);
      b = parent.broader;
    }
  }
  return problems;
}

/** Reads and validates the reference files of `dir` (no cache). Throws naming the file and the problem. */
export function loadReferenceFrom(dir: string): Reference {
  const countriesFile = readJsonFile(dir, REFERENCE_FILES.countries, countriesFileSchema);
  const curatedPlaces = readJsonFile(dir, REFERENCE_FILES.places, placesFileSchema).places;
  const worldPlaces = readJsonFile(dir, REFERENCE_FILES.worldPlaces, placesFileSchema).places;
  const places = [...curatedPlaces, ...worldPlaces];
  const organisations = readJsonFile(dir, REFERENCE_FILES.organisations, organisationsFileSchema).organisations;
  const stakeholderGroups = readJsonFile(dir, REFERENCE_FILES.stakeholderGroups, stakeholderGroupsFileSchema).groups;
  const themes = readJsonFile(dir, REFERENCE_FILES.themes, themesFileSchema).themes;
  const ignored: string[] = [];
  const ref: Reference = {
    countries: countriesFile.countries,
    notCountries: countriesFile.notCountries,
    notInTextTerms: countriesFile.notInTextTerms,
    places,
    organisations,
    stakeholderGroups,
    themes,
    countryByIso3: byId(countriesFile.countries, (c) => c.iso3, '', ignored),
    placeById: byId(places, (p) => p.id, '', ignored),
    organisationById: byId(organisations, (o) => o.id, '', ignored),
    groupById: byId(stakeholderGroups, (g) => g.id, '', ignored),
    themeById: byId(themes, (t) => t.id, '', ignored),
  };
  const problems = checkReferenceIntegrity(ref);
  // A generated subdivision is never evidence of its country on its own (gazetteer.ts relies on it).
  for (const p of worldPlaces) if (p.needsCountry !== true) problems.push(`${REFERENCE_FILES.worldPlaces}: ${p.id} lacks needsCountry: true`);
  if (problems.length > 0) throw new Error(`reference data in ${dir} is inconsistent: ${problems.slice(0, 10).join('; ')}`);
  return ref;
}

let cached: Reference | undefined;

/**
 * The reference data (countries, places, organisations, stakeholder groups, themes),
 * read and validated once per process, then served from memory.
 */
export function loadReference(): Reference {
  cached ??= loadReferenceFrom(referenceDirectory());
  return cached;
}
