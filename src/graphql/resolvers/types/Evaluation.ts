import { asDateTime, asYearMonth, toEvaluationType, toMode, toTiming } from '../../enums.js';
import { firstOf, moneyProp, ofKind, periodProp, type Ctx, type Row } from './shared.js';

export const Evaluation = {
  year: (e: Row) => e.year ?? null,
  type: (e: Row) => toEvaluationType(e.type),
  typeAsWritten: (e: Row) => (typeof e.type === 'string' ? e.type : null),
  timing: (e: Row) => toTiming(e.timing),
  mode: (e: Row) => toMode(e.mode),
  completionDate: (e: Row) => asYearMonth(e.completionDate),
  approvalDate: (e: Row) => asYearMonth(e.approvalDate),
  project: async (e: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.evaluation.project.load(e.id)),
  document: async (e: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.evaluation.document.load(e.id)),
  manager: async (e: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.evaluation.manager.load(e.id)),
  conductedBy: (e: Row, _: unknown, ctx: Ctx) => ctx.loaders.evaluation.conductedBy.load(e.id),
  leadEvaluator: async (e: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.evaluation.leadEvaluator.load(e.id)),
  commissioner: async (e: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.evaluation.commissioner.load(e.id)),
  conductedPeriod: (e: Row) => periodProp(e, 'conducted'),
  periodCovered: (e: Row) => periodProp(e, 'periodCovered'),
  // `reference` is "from reference data" on the other nodes: the report's own reference is stored apart.
  reference: (e: Row) => e.reportReference ?? null,
  cost: (e: Row) => moneyProp(e, 'cost'),
  insights: async (e: Row, args: { kind?: string | null }, ctx: Ctx) => ofKind(await ctx.loaders.evaluation.insights.load(e.id), args.kind),
};

export const Document = {
  keywords: (d: Row) => (Array.isArray(d.keywords) ? d.keywords : []),
  acronyms: (d: Row) => (Array.isArray(d.acronyms) ? d.acronyms : []),
  language: (d: Row) => d.language ?? 'und',
  template: (d: Row) => d.template ?? 'unknown',
  characters: (d: Row) => d.characters ?? 0,
  ingestedAt: (d: Row) => asDateTime(d.ingestedAt),
  evaluation: async (d: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.evaluation.evaluationOfDocument.load(d.id)),
};
