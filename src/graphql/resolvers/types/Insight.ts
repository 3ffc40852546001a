import type { LinkedNode } from '../../../graph/queries/insights.js';
import { displayNameOf, entityTypeOf } from '../../../graph/queries/nodes.js';
import { asYearMonth, toManagementResponseStatus } from '../../enums.js';
import { firstOf, type Ctx, type Row } from './shared.js';

function pick(row: Row, mapping: Record<string, string>): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let any = false;
  for (const [field, prop] of Object.entries(mapping)) {
    const value = row[prop];
    out[field] = value ?? null;
    if (value !== null && value !== undefined && value !== '') any = true;
  }
  return any ? out : null;
}

export const Insight = {
  year: (i: Row) => i.year ?? null,
  language: (i: Row) => i.language ?? 'und',
  source: (i: Row) => ({ insightId: i.id, section: i.section ?? '', start: i.start ?? 0, end: i.end ?? 0, ordinal: i.ordinal ?? 0, page: i.page ?? null }),
  evaluation: async (i: Row, _: unknown, ctx: Ctx) => {
    const evaluation = firstOf(await ctx.loaders.insight.evaluation.load(i.id));
    // The graph model guarantees FROM; its absence is a broken write: logged, masked as internal.
    if (!evaluation) throw new Error(`Insight ${i.id} has no FROM relationship to an evaluation; re-ingest its document.`);
    return evaluation;
  },
  project: async (i: Row, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.insight.project.load(i.id)),
  countries: (i: Row, _: unknown, ctx: Ctx) => ctx.loaders.insight.countries.load(i.id),
  themes: (i: Row, _: unknown, ctx: Ctx) => ctx.loaders.insight.themes.load(i.id),
  mentions: async (i: Row, _: unknown, ctx: Ctx) => {
    const linked = (await ctx.loaders.insight.mentions.load(i.id)) as LinkedNode[];
    return linked.map((link) => ({
      type: entityTypeOf(link.labels),
      id: link.node.id,
      name: displayNameOf(link.node),
      asWritten: link.asWritten ?? null,
      node: link.node,
    }));
  },
  sameAs: (i: Row, _: unknown, ctx: Ctx) => ctx.loaders.insight.sameAs.load(i.id),
  // Insights written before groups existed carry no flag: each is alone, hence canonical.
  isCanonical: (i: Row) => i.isCanonical !== false,
  addressees: async (i: Row, _: unknown, ctx: Ctx) => {
    const linked = (await ctx.loaders.insight.addressees.load(i.id)) as LinkedNode[];
    return linked.map((link) => ({ actor: link.node, asWritten: link.asWritten ?? null }));
  },
  lessonLearned: (i: Row) =>
    i.kind !== 'LESSON_LEARNED'
      ? null
      : pick(i, {
          context: 'context',
          challenges: 'challenges',
          successes: 'successes',
          administrativeIssues: 'administrativeIssues',
          targetedUsers: 'targetedUsers',
          theme: 'recordTheme',
          category: 'recordCategory',
        }),
  goodPractice: (i: Row) =>
    i.kind !== 'GOOD_PRACTICE'
      ? null
      : pick(i, {
          summary: 'summary',
          conditions: 'conditions',
          causeEffect: 'causeEffect',
          measurableImpact: 'measurableImpact',
          beneficiaries: 'beneficiaries',
          replicationPotential: 'replicationPotential',
          higherGoals: 'higherGoals',
          theme: 'recordTheme',
          category: 'recordCategory',
        }),
  recommendation: (i: Row) => {
    if (i.kind !== 'RECOMMENDATION') return null;
    const picked = pick(i, { keyActions: 'mrKeyActions', who: 'mrWho', dueDate: 'mrDueDate', statusAsWritten: 'mrStatus' });
    const managementResponse = picked && { ...picked, dueDate: asYearMonth(picked.dueDate), status: toManagementResponseStatus(picked.statusAsWritten) };
    const fields = pick(i, { priority: 'priority', responsibleUnit: 'responsibleUnit', timeFrame: 'timeFrame', resourceImplications: 'resourceImplications' });
    if (!fields && !managementResponse) return null;
    return { ...(fields ?? {}), managementResponse };
  },
};

export const InsightSource = {
  document: async (source: { insightId: string }, _: unknown, ctx: Ctx) => firstOf(await ctx.loaders.insight.document.load(source.insightId)),
};

interface MentionParent {
  type: string;
  node: Row;
}

export const Mention = {
  country: (m: MentionParent) => (m.type === 'COUNTRY' ? m.node : null),
  place: (m: MentionParent) => (m.type === 'PLACE' ? m.node : null),
  actor: (m: MentionParent) => (['ORGANISATION', 'PERSON', 'STAKEHOLDER_GROUP'].includes(m.type) ? m.node : null),
};
