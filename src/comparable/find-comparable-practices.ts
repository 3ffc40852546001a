import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { detectLanguage } from '../extract/language.js';
import { findMentions } from '../extract/gazetteer.js';
import { findThemes } from '../extract/themes.js';
import { findBordersAndNames, findInsightProfiles, findProjectInsightIds } from '../graph/queries/comparable-candidates.js';
import type { ResolvedInsightFilter } from '../model/filters.js';
import { findProjectByCode } from '../graph/queries/projects.js';
import { loadReference } from '../reference/load-reference.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { findActorFrequencies, findCandidateProfiles, findDocumentFrequencies, findIndexedProfiles, type IndexedProfile } from '../search/search-comparable.js';
import { insightsIndexName } from '../search/search-index.js';
import { scoreComparable, WEIGHTS, type ComparabilityReason, type Named, type PracticeProfile } from './score-comparable.js';
import { keyWords, termSimilarities, toTerms } from '../text/text-similarity.js';

export interface ComparableDeps {
  reader: GraphReader;
  search: Meilisearch;
  config: Pick<Config, 'meili'>;
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

async function loadSource(deps: ComparableDeps, request: ComparableRequest): Promise<Source> {
  const given = [request.insightId, request.projectCode, request.text].filter((value) => value !== null && value !== undefined);
  if (given.length !== 1) throw new AppError('BAD_USER_INPUT', 'Give exactly one of insightId, projectCode or text.');
  const indexUid = insightsIndexName(deps.config);
  if (request.insightId) {
    let profiles = await findIndexedProfiles(deps.search, indexUid, { insightId: request.insightId });
    if (profiles.length === 0) profiles = await graphProfiles(deps.reader, [request.insightId]);
    if (profiles.length === 0) throw new AppError('NOT_FOUND', `No insight with id "${request.insightId}".`);
    return fromProfiles(profiles);
  }
  if (request.projectCode) {
    const project = await findProjectByCode(deps.reader, request.projectCode);
    if (!project) throw new AppError('NOT_FOUND', `No project with code "${request.projectCode}".`);
    const [indexed, graph] = await Promise.all([
      findIndexedProfiles(deps.search, indexUid, { projectId: project.id, limit: PROJECT_INSIGHTS }),
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
 * text. Everything but the source's lookup comes from the search index: rarity weights from
 * facet counts, candidates from two filters side by side (a rare theme or actor shared, near
 * the source; anything shared) and, only when those cannot fill the answer with scores above what wording
 * alone can reach, a third on the source's key words; each candidate's themes, countries,
 * actors and precomputed terms come from its index document. Each is scored by scoreComparable with a TF-IDF
 * text similarity over the source and the candidates. The graph gives the borders and the
 * names in the reasons. Never returns insights of the source's evaluations or project.
 */
export async function findComparablePractices(deps: ComparableDeps, request: ComparableRequest): Promise<ComparableResult[]> {
  const indexUid = insightsIndexName(deps.config);
  const [source, frequencies] = await Promise.all([loadSource(deps, request), findDocumentFrequencies(deps.search, indexUid)]);
  if (!frequencies.actorsComplete) {
    const missing = source.actors.filter((id) => !frequencies.df.has(id));
    for (const [id, count] of await findActorFrequencies(deps.search, indexUid, missing)) frequencies.df.set(id, count);
  }
  const weights = rarityWeights(frequencies.total, new Map([...source.themes, ...source.actors].map((id) => [id, frequencies.df.get(id) ?? 0])));
  // The borders and the names in the reasons come from the graph while the index looks for
  // candidates. The reasons name what a candidate shares as the graph names it (for a free
  // text, the source's own names are only a fallback).
  const graphSide = findBordersAndNames(deps.reader, source.countries, [...source.themes, ...source.countries, ...source.actors]);
  graphSide.catch(() => undefined);
  // The source's rare themes and actors: carried by at most RARE_SHARE of the insights besides
  // the source's own (at least the rarest one that any other insight carries). Sharing one of
  // them is what scores highest; the common ones bring candidates through "sharing anything".
  const elsewhere = (id: string) => (frequencies.df.get(id) ?? 0) - (source.counts.get(id) ?? 0);
  const byRarity = [...source.themes, ...source.actors].filter((id) => elsewhere(id) > 0).sort((a, b) => elsewhere(a) - elsewhere(b) || a.localeCompare(b));
  const rare = byRarity.filter((id, index) => index === 0 || elsewhere(id) <= RARE_SHARE * frequencies.total);
  const request0 = {
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
  const structural = await findCandidateProfiles(deps.search, indexUid, request0);
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
  const words = keyWords(source.text, KEY_WORDS);
  if (words.length === 0) return ranked.slice(0, request.first);
  const byText = await findCandidateProfiles(deps.search, indexUid, { ...request0, rare: [], themes: [], actors: [], countries: [], keyWords: words });
  const seen = new Set(structural.map((candidate) => candidate.id));
  return rank([...structural, ...byText.filter((candidate) => !seen.has(candidate.id))]).slice(0, request.first);
}
