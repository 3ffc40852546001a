import { INSIGHT_LIST_QUERIES } from '../../../src/graph/queries/insight-lists.js';

describe('paged insight lists: the exact Cypher', () => {
  it('filters the kind and pages in the query, counts the whole list, and counts equivalent insights once', () => {
    expect(INSIGHT_LIST_QUERIES.countryInsights).toBe(`MATCH (n:Country) WHERE n.id IN $ids
CALL (n) {
  MATCH (i:Insight)-[:FROM]->(e:Evaluation)-[:EVALUATES]->(:Project)-[:IN]->(n)
  WHERE ($kind IS NULL OR i.kind = $kind) AND ($equivalents OR coalesce(i.isCanonical, true))
  RETURN count(DISTINCT i) AS total
}
CALL (n) {
  MATCH (i:Insight)-[:FROM]->(e:Evaluation)-[:EVALUATES]->(:Project)-[:IN]->(n)
  WHERE ($kind IS NULL OR i.kind = $kind) AND ($equivalents OR coalesce(i.isCanonical, true))
  WITH DISTINCT i, e
  ORDER BY coalesce(e.completionDate, '') DESC, e.id, i.start, i.id
  SKIP $offset LIMIT $first
  RETURN collect(properties(i)) AS items
}
RETURN n.id AS key, items, total`);
  });

  it('has one query per list, each on its parent label', () => {
    expect(Object.fromEntries(Object.entries(INSIGHT_LIST_QUERIES).map(([name, cypher]) => [name, cypher.split('\n')[0]]))).toEqual({
      countryInsights: 'MATCH (n:Country) WHERE n.id IN $ids',
      countryMentionedIn: 'MATCH (n:Country) WHERE n.id IN $ids',
      themeInsights: 'MATCH (n:Theme) WHERE n.id IN $ids',
      placeMentionedIn: 'MATCH (n:Place) WHERE n.id IN $ids',
      actorMentionedIn: 'MATCH (n:Actor) WHERE n.id IN $ids',
      actorRecommendations: 'MATCH (n:Actor) WHERE n.id IN $ids',
    });
    for (const cypher of Object.values(INSIGHT_LIST_QUERIES)) expect(cypher).not.toContain('$cap');
  });
});
