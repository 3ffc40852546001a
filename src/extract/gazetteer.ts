import { AppError } from '../errors.js';
import { loadReference, type Reference } from '../reference/load-reference.js';
import type { PlaceEntry, PlaceType } from '../reference/reference-schema.js';
import { type CountryCandidate, type CountryForm, type JudgedCountry, LONG_LIST, congoTarget, judgeCountries, namesLandform } from './mention-context.js';
import { collapseWhiteSpace, foldForMatch, normaliseName, slugify } from '../text/normalise.js';
import { type WordRule, forEachWord } from '../text/words.js';
import { uniqueBy } from '../util/unique-by.js';
import { type WorldRegion, regionOfTitle } from './world-regions.js';
import type { ActorRef, CountryRef, EvaluationRecord, Mentions, PlaceRef, ProjectRecord } from '../model/records.js';

/**
 * Gazetteer matching: countries, places, organisations and stakeholder groups named in a
 * text, and resolution of a single name (an addressee label, a donor field) to its entity.
 *
 * Matching works on word tokens of the accent- and case-folded text, so word boundaries come
 * for free ("Mali" is not in "Somalie", "Niger" is not "Nigeria" nor "nigérian"). All phrases
 * of all kinds sit in one index and the longest phrase wins at each position ("Niger Delta"
 * is a place in Nigeria, "Guinea-Bissau" beats "Guinea", "Office du Niger" is an
 * organisation). Acronyms match case-sensitively (ASI, DRL, BIT); names do not.
 */

type Target =
  | { kind: 'country'; iso3: string }
  | { kind: 'place'; id: string }
  /**
   * A name of places that need their country (`needsCountry`): the subdivisions of every country
   * named so, the one whose country the document concerns being the place meant.
   */
  | { kind: 'weakPlace'; ids: string[] }
  | { kind: 'org'; id: string }
  | { kind: 'group'; id: string }
  /** A phrase that contains a name without naming the entity ("fleuve Niger"): consumed, not reported. */
  | { kind: 'block' };

interface Phrase {
  keys: string[];
  target: Target;
  /** Countries: a name or alias, a demonym, or a code (the context rules treat them apart). */
  form: CountryForm;
  /** Letters and digits of the phrase as written, when it must match case-sensitively. */
  exactSurface: string | null;
  /** Country codes (USA, UK) are not matched next to a slash: MLI/19/01/USA is a project code. */
  codeLike: boolean;
  /**
   * Names of organisations and places match only where the text writes them with a capital, as
   * names are written: "alarma sonora" is no Sonora. Stakeholder groups ("women") are common
   * words; countries written in lower case are judged in context (mention-context.ts).
   */
  capitalised: boolean;
  /** Lower wins among phrases of equal length with the same keys. */
  priority: number;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

/** One match of the gazetteer in a text, with its offsets in that text. */
export interface MentionSpan {
  kind: 'country' | 'place' | 'organisation' | 'stakeholderGroup';
  id: string;
  start: number;
  end: number;
  asWritten: string;
}

const PRIORITY = { block: 0, org: 1, country: 2, town: 3, region: 4, group: 5 } as const;

/** Articles that may precede a name given to a resolver ("l'OIT", "the ILO", "la Mauritanie"). */
const LEADING_ARTICLES = new Set(['l', 'le', 'la', 'les', 'the', 'el', 'los', 'las', 'du', 'des', 'de']);

/**
 * Key of one folded word: a final plural "s" is dropped from words of 4+ letters so that
 * "collectivités" and "collectivité", "victimes" and "victime" meet. Applied to both the
 * reference phrases and the text, so it never separates what was equal.
 */
function tokenKey(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * A word of the original text: letters and digits with their combining marks (NFD input).
 * The modifier-letter apostrophes (ʼ ʻ) are letters to Unicode but separators to us, as in
 * "dʼIvoire".
 */
const WORD_RULE: WordRule = { marks: true, modifierApostrophesAreLetters: false };

/**
 * Folded word tokens of a text with their offsets in the original text. Each word is folded
 * on its own, so offsets need no map from folded to original positions and memory stays
 * proportional to the number of words.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, WORD_RULE, (start, end, plain) => {
    const word = text.slice(start, end);
    const folded = plain ? word : foldForMatch(word);
    if (folded.length > 0) tokens.push({ key: tokenKey(folded), start, end });
  });
  return tokens;
}

/** The index key of a whole phrase: its token keys joined by spaces. */
function phraseKey(s: string): string {
  return tokenize(s)
    .map((t) => t.key)
    .join(' ');
}

function lettersOf(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Separators allowed between the words of a phrase in the text: spaces, one line break, hyphens, apostrophes, commas, slashes. */
const GAP_CHARACTERS = new Set(" \t\u00a0\r\n-‐‑–—'’,/.&");
/** At most this many separators between two words of a phrase. */
const MAX_GAP = 4;

/** The characters between `from` and `to` separate two words of a phrase (checked in place: no slice). */
function isGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_GAP) return false;
  for (let i = from; i < to; i += 1) if (!GAP_CHARACTERS.has(text[i]!)) return false;
  return true;
}

interface GazetteerIndex {
  ref: Reference;
  byFirstKey: Map<string, Phrase[]>;
  /** Names of the places that need their country, scanned only where no other phrase matched. */
  weakByFirstKey: Map<string, Phrase[]>;
  /** Whole-string keys for the resolvers (include loose aliases and names kept out of free text). */
  countryKeys: Map<string, string>;
  placeKeys: Map<string, PlaceEntry[]>;
  orgKeys: Map<string, string>;
  orgAcronyms: Map<string, string>;
  groupKeys: Map<string, string>;
  groupAcronyms: Map<string, string>;
}

let cachedIndex: GazetteerIndex | undefined;

const NONE: ReadonlySet<string> = new Set();

function buildIndex(): GazetteerIndex {
  const ref = loadReference();
  const byFirstKey = new Map<string, Phrase[]>();
  // Each reference string is tokenised once: its keys feed both the text index and the resolvers' maps.
  const keysOf = (text: string): string[] => tokenize(text).map((t) => t.key);
  const add = (
    keys: string[],
    text: string,
    target: Target,
    priority: number,
    options: { exact?: boolean; codeLike?: boolean; form?: CountryForm; capitalised?: boolean } = {},
  ): void => {
    if (keys.length === 0) return;
    const phrase: Phrase = {
      keys,
      target,
      form: options.form ?? 'name',
      exactSurface: options.exact ? lettersOf(text) : null,
      capitalised: options.capitalised === true && /^\P{Ll}*\p{Lu}/u.test(text),
      codeLike: options.codeLike ?? false,
      priority,
    };
    const list = byFirstKey.get(keys[0]!) ?? [];
    list.push(phrase);
    byFirstKey.set(keys[0]!, list);
  };
  const setOnce = <V>(map: Map<string, V>, key: string, value: V): void => {
    if (!map.has(key)) map.set(key, value);
  };

  const notInTextTerms = new Set(ref.notInTextTerms.map(phraseKey));
  for (const phrase of ref.notCountries) add(keysOf(phrase), phrase, { kind: 'block' }, PRIORITY.block);

  const orgKeys = new Map<string, string>();
  const orgAcronyms = new Map<string, string>();
  for (const org of ref.organisations) {
    const target: Target = { kind: 'org', id: org.id };
    for (const name of [org.name, ...org.aliases]) {
      const keys = keysOf(name);
      // A name that is also an acronym ("ACTED") matches only as the acronym, in capitals: "Acted as ..." is a verb.
      if (!org.acronyms.includes(name)) add(keys, name, target, PRIORITY.org, { capitalised: true });
      setOnce(orgKeys, keys.join(' '), org.id);
    }
    for (const acronym of org.acronyms) {
      add(keysOf(acronym), acronym, target, PRIORITY.org, { exact: true });
      setOnce(orgAcronyms, lettersOf(acronym), org.id);
    }
    for (const loose of org.looseAliases ?? []) setOnce(orgKeys, phraseKey(loose), org.id);
  }

  const countryKeys = new Map<string, string>();
  for (const country of ref.countries) {
    const target: Target = { kind: 'country', iso3: country.iso3 };
    const notInText = new Set(country.notInText.map(phraseKey));
    // Demonyms first: a name spelt like a demonym ("Mexicanos", from "Estados Unidos Mexicanos") is read as the demonym.
    const names: Array<[string, CountryForm]> = [
      ...Object.values(country.demonyms)
        .flat()
        .map((name): [string, CountryForm] => [name, 'demonym']),
      ...[...Object.values(country.names), ...country.aliases].map((name): [string, CountryForm] => [name, 'name']),
    ];
    for (const [name, form] of names) {
      const keys = keysOf(name);
      const key = keys.join(' ');
      setOnce(countryKeys, key, country.iso3);
      if (!notInText.has(key) && !notInTextTerms.has(key)) add(keys, name, target, PRIORITY.country, { form });
    }
    for (const key of notInText) setOnce(countryKeys, key, country.iso3);
    for (const code of country.codes) add(keysOf(code), code, target, PRIORITY.country, { exact: true, codeLike: true, form: 'code' });
  }

  const placeKeys = new Map<string, PlaceEntry[]>();
  // One phrase per name of places that need their country, with every place so named ("Punjab": India's, Pakistan's).
  const weakPhrases = new Map<string, Phrase & { target: { kind: 'weakPlace' } }>();
  for (const place of ref.places) {
    const target: Target = { kind: 'place', id: place.id };
    const priority = place.type === 'region' ? PRIORITY.region : PRIORITY.town;
    for (const [k, name] of [place.name, ...place.aliases].entries()) {
      const keys = keysOf(name);
      const key = keys.join(' ');
      const list = placeKeys.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      placeKeys.set(key, list);
      // k === 0 is the canonical name, kept out of running text when it is a common word.
      if (k === 0 && place.matchName === false) continue;
      if (place.needsCountry !== true) add(keys, name, target, priority, { capitalised: true });
      else if (keys.length > 0) {
        const phrase = weakPhrases.get(key);
        if (!phrase)
          weakPhrases.set(key, {
            keys,
            target: { kind: 'weakPlace', ids: [place.id] },
            form: 'name',
            exactSurface: null,
            codeLike: false,
            capitalised: true,
            priority,
          });
        else if (!phrase.target.ids.includes(place.id)) phrase.target.ids.push(place.id);
      }
    }
  }
  const weakByFirstKey = new Map<string, Phrase[]>();
  for (const phrase of weakPhrases.values()) weakByFirstKey.set(phrase.keys[0]!, [...(weakByFirstKey.get(phrase.keys[0]!) ?? []), phrase]);
  for (const list of weakByFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const groupKeys = new Map<string, string>();
  const groupAcronyms = new Map<string, string>();
  for (const group of ref.stakeholderGroups) {
    const target: Target = { kind: 'group', id: group.id };
    for (const name of [...Object.values(group.names), ...group.aliases]) {
      const keys = keysOf(name);
      add(keys, name, target, PRIORITY.group);
      setOnce(groupKeys, keys.join(' '), group.id);
    }
    for (const acronym of group.acronyms ?? []) {
      add(keysOf(acronym), acronym, target, PRIORITY.group, { exact: true });
      setOnce(groupAcronyms, lettersOf(acronym), group.id);
    }
    for (const loose of group.looseAliases ?? []) setOnce(groupKeys, phraseKey(loose), group.id);
  }

  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length || a.priority - b.priority);
  return { ref, byFirstKey, weakByFirstKey, countryKeys, placeKeys, orgKeys, orgAcronyms, groupKeys, groupAcronyms };
}

function index(): GazetteerIndex {
  cachedIndex ??= buildIndex();
  return cachedIndex;
}

function phraseMatchesAt(text: string, tokens: Token[], at: number, phrase: Phrase): boolean {
  const n = phrase.keys.length;
  if (at + n > tokens.length) return false;
  for (let k = 0; k < n; k += 1) {
    if (tokens[at + k]!.key !== phrase.keys[k]) return false;
    if (k > 0 && !isGap(text, tokens[at + k - 1]!.end, tokens[at + k]!.start)) return false;
  }
  const start = tokens[at]!.start;
  const end = tokens[at + n - 1]!.end;
  if (phrase.exactSurface !== null && lettersOf(text.slice(start, end)) !== phrase.exactSurface) return false;
  if (phrase.codeLike && (text[start - 1] === '/' || text[end] === '/')) return false;
  if (phrase.capitalised && !/\p{Lu}/u.test(firstLetter(text, start, end))) return false;
  if ((phrase.target.kind === 'place' || phrase.target.kind === 'weakPlace') && isAcronymInProse(text, start, end)) return false;
  return true;
}

/**
 * A short place name written in capitals inside a line of ordinary case is an acronym ("What GAO Found", "GAO's leading
 * practices": the Government Accountability Office, not Gao in Mali). A line all in capitals ("RÉGION DE GAO") keeps it.
 */
function isAcronymInProse(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  return /\p{Ll}/u.test(text.slice(lineStart, newline === -1 ? text.length : newline));
}

/** The first letter of text[start, end), or '' ("d'Ivoire" gives "d"). */
function firstLetter(text: string, start: number, end: number): string {
  return /\p{L}/u.exec(text.slice(start, end))?.[0] ?? '';
}

/** The first of `candidates` (longest first) that matches at token `at`. */
function firstMatchingPhrase(text: string, tokens: Token[], at: number, candidates: Phrase[] | undefined): Phrase | undefined {
  if (candidates === undefined) return undefined;
  for (const phrase of candidates) if (phraseMatchesAt(text, tokens, at, phrase)) return phrase;
  return undefined;
}

interface RawMatch {
  target: Target;
  start: number;
  end: number;
  form: CountryForm;
}

/**
 * Every match of a text, in text order. Places that need their country are read in a second
 * pass, on the words no other phrase took: they never hide a country, an organisation or a
 * curated place ("Panamá Oeste" leaves "Panamá" to the country), so adding them changes no
 * other match.
 */
function scan(text: string): RawMatch[] {
  const { byFirstKey, weakByFirstKey } = index();
  const tokens = tokenize(text);
  const matches: RawMatch[] = [];
  const taken = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length;) {
    const found = firstMatchingPhrase(text, tokens, i, byFirstKey.get(tokens[i]!.key));
    if (!found) {
      i += 1;
      continue;
    }
    const end = tokens[i + found.keys.length - 1]!.end;
    matches.push({ target: found.target, start: tokens[i]!.start, end, form: found.form });
    taken.fill(1, i, i + found.keys.length);
    i += found.keys.length;
  }
  let weak = 0;
  for (let i = 0; i < tokens.length;) {
    const candidates = taken[i] ? undefined : weakByFirstKey.get(tokens[i]!.key)?.filter((phrase) => !taken.subarray(i, i + phrase.keys.length).includes(1));
    const found = firstMatchingPhrase(text, tokens, i, candidates);
    if (!found) {
      i += 1;
      continue;
    }
    matches.push({ target: found.target, start: tokens[i]!.start, end: tokens[i + found.keys.length - 1]!.end, form: found.form });
    weak += 1;
    i += found.keys.length;
  }
  return weak > 0 ? matches.sort((a, b) => a.start - b.start) : matches;
}

function countryRefOf(iso3: string, ref: Reference): CountryRef {
  const country = ref.countryByIso3.get(iso3)!;
  return { id: `country:${country.iso3}`, iso3: country.iso3, name: country.names.en };
}

function placeRefOf(place: PlaceEntry, asWritten: string): PlaceRef {
  return { id: place.id, name: place.name, asWritten, region: place.region, country: place.country };
}

function orgRefOf(id: string, asWritten: string, ref: Reference): ActorRef {
  return { id, kind: 'ORGANISATION', name: ref.organisationById.get(id)!.name, asWritten };
}

function groupRefOf(id: string, asWritten: string, ref: Reference): ActorRef {
  return { id, kind: 'STAKEHOLDER_GROUP', name: ref.groupById.get(id)!.names.en, asWritten };
}

/**
 * The country matches of a scan judged in context (mention-context.ts): what each says, the
 * enumeration it belongs to. A bare "Congo" is given its country here.
 */
function judgedCountries(text: string, matches: readonly RawMatch[]): Map<number, JudgedCountry> {
  const candidates: CountryCandidate[] = [];
  for (const m of matches) {
    if (m.target.kind !== 'country') continue;
    const iso3 = m.target.iso3 === 'COG' && foldForMatch(text.slice(m.start, m.end)) === 'congo' ? congoTarget(text, m.start, m.end) : m.target.iso3;
    candidates.push({ iso3, start: m.start, end: m.end, form: m.form });
  }
  // Places that need their country are no evidence about a country match: the judgement stays what it was without them.
  const starts = new Set(matches.filter((m) => m.target.kind !== 'weakPlace').map((m) => m.start));
  return new Map(judgeCountries(text, candidates, starts).map((judged) => [judged.start, judged]));
}

/**
 * Every country match of a text with its judgement: the reason it does not name the country
 * (null when it does), the length of the enumeration it belongs to, whether donors are being
 * listed. For findCountriesConcerned and for tests; findMentionSpans keeps only real mentions.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function findCountryJudgements(text: string): JudgedCountry[] {
  return [...judgedCountries(text, scan(text)).values()];
}

/**
 * The place a name of places that need their country stands for: the one in a concerned country,
 * when exactly one is. None under a landform ("Lake Turkana", "Tana River" the river is the county's own name).
 */
function concernedPlace(text: string, m: RawMatch, ids: readonly string[], concerned: ReadonlySet<string>): string | null {
  const { placeById } = index().ref;
  const inConcerned = ids.filter((id) => concerned.has(placeById.get(id)!.country));
  if (inConcerned.length !== 1 || namesLandform(text, m.start, m.end) || endsLongerName(text, m.start)) return null;
  return inConcerned[0]!;
}

/**
 * A capitalised word within a sentence right before a name ends a longer name with it ("Public Health England"),
 * unless it is a point of the compass ("Northern Turkana") or a possessive ("Kenya's Turkana"). A sentence's first
 * word ("In Turkana", "Later Lakes State") opens no name.
 */
function endsLongerName(text: string, start: number): boolean {
  const before = /(^|[^\s])?(\s*)(\p{Lu}[\p{L}’'-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (!before) return false;
  const word = before[3]!;
  const sentenceStart = before[1] === undefined || before[1] === '' || /[.!?:;•*#|(\-–—"“«]$/.test(before[1]) || /\n/.test(before[2]!);
  return (
    !sentenceStart &&
    !/['’]s?$/.test(word) &&
    !/^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|nord|sud|est|ouest|norte|sur|este|oeste|centre|centro)$/i.test(
      word,
    )
  );
}

/**
 * Every gazetteer match in a text, in text order, with offsets (duplicates kept). For
 * callers that need positions; `findMentions` is the deduplicated view. Country matches that
 * do not name the country in context (a meeting, a first name, a lake, an address, a series of
 * dozens of countries: see mention-context.ts) are left out. A place that needs its country
 * (`needsCountry`) is kept only when its country is concerned: named in this text or among
 * `concerned` (ISO3: the document's countries, for a part of it).
 */
export function findMentionSpans(text: string, concerned: ReadonlySet<string> = NONE): MentionSpan[] {
  const spans: MentionSpan[] = [];
  const matches = scan(text);
  const countries = judgedCountries(text, matches);
  const named = (judged: JudgedCountry): boolean => judged.drop === null && judged.listLength < LONG_LIST;
  let concernedHere: Set<string> | undefined;
  for (const m of matches) {
    if (m.target.kind === 'weakPlace') {
      concernedHere ??= new Set([...concerned, ...[...countries.values()].filter(named).map((judged) => judged.iso3)]);
      const id = concernedPlace(text, m, m.target.ids, concernedHere);
      if (id === null) continue;
      m.target = { kind: 'place', id };
    }
    if (m.target.kind === 'country') {
      const judged = countries.get(m.start)!;
      if (!named(judged)) continue;
      if (judged.iso3 !== m.target.iso3) m.target = { kind: 'country', iso3: judged.iso3 };
    }
    // Spelling, not position: a name broken over lines reads as one line.
    const asWritten = collapseWhiteSpace(text.slice(m.start, m.end));
    const base = { start: m.start, end: m.end, asWritten };
    switch (m.target.kind) {
      case 'country':
        spans.push({ kind: 'country', id: `country:${m.target.iso3}`, ...base });
        break;
      case 'place':
        spans.push({ kind: 'place', id: m.target.id, ...base });
        break;
      case 'org':
        spans.push({ kind: 'organisation', id: m.target.id, ...base });
        break;
      case 'group':
        spans.push({ kind: 'stakeholderGroup', id: m.target.id, ...base });
        break;
      case 'block':
        break;
    }
  }
  return spans;
}

/**
 * The acronyms a document defines as something else than what the gazetteer knows them for
 * ("Unidades Ejecutoras (UE)" is not the European Union; "Organización Internacional del Trabajo
 * (OIT)" is the ILO): their matches name nothing anywhere in that document, even where it uses the
 * acronym in its usual sense.
 */
export function redefinedAcronyms(acronyms: ReadonlyArray<{ acronym: string; expansion: string }>): Set<string> {
  const redefined = new Set<string>();
  for (const { acronym, expansion } of acronyms) {
    const known = findMentionSpans(acronym).find((span) => span.asWritten === acronym);
    // An expansion that names anything the gazetteer knows may be the same thing in another spelling
    // ("United Nations Development Program", "Haut Commissariat pour les réfugiés"): only one that names
    // nothing known redefines the acronym.
    if (known && spelledOut(acronym, expansion) && findMentionSpans(expansion).length === 0) redefined.add(acronym);
  }
  return redefined;
}

const SMALL_WORDS = new Set('de des du la le les l d del los las y e et and of the for pour para en a au aux'.split(' '));

/** The expansion spells the acronym out, word by word ("Unidades Ejecutoras" for UE, "Rapport des coûts des activités" for RCA). */
function spelledOut(acronym: string, expansion: string): boolean {
  const letters = acronym.replace(/s$/, '').toUpperCase();
  const words = foldForMatch(expansion)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const initials = (list: string[]) => list.map((word) => word[0]!.toUpperCase()).join('');
  return letters === initials(words) || letters === initials(words.filter((word) => !SMALL_WORDS.has(word)));
}

/**
 * Countries (names in English, French and Spanish, aliases, demonyms), places,
 * organisations (names, aliases, acronyms) and stakeholder groups named in a text. Each
 * list is deduplicated by id in order of first appearance; `asWritten` is the first spelling.
 * `redefined`: acronyms the document defines otherwise (redefinedAcronyms), matched as nothing.
 * `concerned`: ISO3 of the countries the whole document concerns, for a part of it (an insight)
 * that names a subdivision without its country (see findMentionSpans).
 */
export function findMentions(text: string, redefined: ReadonlySet<string> = NONE, concerned: ReadonlySet<string> = NONE): Mentions {
  const ref = index().ref;
  const mentions: Mentions = { countries: [], places: [], organisations: [], stakeholderGroups: [] };
  const seen = new Set<string>();
  for (const span of findMentionSpans(text, concerned)) {
    if (seen.has(span.id) || redefined.has(span.asWritten)) continue;
    seen.add(span.id);
    switch (span.kind) {
      case 'country':
        mentions.countries.push(countryRefOf(span.id.slice('country:'.length), ref));
        break;
      case 'place':
        mentions.places.push(placeRefOf(ref.placeById.get(span.id)!, span.asWritten));
        break;
      case 'organisation':
        mentions.organisations.push(orgRefOf(span.id, span.asWritten, ref));
        break;
      case 'stakeholderGroup':
        mentions.stakeholderGroups.push(groupRefOf(span.id, span.asWritten, ref));
        break;
    }
  }
  return mentions;
}

/** Trims white space and trailing punctuation ("ILO.", "Collectivités :"). */
function cleanLabel(name: string): string {
  return name
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.,;:]+$/u, '')
    .trim();
}

/** The phrase key without leading articles: "l'OIT" -> "oit", "la Mauritanie" -> "mauritanie". */
function keyWithoutArticles(s: string): string {
  const keys = tokenize(s).map((t) => t.key);
  while (keys.length > 1 && LEADING_ARTICLES.has(keys[0]!)) keys.shift();
  return keys.join(' ');
}

/** Letters before `offset` that are not articles or punctuation, i.e. real words ahead of a match. */
function hasWordsBefore(s: string, offset: number): boolean {
  return tokenize(s.slice(0, offset)).some((t) => !LEADING_ARTICLES.has(t.key));
}

function knownOrganisation(label: string): string | null {
  const idx = index();
  const byKey = idx.orgKeys.get(phraseKey(label)) ?? idx.orgKeys.get(keyWithoutArticles(label));
  if (byKey) return byKey;
  const letters = lettersOf(label);
  // A label is already known to name an actor, so acronyms of 3+ letters may differ in case ("Asi").
  const byAcronym = idx.orgAcronyms.get(letters) ?? (letters.length >= 3 ? idx.orgAcronyms.get(letters.toUpperCase()) : undefined);
  if (byAcronym) return byAcronym;
  // "OIT / BIT", "ILO - BIT": every part names the same organisation.
  const parts = label.split(/\s*[/,]\s*|\s+-\s+/).filter((p) => p.trim().length > 0);
  if (parts.length > 1) {
    const ids = parts.map((p) => idx.orgKeys.get(keyWithoutArticles(p)) ?? idx.orgAcronyms.get(lettersOf(p).toUpperCase()) ?? null);
    if (ids.every((id) => id !== null && id === ids[0])) return ids[0]!;
  }
  return null;
}

function knownGroup(label: string): string | null {
  const idx = index();
  return idx.groupKeys.get(phraseKey(label)) ?? idx.groupKeys.get(keyWithoutArticles(label)) ?? idx.groupAcronyms.get(lettersOf(label)) ?? null;
}

/**
 * The first match of a kind when it opens the label (only articles before it). With
 * `whole`, the match must also end the label: "Ministère de la Justice" names a ministry,
 * not the group of all ministries.
 */
function leadingMatch(label: string, kind: 'org' | 'group', whole = false): { id: string; asWritten: string } | null {
  const first = scan(label).find((m) => m.target.kind !== 'block' && m.target.kind !== 'weakPlace');
  if (!first || first.target.kind !== kind || hasWordsBefore(label, first.start)) return null;
  if (whole && tokenize(label.slice(first.end)).length > 0) return null;
  return { id: first.target.id, asWritten: label.slice(first.start, first.end) };
}

/** "Government of Niger", "Gouvernement du Mali", "gobierno mauritano", "Malian Government". */
const GOVERNMENT_OF = /^(?:(?:the|le|el) )?(?:government|gouvernement|gobierno)(?: (?:of|du|de la|de l'|des|del|de))? (.+)$/;
const DEMONYM_GOVERNMENT = /^(?:the )?(\S+) government$/;

/**
 * The government of a country named in a label, as one organisation whatever the language:
 * "Government of Niger", "Gouvernement du Niger", "Gobierno de Níger", "gouvernement
 * nigérien" all give `org:government-of-niger`, "Government of Niger" (the id an English
 * label already derives, so English documents keep their ids). Null when the label is not a
 * government of a known country. Not applied by resolveActor/resolveOrganisation: callers
 * that want governments unified across languages call it first.
 */
export function resolveGovernment(name: string): ActorRef | null {
  const asWritten = name.trim();
  const label = cleanLabel(name);
  const folded = foldForMatch(label);
  const countryPart = GOVERNMENT_OF.exec(folded)?.[1] ?? DEMONYM_GOVERNMENT.exec(folded)?.[1];
  if (countryPart === undefined) return null;
  const { ref, countryKeys } = index();
  const iso3 = countryKeys.get(phraseKey(countryPart)) ?? countryKeys.get(keyWithoutArticles(countryPart));
  if (!iso3) return null;
  const countryName = ref.countryByIso3.get(iso3)!.names.en;
  return { id: `org:${slugify(`Government of ${countryName}`)}`, kind: 'ORGANISATION', name: `Government of ${countryName}`, asWritten };
}

function derivedOrganisation(label: string, asWritten: string): ActorRef {
  const slug = slugify(label);
  if (slug.length === 0) throw new AppError('BAD_INPUT', `cannot derive an organisation id from "${asWritten}": it has no letters or digits`);
  return { id: `org:${slug}`, kind: 'ORGANISATION', name: label, asWritten };
}

/**
 * An organisation from its name, alias or acronym in any language ("BIT/OIT", "OIT",
 * "Anti-Slavery International", a donor field such as "Département de la démocratie, des
 * droits de l'homme et du travail (DRL) du Département d'Etat américain (USDOS), USD ..."
 * gives the organisation it opens with). Unknown names give an ORGANISATION with id
 * `org:<slug of the name>`. Throws AppError BAD_INPUT for a name without letters or digits.
 */
export function resolveOrganisation(name: string): ActorRef {
  const ref = index().ref;
  const asWritten = name.trim();
  const label = cleanLabel(name);
  const known = knownOrganisation(label);
  if (known) return orgRefOf(known, asWritten, ref);
  const leading = leadingMatch(label, 'org');
  if (leading) return orgRefOf(leading.id, asWritten, ref);
  return derivedOrganisation(label, asWritten);
}

/**
 * An actor from a label that names one (a recommendation's addressee, a partner): a known
 * organisation, else a known stakeholder group ("Collectivités" -> local authorities,
 * "Personnes victimes de l'esclavage" -> victims of slavery), else an ORGANISATION derived
 * from the name. Throws AppError BAD_INPUT for a label without letters or digits.
 */
export function resolveActor(name: string): ActorRef {
  const ref = index().ref;
  const asWritten = name.trim();
  const label = cleanLabel(name);
  const org = knownOrganisation(label);
  if (org) return orgRefOf(org, asWritten, ref);
  const group = knownGroup(label);
  if (group) return groupRefOf(group, asWritten, ref);
  const leadingOrg = leadingMatch(label, 'org');
  if (leadingOrg) return orgRefOf(leadingOrg.id, asWritten, ref);
  const leadingGroup = leadingMatch(label, 'group', true);
  if (leadingGroup) return groupRefOf(leadingGroup.id, asWritten, ref);
  return derivedOrganisation(label, asWritten);
}

/**
 * A person from a name as written: the name normalised ("ABDOURAHAMANE H. TOURE" ->
 * "Abdourahamane H. Toure"), id `person:<slug>`. Throws AppError BAD_INPUT for a name
 * without letters.
 */
export function resolvePerson(name: string): ActorRef {
  const normalised = normaliseName(name);
  const slug = slugify(normalised);
  if (!/\p{L}/u.test(normalised) || slug.length === 0) throw new AppError('BAD_INPUT', `"${name.trim()}" is not a person's name: it has no letters`);
  return { id: `person:${slug}`, kind: 'PERSON', name: normalised, asWritten: name.trim() };
}

/**
 * A country from an ISO 3166-1 code (alpha-2 or alpha-3, any case) or a name, alias or
 * demonym in English, French or Spanish, any case ("MALI", "ml", "Mauritanie", "Níger",
 * "malien"). A longer string that names exactly one country ("République du Mali (MLI)")
 * gives that country. Null when nothing or several countries match.
 */
export function resolveCountry(nameOrCode: string): CountryRef | null {
  const { ref, countryKeys } = index();
  const s = nameOrCode.trim();
  if (/^[A-Za-z]{2}$/.test(s)) {
    const byIso2 = ref.countries.find((c) => c.iso2 === s.toUpperCase());
    if (byIso2) return countryRefOf(byIso2.iso3, ref);
  }
  if (/^[A-Za-z]{3}$/.test(s) && ref.countryByIso3.has(s.toUpperCase())) return countryRefOf(s.toUpperCase(), ref);
  const iso3 = countryKeys.get(phraseKey(s)) ?? countryKeys.get(keyWithoutArticles(s));
  if (iso3) return countryRefOf(iso3, ref);
  const found = new Set(scan(s).flatMap((m) => (m.target.kind === 'country' ? [m.target.iso3] : [])));
  if (found.size === 1) return countryRefOf([...found][0]!, ref);
  return null;
}

const TYPE_PREFERENCE: Record<PlaceType, number> = { town: 0, commune: 1, region: 2 };

/**
 * A place from its name or a spelling variant ("Andaraboukane", "Menaka", "région de
 * Tombouctou"), optionally restricted to a country (ISO3). A name shared by a town and its
 * region gives the town. `asWritten` is the name as given. Null when unknown.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function resolvePlace(name: string, countryIso3?: string): PlaceRef | null {
  const { ref, placeKeys } = index();
  const asWritten = name.trim();
  const country = countryIso3?.toUpperCase();
  const inCountry = (p: PlaceEntry): boolean => country === undefined || p.country === country;
  const candidates = (placeKeys.get(phraseKey(asWritten)) ?? placeKeys.get(keyWithoutArticles(asWritten)) ?? []).filter(inCountry);
  if (candidates.length > 0) {
    const best = [...candidates].sort((a, b) => TYPE_PREFERENCE[a.type] - TYPE_PREFERENCE[b.type])[0]!;
    return placeRefOf(best, asWritten);
  }
  for (const m of scan(asWritten)) {
    if (m.target.kind !== 'place') continue;
    const place = ref.placeById.get(m.target.id)!;
    if (inCountry(place)) return placeRefOf(place, asWritten);
  }
  return null;
}

/**
 * ISO3 codes of the countries sharing a land border with `iso3` (any case); [] if unknown.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function countryNeighbours(iso3: string): string[] {
  return [...(index().ref.countryByIso3.get(iso3.toUpperCase())?.borders ?? [])];
}

/** The reference entry of a place id (type, aliases, ...), or undefined if the id is not in reference data. */
export function placeEntry(id: string): PlaceEntry | undefined {
  return index().ref.placeById.get(id);
}

/** Enumerations of this many countries or more are series, not the places of the work. */
const CONCERN_LIST = 4;

/** "in", "au", "en", "dans": a mention that places something in a country. */
const LOCATIVE = /\b(?:in|au|aux|en|dans|a|à|across|throughout|within|inside)\s+(?:the\s+|le\s+|la\s+|l'|el\s+)?$/i;

/** Per country: precise mentions (places counted for their country) and locative ones. */
interface CountryEvidence {
  mentions: number;
  locative: number;
  /** Mentions of the country by its name or of one of its regions (the rest name its towns). */
  named: number;
  /** Mentions by its name ("Denmark"), not its demonym ("Danish") nor its places. */
  byName: number;
}

/**
 * The evidence of each country in a text: its precise mentions (countries and the places in
 * it), leaving out what does not say the work is there: matches the context rules drop,
 * enumerations of several countries (a series, a comparison) and lists of donors.
 */
function countryEvidence(text: string, matches: readonly RawMatch[], judged: ReadonlyMap<number, JudgedCountry>): Map<string, CountryEvidence> {
  const evidence = new Map<string, CountryEvidence>();
  // Only a country named after "in" counts as locative: "a summit in Ouagadougou" is a meeting place.
  const add = (iso3: string, start: number, isCountry: boolean, isRegion = false, form?: CountryForm): void => {
    const entry = evidence.get(iso3) ?? { mentions: 0, locative: 0, named: 0, byName: 0 };
    entry.mentions += 1;
    if (isCountry || isRegion) entry.named += 1;
    if (form === 'name') entry.byName += 1;
    if (isCountry && LOCATIVE.test(text.slice(Math.max(0, start - 20), start))) entry.locative += 1;
    evidence.set(iso3, entry);
  };
  for (const country of judged.values()) {
    // "In Cameroon and Rwanda": the preposition before an enumeration places each of its countries.
    if (country.drop === null && country.listLength < CONCERN_LIST && !country.donor) add(country.iso3, country.listStart, true, false, country.form);
  }
  const { ref } = index();
  // Places that need their country (kind 'weakPlace') never count: they say nothing a country mention did not.
  for (const m of matches) {
    if (m.target.kind !== 'place') continue;
    const place = ref.placeById.get(m.target.id);
    if (place) add(place.country, m.start, false, place.type === 'region');
  }
  return evidence;
}

/**
 * The countries of the one series a text names when it names no country otherwise: a synthesis of "seven country
 * programme evaluations (India, Kyrgyzstan, Myanmar, Romania, Rwanda, Senegal and Thailand)". Two different series
 * (a comparison beside the work's own list) say nothing certain: none then. Within a region a title names ("in the
 * MENA region"), every series of its countries lists the project's countries ("across Algeria, Egypt, …"). Donor lists
 * and long series are no such list.
 */
function seriesCountries(countries: ReadonlyMap<number, JudgedCountry>, region: WorldRegion | null): string[] {
  const { ref } = index();
  const series = new Map<number, string[]>();
  for (const judged of countries.values()) {
    if (judged.drop !== null || judged.donor || judged.listLength < CONCERN_LIST || judged.listLength >= LONG_LIST) continue;
    const country = ref.countryByIso3.get(judged.iso3);
    if (region !== null && (country === undefined || !region.contains(country))) continue;
    const members = series.get(judged.listStart) ?? [];
    if (!members.includes(judged.iso3)) members.push(judged.iso3);
    series.set(judged.listStart, members);
  }
  if (region !== null) return [...new Set([...series.values()].flat())];
  const distinct = new Set([...series.values()].map((members) => [...members].sort().join(' ')));
  return distinct.size === 1 ? [...series.values()][0]! : [];
}

/**
 * Members of the OECD's Development Assistance Committee: in a development evaluation's title their demonym ("Evaluation
 * of the Australian Volunteers Program") names the donor, unless the text is about that country itself.
 */
const DAC_MEMBERS = new Set(
  'AUS AUT BEL CAN CHE CZE DEU DNK ESP EST FIN FRA GBR GRC HUN IRL ISL ITA JPN KOR LTU LUX NLD NOR NZL POL PRT SVK SVN SWE USA'.split(' '),
);

/**
 * Countries of a title (or any short text): the countries it names and the countries of the places it names.
 * A donor's demonym (« Évaluation de la Coopération belge », "Swiss support to …") names whose aid it is, not where:
 * left out. `donorDemonyms` holds the countries the title names only by the demonym of a donor ("Australian Volunteers
 * Program"), which the caller weighs against the text.
 */
function countriesOfTitle(title: string): { countries: CountryRef[]; donorDemonyms: Set<string> } {
  const { ref } = index();
  const mentions = findMentions(title);
  const judged = [...judgedCountries(title, scan(title)).values()];
  const matchesOf = (iso3: string): JudgedCountry[] => judged.filter((item) => item.iso3 === iso3);
  const onlyDonor = (iso3: string): boolean => matchesOf(iso3).length > 0 && matchesOf(iso3).every((item) => item.donor);
  const donorDemonyms = new Set(
    mentions.countries
      .map((country) => country.iso3)
      .filter((iso3) => DAC_MEMBERS.has(iso3) && matchesOf(iso3).length > 0 && matchesOf(iso3).every((item) => item.form === 'demonym')),
  );
  const fromPlaces = mentions.places.map((place) => countryRefOf(place.country, ref));
  return {
    countries: uniqueBy([...mentions.countries.filter((country) => !onlyDonor(country.iso3)), ...fromPlaces], (item) => item.id),
    donorDemonyms,
  };
}

/** What findCountriesConcerned reads of a document's metadata (extract-metadata's DocumentMetadata has it). */
export interface TitleEvidence {
  evaluation: Pick<Partial<EvaluationRecord>, 'title'>;
  project: Pick<Partial<ProjectRecord>, 'title' | 'countries' | 'code'>;
  /** The document's own title, when the evaluation's is unknown. */
  documentTitle?: string;
}

/**
 * The evaluation's own countries, kept apart from the countries it merely mentions:
 * 1. the countries its box states ("Country(ies)", "Countries covered", "Pays", "País", a host
 *    National Society, a `[[country:…]]` tag) and the countries its title names (a place in the
 *    title counts for its country: "Gobierno del Estado de Zacatecas"; a cross-border area for
 *    all of its countries: "Liptako-Gourma"), and the country an ILO project code opens with ("BEN/19/02/EU");
 * 2. when neither names one, the countries that dominate its text: precise mentions only (no
 *    meeting, first name, lake, address, series of countries or donor list), the most mentioned
 *    country first, then those mentioned at least a quarter as often; when the title names a
 *    world region ("African Model Forest Initiative"), only countries of that region, down to a
 *    few mentions each (a funder's home country outside the region is not concerned); a country known
 *    only from one town named once is not one of them; a short text's countries named as often as the first
 *    are all concerned; a text that names countries only in one series concerns that series' countries;
 * 3. a donor's demonym in the title ("Australian Volunteers Program") concerns its country only when the text is
 *    about that country or names no other.
 * `outline` is the extractor's outline (unused for now: the text carries the dialect's structure).
 * In order of evidence; empty when the text names no country.
 */
export function findCountriesConcerned(text: string, _outline: unknown, metadata: TitleEvidence): CountryRef[] {
  const stated = metadata.project.countries ?? [];
  const title = [metadata.evaluation.title ?? metadata.documentTitle, metadata.project.title].filter((part): part is string => Boolean(part)).join('\n');
  const { countries: titleCountries, donorDemonyms } = title ? countriesOfTitle(title) : { countries: [], donorDemonyms: new Set<string>() };
  const { ref } = index();
  const region = title ? regionOfTitle(title) : null;
  // "Liptako-Gourma" in a title names its three countries.
  const fromArea = (region?.countries ?? []).map((iso3) => countryRefOf(iso3, ref));
  // An ILO project code opens with its country ("BEN/19/02/EU"; "RAF/…", "GLO/…" are regions, no country).
  const coded = /^([A-Z]{3})\/\d{2}\/\d{2,3}\/[A-Z]{2,5}$/.exec(metadata.project.code ?? '')?.[1];
  const fromCode = coded && ref.countryByIso3.has(coded) ? [countryRefOf(coded, ref)] : [];
  const fromTitle = titleCountries.filter((country) => !donorDemonyms.has(country.iso3));
  if (stated.length > 0 || fromTitle.length > 0 || fromArea.length > 0) return uniqueBy([...stated, ...fromTitle, ...fromArea, ...fromCode], (item) => item.id);

  const matches = scan(text);
  const judged = judgedCountries(text, matches);
  const evidence = countryEvidence(text, matches, judged);
  const fromText = countriesOfText(evidence, judged, region, donorDemonyms);
  const donors = titleCountries.filter((country) => donorDemonyms.has(country.iso3));
  // A donor's demonym in the title ("the Australian Volunteers Program") stands when the text is about that country
  // (a domestic evaluation names it throughout: "Justice Canada", "Government of Canada") or names no other; the
  // title's own demonym, repeated in the text, is no such evidence.
  const topOther = Math.max(0, ...fromText.map((country) => evidence.get(country.iso3)?.mentions ?? 0));
  const aboutDonor = donors.some((country) => (evidence.get(country.iso3)?.byName ?? 0) >= Math.max(3, topOther));
  if (donors.length > 0 && aboutDonor) return uniqueBy([...fromCode, ...donors, ...countriesOfText(evidence, judged, region, new Set())], (item) => item.id);
  if (donors.length > 0 && fromText.length === 0) return uniqueBy([...fromCode, ...donors], (item) => item.id);
  return uniqueBy([...fromCode, ...fromText], (item) => item.id);
}

/**
 * The countries that dominate a text (findCountriesConcerned's second step), leaving `excluded` out: the most mentioned
 * first, then those mentioned at least a quarter as often or as often and placed like the first; within a title's
 * region, down to a few mentions each; the one series the text names when it names no country otherwise.
 */
function countriesOfText(
  evidence: ReadonlyMap<string, CountryEvidence>,
  judged: ReadonlyMap<number, JudgedCountry>,
  region: WorldRegion | null,
  excluded: ReadonlySet<string>,
): CountryRef[] {
  const { ref } = index();
  const ranked = [...evidence.entries()]
    .filter(([iso3]) => {
      const country = ref.countryByIso3.get(iso3);
      return country !== undefined && !excluded.has(iso3) && (region === null || region.contains(country));
    })
    // One town named once ("Position Paper, Geneva, March 2021"): where the report was signed, not where the work was.
    .filter(([, entry]) => entry.named > 0 || entry.mentions >= 2)
    .sort((a, b) => b[1].mentions - a[1].mentions || b[1].locative - a[1].locative);
  const series = (): CountryRef[] =>
    seriesCountries(judged, region)
      .filter((iso3) => !excluded.has(iso3))
      .map((iso3) => countryRefOf(iso3, ref));
  if (ranked.length === 0) return series();
  const first = ranked[0]![1];
  const top = first.mentions;
  const floor = region ? Math.max(2, top * 0.08) : Math.max(3, top * 0.25);
  // "au Cap-Vert, au Laos et au Vietnam", each named as often as the first and placed like it; or a short text naming
  // each of its countries once or twice ("in South Sudan … and Lao PDR"): all are where the work was.
  const tiedWithFirst = (entry: CountryEvidence): boolean => entry.mentions === top && (top <= 2 || (first.locative > 0 && entry.locative > 0));
  const kept = ranked.filter(([, entry], rank) => rank === 0 || entry.mentions >= floor || tiedWithFirst(entry) || (region !== null && entry.locative > 0));
  const fromRanking = kept.map(([iso3]) => countryRefOf(iso3, ref));
  return region === null ? fromRanking : uniqueBy([...fromRanking, ...series()], (item) => item.id);
}
