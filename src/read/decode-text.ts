import { AppError } from '../errors.js';
import type { TextEncoding } from '../model/read-result.js';

/** Decoded characters of a text-format file, with the encoding found. */
export interface DecodedText {
  text: string;
  encoding: Exclude<TextEncoding, 'binary-format'>;
  warnings: string[];
}

// Above this share of control characters (C0/C1 other than tab, LF, CR, FF), a "text" file
// is binary data with a text extension: real prose has none.
const MAX_CONTROL_RATIO = 0.02;

/**
 * Decodes the bytes of a text file (txt, md, html). UTF-8 unless told otherwise by a BOM;
 * invalid UTF-8 falls back to Windows-1252 (a superset of Latin-1 for printable characters)
 * with a warning; UTF-16 is recognised by its BOM or, without one, by its NUL bytes.
 * Throws AppError('BAD_INPUT') for binary content (NUL bytes, many control characters).
 */
export function decodeText(bytes: Uint8Array, sourcePath: string): DecodedText {
  const bom = detectBom(bytes);
  if (bom) {
    // The BOM settles the encoding: bad sequences after it are damage, replaced by U+FFFD.
    const text = new TextDecoder(bom.encoding, { fatal: false }).decode(bytes.subarray(bom.length));
    assertNotBinary(text, sourcePath);
    const warnings = text.includes('\uFFFD') ? [`${sourcePath}: invalid ${bom.encoding.toUpperCase()} sequences replaced by U+FFFD`] : [];
    return { text, encoding: bom.encoding, warnings };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16, { fatal: false }).decode(bytes);
    assertNotBinary(text, sourcePath);
    return { text, encoding: utf16, warnings: [`${sourcePath}: no byte-order mark; decoded as ${utf16.toUpperCase()}`] };
  }
  if (bytes.includes(0)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: looks like binary data (NUL bytes), not text; check the file or its extension`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    assertNotBinary(text, sourcePath);
    return { text, encoding: 'utf-8', warnings: [] };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Not UTF-8: files saved by older Windows/Office tools are Windows-1252 (or Latin-1, which
    // it extends), the usual encoding of French text outside UTF-8.
    const text = decodeWindows1252(bytes);
    assertNotBinary(text, sourcePath);
    return {
      text,
      encoding: 'windows-1252',
      warnings: [`${sourcePath}: not valid UTF-8; decoded as Windows-1252 (Latin-1)`],
    };
  }
}

function detectBom(bytes: Uint8Array): { encoding: DecodedText['encoding']; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 text of Latin-script languages has a NUL in every other byte: the high byte of each
 * code unit. Require that pattern on most of a sample, and none on the other side, so random
 * binary data (NULs anywhere) is not taken for text.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  const units = sample.length / 2;
  if (units < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul += 1;
    if (sample[i + 1] === 0) oddNul += 1;
  }
  if (oddNul / units > 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul / units > 0.9 && oddNul === 0) return 'utf-16be';
  return null;
}

function assertNotBinary(text: string, sourcePath: string): void {
  // A PDF's header and its compressed streams decode as Windows-1252 without a control character
  // or a NUL: its signature tells it apart from text.
  if (text.startsWith('%PDF-')) {
    throw new AppError('BAD_INPUT', `${sourcePath}: is a PDF (it starts with %PDF-), not text; give it the .pdf extension`);
  }
  if (text.includes('\u0000')) {
    throw new AppError('BAD_INPUT', `${sourcePath}: looks like binary data (NUL characters), not text; check the file or its extension`);
  }
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  const controls = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO) {
    const percent = ((100 * controls) / sample.length).toFixed(1);
    throw new AppError('BAD_INPUT', `${sourcePath}: looks like binary data (${percent}% control characters), not text; check the file or its extension`);
  }
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F, where it puts printable characters (œ, ’, –,
// €, …) that French text uses. Node 20's TextDecoder('windows-1252') decodes those bytes as
// Latin-1 C1 controls (a known Node bug), hence our own table. Unassigned bytes (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) keep their Latin-1 value, as the WHATWG Encoding Standard does.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes (every byte maps to one character). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}
