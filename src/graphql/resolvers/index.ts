import type { ApiContext } from '../context.js';
import { DateTimeScalar, IsoDateScalar, YearMonthScalar } from '../enums.js';
import { ingestDocument } from './Mutation/ingestDocument.js';
import { reindex } from './Mutation/reindex.js';
import { actor } from './Query/actor.js';
import { actors } from './Query/actors.js';
import { comparablePractices } from './Query/comparablePractices.js';
import { country } from './Query/country.js';
import { evaluation } from './Query/evaluation.js';
import { health } from './Query/health.js';
import { insight } from './Query/insight.js';
import { neighbourhood } from './Query/neighbourhood.js';
import { paths } from './Query/paths.js';
import { place } from './Query/place.js';
import { project } from './Query/project.js';
import { projects } from './Query/projects.js';
import { search } from './Query/search.js';
import { searchProjects } from './Query/searchProjects.js';
import { stats } from './Query/stats.js';
import { theme } from './Query/theme.js';
import { themes } from './Query/themes.js';
import { Actor } from './types/Actor.js';
import { Country, Place } from './types/Country.js';
import { Document, Evaluation } from './types/Evaluation.js';
import { Insight, InsightSource, Mention } from './types/Insight.js';
import { Project } from './types/Project.js';
import { firstOf } from './types/shared.js';
import { Stats } from './types/Stats.js';
import { Theme } from './types/Theme.js';

const KIND_LABELS: Record<string, string> = {
  FINDING: 'Finding',
  RECOMMENDATION: 'Recommendation',
  LESSON_LEARNED: 'Lesson learned',
  GOOD_PRACTICE: 'Good practice',
};

/** The resolver map of schema.graphql. Root fields live one per file under Query/ and Mutation/. */
export const resolvers = {
  Query: {
    search,
    searchProjects,
    insight,
    evaluation,
    project,
    projects,
    country,
    place,
    actor,
    actors,
    theme,
    themes,
    comparablePractices,
    paths,
    neighbourhood,
    stats,
    health,
  },
  Mutation: { ingestDocument, reindex },
  YearMonth: YearMonthScalar,
  IsoDate: IsoDateScalar,
  DateTime: DateTimeScalar,
  Insight,
  InsightSource,
  Mention,
  Evaluation,
  Document,
  Project,
  Country,
  Place,
  Actor,
  Theme,
  Stats,
  KindCount: {
    label: (facet: { value: string }) => KIND_LABELS[facet.value] ?? facet.value,
  },
  FacetCount: {
    label: (facet: { value: string; label?: string | null; labelKey?: string | null }, _: unknown, ctx: ApiContext) =>
      facet.label ?? (facet.labelKey ? ctx.loaders.displayName.load(facet.labelKey) : facet.value),
  },
  IngestResult: {
    replaced: (result: { replaced?: unknown[] }) => result.replaced ?? [],
    evaluation: async (result: { documentId: string | null }, _: unknown, ctx: ApiContext) =>
      result.documentId ? firstOf(await ctx.loaders.evaluation.evaluationOfDocument.load(result.documentId)) : null,
  },
};
