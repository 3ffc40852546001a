import type { ProjectResolvers } from '../../generated/resolvers-types.js';
import type { FieldProperties } from '../../page-prefetch.js';
import { listProp, moneyProp, ofKind, periodProp, text, type Ctx, type RowResolvers } from './shared.js';

export const Project: RowResolvers<ProjectResolvers<Ctx>> = {
  id: (p) => p.id,
  code: (p) => text(p, 'code'),
  title: (p) => text(p, 'title'),
  objective: (p) => text(p, 'objective'),
  outcomes: (p) => listProp(p, 'outcomes'),
  budget: (p) => moneyProp(p, 'budget'),
  acronym: (p) => text(p, 'acronym'),
  glide: (p) => text(p, 'glide'),
  period: (p) => periodProp(p, 'period'),
  expenditure: (p) => moneyProp(p, 'expenditure'),
  countries: (p, _, ctx) => ctx.loaders.project.countries.load(p.id),
  places: (p, _, ctx) => ctx.loaders.project.places.load(p.id),
  donors: (p, _, ctx) => ctx.loaders.project.donors.load(p.id),
  partners: (p, _, ctx) => ctx.loaders.project.partners.load(p.id),
  evaluations: (p, _, ctx) => ctx.loaders.project.evaluations.load(p.id),
  insights: async (p, args, ctx) => ofKind(await ctx.loaders.project.insights.load(p.id), args.kind),
};

/**
 * The stored properties each resolver above reads (`id` aside, always read): a page reads only
 * those of the fields a request selects (page-prefetch.ts). A field left out fails `tsc`; a
 * unit test calls every resolver on a recording row to keep this table true.
 */
export const PROJECT_FIELD_PROPERTIES = {
  id: [],
  code: ['code'],
  title: ['title'],
  objective: ['objective'],
  outcomes: ['outcomes'],
  budget: ['budgetAmount', 'budgetCurrency'],
  acronym: ['acronym'],
  glide: ['glide'],
  period: ['periodStart', 'periodEnd', 'periodFiscal'],
  expenditure: ['expenditureAmount', 'expenditureCurrency'],
  countries: [],
  places: [],
  donors: [],
  partners: [],
  evaluations: [],
  insights: [],
} as const satisfies FieldProperties<ProjectResolvers<Ctx>>;
