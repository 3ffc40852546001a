import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const seedText = readFileSync('seeds/000_1b59a9dc3ded9035.txt', 'utf8');

describe('ingesting a folder', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-batch-'));
  const count = async (cypher: string) => toPlain((await driver.executeQuery(cypher, {}, { database: config.neo4j.database })).records[0]!.get('n')) as number;

  beforeAll(async () => {
    await resetStores(config);
    writeFileSync(path.join(dir, 'a-seed.txt'), seedText);
    // Same evaluation, other bytes, later in the folder: written after the first, as an update.
    writeFileSync(
      path.join(dir, 'b-seed-edited.txt'),
      seedText.replace('La médiation sociale est un créneau très porteur', 'La médiation sociale est un levier très porteur'),
    );
    writeFileSync(path.join(dir, 'c-other-project.md'), seedText.replaceAll('MLI/19/01/USA', 'MLI/19/99/USA'));
    writeFileSync(path.join(dir, 'd-empty.txt'), '');
    writeFileSync(path.join(dir, 'e-notes.xyz'), 'not a document');
    writeFileSync(path.join(dir, '.hidden.txt'), seedText);
  }, 120_000);
  afterAll(async () => {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports one outcome per document in folder order, goes past a bad file, and skips non-documents', async () => {
    const progress: string[] = [];
    const report = await ingestFixtures(config, [dir, path.join(dir, 'e-notes.xyz')], {
      onDocument: (o, p) => void progress.push(`${p.done}/${p.total} ${o.outcome}`),
    });
    expect(report.documents.map((d) => [path.basename(d.sourcePath), d.outcome, d.documentId])).toEqual([
      ['a-seed.txt', 'added', 'document:mli-19-01-usa-midterm-fr-summary'],
      ['b-seed-edited.txt', 'updated', 'document:mli-19-01-usa-midterm-fr-summary'],
      ['c-other-project.md', 'added', 'document:mli-19-99-usa-midterm-fr-summary'],
      ['d-empty.txt', 'failed', null],
      ['e-notes.xyz', 'failed', null],
    ]);
    expect(report).toMatchObject({ added: 2, updated: 1, unchanged: 0, failed: 2, searchPending: [], pendingInGraph: 0 });
    expect(report.documents[3]!.reason).toContain('d-empty.txt');
    expect(report.documents[4]!.reason).toContain('e-notes.xyz');
    expect(report.skipped.map((s) => path.basename(s.path)).sort()).toEqual(['.hidden.txt', 'e-notes.xyz']);
    expect(progress).toHaveLength(5);
    expect(progress.at(-1)).toMatch(/^5\/5 /);
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(2);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(50);
    expect(
      await count(
        "MATCH (i:LessonLearned)-[:FROM]->(:Evaluation {id: 'evaluation:mli-19-01-usa-midterm'}) WHERE i.text CONTAINS 'un levier très porteur' RETURN count(i) AS n",
      ),
    ).toBe(1);
  }, 180_000);
});
