import { AppError, quoteValue } from '../../errors.js';
import type { NodeRow } from '../../model/node-row.js';
import type { GraphReader } from './read-graph.js';

/** The node labels the API reads by id (docs/graph.md). */
export type NodeLabel =
  'Document' | 'Evaluation' | 'Project' | 'Country' | 'Place' | 'Organisation' | 'Person' | 'StakeholderGroup' | 'Actor' | 'Theme' | 'Insight';

/** The GraphQL EntityType of a node, from its labels. */
export type EntityType = 'DOCUMENT' | 'EVALUATION' | 'PROJECT' | 'COUNTRY' | 'PLACE' | 'ORGANISATION' | 'PERSON' | 'STAKEHOLDER_GROUP' | 'THEME' | 'INSIGHT';

// One constant query per label: the label cannot be a parameter, and an unlabelled
// `MATCH (n {id: $id})` would scan every node instead of using the per-label id constraint.
const BY_IDS: Record<NodeLabel, string> = {
  Document: 'MATCH (n:Document) WHERE n.id IN $ids RETURN properties(n) AS item',
  Evaluation: 'MATCH (n:Evaluation) WHERE n.id IN $ids RETURN properties(n) AS item',
  Project: 'MATCH (n:Project) WHERE n.id IN $ids RETURN properties(n) AS item',
  Country: 'MATCH (n:Country) WHERE n.id IN $ids RETURN properties(n) AS item',
  Place: 'MATCH (n:Place) WHERE n.id IN $ids RETURN properties(n) AS item',
  Organisation: 'MATCH (n:Organisation) WHERE n.id IN $ids RETURN properties(n) AS item',
  Person: 'MATCH (n:Person) WHERE n.id IN $ids RETURN properties(n) AS item',
  StakeholderGroup: 'MATCH (n:StakeholderGroup) WHERE n.id IN $ids RETURN properties(n) AS item',
  Actor: 'MATCH (n:Actor) WHERE n.id IN $ids RETURN properties(n) AS item',
  Theme: 'MATCH (n:Theme) WHERE n.id IN $ids RETURN properties(n) AS item',
  Insight: 'MATCH (n:Insight) WHERE n.id IN $ids RETURN properties(n) AS item',
};

const ELEMENT_ID: Record<NodeLabel, string> = {
  Document: 'MATCH (n:Document {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Evaluation: 'MATCH (n:Evaluation {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Project: 'MATCH (n:Project {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Country: 'MATCH (n:Country {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Place: 'MATCH (n:Place {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Organisation: 'MATCH (n:Organisation {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Person: 'MATCH (n:Person {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  StakeholderGroup: 'MATCH (n:StakeholderGroup {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Actor: 'MATCH (n:Actor {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Theme: 'MATCH (n:Theme {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
  Insight: 'MATCH (n:Insight {id: $id}) RETURN elementId(n) AS elementId, labels(n) AS labels',
};

const PREFIX_LABEL: Record<string, NodeLabel> = {
  document: 'Document',
  evaluation: 'Evaluation',
  project: 'Project',
  country: 'Country',
  place: 'Place',
  org: 'Organisation',
  person: 'Person',
  group: 'StakeholderGroup',
  theme: 'Theme',
  insight: 'Insight',
};

/** The label an id belongs to, from its documented prefix (`country:MLI` -> Country); null if unknown. */
export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.slice(0, Math.max(0, id.indexOf(':')));
  return PREFIX_LABEL[prefix] ?? null;
}

/** Maps Neo4j labels to the GraphQL EntityType (Actor is a super-label of three). */
export function entityTypeOf(labels: readonly string[]): EntityType {
  if (labels.includes('Insight')) return 'INSIGHT';
  if (labels.includes('Organisation')) return 'ORGANISATION';
  if (labels.includes('Person')) return 'PERSON';
  if (labels.includes('StakeholderGroup')) return 'STAKEHOLDER_GROUP';
  if (labels.includes('Country')) return 'COUNTRY';
  if (labels.includes('Place')) return 'PLACE';
  if (labels.includes('Project')) return 'PROJECT';
  if (labels.includes('Evaluation')) return 'EVALUATION';
  if (labels.includes('Document')) return 'DOCUMENT';
  return 'THEME';
}

/** What a graph view writes on a node: its name, label, code or a cut of its text. */
export function displayNameOf(props: Record<string, unknown>): string {
  for (const key of ['name', 'label', 'code', 'headline', 'title', 'sourcePath']) {
    const value = props[key];
    if (typeof value === 'string' && value.trim() !== '') return cut(value, 90);
  }
  if (typeof props.text === 'string') return cut(props.text, 90);
  return typeof props.id === 'string' ? props.id : '';
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A node row read with only some of its properties: `stored` holds the values of `properties`
 * in their order (Cypher has no map built from keys; a list of values is also fewer strings for
 * the driver to decode than `[key, value]` pairs), or the whole property map when `properties` is
 * null. Properties without a value are left out, as `properties(n)` leaves them.
 */
export function rowOfValues(properties: readonly string[] | null, stored: unknown): NodeRow {
  if (properties === null) return stored as NodeRow;
  const values = stored as unknown[];
  const row: Record<string, unknown> = {};
  properties.forEach((key, index) => {
    if (values[index] !== null && values[index] !== undefined) row[key] = values[index];
  });
  return row as NodeRow;
}

/** Loads nodes of one label by id: one query for the whole batch; missing ids are absent from the map. */
export async function findNodesByIds(reader: GraphReader, label: NodeLabel, ids: readonly string[]): Promise<Map<string, NodeRow>> {
  const rows = await reader.read<{ item: NodeRow }>(BY_IDS[label], { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.item.id, row.item]));
}

/** Finds any node by id (label from the id's prefix): its elementId and labels, or null. */
export async function findNodeHandle(reader: GraphReader, id: string): Promise<{ elementId: string; labels: string[] } | null> {
  const label = labelOfId(id);
  if (label === null) {
    throw new AppError(
      'BAD_USER_INPUT',
      `Unknown id ${quoteValue(id)}: ids start with document:, evaluation:, project:, country:, place:, org:, person:, group:, theme: or insight:.`,
    );
  }
  const rows = await reader.read<{ elementId: string; labels: string[] }>(ELEMENT_ID[label], { id });
  return rows[0] ?? null;
}

/** Groups `{key, item}` rows by key, keeping the query's order. */
export async function readGrouped<Item>(
  reader: GraphReader,
  cypher: string,
  ids: readonly string[],
  params: Record<string, unknown> = {},
): Promise<Map<string, Item[]>> {
  const rows = await reader.read<{ key: string; item: Item }>(cypher, { ...params, ids: [...new Set(ids)] });
  const map = new Map<string, Item[]>();
  for (const row of rows) {
    const list = map.get(row.key);
    if (list) list.push(row.item);
    else map.set(row.key, [row.item]);
  }
  return map;
}
