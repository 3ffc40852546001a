import { z } from 'zod';

/**
 * zod schemas of the reference data files in src/reference/*.json, strict (an unknown or
 * misspelt key is an error, not silently dropped). Each file carries a
 * `version` (bumped when its shape changes) so a loader can refuse a file it does not know.
 */

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3, upper case');
const nonEmpty = z.string().min(1);

export const countrySchema = z.strictObject({
  iso3,
  iso2: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, upper case'),
  numeric: z
    .string()
    .regex(/^\d{3}$/)
    .nullable(),
  names: z.strictObject({ en: nonEmpty, fr: nonEmpty, es: nonEmpty }),
  /** Other names and spellings in any language, matched accent/case-insensitively. */
  aliases: z.array(nonEmpty),
  /** Demonyms (singular and plural, masculine and feminine) per language. */
  demonyms: z.strictObject({ en: z.array(nonEmpty), fr: z.array(nonEmpty), es: z.array(nonEmpty) }),
  /** Code-like abbreviations (USA, UK, RDC) matched case-sensitively, never next to a slash. */
  codes: z.array(nonEmpty),
  /** Names accepted by resolveCountry but never scanned in free text (a first name, a common word). */
  notInText: z.array(nonEmpty),
  region: nonEmpty,
  subregion: z.string().nullable(),
  independent: z.boolean(),
  /** ISO3 of the countries sharing a land border. Symmetric across the file. */
  borders: z.array(iso3),
});

export const countriesFileSchema = z.strictObject({
  version: z.literal(1),
  source: nonEmpty,
  /** Phrases that contain a country name without naming the country ("Niger River"). */
  notCountries: z.array(nonEmpty),
  /** Demonyms that are also language names ("French", "français"): not scanned in free text. */
  notInTextTerms: z.array(nonEmpty),
  countries: z.array(countrySchema).min(1),
});

export const placeTypeSchema = z.enum(['region', 'town', 'commune']);

export const placeSchema = z.strictObject({
  id: z.string().regex(/^place:[a-z]{3}-[a-z0-9-]+$/, 'place:<iso3 lower>-<slug>'),
  name: nonEmpty,
  type: placeTypeSchema,
  /** Canonical name of the first-level region the place lies in; null when it spans several. */
  region: z.string().nullable(),
  country: iso3,
  aliases: z.array(nonEmpty),
  /** false: the name is a common word (San, Est, Sahel); only the aliases are scanned in free text. */
  matchName: z.boolean().optional(),
  /**
   * true: weaker evidence than a curated place (a worldwide subdivision from ISO 3166-2). Its
   * names are read only where the text or the document already concerns its country, and it
   * never counts as evidence of that country.
   */
  needsCountry: z.boolean().optional(),
});

export const placesFileSchema = z.strictObject({
  version: z.literal(1),
  note: z.string(),
  places: z.array(placeSchema).min(1),
});

export const organisationSchema = z.strictObject({
  id: z.string().regex(/^org:[a-z0-9-]+$/, 'org:<slug>'),
  /** Canonical (English) name. */
  name: nonEmpty,
  type: nonEmpty,
  /** Matched case-sensitively (ASI, DRL, BIT). */
  acronyms: z.array(nonEmpty),
  /** Names in every language, matched accent/case-insensitively. */
  aliases: z.array(nonEmpty),
  /** Accepted only when resolving a string already known to name an actor, never scanned in free text. */
  looseAliases: z.array(nonEmpty).optional(),
  /** Id of the organisation this one is part of (DRL is part of the US Department of State). */
  parent: z
    .string()
    .regex(/^org:[a-z0-9-]+$/)
    .optional(),
  /** ISO3 of the country of a national organisation. */
  country: iso3.optional(),
});

export const organisationsFileSchema = z.strictObject({
  version: z.literal(1),
  note: z.string(),
  organisations: z.array(organisationSchema).min(1),
});

export const stakeholderGroupSchema = z.strictObject({
  id: z.string().regex(/^group:[a-z0-9-]+$/, 'group:<slug>'),
  names: z.strictObject({ en: nonEmpty, fr: nonEmpty, es: nonEmpty }),
  aliases: z.array(nonEmpty),
  acronyms: z.array(nonEmpty).optional(),
  looseAliases: z.array(nonEmpty).optional(),
});

export const stakeholderGroupsFileSchema = z.strictObject({
  version: z.literal(1),
  note: z.string(),
  groups: z.array(stakeholderGroupSchema).min(1),
});

const triggerList = z.array(nonEmpty);

export const themeSchema = z.strictObject({
  id: z.string().regex(/^theme:[a-z0-9-]+$/, 'theme:<slug>'),
  labels: z.strictObject({ en: nonEmpty, fr: nonEmpty, es: nonEmpty }),
  /** Id of the broader theme; null at the top of the hierarchy. */
  broader: z
    .string()
    .regex(/^theme:[a-z0-9-]+$/)
    .nullable(),
  category: nonEmpty,
  /** Words and phrases per language; "=word" matches the folded word exactly, unstemmed. */
  triggers: z.strictObject({ en: triggerList, fr: triggerList, es: triggerList }),
  /** Matched case-sensitively in any language (AGR, PDI, M&E). */
  acronyms: z.array(nonEmpty),
});

export const themesFileSchema = z.strictObject({
  version: z.literal(1),
  note: z.string(),
  themes: z.array(themeSchema).min(1),
});

export type CountryEntry = z.infer<typeof countrySchema>;
export type PlaceType = z.infer<typeof placeTypeSchema>;
export type PlaceEntry = z.infer<typeof placeSchema>;
export type OrganisationEntry = z.infer<typeof organisationSchema>;
export type StakeholderGroupEntry = z.infer<typeof stakeholderGroupSchema>;
export type ThemeEntry = z.infer<typeof themeSchema>;
