import type { StatsQueries } from '../../../model/stats.js';

/** Stats fields: each runs its own aggregate, only when the client selects it. */
export const Stats = {
  insights: (stats: StatsQueries) => stats.insights(),
  evaluations: (stats: StatsQueries) => stats.evaluations(),
  projects: (stats: StatsQueries) => stats.projects(),
  byKind: (stats: StatsQueries) => stats.byKind(),
  // Countries are counted by node id; the API speaks ISO3 codes, as search facets do.
  byCountry: async (stats: StatsQueries) => (await stats.byCountry()).map((row) => ({ ...row, value: row.value.replace(/^country:/, '') })),
  byTheme: (stats: StatsQueries) => stats.byTheme(),
  byYear: (stats: StatsQueries) => stats.byYear(),
  byDonor: (stats: StatsQueries) => stats.byDonor(),
  evidenceMap: (stats: StatsQueries) => stats.evidenceMap(),
  recommendationsByAddressee: (stats: StatsQueries) => stats.recommendationsByAddressee(),
};
