import { ofKind, listProp, moneyProp, periodProp, type Ctx, type Row } from './shared.js';

export const Project = {
  outcomes: (p: Row) => listProp(p, 'outcomes'),
  budget: (p: Row) => moneyProp(p, 'budget'),
  period: (p: Row) => periodProp(p, 'period'),
  expenditure: (p: Row) => moneyProp(p, 'expenditure'),
  countries: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.project.countries.load(p.id),
  places: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.project.places.load(p.id),
  donors: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.project.donors.load(p.id),
  partners: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.project.partners.load(p.id),
  evaluations: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.project.evaluations.load(p.id),
  insights: async (p: Row, args: { kind?: string | null }, ctx: Ctx) => ofKind(await ctx.loaders.project.insights.load(p.id), args.kind),
};
