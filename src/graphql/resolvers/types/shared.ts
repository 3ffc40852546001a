import type { NodeRow } from '../../../model/node-row.js';
import type { ApiContext } from '../../context.js';

export type Row = NodeRow;
export type Ctx = ApiContext;

/** Keeps the insights of one kind when the field's `kind` argument is given. */
export function ofKind(items: unknown[], kind: string | null | undefined): Row[] {
  const rows = items as Row[];
  return kind ? rows.filter((row) => row.kind === kind) : rows;
}

/** The first item of a relation, or null. */
export function firstOf(items: unknown[]): Row | null {
  return (items[0] as Row | undefined) ?? null;
}

/** A stored list property, or an empty list when absent. */
export function listProp(row: Row, key: string): string[] {
  const value = row[key];
  return Array.isArray(value) ? (value as string[]) : [];
}
