import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors.js';
import { MAX_HTML_DEPTH, measureHtmlDepth } from './html-depth.js';

/**
 * Checks a .docx (a zip archive) before mammoth opens it. mammoth unzips and parses every XML
 * part it needs in memory: a 2 MB .docx whose document.xml expands to 2 GB took a server from
 * 1.2 to 4.2 GB of RSS. Here the central directory is read, the declared sizes are checked, and
 * each part mammoth reads (XML and relationships; pictures are never read, see readDocx) is
 * inflated with a hard cap on its output, so a part that lies about its size is stopped as soon
 * as it passes the cap. The XML is also checked for absurd nesting, which would overflow the
 * XML parser's recursion.
 */

/** Limits of checkDocxZip. */
export interface DocxLimits {
  /** Largest unzipped XML part (word/document.xml is the big one). */
  maxPartBytes: number;
  /** Largest sum of the unzipped XML parts. */
  maxTotalBytes: number;
  /** Most entries in the archive. */
  maxEntries: number;
}

/** Defaults: far above real reports (a 500-page report's document.xml is a few tens of MB). */
export const DOCX_LIMITS: DocxLimits = { maxPartBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024, maxEntries: 10_000 };

/** One entry of the central directory. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Throws AppError('BAD_INPUT') naming the file when the archive would expand past `limits`,
 * nests its XML deeper than MAX_HTML_DEPTH, or is not a readable zip. Returns quietly for a
 * sound archive (whether it is a Word document is mammoth's to say).
 */
export function checkDocxZip(bytes: Uint8Array, sourcePath: string, limits: DocxLimits = DOCX_LIMITS): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(buffer, sourcePath);
  if (entries.length > limits.maxEntries) {
    throw new AppError(
      'BAD_INPUT',
      `${sourcePath}: this .docx holds ${entries.length} files (the limit is ${limits.maxEntries}); not a Word document we can read`,
    );
  }
  let total = 0;
  for (const entry of entries) {
    if (!isReadPart(entry.name)) continue;
    // Declared sizes first: an honest bomb is refused without inflating anything.
    if (entry.uncompressedSize > limits.maxPartBytes) throw tooLarge(sourcePath, entry.name, limits);
    const size = inflatedSize(buffer, entry, sourcePath, limits);
    total += size.bytes;
    if (total > limits.maxTotalBytes) {
      throw new AppError(
        'BAD_INPUT',
        `${sourcePath}: this .docx expands to more than ${megabytes(limits.maxTotalBytes)} of XML when unzipped; a damaged file or a zip bomb, not a document we can read`,
        { details: { maxTotalBytes: limits.maxTotalBytes } },
      );
    }
    if (size.text !== null && measureHtmlDepth(size.text, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
      throw new AppError(
        'BAD_INPUT',
        `${sourcePath}: ${entry.name} nests elements more than ${MAX_HTML_DEPTH} levels deep; no readable document nests so deep (a damaged or hostile file?)`,
      );
    }
  }
}

/** The parts mammoth reads: XML and relationships. Pictures and embedded files are never opened. */
function isReadPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

function tooLarge(sourcePath: string, name: string, limits: DocxLimits): AppError {
  return new AppError(
    'BAD_INPUT',
    `${sourcePath}: ${name} expands to more than ${megabytes(limits.maxPartBytes)} when unzipped; a damaged file or a zip bomb, not a document we can read`,
    { details: { part: name, maxPartBytes: limits.maxPartBytes } },
  );
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function corrupt(sourcePath: string, reason: string): AppError {
  return new AppError('BAD_INPUT', `${sourcePath}: cannot read this .docx (corrupt or truncated: ${reason})`);
}

/** The entries listed by the central directory (ZIP64 included). */
function readCentralDirectory(buffer: Buffer, sourcePath: string): ZipEntry[] {
  // The end-of-central-directory record is in the last 65,557 bytes (22 bytes + a comment of
  // at most 65,535); search backwards for its signature.
  const floor = Math.max(0, buffer.length - 65_557);
  let eocd = -1;
  for (let at = buffer.length - 22; at >= floor; at -= 1) {
    if (buffer.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  // Not a zip at all (or cut short): mammoth's own error says so, with its cause.
  if (eocd < 0) return [];
  let count = buffer.readUInt16LE(eocd + 10);
  let size = buffer.readUInt32LE(eocd + 12);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR) throw corrupt(sourcePath, 'ZIP64 locator missing');
    const record = toSafeNumber(buffer.readBigUInt64LE(locator + 8));
    if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_EOCD) throw corrupt(sourcePath, 'ZIP64 record missing');
    count = toSafeNumber(buffer.readBigUInt64LE(record + 32));
    size = toSafeNumber(buffer.readBigUInt64LE(record + 40));
    offset = toSafeNumber(buffer.readBigUInt64LE(record + 48));
  }
  if (offset + size > buffer.length) throw corrupt(sourcePath, 'central directory past the end of the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_ENTRY) throw corrupt(sourcePath, 'bad central directory entry');
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
    };
    readZip64Extra(buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
    // Bound the work on a directory that claims millions of entries.
    if (entries.length > DOCX_LIMITS.maxEntries * 10) break;
  }
  return entries;
}

/** ZIP64 extended information: the 64-bit values replace the fields saturated at 0xFFFFFFFF, in order. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > at + 4 + length) return null;
        const value = toSafeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next() ?? entry.uncompressedSize;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next() ?? entry.localHeaderOffset;
      return;
    }
    at += 4 + length;
  }
}

function toSafeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/**
 * The real unzipped size of an entry, inflating with a cap (an entry whose declared size lies
 * is stopped at the cap), and its text when it is small enough to check its nesting.
 */
function inflatedSize(buffer: Buffer, entry: ZipEntry, sourcePath: string, limits: DocxLimits): { bytes: number; text: string | null } {
  const local = entry.localHeaderOffset;
  if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL_HEADER) throw corrupt(sourcePath, `bad local header for ${entry.name}`);
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw corrupt(sourcePath, `${entry.name} is cut short`);
  let output: Buffer;
  if (entry.method === 0) {
    output = data;
  } else if (entry.method === 8) {
    try {
      output = inflateRawSync(data, { maxOutputLength: limits.maxPartBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge(sourcePath, entry.name, limits);
      throw corrupt(sourcePath, `${entry.name} does not inflate`);
    }
  } else {
    // mammoth's zip library reads only stored and deflated entries; let it say so.
    return { bytes: entry.uncompressedSize, text: null };
  }
  if (output.length > limits.maxPartBytes) throw tooLarge(sourcePath, entry.name, limits);
  return { bytes: output.length, text: output.toString('latin1') };
}
