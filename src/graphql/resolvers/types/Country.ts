import DataLoader from 'dataloader';
import { countThemesByCountry } from '../../../search/insight-stats.js';
import { insightsIndexName } from '../../../search/search-index.js';
import { boundedInt, MAX_FIRST } from '../../arguments.js';
import { insightConnection, type InsightListArgs } from '../../insight-connection.js';
import { firstOf, listProp, type Ctx, type Row } from './shared.js';

const themeCountLoaders = new WeakMap<Ctx, DataLoader<string, Array<{ value: string; count: number }>>>();

/** The request's loader of theme counts per country: the countries of one response in one request. */
function themeCounts(ctx: Ctx): DataLoader<string, Array<{ value: string; count: number }>> {
  let loader = themeCountLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const counts = await countThemesByCountry(ctx.deps.search, insightsIndexName(ctx.deps.config), ids);
      return ids.map((id) => counts.get(id) ?? []);
    });
    themeCountLoaders.set(ctx, loader);
  }
  return loader;
}

export const Country = {
  iso3: (c: Row) => c.iso3 ?? String(c.id).replace(/^country:/, ''),
  name: (c: Row) => c.name ?? c.id,
  neighbours: (c: Row, _: unknown, ctx: Ctx) => ctx.loaders.country.neighbours.load(c.id),
  projects: (c: Row, _: unknown, ctx: Ctx) => ctx.loaders.country.projects.load(c.id),
  places: (c: Row, _: unknown, ctx: Ctx) => ctx.loaders.country.places.load(c.id),
  insights: (c: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'countryInsights', c.id, args),
  mentionedIn: (c: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'countryMentionedIn', c.id, args),
  // Counted from the search index's facets (canonical insights concerning the country: its
  // projects', those naming it or one of its places), the theme nodes from the graph.
  topThemes: async (c: Row, args: { first?: number | null }, ctx: Ctx) => {
    const first = boundedInt('first', args.first, 5, 1, MAX_FIRST);
    const counts = await themeCounts(ctx).load(c.id);
    const themes = await ctx.loaders.byId.Theme.loadMany(counts.map((entry) => entry.value));
    return counts
      .flatMap((entry, index) => {
        const theme = themes[index];
        return theme && !(theme instanceof Error) ? [{ theme, count: entry.count }] : [];
      })
      .sort((a, b) => b.count - a.count || (String(a.theme.label) < String(b.theme.label) ? -1 : String(a.theme.label) > String(b.theme.label) ? 1 : 0))
      .slice(0, first);
  },
};

export const Place = {
  aliases: (p: Row) => listProp(p, 'aliases'),
  country: async (p: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.place.country.load(p.id)),
  projects: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.place.projects.load(p.id),
  mentionedIn: (p: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'placeMentionedIn', p.id, args),
};
