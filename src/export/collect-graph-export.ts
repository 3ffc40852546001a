import type { GraphEdgeView, GraphNodeView } from '../graph/queries/graph-view.js';
import { findNeighbourhood } from '../graph/queries/neighbourhood.js';
import { findPaths } from '../graph/queries/paths.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import type { GraphQuery } from '../model/graph-query.js';
import { toGexf, toGraphml } from './to-graph-files.js';

/** A graph view ready to write: what the explorer's graph page draws for the same query. */
export interface GraphExport {
  query: GraphQuery;
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  /** True when a node limit cut one of the neighbourhoods short. */
  truncated: boolean;
  /** Ids of the nodes and edges on the paths between `from` and `to` (empty without them). */
  pathNodeIds: string[];
  pathEdgeIds: string[];
}

/** Most paths added to a view (the shortest ones). */
const PATHS_IN_VIEW = 3;
const PATH_MAX_HOPS = 4;

/**
 * The union of the neighbourhoods of the query's ids (the API's neighbourhood module, in the
 * order given: the centre first) plus, with `from` and `to`, the shortest paths between them
 * (the API's paths module). Nodes and edges are deduplicated by id. Unknown ids throw the API's
 * NOT_FOUND error.
 */
export async function collectGraphExport(reader: GraphReader, query: GraphQuery): Promise<GraphExport> {
  const nodes = new Map<string, GraphNodeView>();
  const edges = new Map<string, GraphEdgeView>();
  let truncated = false;
  const add = (view: { nodes: readonly GraphNodeView[]; edges: readonly GraphEdgeView[] }) => {
    for (const node of view.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of view.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  };
  for (const id of query.ids) {
    const view = await findNeighbourhood(reader, id, query.depth, query.limit);
    truncated ||= view.truncated;
    add(view);
  }
  const pathNodeIds = new Set<string>();
  const pathEdgeIds = new Set<string>();
  if (query.from !== null && query.to !== null) {
    for (const path of await findPaths(reader, query.from, query.to, PATH_MAX_HOPS, PATHS_IN_VIEW)) {
      add(path);
      for (const node of path.nodes) pathNodeIds.add(node.id);
      for (const edge of path.edges) pathEdgeIds.add(edge.id);
    }
  }
  // An edge whose end the limit left out cannot be drawn or opened by a graph tool.
  const kept = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  return { query, nodes: [...nodes.values()], edges: kept, truncated, pathNodeIds: [...pathNodeIds], pathEdgeIds: [...pathEdgeIds] };
}

function describe(data: GraphExport): string {
  const paths = data.query.from !== null ? `, paths ${data.query.from} -> ${data.query.to}` : '';
  return `Lessons Graph: neighbourhood (depth ${data.query.depth}) of ${data.query.ids.join(', ')}${paths}`;
}

/** The view as GEXF 1.2. */
export function toGraphGexf(data: GraphExport): string {
  return toGexf({ nodes: data.nodes, edges: data.edges, description: describe(data) });
}

/** The view as GraphML. */
export function toGraphGraphml(data: GraphExport): string {
  return toGraphml({ nodes: data.nodes, edges: data.edges, description: describe(data) });
}

/** The view as JSON (the API's GraphView shape, plus the query and the paths' ids). */
export function toGraphJson(data: GraphExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
