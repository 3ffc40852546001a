import { AppError } from '../errors.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { NO_PROJECT_FILTER, type ResolvedProjectFilter } from '../search/search-projects.js';
import { resolveInsightFilter } from './arguments.js';
import type { ProjectFilter } from './generated/resolvers-types.js';

/**
 * Validates a ProjectFilter and resolves its country codes (ISO3, ISO2 or id, any case) to
 * `country:ISO3` ids, with the same rules and messages as InsightFilter (shared fields go
 * through resolveInsightFilter). BAD_USER_INPUT names the field.
 */
export async function resolveProjectFilter(reader: GraphReader, input: ProjectFilter | null | undefined): Promise<ResolvedProjectFilter> {
  if (!input) return NO_PROJECT_FILTER;
  const shared = await resolveInsightFilter(reader, {
    countries: input.countries,
    themes: input.themes,
    actors: input.actors,
    yearFrom: input.yearFrom,
    yearTo: input.yearTo,
  });
  let donors: string[] | null = null;
  if (input.donors?.length) {
    // Same checks as actors, reported under the donors field.
    const checked = await resolveInsightFilter(reader, { actors: input.donors }).catch((error: unknown) => {
      if (error instanceof AppError) throw new AppError('BAD_USER_INPUT', error.message.replace(/^filter\.actors/, 'filter.donors'));
      throw error;
    });
    donors = checked.actors;
  }
  return { countries: shared.countries, themes: shared.themes, actors: shared.actors, donors, yearFrom: shared.yearFrom, yearTo: shared.yearTo };
}
