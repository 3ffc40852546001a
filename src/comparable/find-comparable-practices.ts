import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { detectLanguage } from '../extract/language.js';
import { findMentions } from '../extract/gazetteer.js';
import { findThemes } from '../extract/themes.js';
import { findBorderingCountries, findInsightProfiles, findNamesByIds, findProjectInsightIds } from '../graph/queries/comparable-candidates.js';
import type { ResolvedInsightFilter } from '../graph/queries/insight-filter.js';
import { findProjectByCode } from '../graph/queries/projects.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { findCandidateProfiles, findDocumentFrequencies, findIndexedProfiles, type IndexedProfile } from '../search/search-comparable.js';
import { insightsIndexName } from '../search/search-index.js';
import { scoreComparable, type ComparabilityReason, type Named, type PracticeProfile } from './score-comparable.js';
import { keyWords, profileToken, termSimilarities, toTerms } from './text-similarity.js';

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

/** Candidates scored at most: ranked by shared profile, sharing anything (most recent first), by text. */
const RANKED_CANDIDATES = 200;
const SHARING_CANDIDATES = 200;
const TEXT_CANDIDATES = 50;
/** A project's insights read as its profile. */
const PROJECT_INSIGHTS = 200;
/** Profile words sent (Meilisearch reads at most 10 words of a query). */
const PROFILE_WORDS = 10;
/** Below this score a candidate is noise. */
const MIN_SCORE = 0.05;

/** What the source is about, by id (names are looked up once, for what is shared). */
interface Source {
  themes: string[];
  countries: string[];
  actors: string[];
  /** Names known from the source itself (free text: the gazetteer's). */
  names: Map<string, string>;
  text: string;
  terms: string[];
  excludeEvaluations: string[];
  excludeProjects: string[];
}

const uniq = (values: Iterable<string>) => [...new Set(values)];

function fromProfiles(profiles: readonly IndexedProfile[]): Source {
  return {
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
 * facet counts, candidates from one multi-search (shared rare themes, actors and countries;
 * anything shared; the source's key words), and each candidate's themes, countries, actors and
 * precomputed terms from its index document. Each is scored by scoreComparable with a TF-IDF
 * text similarity over the source and the candidates. The graph gives the borders and the
 * names in the reasons. Never returns insights of the source's evaluations or project.
 */
export async function findComparablePractices(deps: ComparableDeps, request: ComparableRequest): Promise<ComparableResult[]> {
  const indexUid = insightsIndexName(deps.config);
  const source = await loadSource(deps, request);
  const [neighbours, frequencies, names] = await Promise.all([
    findBorderingCountries(deps.reader, source.countries),
    findDocumentFrequencies(deps.search, indexUid, source.themes, source.actors),
    // The reasons name what a candidate shares as the graph names it (for a free text, the
    // source's own names are only a fallback).
    findNamesByIds(deps.reader, [...source.themes, ...source.countries, ...source.actors]),
  ]);
  for (const [id, name] of source.names) if (!names.has(id)) names.set(id, name);
  for (const neighbour of neighbours) names.set(neighbour.id, neighbour.name);
  const borders = new Set(neighbours.map((n) => n.id).filter((id) => !source.countries.includes(id)));
  const weights = rarityWeights(frequencies.total, frequencies.df);

  // The rarest themes and actors first, then the source's countries.
  const rarest = [...source.themes, ...source.actors].sort((a, b) => (weights.get(b) ?? 1) - (weights.get(a) ?? 1) || a.localeCompare(b));
  const profileWords = [...rarest.slice(0, PROFILE_WORDS - Math.min(2, source.countries.length)), ...source.countries].slice(0, PROFILE_WORDS).map(profileToken);
  const candidates = await findCandidateProfiles(deps.search, indexUid, {
    profileWords,
    keyWords: keyWords(source.text),
    themes: source.themes,
    actors: source.actors,
    countries: [...source.countries, ...borders],
    excludeEvaluations: source.excludeEvaluations,
    excludeProjects: source.excludeProjects,
    filter: request.filter,
    ranked: RANKED_CANDIDATES,
    sharing: SHARING_CANDIDATES,
    byText: TEXT_CANDIDATES,
  });

  const named = (ids: readonly string[]): Named[] => ids.map((id) => ({ id, name: names.get(id) ?? id }));
  const profile: PracticeProfile = { themes: named(source.themes), countries: named(source.countries), actors: named(source.actors), weights };
  const similarities = termSimilarities(source.terms, candidates.map((c) => c.terms));
  return candidates
    .map((candidate, index) => ({
      insightId: candidate.id,
      ...scoreComparable(profile, { themes: named(candidate.themes), countries: named(candidate.countries), actors: named(candidate.actors) }, borders, similarities[index] ?? 0),
    }))
    .filter((result) => result.score >= MIN_SCORE && result.reasons.length > 0)
    .sort((a, b) => b.score - a.score || a.insightId.localeCompare(b.insightId))
    .slice(0, request.first);
}
