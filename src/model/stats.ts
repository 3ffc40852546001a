import type { NodeRow } from './node-row.js';

/**
 * The dashboard's aggregates, as a contract with two implementations: the graph's own queries
 * (graph/queries/stats.ts) and the search index's facets (search/insight-stats.ts), which the
 * API prefers and which fall back on the graph where a facet could be cut.
 */

/** One group of a count: its value (kind, id, year), a readable label and the count. */
export interface GroupCount {
  value: string;
  label: string;
  count: number;
}

/** The theme × country evidence map: the themes and countries present, and a count per cell. */
export interface EvidenceMap {
  themes: NodeRow[];
  countries: NodeRow[];
  cells: Array<{ themeId: string; countryId: string; count: number }>;
}

/** Recommendations addressed to one actor. */
export interface AddresseeCount {
  actor: NodeRow;
  count: number;
}

/** The dashboard aggregates of one request, each run only when asked for and at most once. */
export interface StatsQueries {
  /** Insights matching the filter. */
  insights(): Promise<number>;
  /** Evaluations those insights come from. */
  evaluations(): Promise<number>;
  /** Projects those insights concern. */
  projects(): Promise<number>;
  byKind(): Promise<GroupCount[]>;
  byCountry(): Promise<GroupCount[]>;
  byTheme(): Promise<GroupCount[]>;
  byYear(): Promise<GroupCount[]>;
  byDonor(): Promise<GroupCount[]>;
  evidenceMap(): Promise<EvidenceMap>;
  recommendationsByAddressee(): Promise<AddresseeCount[]>;
}
