import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { detectLanguage } from '../extract/language.js';
import { findMentions } from '../extract/gazetteer.js';
import { findThemes } from '../extract/themes.js';
import {
  findBorderingCountries,
  findCandidateInsightIds,
  findInsightProfiles,
  findProjectInsightIds,
  findRarityWeights,
  type InsightProfileRow,
} from '../graph/queries/comparable-candidates.js';
import type { ResolvedInsightFilter } from '../graph/queries/insight-filter.js';
import { findProjectByCode } from '../graph/queries/projects.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { insightsIndexName } from '../search/search-index.js';
import { searchInsights } from '../search/search-insights.js';
import { scoreComparable, type ComparabilityReason, type Named, type PracticeProfile } from './score-comparable.js';
import { keyWords, textSimilarities } from './text-similarity.js';

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

/** How many graph candidates and text candidates are scored at most. */
const GRAPH_CANDIDATES = 300;
const TEXT_CANDIDATES = 50;
const PROJECT_INSIGHTS = 200;
/** Below this score a candidate is noise. */
const MIN_SCORE = 0.05;

interface Source {
  profile: PracticeProfile;
  text: string;
  language: string | null;
  excludeEvaluations: string[];
  excludeProjects: string[];
}

function merge(lists: Named[][]): Named[] {
  const seen = new Map<string, Named>();
  for (const item of lists.flat()) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

function fromProfiles(rows: InsightProfileRow[]): Source {
  return {
    profile: { themes: merge(rows.map((r) => r.themes)), countries: merge(rows.map((r) => r.countries)), actors: merge(rows.map((r) => r.actors)) },
    text: rows.map((r) => r.text).join('\n'),
    language: rows[0]?.language ?? null,
    excludeEvaluations: [...new Set(rows.map((r) => r.evaluationId))],
    excludeProjects: [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))],
  };
}

// A free text is profiled with the extraction's own vocabulary matchers, so "médiation
// sociale" and "social mediation" land on the same theme.
function fromText(text: string): Source {
  const language = detectLanguage(text);
  const mentions = findMentions(text);
  return {
    profile: {
      themes: findThemes(text, language).map((t) => ({ id: t.id, name: t.label })),
      countries: mentions.countries.map((c) => ({ id: c.id, name: c.name })),
      actors: [...mentions.organisations, ...mentions.stakeholderGroups].map((a) => ({ id: a.id, name: a.name })),
    },
    text,
    language: language === 'und' ? null : language,
    excludeEvaluations: [],
    excludeProjects: [],
  };
}

async function loadSource(reader: GraphReader, request: ComparableRequest): Promise<Source> {
  const given = [request.insightId, request.projectCode, request.text].filter((value) => value !== null && value !== undefined);
  if (given.length !== 1) throw new AppError('BAD_USER_INPUT', 'Give exactly one of insightId, projectCode or text.');
  if (request.insightId) {
    const rows = await findInsightProfiles(reader, [request.insightId]);
    if (rows.length === 0) throw new AppError('NOT_FOUND', `No insight with id "${request.insightId}".`);
    return fromProfiles(rows);
  }
  if (request.projectCode) {
    const project = await findProjectByCode(reader, request.projectCode);
    if (!project) throw new AppError('NOT_FOUND', `No project with code "${request.projectCode}".`);
    const { insightIds, evaluationIds } = await findProjectInsightIds(reader, project.id, PROJECT_INSIGHTS);
    const source = fromProfiles(await findInsightProfiles(reader, insightIds));
    return { ...source, excludeEvaluations: [...new Set([...source.excludeEvaluations, ...evaluationIds])], excludeProjects: [project.id] };
  }
  const text = (request.text ?? '').trim();
  if (text.length < 3 || text.length > 5000) throw new AppError('BAD_USER_INPUT', 'text must be 3 to 5000 characters.');
  return fromText(text);
}

/**
 * Ranked insights from other projects comparable to an insight, a project or a free text:
 * candidates come from the graph (shared theme, actor, same or bordering country) and from
 * Meilisearch (the source's key words); each is scored by scoreComparable with a TF-IDF
 * text similarity. Never returns insights of the source's evaluations or project.
 */
export async function findComparablePractices(deps: ComparableDeps, request: ComparableRequest): Promise<ComparableResult[]> {
  const source = await loadSource(deps.reader, request);
  const sourceCountries = source.profile.countries.map((c) => c.id);
  const neighbours = (await findBorderingCountries(deps.reader, sourceCountries)).filter((id) => !sourceCountries.includes(id));
  const words = keyWords(source.text);
  const [weights, graphIds, textHits] = await Promise.all([
    findRarityWeights(deps.reader, source.profile.themes.map((t) => t.id), source.profile.actors.map((a) => a.id)),
    findCandidateInsightIds(deps.reader, {
      themes: source.profile.themes.map((t) => t.id),
      countries: [...sourceCountries, ...neighbours],
      actors: source.profile.actors.map((a) => a.id),
      excludeEvaluations: source.excludeEvaluations,
      excludeProjects: source.excludeProjects,
      filter: request.filter,
      cap: GRAPH_CANDIDATES,
    }),
    words.length === 0
      ? Promise.resolve({ hits: [] as Array<{ graphId: string }> })
      : searchInsights(deps.search, insightsIndexName(deps.config), {
          query: words.join(' '),
          filter: request.filter,
          offset: 0,
          limit: TEXT_CANDIDATES,
          matchingStrategy: 'frequency',
          excludeEvaluations: source.excludeEvaluations,
          withFacets: false,
        }),
  ]);
  const candidateIds = [...new Set([...graphIds, ...textHits.hits.map((hit) => hit.graphId)])];
  // The index may lag the graph: re-check exclusions on the graph's own profile.
  const candidates = (await findInsightProfiles(deps.reader, candidateIds)).filter(
    (c) => !source.excludeEvaluations.includes(c.evaluationId) && !(c.projectId && source.excludeProjects.includes(c.projectId)),
  );
  const similarities = textSimilarities({ text: source.text, language: source.language }, candidates.map((c) => ({ text: c.text, language: c.language })));
  const borders = new Set(neighbours);
  const profile = { ...source.profile, weights };
  return candidates
    .map((candidate, index) => ({ insightId: candidate.id, ...scoreComparable(profile, candidate, borders, similarities[index] ?? 0) }))
    .filter((result) => result.score >= MIN_SCORE && result.reasons.length > 0)
    .sort((a, b) => b.score - a.score || a.insightId.localeCompare(b.insightId))
    .slice(0, request.first);
}
