import { AppError, quoteValue } from '../../errors.js';
import { NODE_PROJECTION, toGraphEdge, toGraphNode, type GraphEdgeView, type GraphNodeView } from './graph-view.js';
import { findNodeHandle } from './nodes.js';
import type { GraphReader } from './read-graph.js';

/** Hard caps: the path length and how many shortest paths the engine enumerates. */
export const MAX_HOPS = 6;
export const MAX_PATHS = 20;

// Quantifier bounds must be literals in Cypher, so there is one constant query per hop count.
// At most one BORDERS edge per path: chains of borders (Mali-Algeria-Niger) say nothing the
// neighbour lists do not, and would crowd out the paths through insights and projects.
function pathQuery(hops: number): string {
  return `
    MATCH (a) WHERE elementId(a) = $from
    MATCH (b) WHERE elementId(b) = $to
    MATCH p = SHORTEST ${MAX_PATHS} ((a)-[rs]-{1,${hops}}(b) WHERE size([r IN rs WHERE type(r) = 'BORDERS']) <= 1)
    RETURN [n IN nodes(p) | {props: ${NODE_PROJECTION}, labels: labels(n)}] AS nodes,
           [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges`;
}
const PATH_QUERIES: readonly string[] = Array.from({ length: MAX_HOPS + 1 }, (_, hops) => (hops === 0 ? '' : pathQuery(hops)));

export interface GraphPathView {
  length: number;
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
}

/**
 * Paths between two nodes by id, shortest first; at equal length, paths with fewer BORDERS
 * edges first (knowledge before geography), then those avoiding Document nodes (insights
 * before whole documents). Paths that revisit a node are dropped.
 * Throws NOT_FOUND when either end does not exist.
 */
export async function findPaths(reader: GraphReader, from: string, to: string, maxHops: number, first: number): Promise<GraphPathView[]> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new AppError('BAD_USER_INPUT', `maxHops must be an integer from 1 to ${MAX_HOPS} (got ${maxHops}).`);
  }
  const [a, b] = await Promise.all([findNodeHandle(reader, from), findNodeHandle(reader, to)]);
  if (!a) throw new AppError('NOT_FOUND', `No node with id ${quoteValue(from)}.`);
  if (!b) throw new AppError('NOT_FOUND', `No node with id ${quoteValue(to)}.`);
  if (a.elementId === b.elementId) return [];
  const rows = await reader.read<{
    nodes: Array<{ props: Record<string, unknown>; labels: string[] }>;
    edges: Array<{ type: string; source: string; target: string }>;
  }>(PATH_QUERIES[maxHops] as string, { from: a.elementId, to: b.elementId });
  const paths = rows
    .filter((row) => new Set(row.nodes.map((n) => n.props.id)).size === row.nodes.length)
    .map((row) => ({
      length: row.edges.length,
      borders: row.edges.filter((edge) => edge.type === 'BORDERS').length,
      documents: row.nodes.filter((n) => n.labels.includes('Document')).length,
      nodes: row.nodes.map((n) => toGraphNode(n.props, n.labels)),
      edges: row.edges.map((edge) => toGraphEdge(edge.type, edge.source, edge.target)),
    }));
  // A document's own mentions cover its whole text: a path through one of its insights says more.
  paths.sort((x, y) => x.length - y.length || x.borders - y.borders || x.documents - y.documents || pathKey(x).localeCompare(pathKey(y)));
  return paths.slice(0, first).map(({ length, nodes, edges }) => ({ length, nodes, edges }));
}

function pathKey(path: { nodes: GraphNodeView[] }): string {
  return path.nodes.map((node) => node.id).join('|');
}
