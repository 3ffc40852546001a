/**
 * `ingest` hashes every file before extraction (the unchanged check): the bytes it read go to
 * extraction, on this thread or moved to a worker, instead of the file being read twice.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from '@jest/globals';
import { extractDocument } from '../../src/pipeline/extract-documents.js';
import { createExtractWorkers, extractFileInWorker } from '../../src/workers/extract-workers.js';
import { SEED_PATH } from './extract-golden.js';

describe('extraction of bytes already read', () => {
  const workers = createExtractWorkers(1);
  afterAll(async () => {
    await workers.close();
  });

  it('gives the record the file gives when read from disk', async () => {
    const fromDisk = await extractDocument(SEED_PATH);
    const fromBytes = await extractDocument(SEED_PATH, { bytes: await readFile(SEED_PATH) });
    expect(fromBytes).toEqual(fromDisk);
  });

  it('does not read the file again: the bytes given are what is extracted', async () => {
    const outcome = await extractDocument('not/on/disk.txt', { bytes: await readFile(SEED_PATH) });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.record.document.sourcePath).toBe('not/on/disk.txt');
    expect(outcome.record.insights).toHaveLength(25);
  });

  it('on a worker: the bytes are moved to it (not copied) and give the same record', async () => {
    const bytes = await readFile(SEED_PATH);
    const expected = await extractDocument(SEED_PATH);
    const outcome = await extractFileInWorker(workers, SEED_PATH, bytes);
    // Transferred: the buffer is detached on this side.
    expect(bytes.buffer.byteLength).toBe(0);
    expect(outcome).toEqual(expected);
  });

  it('on a worker: a view into a larger buffer is copied, and stays usable here', async () => {
    const content = await readFile(SEED_PATH);
    const larger = new Uint8Array(content.byteLength + 16);
    larger.set(content, 8);
    const view = larger.subarray(8, 8 + content.byteLength);
    const outcome = await extractFileInWorker(workers, SEED_PATH, view);
    expect(larger.buffer.byteLength).toBe(content.byteLength + 16);
    expect(outcome).toEqual(await extractDocument(SEED_PATH));
  });
});
