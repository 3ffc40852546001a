/** Place relations, batched by place id (`$ids`). */
export const PLACE_RELATIONS = {
  country: `
    MATCH (pl:Place)-[:IN]->(c:Country) WHERE pl.id IN $ids
    RETURN pl.id AS key, properties(c) AS item`,
  projects: `
    MATCH (p:Project)-[:AT]->(pl:Place) WHERE pl.id IN $ids
    RETURN pl.id AS key, properties(p) AS item ORDER BY p.id`,
  mentionedIn: `
    MATCH (pl:Place) WHERE pl.id IN $ids
    CALL (pl) {
      MATCH (i:Insight)-[:MENTIONS]->(pl) RETURN i ORDER BY i.year DESC, i.id LIMIT $cap
    }
    RETURN pl.id AS key, properties(i) AS item`,
} as const;
