import type { NodeRow } from '../../../model/node-row.js';
import type { ApiContext } from '../../context.js';
import { asIsoDate } from '../../enums.js';

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
