import { INSIGHT_FILTER_WHERE, filterParams, type ResolvedInsightFilter } from './insight-filter.js';
import type { GraphReader } from './read-graph.js';

/** What comparable practices need of an insight. */
export interface InsightProfileRow {
  id: string;
  evaluationId: string;
  projectId: string | null;
  text: string;
  language: string | null;
  themes: Array<{ id: string; name: string }>;
  countries: Array<{ id: string; name: string }>;
  actors: Array<{ id: string; name: string }>;
}

const PROFILES = `
  MATCH (i:Insight)-[:FROM]->(e:Evaluation) WHERE i.id IN $ids
  OPTIONAL MATCH (e)-[:EVALUATES]->(p:Project)
  RETURN i.id AS id, e.id AS evaluationId, p.id AS projectId,
    coalesce(i.headline + '. ', '') + i.text AS text, i.language AS language,
    COLLECT { MATCH (i)-[:ABOUT]->(t:Theme) RETURN t {.id, name: t.label} } AS themes,
    COLLECT { MATCH (e)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) RETURN c {.id, .name} }
      + COLLECT { MATCH (i)-[:MENTIONS]->(c:Country) RETURN c {.id, .name} }
      + COLLECT { MATCH (i)-[:MENTIONS]->(:Place)-[:IN]->(c:Country) RETURN c {.id, .name} } AS countries,
    COLLECT { MATCH (i)-[:MENTIONS|ADDRESSED_TO]->(a:Actor) RETURN a {.id, .name} } AS actors`;

function dedupe(items: Array<{ id: string; name: string }>): Array<{ id: string; name: string }> {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/** Profiles of insights by id (one query), in the order asked; unknown ids are left out. */
export async function findInsightProfiles(reader: GraphReader, ids: readonly string[]): Promise<InsightProfileRow[]> {
  if (ids.length === 0) return [];
  const rows = await reader.read<InsightProfileRow>(PROFILES, { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id, { ...row, countries: dedupe(row.countries), actors: dedupe(row.actors), themes: dedupe(row.themes) }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Ids of a project's insights (at most `cap`) and of its evaluations. */
export async function findProjectInsightIds(reader: GraphReader, projectId: string, cap: number): Promise<{ insightIds: string[]; evaluationIds: string[] }> {
  const rows = await reader.read<{ insightIds: string[]; evaluationIds: string[] }>(
    `MATCH (e:Evaluation)-[:EVALUATES]->(p:Project {id: $projectId})
     OPTIONAL MATCH (i:Insight)-[:FROM]->(e)
     WITH collect(DISTINCT e.id) AS evaluationIds, collect(DISTINCT i.id) AS insightIds
     RETURN evaluationIds, insightIds[0..$cap] AS insightIds`,
    { projectId, cap },
  );
  return rows[0] ?? { insightIds: [], evaluationIds: [] };
}

/** Ids of the countries bordering any of these (BORDERS read undirected). */
export async function findBorderingCountries(reader: GraphReader, countryIds: readonly string[]): Promise<string[]> {
  if (countryIds.length === 0) return [];
  const rows = await reader.read<{ id: string }>(
    'MATCH (c:Country)-[:BORDERS]-(n:Country) WHERE c.id IN $ids RETURN DISTINCT n.id AS id',
    { ids: countryIds },
  );
  return rows.map((row) => row.id);
}

export interface CandidateQuery {
  themes: string[];
  /** Countries of the source and their neighbours. */
  countries: string[];
  actors: string[];
  excludeEvaluations: string[];
  excludeProjects: string[];
  filter: ResolvedInsightFilter;
  cap: number;
}

/**
 * Insights of other evaluations and projects that share a theme, an actor, or a country (or a
 * neighbouring one) with the source, matching the filter; those sharing most themes first.
 */
export async function findCandidateInsightIds(reader: GraphReader, query: CandidateQuery): Promise<string[]> {
  if (query.themes.length + query.countries.length + query.actors.length === 0) return [];
  const rows = await reader.read<{ id: string }>(
    `MATCH (i:Insight)-[:FROM]->(e:Evaluation)
     WHERE NOT e.id IN $excludeEvaluations
       AND NOT EXISTS { MATCH (e)-[:EVALUATES]->(p:Project) WHERE p.id IN $excludeProjects }
       AND ${INSIGHT_FILTER_WHERE}
       AND (EXISTS { MATCH (i)-[:ABOUT]->(t:Theme) WHERE t.id IN $themes }
         OR EXISTS { MATCH (i)-[:MENTIONS|ADDRESSED_TO]->(a:Actor) WHERE a.id IN $actors }
         OR EXISTS { MATCH (i)-[:MENTIONS]->(c:Country) WHERE c.id IN $countries }
         OR EXISTS { MATCH (e)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) WHERE c.id IN $countries })
     WITH i, COUNT { MATCH (i)-[:ABOUT]->(t:Theme) WHERE t.id IN $themes } AS sharedThemes
     RETURN i.id AS id ORDER BY sharedThemes DESC, i.id LIMIT $cap`,
    { ...filterParams(query.filter), themes: query.themes, countries: query.countries, actors: query.actors, excludeEvaluations: query.excludeEvaluations, excludeProjects: query.excludeProjects, cap: query.cap },
  );
  return rows.map((row) => row.id);
}

/**
 * Rarity of themes and actors over all insights, in (0, 1]: their inverse document frequency
 * ln(N / (1 + df)) + 1 divided by its largest possible value ln(N) + 1. The weights that make
 * a rare shared theme count more than a common one.
 */
export async function findRarityWeights(reader: GraphReader, themeIds: readonly string[], actorIds: readonly string[]): Promise<Map<string, number>> {
  if (themeIds.length + actorIds.length === 0) return new Map();
  const rows = await reader.read<{ total: number; counts: Array<{ id: string; df: number }> }>(
    `CALL () { MATCH (i:Insight) RETURN count(i) AS total }
     CALL () {
       MATCH (t:Theme) WHERE t.id IN $themes
       RETURN t.id AS id, COUNT { (:Insight)-[:ABOUT]->(t) } AS df
       UNION
       MATCH (a:Actor) WHERE a.id IN $actors
       RETURN a.id AS id, COUNT { (:Insight)-[:MENTIONS|ADDRESSED_TO]->(a) } AS df
     }
     RETURN total, collect({id: id, df: df}) AS counts`,
    { themes: themeIds, actors: actorIds },
  );
  const row = rows[0];
  const weights = new Map<string, number>();
  if (!row) return weights;
  const total = Math.max(1, row.total);
  const largest = Math.log(total) + 1;
  for (const { id, df } of row.counts) weights.set(id, Math.min(1, Math.max(0.05, (Math.log(total / (1 + df)) + 1) / largest)));
  return weights;
}
