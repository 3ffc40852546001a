import type { NodeRow } from '../../../model/node-row.js';
import type { InsightKind } from '../../../model/records.js';
import type { ApiContext } from '../../context.js';
import { asIsoDate } from '../../enums.js';

export type Row = NodeRow;
export type Ctx = ApiContext;

/**
 * The resolvers of a type backed by a stored row (`NodeRow`: a node's properties, untyped as
 * Neo4j returns them): every field of the type, so none falls to the default resolver, which
 * would hand out a property unchecked. A field left out, misspelt or of the wrong type fails `tsc`.
 */
export type RowResolvers<Generated> = Required<Generated>;

/** Keeps the insights of one kind when the field's `kind` argument is given. */
export function ofKind(rows: NodeRow[], kind: InsightKind | null | undefined): NodeRow[] {
  return kind ? rows.filter((row) => row.kind === kind) : rows;
}

/** The first item of a relation, or null. */
export function firstOf<Item>(items: readonly Item[]): Item | null {
  return items[0] ?? null;
}

/** A stored text property, or null when absent. */
export function text(row: Row, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' ? value : null;
}

/** A stored number property (Integers are numbers past the graph boundary), or null when absent. */
export function num(row: Row, key: string): number | null {
  const value = row[key];
  return typeof value === 'number' ? value : null;
}

/**
 * A text property the schema promises (non-null): its absence is a broken write, an error
 * (logged, masked as internal) as GraphQL's own non-null check gave before, naming the node.
 */
export function requiredText(row: Row, key: string): string {
  const value = text(row, key);
  if (value === null) throw new Error(`${row.id} has no ${key} property; re-ingest its document.`);
  return value;
}

/** A stored list property, or an empty list when absent. */
export function listProp(row: Row, key: string): string[] {
  const value = row[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * A Period from the node properties `<prefix>Start`, `<prefix>End` and `<prefix>Fiscal`
 * (docs/graph.md), or null when neither end is known.
 */
export function periodProp(row: Row, prefix: string): { start: string | null; end: string | null; fiscal: boolean } | null {
  const start = asIsoDate(row[`${prefix}Start`]);
  const end = asIsoDate(row[`${prefix}End`]);
  return start === null && end === null ? null : { start, end, fiscal: row[`${prefix}Fiscal`] === true };
}

/** A Money from the node properties `<prefix>Amount` and `<prefix>Currency`, or null when either is missing. */
export function moneyProp(row: Row, prefix: string): { amount: number; currency: string } | null {
  const amount = row[`${prefix}Amount`];
  const currency = row[`${prefix}Currency`];
  return typeof amount === 'number' && typeof currency === 'string' ? { amount, currency } : null;
}

/** The keys a parent always carries (optional or possibly-undefined keys do not count). */
type CarriedKeys<Parent> = { [K in keyof Parent]-?: undefined extends Parent[K] ? never : K }[keyof Parent];

/**
 * The resolvers of a type whose parent is a plain object of ours (src/graphql/mappers.ts): the
 * fields the parent does not carry under their own name are required, the others may fall to
 * the default resolver, which reads the parent's (typed) property.
 */
export type ParentResolvers<Generated, Parent> = Generated & Required<Pick<Generated, Exclude<keyof Generated, CarriedKeys<Parent>>>>;
