import { AppError } from '../errors.js';
import { boundedInt, decodeCursor, encodeCursor, MAX_FIRST } from './arguments.js';

/** Longest search text accepted. */
export const MAX_QUERY_LENGTH = 500;

/** The page a search asks for: `first` bounded, the query length checked, `after` decoded into an offset. */
export function readSearchWindow(args: { query: string; first?: number | null; after?: string | null }): { offset: number; limit: number } {
  const limit = boundedInt('first', args.first, 20, 1, MAX_FIRST);
  if (args.query.length > MAX_QUERY_LENGTH) throw new AppError('BAD_USER_INPUT', `query is longer than ${MAX_QUERY_LENGTH} characters.`);
  return { offset: decodeCursor(args.after) + 1, limit };
}

/**
 * A Relay-style page from index hits and the graph nodes loaded for them (same order). A hit
 * whose node left the graph (the index is behind) is dropped rather than failing the page.
 */
export function toSearchConnection<Hit, Node, Extra extends object>(
  hits: readonly Hit[],
  nodes: ReadonlyArray<Node | Error | null | undefined>,
  window: { offset: number },
  totalHits: number,
  edgeFields: (hit: Hit) => Extra,
) {
  const edges = hits.flatMap((hit, index) => {
    const node = nodes[index];
    if (!node || node instanceof Error) return [];
    return [{ cursor: encodeCursor(window.offset + index), node, ...edgeFields(hit) }];
  });
  return {
    totalHits,
    edges,
    pageInfo: {
      hasNextPage: window.offset + hits.length < totalHits,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
