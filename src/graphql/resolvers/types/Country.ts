import { boundedInt, MAX_FIRST } from '../../arguments.js';
import { insightConnection, type InsightListArgs } from '../../insight-connection.js';
import { firstOf, listProp, type Ctx, type Row } from './shared.js';

export const Country = {
  iso3: (c: Row) => c.iso3 ?? String(c.id).replace(/^country:/, ''),
  name: (c: Row) => c.name ?? c.id,
  neighbours: (c: Row, _: unknown, ctx: Ctx) => ctx.loaders.country.neighbours.load(c.id),
  projects: (c: Row, _: unknown, ctx: Ctx) => ctx.loaders.country.projects.load(c.id),
  places: (c: Row, _: unknown, ctx: Ctx) => ctx.loaders.country.places.load(c.id),
  insights: (c: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'countryInsights', c.id, args),
  mentionedIn: (c: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'countryMentionedIn', c.id, args),
  topThemes: async (c: Row, args: { first?: number | null }, ctx: Ctx) => {
    const first = boundedInt('first', args.first, 5, 1, MAX_FIRST);
    return (await ctx.loaders.country.topThemes.load(c.id)).slice(0, first);
  },
};

export const Place = {
  aliases: (p: Row) => listProp(p, 'aliases'),
  country: async (p: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.place.country.load(p.id)),
  projects: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.place.projects.load(p.id),
  mentionedIn: (p: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'placeMentionedIn', p.id, args),
};
