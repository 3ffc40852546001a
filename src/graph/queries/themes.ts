import type { GraphReader } from './read-graph.js';
import type { NodeRow } from '../../model/node-row.js';

/** Theme relations, batched by theme id (`$ids`). Its insight list is paged: insight-lists.ts. */
export const THEME_RELATIONS = {
  broader: `
    MATCH (t:Theme)-[:BROADER]->(b:Theme) WHERE t.id IN $ids
    RETURN t.id AS key, properties(b) AS item ORDER BY b.label`,
  narrower: `
    MATCH (n:Theme)-[:BROADER]->(t:Theme) WHERE t.id IN $ids
    RETURN t.id AS key, properties(n) AS item ORDER BY n.label`,
  // Countries of the insights about the theme, each group of equivalent insights counted once (TEAM.md).
  countries: `
    MATCH (t:Theme) WHERE t.id IN $ids
    CALL (t) {
      MATCH (i:Insight)-[:ABOUT]->(t) WHERE coalesce(i.isCanonical, true)
      CALL (i) {
        MATCH (i)-[:FROM]->(:Evaluation)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) RETURN c
        UNION
        MATCH (i)-[:MENTIONS]->(c:Country) RETURN c
      }
      RETURN c, count(DISTINCT i) AS count
    }
    RETURN t.id AS key, {country: properties(c), count: count} AS item ORDER BY count DESC, c.name`,
} as const;

/** An item of `THEME_RELATIONS.countries`: a country and the number of insights about the theme concerning it. */
export interface ThemeCountryRow {
  country: NodeRow;
  count: number;
}

/** The whole theme vocabulary, by English label. */
export async function listThemes(reader: GraphReader): Promise<NodeRow[]> {
  const rows = await reader.read<{ item: NodeRow }>('MATCH (t:Theme) RETURN properties(t) AS item ORDER BY t.label');
  return rows.map((row) => row.item);
}
