import type { Reference } from '../../reference/load-reference.js';
import { withLists, type Statement } from './statement.js';

/**
 * Reference nodes carry `reference: true`: orphan clean-up never deletes them, and an entry
 * removed from the data files is demoted to `reference: false` (then cleaned up once no
 * document links to it). Relationships that only reference data defines (BORDERS, BROADER,
 * PART_OF, a reference Place's IN) are rebuilt in the same transaction.
 */
export function toReferenceStatements(reference: Reference): Statement[] {
  const countries = reference.countries.map((c) => ({
    id: `country:${c.iso3}`,
    props: {
      iso3: c.iso3,
      iso2: c.iso2,
      name: c.names.en,
      nameFr: c.names.fr,
      nameEs: c.names.es,
      aliases: c.aliases,
      region: c.region,
      subregion: c.subregion,
      reference: true,
    },
  }));
  // Borders are symmetric in the data: store each pair once, from the smaller ISO3.
  const borders = reference.countries.flatMap((c) => c.borders.filter((b) => c.iso3 < b).map((b) => ({ from: `country:${c.iso3}`, to: `country:${b}` })));
  const places = reference.places.map((p) => ({
    id: p.id,
    countryId: `country:${p.country}`,
    props: { name: p.name, type: p.type, region: p.region, country: p.country, aliases: p.aliases, reference: true },
  }));
  const organisations = reference.organisations.map((o) => ({
    id: o.id,
    parent: o.parent ?? null,
    props: {
      name: o.name,
      type: o.type,
      acronym: o.acronyms[0] ?? null,
      acronyms: o.acronyms,
      aliases: [...o.acronyms, ...o.aliases],
      country: o.country ?? null,
      reference: true,
    },
  }));
  const groups = reference.stakeholderGroups.map((g) => ({
    id: g.id,
    props: {
      name: g.names.en,
      nameFr: g.names.fr,
      nameEs: g.names.es,
      aliases: [...(g.acronyms ?? []), ...g.aliases],
      reference: true,
    },
  }));
  const themes = reference.themes.map((t) => ({
    id: t.id,
    broader: t.broader,
    props: { label: t.labels.en, labelFr: t.labels.fr, labelEs: t.labels.es, category: t.category, acronyms: t.acronyms, reference: true },
  }));

  const demote = (label: string, ids: string[]): Statement => ({
    cypher: `MATCH (n:${label})
WHERE n.reference = true AND NOT n.id IN $lists.ids
SET n.reference = false`,
    params: withLists({ ids }),
  });

  return [
    { cypher: 'UNWIND $lists.rows AS row MERGE (n:Country {id: row.id}) SET n += row.props', params: withLists({ rows: countries }) },
    demote(
      'Country',
      countries.map((c) => c.id),
    ),
    { cypher: 'MATCH (:Country)-[r:BORDERS]->(:Country) DELETE r', params: {} },
    {
      cypher: `UNWIND $lists.rows AS row
MATCH (a:Country {id: row.from}), (b:Country {id: row.to})
MERGE (a)-[:BORDERS]->(b)`,
      params: withLists({ rows: borders }),
    },
    {
      cypher: `UNWIND $lists.rows AS row
MERGE (n:Place {id: row.id}) SET n += row.props
WITH n, row
MATCH (c:Country {id: row.countryId})
MERGE (n)-[:IN]->(c)`,
      params: withLists({ rows: places }),
    },
    demote(
      'Place',
      places.map((p) => p.id),
    ),
    { cypher: 'UNWIND $lists.rows AS row MERGE (n:Organisation {id: row.id}) SET n:Actor, n += row.props', params: withLists({ rows: organisations }) },
    demote(
      'Organisation',
      organisations.map((o) => o.id),
    ),
    { cypher: 'MATCH (:Organisation)-[r:PART_OF]->(:Organisation) DELETE r', params: {} },
    {
      cypher: `UNWIND $lists.rows AS row
MATCH (n:Organisation {id: row.id}), (parent:Organisation {id: row.parent})
MERGE (n)-[:PART_OF]->(parent)`,
      params: withLists({ rows: organisations.filter((o) => o.parent !== null) }),
    },
    { cypher: 'UNWIND $lists.rows AS row MERGE (n:StakeholderGroup {id: row.id}) SET n:Actor, n += row.props', params: withLists({ rows: groups }) },
    demote(
      'StakeholderGroup',
      groups.map((g) => g.id),
    ),
    { cypher: 'UNWIND $lists.rows AS row MERGE (n:Theme {id: row.id}) SET n += row.props', params: withLists({ rows: themes }) },
    demote(
      'Theme',
      themes.map((t) => t.id),
    ),
    { cypher: 'MATCH (:Theme)-[r:BROADER]->(:Theme) DELETE r', params: {} },
    {
      cypher: `UNWIND $lists.rows AS row
MATCH (n:Theme {id: row.id}), (broader:Theme {id: row.broader})
MERGE (n)-[:BROADER]->(broader)`,
      params: withLists({ rows: themes.filter((t) => t.broader !== null) }),
    },
  ];
}

/** Reads the stamp of the reference data last synced. */
export const READ_REFERENCE_STAMP: Statement = { cypher: "MATCH (m:Meta {id: 'meta:reference'}) RETURN m.sha256 AS sha256", params: {} };

/** Records which reference data (by sha256) the graph was last synced with, and when. */
export function toReferenceStampStatement(sha256: string, syncedAt: string): Statement {
  return {
    cypher: "MERGE (m:Meta {id: 'meta:reference'}) SET m.sha256 = $sha256, m.syncedAt = $syncedAt",
    params: { sha256, syncedAt },
  };
}
