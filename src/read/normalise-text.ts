/**
 * The one text normalisation every reader ends with, so the extractor sees a single shape.
 * Markup (Markdown, HTML fragments of converted PDFs) is left alone: only characters that
 * carry no meaning for the extractor, or that differ for the same meaning, are changed.
 */

// Spaces that look like a space but would defeat `\s`-free patterns and word matching.
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Invisible characters left by word processors and PDF converters (zero-width space,
// word joiner, stray BOMs, soft hyphens that split words like "esclav\u00ADage").
const INVISIBLES = /[\u200B\u2060\uFEFF\u00AD]/g;
// Line breaks in other clothes: form feed (PDF page breaks), vertical tab, NEL, LS, PS.
const OTHER_LINE_BREAKS = /[\f\v\u0085\u2028\u2029]/g;
// C0 and C1 control characters except \t and \n (\r is gone by the time this runs).
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Normalises text: BOM removed, CRLF/CR -> LF, other line breaks -> LF, Unicode spaces -> space,
 * invisible characters and control characters (except \n and \t) removed, NFC, trailing
 * spaces and tabs trimmed on every line.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(OTHER_LINE_BREAKS, '\n')
    .replace(UNICODE_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .normalize('NFC')
    .replace(/[ \t]+$/gm, '');
}

/** True when the text holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/**
 * The same normalisation for a piece of one line (a PDF text item): Unicode spaces to spaces,
 * invisible and control characters removed, line breaks to spaces, NFC. Readers that build
 * their text from pieces normalise each piece, so offsets computed while building stay true.
 */
export function normaliseInline(raw: string): string {
  return raw
    .replace(/[\r\n\t]/g, ' ')
    .replace(OTHER_LINE_BREAKS, ' ')
    .replace(UNICODE_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .normalize('NFC');
}
