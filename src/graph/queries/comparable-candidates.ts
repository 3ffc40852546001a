import { uniqueBy } from '../../util/unique-by.js';
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

const idOf = (item: { id: string }) => item.id;

/** Profiles of insights by id (one query), in the order asked; unknown ids are left out. */
export async function findInsightProfiles(reader: GraphReader, ids: readonly string[]): Promise<InsightProfileRow[]> {
  if (ids.length === 0) return [];
  const rows = await reader.read<InsightProfileRow>(PROFILES, { ids: [...new Set(ids)] });
  const byId = new Map(
    rows.map((row) => [row.id, { ...row, countries: uniqueBy(row.countries, idOf), actors: uniqueBy(row.actors, idOf), themes: uniqueBy(row.themes, idOf) }]),
  );
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

/**
 * What the reasons need from the graph, in one query: the countries bordering any of
 * `countryIds` (BORDERS read undirected) with their names, and the readable names of themes
 * (label), countries and actors (name) by id, each label looked up through its own id constraint.
 */
export async function findBordersAndNames(
  reader: GraphReader,
  countryIds: readonly string[],
  ids: readonly string[],
): Promise<{ neighbours: Array<{ id: string; name: string }>; names: Map<string, string> }> {
  if (countryIds.length === 0 && ids.length === 0) return { neighbours: [], names: new Map() };
  const rows = await reader.read<{ neighbours: Array<{ id: string; name: string }>; names: Array<{ id: string; name: string | null }> }>(
    `CALL () {
       MATCH (c:Country)-[:BORDERS]-(n:Country) WHERE c.id IN $countries
       WITH DISTINCT n ORDER BY n.id
       RETURN collect(n {.id, .name}) AS neighbours
     }
     CALL () {
       CALL () {
         MATCH (n:Theme) WHERE n.id IN $ids RETURN n.id AS id, n.label AS name
         UNION
         MATCH (n:Country) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name
         UNION
         MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name
       }
       RETURN collect({id: id, name: name}) AS names
     }
     RETURN neighbours, names`,
    { countries: [...new Set(countryIds)], ids: [...new Set(ids)] },
  );
  const row = rows[0] ?? { neighbours: [], names: [] };
  return { neighbours: row.neighbours, names: new Map(row.names.flatMap((entry) => (entry.name ? [[entry.id, entry.name] as [string, string]] : []))) };
}
