/** Place relations, batched by place id (`$ids`). */
export const PLACE_RELATIONS = {
  country: `
    MATCH (pl:Place)-[:IN]->(c:Country) WHERE pl.id IN $ids
    RETURN pl.id AS key, properties(c) AS item`,
  projects: `
    MATCH (p:Project)-[:AT]->(pl:Place) WHERE pl.id IN $ids
    RETURN pl.id AS key, properties(p) AS item ORDER BY p.id`,
} as const;
