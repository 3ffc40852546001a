import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { writeGraphQuery, type GraphQuery } from '../../../src/model/graph-query.js';
import { ApiError, gql } from '../api.js';
import { Failure, Loading, PageHeading } from '../components.js';
import { NODE_STYLE, PATH_COLOR } from '../graph-style.js';
import { useI18n } from '../i18n.js';
import { hrefOfNode, navigate } from '../router.js';
import { NEIGHBOURHOOD_QUERY, PATHS_QUERY } from '../queries.js';

interface GraphNode {
  id: string;
  type: string;
  label: string;
}
interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}
interface View {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  paths: number | null;
}

// Neighbourhoods already fetched in this visit: expanding a node refetches nothing else.
const cache = new Map<string, Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }>>();

function neighbourhood(id: string, depth: number, limit: number) {
  const key = `${id}|${depth}|${limit}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = gql<{ neighbourhood: { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean } }>(NEIGHBOURHOOD_QUERY, { id, depth, limit }).then(
      (data) => data.neighbourhood,
    );
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
  }
  return entry;
}

/** The union of the neighbourhoods of the query's ids, plus the paths between `from` and `to`. */
async function loadView(query: GraphQuery): Promise<View> {
  const views = await Promise.all(query.ids.map((id) => neighbourhood(id, query.depth, query.limit)));
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const view of views) {
    for (const node of view.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of view.edges) edges.set(edge.id, edge);
  }
  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  let paths: number | null = null;
  if (query.from && query.to) {
    const found = (await gql<{ paths: Array<{ nodes: GraphNode[]; edges: GraphEdge[] }> }>(PATHS_QUERY, { from: query.from, to: query.to })).paths;
    paths = found.length;
    for (const path of found) {
      for (const node of path.nodes) {
        if (!nodes.has(node.id)) nodes.set(node.id, node);
        pathNodes.add(node.id);
      }
      for (const edge of path.edges) {
        edges.set(edge.id, edge);
        pathEdges.add(edge.id);
      }
    }
  }
  const kept = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  return { nodes: [...nodes.values()], edges: kept, truncated: views.some((view) => view.truncated), pathNodes, pathEdges, paths };
}

/** Ring of each type in the drawing: the higher, the nearer the centre. */
const RING: Record<string, number> = {
  COUNTRY: 80,
  PROJECT: 70,
  EVALUATION: 65,
  DOCUMENT: 60,
  INSIGHT: 50,
  THEME: 40,
  ORGANISATION: 35,
  STAKEHOLDER_GROUP: 35,
  PERSON: 30,
  PLACE: 20,
};

function short(label: string): string {
  return label.length > 28 ? `${label.slice(0, 27)}…` : label;
}

function toElements(view: View, query: GraphQuery): ElementDefinition[] {
  const expanded = new Set(query.ids);
  return [
    ...view.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: short(node.label), type: node.type },
      classes: [expanded.has(node.id) ? 'expanded' : '', node.id === query.ids[0] ? 'centre' : '', view.pathNodes.has(node.id) ? 'on-path' : '']
        .filter(Boolean)
        .join(' '),
    })),
    ...view.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
      classes: view.pathEdges.has(edge.id) ? 'on-path' : '',
    })),
  ];
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      color: '#1b1b1b',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 18,
      height: 18,
      'border-width': 1,
      'border-color': '#333333',
    },
  },
  ...Object.entries(NODE_STYLE).map(([type, style]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': style.color, shape: style.shape },
  })),
  { selector: 'node.expanded', style: { width: 26, height: 26, 'border-width': 2 } },
  { selector: 'node.centre', style: { width: 34, height: 34, 'font-weight': 'bold', 'border-width': 3 } },
  { selector: 'node:selected', style: { 'border-color': '#000000', 'border-width': 4, 'overlay-opacity': 0.12 } },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#a0aab4',
      'target-arrow-color': '#a0aab4',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.6,
      'curve-style': 'bezier',
    },
  },
  {
    selector: 'edge.on-path',
    style: {
      width: 4,
      'line-color': PATH_COLOR,
      'target-arrow-color': PATH_COLOR,
      label: 'data(type)',
      'font-size': 9,
      color: PATH_COLOR,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
    },
  },
  { selector: 'node.on-path', style: { 'border-color': PATH_COLOR, 'border-width': 4 } },
];

/**
 * The graph view: the neighbourhood of a node drawn with Cytoscape.js (loaded only here),
 * nodes coloured and shaped by type. A click on a node expands it (its id joins the address)
 * and selects it; two chosen nodes get the paths between them highlighted. The list under the
 * drawing offers the same actions from the keyboard. The address holds the whole view, and the
 * export links take it to GEXF, GraphML or JSON.
 */
export function GraphPage({ query, error }: { query: GraphQuery | null; error: string | null }) {
  const { t } = useI18n();
  const [view, setView] = useState<View | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [pathStart, setPathStart] = useState<string | null>(null);
  const [input, setInput] = useState(query?.ids[0] ?? '');
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const key = query ? writeGraphQuery(query).toString() : '';
  const queryRef = useRef(query);
  queryRef.current = query;

  const expand = (id: string) => {
    const current = queryRef.current;
    setSelected(id);
    if (!current || current.ids.includes(id) || current.ids.length >= 20) return;
    navigate(`/graph?${writeGraphQuery({ ...current, ids: [...current.ids, id] })}`);
  };

  useEffect(() => {
    if (!query) return;
    let stale = false;
    setFailure(null);
    loadView(query).then(
      (next) => !stale && setView(next),
      (err: unknown) => !stale && setFailure(err instanceof ApiError ? err : new ApiError(String(err), 'INTERNAL_SERVER_ERROR')),
    );
    return () => {
      stale = true;
    };
  }, [key]);

  useEffect(() => {
    if (!view || !query || !container.current) return;
    let cancelled = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      const elements = toElements(view, query);
      if (!cy.current) {
        cy.current = cytoscape({ container: container.current, elements, style: STYLE as never, minZoom: 0.2, maxZoom: 3 });
        cy.current.on('tap', 'node', (event) => expand((event.target as NodeSingular).id()));
      } else {
        const instance = cy.current;
        const wanted = new Set(elements.map((element) => element.data.id as string));
        instance
          .elements()
          .filter((element) => !wanted.has(element.id()))
          .remove();
        for (const element of elements) {
          const existing = instance.getElementById(element.data.id as string);
          if (existing.nonempty()) existing.classes(element.classes as string);
          else instance.add(element);
        }
      }
      // Rings by kind (the centre, then the expanded nodes, countries, projects, insights, …,
      // places outermost): the same view always draws the same way, and no node hides another.
      cy.current
        .layout({
          name: 'concentric',
          concentric: (node: { hasClass(name: string): boolean; data(key: string): string }) =>
            node.hasClass('centre') ? 100 : node.hasClass('expanded') ? 90 : (RING[node.data('type')] ?? 10),
          levelWidth: () => 1,
          minNodeSpacing: 14,
          avoidOverlap: true,
          animate: false,
          fit: false,
        } as never)
        .run();
      // Places form the outer ring and can number in the dozens: frame the rest, so countries,
      // projects and insights stay readable (zooming out shows the places).
      const core = cy.current.nodes().filter((node) => node.data('type') !== 'PLACE');
      cy.current.fit(core.length >= 3 ? core : cy.current.nodes(), 40);
      if (cy.current.zoom() > 1.6) cy.current.zoom({ level: 1.6, renderedPosition: { x: cy.current.width() / 2, y: cy.current.height() / 2 } });
      if (selected) cy.current.getElementById(selected).select();
    });
    return () => {
      cancelled = true;
    };
  }, [view]);

  useEffect(
    () => () => {
      cy.current?.destroy();
      cy.current = null;
    },
    [],
  );

  const form = (
    <form
      class="graph-form"
      onSubmit={(event) => {
        event.preventDefault();
        const id = input.trim();
        if (id) navigate(`/graph?${new URLSearchParams({ id })}`);
      }}
    >
      <label for="graph-node">{t.graphNodeId}</label>{' '}
      <input id="graph-node" value={input} onInput={(event) => setInput((event.target as HTMLInputElement).value)} placeholder="country:MLI" />{' '}
      <button type="submit">{t.graphShow}</button>
    </form>
  );

  if (!query) {
    return (
      <div class="graph-page">
        <PageHeading title={t.graphTitle}>{t.graphTitle}</PageHeading>
        {form}
        {error ? (
          <p class="failure" role="alert">
            {error}
          </p>
        ) : (
          <p>{t.graphEmpty}</p>
        )}
      </div>
    );
  }
  const selectedNode = view?.nodes.find((node) => node.id === selected) ?? null;
  const exportQuery = writeGraphQuery(query).toString();
  const pathTo = (id: string) => {
    if (!pathStart || pathStart === id) return;
    navigate(`/graph?${writeGraphQuery({ ...query, from: pathStart, to: id })}`);
  };
  const centreLabel = view?.nodes.find((node) => node.id === query.ids[0])?.label ?? query.ids[0] ?? '';
  return (
    <div class="graph-page">
      <PageHeading title={`${t.graphTitle}: ${centreLabel}`}>
        {t.graphTitle}: {centreLabel}
      </PageHeading>
      <p class="muted">{t.graphIntro}</p>
      {form}
      {failure ? <Failure error={failure} /> : null}
      {!view && !failure ? <Loading /> : null}
      <div class="graph-layout">
        <div
          class="graph-canvas"
          id="graph-canvas"
          ref={container}
          role="img"
          aria-label={view ? t.graphNodes(view.nodes.length, view.edges.length) : t.loading}
        />
        <aside class="graph-side">
          {view ? (
            <p role="status">
              {t.graphNodes(view.nodes.length, view.edges.length)}.{view.truncated ? ` ${t.graphTruncated}` : ''}
              {view.paths !== null ? ` ${view.paths === 0 ? t.graphNoPath : t.graphPaths(view.paths)}` : ''}
            </p>
          ) : null}
          {selectedNode ? (
            <section class="graph-selected" aria-labelledby="graph-selected-heading">
              <h2 id="graph-selected-heading">{t.graphSelected}</h2>
              <p>
                <strong>{selectedNode.label}</strong> <span class="muted">({t.entityType[selectedNode.type] ?? selectedNode.type})</span>
              </p>
              <p class="actions">
                {hrefOfNode(selectedNode.id) ? <a href={hrefOfNode(selectedNode.id) as string}>{t.openPage}</a> : null}
                <button type="button" onClick={() => setPathStart(selectedNode.id)} aria-pressed={pathStart === selectedNode.id}>
                  {t.graphPathFrom}
                </button>
                {pathStart && pathStart !== selectedNode.id ? (
                  <button type="button" onClick={() => pathTo(selectedNode.id)}>
                    {t.graphPathTo}
                  </button>
                ) : null}
              </p>
              {pathStart ? (
                <p class="muted">
                  {t.graphPathStart}: {view?.nodes.find((node) => node.id === pathStart)?.label ?? pathStart}
                </p>
              ) : null}
            </section>
          ) : null}
          {query.from ? (
            <p>
              <button type="button" onClick={() => navigate(`/graph?${writeGraphQuery({ ...query, from: null, to: null })}`)}>
                {t.graphClearPaths}
              </button>
            </p>
          ) : null}
          <section aria-labelledby="graph-legend-heading">
            <h2 id="graph-legend-heading">{t.graphLegend}</h2>
            <ul class="legend-list">
              {Object.entries(NODE_STYLE).map(([type, style]) => (
                <li key={type}>
                  <span class={`swatch shape-${style.shape}`} style={{ backgroundColor: style.color }} aria-hidden="true" /> {t.entityType[type]}
                </li>
              ))}
            </ul>
          </section>
          <p class="exports">
            {t.graphExport}:{' '}
            <a href={`/export/graph.gexf?${exportQuery}`} download="lessons-graph.gexf">
              GEXF
            </a>{' '}
            <a href={`/export/graph.graphml?${exportQuery}`} download="lessons-graph.graphml">
              GraphML
            </a>{' '}
            <a href={`/export/graph.json?${exportQuery}`} download="lessons-graph.json">
              JSON
            </a>
          </p>
        </aside>
      </div>
      {view ? (
        <details class="graph-list">
          <summary>{t.graphNodeList}</summary>
          <ul>
            {view.nodes.map((node) => (
              <li key={node.id}>
                <button type="button" onClick={() => expand(node.id)} aria-pressed={selected === node.id}>
                  {node.label}
                </button>{' '}
                <span class="muted">{t.entityType[node.type] ?? node.type}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
