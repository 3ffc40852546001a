#!/usr/bin/env node
// Measures the explorer as a first-time visitor gets it: bytes transferred and time until the
// search page shows its results, over N cold loads (new empty Chromium profile each time, so no
// cache), against a running `lessons-graph serve`. Prints each run and the medians.
// Usage: node scripts/measure-explorer.mjs [http://127.0.0.1:4000] [runs=7]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const runs = Number(process.argv[3] ?? 7);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = [];
for (let run = 0; run < runs; run += 1) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-measure-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args, viewport: { width: 1366, height: 900 } });
  const page = context.pages()[0] ?? (await context.newPage());
  let bytes = 0;
  page.on('response', async (response) => {
    const length = Number(response.headers()['content-length'] ?? 0);
    if (response.url().startsWith(base) && !response.url().includes('/graphql')) bytes += length;
  });
  const started = Date.now();
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  await page.locator('.cards > li').first().waitFor();
  const resultsMs = Date.now() - started;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
    return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, fcp: paint?.startTime ?? null };
  });
  results.push({ resultsMs, ...timing, bytes });
  console.log(
    `run ${run + 1}: results shown after ${resultsMs} ms; first contentful paint ${timing.fcp?.toFixed(0)} ms; DOMContentLoaded ${timing.domContentLoaded.toFixed(0)} ms; ${bytes} bytes of page assets (compressed)`,
  );
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(
  `median of ${runs}: results ${median(results.map((r) => r.resultsMs))} ms, FCP ${median(results.map((r) => r.fcp ?? 0)).toFixed(0)} ms, DOMContentLoaded ${median(results.map((r) => r.domContentLoaded)).toFixed(0)} ms, page assets ${median(results.map((r) => r.bytes))} bytes`,
);
