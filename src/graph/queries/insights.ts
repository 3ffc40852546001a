import type { NodeRow } from '../../model/node-row.js';
import { rowOfValues } from './nodes.js';
import type { GraphReader } from './read-graph.js';

/**
 * Insight relations, batched by insight id (`$ids`): each query returns `{key, item}` rows for
 * a whole DataLoader batch. Mixed targets (mentions, addressees) carry their labels.
 */
export const INSIGHT_RELATIONS = {
  evaluation: `
    MATCH (i:Insight)-[:FROM]->(e:Evaluation) WHERE i.id IN $ids
    RETURN i.id AS key, properties(e) AS item`,
  project: `
    MATCH (i:Insight)-[:FROM]->(:Evaluation)-[:EVALUATES]->(p:Project) WHERE i.id IN $ids
    RETURN i.id AS key, properties(p) AS item`,
  // The document that contains the insight (an evaluation may have several: translations, report).
  document: `
    MATCH (d:Document)-[:CONTAINS]->(i:Insight) WHERE i.id IN $ids
    RETURN i.id AS key, properties(d) AS item`,
  // The other members of its group of equivalent insights: its canonical insight and every
  // insight SAME_AS that canonical, itself excepted (docs/graph.md, "Equivalent insights").
  sameAs: `
    MATCH (i:Insight) WHERE i.id IN $ids
    MATCH (c:Insight {id: coalesce(i.canonicalId, i.id)})
    CALL (i, c) {
      MATCH (m:Insight)-[:SAME_AS]->(c) WHERE m <> i RETURN m
      UNION
      WITH i, c WHERE c <> i RETURN c AS m
    }
    RETURN i.id AS key, properties(m) AS item ORDER BY m.id`,
  themes: `
    MATCH (i:Insight)-[:ABOUT]->(t:Theme) WHERE i.id IN $ids
    RETURN i.id AS key, properties(t) AS item ORDER BY t.label`,
  // The countries an insight concerns: its project's, those it names and those of the places it
  // names, each once (as the search index's `countries`).
  countries: `
    MATCH (i:Insight) WHERE i.id IN $ids
    CALL (i) {
      MATCH (i)-[:FROM]->(:Evaluation)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) RETURN c
      UNION
      MATCH (i)-[:MENTIONS]->(c:Country) RETURN c
      UNION
      MATCH (i)-[:MENTIONS]->(:Place)-[:IN]->(c:Country) RETURN c
    }
    RETURN i.id AS key, properties(c) AS item ORDER BY c.name`,
  mentions: `
    MATCH (i:Insight)-[m:MENTIONS]->(n) WHERE i.id IN $ids
    RETURN i.id AS key, {node: properties(n), labels: labels(n), asWritten: m.asWritten} AS item
    ORDER BY coalesce(n.name, n.label, n.id)`,
  addressees: `
    MATCH (i:Insight)-[a:ADDRESSED_TO]->(n) WHERE i.id IN $ids
    RETURN i.id AS key, {node: properties(n), labels: labels(n), asWritten: a.asWritten} AS item
    ORDER BY coalesce(n.name, n.id)`,
} as const;

/** A node reached through a relationship that carries the spelling found in the text. */
export interface LinkedNode {
  node: { id: string } & Record<string, unknown>;
  labels: string[];
  asWritten: string | null;
}

/** The insight relations `findInsightRelations` reads in one query (the others have their own loader query only). */
export const COMBINED_INSIGHT_RELATIONS = ['evaluation', 'project', 'document', 'themes', 'countries'] as const;
export type CombinedInsightRelation = (typeof COMBINED_INSIGHT_RELATIONS)[number];

/** Rows of the combined relations by insight id, each list as its INSIGHT_RELATIONS query returns it. */
export type InsightRelationRows = Record<CombinedInsightRelation, NodeRow[]>;

// Each relation is one subquery guarded by its own flag: Neo4j evaluates a parameter-only
// predicate before expanding, so an unselected relation costs no read. The rows and their order
// are those of INSIGHT_RELATIONS (a test compares them); a project carries only the values of the
// properties asked for (rowOfValues).
const INSIGHT_RELATIONS_COMBINED = `
  UNWIND $ids AS key
  MATCH (i:Insight {id: key})
  RETURN key,
    COLLECT { MATCH (i)-[:FROM]->(e:Evaluation) WHERE $evaluation RETURN properties(e) AS item } AS evaluation,
    COLLECT {
      MATCH (i)-[:FROM]->(:Evaluation)-[:EVALUATES]->(p:Project) WHERE $project
      RETURN CASE WHEN $projectProperties IS NULL THEN properties(p) ELSE [k IN $projectProperties | p[k]] END AS item
    } AS project,
    COLLECT { MATCH (d:Document)-[:CONTAINS]->(i) WHERE $document RETURN properties(d) AS item } AS document,
    COLLECT { MATCH (i)-[:ABOUT]->(t:Theme) WHERE $themes RETURN properties(t) AS item ORDER BY t.label } AS themes,
    COLLECT {
      CALL (i) {
        WITH i WHERE $countries
        MATCH (i)-[:FROM]->(:Evaluation)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) RETURN c
        UNION
        WITH i WHERE $countries
        MATCH (i)-[:MENTIONS]->(c:Country) RETURN c
        UNION
        WITH i WHERE $countries
        MATCH (i)-[:MENTIONS]->(:Place)-[:IN]->(c:Country) RETURN c
      }
      RETURN properties(c) AS item ORDER BY c.name
    } AS countries`;

/**
 * The selected relations of these insights in one round trip to Neo4j (a page of search hits
 * asking for project, themes and countries was three queries). `projectProperties` names the
 * properties a project row carries (`id` among them), null for all. Insights the graph does not
 * have are absent from the map.
 */
export async function findInsightRelations(
  reader: GraphReader,
  ids: readonly string[],
  relations: ReadonlySet<CombinedInsightRelation>,
  projectProperties: readonly string[] | null,
): Promise<Map<string, InsightRelationRows>> {
  type Row = Record<Exclude<CombinedInsightRelation, 'project'>, NodeRow[]> & { key: string; project: unknown[] };
  const flags = Object.fromEntries(COMBINED_INSIGHT_RELATIONS.map((name) => [name, relations.has(name)]));
  const rows = await reader.read<Row>(INSIGHT_RELATIONS_COMBINED, { ids: [...new Set(ids)], ...flags, projectProperties });
  return new Map(rows.map(({ key, project, ...others }) => [key, { ...others, project: project.map((stored) => rowOfValues(projectProperties, stored)) }]));
}
