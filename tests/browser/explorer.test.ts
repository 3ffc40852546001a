import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../e2e/support/api-harness.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { ARTIFACTS_DIR, startBrowser, type TestBrowser } from './support/browser.js';
import { parseCsv } from './support/parse-csv.js';

// Real engines and a real browser on a busy 2-core machine.
jest.setTimeout(120_000);

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const ENGLISH = 'tests/fixtures/summary-en-niger.txt';
const SPANISH = 'tests/fixtures/summary-es-mauritania.txt';

/** The seed's lesson on social mediation (README examples). */
const MEDIATION_LESSON = 'insight:5fda2ab735d1eb52';
/** The seed's three good practices, in the order the search ranks them for an empty query. */
const SEED_GOOD_PRACTICES = ['insight:05db44abe5506694', 'insight:7c12c12424db2ab9', 'insight:de1eb5a29b45847d'];

/** The ids of the result cards, in order, once the results heading says how many there are. */
async function cardIds(page: Page, heading: string): Promise<string[]> {
  await page.locator('#results-heading', { hasText: heading }).waitFor();
  return page.locator('.cards > li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.insightId ?? ''));
}

/** Where Cytoscape drew a node, relative to the page (null until it is drawn). */
async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction((nodeId) => {
    const container = document.getElementById('graph-canvas') as (HTMLElement & { _cyreg?: { cy?: any } }) | null;
    const cy = container?._cyreg?.cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) return null;
    const box = container!.getBoundingClientRect();
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  return (await handle.jsonValue()) as { x: number; y: number };
}

/** The ids of the nodes Cytoscape draws. */
async function drawnNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const container = document.getElementById('graph-canvas') as (HTMLElement & { _cyreg?: { cy?: any } }) | null;
    return (container?._cyreg?.cy?.nodes().map((node: any) => node.id()) as string[] | undefined) ?? [];
  });
}

describe('the explorer and GraphiQL in headless Chromium, served by the API itself', () => {
  let api: TestApi;
  let browser: TestBrowser;
  let base: string;

  beforeAll(async () => {
    const config = testConfig();
    await resetStores(config);
    await ingestFixtures(config, [SEED]);
    api = await startTestApi(config);
    base = api.url.replace(/\/graphql$/, '');
    browser = await startBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  // Every test ends with nothing sent off the machine and no page error (CSP violations included).
  afterEach(() => {
    const { outside, errors } = browser;
    const seen = { outside: [...outside], errors: [...errors] };
    outside.length = 0;
    errors.length = 0;
    expect(seen).toEqual({ outside: [], errors: [] });
  });

  describe('on the seed alone', () => {
    it('GraphiQL renders its editor and runs a query with no request leaving 127.0.0.1', async () => {
      const { page } = browser;
      const hosts = new Set<string>();
      page.on('request', (request) => hosts.add(new URL(request.url()).protocol === 'http:' ? new URL(request.url()).host : new URL(request.url()).protocol));
      await page.goto(`${base}/graphql`);
      await page.locator('.graphiql-container').first().waitFor();
      await page.locator('.graphiql-editor .monaco-editor').first().waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"OK"'));
      await browser.screenshot('graphiql');
      expect([...hosts].filter((host) => host !== new URL(base).host && host !== 'data:' && host !== 'blob:')).toEqual([]);
    });

    it('filters by GOOD_PRACTICE and Mali: 3 cards, and the same 3 after reloading the URL', async () => {
      const { page } = browser;
      await page.goto(`${base}/`);
      await page.getByRole('checkbox', { name: /^Good practice/ }).check();
      await page.waitForURL(/kind=GOOD_PRACTICE/);
      await page.getByRole('checkbox', { name: /^Mali/ }).check();
      await page.waitForURL(/country=MLI/);
      const before = await cardIds(page, '3 insights');
      expect([...before].sort()).toEqual(SEED_GOOD_PRACTICES);
      expect(new URL(page.url()).search).toBe('?kind=GOOD_PRACTICE&country=MLI');
      await page.reload();
      expect(await cardIds(page, '3 insights')).toEqual(before);
      expect(await page.getByRole('checkbox', { name: /^Good practice/ }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: /^Mali/ }).isChecked()).toBe(true);
      await expect(page.locator('.cards .badge').allTextContents()).resolves.toEqual(['Good practice', 'Good practice', 'Good practice']);
      await browser.screenshot('search-good-practice-mali');
      expect(await browser.seriousViolations()).toEqual([]);
    });

    it('exports the current search as CSV: the same 3 good practices, with project, countries, themes and provenance', async () => {
      const { page } = browser;
      await page.goto(`${base}/search?kind=GOOD_PRACTICE&country=MLI`);
      const shown = await cardIds(page, '3 insights');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
      expect(download.suggestedFilename()).toBe('lessons-graph-search.csv');
      const file = path.join(ARTIFACTS_DIR, 'search-good-practice-mali.csv');
      await download.saveAs(file);
      const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
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
      expect(rows.map((row) => row[0])).toEqual(shown);
      for (const row of rows) {
        const record = Object.fromEntries((header as string[]).map((name, index) => [name, row[index]]));
        expect(record).toMatchObject({ kind: 'GOOD_PRACTICE', language: 'fr', year: '2022', project: 'MLI/19/01/USA', page: '', document: SEED });
        expect(record.countries?.split('; ')).toContain('MLI');
        expect(record.project_title).toBe("Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali");
        expect(record.section).toMatch(/pratiques/i);
      }
      const sharing = rows.find((row) => row[0] === 'insight:de1eb5a29b45847d') as string[];
      expect(sharing[3]).toMatch(/^Le partage des expériences avec les pays voisins \(Niger et Mauritanie\)/);
      expect(sharing[8]?.split('; ').sort()).toEqual(['MLI', 'MRT', 'NER']);
    });

    it('opens the graph view of Mali and reaches Niger within two clicks', async () => {
      const { page } = browser;
      await page.goto(`${base}/country/MLI`);
      await page.getByRole('heading', { level: 1, name: 'Mali' }).waitFor();
      await page.getByRole('link', { name: 'Graph view' }).click(); // click 1
      await page.waitForURL(/\/graph\?id=country%3AMLI$/);
      const niger = await nodeOnPage(page, 'country:NER');
      await browser.screenshot('graph-mali');
      await page.mouse.click(niger.x, niger.y); // click 2: Niger is selected and expanded
      await page.waitForURL(/id=country%3AMLI&id=country%3ANER$/);
      await page.locator('.graph-selected', { hasText: 'Niger' }).waitFor();
      // Nigeria borders Niger, not Mali: it is drawn only once Niger is expanded.
      await nodeOnPage(page, 'country:NGA');
      expect(await drawnNodeIds(page)).toEqual(expect.arrayContaining(['country:MLI', 'country:NER', 'country:NGA', 'project:MLI/19/01/USA']));
      await expect(page.locator('.graph-selected a', { hasText: 'Open page' }).getAttribute('href')).resolves.toBe('/country/NER');
      await browser.screenshot('graph-mali-niger');
      expect(await browser.seriousViolations()).toEqual([]);
    });

    it('highlights the paths between two chosen nodes', async () => {
      const { page } = browser;
      await page.goto(`${base}/graph?id=country%3AMLI&from=org%3Atemedt&to=country%3ANER`);
      await page.locator('.graph-side [role=status]', { hasText: /paths? highlighted/ }).waitFor();
      // Cytoscape draws after the status line renders (it is loaded on demand): wait for the drawing.
      const drawn = await page.waitForFunction(() => {
        const cy = (document.getElementById('graph-canvas') as any)?._cyreg?.cy;
        const edges = cy?.edges('.on-path').length ?? 0;
        return edges > 0
          ? {
              nodes: cy
                .nodes('.on-path')
                .map((node: any) => node.id())
                .sort(),
              edges,
            }
          : null;
      });
      const onPath = (await drawn.jsonValue()) as { nodes: string[]; edges: number };
      expect(onPath.nodes).toEqual(expect.arrayContaining(['country:NER', 'org:temedt']));
      expect(onPath.edges).toBeGreaterThanOrEqual(2);
      await browser.screenshot('graph-paths-temedt-niger');
    });

    it('opens the evidence map; a cell opens the search filtered to its theme and country', async () => {
      const { page } = browser;
      await page.goto(`${base}/map`);
      const cell = page.locator('a[data-theme="theme:slavery"][data-country="MLI"]');
      const count = Number(await cell.textContent());
      expect(count).toBeGreaterThan(1);
      expect(await cell.getAttribute('aria-label')).toBe(`Slavery, Mali: ${count} insights`);
      await browser.screenshot('evidence-map');
      expect(await browser.seriousViolations()).toEqual([]);
      await cell.click();
      await page.waitForURL(/\/search\?/);
      const params = new URL(page.url()).searchParams;
      expect({ theme: params.getAll('theme'), country: params.getAll('country'), q: params.get('q') }).toEqual({
        theme: ['theme:slavery'],
        country: ['MLI'],
        q: null,
      });
      const ids = await cardIds(page, `${count} insights`);
      expect(ids).toHaveLength(count);
      expect(await page.getByRole('checkbox', { name: /^Slavery \(/ }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: /^Mali/ }).isChecked()).toBe(true);
      await browser.screenshot('evidence-map-cell-search');
    });

    it('every screen has no serious accessibility violation (axe-core), with a screenshot of each', async () => {
      const { page } = browser;
      const screens: Array<[string, string, string]> = [
        ['search-esclavage', '/search?q=esclavage', '#results-heading'],
        ['project', '/project/MLI%2F19%2F01%2FUSA', 'h1'],
        ['country-niger', '/country/NER', 'h1'],
        ['actor-temedt', '/actor/org%3Atemedt', 'h1'],
        ['theme-social-mediation', '/theme/theme%3Asocial-mediation', 'h1'],
        ['insight-recommendation', '/insight/insight%3Aa3998da3ec00063e', '.provenance'],
        ['not-found', '/insight/insight%3A0000000000000000', 'h1'],
      ];
      const found: Record<string, unknown[]> = {};
      for (const [name, url, ready] of screens) {
        await page.goto(`${base}${url}`);
        await page.locator(ready).first().waitFor();
        await page.locator('[role=status]', { hasText: 'Loading' }).waitFor({ state: 'detached' });
        await browser.screenshot(name);
        found[name] = await browser.seriousViolations();
      }
      expect(found).toEqual(Object.fromEntries(screens.map(([name]) => [name, []])));
      await expect(page.locator('h1').textContent()).resolves.toBe('Not found');
    });

    it('switches the interface to French and keeps it after a reload', async () => {
      const { page } = browser;
      await page.goto(`${base}/search?q=esclavage`);
      await page.getByRole('button', { name: 'Afficher en français' }).click();
      await page.getByRole('link', { name: 'Carte des données probantes' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      await page.reload();
      await page.locator('#results-heading', { hasText: 'enseignements' }).waitFor();
      expect(await page.getByLabel('Chercher dans les enseignements').inputValue()).toBe('esclavage');
      await browser.screenshot('search-fr');
      expect(await browser.seriousViolations()).toEqual([]);
      await page.getByRole('button', { name: 'Show in English' }).click();
      await page.getByRole('link', { name: 'Evidence map' }).waitFor();
    });
  });

  describe('with the English and Spanish summaries ingested too', () => {
    beforeAll(async () => {
      await ingestFixtures(testConfig(), [ENGLISH, SPANISH]);
    }, 300_000);

    it('"médiation sociale" shows the lesson first; its page shows its provenance and comparable practices with reasons', async () => {
      const { page } = browser;
      await page.goto(`${base}/`);
      await page.getByLabel('Search the insights').fill('médiation sociale');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\?q=m%C3%A9diation\+sociale$/);
      const ids = await cardIds(page, '5 insights');
      expect(ids[0]).toBe(MEDIATION_LESSON);
      await expect(page.locator('.cards > li').first().locator('.badge').textContent()).resolves.toBe('Lesson learned');
      await expect(page.locator('.cards > li').first().locator('mark').allTextContents()).resolves.toEqual(['médiation', 'sociale']);
      await browser.screenshot('search-mediation-sociale');

      await page.locator('.cards > li').first().getByRole('link').first().click();
      await page.waitForURL(`${base}/insight/insight%3A5fda2ab735d1eb52`);
      await page.locator('.comparable-item').first().waitFor();
      const provenance = await page.locator('.provenance').innerText();
      expect(provenance).toContain(SEED);
      expect(provenance).toContain('Principales leçons apprises');
      expect(provenance).toContain('12059–12166');
      const comparable = await page.locator('.comparable-item').evaluateAll((items) =>
        items.map((item) => ({
          project: item.querySelector('.card-meta a')?.textContent,
          reasons: [...item.querySelectorAll('.reasons li')].map((li) => li.textContent?.replace(/\s*\(\+[0-9.]+\)$/, '')),
        })),
      );
      expect(comparable.slice(0, 3)).toEqual([
        { project: 'MRT/20/03/USA', reasons: ['Shared theme: Social mediation', 'Same country: Mali'] },
        { project: 'NER/18/02/EUR', reasons: ['Shared theme: Social mediation', 'Bordering country: Niger', 'Similar wording (0.13)'] },
        { project: 'NER/18/02/EUR', reasons: ['Shared theme: Social mediation', 'Bordering country: Niger', 'Similar wording (0.13)'] },
      ]);
      await browser.screenshot('insight-mediation-sociale');
      expect(await browser.seriousViolations()).toEqual([]);
    });
  });
});
