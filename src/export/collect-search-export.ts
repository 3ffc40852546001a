import type { Meilisearch } from 'meilisearch';
import { INSIGHT_RELATIONS } from '../graph/queries/insights.js';
import type { NodeRow } from '../model/node-row.js';
import { findNodesByIds, readGrouped } from '../graph/queries/nodes.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { resolveInsightFilter } from '../graph/queries/resolve-filter.js';
import { checkQueryLength, toInsightFilter, type SearchQuery } from '../model/search-query.js';
import { searchInsights } from '../search/search-insights.js';
import { toCsv, type CsvValue } from './to-csv.js';

/** Most rows one export holds (the same cap for the HTTP endpoints and the CLI). */
export const MAX_EXPORT_ROWS = 1000;
const PAGE = 100;

/** One insight of an exported search, flat (one CSV line). */
export interface SearchExportRow {
  id: string;
  kind: string;
  headline: string | null;
  text: string;
  language: string;
  year: number | null;
  projectCode: string | null;
  projectTitle: string | null;
  /** ISO3 codes of the countries the insight concerns (project's and mentioned). */
  countries: string[];
  /** Theme ids. */
  themes: string[];
  /** Theme labels (English), in the same order as `themes`. */
  themeLabels: string[];
  section: string | null;
  page: number | null;
  /** The source file's path. */
  document: string | null;
  /** Meilisearch's ranking score. */
  score: number;
}

/** An exported search: the rows in ranking order, and how many hits there were in all. */
export interface SearchExport {
  query: SearchQuery;
  totalHits: number;
  /** True when the search had more hits than MAX_EXPORT_ROWS (or the limit asked). */
  truncated: boolean;
  rows: SearchExportRow[];
}

/** What collectSearchExport reads with. */
export interface SearchExportDeps {
  reader: GraphReader;
  search: Meilisearch;
  insightsIndex: string;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Runs a search (the API's own filter validation, search module and graph relations: no query
 * of its own) from its first hit, page by page, and returns up to `limit` rows with the graph's
 * project, countries, themes and source document. The `after` of the query is ignored: an
 * export is the whole search. Bad filters throw the API's BAD_USER_INPUT errors.
 */
export async function collectSearchExport(deps: SearchExportDeps, query: SearchQuery, limit: number = MAX_EXPORT_ROWS): Promise<SearchExport> {
  checkQueryLength(query.q);
  const filter = await resolveInsightFilter(deps.reader, toInsightFilter(query));
  const rows: SearchExportRow[] = [];
  let totalHits = 0;
  for (let offset = 0; offset < limit; offset += PAGE) {
    const page = await searchInsights(deps.search, deps.insightsIndex, {
      query: query.q,
      filter,
      offset,
      limit: Math.min(PAGE, limit - offset),
      withFacets: false,
    });
    totalHits = page.totalHits;
    if (page.hits.length === 0) break;
    const ids = page.hits.map((hit) => hit.graphId);
    const [nodes, projects, countries, themes, documents] = await Promise.all([
      findNodesByIds(deps.reader, 'Insight', ids),
      readGrouped<NodeRow>(deps.reader, INSIGHT_RELATIONS.project, ids),
      readGrouped<NodeRow>(deps.reader, INSIGHT_RELATIONS.countries, ids),
      readGrouped<NodeRow>(deps.reader, INSIGHT_RELATIONS.themes, ids),
      readGrouped<NodeRow>(deps.reader, INSIGHT_RELATIONS.document, ids),
    ]);
    for (const hit of page.hits) {
      const node = nodes.get(hit.graphId);
      // The index can be a moment behind the graph: a hit whose insight is gone is left out, as the API does.
      if (!node) continue;
      const project = projects.get(hit.graphId)?.[0];
      const insightThemes = themes.get(hit.graphId) ?? [];
      rows.push({
        id: node.id,
        kind: String(node.kind),
        headline: str(node.headline),
        text: str(node.text) ?? '',
        language: str(node.language) ?? 'und',
        year: typeof node.year === 'number' ? node.year : null,
        projectCode: str(project?.code),
        projectTitle: str(project?.title),
        countries: (countries.get(hit.graphId) ?? []).map((country) => String(country.iso3)),
        themes: insightThemes.map((theme) => theme.id),
        themeLabels: insightThemes.map((theme) => (typeof theme.label === 'string' ? theme.label : theme.id)),
        section: str(node.section),
        page: typeof node.page === 'number' ? node.page : null,
        document: str(documents.get(hit.graphId)?.[0]?.sourcePath),
        score: hit.score,
      });
    }
    if (offset + page.hits.length >= page.totalHits) break;
  }
  return { query, totalHits, truncated: totalHits > limit, rows };
}

/** The CSV columns of a search export, in order. */
export const SEARCH_CSV_COLUMNS: ReadonlyArray<{ header: string; value: (row: SearchExportRow) => CsvValue }> = [
  { header: 'id', value: (row) => row.id },
  { header: 'kind', value: (row) => row.kind },
  { header: 'headline', value: (row) => row.headline },
  { header: 'text', value: (row) => row.text },
  { header: 'language', value: (row) => row.language },
  { header: 'year', value: (row) => row.year },
  { header: 'project', value: (row) => row.projectCode },
  { header: 'project_title', value: (row) => row.projectTitle },
  { header: 'countries', value: (row) => row.countries },
  { header: 'themes', value: (row) => row.themeLabels },
  { header: 'theme_ids', value: (row) => row.themes },
  { header: 'section', value: (row) => row.section },
  { header: 'page', value: (row) => row.page },
  { header: 'document', value: (row) => row.document },
  { header: 'score', value: (row) => Number(row.score.toFixed(4)) },
];

/** A search export as CSV (lists joined with "; "). */
export function toSearchCsv(data: SearchExport): string {
  return toCsv(SEARCH_CSV_COLUMNS, data.rows);
}

/** A search export as JSON: the search, the counts and the rows. */
export function toSearchJson(data: SearchExport): string {
  const { after: _after, ...query } = data.query;
  return `${JSON.stringify({ query, totalHits: data.totalHits, exported: data.rows.length, truncated: data.truncated, insights: data.rows }, null, 2)}\n`;
}
