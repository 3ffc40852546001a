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
