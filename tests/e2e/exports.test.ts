import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig, testEnvironment } from '../support/test-config.js';
import { parseCsv } from '../browser/support/parse-csv.js';
import { startTestApi, type TestApi } from './support/api-harness.js';

jest.setTimeout(60_000);

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const BIN = path.resolve('bin', 'lessons-graph.js');
const SEED_GOOD_PRACTICES = ['insight:05db44abe5506694', 'insight:7c12c12424db2ab9', 'insight:de1eb5a29b45847d'];

/**
 * `lessons-graph export …` as a user runs it (compiled code), against the test engines.
 * Asynchronous on purpose: the API under test runs in this process, and a spawnSync would
 * block its event loop long enough for a kept-alive connection to be reset under the client
 * (the regression that made this test flaky).
 */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const config = testConfig();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'export', ...args],
      { encoding: 'utf8', env: { ...testEnvironment(), NEO4J_URI: config.neo4j.uri, MEILI_HOST: config.meili.host, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('exports over HTTP (/export/…) and from the command line (lessons-graph export), on the seed', () => {
  let api: TestApi;
  let base: string;

  beforeAll(async () => {
    const config = testConfig();
    await resetStores(config);
    await ingestFixtures(config, [SEED]);
    api = await startTestApi(config);
    base = api.url.replace(/\/graphql$/, '');
  }, 240_000);
  afterAll(async () => {
    await api?.close();
  });

  it("GET /export/search.csv takes the explorer's search parameters: the seed's 3 good practices in Mali, as a download", async () => {
    const response = await fetch(`${base}/export/search.csv?kind=GOOD_PRACTICE&country=MLI`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lessons-graph-search.csv"');
    expect(response.headers.get('x-total-exported')).toBe('3');
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual([
      'id',
      'kind',
      'headline',
      'text',
      'language',
      'year',
      'project',
      'project_title',
      'countries',
      'themes',
      'theme_ids',
      'section',
      'page',
      'document',
      'score',
    ]);
    expect(rows.map((row) => row[0]).sort()).toEqual(SEED_GOOD_PRACTICES);
    const sharing = rows.find((row) => row[0] === 'insight:de1eb5a29b45847d') as string[];
    expect(sharing.slice(4, 9)).toEqual([
      'fr',
      '2022',
      'MLI/19/01/USA',
      "Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali",
      'MLI; MRT; NER',
    ]);
    expect(sharing[10]?.split('; ')).toEqual(['theme:knowledge-sharing', 'theme:legal-policy-reform']);
    expect(sharing[9]).toBe('Knowledge sharing and South-South cooperation; Legal and policy reform');
    expect(sharing[13]).toBe(SEED);
  });

  it('GET /export/search.json: the search, the counts and the rows', async () => {
    const response = await fetch(`${base}/export/search.json?q=m%C3%A9diation+sociale`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.json();
    expect(body).toMatchObject({ query: { q: 'médiation sociale', kinds: [], countries: [] }, totalHits: 1, exported: 1, truncated: false });
    expect(body.insights).toEqual([
      expect.objectContaining({
        id: 'insight:5fda2ab735d1eb52',
        kind: 'LESSON_LEARNED',
        text: "La médiation sociale est un créneau très porteur dans l'émancipation des personnes victimes de l'esclavage.",
        projectCode: 'MLI/19/01/USA',
        countries: ['MLI'],
        themes: ['theme:slavery', 'theme:social-mediation'],
        themeLabels: ['Slavery', 'Social mediation'],
        section: 'Principales leçons apprises',
        page: null,
        document: SEED,
      }),
    ]);
  });

  it("GET /export/graph.gexf and .graphml: the same neighbourhood as the graph view, Niger among Mali's neighbours", async () => {
    const gexf = await fetch(`${base}/export/graph.gexf?id=country:MLI`);
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const gexfText = await gexf.text();
    expect(gexfText).toContain('<node id="country:NER" label="Niger"><attvalues><attvalue for="type" value="COUNTRY"/></attvalues></node>');
    expect(gexfText).toContain('<edge id="project:MLI/19/01/USA-IN-&gt;country:MLI" source="project:MLI/19/01/USA" target="country:MLI" label="IN"/>');
    const json = await (await fetch(`${base}/export/graph.json?id=country:MLI`)).json();
    const graphml = await (await fetch(`${base}/export/graph.graphml?id=country:MLI`)).text();
    expect((graphml.match(/<node /g) ?? []).length).toBe(json.nodes.length);
    expect((graphml.match(/<edge /g) ?? []).length).toBe(json.edges.length);
    expect((gexfText.match(/<node /g) ?? []).length).toBe(json.nodes.length);
    expect(json.nodes[0]).toEqual({ id: 'country:MLI', type: 'COUNTRY', label: 'Mali' });
  });

  it('adds the paths between two nodes to a graph export', async () => {
    const json = await (await fetch(`${base}/export/graph.json?id=country:MLI&from=org:temedt&to=country:NER`)).json();
    expect(json.pathNodeIds).toEqual(expect.arrayContaining(['org:temedt', 'country:NER']));
    expect(json.pathEdgeIds.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(json.nodes.map((node: { id: string }) => node.id));
    expect(json.pathNodeIds.every((id: string) => ids.has(id))).toBe(true);
  });

  it('bad parameters are 400 naming the parameter; an unknown node is 404', async () => {
    const badKind = await fetch(`${base}/export/search.csv?kind=LESSON`);
    expect(badKind.status).toBe(400);
    expect(await badKind.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'Parameter "kind" takes FINDING, RECOMMENDATION, LESSON_LEARNED, GOOD_PRACTICE (got "LESSON").' },
    });
    const badCountry = await fetch(`${base}/export/search.csv?country=XX`);
    expect(badCountry.status).toBe(400);
    expect((await badCountry.json()).error.message).toBe('filter.countries: no country has the code "XX".');
    const noId = await fetch(`${base}/export/graph.gexf`);
    expect(noId.status).toBe(400);
    const unknown = await fetch(`${base}/export/graph.gexf?id=country:ZZZ`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No node with id "country:ZZZ".' } });
    expect((await fetch(`${base}/export/search.csv`, { method: 'POST' })).status).toBe(405);
  });

  it('lessons-graph export search writes the same CSV as the endpoint, to stdout', async () => {
    const http = await (await fetch(`${base}/export/search.csv?kind=GOOD_PRACTICE&country=MLI`)).text();
    const run = await cli(['search', '--kind', 'GOOD_PRACTICE', '--country', 'MLI']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(http);
    expect(run.stderr).toBe('exported 3 insights\n');
  });

  it('lessons-graph export graph writes GraphML to a file; bad input exits 1 naming the argument', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-export-'));
    const file = path.join(dir, 'mali.graphml');
    const run = await cli(['graph', 'country:MLI', '--format', 'graphml', '-o', file]);
    expect(run.status).toBe(0);
    const json = await (await fetch(`${base}/export/graph.json?id=country:MLI`)).json();
    expect(run.stderr).toBe(`exported ${json.nodes.length} nodes to ${file}\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe(await (await fetch(`${base}/export/graph.graphml?id=country:MLI`)).text());
    expect(fs.readdirSync(dir)).toEqual(['mali.graphml']);
    const bad = await cli(['graph', 'country:MLI', '--depth', '9']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('lessons-graph [BAD_USER_INPUT]: Parameter "depth" must be an integer from 1 to 3 (got "9").\n');
    const badFormat = await cli(['search', '--format', 'xlsx']);
    expect(badFormat.status).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exports beyond the client burst are RATE_LIMITED with HTTP 429, Retry-After and a JSON error, and share the bucket of the expensive GraphQL fields (exports were never limited)', async () => {
    const limited = await startTestApi(loadConfig({ ...testEnvironment(), RATE_LIMIT_EXPENSIVE_BURST: '2', RATE_LIMIT_EXPENSIVE_PER_MINUTE: '1' }));
    try {
      const root = limited.url.replace(/\/graphql$/, '');
      const served = [await fetch(`${root}/export/search.csv?kind=GOOD_PRACTICE&country=MLI`), await fetch(`${root}/export/graph.json?id=country:MLI`)];
      expect(served.map((r) => r.status)).toEqual([200, 200]);
      await Promise.all(served.map((r) => r.arrayBuffer()));
      for (const url of ['/export/search.json?q=esclavage', '/export/graph.gexf?id=country:MLI']) {
        const refused = await fetch(`${root}${url}`);
        expect(refused.status).toBe(429);
        expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8');
        const body = (await refused.json()) as { error: { code: string; message: string; retryAfterSeconds: number } };
        expect(body.error).toEqual({
          code: 'RATE_LIMITED',
          message: `Too many expensive requests (exports, comparablePractices, paths, neighbourhood) from this client. Retry after ${body.error.retryAfterSeconds} s.`,
          retryAfterSeconds: expect.any(Number),
        });
        expect(body.error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(Number(refused.headers.get('retry-after'))).toBe(body.error.retryAfterSeconds);
      }
      // One bucket: the expensive GraphQL fields wait too, and cheap queries still answer.
      const comparable = await limited.gql('{ comparablePractices(text: "médiation sociale", first: 1) { score } }');
      expect(comparable.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect((await limited.gql('{ country(code: "MLI") { name } }')).data).toEqual({ country: { name: 'Mali' } });
    } finally {
      await limited.close();
    }
  });
});
