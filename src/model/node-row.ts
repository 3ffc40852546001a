/** A node's properties as stored, `id` always present, Integers already numbers. */
export type NodeRow = { id: string } & Record<string, unknown>;
