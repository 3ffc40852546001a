import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

/** Longest wait for requests in flight after SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * `lessons-graph serve`: the explorer at `/` (and its exports under `/export/`), the GraphQL API
 * with GraphiQL on `/graphql`, `/healthz` and `/readyz`, on HOST:PORT.
 * SIGTERM or SIGINT stop accepting connections, let requests in flight finish, then close the
 * Neo4j driver; the process exits 0.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the explorer (/), its exports (/export/), the GraphQL API (GraphiQL at /graphql), liveness /healthz and readiness /readyz on HOST:PORT')
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .option('--host <host>', 'interface to bind (overrides HOST)')
    .action(async (options: { port?: string; host?: string }) => {
      const config = loadConfig({ ...process.env, ...(options.port ? { PORT: options.port } : {}), ...(options.host ? { HOST: options.host } : {}) });
      const logger = createLogger(config);
      // Loaded on use: graphql-yoga and neo4j-driver are ~500 ms that the other commands and `--help` should not pay.
      const [{ createDriver }, { createSearchClient, closeSearchClient }, { startApiServer }, { warmProfileStore }, { insightsIndexName }] = await Promise.all([
        import('../graph/driver.js'),
        import('../search/client.js'),
        import('../graphql/server.js'),
        import('../search/profile-store.js'),
        import('../search/search-index.js'),
      ]);
      const driver = createDriver(config);
      const search = createSearchClient(config);
      let api;
      try {
        // LOG_LEVEL=debug logs every Cypher query the API sends (parameter names only: values may be user text).
        const onQuery = logger.isLevelEnabled('debug')
          ? (cypher: string, params: Record<string, unknown>) =>
              logger.debug({ cypher: cypher.replace(/\s+/g, ' ').trim(), params: Object.keys(params) }, 'cypher')
          : undefined;
        api = await startApiServer({ driver, search, config, logger, onQuery }, config.server);
      } catch (error) {
        await driver.close();
        throw error;
      }
      logger.info({ url: api.url, apiKey: config.server.apiKey ? 'set' : 'unset (mutations refused)' }, 'GraphQL API listening');
      // Comparable practices' profiles, read once now so the first requests find them ready
      // (until then, and whenever the index changes, they are answered from the index).
      warmProfileStore(search, insightsIndexName(config), config.comparable.maxProfiles).catch((error: unknown) =>
        logger.warn({ err: error }, 'comparable practices: profiles not loaded; answered from the search index until they are'),
      );
      const explorer = api.url.replace(/\/graphql$/, '/');
      logger.info({ url: explorer }, 'explorer listening');
      process.stderr.write(`Explorer on ${explorer} (exports under ${explorer}export/)\n`);
      process.stderr.write(`GraphQL API on ${api.url} (GraphiQL in a browser, offline); liveness /healthz, readiness /readyz\n`);
      const running = api;
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) return;
          stopping = true;
          logger.info({ signal }, 'shutting down');
          const forced = setTimeout(() => {
            logger.warn('requests still in flight after the grace period; closing them');
            running.server.closeAllConnections();
          }, SHUTDOWN_GRACE_MS);
          forced.unref();
          void running
            .close()
            .catch((error: unknown) => logger.error({ err: error }, 'closing the HTTP server failed'))
            .then(() => Promise.all([driver.close(), closeSearchClient(search)]))
            .finally(() => {
              clearTimeout(forced);
              process.off('SIGTERM', stop);
              process.off('SIGINT', stop);
              resolve();
            });
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      });
    });
}
