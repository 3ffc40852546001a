/**
 * A graph view as a URL query string: the explorer's graph page keeps it in the address, and
 * the graph export endpoints and `lessons-graph export graph` take the same parameters.
 * Pure and dependency-free (the browser bundle imports it too).
 *
 *   id=country:MLI&id=country:NER&depth=1&limit=60&from=country:MLI&to=org:ilo
 *
 * `id` repeats: the view is the union of the neighbourhoods of these nodes (the first is the
 * centre, the others were expanded by clicks). `from` and `to` add the paths between two nodes.
 */
export interface GraphQuery {
  ids: string[];
  depth: number;
  limit: number;
  from: string | null;
  to: string | null;
}

/** Bounds of the parameters (the API's own: neighbourhood depth 1–3, 1–300 nodes). */
export const GRAPH_QUERY_LIMITS = { maxIds: 20, maxDepth: 3, maxLimit: 300, defaultDepth: 1, defaultLimit: 100 } as const;

/** What readGraphQuery found wrong, one message per parameter, naming it. */
export class GraphQueryError extends Error {
  override readonly name = 'GraphQueryError';
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
  }
}

const ID_PATTERN = /^[a-z]+:\S{1,200}$/;

function readInt(params: URLSearchParams, name: string, fallback: number, max: number, problems: string[]): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    problems.push(`Parameter "${name}" must be an integer from 1 to ${max} (got ${JSON.stringify(raw.slice(0, 20))}).`);
    return fallback;
  }
  return value;
}

function readId(params: URLSearchParams, name: string, problems: string[]): string | null {
  const raw = params.get(name)?.trim();
  if (!raw) return null;
  if (!ID_PATTERN.test(raw)) {
    problems.push(`Parameter "${name}" must be a node id such as country:MLI (got ${JSON.stringify(raw.slice(0, 60))}).`);
    return null;
  }
  return raw;
}

/** Reads a graph view from a query string; throws GraphQueryError listing every bad parameter. */
export function readGraphQuery(params: URLSearchParams): GraphQuery {
  const problems: string[] = [];
  const ids = [
    ...new Set(
      params
        .getAll('id')
        .map((value) => value.trim())
        .filter((value) => value !== ''),
    ),
  ];
  if (ids.length === 0) problems.push('Parameter "id" is required: the id of the node at the centre (e.g. id=country:MLI).');
  if (ids.length > GRAPH_QUERY_LIMITS.maxIds) problems.push(`Parameter "id" is given ${ids.length} times; at most ${GRAPH_QUERY_LIMITS.maxIds}.`);
  const bad = ids.filter((id) => !ID_PATTERN.test(id));
  if (bad.length > 0)
    problems.push(`Parameter "id" must be node ids such as country:MLI (got ${bad.map((id) => JSON.stringify(id.slice(0, 60))).join(', ')}).`);
  const query: GraphQuery = {
    ids,
    depth: readInt(params, 'depth', GRAPH_QUERY_LIMITS.defaultDepth, GRAPH_QUERY_LIMITS.maxDepth, problems),
    limit: readInt(params, 'limit', GRAPH_QUERY_LIMITS.defaultLimit, GRAPH_QUERY_LIMITS.maxLimit, problems),
    from: readId(params, 'from', problems),
    to: readId(params, 'to', problems),
  };
  if ((query.from === null) !== (query.to === null))
    problems.push('Parameters "from" and "to" go together: give both to add the paths between two nodes, or neither.');
  if (problems.length > 0) throw new GraphQueryError(problems);
  return query;
}

/** Writes a graph view as query-string parameters (defaults left out). */
export function writeGraphQuery(query: GraphQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of query.ids) params.append('id', id);
  if (query.depth !== GRAPH_QUERY_LIMITS.defaultDepth) params.set('depth', String(query.depth));
  if (query.limit !== GRAPH_QUERY_LIMITS.defaultLimit) params.set('limit', String(query.limit));
  if (query.from !== null && query.to !== null) {
    params.set('from', query.from);
    params.set('to', query.to);
  }
  return params;
}
