import type { InsightKind } from '../../model/records.js';
import type { ApiContext } from '../context.js';
import { asInsightKind, DateTimeScalar, IsoDateScalar, YearMonthScalar, type ScalarFunctions } from '../enums.js';
import type { FacetCountResolvers, IngestResultResolvers, KindCountResolvers, Resolvers } from '../generated/resolvers-types.js';
import type { FacetCountParent, IngestResultParent, KindCountParent } from '../mappers.js';
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
import { firstOf, type ParentResolvers } from './types/shared.js';
import { Stats } from './types/Stats.js';
import { Theme } from './types/Theme.js';

const KIND_LABELS: Record<InsightKind, string> = {
  FINDING: 'Finding',
  RECOMMENDATION: 'Recommendation',
  LESSON_LEARNED: 'Lesson learned',
  GOOD_PRACTICE: 'Good practice',
};

/**
 * The types that must appear in the map: the roots and every type whose parent is
 * not its own GraphQL shape (the `mappers` of codegen.ts), whose fields would otherwise go
 * unresolved or unchecked.
 */
type RequiredTypes =
  | 'Query'
  | 'Mutation'
  | 'Insight'
  | 'InsightSource'
  | 'Mention'
  | 'Evaluation'
  | 'Document'
  | 'Project'
  | 'Country'
  | 'Place'
  | 'Actor'
  | 'Theme'
  | 'Stats'
  | 'KindCount'
  | 'FacetCount'
  | 'IngestResult';

const KindCount: ParentResolvers<KindCountResolvers<ApiContext>, KindCountParent> = {
  value: (facet) => asInsightKind(facet.value),
  label: (facet) => KIND_LABELS[asInsightKind(facet.value)],
};

const FacetCount: ParentResolvers<FacetCountResolvers<ApiContext>, FacetCountParent> = {
  label: (facet, _, ctx) => facet.label ?? (facet.labelKey ? ctx.loaders.displayName.load(facet.labelKey) : facet.value),
};

const IngestResult: ParentResolvers<IngestResultResolvers<ApiContext>, IngestResultParent> = {
  evaluation: async (result, _, ctx) => (result.documentId ? firstOf(await ctx.loaders.evaluation.evaluationOfDocument.load(result.documentId)) : null),
};

/** The resolver map of schema.graphql. Root fields live one per file under Query/ and Mutation/. */
export const resolvers: Omit<Resolvers<ApiContext>, 'YearMonth' | 'IsoDate' | 'DateTime'> &
  Required<Pick<Resolvers<ApiContext>, RequiredTypes>> & {
    // The scalars' functions only: makeExecutableSchema merges them into the scalars the SDL
    // declares, which keep their descriptions (a whole GraphQLScalarType would overwrite them).
    YearMonth: ScalarFunctions;
    IsoDate: ScalarFunctions;
    DateTime: ScalarFunctions;
  } = {
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
  KindCount,
  FacetCount,
  IngestResult,
};
