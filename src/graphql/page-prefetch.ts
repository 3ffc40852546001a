import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityPage } from '../graph/queries/entity-pages.js';
import type { NodeRow } from '../model/node-row.js';
import type { Loaders } from './loaders.js';
import { selectedFields } from './selected-fields.js';

/** The loaders of a page's relations, each holding that relation's rows. */
type RelationLoadersOf<Relations> = { [K in keyof Relations]: DataLoader<string, Relations[K]> };

/** True when the client selected any of these relations on the root field's node. */
export function selectsAny(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, relations: readonly string[]): boolean {
  const fields = selectedFields(info, []);
  return relations.some((relation) => fields.has(relation));
}

/**
 * Primes a request's loaders with an entity page read in one query, so the page's relation
 * fields resolve without another round trip to Neo4j. `names` are the relations the page holds.
 */
export function primePage<Relations>(
  page: EntityPage<Relations>,
  byId: DataLoader<string, NodeRow | null>,
  loaders: RelationLoadersOf<Relations>,
  names: ReadonlyArray<keyof Relations>,
): NodeRow {
  byId.prime(page.item.id, page.item);
  for (const name of names) primeRelation(loaders, page, name);
  return page.item;
}

function primeRelation<Relations, K extends keyof Relations>(loaders: RelationLoadersOf<Relations>, page: EntityPage<Relations>, name: K): void {
  loaders[name].prime(page.item.id, page.relations[name]);
}

/**
 * Starts loading the insight relations a client selected at `path` (e.g. `['edges', 'node']`)
 * for these insights, beside the nodes themselves: the relation fields' resolvers then find their
 * rows in the same loaders, one graph round trip after the search instead of two in a row.
 * Failures stay in the loaders (loadMany never rejects) and reach the fields that asked.
 */
export function prefetchInsightRelations(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
  loaders: Loaders,
  ids: readonly string[],
): void {
  if (ids.length === 0) return;
  const selected = selectedFields(info, path);
  for (const [name, loader] of Object.entries(loaders.insight)) if (selected.has(name)) void loader.loadMany(ids);
}
