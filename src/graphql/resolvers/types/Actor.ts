import type { ActorKind, ActorResolvers } from '../../generated/resolvers-types.js';
import { toOrganisationType } from '../../enums.js';
import { insightConnection } from '../../insight-connection.js';
import { listProp, text, type Ctx, type RowResolvers } from './shared.js';

const KIND_BY_PREFIX: Record<string, ActorKind> = { org: 'ORGANISATION', person: 'PERSON', group: 'STAKEHOLDER_GROUP' };

export const Actor: RowResolvers<ActorResolvers<Ctx>> = {
  id: (a) => a.id,
  kind: (a) => KIND_BY_PREFIX[a.id.split(':')[0] ?? ''] ?? 'ORGANISATION',
  name: (a) => text(a, 'name') ?? a.id,
  acronym: (a) => text(a, 'acronym'),
  aliases: (a) => listProp(a, 'aliases'),
  type: (a) => toOrganisationType(a.type),
  projects: (a, _, ctx) => ctx.loaders.actor.projects.load(a.id),
  recommendationsAddressed: (a, args, ctx) => insightConnection(ctx, 'actorRecommendations', a.id, args),
  mentionedIn: (a, args, ctx) => insightConnection(ctx, 'actorMentionedIn', a.id, args),
  evaluations: (a, _, ctx) => ctx.loaders.actor.evaluations.load(a.id),
  memberOf: (a, _, ctx) => ctx.loaders.actor.memberOf.load(a.id),
};
