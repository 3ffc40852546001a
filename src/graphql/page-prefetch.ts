import type { GraphQLResolveInfo } from 'graphql';
import type { EntityPage } from '../graph/queries/entity-pages.js';
import type { NodeRow } from '../model/node-row.js';
import type { Loaders } from './loaders.js';
import { selectedFields } from './selected-fields.js';

type PageLoaders = Loaders['project'] | Loaders['country'] | Loaders['actor'];

/** True when the client selected any of these relations on the root field's node. */
export function selectsAny(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, relations: readonly string[]): boolean {
  const fields = selectedFields(info, []);
  return relations.some((relation) => fields.has(relation));
}

/**
 * Primes a request's loaders with an entity page read in one query, so the page's relation
 * fields resolve without another round trip to Neo4j.
 */
export function primePage(page: EntityPage, byId: Loaders['byId'][keyof Loaders['byId']], relations: PageLoaders): NodeRow {
  byId.prime(page.item.id, page.item);
  for (const [name, rows] of Object.entries(page.relations)) {
    (relations as Record<string, { prime(key: string, value: unknown[]): unknown } | undefined>)[name]?.prime(page.item.id, rows);
  }
  return page.item;
}
