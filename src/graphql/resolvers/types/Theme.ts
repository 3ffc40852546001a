import type { ThemeResolvers } from '../../generated/resolvers-types.js';
import { insightConnection } from '../../insight-connection.js';
import { text, type Ctx, type RowResolvers } from './shared.js';

export const Theme: RowResolvers<ThemeResolvers<Ctx>> = {
  id: (t) => t.id,
  label: (t) => text(t, 'label') ?? t.id,
  labelFr: (t) => text(t, 'labelFr'),
  labelEs: (t) => text(t, 'labelEs'),
  category: (t) => text(t, 'category'),
  broader: (t, _, ctx) => ctx.loaders.theme.broader.load(t.id),
  narrower: (t, _, ctx) => ctx.loaders.theme.narrower.load(t.id),
  insights: (t, args, ctx) => insightConnection(ctx, 'themeInsights', t.id, args),
  countries: (t, _, ctx) => ctx.loaders.theme.countries.load(t.id),
};
