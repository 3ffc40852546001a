import type { ResolvedInsightFilter } from '../../model/filters.js';

/** The filter's terms after kind and language: years, themes, countries, actors. */
const FILTER_AFTER_LANGUAGE = `
  AND ($fYearFrom IS NULL OR coalesce(i.year, e.year) >= $fYearFrom)
  AND ($fYearTo IS NULL OR coalesce(i.year, e.year) <= $fYearTo)
  AND ($fThemes IS NULL OR EXISTS { MATCH (i)-[:ABOUT]->(t:Theme) WHERE t.id IN $fThemes })
  AND ($fCountries IS NULL
       OR EXISTS { MATCH (i)-[:MENTIONS]->(c:Country) WHERE c.id IN $fCountries }
       OR EXISTS { MATCH (i)-[:MENTIONS]->(:Place)-[:IN]->(c:Country) WHERE c.id IN $fCountries }
       OR EXISTS { MATCH (e)-[:EVALUATES]->(:Project)-[:IN]->(c:Country) WHERE c.id IN $fCountries })
  AND ($fActors IS NULL
       OR EXISTS { MATCH (i)-[:MENTIONS|ADDRESSED_TO]->(a) WHERE a.id IN $fActors }
       OR EXISTS { MATCH (e)-[:EVALUATES]->(:Project)-[:FUNDED_BY|IMPLEMENTED_BY]->(a) WHERE a.id IN $fActors })`;

/**
 * The Cypher condition on `i` (an Insight) and `e` (its Evaluation) for a filter given as
 * parameters `$fKinds`, `$fCountries`, ... (see filterParams), for the aggregates, which count
 * canonical insights only. Constant text: only parameters vary. A language keeps a canonical
 * insight when any member of its group of equivalent insights is in it (`groupLanguages`, set on
 * the canonical insight of a group of two or more; its own language otherwise): the English and
 * French versions of a recommendation count once under `fr` as under `en`, whichever is canonical
 * (they counted under the canonical's language only). Countries: the insight's project is in the
 * country, or the insight names it or one of its places (as the search index's `countries`).
 * Actors: named, addressed, or donor/partner of the insight's project.
 */
export const STATS_FILTER_WHERE = `
  ($fKinds IS NULL OR i.kind IN $fKinds)
  AND ($fLanguages IS NULL OR any(language IN coalesce(i.groupLanguages, [i.language]) WHERE language IN $fLanguages))${FILTER_AFTER_LANGUAGE}`;

/** The parameters STATS_FILTER_WHERE reads. */
export function filterParams(filter: ResolvedInsightFilter): Record<string, unknown> {
  return {
    fKinds: filter.kinds,
    fCountries: filter.countries,
    fThemes: filter.themes,
    fActors: filter.actors,
    fYearFrom: filter.yearFrom,
    fYearTo: filter.yearTo,
    fLanguages: filter.languages,
  };
}
