import type { InsightKind } from '../../model/records.js';
import type { NodeRow } from '../../model/node-row.js';
import type { GraphReader } from './read-graph.js';

/**
 * Insight lists that can be long (a busy country, theme or actor), read a page at a time: the
 * kind filter and the paging run in the query (never a cut of a longer list filtered
 * afterwards), and each page comes with the list's total. Equivalent insights (TEAM.md: the
 * same insight in two languages or two documents of an evaluation) are listed and counted once,
 * as their canonical insight, unless the caller asks for `equivalents`.
 *
 * Each query takes a batch of parent ids (`$ids`, one DataLoader batch) and the page
 * (`$kind`, `$equivalents`, `$offset`, `$first`), and returns one row per parent:
 * `{key, items, total}`.
 */

/** Where each list's insights come from: `(n)` is the parent node, `i` the insight, `e` its evaluation. */
const LIST_PATTERNS = {
  /** Insights of the projects in a country. */
  countryInsights: { parent: 'Country', pattern: '(i:Insight)-[:FROM]->(e:Evaluation)-[:EVALUATES]->(:Project)-[:IN]->(n)' },
  /** Insights naming a country. */
  countryMentionedIn: { parent: 'Country', pattern: '(e:Evaluation)<-[:FROM]-(i:Insight)-[:MENTIONS]->(n)' },
  /** Insights about a theme. */
  themeInsights: { parent: 'Theme', pattern: '(e:Evaluation)<-[:FROM]-(i:Insight)-[:ABOUT]->(n)' },
  /** Insights naming a place. */
  placeMentionedIn: { parent: 'Place', pattern: '(e:Evaluation)<-[:FROM]-(i:Insight)-[:MENTIONS]->(n)' },
  /** Insights naming an actor. */
  actorMentionedIn: { parent: 'Actor', pattern: '(e:Evaluation)<-[:FROM]-(i:Insight)-[:MENTIONS]->(n)' },
  /** Recommendations addressed to an actor. */
  actorRecommendations: { parent: 'Actor', pattern: '(e:Evaluation)<-[:FROM]-(i:Recommendation)-[:ADDRESSED_TO]->(n)' },
} as const;

/** The paged insight lists. */
export type InsightListName = keyof typeof LIST_PATTERNS;

// Built once, from the constant patterns above only: no argument ever enters the text.
function pagedListQuery(parent: string, pattern: string): string {
  const where = 'WHERE ($kind IS NULL OR i.kind = $kind) AND ($equivalents OR coalesce(i.isCanonical, true))';
  return `MATCH (n:${parent}) WHERE n.id IN $ids
CALL (n) {
  MATCH ${pattern}
  ${where}
  RETURN count(DISTINCT i) AS total
}
CALL (n) {
  MATCH ${pattern}
  ${where}
  WITH DISTINCT i, e
  ORDER BY coalesce(e.completionDate, '') DESC, e.id, i.start, i.id
  SKIP $offset LIMIT $first
  RETURN collect(properties(i)) AS items
}
RETURN n.id AS key, items, total`;
}

/** The Cypher of each paged list (exported for the query snapshot test). */
export const INSIGHT_LIST_QUERIES: Readonly<Record<InsightListName, string>> = Object.fromEntries(
  Object.entries(LIST_PATTERNS).map(([name, { parent, pattern }]) => [name, pagedListQuery(parent, pattern)]),
) as Record<InsightListName, string>;

/** One page of a list: which slice, of which kind, with or without equivalents. */
export interface ListPage {
  kind: InsightKind | null;
  equivalents: boolean;
  /** 0-based position of the first insight of the page. */
  offset: number;
  first: number;
}

/** A page's insights and the whole list's total. */
export interface ListSlice {
  items: NodeRow[];
  total: number;
}

/** One page of a list for each parent id, in one query; parents with nothing get an empty slice. */
export async function findInsightListPages(
  reader: GraphReader,
  list: InsightListName,
  ids: readonly string[],
  page: ListPage,
): Promise<Map<string, ListSlice>> {
  const rows = await reader.read<{ key: string; items: NodeRow[]; total: number }>(INSIGHT_LIST_QUERIES[list], {
    ids: [...new Set(ids)],
    kind: page.kind,
    equivalents: page.equivalents,
    offset: page.offset,
    first: page.first,
  });
  return new Map(rows.map((row) => [row.key, { items: row.items, total: row.total }]));
}
