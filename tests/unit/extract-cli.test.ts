/**
 * `lessons-graph extract` as users run it: the compiled CLI in a child process, from a folder
 * holding a `.env` (natural's package index would load it and print to stdout: it must not).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const ROOT = process.cwd();
// A build of our own, inside the project (reference data and node_modules are found from there).
const OUT = path.join(ROOT, '.data', 'test-build', 'extract-cli');
const MAIN = path.join(OUT, 'cli', 'main.js');
const SEED = path.join(ROOT, 'seeds', '000_1b59a9dc3ded9035.txt');

let cwd: string;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [MAIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : -1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

beforeAll(async () => {
  // Other areas' unfinished files may fail type checking; tsc still emits, so only the output matters.
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', OUT], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  if (!existsSync(MAIN)) throw new Error(`the build did not produce ${MAIN}`);
  cwd = await mkdtemp(path.join(os.tmpdir(), 'lessons-graph-cli-'));
  await writeFile(path.join(cwd, '.env'), 'LESSONS_GRAPH_TEST_TRAP=1\n');
}, 180_000);

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('lessons-graph extract', () => {
  it('prints the seed record as one JSON line, and nothing else, with --json', async () => {
    const result = await run(['extract', SEED, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record.insights).toHaveLength(25);
    expect(record.project.code).toBe('MLI/19/01/USA');
    expect(record.document.sourcePath).toBe(SEED);
  });

  it('prints a readable summary without --json', async () => {
    const result = await run(['extract', SEED]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('insights:    7 findings, 12 recommendations, 3 lessons learned, 3 good practices');
    expect(result.stdout).toContain("project:     MLI/19/01/USA — Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali (MLI)");
  });

  it('goes on past a bad file, prints JSON Lines for the good ones, and exits 1 with a summary on stderr', async () => {
    await writeFile(path.join(cwd, 'empty.txt'), '');
    const result = await run(['extract', SEED, path.join(ROOT, 'tests', 'fixtures', 'summary-en-niger.txt'), 'empty.txt', '--json']);
    expect(result.code).toBe(1);
    const records = result.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    expect(records.map((record) => record.project.code)).toEqual(['MLI/19/01/USA', 'NER/18/02/EUR']);
    expect(result.stderr).toBe('lessons-graph: 1 of 3 file(s) failed:\n  empty.txt: [BAD_INPUT] the file is empty (0 bytes)\n');
  });

  it('exits 1 with the reason when the only file is unreadable', async () => {
    const result = await run(['extract', 'missing.txt', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('lessons-graph: 1 of 1 file(s) failed:\n  missing.txt: [BAD_INPUT] no such file or directory\n');
  });
});
