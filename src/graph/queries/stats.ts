import type { ResolvedInsightFilter } from '../../model/filters.js';
import type { NodeRow } from '../../model/node-row.js';
import type { AddresseeCount, GroupCount, StatsQueries } from '../../model/stats.js';
import { STATS_FILTER_WHERE, filterParams } from './insight-filter.js';
import type { GraphReader } from './read-graph.js';

/**
 * The graph's own aggregates: what the dashboards count, straight from Neo4j. The API serves
 * them from the search index's facets (search/insight-stats.ts) and falls back on these where a
 * facet could be cut; the integration tests prove both give the same counts.
 *
 * Every aggregate starts from the same set of insights: canonical ones (TEAM contract: an
 * insight and its translation count once). Two constant variants of each query:
 * with the filter condition, and without it for the unfiltered dashboard. The filter's
 * `$f... IS NULL OR EXISTS {...}` terms are evaluated per insight even when every parameter is
 * null, which made each unfiltered aggregate ~20x slower on a 35k-insight graph.
 */
// Canonical insights only: the same recommendation in the French and English summaries (or in
// the summary and the report) counts once (docs/graph.md, "Equivalent insights"); insights
// written before groups existed have no flag and count.
const CANONICAL = 'coalesce(i.isCanonical, true)';
const FROM_FILTERED = `MATCH (i:Insight)-[:FROM]->(e:Evaluation) WHERE ${CANONICAL} AND ${STATS_FILTER_WHERE}`;
const FROM_ALL = `MATCH (i:Insight)-[:FROM]->(e:Evaluation) WHERE ${CANONICAL}`;

type Variants = { filtered: string; all: string };

/** The query for both sources; `rest` follows the MATCH of the insights (and may start with AND). */
function variants(rest: string, extraCondition = ''): Variants {
  return {
    filtered: `${FROM_FILTERED}${extraCondition ? ` AND ${extraCondition}` : ''}\n${rest}`,
    all: `${FROM_ALL}${extraCondition ? ` AND ${extraCondition}` : ''}\n${rest}`,
  };
}

const TOTALS = variants(`OPTIONAL MATCH (e)-[:EVALUATES]->(p:Project)
  RETURN count(DISTINCT i) AS insights, count(DISTINCT e) AS evaluations, count(DISTINCT p) AS projects`);

const BY_KIND = variants('RETURN i.kind AS value, i.kind AS label, count(DISTINCT i) AS count ORDER BY count DESC, value');

const BY_YEAR = variants(`WITH i, coalesce(i.year, e.year) AS year WHERE year IS NOT NULL
  RETURN toString(toInteger(year)) AS value, toString(toInteger(year)) AS label, count(DISTINCT i) AS count ORDER BY value`);

const BY_THEME = variants(`MATCH (i)-[:ABOUT]->(t:Theme)
  RETURN t.id AS value, t.label AS label, count(DISTINCT i) AS count ORDER BY count DESC, label`);

// The countries an insight concerns: its project's and those it names (as Insight.countries).
const INSIGHT_COUNTRIES = `
  CALL (i, e) {
    MATCH (e)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) RETURN c
    UNION
    MATCH (i)-[:MENTIONS]->(c:Country) RETURN c
    UNION
    MATCH (i)-[:MENTIONS]->(:Place)-[:IN]->(c:Country) RETURN c
  }`;

const BY_COUNTRY = variants(`${INSIGHT_COUNTRIES}
  RETURN c.id AS value, c.name AS label, count(DISTINCT i) AS count ORDER BY count DESC, label`);

const BY_DONOR = variants(`MATCH (e)-[:EVALUATES]->(:Project)-[:FUNDED_BY]->(d)
  RETURN d.id AS value, d.name AS label, count(DISTINCT i) AS count ORDER BY count DESC, label`);

const EVIDENCE = variants(`MATCH (i)-[:ABOUT]->(t:Theme)
  ${INSIGHT_COUNTRIES}
  WITH t, c, count(DISTINCT i) AS count
  RETURN properties(t) AS theme, properties(c) AS country, count ORDER BY t.label, c.name`);

const BY_ADDRESSEE = variants(
  `MATCH (i)-[:ADDRESSED_TO]->(a)
  RETURN properties(a) AS actor, count(DISTINCT i) AS count ORDER BY count DESC, actor.name`,
  'i:Recommendation',
);

function isUnfiltered(filter: ResolvedInsightFilter): boolean {
  return Object.values(filter).every((value) => value === null);
}

function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= compute());
}

/**
 * Lazy aggregates over the insights matching the filter: a dashboard asking only for counts by
 * kind runs one query, not eight.
 */
export function createStatsQueries(reader: GraphReader, filter: ResolvedInsightFilter): StatsQueries {
  const params = filterParams(filter);
  const pick = (query: Variants) => (isUnfiltered(filter) ? query.all : query.filtered);
  const groups = (query: Variants) => once(() => reader.read<GroupCount>(pick(query), params));
  return {
    ...(() => {
      // One query gives the three totals.
      const totals = once(
        async () =>
          (await reader.read<{ insights: number; evaluations: number; projects: number }>(pick(TOTALS), params))[0] ?? {
            insights: 0,
            evaluations: 0,
            projects: 0,
          },
      );
      return {
        insights: async () => (await totals()).insights,
        evaluations: async () => (await totals()).evaluations,
        projects: async () => (await totals()).projects,
      };
    })(),
    byKind: groups(BY_KIND),
    byCountry: groups(BY_COUNTRY),
    byTheme: groups(BY_THEME),
    byYear: groups(BY_YEAR),
    byDonor: groups(BY_DONOR),
    evidenceMap: once(async () => {
      const evidence = await reader.read<{ theme: NodeRow; country: NodeRow; count: number }>(pick(EVIDENCE), params);
      const themes = new Map<string, NodeRow>();
      const countries = new Map<string, NodeRow>();
      for (const cell of evidence) {
        themes.set(cell.theme.id, cell.theme);
        countries.set(cell.country.id, cell.country);
      }
      return {
        themes: [...themes.values()],
        countries: [...countries.values()].sort((x, y) => String(x.name).localeCompare(String(y.name))),
        cells: evidence.map((cell) => ({ themeId: cell.theme.id, countryId: cell.country.id, count: cell.count })),
      };
    }),
    recommendationsByAddressee: once(() => reader.read<AddresseeCount>(pick(BY_ADDRESSEE), params)),
  };
}

/**
 * Evaluations and projects with at least one canonical insight, counted from the evaluations
 * and projects (each stops at its first canonical insight) instead of from every insight: what
 * the unfiltered totals say, at the cost of one look per evaluation.
 */
export async function countEvaluationsAndProjects(reader: GraphReader): Promise<{ evaluations: number; projects: number }> {
  const rows = await reader.read<{ evaluations: number; projects: number }>(
    `CALL () {
       MATCH (e:Evaluation) WHERE EXISTS { MATCH (e)<-[:FROM]-(i:Insight) WHERE coalesce(i.isCanonical, true) }
       RETURN count(e) AS evaluations
     }
     CALL () {
       MATCH (p:Project) WHERE EXISTS { MATCH (p)<-[:EVALUATES]-(:Evaluation)<-[:FROM]-(i:Insight) WHERE coalesce(i.isCanonical, true) }
       RETURN count(p) AS projects
     }
     RETURN evaluations, projects`,
  );
  return rows[0] ?? { evaluations: 0, projects: 0 };
}
