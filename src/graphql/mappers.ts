import type { NodeRow } from '../model/node-row.js';
import type { EntityType } from '../graph/queries/nodes.js';
import type { IngestOutcome } from '../pipeline/ingest-documents.js';

/**
 * The parents of the GraphQL types whose resolvers do not receive the GraphQL shape itself
 * (codegen.ts maps each type to its parent here; the node types get the graph's `NodeRow`).
 */

/** `Insight.source`: the insight's position, and its id for the `document` relation. */
export interface InsightSourceParent {
  insightId: string;
  section: string;
  start: number;
  end: number;
  ordinal: number;
  page: number | null;
}

/** `Insight.mentions`: the named node, kept whole for the typed `country`/`place`/`actor` fields. */
export interface MentionParent {
  type: EntityType;
  id: string;
  name: string;
  asWritten: string | null;
  node: NodeRow;
}

/** A facet or aggregate count: its label is given, or looked up from `labelKey`, or the value itself. */
export interface FacetCountParent {
  value: string;
  count: number;
  label?: string | null;
  labelKey?: string | null;
}

/** A count per kind, as the index facets and the graph aggregates give it (the value as stored). */
export interface KindCountParent {
  value: string;
  count: number;
}

/** `Mutation.ingestDocument`'s outcome; `evaluation` is loaded from `documentId` only when asked for. */
export interface IngestResultParent {
  /** The schema's IngestStatus (ADDED, UPDATED, UNCHANGED, FAILED), spelt here from the pipeline's outcome: this file cannot import the generated types, which import it. */
  status: Uppercase<IngestOutcome>;
  sourcePath: string;
  documentId: string | null;
  insights: number;
  searchPending: boolean;
  reason: string | null;
  warnings: string[];
  replaced: Array<{ documentId: string; sourcePath: string | null }>;
}
