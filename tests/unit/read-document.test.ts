import { mkdtemp, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listDocumentFiles } from '../../src/read/list-document-files.js';
import { normaliseText } from '../../src/read/normalise-text.js';
import { readDocument, readDocumentBytes, SUPPORTED_EXTENSIONS } from '../../src/read/read-document.js';
import { badInput, makePdf } from './read-fixtures.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const SEED_SHA256 = 'a22ce01f22f015f4079d9f0a7e2fd237a5662a1bc64353a61c657cf17a60a722';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lessons-graph-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

describe('readDocument on the seed (.txt)', () => {
  it('hashes the raw bytes and keeps the Markdown and HTML fragments as written', async () => {
    const result = await readDocument(SEED);
    expect(result.sourcePath).toBe(SEED);
    expect(result.sha256).toBe(SEED_SHA256);
    expect(result.format).toBe('txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.warnings).toEqual([]);
    expect(result.text.startsWith("\n\n\n\nOrganisation\ninternationale\ndu Travail\n\n► Bureau d'évaluation\n")).toBe(true);
    expect(result.text).toContain("\n## < Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali >\n");
    expect(result.text).toContain('\n**Code du project:** MLI/19/01/USA\n');
    expect(result.text).toContain('\n<b>TEMEDT</b>\tRenforcer les capacités');
    expect(result.text).not.toContain('\r');
    expect(result.text).not.toContain('\uFEFF');
    expect(result.text).not.toMatch(/[ \t]$/m);
  });

  it('gives the same text from memory as from disk', async () => {
    const bytes = await readFile(SEED);
    const fromMemory = await readDocumentBytes(bytes, SEED);
    expect(fromMemory).toEqual(await readDocument(SEED));
  });
});

describe('normaliseText', () => {
  it('removes BOM, unifies line ends and spaces, drops control characters, composes accents, trims line ends', () => {
    const raw = '\uFEFFTitre\r\nligne\u00A0deux\u202F!\rtrois\u0007\u0000 \t\nquatre\fcinq\u200Bsix e\u0301te\u0301\tcol  ';
    expect(normaliseText(raw)).toBe('Titre\nligne deux !\ntrois\nquatre\ncinqsix été\tcol');
  });
});

describe('encodings', () => {
  const french = "Leçons apprises : l'évaluation à mi-parcours a été complétée en décembre 2022 — « Bonnes pratiques ».\n";

  it('decodes Latin-1 French text as Windows-1252, with a warning', async () => {
    const latin1 = Buffer.from(french.replace('—', '-'), 'latin1');
    const file = await fixture('latin1.txt', latin1);
    const result = await readDocument(file);
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe(french.replace('—', '-'));
    expect(result.warnings).toEqual([`${file}: not valid UTF-8; decoded as Windows-1252 (Latin-1)`]);
  });

  it('decodes Windows-1252 punctuation (œ, curly quotes, dash)', async () => {
    const bytes = Buffer.from([0x6d, 0x69, 0x73, 0x65, 0x20, 0x65, 0x6e, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x92, 0x96, 0x0a]);
    const result = await readDocumentBytes(bytes, 'cp1252.txt');
    expect(result.text).toBe('mise en œuvre ’–\n');
    expect(result.encoding).toBe('windows-1252');
  });

  it('removes a UTF-8 BOM and hashes the bytes with it', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french, 'utf8')]);
    const result = await readDocumentBytes(bytes, 'bom.md');
    expect(result.text).toBe(french);
    expect(result.encoding).toBe('utf-8');
    expect(result.format).toBe('md');
    expect(result.warnings).toEqual([]);
  });

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(french, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect((await readDocumentBytes(le, 'le.txt')).text).toBe(french);
    expect((await readDocumentBytes(le, 'le.txt')).encoding).toBe('utf-16le');
    expect((await readDocumentBytes(be, 'be.txt')).text).toBe(french);
    expect((await readDocumentBytes(be, 'be.txt')).encoding).toBe('utf-16be');
  });

  it('warns about invalid sequences after a UTF-8 BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('abc '), Buffer.from([0xe9]), Buffer.from(' def')]);
    const result = await readDocumentBytes(bytes, 'damaged.txt');
    expect(result.text).toBe('abc \uFFFD def');
    expect(result.warnings).toEqual(['damaged.txt: invalid UTF-8 sequences replaced by U+FFFD']);
  });

  it('reads UTF-16 LE without a BOM, with a warning', async () => {
    const result = await readDocumentBytes(Buffer.from(french, 'utf16le'), 'nobom.txt');
    expect(result.text).toBe(french);
    expect(result.encoding).toBe('utf-16le');
    expect(result.warnings).toEqual(['nobom.txt: no byte-order mark; decoded as UTF-16LE']);
  });
});

describe('input checks', () => {
  it('refuses a missing file, naming it', async () => {
    const missing = path.join(dir, 'nope.txt');
    const error = await badInput(readDocument(missing));
    expect(error.message).toBe(`${missing}: no such file or directory`);
  });

  it('refuses a directory passed as a file', async () => {
    const folder = path.join(dir, 'a-folder.txt');
    await mkdir(folder, { recursive: true });
    const error = await badInput(readDocument(folder));
    expect(error.message).toMatch(/a-folder\.txt: is a directory, not a file/);
  });

  it('refuses an unknown extension and lists the supported ones', async () => {
    const file = await fixture('report.odt', 'text');
    const error = await badInput(readDocument(file));
    expect(error.message).toBe(`${file}: has an unsupported extension ".odt"; supported: .txt, .md, .markdown, .html, .htm, .pdf, .docx`);
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx']);
  });

  it('refuses a file without extension', async () => {
    const error = await badInput(readDocumentBytes(Buffer.from('hello'), 'README'));
    expect(error.message).toMatch(/^README: has no file extension; supported: /);
  });

  it('accepts upper-case extensions', async () => {
    const result = await readDocumentBytes(Buffer.from('Bonjour'), 'NOTES.TXT');
    expect(result.format).toBe('txt');
    expect(result.text).toBe('Bonjour');
  });

  it('refuses an empty file (0 bytes)', async () => {
    const file = await fixture('empty.txt', '');
    const error = await badInput(readDocument(file));
    expect(error.message).toBe(`${file}: the file is empty (0 bytes)`);
  });

  it('refuses a file holding only whitespace', async () => {
    const file = await fixture('blank.md', ' \n\r\n\t\u00A0\n');
    const error = await badInput(readDocument(file));
    expect(error.message).toBe(`${file}: the file is empty (only whitespace)`);
  });

  it('refuses binary garbage with a text extension', async () => {
    // A fixed pseudo-random sequence (LCG), so the test is the same on every run.
    const garbage = Buffer.alloc(4096);
    let seed = 42;
    for (let i = 0; i < garbage.length; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      garbage[i] = (seed >> 16) & 0xff;
    }
    const file = await fixture('garbage.txt', garbage);
    const error = await badInput(readDocument(file));
    expect(error.message).toMatch(/garbage\.txt: looks like binary data \(NUL bytes\), not text/);
  });

  it('refuses control-character soup without NUL bytes', async () => {
    const soup = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 20) : 0x61 + (i % 26))));
    const error = await badInput(readDocumentBytes(soup, 'soup.md'));
    expect(error.message).toMatch(/^soup\.md: looks like binary data \(\d+\.\d% control characters\), not text/);
  });

  it('refuses a 50 MB file as too large, from its size alone', async () => {
    const file = path.join(dir, 'huge.txt');
    // A sparse file: 50 MB long without writing (or reading) 50 MB.
    const handle = await open(file, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const error = await badInput(readDocument(file));
    expect(error.message).toBe(`${file}: too large (50.0 MB; the limit is 20.0 MB); split the document or raise the limit`);
    expect(error.details).toEqual({ size: 50 * 1024 * 1024, maxBytes: 20 * 1024 * 1024 });
  });

  it('applies a configured size limit, to bytes in memory too', async () => {
    const error = await badInput(readDocumentBytes(Buffer.from('x'.repeat(2048)), 'upload.txt', { maxBytes: 1024 }));
    expect(error.message).toBe('upload.txt: too large (2.0 kB; the limit is 1.0 kB); split the document or raise the limit');
  });

  it('refuses a size limit that is not a positive number', async () => {
    const error = await badInput(readDocumentBytes(Buffer.from('x'), 'a.txt', { maxBytes: 0 }));
    expect(error.message).toBe('maxBytes must be a positive number of bytes (got 0)');
  });

  it('refuses a text file that is really a PDF or zip', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    const zipError = await badInput(readDocumentBytes(zip, 'archive.txt'));
    expect(zipError.message).toContain('archive.txt: looks like binary data');
    // A real PDF saved with a text extension: its bytes decode as Windows-1252 text without
    // control characters, so only its signature gives it away (it was read as text before).
    const pdf = await makePdf(['La médiation sociale est un créneau très porteur.']);
    const pdfError = await badInput(readDocumentBytes(pdf, 'report.txt'));
    expect(pdfError.message).toBe('report.txt: is a PDF (it starts with %PDF-), not text; give it the .pdf extension');
  });
});

describe('listDocumentFiles', () => {
  it('recurses folders, keeps supported files sorted, skips hidden and unsupported ones', async () => {
    const root = path.join(dir, 'corpus');
    await fixture('corpus/b.txt', 'b');
    await fixture('corpus/a.md', 'a');
    await fixture('corpus/sub/c.PDF', '%PDF-1.4');
    await fixture('corpus/sub/deeper/d.docx', 'PK');
    await fixture('corpus/sub/e.htm', '<p>e</p>');
    await fixture('corpus/notes.odt', 'x');
    await fixture('corpus/.hidden.txt', 'x');
    await fixture('corpus/.git/config.txt', 'x');
    const loose = await fixture('loose.html', '<p>loose</p>');
    const unsupported = await fixture('loose.rtf', 'x');

    const result = await listDocumentFiles([root, loose, unsupported, path.join(dir, 'missing'), root]);
    expect(result.files).toEqual(
      [
        path.join(root, 'a.md'),
        path.join(root, 'b.txt'),
        path.join(root, 'sub/c.PDF'),
        path.join(root, 'sub/deeper/d.docx'),
        path.join(root, 'sub/e.htm'),
        loose,
      ].sort(),
    );
    const supported = 'unsupported extension (supported: .txt, .md, .markdown, .html, .htm, .pdf, .docx)';
    expect(result.skipped).toEqual([
      { path: path.join(root, '.git'), reason: 'hidden' },
      { path: path.join(root, '.hidden.txt'), reason: 'hidden' },
      { path: path.join(root, 'notes.odt'), reason: supported },
      { path: unsupported, reason: supported },
      { path: path.join(dir, 'missing'), reason: 'no such file or directory' },
    ]);
  });

  it('keeps relative paths relative', async () => {
    const result = await listDocumentFiles(['seeds']);
    expect(result.files).toContain(SEED);
  });
});
