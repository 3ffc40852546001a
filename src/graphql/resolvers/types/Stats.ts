import type { StatsResolvers } from '../../generated/resolvers-types.js';
import type { Ctx, RowResolvers } from './shared.js';

/** Stats fields: each runs its own aggregate, only when the client selects it. */
export const Stats: RowResolvers<StatsResolvers<Ctx>> = {
  insights: (stats) => stats.insights(),
  evaluations: (stats) => stats.evaluations(),
  projects: (stats) => stats.projects(),
  byKind: (stats) => stats.byKind(),
  // Countries are counted by node id; the API speaks ISO3 codes, as search facets do.
  byCountry: async (stats) => (await stats.byCountry()).map((row) => ({ ...row, value: row.value.replace(/^country:/, '') })),
  byTheme: (stats) => stats.byTheme(),
  byYear: (stats) => stats.byYear(),
  byDonor: (stats) => stats.byDonor(),
  evidenceMap: (stats) => stats.evidenceMap(),
  recommendationsByAddressee: (stats) => stats.recommendationsByAddressee(),
};
