import DataLoader from 'dataloader';
import { countThemesByCountry } from '../../../search/insight-stats.js';
import { insightsIndexName } from '../../../search/search-index.js';
import { boundedInt, MAX_FIRST } from '../../arguments.js';
import type { CountryResolvers, PlaceResolvers } from '../../generated/resolvers-types.js';
import { insightConnection } from '../../insight-connection.js';
import { firstOf, listProp, requiredText, text, type Ctx, type RowResolvers } from './shared.js';

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

export const Country: RowResolvers<CountryResolvers<Ctx>> = {
  id: (c) => c.id,
  iso3: (c) => text(c, 'iso3') ?? c.id.replace(/^country:/, ''),
  iso2: (c) => text(c, 'iso2'),
  name: (c) => text(c, 'name') ?? c.id,
  nameFr: (c) => text(c, 'nameFr'),
  nameEs: (c) => text(c, 'nameEs'),
  region: (c) => text(c, 'region'),
  neighbours: (c, _, ctx) => ctx.loaders.country.neighbours.load(c.id),
  projects: (c, _, ctx) => ctx.loaders.country.projects.load(c.id),
  places: (c, _, ctx) => ctx.loaders.country.places.load(c.id),
  insights: (c, args, ctx) => insightConnection(ctx, 'countryInsights', c.id, args),
  mentionedIn: (c, args, ctx) => insightConnection(ctx, 'countryMentionedIn', c.id, args),
  // Counted from the search index's facets (canonical insights concerning the country: its
  // projects', those naming it or one of its places), the theme nodes from the graph.
  topThemes: async (c, args, ctx) => {
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

export const Place: RowResolvers<PlaceResolvers<Ctx>> = {
  id: (p) => p.id,
  name: (p) => requiredText(p, 'name'),
  region: (p) => text(p, 'region'),
  aliases: (p) => listProp(p, 'aliases'),
  country: async (p, _, ctx) => firstOf(await ctx.loaders.place.country.load(p.id)),
  projects: (p, _, ctx) => ctx.loaders.place.projects.load(p.id),
  mentionedIn: (p, args, ctx) => insightConnection(ctx, 'placeMentionedIn', p.id, args),
};
