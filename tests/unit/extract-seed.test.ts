import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import { readDocument } from '../../src/read/read-document.js';
import { SEED_PATH, expectSeedGolden, ofKind } from './extract-golden.js';

describe('extractRecord on the seed (French i-eval summary, text)', () => {
  it('holds every fact of "What the seed holds"', async () => {
    const read = await readDocument(SEED_PATH);
    const record = extractRecord(read);
    expectSeedGolden(record, read.text);
    expect(record.document.sourcePath).toBe(SEED_PATH);
    expect(record.document.sha256).toBe(read.sha256);
    expect(record.warnings).toEqual([]);
  });

  it('joins the sentence cut by the page break in "Situation actuelle" and keeps the footnote out of finding 5', async () => {
    const read = await readDocument(SEED_PATH);
    const record = extractRecord(read);
    // The half sentence "populations des petites villes ..." never stands alone.
    expect(record.insights.some((insight) => insight.text.startsWith('populations'))).toBe(false);
    const fifth = ofKind(record, 'FINDING')[4]!;
    expect(fifth.headline).toBe("L'Efficacité du dispositif de gestion");
    expect(fifth.text).not.toContain('CREDD');
    expect(read.text.slice(fifth.provenance.start, fifth.provenance.start + 39)).toBe("**L'Efficacité du dispositif de gestion");
  });

  it('is plain JSON (what `extract --json` prints)', async () => {
    const record = extractRecord(await readDocument(SEED_PATH));
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
});
