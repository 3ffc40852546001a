import { displayNameOf, entityTypeOf } from '../../../graph/queries/nodes.js';
import { asInsightKind, asManagementDecision, asYearMonth, toManagementResponseStatus } from '../../enums.js';
import type { InsightResolvers, InsightSourceResolvers, MentionResolvers } from '../../generated/resolvers-types.js';
import type { InsightSourceParent, MentionParent } from '../../mappers.js';
import { firstOf, num, requiredText, text, type Ctx, type ParentResolvers, type Row, type RowResolvers } from './shared.js';

/** A structured-fields object when at least one of its fields has a value, else null. */
function unlessEmpty<Fields extends Record<string, string | null>>(fields: Fields): Fields | null {
  return Object.values(fields).some((value) => value !== null && value !== '') ? fields : null;
}

/** The management response of a recommendation, from its `mr*` properties; null when none is stored. */
function managementResponse(i: Row) {
  const written = unlessEmpty({
    decision: text(i, 'mrDecision'),
    response: text(i, 'mrResponse'),
    keyActions: text(i, 'mrKeyActions'),
    deliverables: text(i, 'mrDeliverables'),
    who: text(i, 'mrWho'),
    dueDateAsWritten: text(i, 'mrDueDate'),
    statusAsWritten: text(i, 'mrStatus'),
  });
  if (!written) return null;
  return {
    ...written,
    decision: asManagementDecision(written.decision),
    dueDate: asYearMonth(written.dueDateAsWritten),
    status: toManagementResponseStatus(written.statusAsWritten),
  };
}

export const Insight: RowResolvers<InsightResolvers<Ctx>> = {
  id: (i) => i.id,
  kind: (i) => asInsightKind(i.kind),
  headline: (i) => text(i, 'headline'),
  text: (i) => requiredText(i, 'text'),
  year: (i) => num(i, 'year'),
  language: (i) => text(i, 'language') ?? 'und',
  source: (i) => ({
    insightId: i.id,
    section: text(i, 'section') ?? '',
    start: num(i, 'start') ?? 0,
    end: num(i, 'end') ?? 0,
    ordinal: num(i, 'ordinal') ?? 0,
    page: num(i, 'page'),
  }),
  evaluation: async (i, _, ctx) => {
    const evaluation = firstOf(await ctx.loaders.insight.evaluation.load(i.id));
    // The graph model guarantees FROM; its absence is a broken write: logged, masked as internal.
    if (!evaluation) throw new Error(`Insight ${i.id} has no FROM relationship to an evaluation; re-ingest its document.`);
    return evaluation;
  },
  project: async (i, _, ctx) => firstOf(await ctx.loaders.insight.project.load(i.id)),
  countries: (i, _, ctx) => ctx.loaders.insight.countries.load(i.id),
  themes: (i, _, ctx) => ctx.loaders.insight.themes.load(i.id),
  mentions: async (i, _, ctx) => {
    const linked = await ctx.loaders.insight.mentions.load(i.id);
    return linked.map((link) => ({
      type: entityTypeOf(link.labels),
      id: link.node.id,
      name: displayNameOf(link.node),
      asWritten: link.asWritten ?? null,
      node: link.node,
    }));
  },
  sameAs: (i, _, ctx) => ctx.loaders.insight.sameAs.load(i.id),
  // Insights written before groups existed carry no flag: each is alone, hence canonical.
  isCanonical: (i) => i.isCanonical !== false,
  addressees: async (i, _, ctx) => {
    const linked = await ctx.loaders.insight.addressees.load(i.id);
    return linked.map((link) => ({ actor: link.node, asWritten: link.asWritten ?? null }));
  },
  lessonLearned: (i) =>
    i.kind !== 'LESSON_LEARNED'
      ? null
      : unlessEmpty({
          context: text(i, 'context'),
          challenges: text(i, 'challenges'),
          successes: text(i, 'successes'),
          administrativeIssues: text(i, 'administrativeIssues'),
          targetedUsers: text(i, 'targetedUsers'),
          theme: text(i, 'recordTheme'),
          category: text(i, 'recordCategory'),
        }),
  goodPractice: (i) =>
    i.kind !== 'GOOD_PRACTICE'
      ? null
      : unlessEmpty({
          summary: text(i, 'summary'),
          conditions: text(i, 'conditions'),
          causeEffect: text(i, 'causeEffect'),
          measurableImpact: text(i, 'measurableImpact'),
          beneficiaries: text(i, 'beneficiaries'),
          replicationPotential: text(i, 'replicationPotential'),
          higherGoals: text(i, 'higherGoals'),
          theme: text(i, 'recordTheme'),
          category: text(i, 'recordCategory'),
        }),
  recommendation: (i) => {
    if (i.kind !== 'RECOMMENDATION') return null;
    const response = managementResponse(i);
    const fields = unlessEmpty({
      priority: text(i, 'priority'),
      responsibleUnit: text(i, 'responsibleUnit'),
      timeFrame: text(i, 'timeFrame'),
      resourceImplications: text(i, 'resourceImplications'),
    });
    if (!fields && !response) return null;
    return { ...(fields ?? {}), managementResponse: response };
  },
};

export const InsightSource: ParentResolvers<InsightSourceResolvers<Ctx>, InsightSourceParent> = {
  document: async (source, _, ctx) => firstOf(await ctx.loaders.insight.document.load(source.insightId)),
};

export const Mention: ParentResolvers<MentionResolvers<Ctx>, MentionParent> = {
  country: (m) => (m.type === 'COUNTRY' ? m.node : null),
  place: (m) => (m.type === 'PLACE' ? m.node : null),
  actor: (m) => (m.type === 'ORGANISATION' || m.type === 'PERSON' || m.type === 'STAKEHOLDER_GROUP' ? m.node : null),
};
