import { AppError, quoteValue } from '../../errors.js';
import { NODE_PROJECTION, toGraphEdge, toGraphNode, type GraphEdgeView, type GraphNodeView } from './graph-view.js';
import { findNodeHandle } from './nodes.js';
import type { GraphReader } from './read-graph.js';

/** Hard caps on a neighbourhood. */
export const MAX_DEPTH = 3;
export const MAX_NODES = 300;
const MAX_EDGES_PER_NODE = 4;

export interface GraphViewResult {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  truncated: boolean;
}

// Breadth first, one query per level, so the nearest nodes are kept when the limit cuts. Within
// a level, the most connected first: linked to most nodes of the level before, then most links
// of all (a country or a project before one of its insights, so Niger is kept among Mali's
// neighbours however many insights mention Mali), then by id. Without an order the limit kept
// whichever nodes Neo4j met first, and the same view could differ from one run to the next.
// The price: every neighbour of the level is read and ranked (its degree is a stored count),
// where the unordered query stopped at the limit.
const NEXT_LEVEL = `
  MATCH (f) WHERE elementId(f) IN $frontier
  MATCH (f)--(n) WHERE NOT elementId(n) IN $seen
  WITH n, count(DISTINCT f) AS links
  ORDER BY links DESC, COUNT { (n)--() } DESC, n.id, elementId(n)
  LIMIT $limit
  RETURN elementId(n) AS elementId, ${NODE_PROJECTION} AS props, labels(n) AS labels`;

const START = `MATCH (n) WHERE elementId(n) = $start RETURN ${NODE_PROJECTION} AS props, labels(n) AS labels`;

// Ordered like the edges' ids, so a cut keeps the same edges every time.
const EDGES_BETWEEN = `
  MATCH (x)-[r]->(y) WHERE elementId(x) IN $ids AND elementId(y) IN $ids
  RETURN type(r) AS type, x.id AS source, y.id AS target
  ORDER BY source, type, target LIMIT $limit`;

/**
 * The nodes within `depth` hops of a node (nearest first, at most `limit`, the start included)
 * and the edges among them. Throws NOT_FOUND for an unknown id.
 */
export async function findNeighbourhood(reader: GraphReader, id: string, depth: number, limit: number): Promise<GraphViewResult> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new AppError('BAD_USER_INPUT', `depth must be an integer from 1 to ${MAX_DEPTH} (got ${depth}).`);
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODES) {
    throw new AppError('BAD_USER_INPUT', `limit must be an integer from 1 to ${MAX_NODES} (got ${limit}).`);
  }
  const start = await findNodeHandle(reader, id);
  if (!start) throw new AppError('NOT_FOUND', `No node with id ${quoteValue(id)}.`);
  const [startRow] = await reader.read<{ props: Record<string, unknown>; labels: string[] }>(START, { start: start.elementId });
  const nodes: GraphNodeView[] = [toGraphNode(startRow?.props ?? { id }, startRow?.labels ?? start.labels)];
  const seen = [start.elementId];
  let frontier = [start.elementId];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level += 1) {
    const room = limit - nodes.length;
    if (room <= 0) {
      truncated = true;
      break;
    }
    // One more than there is room for tells whether the limit cut the level.
    const rows = await reader.read<{ elementId: string; props: Record<string, unknown>; labels: string[] }>(NEXT_LEVEL, { frontier, seen, limit: room + 1 });
    if (rows.length > room) truncated = true;
    const kept = rows.slice(0, room);
    for (const row of kept) {
      nodes.push(toGraphNode(row.props, row.labels));
      seen.push(row.elementId);
    }
    frontier = kept.map((row) => row.elementId);
  }
  const edgeRows = await reader.read<{ type: string; source: string; target: string }>(EDGES_BETWEEN, { ids: seen, limit: seen.length * MAX_EDGES_PER_NODE });
  const edges = edgeRows.map((row) => toGraphEdge(row.type, row.source, row.target));
  edges.sort((x, y) => x.id.localeCompare(y.id));
  return { nodes, edges, truncated };
}
