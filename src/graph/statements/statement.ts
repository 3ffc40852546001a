/**
 * One parameterised Cypher statement. The text is fixed per statement kind; everything that
 * comes from a document travels in `params` (never concatenated into `cypher`).
 *
 * List parameters travel inside one map parameter, `lists` (`UNWIND $lists.rows AS row`,
 * `n.id IN $lists.ids`; build it with withLists). Neo4j keys its plan cache on the size of each
 * list parameter, rounded up to a power of ten, and not on a map's: a statement sent with 1,
 * 2–10, 11–100 and 101–1000 rows was planned four times (0.2–0.3 s each on a 2-core machine),
 * and is planned once so (README, "Where Neo4j's CPU goes").
 */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Lists by name: the value of a statement's `lists` parameter. */
export type Lists = Record<string, readonly unknown[]>;

/** A statement's parameters: its lists in the `lists` map, then the others (scalars, maps) beside it. */
export function withLists(lists: Lists, others: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...others, lists: Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, [...list]])) };
}

/** The list a statement sends under this name (`$lists.<name>`), or undefined. */
export function listParam(statement: Statement, name: string): unknown[] | undefined {
  const lists = statement.params.lists as Record<string, unknown> | undefined;
  const list = lists?.[name];
  return Array.isArray(list) ? list : undefined;
}

/** Neo4j property values: primitives and lists of primitives (null removes the property on `SET +=`). */
export type PropertyValue = string | number | boolean | null | string[] | number[];
export type Properties = Record<string, PropertyValue>;
