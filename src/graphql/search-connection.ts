import { checkQueryLength } from '../model/search-query.js';
import { boundedInt, decodeCursor, encodeCursor, MAX_FIRST } from './arguments.js';

/** The page a search asks for: `first` bounded, the query length checked, `after` decoded into an offset. */
export function readSearchWindow(args: { query: string; first?: number | null; after?: string | null }): { offset: number; limit: number } {
  const limit = boundedInt('first', args.first, 20, 1, MAX_FIRST);
  checkQueryLength(args.query);
  return { offset: decodeCursor(args.after) + 1, limit };
}

/**
 * A Relay-style page from index hits and the graph nodes loaded for them (same order).
 * A node that could not be loaded (Neo4j down or slow: the loader gave an Error) fails the
 * whole page with that error: a page silently shorter than its `totalHits` says is a wrong
 * answer. A hit whose node the graph no longer has (the index is behind the graph, see
 * `reindex`) is left out, and `totalHits` is lowered by the hits left out, so a page never
 * counts hits it cannot return; `onMissing` reports them (logged as a warning).
 */
export function toSearchConnection<Hit, Node, Extra extends object>(
  hits: readonly Hit[],
  nodes: ReadonlyArray<Node | Error | null | undefined>,
  window: { offset: number },
  totalHits: number,
  edgeFields: (hit: Hit) => Extra,
  onMissing: (positions: number[]) => void = () => undefined,
) {
  const failed = nodes.find((node): node is Error => node instanceof Error);
  if (failed) throw failed;
  const missing: number[] = [];
  const edges = hits.flatMap((hit, index) => {
    const node = nodes[index];
    if (node === null || node === undefined || node instanceof Error) {
      missing.push(window.offset + index);
      return [];
    }
    return [{ cursor: encodeCursor(window.offset + index), node, ...edgeFields(hit) }];
  });
  if (missing.length > 0) onMissing(missing);
  const total = Math.max(window.offset + edges.length, totalHits - missing.length);
  return {
    totalHits: total,
    edges,
    pageInfo: {
      hasNextPage: window.offset + hits.length < totalHits,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      // The window's last position even when its hit was left out, so the next page does not ask for it again.
      endCursor: hits.length > 0 ? encodeCursor(window.offset + hits.length - 1) : null,
    },
  };
}
