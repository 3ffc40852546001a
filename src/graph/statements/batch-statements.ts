import { listParam, withLists, type Statement } from './statement.js';

/**
 * The rows of a statement whose only parameter is its list `rows` (`UNWIND $lists.rows AS ...`),
 * so that the rows of several documents can go into one run of it; null for any other statement.
 */
function rowsOf(statement: Statement): unknown[] | null {
  const keys = Object.keys(statement.params);
  const lists = statement.params.lists;
  const only = keys.length === 1 && keys[0] === 'lists' && typeof lists === 'object' && lists !== null && Object.keys(lists).length === 1;
  return only ? (listParam(statement, 'rows') ?? null) : null;
}

/**
 * The statements of several documents (each list in the order it must run) as one list: the
 * statements that carry only `rows` and have the same Cypher become one statement with the rows
 * of all of them, in the order of the lists; any other statement is kept as it is. Each list's
 * order is kept (a statement runs after those before it in every list that holds it), so a
 * statement still finds the nodes the earlier ones MERGEd: the documents of a write batch cost a
 * few statements, not a few per document, and Neo4j plans each shape once per batch. Ties go to
 * the statement met first. Rows are kept in list order: where two documents set the same
 * property (a project both name), the later document's value wins, as written one after the
 * other. Throws when two lists order the same statements differently (they come from one fixed
 * section order, see toDocumentStatements).
 */
export function toBatchStatements(lists: readonly (readonly Statement[])[]): Statement[] {
  // One node per merged statement (its Cypher) or per statement kept alone.
  const nodes: { statement: Statement; rows: unknown[] | null }[] = [];
  const nodeOfCypher = new Map<string, number>();
  const after = new Map<number, Set<number>>();
  const before = new Map<number, number>();
  for (const list of lists) {
    let previous: number | null = null;
    for (const statement of list) {
      let node: number;
      const rows = rowsOf(statement);
      if (rows) {
        const known = nodeOfCypher.get(statement.cypher);
        if (known === undefined) {
          node = nodes.push({ statement, rows: [...rows] }) - 1;
          nodeOfCypher.set(statement.cypher, node);
        } else {
          node = known;
          nodes[node]!.rows!.push(...rows);
        }
      } else {
        node = nodes.push({ statement, rows: null }) - 1;
      }
      if (previous !== null && previous !== node) {
        const next: Set<number> = after.get(previous) ?? new Set<number>();
        if (!next.has(node)) {
          next.add(node);
          before.set(node, (before.get(node) ?? 0) + 1);
        }
        after.set(previous, next);
      }
      previous = node;
    }
  }
  // Kahn's order, the smallest (first met) ready node first.
  const ready = nodes.map((_, node) => node).filter((node) => !before.get(node));
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => a - b);
    const node = ready.shift()!;
    order.push(node);
    for (const next of after.get(node) ?? []) {
      const left = before.get(next)! - 1;
      before.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (order.length !== nodes.length) throw new Error('toBatchStatements: the statement lists order the same statements differently');
  return order
    .map((node) => nodes[node]!)
    .filter(({ rows }) => rows === null || rows.length > 0)
    .map(({ statement, rows }) => (rows === null ? statement : { cypher: statement.cypher, params: withLists({ rows }) }));
}
