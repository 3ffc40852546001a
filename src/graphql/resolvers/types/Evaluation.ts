import type { DocumentResolvers, EvaluationResolvers } from '../../generated/resolvers-types.js';
import { asDateTime, asYearMonth, toEvaluationType, toMode, toTiming } from '../../enums.js';
import { firstOf, listProp, moneyProp, num, ofKind, periodProp, requiredText, text, type Ctx, type RowResolvers } from './shared.js';

export const Evaluation: RowResolvers<EvaluationResolvers<Ctx>> = {
  id: (e) => e.id,
  title: (e) => text(e, 'title'),
  year: (e) => num(e, 'year'),
  type: (e) => toEvaluationType(e.type),
  typeAsWritten: (e) => text(e, 'type'),
  timing: (e) => toTiming(e.timing),
  mode: (e) => toMode(e.mode),
  completionDate: (e) => asYearMonth(e.completionDate),
  approvalDate: (e) => asYearMonth(e.approvalDate),
  administrativeOffice: (e) => text(e, 'administrativeOffice'),
  technicalOffice: (e) => text(e, 'technicalOffice'),
  language: (e) => text(e, 'language'),
  project: async (e, _, ctx) => firstOf(await ctx.loaders.evaluation.project.load(e.id)),
  document: async (e, _, ctx) => firstOf(await ctx.loaders.evaluation.document.load(e.id)),
  manager: async (e, _, ctx) => firstOf(await ctx.loaders.evaluation.manager.load(e.id)),
  conductedBy: (e, _, ctx) => ctx.loaders.evaluation.conductedBy.load(e.id),
  leadEvaluator: async (e, _, ctx) => firstOf(await ctx.loaders.evaluation.leadEvaluator.load(e.id)),
  commissioner: async (e, _, ctx) => firstOf(await ctx.loaders.evaluation.commissioner.load(e.id)),
  conductedPeriod: (e) => periodProp(e, 'conducted'),
  periodCovered: (e) => periodProp(e, 'periodCovered'),
  followUpUnit: (e) => text(e, 'followUpUnit'),
  contractNumber: (e) => text(e, 'contractNumber'),
  // `reference` is "from reference data" on the other nodes: the report's own reference is stored apart.
  reference: (e) => text(e, 'reportReference'),
  cost: (e) => moneyProp(e, 'cost'),
  fundingSource: (e) => text(e, 'fundingSource'),
  contractingMode: (e) => text(e, 'contractingMode'),
  overallRating: (e) => text(e, 'overallRating'),
  insights: async (e, args, ctx) => ofKind(await ctx.loaders.evaluation.insights.load(e.id), args.kind),
};

export const Document: RowResolvers<DocumentResolvers<Ctx>> = {
  id: (d) => d.id,
  sha256: (d) => requiredText(d, 'sha256'),
  sourcePath: (d) => requiredText(d, 'sourcePath'),
  format: (d) => requiredText(d, 'format'),
  keywords: (d) => listProp(d, 'keywords'),
  acronyms: (d) => listProp(d, 'acronyms'),
  language: (d) => text(d, 'language') ?? 'und',
  template: (d) => text(d, 'template') ?? 'unknown',
  characters: (d) => num(d, 'characters') ?? 0,
  ingestedAt: (d) => asDateTime(d.ingestedAt),
  evaluation: async (d, _, ctx) => firstOf(await ctx.loaders.evaluation.evaluationOfDocument.load(d.id)),
};
