import type { Meilisearch } from 'meilisearch';
import type { ResolvedInsightFilter } from '../model/filters.js';
import { isIndexNotFound } from './client.js';
import { toSearchEngineError } from './meilisearch-query.js';
import { CANONICAL_FILTER, toIndexedProfile, type CandidateRequest, type IndexedProfile } from './search-comparable.js';
import type { InsightSearchDocument } from './to-search-documents.js';

/**
 * Comparable practices' candidates from memory: the profiles of every canonical insight of the
 * `insights` index (themes, countries, named actors, precomputed terms, and what filters read),
 * loaded once per state of the index, with inverted lists by theme, actor, country, project and
 * term. A request then costs no Meilisearch search: the rarity of themes and actors is the
 * length of their lists, the candidates sharing something are read off the lists, and the
 * candidates by text come from the term lists ranked by rarity.
 *
 * A snapshot is used only while the index is in the state it was read in (its `updatedAt`,
 * read before and after the load); otherwise the caller takes its candidates from the index
 * (search-comparable.ts), and a reload starts in the background. A small library (at most
 * AWAITED_LOAD_LIMIT canonical insights) is reloaded before answering, so what one sees does
 * not depend on a reload's timing. A library of more than COMPARABLE_PROFILES_MAX canonical
 * insights is not held at all (memory: ≈ 3.7 KB per profile), and 0 turns the store off.
 */

/** What a profile carries besides IndexedProfile: what filters read. */
export interface StoredProfile extends IndexedProfile {
  kind: string;
  year: number | null;
  /** The index's `actors` (named, addressed and donors), which the actor filter reads. */
  filterActors: string[];
  /** The languages of its group of equivalent insights, which the language filter reads (toCanonicalFilter). */
  filterLanguages: string[];
}

interface Snapshot {
  updatedAt: string;
  /** Most recent first (a missing year last), then by id: the order candidates are taken in. */
  profiles: StoredProfile[];
  byId: Map<string, number>;
  byTheme: Map<string, number[]>;
  byActor: Map<string, number[]>;
  /** `country:ISO3` */
  byCountry: Map<string, number[]>;
  byProject: Map<string, number[]>;
  byTerm: Map<string, number[]>;
  memo: StateMemo;
}

/**
 * What comparable practices learn from the graph that only a write could change, kept as long
 * as this state of the library (any write to the index makes a new one).
 */
export interface StateMemo {
  /** Readable names by id (themes, countries, actors); null for an id the graph does not know. */
  names: Map<string, string | null>;
  /** Neighbouring countries by the set of countries they border (ids sorted, joined by spaces). */
  borders: Map<string, Array<{ id: string; name: string }>>;
}

/** Libraries up to this many canonical insights are (re)loaded before a request is answered: well under a second. */
export const AWAITED_LOAD_LIMIT = 20_000;
/** Documents read per request of a load: one page's JSON is parsed in a few milliseconds, so a load never holds the event loop long. */
const PAGE = 1_000;
/** A reload that failed or went stale is not retried sooner than this. */
const RELOAD_PAUSE_MS = 2_000;

const FIELDS = [
  'graphId',
  'evaluationId',
  'projectId',
  'kind',
  'year',
  'language',
  'themes',
  'countries',
  'namedActors',
  'actors',
  'donors',
  'terms',
  'groupLanguages',
] as const;
type StoredDocument = Pick<InsightSearchDocument, (typeof FIELDS)[number]>;

class ProfileStore {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot | null> | null = null;
  private lastAttempt = 0;
  /** The number of canonical insights, for the state of the index it was counted in. */
  private counted: { updatedAt: string; count: number } | null = null;
  /** Most profiles held (COMPARABLE_PROFILES_MAX); a larger library is answered from the index. */
  maxProfiles: number;

  constructor(
    private readonly search: Meilisearch,
    private readonly indexUid: string,
    maxProfiles: number,
  ) {
    this.maxProfiles = maxProfiles;
  }

  /** The snapshot of the index as it is now, or null (the caller asks the index). */
  async fresh(): Promise<Snapshot | null> {
    if (this.maxProfiles === 0) return null;
    const updatedAt = await this.updatedAt();
    if (updatedAt === null) return null;
    if (this.snapshot?.updatedAt === updatedAt) return this.snapshot;
    const count = await this.canonicalCount(updatedAt);
    if (count > this.maxProfiles) {
      // Too many to hold: the memory of an older, smaller state goes too.
      this.snapshot = null;
      return null;
    }
    const small = count <= AWAITED_LOAD_LIMIT;
    if (!small && !this.loading && Date.now() - this.lastAttempt < RELOAD_PAUSE_MS) return null;
    const load = this.reload();
    if (!small) return null;
    const loaded = await load;
    return loaded?.updatedAt === updatedAt ? loaded : null;
  }

  /**
   * The snapshot held now, which may be of an earlier state of the index, with the answer to
   * whether it is still the index's state (rejects as `fresh` does when Meilisearch fails).
   */
  held(): { snapshot: Snapshot; fresh: Promise<boolean> } | null {
    const snapshot = this.snapshot;
    if (snapshot === null || this.maxProfiles === 0 || snapshot.profiles.length > this.maxProfiles) return null;
    return { snapshot, fresh: this.updatedAt().then((updatedAt) => updatedAt === snapshot.updatedAt) };
  }

  /** Starts a load unless one runs; resolves with the store's snapshot after it. */
  reload(): Promise<Snapshot | null> {
    this.loading ??= this.load()
      .then((snapshot) => {
        if (snapshot) this.snapshot = snapshot;
        return this.snapshot;
      })
      .finally(() => {
        this.lastAttempt = Date.now();
        this.loading = null;
      });
    return this.loading;
  }

  private async updatedAt(): Promise<string | null> {
    try {
      return String((await this.search.getRawIndex(this.indexUid)).updatedAt);
    } catch (error) {
      if (isIndexNotFound(error)) return null;
      throw toSearchEngineError(error);
    }
  }

  private async canonicalCount(updatedAt: string): Promise<number> {
    if (this.counted?.updatedAt === updatedAt) return this.counted.count;
    const page = await this.search.index(this.indexUid).getDocuments({ filter: CANONICAL_FILTER, fields: ['graphId'], limit: 1 });
    this.counted = { updatedAt, count: page.total };
    return page.total;
  }

  /** Reads every canonical insight's profile; null when the index changed meanwhile. */
  private async load(): Promise<Snapshot | null> {
    if (this.maxProfiles === 0) return null;
    const before = await this.updatedAt();
    if (before === null) return null;
    if ((await this.canonicalCount(before)) > this.maxProfiles) return null;
    const strings = new Map<string, string>();
    const intern = (value: string) => {
      const known = strings.get(value);
      if (known !== undefined) return known;
      strings.set(value, value);
      return value;
    };
    const internAll = (values: readonly string[] | undefined) => (values ?? []).map(intern);
    // A handful of distinct language lists ("en", "en fr", ...): one array each, shared.
    const languageLists = new Map<string, string[]>();
    const languageList = (languages: readonly string[]) => {
      const key = languages.join(' ');
      let list = languageLists.get(key);
      if (list === undefined) languageLists.set(key, (list = internAll(languages)));
      return list;
    };
    const profiles: StoredProfile[] = [];
    const index = this.search.index<StoredDocument>(this.indexUid);
    for (let offset = 0; ; offset += PAGE) {
      const page = await index.getDocuments<StoredDocument>({ filter: CANONICAL_FILTER, fields: [...FIELDS], limit: PAGE, offset });
      for (const document of page.results) {
        const profile = toIndexedProfile(document);
        profiles.push({
          id: profile.id,
          evaluationId: intern(profile.evaluationId),
          projectId: profile.projectId === null ? null : intern(profile.projectId),
          text: '',
          language: profile.language === null ? null : intern(profile.language),
          themes: internAll(profile.themes),
          countries: internAll(profile.countries),
          actors: internAll(profile.actors),
          terms: internAll(profile.terms),
          kind: intern(document.kind),
          year: typeof document.year === 'number' ? document.year : null,
          filterActors: internAll(document.actors),
          // Documents indexed before `groupLanguages` existed: the insight's own language.
          filterLanguages: languageList(document.groupLanguages ?? (profile.language === null ? [] : [profile.language])),
        });
      }
      if (page.results.length < PAGE) break;
    }
    if ((await this.updatedAt()) !== before) return null;
    profiles.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const snapshot: Snapshot = {
      updatedAt: before,
      profiles,
      byId: new Map(),
      byTheme: new Map(),
      byActor: new Map(),
      byCountry: new Map(),
      byProject: new Map(),
      byTerm: new Map(),
      memo: { names: new Map(), borders: new Map() },
    };
    const post = (lists: Map<string, number[]>, key: string, ordinal: number) => {
      const list = lists.get(key);
      if (list === undefined) lists.set(key, [ordinal]);
      else if (list[list.length - 1] !== ordinal) list.push(ordinal);
    };
    profiles.forEach((profile, ordinal) => {
      snapshot.byId.set(profile.id, ordinal);
      for (const theme of profile.themes) post(snapshot.byTheme, theme, ordinal);
      for (const actor of profile.actors) post(snapshot.byActor, actor, ordinal);
      for (const country of profile.countries) post(snapshot.byCountry, country, ordinal);
      if (profile.projectId !== null) post(snapshot.byProject, profile.projectId, ordinal);
      for (const term of new Set(profile.terms)) post(snapshot.byTerm, term, ordinal);
    });
    return snapshot;
  }
}

const stores = new WeakMap<Meilisearch, Map<string, ProfileStore>>();

function storeOf(search: Meilisearch, indexUid: string, maxProfiles: number): ProfileStore {
  const byIndex = stores.get(search) ?? new Map<string, ProfileStore>();
  stores.set(search, byIndex);
  let store = byIndex.get(indexUid);
  if (!store) {
    store = new ProfileStore(search, indexUid, maxProfiles);
    byIndex.set(indexUid, store);
  }
  store.maxProfiles = maxProfiles;
  return store;
}

/** Starts loading the profiles of an index (the server does at start, so the first requests find them ready). */
export function warmProfileStore(search: Meilisearch, indexUid: string, maxProfiles: number): Promise<void> {
  return storeOf(search, indexUid, maxProfiles)
    .reload()
    .then(() => undefined);
}

/** True when a profile passes the request's filter (the same conditions toCanonicalFilter writes for Meilisearch). */
function passes(profile: StoredProfile, filter: ResolvedInsightFilter): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(profile.kind as never)) return false;
  if (filter.countries?.length && !profile.countries.some((id) => filter.countries?.includes(id))) return false;
  if (filter.themes?.length && !profile.themes.some((id) => filter.themes?.includes(id))) return false;
  if (filter.actors?.length && !profile.filterActors.some((id) => filter.actors?.includes(id))) return false;
  if (filter.languages?.length && !profile.filterLanguages.some((language) => filter.languages?.includes(language))) return false;
  if (filter.yearFrom !== null && (profile.year === null || profile.year < filter.yearFrom)) return false;
  if (filter.yearTo !== null && (profile.year === null || profile.year > filter.yearTo)) return false;
  return true;
}

/** How many of the source's rarest terms the text candidates are looked for by. */
const TEXT_TERMS = 12;
/** Insights reached by the terms read so far past which no commoner term is read. */
const TEXT_REACH = 5_000;

/** Comparable practices' reads, answered from one snapshot. */
export interface ProfileView {
  /** Canonical insights in the library. */
  total: number;
  memo: StateMemo;
  /** True when some canonical insight belongs to the project. */
  hasProject(projectId: string): boolean;
  /** Canonical insights carrying a theme or named actor. */
  frequency(id: string): number;
  profile(insightId: string): IndexedProfile | null;
  /** A project's canonical insights, at most `limit`, most recent first. */
  projectProfiles(projectId: string, limit: number): IndexedProfile[];
  /** The same candidates findCandidateProfiles asks the index for, taken from the lists. */
  candidates(request: CandidateRequest): IndexedProfile[];
  /**
   * Candidates by text: those sharing the most telling of the source's terms (the rarest in the
   * library, up to TEXT_TERMS of them, commoner ones only while they reach fewer than TEXT_REACH
   * insights), ranked by the summed rarity of the terms they share.
   */
  textCandidates(request: CandidateRequest, sourceTerms: readonly string[]): IndexedProfile[];
}

/**
 * The profiles held, at once, with whether they are the index's state now (`fresh`): a caller can
 * work with them while that is asked and keep its answer only when they are. Null when none are held.
 */
export function heldProfiles(search: Meilisearch, indexUid: string, maxProfiles: number): { view: ProfileView; fresh: Promise<boolean> } | null {
  const held = storeOf(search, indexUid, maxProfiles).held();
  return held ? { view: viewOf(held.snapshot), fresh: held.fresh } : null;
}

/** The profiles of the index as it is now, or null when they are not loaded for this state (ask the index). */
export async function freshProfiles(search: Meilisearch, indexUid: string, maxProfiles: number): Promise<ProfileView | null> {
  const snapshot = await storeOf(search, indexUid, maxProfiles).fresh();
  return snapshot ? viewOf(snapshot) : null;
}

function viewOf(snapshot: Snapshot): ProfileView {
  const { profiles } = snapshot;
  const excluded = (request: CandidateRequest) => {
    const evaluations = new Set(request.excludeEvaluations);
    const projects = new Set(request.excludeProjects);
    return (profile: StoredProfile) =>
      evaluations.has(profile.evaluationId) || (profile.projectId !== null && projects.has(profile.projectId)) || !passes(profile, request.filter);
  };
  /**
   * The ordinals on any of the lists, ascending (most recent first), as a merge of the lists
   * (each ascending): only as much of them is read as the caller takes.
   */
  function* union(lists: ReadonlyArray<readonly number[] | undefined>): Generator<number> {
    const heads = lists.filter((list): list is readonly number[] => list !== undefined && list.length > 0);
    const at = heads.map(() => 0);
    let last = -1;
    for (;;) {
      let best = -1;
      for (let i = 0; i < heads.length; i += 1) {
        const value = (heads[i] as readonly number[])[at[i] as number];
        if (value !== undefined && (best === -1 || value < ((heads[best] as readonly number[])[at[best] as number] as number))) best = i;
      }
      if (best === -1) return;
      const value = (heads[best] as readonly number[])[at[best] as number] as number;
      at[best] = (at[best] as number) + 1;
      if (value !== last) yield value;
      last = value;
    }
  }
  const listsOf = (ids: readonly string[]) =>
    ids.map((id) => (id.startsWith('theme:') ? snapshot.byTheme.get(id) : id.startsWith('country:') ? snapshot.byCountry.get(id) : snapshot.byActor.get(id)));
  const take = (ordinals: Iterable<number>, skip: (profile: StoredProfile) => boolean, keep: (profile: StoredProfile) => boolean, limit: number) => {
    const taken: StoredProfile[] = [];
    for (const ordinal of ordinals) {
      if (taken.length >= limit) break;
      const profile = profiles[ordinal] as StoredProfile;
      if (!skip(profile) && keep(profile)) taken.push(profile);
    }
    return taken;
  };
  return {
    total: profiles.length,
    memo: snapshot.memo,
    hasProject: (projectId) => snapshot.byProject.has(projectId),
    frequency: (id) => (id.startsWith('theme:') ? snapshot.byTheme : snapshot.byActor).get(id)?.length ?? 0,
    profile: (insightId) => {
      const ordinal = snapshot.byId.get(insightId);
      return ordinal === undefined ? null : (profiles[ordinal] ?? null);
    },
    projectProfiles: (projectId, limit) => (snapshot.byProject.get(projectId) ?? []).slice(0, limit).map((ordinal) => profiles[ordinal] as StoredProfile),
    candidates: (request) => {
      const skip = excluded(request);
      const found: StoredProfile[] = [];
      const countries = new Set(request.countries);
      if (request.rare.length > 0) {
        const near = countries.size > 0 ? (profile: StoredProfile) => profile.countries.some((id) => countries.has(id)) : () => true;
        found.push(...take(union(listsOf(request.rare)), skip, near, request.rareShared));
      }
      const shared = [...request.themes, ...request.actors, ...request.countries];
      if (shared.length > 0) found.push(...take(union(listsOf(shared)), skip, () => true, request.sharing));
      return dedupe(found);
    },
    textCandidates: (request, sourceTerms) => {
      const skip = excluded(request);
      // The rarest terms that some insight outside the source's own evaluations and project
      // carries (the rarest are often the source's alone: a name, a typo).
      const byRarity = [...new Set(sourceTerms)]
        .map((term) => ({ term, list: snapshot.byTerm.get(term) }))
        .filter((entry): entry is { term: string; list: number[] } => entry.list !== undefined)
        .sort((a, b) => a.list.length - b.list.length || (a.term < b.term ? -1 : 1));
      const telling: Array<{ term: string; list: number[] }> = [];
      for (const entry of byRarity) {
        if (telling.length >= TEXT_TERMS) break;
        if (entry.list.some((ordinal) => !skip(profiles[ordinal] as StoredProfile))) telling.push(entry);
      }
      const scores = new Map<number, number>();
      for (const { list } of telling) {
        // The rarest terms first: once they reach enough insights, the commoner ones would
        // only add work (a common word is on tens of thousands of insights), not ranking.
        if (scores.size >= TEXT_REACH) break;
        const rarity = Math.log(profiles.length / list.length) + 1;
        for (const ordinal of list) scores.set(ordinal, (scores.get(ordinal) ?? 0) + rarity);
      }
      const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([ordinal]) => ordinal);
      return take(ranked, skip, () => true, request.byText);
    },
  };
}

function dedupe(profiles: readonly StoredProfile[]): StoredProfile[] {
  const seen = new Set<string>();
  return profiles.filter((profile) => !seen.has(profile.id) && (seen.add(profile.id), true));
}
