import { displayNameOf, entityTypeOf, type EntityType } from './nodes.js';

/** A node as a graph view draws it. */
export interface GraphNodeView {
  id: string;
  type: EntityType;
  label: string;
}

/** An edge as a graph view draws it, directed as stored. */
export interface GraphEdgeView {
  id: string;
  type: string;
  source: string;
  target: string;
}

/** The map projection every traversal returns for a node: what displayNameOf needs, no long text. */
export const NODE_PROJECTION = 'n {.id, .name, .label, .code, .headline, .title, .sourcePath, text: left(n.text, 120)}';

/** Builds a view node from the projection above and the node's labels. */
export function toGraphNode(props: Record<string, unknown>, labels: string[]): GraphNodeView {
  return { id: String(props.id), type: entityTypeOf(labels), label: displayNameOf(props) };
}

/** Builds a view edge; its id is stable so a client can merge views. */
export function toGraphEdge(type: string, source: string, target: string): GraphEdgeView {
  return { id: `${source}-${type}->${target}`, type, source, target };
}
