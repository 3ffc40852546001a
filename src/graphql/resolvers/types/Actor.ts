import { toOrganisationType } from '../../enums.js';
import { insightConnection, type InsightListArgs } from '../../insight-connection.js';
import { listProp, type Ctx, type Row } from './shared.js';

const KIND_BY_PREFIX: Record<string, string> = { org: 'ORGANISATION', person: 'PERSON', group: 'STAKEHOLDER_GROUP' };

export const Actor = {
  kind: (a: Row) => KIND_BY_PREFIX[String(a.id).split(':')[0] ?? ''] ?? 'ORGANISATION',
  name: (a: Row) => a.name ?? a.id,
  acronym: (a: Row) => a.acronym ?? null,
  aliases: (a: Row) => listProp(a, 'aliases'),
  type: (a: Row) => toOrganisationType(a.type),
  projects: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.actor.projects.load(a.id),
  recommendationsAddressed: (a: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'actorRecommendations', a.id, args),
  mentionedIn: (a: Row, args: InsightListArgs, ctx: Ctx) => insightConnection(ctx, 'actorMentionedIn', a.id, args),
  evaluations: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.actor.evaluations.load(a.id),
  memberOf: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.actor.memberOf.load(a.id),
};
