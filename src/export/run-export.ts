import type { GraphQuery } from '../model/graph-query.js';
import type { SearchQuery } from '../model/search-query.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { collectGraphExport, toGraphGexf, toGraphGraphml, toGraphJson } from './collect-graph-export.js';
import { collectSearchExport, toSearchCsv, toSearchJson, type SearchExportDeps } from './collect-search-export.js';

/** The formats a search exports to. */
export const SEARCH_EXPORT_FORMATS = ['csv', 'json'] as const;
export type SearchExportFormat = (typeof SEARCH_EXPORT_FORMATS)[number];

/** The formats a graph view exports to. */
export const GRAPH_EXPORT_FORMATS = ['gexf', 'graphml', 'json'] as const;
export type GraphExportFormat = (typeof GRAPH_EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<SearchExportFormat | GraphExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};

/** A finished export: the file's text, its media type and a file name to save it under. */
export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
  /** How many rows (search) or nodes (graph) it holds. */
  count: number;
  truncated: boolean;
}

/** A search as a CSV or JSON file (same code for the HTTP endpoint and the CLI). */
export async function exportSearch(deps: SearchExportDeps, query: SearchQuery, format: SearchExportFormat): Promise<ExportFile> {
  const data = await collectSearchExport(deps, query);
  return {
    body: format === 'csv' ? toSearchCsv(data) : toSearchJson(data),
    contentType: CONTENT_TYPES[format],
    filename: `lessons-graph-search.${format}`,
    count: data.rows.length,
    truncated: data.truncated,
  };
}

/** A graph view as a GEXF, GraphML or JSON file (same code for the HTTP endpoint and the CLI). */
export async function exportGraph(reader: GraphReader, query: GraphQuery, format: GraphExportFormat): Promise<ExportFile> {
  const data = await collectGraphExport(reader, query);
  const body = format === 'gexf' ? toGraphGexf(data) : format === 'graphml' ? toGraphGraphml(data) : toGraphJson(data);
  return { body, contentType: CONTENT_TYPES[format], filename: `lessons-graph.${format}`, count: data.nodes.length, truncated: data.truncated };
}
