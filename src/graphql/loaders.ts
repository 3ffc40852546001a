import DataLoader from 'dataloader';
import { ACTOR_RELATIONS } from '../graph/queries/actors.js';
import { COUNTRY_RELATIONS } from '../graph/queries/countries.js';
import { EVALUATION_RELATIONS } from '../graph/queries/evaluations.js';
import { findInsightListPages, INSIGHT_LIST_QUERIES, type InsightListName, type ListPage, type ListSlice } from '../graph/queries/insight-lists.js';
import { INSIGHT_RELATIONS } from '../graph/queries/insights.js';
import type { NodeRow } from '../model/node-row.js';
import { displayNameOf, findNodesByIds, labelOfId, readGrouped, type NodeLabel } from '../graph/queries/nodes.js';
import { PLACE_RELATIONS } from '../graph/queries/places.js';
import { PROJECT_RELATIONS } from '../graph/queries/projects.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { THEME_RELATIONS } from '../graph/queries/themes.js';

type RelationLoaders<T extends Record<string, string>> = { [K in keyof T]: DataLoader<string, unknown[]> };

/** One DataLoader per relation query: a whole batch of keys is one Cypher query. */
function relationLoaders<T extends Record<string, string>>(reader: GraphReader, queries: T): RelationLoaders<T> {
  const loaders = {} as RelationLoaders<T>;
  for (const name of Object.keys(queries) as Array<keyof T>) {
    const cypher = queries[name] as string;
    loaders[name] = new DataLoader<string, unknown[]>(async (ids) => {
      const grouped = await readGrouped<unknown>(reader, cypher, ids);
      return ids.map((id) => grouped.get(id) ?? []);
    });
  }
  return loaders;
}

/** A page of one parent's list: the DataLoader key of the paged lists. */
export interface ListPageKey extends ListPage {
  id: string;
}

/**
 * One DataLoader per paged insight list: keys asking for the same page (kind, offset, first,
 * equivalents) of different parents are one query.
 */
function listLoaders(reader: GraphReader): Record<InsightListName, DataLoader<ListPageKey, ListSlice, string>> {
  const pageOf = (key: ListPageKey) => JSON.stringify([key.kind, key.equivalents, key.offset, key.first]);
  const loaders = {} as Record<InsightListName, DataLoader<ListPageKey, ListSlice, string>>;
  for (const list of Object.keys(INSIGHT_LIST_QUERIES) as InsightListName[]) {
    loaders[list] = new DataLoader<ListPageKey, ListSlice, string>(
      async (keys) => {
        const groups = new Map<string, ListPageKey[]>();
        for (const key of keys) groups.set(pageOf(key), [...(groups.get(pageOf(key)) ?? []), key]);
        const found = new Map<string, ListSlice>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const pages = await findInsightListPages(reader, list, group.map((key) => key.id), group[0]!);
            for (const key of group) found.set(`${key.id}\u0000${pageOf(key)}`, pages.get(key.id) ?? { items: [], total: 0 });
          }),
        );
        return keys.map((key) => found.get(`${key.id}\u0000${pageOf(key)}`)!);
      },
      { cacheKeyFn: (key) => `${key.id}\u0000${pageOf(key)}` },
    );
  }
  return loaders;
}

function nodeLoader(reader: GraphReader, label: NodeLabel): DataLoader<string, NodeRow | null> {
  return new DataLoader<string, NodeRow | null>(async (ids) => {
    const found = await findNodesByIds(reader, label, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * The per-request loaders: created with the request's context so caching never crosses
 * requests. Entity loaders batch by id; relation loaders batch by the source node's id.
 */
export function createLoaders(reader: GraphReader) {
  const byId = {
    Insight: nodeLoader(reader, 'Insight'),
    Evaluation: nodeLoader(reader, 'Evaluation'),
    Project: nodeLoader(reader, 'Project'),
    Country: nodeLoader(reader, 'Country'),
    Place: nodeLoader(reader, 'Place'),
    Actor: nodeLoader(reader, 'Actor'),
    Theme: nodeLoader(reader, 'Theme'),
    Document: nodeLoader(reader, 'Document'),
  };
  // Readable names for facet values and graph ids, one query per label present in the batch.
  const displayName = new DataLoader<string, string>(async (ids) => {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of ids) {
      const label = labelOfId(id);
      if (label === null) continue;
      const normalised: NodeLabel = label === 'Organisation' || label === 'Person' || label === 'StakeholderGroup' ? 'Actor' : label;
      byLabel.set(normalised, [...(byLabel.get(normalised) ?? []), id]);
    }
    const names = new Map<string, string>();
    await Promise.all(
      [...byLabel].map(async ([label, labelIds]) => {
        const found = await findNodesByIds(reader, label, labelIds);
        for (const [id, row] of found) names.set(id, displayNameOf(row));
      }),
    );
    return ids.map((id) => names.get(id) ?? id);
  });
  return {
    byId,
    displayName,
    insight: relationLoaders(reader, INSIGHT_RELATIONS),
    evaluation: relationLoaders(reader, EVALUATION_RELATIONS),
    project: relationLoaders(reader, PROJECT_RELATIONS),
    country: relationLoaders(reader, COUNTRY_RELATIONS),
    place: relationLoaders(reader, PLACE_RELATIONS),
    actor: relationLoaders(reader, ACTOR_RELATIONS),
    theme: relationLoaders(reader, THEME_RELATIONS),
    lists: listLoaders(reader),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
