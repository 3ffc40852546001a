import DataLoader from 'dataloader';
import { ACTOR_RELATIONS, type ActorProjectRow } from '../graph/queries/actors.js';
import { COUNTRY_RELATIONS } from '../graph/queries/countries.js';
import { EVALUATION_RELATIONS } from '../graph/queries/evaluations.js';
import { findInsightListPages, type InsightListName, type ListPage, type ListSlice } from '../graph/queries/insight-lists.js';
import { INSIGHT_RELATIONS, type LinkedNode } from '../graph/queries/insights.js';
import type { NodeRow } from '../model/node-row.js';
import { displayNameOf, findNodesByIds, labelOfId, readGrouped, type NodeLabel } from '../graph/queries/nodes.js';
import { PLACE_RELATIONS } from '../graph/queries/places.js';
import { PROJECT_RELATIONS } from '../graph/queries/projects.js';
import type { GraphReader } from '../graph/queries/read-graph.js';
import { THEME_RELATIONS, type ThemeCountryRow } from '../graph/queries/themes.js';

/**
 * One relation query as a DataLoader: a whole batch of keys is one Cypher query. `Item` is what
 * the query returns per key (its `item` column): the rows' type is decided here, at the driver
 * boundary, once per relation.
 */
function relationLoader<Item>(reader: GraphReader, cypher: string): DataLoader<string, Item[]> {
  return new DataLoader<string, Item[]>(async (ids) => {
    const grouped = await readGrouped<Item>(reader, cypher, ids);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

/** Every query of a relation table has its loader (`satisfies` fails the build when one is left out). */
type LoadersOf<Queries> = { [K in keyof Queries]: DataLoader<string, unknown[]> };

/** A page of one parent's list: the DataLoader key of the paged lists. */
export interface ListPageKey extends ListPage {
  id: string;
}

/**
 * One DataLoader per paged insight list: keys asking for the same page (kind, offset, first,
 * equivalents) of different parents are one query. Each list's loader is created on first use.
 */
function listLoaders(reader: GraphReader): (list: InsightListName) => DataLoader<ListPageKey, ListSlice, string> {
  const pageOf = (key: ListPageKey) => JSON.stringify([key.kind, key.equivalents, key.offset, key.first]);
  const loaders = new Map<InsightListName, DataLoader<ListPageKey, ListSlice, string>>();
  const create = (list: InsightListName) =>
    new DataLoader<ListPageKey, ListSlice, string>(
      async (keys) => {
        const groups = new Map<string, ListPageKey[]>();
        for (const key of keys) groups.set(pageOf(key), [...(groups.get(pageOf(key)) ?? []), key]);
        const found = new Map<string, ListSlice>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const pages = await findInsightListPages(
              reader,
              list,
              group.map((key) => key.id),
              group[0]!,
            );
            for (const key of group) found.set(`${key.id}\u0000${pageOf(key)}`, pages.get(key.id) ?? { items: [], total: 0 });
          }),
        );
        return keys.map((key) => found.get(`${key.id}\u0000${pageOf(key)}`)!);
      },
      { cacheKeyFn: (key) => `${key.id}\u0000${pageOf(key)}` },
    );
  // Created on first use: a request reads one or two of the lists, not all of them.
  return (list) => {
    let loader = loaders.get(list);
    if (!loader) {
      loader = create(list);
      loaders.set(list, loader);
    }
    return loader;
  };
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
    insight: {
      evaluation: relationLoader<NodeRow>(reader, INSIGHT_RELATIONS.evaluation),
      project: relationLoader<NodeRow>(reader, INSIGHT_RELATIONS.project),
      document: relationLoader<NodeRow>(reader, INSIGHT_RELATIONS.document),
      sameAs: relationLoader<NodeRow>(reader, INSIGHT_RELATIONS.sameAs),
      themes: relationLoader<NodeRow>(reader, INSIGHT_RELATIONS.themes),
      countries: relationLoader<NodeRow>(reader, INSIGHT_RELATIONS.countries),
      mentions: relationLoader<LinkedNode>(reader, INSIGHT_RELATIONS.mentions),
      addressees: relationLoader<LinkedNode>(reader, INSIGHT_RELATIONS.addressees),
    } satisfies LoadersOf<typeof INSIGHT_RELATIONS>,
    evaluation: {
      project: relationLoader<NodeRow>(reader, EVALUATION_RELATIONS.project),
      document: relationLoader<NodeRow>(reader, EVALUATION_RELATIONS.document),
      manager: relationLoader<NodeRow>(reader, EVALUATION_RELATIONS.manager),
      conductedBy: relationLoader<NodeRow>(reader, EVALUATION_RELATIONS.conductedBy),
      leadEvaluator: relationLoader<NodeRow>(reader, EVALUATION_RELATIONS.leadEvaluator),
      commissioner: relationLoader<NodeRow>(reader, EVALUATION_RELATIONS.commissioner),
      insights: relationLoader<NodeRow>(reader, EVALUATION_RELATIONS.insights),
      evaluationOfDocument: relationLoader<NodeRow>(reader, EVALUATION_RELATIONS.evaluationOfDocument),
    } satisfies LoadersOf<typeof EVALUATION_RELATIONS>,
    project: {
      countries: relationLoader<NodeRow>(reader, PROJECT_RELATIONS.countries),
      places: relationLoader<NodeRow>(reader, PROJECT_RELATIONS.places),
      donors: relationLoader<NodeRow>(reader, PROJECT_RELATIONS.donors),
      partners: relationLoader<NodeRow>(reader, PROJECT_RELATIONS.partners),
      evaluations: relationLoader<NodeRow>(reader, PROJECT_RELATIONS.evaluations),
      insights: relationLoader<NodeRow>(reader, PROJECT_RELATIONS.insights),
    } satisfies LoadersOf<typeof PROJECT_RELATIONS>,
    country: {
      neighbours: relationLoader<NodeRow>(reader, COUNTRY_RELATIONS.neighbours),
      projects: relationLoader<NodeRow>(reader, COUNTRY_RELATIONS.projects),
      places: relationLoader<NodeRow>(reader, COUNTRY_RELATIONS.places),
    } satisfies LoadersOf<typeof COUNTRY_RELATIONS>,
    place: {
      country: relationLoader<NodeRow>(reader, PLACE_RELATIONS.country),
      projects: relationLoader<NodeRow>(reader, PLACE_RELATIONS.projects),
    } satisfies LoadersOf<typeof PLACE_RELATIONS>,
    actor: {
      projects: relationLoader<ActorProjectRow>(reader, ACTOR_RELATIONS.projects),
      evaluations: relationLoader<NodeRow>(reader, ACTOR_RELATIONS.evaluations),
      memberOf: relationLoader<NodeRow>(reader, ACTOR_RELATIONS.memberOf),
    } satisfies LoadersOf<typeof ACTOR_RELATIONS>,
    theme: {
      broader: relationLoader<NodeRow>(reader, THEME_RELATIONS.broader),
      narrower: relationLoader<NodeRow>(reader, THEME_RELATIONS.narrower),
      countries: relationLoader<ThemeCountryRow>(reader, THEME_RELATIONS.countries),
    } satisfies LoadersOf<typeof THEME_RELATIONS>,
    list: listLoaders(reader),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
