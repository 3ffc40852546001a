import type { GraphEdgeView, GraphNodeView } from '../graph/queries/graph-view.js';

/**
 * A graph view as the files graph tools open: GEXF 1.2 (Gephi; NetworkX `read_gexf`) and
 * GraphML (NetworkX `read_graphml`, yEd, Cytoscape desktop, igraph). Pure: nodes and edges in,
 * XML text out. Node attributes: `label` and `type` (the API's EntityType); edge attribute:
 * the relationship type.
 */
export interface GraphFileInput {
  nodes: readonly GraphNodeView[];
  edges: readonly GraphEdgeView[];
  /** One line saying what the view is (written in the file's metadata). */
  description: string;
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogates and U+FFFE/FFFF.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an XML attribute or element. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** GEXF 1.2 (the version both Gephi and NetworkX read), directed, static. */
export function toGexf(graph: GraphFileInput): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta><creator>Lessons Graph</creator><description>${escapeXml(graph.description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="type" title="type" type="string"/></attributes>',
    '    <nodes>',
    ...graph.nodes.map(
      (node) =>
        `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}"><attvalues><attvalue for="type" value="${escapeXml(node.type)}"/></attvalues></node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (edge) =>
        `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(edge.type)}"/>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}

/** GraphML, directed; keys `label` and `type` on nodes, `relationship` (attr.name "type") on edges. */
export function toGraphml(graph: GraphFileInput): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${escapeXml(graph.description)}</desc>`,
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="relationship" for="edge" attr.name="type" attr.type="string"/>',
    '  <graph id="lessons-graph" edgedefault="directed">',
    ...graph.nodes.map(
      (node) => `    <node id="${escapeXml(node.id)}"><data key="label">${escapeXml(node.label)}</data><data key="type">${escapeXml(node.type)}</data></node>`,
    ),
    ...graph.edges.map(
      (edge) =>
        `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"><data key="relationship">${escapeXml(edge.type)}</data></edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
