/**
 * Bad input through the pipeline: each file gives a clear error naming it, or a clean partial
 * record — never a crash or an unhandled rejection — and a folder goes on past a bad file.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import { extractDocument, extractDocuments, type ExtractOutcome } from '../../src/pipeline/extract-documents.js';
import { summariseFailures } from '../../src/cli/extract-command.js';
import { SEED_PATH } from './extract-golden.js';
import { makePdf } from './read-fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lessons-graph-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const full = path.join(dir, name);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, content);
  return full;
}

function failed(outcome: ExtractOutcome): { code: string; reason: string } {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) throw new Error('expected a failure');
  return { code: outcome.code, reason: outcome.reason };
}

function record(outcome: ExtractOutcome) {
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.record;
}

describe('bad input', () => {
  it('an empty file: BAD_INPUT naming the file', async () => {
    const target = await file('empty.txt', '');
    expect(failed(await extractDocument(target))).toEqual({ code: 'BAD_INPUT', reason: `${target}: the file is empty (0 bytes)` });
  });

  it('binary garbage in a .txt: BAD_INPUT', async () => {
    const bytes = new Uint8Array(4096).map((_value, index) => (index * 7919) % 256);
    const outcome = failed(await extractDocument(await file('garbage.txt', bytes)));
    expect(outcome.code).toBe('BAD_INPUT');
    expect(outcome.reason).toContain('garbage.txt');
  });

  it('a 50 MB file: BAD_INPUT "too large", checked before reading', async () => {
    const outcome = failed(await extractDocument(await file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a'))));
    expect(outcome.code).toBe('BAD_INPUT');
    expect(outcome.reason).toMatch(/huge\.txt: too large \(50\.0 MB; the limit is 20\.0 MB\)/);
  });

  it('Latin-1 text: decoded, then extracted like UTF-8', async () => {
    const text = '## Leçons apprises\n\nLa médiation sociale a été efficace à Kayes, au Mali.\n';
    const extracted = record(await extractDocument(await file('latin1.txt', Buffer.from(text, 'latin1'))));
    expect(extracted.document.template).toBe('labelled-sections');
    expect(extracted.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['LESSON_LEARNED', 'La médiation sociale a été efficace à Kayes, au Mali.'],
    ]);
    expect(extracted.insights[0]!.mentions.places.map((place) => place.id)).toEqual(['place:mli-kayes']);
    // The reader's note on the encoding travels with the record.
    expect(extracted.warnings.some((warning) => /1252|Latin-1/i.test(warning))).toBe(true);
  });

  it('a truncated PDF: BAD_INPUT naming the file', async () => {
    const pdf = await makePdf((await readFile(SEED_PATH, 'utf8')).split('\n'));
    const outcome = failed(await extractDocument(await file('half.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)))));
    expect(outcome.code).toBe('BAD_INPUT');
    expect(outcome.reason).toMatch(/half\.pdf: cannot read this PDF/);
  });

  it('an unknown extension: BAD_INPUT listing the supported ones', async () => {
    const outcome = failed(await extractDocument(await file('notes.xyz', 'Lessons learned: none.')));
    expect(outcome.code).toBe('BAD_INPUT');
    expect(outcome.reason).toMatch(/notes\.xyz: has an unsupported extension "\.xyz"; supported: \.txt, \.md/);
  });

  it('a missing file: BAD_INPUT', async () => {
    expect(failed(await extractDocument(path.join(dir, 'nowhere.txt'))).reason).toMatch(/nowhere\.txt: no such file or directory/);
  });

  it('no recognisable section: a partial record with a warning', async () => {
    const extracted = record(await extractDocument(await file('plain.md', 'Le projet a formé 40 inspecteurs du travail à Gossi.\n')));
    expect(extracted.document.template).toBe('unknown');
    expect(extracted.insights).toEqual([]);
    expect(extracted.mentions.places.map((place) => place.id)).toEqual(['place:mli-gossi']);
    expect(extracted.warnings[0]).toMatch(/^No known template recognised/);
  });

  it('HTML/script tags and Cypher-looking strings: clean text, kept as text, nothing executed', async () => {
    const hostile = [
      '### QUICK FACTS',
      '',
      '**Countries:** <script>alert("x")</script>NIGER',
      '',
      '**Final evaluation:** 06/2023',
      '',
      '**Evaluation mode:** Independent',
      '',
      '**Project code:** NER/18/02/EUR"}) MATCH (n) DETACH DELETE n //',
      '',
      "**Evaluation manager:** Robert'); DROP TABLE evaluations;--",
      '',
      '## Main findings & conclusions',
      '',
      '**<img src=x onerror=alert(1)>Headline with markup.**',
      '',
      'Text <iframe src="https://evil.example"></iframe> with MATCH (n) DETACH DELETE n and ${process.env.SECRET}.',
      '',
      '## Recommendations',
      '',
      '#### <b>ILO</b>',
      '',
      'Call db.clear() then CREATE (x:Admin) RETURN x; <style>body{}</style>',
    ].join('\n');
    const extracted = record(await extractDocument(await file('hostile.md', hostile)));
    const json = JSON.stringify(extracted);
    expect(json).not.toMatch(/<script|<img|<iframe|<style|onerror/i);
    expect(extracted.project!.countries.map((country) => country.iso3)).toEqual(['NER']);
    const finding = extracted.insights.find((insight) => insight.kind === 'FINDING')!;
    expect(finding.headline).toBe('Headline with markup.');
    expect(finding.text).toBe('Text with MATCH (n) DETACH DELETE n and ${process.env.SECRET}.');
    const recommendation = extracted.insights.find((insight) => insight.kind === 'RECOMMENDATION')!;
    expect(recommendation.text).toBe('Call db.clear() then CREATE (x:Admin) RETURN x;');
    expect(recommendation.addressees.map((actor) => actor.id)).toEqual(['org:ilo']);
    expect(extracted.evaluation!.manager!.kind).toBe('PERSON');
  });

  it('a folder goes on past bad files; the failures are summarised', async () => {
    const folder = path.join(dir, 'batch');
    await file('batch/a-seed.txt', await readFile(SEED_PATH));
    await file('batch/b-empty.md', '');
    await file('batch/c-garbage.pdf', 'not a pdf at all');
    await file('batch/d-data.xlsx', 'PK');
    await file('batch/.hidden.txt', 'ignored');
    await file('batch/e-lessons.md', '## Lessons learned\n\nGroup savings schemes outlived individual grants in every village.\n');
    const outcomes = await extractDocuments([folder]);
    expect(outcomes.map((outcome) => [path.basename(outcome.path), outcome.ok])).toEqual([
      ['a-seed.txt', true],
      ['b-empty.md', false],
      ['c-garbage.pdf', false],
      ['d-data.xlsx', false],
      ['e-lessons.md', true],
    ]);
    const seed = outcomes[0]!;
    expect(seed.ok && seed.record.insights.length).toBe(25);
    const summary = summariseFailures(outcomes);
    expect(summary.split('\n')[0]).toBe('lessons-graph: 3 of 5 file(s) failed:');
    expect(summary).toContain(`  ${path.join(folder, 'b-empty.md')}: [BAD_INPUT] the file is empty (0 bytes)`);
    expect(summary).toContain(`  ${path.join(folder, 'c-garbage.pdf')}: [BAD_INPUT] not a PDF file`);
    expect(summary).toContain(`  ${path.join(folder, 'd-data.xlsx')}: [BAD_INPUT] unsupported extension`);
  });
});

describe('hostile text shapes (regressions of quadratic patterns)', () => {
  // Each of these took minutes with a backtracking pattern; linear code does them at once.
  const shapes: Array<[string, string]> = [
    ['unclosed script tags', '<script '.repeat(40_000)],
    ['unclosed comments', '<!-- x '.repeat(40_000)],
    ['a heading of spaces and hashes', `# ${' #'.repeat(100_000)}x`],
    ['closing bold tags', `<b>${'</b> x '.repeat(40_000)}`],
    ['dot leaders without a page number', `**${'.'.repeat(200_000)}**`],
    ['parentheses after a long clause', `${'mot '.repeat(20_000)}${'(AB) '.repeat(20_000)}`],
    ['unclosed paragraph tags', '<p '.repeat(60_000)],
  ];
  it.each(shapes)('%s: a record, no hang', (_name, text) => {
    const outcome = extractRecord({ sourcePath: 'hostile.md', sha256: '0'.repeat(64), format: 'md', text, encoding: 'utf-8', warnings: [], pageStarts: [] });
    expect(outcome.document.characters).toBe(text.length);
  });
});
