import { jest } from '@jest/globals';
import { loadConfig } from '../../src/config.js';
import { expandingDocx, nestedHtml } from '../support/hostile-uploads.js';
import { resetStores } from '../support/engines.js';
import { testConfig, testEnvironment } from '../support/test-config.js';
import { startTestApi, type TestApi } from './support/api-harness.js';

// Building a 1.5 GB zip bomb and extracting hostile files on a busy 2-core machine.
jest.setTimeout(180_000);

const INGEST =
  'mutation ($f: String!, $c: String!, $e: ContentEncoding) { ingestDocument(filename: $f, content: $c, encoding: $e) { status reason documentId } }';

/**
 * Hostile uploads through the API over real HTTP. Their extraction runs on a worker thread with
 * a time and memory limit, so the server (this very process: the harness serves in-process)
 * keeps answering /healthz and its memory stays bounded, and the upload gets a clear error.
 */
describe('hostile uploads are extracted off the event loop, within limits', () => {
  let api: TestApi;
  let base: string;

  beforeAll(async () => {
    await resetStores(testConfig());
    api = await startTestApi(loadConfig({ ...testEnvironment(), WORKER_TASK_TIMEOUT_MS: '4000', WORKER_MAX_MEMORY_MB: '256' }));
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Uploads while pinging /healthz one request after the other and sampling this process's RSS. */
  async function uploadWatching(filename: string, content: string, encoding: 'UTF8' | 'BASE64') {
    let uploading = true;
    let maxRss = process.memoryUsage.rss();
    const rssBefore = maxRss;
    const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage.rss())), 20);
    const pings: Array<{ status: number; duringUpload: boolean }> = [];
    const pinging = (async () => {
      while (uploading) {
        const response = await fetch(`${base}/healthz`);
        pings.push({ status: response.status, duringUpload: uploading });
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const answer = await api.gql(INGEST, { f: filename, c: content, e: encoding }, { 'x-api-key': api.config.server.apiKey! });
    uploading = false;
    await pinging;
    clearInterval(sampler);
    return { answer, pings, rssGrowthMb: (maxRss - rssBefore) / 1024 / 1024 };
  }

  it('a .docx expanding to 1.5 GB fails with a clear error, memory stays bounded, /healthz answers throughout (regression: RSS 1.2 -> 4.2 GB)', async () => {
    const docx = await expandingDocx(1536 * 1024 * 1024);
    expect(docx.length).toBeLessThan(2 * 1024 * 1024);
    const { answer, pings, rssGrowthMb } = await uploadWatching('bomb.docx', docx.toString('base64'), 'BASE64');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.ingestDocument).toMatchObject({ status: 'FAILED', documentId: null });
    expect(answer.data.ingestDocument.reason).toMatch(/^bomb\.docx: .*(memory|expand|decompress|too large)/i);
    expect(rssGrowthMb).toBeLessThan(1024);
    expect(pings.every((ping) => ping.status === 200)).toBe(true);
    expect(pings.filter((ping) => ping.duringUpload).length).toBeGreaterThanOrEqual(1);
  });

  it('HTML of 200,000 nested <div>s fails with a clear error instead of being ingested, /healthz answers throughout (regression: /healthz blocked 16 s)', async () => {
    const html = nestedHtml(200_000);
    expect(html.length).toBe(2_200_041);
    const { answer, pings } = await uploadWatching('nested.html', html, 'UTF8');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.ingestDocument).toMatchObject({ status: 'FAILED', documentId: null });
    expect(answer.data.ingestDocument.reason).toMatch(/^nested\.html: .*(took longer|nest|deep)/i);
    expect(pings.every((ping) => ping.status === 200)).toBe(true);
    expect(pings.filter((ping) => ping.duringUpload).length).toBeGreaterThanOrEqual(1);
  });

  it('a normal upload still goes in, extracted on a worker', async () => {
    const text = (await import('node:fs')).readFileSync('tests/fixtures/summary-en-niger.txt', 'utf8');
    const { data, errors } = await api.gql(INGEST, { f: 'summary-en-niger.txt', c: text, e: 'UTF8' }, { 'x-api-key': api.config.server.apiKey! });
    expect(errors).toBeUndefined();
    expect(data.ingestDocument).toMatchObject({ status: 'ADDED', reason: null });
    // The Niger summary's evaluation names the document (its exact id is the identity rules').
    expect(data.ingestDocument.documentId).toMatch(/^document:ner-18-02-eur-final/);
  });
});
