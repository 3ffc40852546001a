import { listProp, type Ctx, type Row } from './shared.js';

const KIND_BY_PREFIX: Record<string, string> = { org: 'ORGANISATION', person: 'PERSON', group: 'STAKEHOLDER_GROUP' };

export const Actor = {
  kind: (a: Row) => KIND_BY_PREFIX[String(a.id).split(':')[0] ?? ''] ?? 'ORGANISATION',
  name: (a: Row) => a.name ?? a.id,
  acronym: (a: Row) => a.acronym ?? null,
  aliases: (a: Row) => listProp(a, 'aliases'),
  type: (a: Row) => a.type ?? null,
  projects: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.actor.projects.load(a.id),
  recommendationsAddressed: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.actor.recommendationsAddressed.load(a.id),
  mentionedIn: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.actor.mentionedIn.load(a.id),
  evaluations: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.actor.evaluations.load(a.id),
  memberOf: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.actor.memberOf.load(a.id),
};
