import { AppError, describeError } from '../errors.js';
import { checkDocxZip } from './docx-zip.js';
import { htmlToText } from './html-to-text.js';
import { isBlank, normaliseText } from './normalise-text.js';
import { assertHtmlDepth } from './read-html.js';
import type { ReaderOutput } from './format-reader.js';

// Mammoth warns about every unknown style; a few are enough to tell the user something was lost.
const MAX_CONVERTER_WARNINGS = 5;

/**
 * Word heading styles beyond mammoth's defaults (Heading 1-6 by name and id): the document
 * title, and the heading and title styles of French, Spanish, Portuguese, German, Italian and
 * Dutch Word, by name and by style id (Word strips accents and spaces from ids: "Título 1" has
 * the id "Ttulo1", "Überschrift 1" the id "berschrift1").
 */
const STYLE_MAP: readonly string[] = [
  ...['Title', 'Titre', 'Título', 'Titulo', 'Titel', 'Titolo'].flatMap((name) => [`p[style-name='${name}'] => h1:fresh`]),
  ...['Title', 'Titre', 'Ttulo', 'Titulo', 'Titel', 'Titolo'].map((id) => `p.${id} => h1:fresh`),
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => [
    ...['Titre', 'Título', 'Titulo', 'Überschrift', 'Titolo', 'Kop'].map((name) => `p[style-name='${name} ${level}'] => h${level}:fresh`),
    ...['Titre', 'Ttulo', 'Titulo', 'berschrift', 'Titolo', 'Kop'].map((id) => `p.${id}${level} => h${level}:fresh`),
  ]),
];

/** The parts of mammoth's document tree (lib/documents.js) that reshapeWord reads or rewrites. */
interface WordElement {
  type: string;
  children?: WordElement[];
  /** Text elements. */
  value?: string;
  /** Paragraphs. */
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  indent?: { start: string | null; hanging: string | null };
}

// mammoth writes nested lists five levels deep at most (its default style map).
const MAX_LIST_LEVEL = 4;
// Word's built-in lists indent each level by 720 twips (half an inch).
const LEVEL_INDENT = 720;
// A list word in a style's name: "List Bullet 2", « Liste à puces 2 », "Lista con viñetas 2", "Aufzählungszeichen 2".
const LIST_STYLE = /\b(?:list\w*|liste|lista|lijst\w*|elenco|aufz[äa]hlung\w*|bullets?|puces|vi[ñn]etas|numbers?|num[ée]ros?|n[uú]meros?)\b.*\s([2-9])$/i;

/**
 * Shapes mammoth's document as a reader sees it, before it becomes HTML:
 * - a table of one cell is a box (a shaded "Box 2: Good practice – …" frame): its paragraphs are
 *   the document's, a title paragraph then the body, then a thematic break that ends the box,
 *   instead of one table row whose paragraphs would be joined into one line with the paragraph
 *   after the table;
 * - a list paragraph gets its nesting level from what Word shows, when its numbering says level 0:
 *   the style's number ("List Bullet 2", "List Number 3": built-in styles number at level 0 of a
 *   list of their own) or its indentation, deeper than the list item above it.
 */
function reshapeWord(element: WordElement): WordElement {
  if (!element.children) return element;
  const children = element.children.flatMap((child) => {
    const shaped = reshapeWord(child);
    const cell = oneCell(shaped);
    return cell ? [...(cell.children ?? []), BOX_END] : [shaped];
  });
  nestListParagraphs(children);
  return { ...element, children };
}

/**
 * A thematic break ("---") closing a box: the paragraph after the table is the document's again, not the box's
 * (the outline marks the block after a break, the items layer ends a box there).
 */
const BOX_END: WordElement = {
  type: 'paragraph',
  styleName: null,
  numbering: null,
  children: [{ type: 'run', children: [{ type: 'text', value: '---' }] }],
};

/** The only cell of a table of one row and one cell. */
function oneCell(element: WordElement): WordElement | null {
  if (element.type !== 'table' || element.children?.length !== 1) return null;
  const row = element.children[0]!;
  if (row.type !== 'tableRow' || row.children?.length !== 1) return null;
  const cell = row.children[0]!;
  return cell.type === 'tableCell' ? cell : null;
}

/** Gives each level-0 list paragraph among `siblings` the level its style name or its indentation shows. */
function nestListParagraphs(siblings: WordElement[]): void {
  // The list paragraph above (its level and left indent), while the list goes on.
  let above: { level: number; indent: number } | null = null;
  for (const [index, element] of siblings.entries()) {
    const numbering = element.type === 'paragraph' ? element.numbering : null;
    if (!numbering) {
      above = null;
      continue;
    }
    let level = Number(numbering.level) || 0;
    const indent = twips(element.indent?.start) ?? LEVEL_INDENT * (level + 1);
    if (level === 0) {
      const styled = LIST_STYLE.exec(element.styleName ?? '');
      if (styled) level = Number(styled[1]) - 1;
      // Indented half a level or more past the item above: nested under it.
      else if (above && indent - above.indent >= LEVEL_INDENT / 2) level = above.level + 1;
      level = Math.min(level, MAX_LIST_LEVEL);
      if (level > 0) siblings[index] = { ...element, numbering: { ...numbering, level: String(level) } };
    }
    above = { level, indent };
  }
}

function twips(value: string | null | undefined): number | null {
  const number = value === null || value === undefined ? NaN : Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * Reads a .docx with mammoth: converted to HTML (headings from Word's heading styles, bold,
 * lists with their nesting, tables, footnotes and endnotes), shaped first by reshapeWord
 * (boxes, list levels), then through the same HTML conversion as .html files, so
 * a Word document and its HTML rendering give the same text. Word tab stops are kept as TABs:
 * the converted i-eval rows (`label<TAB>text`) rely on them.
 * Pictures are never unzipped. Throws AppError('BAD_INPUT') for a file that is not a readable
 * .docx (corrupt or truncated zip, missing document part), that would expand past the limits
 * of checkDocxZip (a zip bomb), or whose XML nests absurdly deep.
 */
export async function readDocx(bytes: Uint8Array, sourcePath: string): Promise<ReaderOutput> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: not a .docx file (a .docx is a zip archive, this is not one); check the file or its extension`);
  }
  checkDocxZip(bytes, sourcePath);
  // Loaded on the first .docx only: mammoth and its zip and XML libraries take a few hundred
  // milliseconds that a run over text, HTML or PDF files should not pay.
  const { default: mammoth } = await import('mammoth');
  let converted: { value: string; messages: { type: string; message: string }[] };
  try {
    converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: [...STYLE_MAP],
        transformDocument: (document: WordElement) => reshapeWord(document),
        // A picture would be unzipped and base64-encoded into the HTML only to be dropped.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (error) {
    throw new AppError('BAD_INPUT', `${sourcePath}: cannot read this .docx (corrupt or truncated: ${describeError(error)})`, {
      cause: error,
    });
  }
  assertHtmlDepth(converted.value, sourcePath, 'Word elements');
  const text = normaliseText(htmlToText(converted.value, { preserveTabs: true }));
  if (isBlank(text)) {
    throw new AppError('BAD_INPUT', `${sourcePath}: this .docx holds no text`);
  }
  const messages = converted.messages.filter((m) => m.type === 'warning' || m.type === 'error');
  const warnings = messages.slice(0, MAX_CONVERTER_WARNINGS).map((m) => `${sourcePath}: Word conversion: ${m.message}`);
  if (messages.length > MAX_CONVERTER_WARNINGS) {
    warnings.push(`${sourcePath}: Word conversion: ${messages.length - MAX_CONVERTER_WARNINGS} more messages`);
  }
  return { text, encoding: 'binary-format', warnings };
}
