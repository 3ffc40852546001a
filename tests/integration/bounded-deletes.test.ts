import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver.js';
import { deleteEverything, REMOVE_BATCH, removeDocumentsFromGraph, type DocumentRemoveResult } from '../../src/graph/write-graph.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const BULK = 30_000;

const SEED_DOCUMENT = 'document:mli-19-01-usa-midterm-fr-summary';

async function count(driver: Driver, database: string, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return Number(records[0]?.get(0));
}

/** The result of a remove that did not ask for the index first. */
function removed(result: DocumentRemoveResult): Extract<DocumentRemoveResult, { outcome: 'removed' }> {
  if (result.outcome !== 'removed') throw new Error(`expected the document removed, got ${result.outcome}`);
  return result;
}

/**
 * The driver, watched: the relationships each committed transaction deleted, as Neo4j counts
 * them in its query summaries. The engine is the real one; only the bookkeeping is added.
 */
function watchTransactions(driver: Driver): { driver: Driver; deletedPerTransaction: number[] } {
  const deletedPerTransaction: number[] = [];
  const watched = new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        const begin = session.beginTransaction.bind(session);
        // write-graph awaits beginTransaction (a TransactionPromise): watch the transaction it resolves to.
        session.beginTransaction = ((...beginArgs: Parameters<typeof begin>) =>
          Promise.resolve(begin(...beginArgs)).then((tx) => {
            let deleted = 0;
            const run = tx.run.bind(tx);
            tx.run = ((...runArgs: Parameters<typeof run>) => {
              const result = run(...runArgs);
              result.summary().then(
                (summary) => (deleted += summary.counters.updates().relationshipsDeleted),
                () => undefined,
              );
              return result;
            }) as typeof tx.run;
            const commit = tx.commit.bind(tx);
            tx.commit = async () => {
              await commit();
              deletedPerTransaction.push(deleted);
            };
            return tx;
          })) as unknown as typeof session.beginTransaction;
        return session;
      };
    },
  });
  return { driver: watched, deletedPerTransaction };
}

/**
 * Regression: after a 10,000-summary bench, `bench -n 2000` failed at once: its reset
 * (`MATCH (n) WITH n LIMIT 10000 DETACH DELETE n`) put the tens of thousands of relationships
 * of a country or theme in one transaction (dbms.memory.transaction.total.max).
 */
describe('bulk deletes in bounded transactions, whatever the degree of the nodes', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  let driver: Driver;

  beforeAll(async () => {
    await resetStores(config);
    await ingestFixtures(config, ['seeds']);
    driver = createDriver(config);
    // A document of 30,000 insights, each naming Mali and about slavery: Mali and the theme get
    // 30,000 more relationships each.
    const session = driver.session({ database });
    try {
      await session.run(
        `MERGE (d:Document {id: 'document:bulk'}) SET d.sha256 = 'bulk', d.searchPending = false
         MERGE (e:Evaluation {id: 'evaluation:bulk'}) MERGE (d)-[:DESCRIBES]->(e)`,
      );
      await session.run(
        `UNWIND range(1, $n) AS k
         CALL (k) {
           MATCH (d:Document {id: 'document:bulk'}), (e:Evaluation {id: 'evaluation:bulk'}), (c:Country {id: 'country:MLI'}), (t:Theme {id: 'theme:slavery'})
           CREATE (i:Insight:Finding {id: 'insight:bulk-' + k, kind: 'FINDING', text: 'Finding number ' + k})
           CREATE (d)-[:CONTAINS]->(i), (i)-[:FROM]->(e), (i)-[:MENTIONS]->(c), (i)-[:ABOUT]->(t)
         } IN TRANSACTIONS OF 5000 ROWS`,
        { n: neo4j.int(BULK) },
      );
    } finally {
      await session.close();
    }
  }, 300_000);

  afterAll(async () => {
    await driver?.close();
  });

  it("remove of a 30,000-insight document deletes at most 1,000 insights' edges per transaction; Mali and the theme stay, with the seed's edges", async () => {
    const maliBefore = await count(driver, database, "MATCH (:Country {id: 'country:MLI'})<-[r]-() RETURN count(r)");
    const watched = watchTransactions(driver);
    const result = removed(await removeDocumentsFromGraph(watched.driver, database, ['document:bulk'], { indexFirst: false }));
    expect(result.removed).toHaveLength(1);
    expect(result.insightIds).toHaveLength(BULK);
    expect(result.counters.nodesDeleted).toBe(BULK + 2);
    expect(result.counters.relationshipsDeleted).toBe(4 * BULK + 1);
    // 30 batches of 1,000 insights with their 4 edges each, then the document and evaluation.
    expect(watched.deletedPerTransaction.length).toBeGreaterThanOrEqual(31);
    expect(Math.max(...watched.deletedPerTransaction)).toBeLessThanOrEqual(4 * REMOVE_BATCH);
    expect(watched.deletedPerTransaction.reduce((sum, n) => sum + n, 0)).toBe(4 * BULK + 1);
    expect(
      await count(driver, database, "MATCH (n) WHERE n.id IN ['document:bulk', 'evaluation:bulk'] OR n.id STARTS WITH 'insight:bulk-' RETURN count(n)"),
    ).toBe(0);
    expect(await count(driver, database, "MATCH (:Country {id: 'country:MLI'})<-[r]-() RETURN count(r)")).toBe(maliBefore - BULK);
    expect(await count(driver, database, 'MATCH (d:Document {id: $id})-[:CONTAINS]->(i:Insight) RETURN count(i)', { id: SEED_DOCUMENT })).toBe(25);
  }, 300_000);

  it('a small document is still removed in one transaction (all or nothing)', async () => {
    const watched = watchTransactions(driver);
    const result = removed(await removeDocumentsFromGraph(watched.driver, database, [SEED_DOCUMENT], { indexFirst: false }));
    expect(result.removed).toHaveLength(1);
    expect(result.insightIds).toHaveLength(25);
    expect(watched.deletedPerTransaction).toHaveLength(1);
  }, 120_000);

  it('the reset empties a graph whose country has 30,000 relationships, relationships first in bounded transactions', async () => {
    const session = driver.session({ database });
    try {
      await session.run(
        `UNWIND range(1, $n) AS k
         CALL (k) { MATCH (c:Country {id: 'country:MLI'}) CREATE (:Insight {id: 'insight:hub-' + k})-[:MENTIONS]->(c) } IN TRANSACTIONS OF 5000 ROWS`,
        { n: neo4j.int(BULK) },
      );
    } finally {
      await session.close();
    }
    expect(await count(driver, database, "MATCH (:Country {id: 'country:MLI'})<-[r]-() RETURN count(r)")).toBeGreaterThanOrEqual(BULK);
    await deleteEverything(driver, database);
    expect(await count(driver, database, 'MATCH (n) RETURN count(n)')).toBe(0);
  }, 300_000);
});
