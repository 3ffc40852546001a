import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { detectLanguage } from '../extract/language.js';
import { findMentions } from '../extract/gazetteer.js';
import { findThemes } from '../extract/themes.js';
import { findBordersAndNames, findInsightProfiles, findProjectInsightIds } from '../graph/queries/comparable-candidates.js';
import type { ResolvedInsightFilter } from '../model/filters.js';
import { findProjectByCode } from '../graph/queries/projects.js';
import { projectId } from '../model/ids.js';
import { loadReference } from '../reference/load-reference.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import {
  findActorFrequencies,
  findCandidateProfiles,
  findDocumentFrequencies,
  findIndexedProfiles,
  type CandidateRequest,
  type IndexedProfile,
} from '../search/search-comparable.js';
import { freshProfiles, heldProfiles, type ProfileView } from '../search/profile-store.js';
import { insightsIndexName } from '../search/search-index.js';
import { scoreComparable, WEIGHTS, type ComparabilityReason, type Named, type PracticeProfile } from './score-comparable.js';
import { keyWords, termSimilarities, toTerms } from '../text/text-similarity.js';

export interface ComparableDeps {
  reader: GraphReader;
  search: Meilisearch;
  config: Pick<Config, 'meili' | 'comparable'>;
}

/** Exactly one of insightId, projectCode, text. */
export interface ComparableRequest {
  insightId?: string | null;
  projectCode?: string | null;
  text?: string | null;
  filter: ResolvedInsightFilter;
  first: number;
}

export interface ComparableResult {
  insightId: string;
  score: number;
  reasons: ComparabilityReason[];
}

/** Candidates scored at most: sharing a rare theme or actor, sharing anything (most recent first), by text. */
const RARE_CANDIDATES = 100;
const SHARING_CANDIDATES = 100;
const TEXT_CANDIDATES = 50;
/**
 * Key words of the source's text searched for text candidates: each word beyond a handful
 * multiplies Meilisearch's work (8 words cost 3-4 times 4 on the 2,000-summary bench).
 */
const KEY_WORDS = 5;
/** A theme or actor in more than this share of the insights is too common to rank candidates by. */
const RARE_SHARE = 0.1;
/** A project's insights read as its profile. */
const PROJECT_INSIGHTS = 200;
/** Rare themes and actors a candidate may share to be asked for first. */
const RARE_ITEMS = 6;
/** Below this score a candidate is noise. */
const MIN_SCORE = 0.05;

/** What the source is about, by id (names are looked up once, for what is shared). */
interface Source {
  themes: string[];
  countries: string[];
  actors: string[];
  /** Names known from the source itself (free text: the gazetteer's). */
  names: Map<string, string>;
  /** How many of the source's own insights carry each theme and actor (they count in the document frequencies). */
  counts: Map<string, number>;
  text: string;
  terms: string[];
  excludeEvaluations: string[];
  excludeProjects: string[];
}

const uniq = (values: Iterable<string>) => [...new Set(values)];

function fromProfiles(profiles: readonly IndexedProfile[]): Source {
  const counts = new Map<string, number>();
  for (const id of profiles.flatMap((p) => [...new Set([...p.themes, ...p.actors])])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    counts,
    themes: uniq(profiles.flatMap((p) => p.themes)),
    countries: uniq(profiles.flatMap((p) => p.countries)),
    actors: uniq(profiles.flatMap((p) => p.actors)),
    names: new Map(),
    text: profiles.map((p) => p.text).join('\n'),
    // Each insight stemmed in its own language.
    terms: profiles.flatMap((p) => p.terms),
    excludeEvaluations: uniq(profiles.map((p) => p.evaluationId)),
    excludeProjects: uniq(profiles.flatMap((p) => (p.projectId ? [p.projectId] : []))),
  };
}

// A free text is profiled with the extraction's own vocabulary matchers, so "médiation
// sociale" and "social mediation" land on the same theme.
function fromText(text: string): Source {
  const language = detectLanguage(text);
  const mentions = findMentions(text);
  const themes = findThemes(text, language).map((t) => ({ id: t.id, name: t.label }));
  const countries = mentions.countries.map((c) => ({ id: c.id, name: c.name }));
  const actors = [...mentions.organisations, ...mentions.stakeholderGroups].map((a) => ({ id: a.id, name: a.name }));
  return {
    themes: uniq(themes.map((t) => t.id)),
    countries: uniq(countries.map((c) => c.id)),
    actors: uniq(actors.map((a) => a.id)),
    names: new Map([...themes, ...countries, ...actors].map((item) => [item.id, item.name])),
    counts: new Map(),
    text,
    terms: toTerms({ text, language: language === 'und' ? null : language }),
    excludeEvaluations: [],
    excludeProjects: [],
  };
}

/** Profiles from the graph, for sources the index does not hold (yet). */
async function graphProfiles(reader: GraphReader, ids: readonly string[]): Promise<IndexedProfile[]> {
  const rows = await findInsightProfiles(reader, ids);
  return rows.map((row) => ({
    id: row.id,
    evaluationId: row.evaluationId,
    projectId: row.projectId,
    text: row.text,
    language: row.language,
    themes: row.themes.map((t) => t.id),
    countries: row.countries.map((c) => c.id),
    actors: row.actors.map((a) => a.id),
    terms: toTerms({ text: row.text, language: row.language }),
  }));
}

/**
 * Where the profiles, rarities and candidates come from: the profiles held in memory for the
 * index's current state (profile-store.ts), or the index itself, by searches.
 */
interface CandidateReads {
  /** The id of the project with this code when its canonical insights are at hand (memory), else null. */
  project(code: string): string | null;
  insightProfiles(insightId: string): Promise<IndexedProfile[]>;
  projectProfiles(projectId: string, limit: number): Promise<IndexedProfile[]>;
  /** The number of canonical insights and the document frequency of each of `ids` (themes and named actors). */
  frequencies(ids: readonly string[]): Promise<{ total: number; df: Map<string, number> }>;
  candidates(request: CandidateRequest): Promise<IndexedProfile[]>;
  /** Candidates by the source's text; empty when it has no words to search with. */
  textCandidates(request: CandidateRequest, source: Source): Promise<IndexedProfile[]>;
}

function memoryReads(view: ProfileView, search: Meilisearch, indexUid: string): CandidateReads {
  return {
    project: (code) => {
      const trimmed = code.trim();
      const id = projectId(trimmed.replace(/^project:/i, ''), '');
      return view.hasProject(id) ? id : view.hasProject(trimmed) ? trimmed : null;
    },
    // A source that is not canonical is not among the profiles held: the index has it.
    insightProfiles: async (insightId) => {
      const held = view.profile(insightId);
      return held ? [held] : findIndexedProfiles(search, indexUid, { insightId });
    },
    projectProfiles: (projectId, limit) => Promise.resolve(view.projectProfiles(projectId, limit)),
    frequencies: (ids) => Promise.resolve({ total: view.total, df: new Map(ids.map((id) => [id, view.frequency(id)])) }),
    candidates: (request) => Promise.resolve(view.candidates(request)),
    textCandidates: (request, source) => Promise.resolve(view.textCandidates(request, source.terms)),
  };
}

function indexReads(search: Meilisearch, indexUid: string): CandidateReads {
  // The facet counts do not depend on the source: asked for at once, beside the source's lookup.
  let counted: ReturnType<typeof findDocumentFrequencies> | null = null;
  const counts = () => (counted ??= findDocumentFrequencies(search, indexUid));
  void counts().catch(() => undefined);
  return {
    project: () => null,
    insightProfiles: (insightId) => findIndexedProfiles(search, indexUid, { insightId }),
    projectProfiles: (projectId, limit) => findIndexedProfiles(search, indexUid, { projectId, limit }),
    frequencies: async (ids) => {
      const { total, df, actorsComplete } = await counts();
      if (!actorsComplete) {
        const missing = ids.filter((id) => !id.startsWith('theme:') && !df.has(id));
        for (const [id, count] of await findActorFrequencies(search, indexUid, missing)) df.set(id, count);
      }
      return { total, df };
    },
    candidates: (request) => findCandidateProfiles(search, indexUid, request),
    textCandidates: async (request, source) => {
      const words = keyWords(source.text, KEY_WORDS);
      if (words.length === 0) return [];
      return findCandidateProfiles(search, indexUid, { ...request, rare: [], themes: [], actors: [], countries: [], keyWords: words });
    },
  };
}

async function loadSource(deps: ComparableDeps, reads: CandidateReads, request: ComparableRequest): Promise<Source> {
  if (request.insightId) {
    let profiles = await reads.insightProfiles(request.insightId);
    if (profiles.length === 0) profiles = await graphProfiles(deps.reader, [request.insightId]);
    if (profiles.length === 0) throw new AppError('NOT_FOUND', `No insight with id "${request.insightId}".`);
    return fromProfiles(profiles);
  }
  if (request.projectCode) {
    const held = reads.project(request.projectCode);
    if (held) {
      // Only canonical insights are candidates, and the project's own are left out whole: its
      // evaluations need not be looked up to be excluded.
      const source = fromProfiles(await reads.projectProfiles(held, PROJECT_INSIGHTS));
      return { ...source, excludeProjects: [held] };
    }
    const project = await findProjectByCode(deps.reader, request.projectCode);
    if (!project) throw new AppError('NOT_FOUND', `No project with code "${request.projectCode}".`);
    const [indexed, graph] = await Promise.all([
      reads.projectProfiles(project.id, PROJECT_INSIGHTS),
      findProjectInsightIds(deps.reader, project.id, PROJECT_INSIGHTS),
    ]);
    const profiles = indexed.length > 0 ? indexed : await graphProfiles(deps.reader, graph.insightIds);
    const source = fromProfiles(profiles);
    return { ...source, excludeEvaluations: uniq([...source.excludeEvaluations, ...graph.evaluationIds]), excludeProjects: [project.id] };
  }
  const text = (request.text ?? '').trim();
  if (text.length < 3 || text.length > 5000) throw new AppError('BAD_USER_INPUT', 'text must be 3 to 5000 characters.');
  return fromText(text);
}

type BordersAndNames = Awaited<ReturnType<typeof findBordersAndNames>>;

/**
 * findBordersAndNames, remembered for the state of the library the profiles were read in: the
 * names of themes, countries and actors and the borders change only with a write, which makes a
 * new state. Asks the graph only for what this state has not been asked yet.
 */
async function bordersAndNames(reader: GraphReader, view: ProfileView | null, countryIds: readonly string[], ids: readonly string[]): Promise<BordersAndNames> {
  if (!view) return findBordersAndNames(reader, countryIds, ids);
  const { names, borders } = view.memo;
  const bordersKey = [...new Set(countryIds)].sort().join(' ');
  const unnamed = [...new Set(ids)].filter((id) => !names.has(id));
  if (unnamed.length > 0 || !borders.has(bordersKey)) {
    const found = await findBordersAndNames(reader, borders.has(bordersKey) ? [] : countryIds, unnamed);
    for (const id of unnamed) names.set(id, found.names.get(id) ?? null);
    if (!borders.has(bordersKey)) borders.set(bordersKey, found.neighbours);
  }
  const known = new Map<string, string>();
  for (const id of ids) {
    const name = names.get(id);
    if (name) known.set(id, name);
  }
  return { neighbours: borders.get(bordersKey) ?? [], names: known };
}

/** Countries bordering any of these (`country:ISO3` ids) by the reference data, which the graph's BORDERS come from. */
function referenceNeighbours(countryIds: readonly string[]): string[] {
  const iso3s = new Set(countryIds.map((id) => id.replace(/^country:/, '')));
  const neighbours = loadReference()
    .countries.filter((country) => iso3s.has(country.iso3))
    .flatMap((country) => country.borders);
  return uniq(neighbours.filter((iso3) => !iso3s.has(iso3)).map((iso3) => `country:${iso3}`));
}

/**
 * Rarity of a theme or actor in (0, 1]: its inverse document frequency ln(N / (1 + df)) + 1
 * over the canonical insights, divided by its largest possible value ln(N) + 1. The weights
 * that make a rare shared theme count more than a common one.
 */
export function rarityWeights(total: number, df: ReadonlyMap<string, number>): Map<string, number> {
  const n = Math.max(1, total);
  const largest = Math.log(n) + 1;
  const weights = new Map<string, number>();
  for (const [id, count] of df) weights.set(id, Math.min(1, Math.max(0.05, (Math.log(n / (1 + count)) + 1) / largest)));
  return weights;
}

/**
 * Ranked canonical insights from other projects comparable to an insight, a project or a free
 * text. The profiles, rarities and candidates come from the profiles held in memory for the
 * index's current state (profile-store.ts: no search at all), else from the search index: rarity
 * weights from facet counts, candidates from two filters side by side (a rare theme or actor
 * shared, near the source; anything shared) and, only when those cannot fill the answer with
 * scores above what wording alone can reach, a third by the source's text (its key words in
 * Meilisearch, its rarest terms in memory). Each candidate's themes, countries, actors and
 * precomputed terms come with its profile. Each is scored by scoreComparable with a TF-IDF text
 * similarity over the source and the candidates. The graph gives the borders and the names in
 * the reasons. Never returns insights of the source's evaluations or project.
 */
export async function findComparablePractices(deps: ComparableDeps, request: ComparableRequest): Promise<ComparableResult[]> {
  const given = [request.insightId, request.projectCode, request.text].filter((value) => value !== null && value !== undefined);
  if (given.length !== 1) throw new AppError('BAD_USER_INPUT', 'Give exactly one of insightId, projectCode or text.');
  const indexUid = insightsIndexName(deps.config);
  // The profiles held are worked with at once, while the index is asked whether they are still
  // its state: that round trip no longer adds to the answer's time. The answer is kept only when
  // they are; otherwise it is worked out again on the profiles of the index as it is now.
  const held = heldProfiles(deps.search, indexUid, deps.config.comparable.maxProfiles);
  if (held) {
    const outcome = rankFrom(deps, request, indexUid, held.view).then(
      (results) => ({ results }),
      (error: unknown) => ({ error }),
    );
    if (await held.fresh) {
      const settled = await outcome;
      if ('error' in settled) throw settled.error;
      return settled.results;
    }
  }
  return rankFrom(deps, request, indexUid, await freshProfiles(deps.search, indexUid, deps.config.comparable.maxProfiles));
}

/** findComparablePractices with the profiles held for one state of the index, or from the index itself (null). */
async function rankFrom(deps: ComparableDeps, request: ComparableRequest, indexUid: string, view: ProfileView | null): Promise<ComparableResult[]> {
  const reads = view ? memoryReads(view, deps.search, indexUid) : indexReads(deps.search, indexUid);
  const source = await loadSource(deps, reads, request);
  const frequencies = await reads.frequencies([...source.themes, ...source.actors]);
  const weights = rarityWeights(frequencies.total, new Map([...source.themes, ...source.actors].map((id) => [id, frequencies.df.get(id) ?? 0])));
  // The borders and the names in the reasons come from the graph while the index looks for
  // candidates. The reasons name what a candidate shares as the graph names it (for a free
  // text, the source's own names are only a fallback).
  const graphSide = bordersAndNames(deps.reader, view, source.countries, [...source.themes, ...source.countries, ...source.actors]);
  graphSide.catch(() => undefined);
  // The source's rare themes and actors: carried by at most RARE_SHARE of the insights besides
  // the source's own (at least the rarest one that any other insight carries). Sharing one of
  // them is what scores highest; the common ones bring candidates through "sharing anything".
  const elsewhere = (id: string) => (frequencies.df.get(id) ?? 0) - (source.counts.get(id) ?? 0);
  const byRarity = [...source.themes, ...source.actors].filter((id) => elsewhere(id) > 0).sort((a, b) => elsewhere(a) - elsewhere(b) || a.localeCompare(b));
  const rare = byRarity.filter((id, index) => index === 0 || elsewhere(id) <= RARE_SHARE * frequencies.total);
  const request0: CandidateRequest = {
    rare: rare.slice(0, RARE_ITEMS),
    keyWords: [] as string[],
    themes: source.themes,
    actors: source.actors,
    // Candidates may be in a country bordering the source's: asked for from the reference data's
    // borders at once, confirmed below with the graph's.
    countries: [...source.countries, ...referenceNeighbours(source.countries)],
    excludeEvaluations: source.excludeEvaluations,
    excludeProjects: source.excludeProjects,
    filter: request.filter,
    rareShared: RARE_CANDIDATES,
    sharing: SHARING_CANDIDATES,
    byText: TEXT_CANDIDATES,
  };
  const structural = await reads.candidates(request0);
  const { neighbours, names } = await graphSide;
  for (const [id, name] of source.names) if (!names.has(id)) names.set(id, name);
  for (const neighbour of neighbours) names.set(neighbour.id, neighbour.name);
  const borders = new Set(neighbours.map((n) => n.id).filter((id) => !source.countries.includes(id)));

  const named = (ids: readonly string[]): Named[] => ids.map((id) => ({ id, name: names.get(id) ?? id }));
  const profile: PracticeProfile = { themes: named(source.themes), countries: named(source.countries), actors: named(source.actors), weights };
  const rank = (candidates: readonly IndexedProfile[]) => {
    const similarities = termSimilarities(
      source.terms,
      candidates.map((c) => c.terms),
    );
    return candidates
      .map((candidate, index) => ({
        insightId: candidate.id,
        ...scoreComparable(
          profile,
          { themes: named(candidate.themes), countries: named(candidate.countries), actors: named(candidate.actors) },
          borders,
          similarities[index] ?? 0,
        ),
      }))
      .filter((result) => result.score >= MIN_SCORE && result.reasons.length > 0)
      .sort((a, b) => b.score - a.score || a.insightId.localeCompare(b.insightId));
  };
  const ranked = rank(structural);
  // A candidate found by its words alone shares no theme, actor or country: its score is at most
  // the text weight. When `first` candidates already score above that, none could enter the
  // answer, and the text search (the costliest of the searches) is not sent.
  if (ranked.filter((result) => result.score > WEIGHTS.text).length >= request.first) return ranked.slice(0, request.first);
  const byText = await reads.textCandidates(request0, source);
  if (byText.length === 0) return ranked.slice(0, request.first);
  const seen = new Set(structural.map((candidate) => candidate.id));
  return rank([...structural, ...byText.filter((candidate) => !seen.has(candidate.id))]).slice(0, request.first);
}
