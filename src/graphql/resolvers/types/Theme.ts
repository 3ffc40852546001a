import { boundedInt, MAX_FIRST } from '../../arguments.js';
import { ofKind, type Ctx, type Row } from './shared.js';

export const Theme = {
  label: (t: Row) => t.label ?? t.id,
  broader: (t: Row, _: unknown, ctx: Ctx) => ctx.loaders.theme.broader.load(t.id),
  narrower: (t: Row, _: unknown, ctx: Ctx) => ctx.loaders.theme.narrower.load(t.id),
  insights: async (t: Row, args: { kind?: string | null; first?: number | null }, ctx: Ctx) => {
    const first = boundedInt('first', args.first, 50, 1, MAX_FIRST);
    return ofKind(await ctx.loaders.theme.insights.load(t.id), args.kind).slice(0, first);
  },
  countries: (t: Row, _: unknown, ctx: Ctx) => ctx.loaders.theme.countries.load(t.id),
};
