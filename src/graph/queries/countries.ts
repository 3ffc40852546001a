import type { GraphReader } from './read-graph.js';
import type { NodeRow } from '../../model/node-row.js';

/** Country relations, batched by country id (`$ids`). Its insight lists are paged: insight-lists.ts. */
export const COUNTRY_RELATIONS = {
  // BORDERS is stored once per pair: read it undirected.
  neighbours: `
    MATCH (c:Country)-[:BORDERS]-(n:Country) WHERE c.id IN $ids
    RETURN DISTINCT c.id AS key, properties(n) AS item ORDER BY item.name`,
  projects: `
    MATCH (p:Project)-[:IN]->(c:Country) WHERE c.id IN $ids
    RETURN c.id AS key, properties(p) AS item ORDER BY p.id`,
  places: `
    MATCH (pl:Place)-[:IN]->(c:Country) WHERE c.id IN $ids
    RETURN c.id AS key, properties(pl) AS item ORDER BY pl.name`,
} as const;

/**
 * Finds a country by ISO alpha-3 or alpha-2 code (any case) or by id.
 * Returns null when no country has that code.
 */
export async function findCountryByCode(reader: GraphReader, code: string): Promise<NodeRow | null> {
  const resolved = await resolveCountryCodes(reader, [code]);
  return resolved.found[0] ?? null;
}

/**
 * Resolves country codes (ISO3, ISO2, or `country:ISO3`, any case) to Country nodes in one
 * query; `missing` lists the codes no country has.
 */
export async function resolveCountryCodes(reader: GraphReader, codes: readonly string[]): Promise<{ found: NodeRow[]; missing: string[] }> {
  const normalised = codes.map((code) =>
    code
      .trim()
      .replace(/^country:/i, '')
      .toUpperCase(),
  );
  const rows = await reader.read<{ code: string; item: NodeRow }>(
    `UNWIND $codes AS code
     MATCH (c:Country) WHERE c.iso3 = code OR c.iso2 = code
     RETURN code, properties(c) AS item`,
    { codes: [...new Set(normalised)] },
  );
  const byCode = new Map(rows.map((row) => [row.code, row.item]));
  const found: NodeRow[] = [];
  const missing: string[] = [];
  normalised.forEach((code, index) => {
    const item = byCode.get(code);
    if (item) found.push(item);
    else missing.push(codes[index] ?? code);
  });
  return { found, missing };
}
