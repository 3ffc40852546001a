import { projectId } from '../../model/ids.js';
import type { NodeRow } from '../../model/node-row.js';
import { rowOfValues } from './nodes.js';
import type { ActorProjectRow } from './actors.js';
import type { GraphReader } from './read-graph.js';

/**
 * Entity pages in one query: the node and its short relations, each list exactly as the
 * relation loaders return it (same rows, same order: projects.ts, countries.ts, actors.ts), so
 * the API primes its loaders with them. An actor page's projects may carry only the properties
 * the request reads (findActorPage). A page of a project with its countries, places, donors,
 * partners and evaluations was six round trips to Neo4j (the lookup, then one per relation);
 * one query is what the raw Cypher of the same page costs.
 */

/** A node and its relations by loader name. */
export interface EntityPage<Relations> {
  item: NodeRow;
  relations: Relations;
}

/** What a project page's relations hold (the rows of PROJECT_RELATIONS). */
export interface ProjectPageRelations {
  countries: NodeRow[];
  places: NodeRow[];
  donors: NodeRow[];
  partners: NodeRow[];
  evaluations: NodeRow[];
}

/** What a country page's relations hold (the rows of COUNTRY_RELATIONS). */
export interface CountryPageRelations {
  neighbours: NodeRow[];
  places: NodeRow[];
  projects: NodeRow[];
}

/** What an actor page's relations hold (the rows of ACTOR_RELATIONS). */
export interface ActorPageRelations {
  projects: ActorProjectRow[];
  evaluations: NodeRow[];
  memberOf: NodeRow[];
}

/** The relations each page query returns, by the loader names of loaders.ts. */
export const PROJECT_PAGE_RELATIONS = ['countries', 'places', 'donors', 'partners', 'evaluations'] as const satisfies ReadonlyArray<keyof ProjectPageRelations>;
export const COUNTRY_PAGE_RELATIONS = ['neighbours', 'places', 'projects'] as const satisfies ReadonlyArray<keyof CountryPageRelations>;
export const ACTOR_PAGE_RELATIONS = ['projects', 'evaluations', 'memberOf'] as const satisfies ReadonlyArray<keyof ActorPageRelations>;

const PROJECT_PAGE = `
  MATCH (p:Project) WHERE p.id IN [$id, $raw]
  WITH p ORDER BY p.id = $id DESC LIMIT 1
  RETURN properties(p) AS item, {
    countries: COLLECT { MATCH (p)-[:IN]->(c:Country) RETURN properties(c) AS item ORDER BY c.name },
    places: COLLECT { MATCH (p)-[:AT]->(pl:Place) RETURN properties(pl) AS item ORDER BY pl.name },
    donors: COLLECT { MATCH (p)-[:FUNDED_BY]->(a) RETURN properties(a) AS item ORDER BY a.name },
    partners: COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(a) RETURN properties(a) AS item ORDER BY a.name },
    evaluations: COLLECT { MATCH (e:Evaluation)-[:EVALUATES]->(p) RETURN properties(e) AS item ORDER BY e.completionDate DESC }
  } AS relations`;

const COUNTRY_PAGE = `
  MATCH (c:Country) WHERE c.id = $id OR c.iso2 = $iso2
  WITH c ORDER BY c.id LIMIT 1
  RETURN properties(c) AS item, {
    neighbours: COLLECT { MATCH (c)-[:BORDERS]-(n:Country) WITH DISTINCT n RETURN properties(n) AS item ORDER BY item.name },
    places: COLLECT { MATCH (pl:Place)-[:IN]->(c) RETURN properties(pl) AS item ORDER BY pl.name },
    projects: COLLECT { MATCH (p:Project)-[:IN]->(c) RETURN properties(p) AS item ORDER BY p.id }
  } AS relations`;

const ACTOR_PAGE = `
  MATCH (a:Actor) WHERE a.id = $id
  RETURN properties(a) AS item, {
    projects: COLLECT {
      MATCH (p:Project)-[r:FUNDED_BY|IMPLEMENTED_BY]->(a)
      WITH p, CASE type(r) WHEN 'FUNDED_BY' THEN 'DONOR' ELSE 'PARTNER' END AS role
      RETURN [role, CASE WHEN $projectProperties IS NULL THEN properties(p) ELSE [k IN $projectProperties | p[k]] END] AS item
      ORDER BY p.id, role
    },
    evaluations: COLLECT { MATCH (e:Evaluation)-[:MANAGED_BY|CONDUCTED_BY]->(a) WITH DISTINCT e RETURN properties(e) AS item ORDER BY item.completionDate DESC },
    memberOf: COLLECT { MATCH (a)-[:MEMBER_OF]->(o:Organisation) RETURN properties(o) AS item ORDER BY o.name }
  } AS relations`;

async function readPage<Relations>(reader: GraphReader, cypher: string, params: Record<string, unknown>): Promise<EntityPage<Relations> | null> {
  const rows = await reader.read<EntityPage<Relations>>(cypher, params);
  return rows[0] ?? null;
}

/** A project page by code (any case) or id, through the id index; null when no id matches (the caller falls back to the code). */
export function findProjectPage(reader: GraphReader, code: string): Promise<EntityPage<ProjectPageRelations> | null> {
  const trimmed = code.trim();
  return readPage(reader, PROJECT_PAGE, { id: projectId(trimmed.replace(/^project:/i, ''), ''), raw: trimmed });
}

/** A country page by ISO alpha-3 or alpha-2 code (any case) or id, as findCountryByCode finds it. */
export function findCountryPage(reader: GraphReader, code: string): Promise<EntityPage<CountryPageRelations> | null> {
  const normalised = code
    .trim()
    .replace(/^country:/i, '')
    .toUpperCase();
  return readPage(reader, COUNTRY_PAGE, normalised.length === 2 ? { id: null, iso2: normalised } : { id: `country:${normalised}`, iso2: null });
}

/**
 * An actor page as read: each project as its role and the values of the properties asked for
 * (rowOfValues). An actor can be party to
 * thousands of projects: maps of [key, value] pairs carried three more strings per project for the
 * driver to decode than these lists (47 ms of CPU for a page of 3,334 projects, most of it that).
 */
type StoredActorPage = EntityPage<Omit<ActorPageRelations, 'projects'> & { projects: Array<[ActorProjectRow['role'], unknown]> }>;

/**
 * An actor page by id (`org:`, `person:`, `group:`). `projectProperties` names the properties its
 * projects carry (`id` among them), null for all: an actor can be a party to hundreds of
 * projects, and their long texts (objective, outcomes) were most of the page's bytes and time
 * when the page showed only their codes.
 */
export async function findActorPage(
  reader: GraphReader,
  id: string,
  projectProperties: readonly string[] | null = null,
): Promise<EntityPage<ActorPageRelations> | null> {
  const page = await readPage<StoredActorPage['relations']>(reader, ACTOR_PAGE, { id, projectProperties });
  if (!page) return null;
  const projects = page.relations.projects.map(([role, project]) => ({ role, project: rowOfValues(projectProperties, project) }));
  return { item: page.item, relations: { ...page.relations, projects } };
}
