import { insightConnection, type InsightListArgs } from '../../insight-connection.js';
import type { Ctx, Row } from './shared.js';

export const Theme = {
  label: (t: Row) => t.label ?? t.id,
  broader: (t: Row, _: unknown, ctx: Ctx) => ctx.loaders.theme.broader.load(t.id),
  narrower: (t: Row, _: unknown, ctx: Ctx) => ctx.loaders.theme.narrower.load(t.id),
  insights: (t: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'themeInsights', t.id, args),
  countries: (t: Row, _: unknown, ctx: Ctx) => ctx.loaders.theme.countries.load(t.id),
};
