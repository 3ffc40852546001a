import type { Config } from '../../../src/config.js';
import { createDriver } from '../../../src/graph/driver.js';
import { startApiServer, type RunningApi } from '../../../src/graphql/server.js';
import { createLogger } from '../../../src/logger.js';
import { createSearchClient } from '../../../src/search/client.js';
import { testConfig } from '../../support/test-config.js';

/**
 * A GraphQL answer as it comes over HTTP. `TData` is what the test's query selects, written with
 * the generated schema types (src/graphql/generated/resolvers-types.ts), e.g.
 * `api.gql<{ health: Pick<Health, 'status'> }>(...)`. Without it `data` is untyped (`any`), as in
 * the test files not converted yet.
 */
export interface GqlResponse<TData = any> {
  status: number;
  data?: TData;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApi {
  config: Config;
  /** `http://127.0.0.1:<ephemeral port>/graphql` */
  url: string;
  /** Every Cypher query the API sent, in order (the N+1 tests read and reset it). */
  cypherLog: string[];
  /** Sends a query; type `data` with `TData` (see GqlResponse). */
  gql<TData = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<TData>>;
  close(): Promise<void>;
}

/**
 * Starts the real API over real HTTP on an ephemeral port, with the test engines. The driver is
 * wrapped by the API's own query hook, so tests can count the Cypher queries a request sends.
 * A config can be given to point the API elsewhere (engines that are down, for instance).
 */
export async function startTestApi(config: Config = testConfig()): Promise<TestApi> {
  const driver = createDriver(config);
  const search = createSearchClient(config);
  const cypherLog: string[] = [];
  let api: RunningApi;
  try {
    api = await startApiServer(
      {
        driver,
        search,
        config,
        logger: createLogger({ logLevel: process.env.API_TEST_LOG === '1' ? 'warn' : 'silent' }),
        onQuery: (cypher) => cypherLog.push(cypher),
      },
      { host: '127.0.0.1', port: 0 },
    );
  } catch (error) {
    await driver.close();
    throw error;
  }
  return {
    config,
    url: api.url,
    cypherLog,
    async gql<TData>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse<TData>> {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      // The JSON boundary: the shape is the caller's claim about its own query.
      const body = (await response.json()) as Omit<GqlResponse<TData>, 'status'>;
      return { status: response.status, data: body.data ?? undefined, errors: body.errors };
    },
    async close() {
      await api.close();
      await driver.close();
    },
  };
}
