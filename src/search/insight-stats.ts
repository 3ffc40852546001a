import DataLoader from 'dataloader';
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { isIndexNotFound } from './client.js';
import type { ResolvedInsightFilter } from '../model/filters.js';
import type { NodeRow } from '../model/node-row.js';
import type { AddresseeCount, EvidenceMap, GroupCount, StatsQueries } from '../model/stats.js';
import { CANONICAL_FILTER, toCanonicalFilter } from './search-comparable.js';
import { INSIGHT_FACET_VALUES } from './search-index.js';
import { quoteFilterValue, toSearchEngineError } from './meilisearch-query.js';

/**
 * The dashboards' aggregates from the insights index's facets. Each counts canonical insights
 * matching the filter, as the graph's own aggregates (graph/queries/stats.ts) do: the index
 * documents carry the same countries (project's, named, those of named places), themes, donors,
 * addressees, kind and year as the graph, so a facet count is the graph's count(DISTINCT i)
 * (tests/integration/stats-from-facets.test.ts compares every one on the fixtures). The index
 * is the graph's mirror: a document still pending for search is not counted until it is indexed.
 */

/** Facets of the insights index the dashboards count. */
export type StatsFacet = 'kind' | 'countries' | 'themes' | 'year' | 'donors' | 'themeCountries';

/** Separator of a `themeCountries` value: `theme:slavery|MLI`. */
export const THEME_COUNTRY_SEPARATOR = '|';

type Counts = Array<{ value: string; count: number }>;

/** A facet's counts, and whether the list may be cut (as long as maxValuesPerFacet). */
interface FacetResult {
  counts: Counts;
  complete: boolean;
}

type Key = `facet:${StatsFacet}` | 'addressees' | 'distinct:evaluationId' | 'distinct:projectId';
type Value = FacetResult | { distinct: number };

function toCounts(distribution: Record<string, number> | undefined): FacetResult {
  const counts = Object.entries(distribution ?? {}).map(([value, count]) => ({ value, count }));
  return { counts, complete: counts.length < INSIGHT_FACET_VALUES };
}

/**
 * Facet counts of one request's filter, batched: every count the dashboard's fields ask for in
 * the same tick goes to Meilisearch at once (the facets in one multi-search request, each
 * distinct count in its own beside it). `null` when the index does not exist yet (nothing
 * ingested).
 */
function createFacetCounter(search: Meilisearch, indexUid: string, filter: ResolvedInsightFilter) {
  const base = toCanonicalFilter(filter);
  return new DataLoader<Key, Value | null>(async (keys) => {
    const facets = keys.flatMap((key) => (key.startsWith('facet:') ? [key.slice('facet:'.length)] : []));
    const queries: Array<{
      keys: Key[];
      query: MultiSearchQuery;
      read: (result: { facetDistribution?: Record<string, Record<string, number>>; totalHits?: number }) => Array<[Key, Value]>;
      /** Sent as its own request, beside the others. */
      alone?: boolean;
    }> = [];
    if (facets.length > 0) {
      queries.push({
        keys: facets.map((f) => `facet:${f}` as Key),
        query: { indexUid, q: '', filter: base, facets, limit: 0 },
        read: (result) => facets.map((f) => [`facet:${f}` as Key, toCounts(result.facetDistribution?.[f])]),
      });
    }
    if (keys.includes('addressees')) {
      queries.push({
        keys: ['addressees'],
        query: { indexUid, q: '', filter: [...base, 'kind = "RECOMMENDATION"'], facets: ['addressees'], limit: 0 },
        read: (result) => [['addressees', toCounts(result.facetDistribution?.addressees)]],
      });
    }
    for (const attribute of ['evaluationId', 'projectId'] as const) {
      if (!keys.includes(`distinct:${attribute}`)) continue;
      // One document per distinct value (in page mode: with limit/offset the facets count every
      // document): the counts of the `kind` facet (every insight has one kind) are computed over
      // those documents and sum to the number of values, exactly and
      // uncapped (totalHits stops at maxTotalHits, 10,000: every evaluation of the 10,000-summary
      // bench names Mali, and the dashboard fell back on the graph's count, 1.1 s). Documents
      // without the attribute would each count as a value: an insight of a document that names no
      // project has projectId null, and the graph counts no project for it.
      queries.push({
        keys: [`distinct:${attribute}`],
        query: { indexUid, q: '', filter: [...base, `${attribute} IS NOT NULL`], distinct: attribute, facets: ['kind'], hitsPerPage: 0, page: 1 },
        read: (result) => [[`distinct:${attribute}`, { distinct: Object.values(result.facetDistribution?.kind ?? {}).reduce((sum, n) => sum + n, 0) }]],
        alone: true,
      });
    }
    // The counts side by side: a distinct count costs Meilisearch most (linear in the matching
    // documents), and one multi-search answers its queries one after the other.
    const together = queries.filter((q) => !q.alone);
    const requests = [together, ...queries.filter((q) => q.alone).map((q) => [q])].filter((group) => group.length > 0);
    let answers;
    try {
      answers = await Promise.all(requests.map((group) => search.multiSearch({ queries: group.map((q) => q.query) })));
    } catch (error) {
      if (isIndexNotFound(error)) return keys.map(() => null);
      throw toSearchEngineError(error);
    }
    const values = new Map<Key, Value>();
    requests.forEach((group, at) => {
      group.forEach((q, index) => {
        for (const [key, value] of q.read(answers[at]?.results[index] as { facetDistribution?: Record<string, Record<string, number>>; totalHits?: number }))
          values.set(key, value);
      });
    });
    return keys.map((key) => values.get(key) ?? null);
  });
}

/** Graph nodes by id, for labels and node fields (the request's DataLoaders). */
export type LoadNodes = (label: 'Country' | 'Theme' | 'Actor', ids: readonly string[]) => Promise<Map<string, NodeRow>>;

export interface IndexStatsDeps {
  search: Meilisearch;
  indexUid: string;
  filter: ResolvedInsightFilter;
  loadNodes: LoadNodes;
  /** The graph's own aggregates: used when a facet may be cut (as long as maxValuesPerFacet). */
  graph: StatsQueries;
  /** Evaluations and projects with a canonical insight, counted in the graph (the unfiltered totals; cached, see below). */
  countEvaluationsAndProjects: () => Promise<{ evaluations: number; projects: number }>;
}

/**
 * Unfiltered evaluation and project counts per client and index, valid while the index's
 * `updatedAt` stays the same (every document write changes it): a distinct count over the whole
 * index costs Meilisearch ~20 ms at 10,000 summaries, every time; the graph counts them once per
 * change of the library.
 */
type UnfilteredCount = { updatedAt: string; counts: Promise<{ evaluations: number; projects: number }> };
type UnfilteredCounts = Map<string, UnfilteredCount>;
const unfilteredCounts = new WeakMap<Meilisearch, UnfilteredCounts>();

async function cachedUnfilteredCounts(deps: IndexStatsDeps): Promise<{ evaluations: number; projects: number } | null> {
  let updatedAt: string;
  try {
    updatedAt = String((await deps.search.getRawIndex(deps.indexUid)).updatedAt);
  } catch (error) {
    if (isIndexNotFound(error)) return null;
    throw toSearchEngineError(error);
  }
  const byIndex: UnfilteredCounts = unfilteredCounts.get(deps.search) ?? new Map<string, UnfilteredCount>();
  unfilteredCounts.set(deps.search, byIndex);
  const cached = byIndex.get(deps.indexUid);
  if (cached && cached.updatedAt === updatedAt) return cached.counts;
  const counts = deps.countEvaluationsAndProjects();
  byIndex.set(deps.indexUid, { updatedAt, counts });
  counts.catch(() => byIndex.delete(deps.indexUid));
  return counts;
}

const isUnfiltered = (filter: ResolvedInsightFilter) => Object.values(filter).every((value) => value === null);

function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= compute());
}

/** Strings in Cypher's ORDER BY order (code points), so ties come out as the graph's queries give them. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCountThenLabel = (a: GroupCount, b: GroupCount) => b.count - a.count || compare(a.label, b.label);
const name = (node: NodeRow | undefined, key: 'name' | 'label', fallback: string) => (typeof node?.[key] === 'string' ? node[key] : fallback);

/**
 * The dashboard aggregates of one request from the index (StatsQueries, as the graph's): each
 * runs only when a field asks for it, the facet counts of one request in one Meilisearch call,
 * the labels in one batched graph query per label.
 */
export function createIndexStatsQueries(deps: IndexStatsDeps): StatsQueries {
  const counter = createFacetCounter(deps.search, deps.indexUid, deps.filter);
  const facet = async (name: StatsFacet): Promise<FacetResult | null> => (await counter.load(`facet:${name}`)) as FacetResult | null;

  // A facet that may be cut is counted in the graph instead: slower, never short.
  const groups =
    (facetName: StatsFacet, graphCounts: () => Promise<GroupCount[]>, label: (counts: Counts) => Promise<GroupCount[]>) => async (): Promise<GroupCount[]> => {
      const result = await facet(facetName);
      if (result === null) return [];
      return result.complete ? label(result.counts) : graphCounts();
    };
  const labelled =
    (label: 'Country' | 'Theme' | 'Actor', toId: (value: string) => string, key: 'name' | 'label') =>
    async (counts: Counts): Promise<GroupCount[]> => {
      const nodes = await deps.loadNodes(
        label,
        counts.map((c) => toId(c.value)),
      );
      return counts.map((c) => ({ value: toId(c.value), label: name(nodes.get(toId(c.value)), key, c.value), count: c.count })).sort(byCountThenLabel);
    };
  const plain =
    (order: (a: GroupCount, b: GroupCount) => number) =>
    async (counts: Counts): Promise<GroupCount[]> =>
      counts.map((c) => ({ value: c.value, label: c.value, count: c.count })).sort(order);

  // Each total only when asked for: a dashboard showing the number of insights does not pay
  // for the distinct counts of evaluations and projects (~20 ms each at 10,000 summaries).
  const insights = async () => {
    const kinds = await facet('kind');
    return kinds === null ? 0 : kinds.counts.reduce((sum, c) => sum + c.count, 0);
  };
  const distinctCount = (attribute: 'evaluationId' | 'projectId', pick: 'evaluations' | 'projects') => async () => {
    if (isUnfiltered(deps.filter)) return (await cachedUnfilteredCounts(deps))?.[pick] ?? 0;
    const value = await counter.load(`distinct:${attribute}`);
    return value && 'distinct' in value ? value.distinct : 0;
  };

  return {
    insights: once(insights),
    evaluations: once(distinctCount('evaluationId', 'evaluations')),
    projects: once(distinctCount('projectId', 'projects')),
    byKind: once(
      groups(
        'kind',
        () => deps.graph.byKind(),
        plain((a, b) => b.count - a.count || compare(a.value, b.value)),
      ),
    ),
    byCountry: once(
      groups(
        'countries',
        () => deps.graph.byCountry(),
        labelled('Country', (iso3) => `country:${iso3}`, 'name'),
      ),
    ),
    byTheme: once(
      groups(
        'themes',
        () => deps.graph.byTheme(),
        labelled('Theme', (id) => id, 'label'),
      ),
    ),
    byYear: once(
      groups(
        'year',
        () => deps.graph.byYear(),
        plain((a, b) => compare(a.value, b.value)),
      ),
    ),
    byDonor: once(
      groups(
        'donors',
        () => deps.graph.byDonor(),
        labelled('Actor', (id) => id, 'name'),
      ),
    ),
    evidenceMap: once(async (): Promise<EvidenceMap> => {
      const result = await facet('themeCountries');
      if (result === null) return { themes: [], countries: [], cells: [] };
      if (!result.complete) return deps.graph.evidenceMap();
      const cells = result.counts.map((c) => {
        const at = c.value.lastIndexOf(THEME_COUNTRY_SEPARATOR);
        return { themeId: c.value.slice(0, at), countryId: `country:${c.value.slice(at + 1)}`, count: c.count };
      });
      const [themes, countries] = await Promise.all([
        deps.loadNodes('Theme', [...new Set(cells.map((c) => c.themeId))]),
        deps.loadNodes('Country', [...new Set(cells.map((c) => c.countryId))]),
      ]);
      const themeLabel = (id: string) => name(themes.get(id), 'label', id);
      const countryName = (id: string) => name(countries.get(id), 'name', id);
      // As the graph's query orders them: by theme label, then country name.
      const known = cells.filter((c) => themes.has(c.themeId) && countries.has(c.countryId));
      known.sort((a, b) => compare(themeLabel(a.themeId), themeLabel(b.themeId)) || compare(countryName(a.countryId), countryName(b.countryId)));
      const themeRows = [...new Set(known.map((c) => c.themeId))].map((id) => themes.get(id) as NodeRow);
      const countryRows = [...new Set(known.map((c) => c.countryId))]
        .map((id) => countries.get(id) as NodeRow)
        .sort((x, y) => String(x.name).localeCompare(String(y.name)));
      return { themes: themeRows, countries: countryRows, cells: known };
    }),
    recommendationsByAddressee: once(async (): Promise<AddresseeCount[]> => {
      const result = (await counter.load('addressees')) as FacetResult | null;
      if (result === null) return [];
      if (!result.complete) return deps.graph.recommendationsByAddressee();
      const actors = await deps.loadNodes(
        'Actor',
        result.counts.map((c) => c.value),
      );
      return result.counts
        .flatMap((c) => {
          const actor = actors.get(c.value);
          return actor ? [{ actor, count: c.count }] : [];
        })
        .sort((a, b) => b.count - a.count || compare(String(a.actor.name), String(b.actor.name)));
    }),
  };
}

/**
 * Canonical insights per theme among those concerning each country (`country:ISO3` ids), one
 * facet query per country in one multi-search request, most frequent first (then by theme id;
 * the caller orders ties by label). A country page's "top themes" was an aggregate over every
 * insight of the country in the graph (20k at 10,000 summaries for Mali).
 */
export async function countThemesByCountry(search: Meilisearch, indexUid: string, countryIds: readonly string[]): Promise<Map<string, Counts>> {
  const queries: MultiSearchQuery[] = countryIds.map((id) => ({
    indexUid,
    q: '',
    filter: [CANONICAL_FILTER, `countries = ${quoteFilterValue(id.replace(/^country:/, ''))}`],
    facets: ['themes'],
    limit: 0,
  }));
  if (queries.length === 0) return new Map();
  let results;
  try {
    ({ results } = await search.multiSearch({ queries }));
  } catch (error) {
    if (isIndexNotFound(error)) return new Map();
    throw toSearchEngineError(error);
  }
  return new Map(
    countryIds.map((id, index) => [
      id,
      toCounts(results[index]?.facetDistribution?.themes).counts.sort((a, b) => b.count - a.count || compare(a.value, b.value)),
    ]),
  );
}
