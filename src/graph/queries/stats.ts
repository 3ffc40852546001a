import { INSIGHT_FILTER_WHERE, filterParams, type ResolvedInsightFilter } from './insight-filter.js';
import type { NodeRow } from './nodes.js';
import type { GraphReader } from './read-graph.js';

/** One group of a count: its value (kind, id, year), a readable label and the count. */
export interface GroupCount {
  value: string;
  label: string;
  count: number;
}

export interface StatsResult {
  insights: number;
  evaluations: number;
  projects: number;
  byKind: GroupCount[];
  byCountry: GroupCount[];
  byTheme: GroupCount[];
  byYear: GroupCount[];
  byDonor: GroupCount[];
  evidenceMap: { themes: NodeRow[]; countries: NodeRow[]; cells: Array<{ themeId: string; countryId: string; count: number }> };
  recommendationsByAddressee: Array<{ actor: NodeRow; count: number }>;
}

// Every aggregate starts from the same filtered set of insights.
const FILTERED = `MATCH (i:Insight)-[:FROM]->(e:Evaluation) WHERE ${INSIGHT_FILTER_WHERE}`;

const TOTALS = `${FILTERED}
  OPTIONAL MATCH (e)-[:EVALUATES]->(p:Project)
  RETURN count(DISTINCT i) AS insights, count(DISTINCT e) AS evaluations, count(DISTINCT p) AS projects`;

const BY_KIND = `${FILTERED}
  RETURN i.kind AS value, i.kind AS label, count(DISTINCT i) AS count ORDER BY count DESC, value`;

const BY_YEAR = `${FILTERED}
  WITH i, coalesce(i.year, e.year) AS year WHERE year IS NOT NULL
  RETURN toString(toInteger(year)) AS value, toString(toInteger(year)) AS label, count(DISTINCT i) AS count ORDER BY value`;

const BY_THEME = `${FILTERED}
  MATCH (i)-[:ABOUT]->(t:Theme)
  RETURN t.id AS value, t.label AS label, count(DISTINCT i) AS count ORDER BY count DESC, label`;

// The countries an insight concerns: its project's and those it names (as Insight.countries).
const INSIGHT_COUNTRIES = `
  CALL (i, e) {
    MATCH (e)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) RETURN c
    UNION
    MATCH (i)-[:MENTIONS]->(c:Country) RETURN c
    UNION
    MATCH (i)-[:MENTIONS]->(:Place)-[:IN]->(c:Country) RETURN c
  }`;

const BY_COUNTRY = `${FILTERED}
  ${INSIGHT_COUNTRIES}
  RETURN c.id AS value, c.name AS label, count(DISTINCT i) AS count ORDER BY count DESC, label`;

const BY_DONOR = `${FILTERED}
  MATCH (e)-[:EVALUATES]->(:Project)-[:FUNDED_BY]->(d)
  RETURN d.id AS value, d.name AS label, count(DISTINCT i) AS count ORDER BY count DESC, label`;

const EVIDENCE = `${FILTERED}
  MATCH (i)-[:ABOUT]->(t:Theme)
  ${INSIGHT_COUNTRIES}
  WITH t, c, count(DISTINCT i) AS count
  RETURN properties(t) AS theme, properties(c) AS country, count ORDER BY t.label, c.name`;

const BY_ADDRESSEE = `${FILTERED} AND i:Recommendation
  MATCH (i)-[:ADDRESSED_TO]->(a)
  RETURN properties(a) AS actor, count(DISTINCT i) AS count ORDER BY count DESC, actor.name`;

/** Dashboard aggregates over the insights matching the filter (one query per aggregate, run together). */
export async function computeStats(reader: GraphReader, filter: ResolvedInsightFilter): Promise<StatsResult> {
  const params = filterParams(filter);
  const [totals, byKind, byCountry, byTheme, byYear, byDonor, evidence, byAddressee] = await Promise.all([
    reader.read<{ insights: number; evaluations: number; projects: number }>(TOTALS, params),
    reader.read<GroupCount>(BY_KIND, params),
    reader.read<GroupCount>(BY_COUNTRY, params),
    reader.read<GroupCount>(BY_THEME, params),
    reader.read<GroupCount>(BY_YEAR, params),
    reader.read<GroupCount>(BY_DONOR, params),
    reader.read<{ theme: NodeRow; country: NodeRow; count: number }>(EVIDENCE, params),
    reader.read<{ actor: NodeRow; count: number }>(BY_ADDRESSEE, params),
  ]);
  const themes = new Map<string, NodeRow>();
  const countries = new Map<string, NodeRow>();
  for (const cell of evidence) {
    themes.set(cell.theme.id, cell.theme);
    countries.set(cell.country.id, cell.country);
  }
  const total = totals[0] ?? { insights: 0, evaluations: 0, projects: 0 };
  return {
    insights: total.insights,
    evaluations: total.evaluations,
    projects: total.projects,
    byKind,
    byCountry,
    byTheme,
    byYear,
    byDonor,
    evidenceMap: {
      themes: [...themes.values()],
      countries: [...countries.values()].sort((x, y) => String(x.name).localeCompare(String(y.name))),
      cells: evidence.map((cell) => ({ themeId: cell.theme.id, countryId: cell.country.id, count: cell.count })),
    },
    recommendationsByAddressee: byAddressee,
  };
}
