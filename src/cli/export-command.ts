import fs from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { GRAPH_EXPORT_FORMATS, SEARCH_EXPORT_FORMATS, type ExportFile, type GraphExportFormat, type SearchExportFormat } from '../export/run-export.js';
import { GraphQueryError, readGraphQuery } from '../model/graph-query.js';
import { readSearchQuery, SEARCH_PARAMS, SearchQueryError } from '../model/search-query.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    const lower = value.toLowerCase() as T;
    if (!allowed.includes(lower)) throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}.`);
    return lower;
  };
}

/** Writes the file to `output`, or to stdout; says what it wrote on stderr. */
function deliver(file: ExportFile, output: string | undefined, what: string): void {
  if (output) {
    // Written whole to a temporary name, then renamed: a failed export leaves no half file.
    const temporary = `${output}.partial-${process.pid}`;
    fs.writeFileSync(temporary, file.body);
    fs.renameSync(temporary, output);
  } else {
    process.stdout.write(file.body);
  }
  const cut = file.truncated ? ' (cut at the export limit)' : '';
  process.stderr.write(`exported ${file.count} ${what}${cut}${output ? ` to ${output}` : ''}\n`);
}

/** Turns the query-string readers' complaints into the CLI's clear errors. */
function usageError(error: unknown): unknown {
  if (error instanceof SearchQueryError || error instanceof GraphQueryError) return new AppError('BAD_USER_INPUT', error.message);
  return error;
}

async function engines() {
  const config = loadConfig();
  // Loaded on use: `--help` should not load neo4j-driver.
  const [{ createDriver }, { createSearchClient }, { createGraphReader }, { insightsIndexName }] = await Promise.all([
    import('../graph/driver.js'),
    import('../search/client.js'),
    import('../graph/queries/read-graph.js'),
    import('../search/search-index.js'),
  ]);
  const driver = createDriver(config);
  const reader = createGraphReader(driver, { database: config.neo4j.database, timeoutMs: config.engineTimeoutMs });
  return { config, driver, reader, search: createSearchClient(config), insightsIndex: insightsIndexName(config) };
}

/**
 * `lessons-graph export search|graph`: the explorer's exports without a browser or a server,
 * through the same code as the HTTP endpoints `/export/search.{csv,json}` and
 * `/export/graph.{gexf,graphml,json}` (the API's search, neighbourhood and paths modules).
 */
export function registerExportCommand(program: Command): void {
  const exportCommand = program.command('export').description('export a search (CSV, JSON) or a graph view (GEXF, GraphML, JSON) to a file or stdout');

  exportCommand
    .command('search')
    .description('the insights a search finds, ranked, with project, countries, themes and provenance (at most 1000)')
    .argument('[query...]', 'the words to look for (none: every insight matching the filters)')
    .option('--kind <kind>', 'FINDING, RECOMMENDATION, LESSON_LEARNED or GOOD_PRACTICE (repeatable)', collect)
    .option('--country <code>', 'ISO alpha-3 or alpha-2 country code (repeatable)', collect)
    .option('--theme <id>', 'theme id, e.g. theme:social-mediation (repeatable)', collect)
    .option('--actor <id>', 'actor id, e.g. org:ilo (repeatable)', collect)
    .option('--language <code>', 'language of the insights: fr, en, es (repeatable)', collect)
    .option('--year-from <year>', 'evaluations completed in or after this year')
    .option('--year-to <year>', 'evaluations completed in or before this year')
    .option('--format <format>', `${SEARCH_EXPORT_FORMATS.join(' or ')}`, oneOf(SEARCH_EXPORT_FORMATS), 'csv')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(
      async (
        words: string[],
        options: {
          kind?: string[];
          country?: string[];
          theme?: string[];
          actor?: string[];
          language?: string[];
          yearFrom?: string;
          yearTo?: string;
          format: SearchExportFormat;
          output?: string;
        },
      ) => {
        const params = new URLSearchParams();
        if (words.length > 0) params.set(SEARCH_PARAMS.q, words.join(' '));
        for (const kind of options.kind ?? []) params.append(SEARCH_PARAMS.kinds, kind);
        for (const country of options.country ?? []) params.append(SEARCH_PARAMS.countries, country);
        for (const theme of options.theme ?? []) params.append(SEARCH_PARAMS.themes, theme);
        for (const actor of options.actor ?? []) params.append(SEARCH_PARAMS.actors, actor);
        for (const language of options.language ?? []) params.append(SEARCH_PARAMS.languages, language);
        if (options.yearFrom) params.set(SEARCH_PARAMS.yearFrom, options.yearFrom);
        if (options.yearTo) params.set(SEARCH_PARAMS.yearTo, options.yearTo);
        let query;
        try {
          query = readSearchQuery(params);
        } catch (error) {
          throw usageError(error);
        }
        const { driver, reader, search, insightsIndex } = await engines();
        try {
          const { exportSearch } = await import('../export/run-export.js');
          deliver(await exportSearch({ reader, search, insightsIndex }, query, options.format), options.output, 'insights');
        } finally {
          await driver.close();
        }
      },
    );

  exportCommand
    .command('graph')
    .description('the neighbourhood of one or more nodes (their union), optionally with the paths between two nodes')
    .argument('<id...>', 'node ids, e.g. country:MLI org:ilo (the first is the centre)')
    .option('--depth <n>', 'hops from each node, 1 to 3', '1')
    .option('--limit <n>', 'most nodes per neighbourhood, 1 to 300', '100')
    .option('--from <id>', 'add the shortest paths from this node…')
    .option('--to <id>', '…to this one')
    .option('--format <format>', `${GRAPH_EXPORT_FORMATS.join(', ')}`, oneOf(GRAPH_EXPORT_FORMATS), 'gexf')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (ids: string[], options: { depth: string; limit: string; from?: string; to?: string; format: GraphExportFormat; output?: string }) => {
      const params = new URLSearchParams();
      for (const id of ids) params.append('id', id);
      params.set('depth', options.depth);
      params.set('limit', options.limit);
      if (options.from) params.set('from', options.from);
      if (options.to) params.set('to', options.to);
      let query;
      try {
        query = readGraphQuery(params);
      } catch (error) {
        throw usageError(error);
      }
      const { driver, reader } = await engines();
      try {
        const { exportGraph } = await import('../export/run-export.js');
        deliver(await exportGraph(reader, query, options.format), options.output, 'nodes');
      } finally {
        await driver.close();
      }
    });
}
