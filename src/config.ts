import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

/**
 * Requests worked on at once by default: 4 per CPU. On the 2-CPU bench machine, 128 clients on a
 * dashboard query: with 6 at once /healthz answered in 16-19 ms median, with 16 in 30-44 ms (and
 * 4 s with no limit); the throughput was within the machine's noise of each other.
 */
const DEFAULT_MAX_ACTIVE_REQUESTS = 4 * os.availableParallelism();

/**
 * The only reader of process.env for the service's settings. Every variable has a development
 * default that binds to loopback, so `npm start` works on a fresh machine; production sets them
 * explicitly. One exception, outside the service: `lessons-graph bench` (src/cli/bench-command.ts)
 * reads BENCH_NEO4J_URI and BENCH_MEILI_HOST (engines to benchmark instead of its own) and hands
 * them to loadConfig as NEO4J_URI and MEILI_HOST.
 */
const schema = z.object({
  /** Bolt URI of Neo4j. The local engine listens on 127.0.0.1:NEO4J_BOLT_PORT. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  /** Bolt port the locally started Neo4j listens on (and the default NEO4J_URI points at). */
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Neo4j user. */
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  /** Neo4j password. Development default; set a real secret anywhere else. Neo4j requires 8+ characters. */
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j minimum)').default('lessons-graph-dev'),
  /** Neo4j database name. */
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Meilisearch URL. The local engine listens on 127.0.0.1:MEILI_PORT. */
  MEILI_HOST: z.string().url('must be an http(s) URL').optional(),
  /** Port the locally started Meilisearch listens on (and the default MEILI_HOST points at). */
  MEILI_PORT: z.coerce.number().int().min(1).max(65535).default(7700),
  /** Meilisearch master key. Development default (16+ bytes, as Meilisearch requires); set a real secret anywhere else. */
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 bytes (Meilisearch minimum)').default('lessons-graph-dev-master-key'),
  /**
   * Memory the indexer of the locally started Meilisearch may use (its --max-indexing-memory):
   * bytes, or a size like 512MiB or 2GiB. Unset: 2 GiB, or two thirds of the machine's memory
   * when that is less. Meilisearch's own default, two thirds of the machine's memory, made every
   * small batch cost up to 2.7 s on a 23 GB machine (50 ms with a 256 MiB to 4 GiB limit).
   */
  MEILI_MAX_INDEXING_MEMORY: z
    .string()
    .regex(/^\d+ ?(?:b|[kmgt]i?b)?$/i, 'bytes, or a size like 512MiB or 2GiB')
    .optional(),
  /** Prefix of the Meilisearch index names (tests use their own). */
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'letters, digits, - and _ only')
    .default(''),
  /** Interface the GraphQL server binds to. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port of the GraphQL server. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** API key required by mutations (header `x-api-key`). Unset: mutations are refused. */
  LESSONS_GRAPH_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Folder for engine data, logs, pid files and downloaded binaries (git-ignored). */
  LESSONS_GRAPH_DATA_DIR: z.string().min(1).default('.data'),
  /** Heap of the local Neo4j JVM (java -Xmx syntax). */
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, 'like 1g or 512m')
    .default('1g'),
  /** Timeout in milliseconds for one engine call made by the API. */
  ENGINE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * Longest wait for a TCP connection to Neo4j. A Neo4j that refuses connections fails at once
   * whatever this is; a host that drops packets fails after it.
   */
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
  /**
   * Longest wait for a Neo4j connection from the driver's pool (opening one included), so a
   * saturated pool or a dead server gives UNAVAILABLE instead of queueing requests. Neo4j's driver
   * wants it at least NEO4J_CONNECTION_TIMEOUT_MS.
   */
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /**
   * Origins allowed to call the API from a browser on another origin, comma-separated
   * (`https://dash.example.org,https://ops.example.org`), or `*` for any origin. Unset: none
   * (pages served by the API itself, such as GraphiQL, are same-origin and always work). CORS
   * answers never allow credentials: the API uses no cookies, the API key is a header.
   */
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(
      z.array(
        z.union([
          z.literal('*'),
          z.string().regex(/^https?:\/\/[^/\s]+$/, 'origins like https://dash.example.org (scheme and host, no path), comma-separated, or *'),
        ]),
      ),
    )
    .default([]),
  /**
   * Expensive requests a client IP may make in a burst: each expensive field (comparablePractices,
   * paths, neighbourhood; each alias counts) and each export (`/export/…`) takes one from the
   * same bucket. 0 turns the limit off.
   */
  RATE_LIMIT_EXPENSIVE_BURST: z.coerce.number().int().min(0).default(20),
  /**
   * Requests the server works on at once (default 4 per CPU); the others wait their turn (see
   * src/http/concurrency-plugin.ts). 0 turns the limit off.
   */
  MAX_ACTIVE_REQUESTS: z.coerce.number().int().min(0).default(DEFAULT_MAX_ACTIVE_REQUESTS),
  /**
   * Canonical insights whose comparable-practice profiles the server holds in memory (≈ 3.7 KB
   * each); a larger library answers comparable practices from the search index (slower). 0: never held.
   */
  COMPARABLE_PROFILES_MAX: z.coerce.number().int().min(0).default(500_000),
  /** Requests that may wait for their turn; one more is answered 503 with Retry-After. */
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).default(1000),
  /** Expensive fields and exports a client IP gets back per minute once its burst is spent. */
  RATE_LIMIT_EXPENSIVE_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Wrong or missing API keys a client IP may send in a burst before every key check is refused for a while. 0 turns the limit off. */
  RATE_LIMIT_AUTH_FAILURES_BURST: z.coerce.number().int().min(0).default(10),
  /** Wrong API keys a client IP is allowed per minute once its burst is spent. */
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Worker threads that extract uploaded documents off the event loop (and other CPU-heavy tasks). */
  WORKER_THREADS: z.coerce.number().int().min(1).max(16).default(2),
  /** Longest a worker task (one upload's read and extraction) may run; the worker is terminated after it. */
  WORKER_TASK_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  /** Memory (JavaScript heap plus buffers) of one worker thread, in MB; a task that needs more fails and the worker is replaced. V8's heap limit for the worker is twice this. */
  WORKER_MAX_MEMORY_MB: z.coerce.number().int().min(32).default(512),
  /**
   * Documents `ingest` writes to Neo4j in one transaction at most (each keeps its own outcome; a
   * batch that fails is retried document by document). 1 writes each document alone.
   */
  INGEST_BATCH_DOCUMENTS: z.coerce.number().int().min(1).max(1000).default(16),
  /**
   * Longest a document waits, in milliseconds, for others to join its ingest transaction while
   * another one is in flight (group commit: Neo4j's cost per document falls with the batch size).
   * A lone document, or any document while nothing is in flight, never waits. 0 turns it off.
   */
  INGEST_BATCH_LINGER_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  /** Graph statements in one ingest transaction at most: a batch closes before it would pass this (a single larger document still goes alone). */
  INGEST_BATCH_STATEMENTS: z.coerce.number().int().min(1).default(600),
  /**
   * Documents `ingest` and `reindex` read back from the graph and send to Meilisearch together (a
   * window closes sooner at 8,000 insights). Meilisearch indexes each window as one batch, and a
   * batch's cost grows with the index: larger windows cost it less CPU, and only delay when a
   * document becomes searchable.
   */
  INGEST_SEARCH_WINDOW: z.coerce.number().int().min(1).max(10_000).default(400),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** A token bucket: `burst` tokens at most, refilled at `perMinute`; a burst of 0 is no limit. */
export interface RateLimit {
  burst: number;
  perMinute: number;
}

export interface Config {
  neo4j: {
    uri: string;
    boltPort: number;
    username: string;
    password: string;
    database: string;
    heap: string;
    connectionTimeoutMs: number;
    acquisitionTimeoutMs: number;
  };
  meili: { host: string; port: number; masterKey: string; indexPrefix: string; maxIndexingMemory: string };
  server: { host: string; port: number; apiKey: string | null; maxActive: number; maxQueued: number };
  /** Origins allowed by CORS (`*` = any); empty: same-origin only. */
  cors: { origins: string[] };
  /** Per client IP: expensive fields, and failed API keys. */
  rateLimits: { expensive: RateLimit; authFailures: RateLimit };
  /** Comparable practices: most profiles held in memory (src/search/profile-store.ts). */
  comparable: { maxProfiles: number };
  /** The worker-thread pool (src/workers). */
  workers: { threads: number; taskTimeoutMs: number; maxMemoryMb: number };
  /** How `ingest` groups documents into graph transactions. */
  ingest: { batchDocuments: number; batchStatements: number; batchLingerMs: number; searchWindow: number };
  dataDir: string;
  engineTimeoutMs: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
}

/** Bytes Meilisearch's indexer may use unless MEILI_MAX_INDEXING_MEMORY says: 2 GiB, or two thirds of the memory when less. */
function defaultIndexingMemory(): number {
  return Math.min(2 * 1024 ** 3, Math.floor((os.totalmem() * 2) / 3));
}

/**
 * Reads and validates the configuration. Throws one AppError('CONFIG') that lists every bad
 * variable, so a misconfigured deployment is fixed in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  // Empty strings count as unset: `FOO= npm start` should not fail validation.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('CONFIG', `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_ACQUISITION_TIMEOUT_MS < e.NEO4J_CONNECTION_TIMEOUT_MS) {
    throw new AppError(
      'CONFIG',
      `Invalid configuration:\n  NEO4J_ACQUISITION_TIMEOUT_MS: must be at least NEO4J_CONNECTION_TIMEOUT_MS (${e.NEO4J_CONNECTION_TIMEOUT_MS}); opening a connection is part of acquiring one`,
    );
  }
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
      boltPort: e.NEO4J_BOLT_PORT,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      heap: e.NEO4J_HEAP,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
    },
    meili: {
      host: e.MEILI_HOST ?? `http://127.0.0.1:${e.MEILI_PORT}`,
      port: e.MEILI_PORT,
      masterKey: e.MEILI_MASTER_KEY,
      indexPrefix: e.MEILI_INDEX_PREFIX,
      maxIndexingMemory: e.MEILI_MAX_INDEXING_MEMORY ?? String(defaultIndexingMemory()),
    },
    server: { host: e.HOST, port: e.PORT, apiKey: e.LESSONS_GRAPH_API_KEY ?? null, maxActive: e.MAX_ACTIVE_REQUESTS, maxQueued: e.MAX_QUEUED_REQUESTS },
    cors: { origins: e.CORS_ORIGINS },
    rateLimits: {
      expensive: { burst: e.RATE_LIMIT_EXPENSIVE_BURST, perMinute: e.RATE_LIMIT_EXPENSIVE_PER_MINUTE },
      authFailures: { burst: e.RATE_LIMIT_AUTH_FAILURES_BURST, perMinute: e.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE },
    },
    comparable: { maxProfiles: e.COMPARABLE_PROFILES_MAX },
    workers: { threads: e.WORKER_THREADS, taskTimeoutMs: e.WORKER_TASK_TIMEOUT_MS, maxMemoryMb: e.WORKER_MAX_MEMORY_MB },
    ingest: {
      batchDocuments: e.INGEST_BATCH_DOCUMENTS,
      batchStatements: e.INGEST_BATCH_STATEMENTS,
      batchLingerMs: e.INGEST_BATCH_LINGER_MS,
      searchWindow: e.INGEST_SEARCH_WINDOW,
    },
    dataDir: path.resolve(cwd, e.LESSONS_GRAPH_DATA_DIR),
    engineTimeoutMs: e.ENGINE_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
  };
}
