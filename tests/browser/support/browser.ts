import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (scripts/ensure-chromium.sh installs it); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags Chromium needs on our machines (`headless: true` adds --headless): no sandbox (we
 * run as root), and none of its background connections (updates, sync, QUIC probes), which a
 * closed network refuses and which would count as requests leaving the machine.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the tests leave their screenshots and downloads (git-ignored; kept after the run). */
export const ARTIFACTS_DIR = path.resolve('test-artifacts', 'browser');

/** A browser for one suite, and what it saw that a test should fail on. */
export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Requests to any host but 127.0.0.1 (blocked before they leave). */
  outside: string[];
  /** Errors the page raised or logged (CSP violations among them). */
  errors: string[];
  /** Saves a screenshot of the page as test-artifacts/browser/<name>.png; returns its path. */
  screenshot(name: string): Promise<string>;
  /** Runs axe-core on the page; returns its serious and critical violations. */
  seriousViolations(): Promise<Array<{ id: string; impact: string; help: string; targets: string[] }>>;
  close(): Promise<void>;
}

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Starts Chromium headless with a new empty profile. Every request whose host is not 127.0.0.1
 * is aborted and recorded, so a test can assert that nothing left the machine (data: and blob:
 * URLs are the page's own).
 */
export async function startBrowser(): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run scripts/ensure-chromium.sh (as root it installs Debian's chromium), or set CHROMIUM_PATH.`);
  }
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1366, height: 900 },
    locale: 'en-GB',
    acceptDownloads: true,
  });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    outside,
    errors,
    async screenshot(name) {
      const file = path.join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async seriousViolations() {
      // Evaluated through the DevTools protocol, so the page's CSP (no inline script) stays on.
      if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
      const violations = (await page.evaluate(
        `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))`,
      )) as Array<{
        id: string;
        impact: string;
        help: string;
        targets: string[];
      }>;
      return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
