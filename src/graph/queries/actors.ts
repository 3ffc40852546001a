import type { GraphReader } from './read-graph.js';
import type { NodeRow } from '../../model/node-row.js';

/** Actor relations, batched by actor id (`$ids`). */
export const ACTOR_RELATIONS = {
  projects: `
    MATCH (p:Project)-[r:FUNDED_BY|IMPLEMENTED_BY]->(a) WHERE a.id IN $ids
    RETURN a.id AS key, {role: CASE type(r) WHEN 'FUNDED_BY' THEN 'DONOR' ELSE 'PARTNER' END, project: properties(p)} AS item
    ORDER BY p.id, item.role`,
  evaluations: `
    MATCH (e:Evaluation)-[:MANAGED_BY|CONDUCTED_BY]->(a) WHERE a.id IN $ids
    RETURN DISTINCT a.id AS key, properties(e) AS item ORDER BY item.completionDate DESC`,
  memberOf: `
    MATCH (a)-[:MEMBER_OF]->(o:Organisation) WHERE a.id IN $ids
    RETURN a.id AS key, properties(o) AS item ORDER BY o.name`,
} as const;

/** An item of `ACTOR_RELATIONS.projects` (and of the actor page's `projects`): a project and the actor's role in it. */
export interface ActorProjectRow {
  role: 'DONOR' | 'PARTNER';
  project: NodeRow;
}

/**
 * Lower-cases and strips accents, so that `Médiation` and `mediation` compare equal. Not
 * text/normalise's foldForMatch (which also expands ligatures and unifies apostrophes):
 * this one must fold exactly as the Cypher below can (NFD, marks removed, lower case).
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * Actors whose name, acronym or an alias contains the text (case and accents ignored), exact
 * matches first. Folding happens on both sides in Cypher with the same NFD rule as foldForMatch.
 */
export async function findActorsByName(reader: GraphReader, name: string, first: number): Promise<NodeRow[]> {
  const rows = await reader.read<{ item: NodeRow; exact: boolean }>(
    `MATCH (a:Actor)
     WITH a, [x IN [a.name, a.acronym, a.nameFr] + coalesce(a.aliases, []) WHERE x IS NOT NULL |
              toLower(normalize(x, NFD))] AS names
     WITH a, [x IN names | reduce(s = x, m IN $marks | replace(s, m, ''))] AS folded
     WHERE any(x IN folded WHERE x CONTAINS $text)
     RETURN properties(a) AS item, any(x IN folded WHERE x = $text) AS exact
     ORDER BY exact DESC, size(a.name), a.name LIMIT $first`,
    { text: foldForMatch(name), first, marks: COMBINING_MARKS },
  );
  return rows.map((row) => row.item);
}

// Combining diacritical marks (U+0300–U+036F): removing them after NFD folds accents in Cypher,
// which has no built-in accent folding.
const COMBINING_MARKS = Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x300 + i));
