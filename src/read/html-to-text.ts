import { Parser } from 'htmlparser2';

/**
 * Converts HTML to the text dialect every reader produces (docs/reading.md), so the extractor
 * has one parser for all formats:
 * - h1..h6 -> `#`..`###### ` lines (footnote markers left out of headings); an accordion's title
 *   in a button (in the heading, or in the accordion item's header: one level below the last
 *   h1..h6) is the heading, other buttons are controls and dropped;
 * - summary -> a heading one level below the heading before its details (outside lists);
 * - b/strong -> `**bold**`; i/em -> `*italic*`;
 * - p, div and other blocks -> lines, paragraphs separated by a blank line; br -> line break;
 * - li -> `- ` (ul) or `1. ` (ol) lines, indented two spaces per nesting level; a further
 *   paragraph of an item is a line of its own indented like a nested item, without a marker;
 * - tr -> one line per row, cells separated by a TAB, a cell's blocks joined by spaces and its
 *   list items by ` / `; cells covered by a rowspan or colspan are written empty, so columns
 *   stay aligned;
 * - dt/dd -> `term: definition` lines, but a term over a definition that holds a list, a table or
 *   paragraphs of sentences is a heading over it (one level below the last h1..h6); a footnote list (`Footnote 3` terms, Word footnotes
 *   converted by mammoth) -> `[^3]: text` lines;
 * - endnotes and footnotes (`role=doc-endnotes` / `.footnotes` lists, `li#fn:3`, `li#fn3`,
 *   `aside[role=doc-footnote]`, `div.footnote`, Word's saved `div#ftn3`) -> `[^3]: text` lines, the
 *   number from the id, else a marker at the note's start, else the one after the last note's;
 *   their links back (↩) left out;
 * - sup -> `<sup>…</sup>` (footnote markers as PDF converters write them), screen-reader-only
 *   words such as "Footnote " and GOV.UK's "[footnote 3]" word left out;
 * - site chrome is dropped: when the page has a `main` (or `role=main`) region only its content
 *   is read, else the `article`s when there are any; everywhere, navigation, forms, hidden and
 *   screen-reader-only elements, breadcrumbs, feedback widgets and "date modified" boxes;
 * - script, style, noscript, template, head, svg, iframe, object, embed, canvas -> dropped
 *   with their content (script is never executed nor kept);
 * - entities decoded, other tags dropped with their text kept, whitespace collapsed.
 * The caller bounds nesting first (measureHtmlDepth): the parser is slow on very deep trees.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const writer = new MarkdownWriter(options.preserveTabs === true, contentRegionOf(html), definitionsHoldingBlocks(html));
  const parser = new Parser(
    {
      onopentag: (name, attributes) => writer.open(name, attributes),
      onclosetag: (name) => writer.close(name),
      ontext: (text) => writer.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return writer.finish();
}

/** Options of htmlToText. */
export interface HtmlToTextOptions {
  /**
   * Keep TAB characters of the text as TABs instead of collapsing them with other whitespace.
   * For HTML made by mammoth from a .docx, where a TAB is a Word tab stop (a column separator,
   * as in the converted i-eval rows), not indentation of the HTML source.
   */
  preserveTabs?: boolean;
}

/** Which elements hold the page's content: `main`, else `article`, else the whole body. */
type ContentRegion = 'main' | 'article' | 'body';

function contentRegionOf(html: string): ContentRegion {
  if (/<main[\s>]|\srole\s*=\s*["']?main["'\s>]/i.test(html)) return 'main';
  if (/<article[\s>]/i.test(html)) return 'article';
  return 'body';
}

// What makes a definition (<dd>) a section's content rather than a value: a list, a table, a
// heading, a nested list of terms, or two paragraphs of sentences.
const DEFINITION_BLOCKS = new Set(['ul', 'ol', 'table', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SENTENCE_END = /[.!?…:;]\s*$/;

/**
 * Which <dd> of the page, in order, hold blocks (DEFINITION_BLOCKS): their term is then a heading
 * over them (a CONEVAL sheet's "Recomendaciones" over a list), not a `term: definition` line.
 * A first pass, as the term is written before the definition is read.
 */
function definitionsHoldingBlocks(html: string): boolean[] {
  const found: boolean[] = [];
  if (!/<dd[\s>]/i.test(html)) return found;
  // The open definitions, innermost last: their index, and the paragraph being read in them.
  const open: { index: number; sentences: number; paragraph: string | null }[] = [];
  const parser = new Parser(
    {
      onopentag: (name) => {
        const definition = open.at(-1);
        if (definition && DEFINITION_BLOCKS.has(name)) found[definition.index] = true;
        if (definition && name === 'p') definition.paragraph = '';
        if (name === 'dd') {
          found.push(false);
          open.push({ index: found.length - 1, sentences: 0, paragraph: null });
        }
      },
      ontext: (text) => {
        const definition = open.at(-1);
        if (definition?.paragraph != null) definition.paragraph += text;
      },
      onclosetag: (name) => {
        const definition = open.at(-1);
        if (name === 'dd') {
          open.pop();
        } else if (definition && name === 'p' && definition.paragraph !== null) {
          if (SENTENCE_END.test(definition.paragraph)) definition.sentences += 1;
          if (definition.sentences >= 2) found[definition.index] = true;
          definition.paragraph = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas']);
// Page furniture and controls: never document content.
const CHROME_TAGS = new Set(['nav', 'form', 'button', 'select', 'textarea', 'dialog', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menubar', 'menu', 'dialog', 'alertdialog']);
// Class words of chrome (Canada.ca's WET toolkit, Bootstrap, WordPress, Drupal): hidden and
// screen-reader-only text, breadcrumbs, page details, feedback and share widgets, "date
// modified" boxes, skip links. Whole class words only: a section id'd "social" is content.
const CHROME_CLASSES = new Set([
  'wb-inv',
  'wb-invisible',
  'sr-only',
  'visually-hidden',
  'screen-reader-text',
  'element-invisible',
  'hidden',
  'hide',
  'breadcrumb',
  'breadcrumbs',
  'pagedetails',
  'page-details',
  'gc-rprt-prblm',
  'report-problem',
  'gc-dtmd',
  'date-modified',
  'skip-link',
  'skip-links',
  'skiplinks',
  'wb-slc',
  'wb-sl',
  'social-share',
  'share-buttons',
  'cookie-banner',
  'cookie-consent',
]);
// The same as a BEM modifier of a design system's prefix: GOV.UK `govuk-visually-hidden`, USWDS `usa-sr-only`.
const HIDDEN_CLASS_SUFFIX = /-(?:visually-hidden|sr-only)$/;
// The header of an accordion item or collapsible panel (Bootstrap `accordion-header`, `card-header`,
// `panel-heading`, Europa ECL `ecl-accordion__title`, Materialize `collapsible-header`): a button
// there, or a button so classed, is the title of the section it opens.
const DISCLOSURE_HEADER = /(?:accordion|collaps|expand|panel|card|disclosure)[\w-]*(?:head|title)/i;
// Inside a heading's button, the toggle's state words and icons (GOV.UK's "Show"/"Hide"
// `govuk-accordion__section-toggle`, ECL's `ecl-accordion__toggle-indicator`), not the title.
const TOGGLE_PART = /(?:toggle|toggle-text|toggle-focus|indicator|icon|chevron)$/i;
const CHROME_IDS = new Set(['wb-dtmd', 'wb-bc', 'wb-sm', 'wb-lng', 'wb-srch', 'wb-info', 'wb-tphp', 'wb-sec', 'breadcrumb', 'breadcrumbs', 'skiplinks']);
const PARAGRAPHS = new Set(['p', 'blockquote', 'pre', 'figure', 'hr', 'address', 'caption']);
const BLOCKS = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'figcaption',
  'details',
  'fieldset',
  'legend',
  'center',
  'body',
  'html',
  'option',
]);
const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em']);
const HEADING = /^h([1-6])$/;
// A bullet typed by hand (a Word paragraph "•<TAB>text", Symbol and Wingdings bullets of
// converted files): written `- ` as the dialect's bullets are.
const TYPED_BULLET = /^( *)[•▪●◦■➢➤✓✔·\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF06C\uF06E][ \t]+(?=\S)/;
// A definition term that names a footnote: "Footnote 3", "Note 12", "Endnote iv".
const FOOTNOTE_TERM = /^(?:footnote|endnote|note|nota|note de bas de page)\s+([\w*†‡]{1,8})$/i;
// A footnote or endnote by its id: mammoth's `footnote-3`, kramdown's and GOV.UK's `fn:3`,
// pandoc's `fn3`, Word's saved HTML `_ftn3` / `_edn3`, LibreOffice's `sdfootnote3`.
const NOTE_ID = /^_?(?:sd)?(?:fn|footnote|endnote|ftn|edn)[-_:.]?(\d{1,4})$/i;
const NOTE_ROLES = new Set(['doc-footnote', 'doc-endnote']);
// One note: `<div class="footnote">`, `<aside role="doc-footnote">` (a class on a link or <sup>
// is the marker's, not a note).
const NOTE_CLASSES = new Set(['footnote', 'endnote']);
const NOTE_ELEMENTS = new Set(['div', 'aside', 'section', 'p']);
// A list of notes, each item a note: kramdown and GOV.UK `div.footnotes`, pandoc
// `section.footnotes`, `role=doc-endnotes`.
const NOTES_CLASSES = new Set(['footnotes', 'endnotes']);
// The word a footnote marker is written with for screen readers ("[footnote 1]" on GOV.UK).
const MARKER_WORD = /^(?:footnote|endnote|note|nota|note de bas de page)\s+(?=\S)/i;

interface InlineMarker {
  tag: string;
  marker: string;
  /** Whether the opening marker has been written on the current line (written lazily, before the first visible character). */
  written: boolean;
}

interface ListState {
  ordered: boolean;
  counter: number;
  /** Inside one of this list's items (after its marker was written). */
  inItem: boolean;
}

/** What an open element changed, so its end tag undoes exactly that. */
interface Frame {
  name: string;
  drop?: boolean;
  /** The header of an accordion item (DISCLOSURE_HEADER). */
  disclosureHeader?: boolean;
  /** A <details>: the heading level before it, restored at its end so the next one's summary is at the same level. */
  level?: number;
  /** A list of notes (NOTES_CLASSES): its items are notes. */
  notes?: boolean;
  /** A button written as (or inside) a heading. */
  headingButton?: boolean;
  region?: boolean;
  heading?: boolean;
  flat?: boolean;
  list?: boolean;
  item?: boolean;
  marker?: boolean;
  pre?: boolean;
  sup?: boolean;
  table?: boolean;
  row?: boolean;
  cell?: boolean;
  /** A definition term: where its text starts in the current line. */
  term?: number;
  definition?: boolean;
  note?: boolean;
  block?: 'paragraph' | 'block';
}

/** The top-level table being written: which columns earlier rows' rowspans still cover. */
interface TableState {
  /** Rows each column is still covered for by a rowspan from above. */
  spans: number[];
  /** Columns covered in the current row (decremented at its end). */
  covered: number[];
  /** Logical column of the next cell, and the column the line's cursor is in. */
  column: number;
  lineColumn: number;
}

/** Accumulates lines; knows about the block context (heading, list, table cell) it is in. */
class MarkdownWriter {
  private readonly lines: string[] = [];
  private current = '';
  /** Characters at the start of `current` that are a prefix (`## `, `- `), not content. */
  private prefixLength = 0;
  private readonly frames: Frame[] = [];
  private dropDepth = 0;
  private regionDepth = 0;
  private preDepth = 0;
  private headingDepth = 0;
  /** Level of the last h1–h6 written: a heading the page does not number (a button's) goes one below it. */
  private headingLevel = 0;
  private disclosureHeaderDepth = 0;
  private headingButtonDepth = 0;
  private tableDepth = 0;
  /** Inside a table cell, a definition or a footnote: blocks become spaces. */
  private flatDepth = 0;
  private cellDepth = 0;
  private noteDepth = 0;
  private notesDepth = 0;
  /** The number of the last note written, which a note without one follows. */
  private lastNote = 0;
  /** The note being written was numbered by count: a marker before its text numbers it. */
  private notePending = false;
  private table: TableState | null = null;
  private readonly lists: ListState[] = [];
  private readonly markers: InlineMarker[] = [];
  /** Text of an open <sup>, written as one marker when it closes. */
  private sup: string | null = null;
  /** A definition term waiting for its definition (`term: definition`). */
  private term: string | null = null;

  /** How many <dd> have been opened, to look them up in `blockDefinitions`. */
  private definitions = 0;

  constructor(
    private readonly preserveTabs: boolean,
    private readonly region: ContentRegion,
    /** Which <dd> of the page, in order, hold blocks (definitionsHoldingBlocks). */
    private readonly blockDefinitions: boolean[],
  ) {}

  private get skipping(): boolean {
    return this.dropDepth > 0 || (this.region !== 'body' && this.regionDepth === 0);
  }

  open(name: string, attributes: Record<string, string>): void {
    const frame: Frame = { name };
    this.frames.push(frame);
    const definition = name === 'dd' ? this.definitions++ : -1;
    if (this.dropDepth > 0) return;
    if (this.isRegion(name, attributes)) {
      this.regionDepth += 1;
      frame.region = true;
    }
    if (this.skipping) return;
    const button = name === 'button' && this.isHeadingButton(attributes);
    if (!button && this.isDropped(name, attributes)) {
      this.dropDepth += 1;
      frame.drop = true;
      return;
    }
    if (DISCLOSURE_HEADER.test(attributes.class ?? '')) {
      frame.disclosureHeader = true;
      this.disclosureHeaderDepth += 1;
    }
    if (this.isNoteList(attributes)) {
      frame.notes = true;
      this.notesDepth += 1;
    }
    if (name !== 'dd' && this.term !== null) this.flushTerm();
    if (NOTE_ELEMENTS.has(name) && this.isNote(name, attributes)) return this.openNote(frame, this.noteNumber(attributes));
    const heading = HEADING.exec(name);
    if (heading) return this.openHeading(frame, Number(heading[1]), true);
    if (button) {
      frame.headingButton = true;
      this.headingButtonDepth += 1;
      // In an h1–h6 its text is the heading's; in an accordion's header it is the heading.
      if (this.headingDepth === 0) this.openHeading(frame, this.levelBelow(), false);
      return;
    }
    if (BOLD.has(name) || ITALIC.has(name)) {
      frame.marker = true;
      return this.openMarker(name, BOLD.has(name) ? '**' : '*');
    }
    switch (name) {
      case 'br':
        return this.hardBreak();
      case 'sup':
        // Footnote markers in headings are left out: a heading is read for its words.
        if (this.headingDepth > 0 || this.sup !== null) {
          this.dropDepth += 1;
          frame.drop = true;
          return;
        }
        frame.sup = true;
        this.sup = '';
        return;
      case 'a':
        // The link back from a footnote to its marker ("↑", "Return to footnote 3 referrer").
        if (this.noteDepth > 0 && (attributes.href ?? '').startsWith('#')) {
          this.dropDepth += 1;
          frame.drop = true;
        }
        return;
      case 'ul':
      case 'ol':
        frame.list = true;
        if (this.flatDepth > 0) return this.space();
        if (this.lists.length === 0) this.paragraphBreak();
        else this.blockBreak();
        this.lists.push({ ordered: name === 'ol', counter: Number.parseInt(attributes.start ?? '1', 10) || 1, inItem: false });
        return;
      case 'li':
        return this.openListItem(frame, attributes);
      case 'dl':
        frame.block = 'paragraph';
        return this.paragraphBreak();
      case 'dt':
        if (this.flatDepth > 0) this.space();
        else this.blockBreak();
        frame.term = this.current.length;
        return;
      case 'dd':
        return this.openDefinition(frame, this.blockDefinitions[definition] === true);
      case 'table':
        frame.table = true;
        this.tableDepth += 1;
        if (this.tableDepth === 1 && this.flatDepth === 0) {
          this.paragraphBreak();
          this.table = { spans: [], covered: [], column: 0, lineColumn: 0 };
        } else {
          this.space();
        }
        return;
      case 'tr':
        if (this.tableDepth === 1 && this.cellDepth === 0 && this.table) {
          frame.row = true;
          this.blockBreak();
          this.table.column = 0;
          this.table.lineColumn = 0;
          this.table.covered = this.table.spans.flatMap((rows, column) => (rows > 0 ? [column] : []));
        } else {
          this.space();
        }
        return;
      case 'td':
      case 'th':
        frame.cell = true;
        if (this.tableDepth === 1 && this.cellDepth === 0 && this.table) this.openCell(attributes);
        else this.space();
        this.cellDepth += 1;
        this.flatDepth += 1;
        return;
      case 'details':
        frame.level = this.headingLevel;
        break;
      case 'summary':
        // The title of a disclosure widget (DNP's and Canada.ca's sections): a heading over the
        // details' content, one level below the heading before it.
        // In a list item (a figure's "Text description" on Canada.ca) it stays a line of the item.
        if (this.flatDepth > 0 || this.headingDepth > 0 || this.lists.length > 0) {
          frame.block = 'block';
          return this.blockBreak();
        }
        return this.openHeading(frame, this.levelBelow(), true);
      case 'pre':
        frame.pre = true;
        this.paragraphBreak();
        this.preDepth += 1;
        return;
    }
    if (PARAGRAPHS.has(name)) {
      frame.block = 'paragraph';
      return this.paragraphBreak();
    }
    if (BLOCKS.has(name)) {
      frame.block = 'block';
      return this.blockBreak();
    }
  }

  close(name: string): void {
    // htmlparser2 reports an end for every element it opened, implied ones included, innermost
    // first; an end tag it could not match is not reported. The frame is the innermost one.
    let frame = this.frames.pop();
    while (frame && frame.name !== name && this.frames.some((f) => f.name === name)) {
      this.undo(frame);
      frame = this.frames.pop();
    }
    if (frame) this.undo(frame);
  }

  private undo(frame: Frame): void {
    if (frame.disclosureHeader) this.disclosureHeaderDepth -= 1;
    if (frame.headingButton) this.headingButtonDepth -= 1;
    if (frame.notes) this.notesDepth -= 1;
    if (frame.level !== undefined) this.headingLevel = frame.level;
    if (frame.drop) {
      this.dropDepth -= 1;
      if (frame.region) this.regionDepth -= 1;
      return;
    }
    if (this.dropDepth > 0) {
      if (frame.region) this.regionDepth -= 1;
      return;
    }
    if (this.skipping) {
      if (frame.region) this.regionDepth -= 1;
      return;
    }
    if (frame.heading) {
      this.headingDepth = Math.max(0, this.headingDepth - 1);
      if (this.headingDepth === 0 && this.flatDepth === 0) {
        this.discardEmptyPrefix();
        this.paragraphBreak();
      }
    } else if (frame.marker) {
      this.closeMarker(frame.name);
    } else if (frame.sup) {
      const marker = (this.sup ?? '')
        .trim()
        .replace(/^\[(.+)\]$/, '$1')
        .trim()
        .replace(MARKER_WORD, '');
      this.sup = null;
      if (marker.length === 0) return;
      // A note numbered by count whose text starts with its own marker: the marker numbers it.
      if (this.notePending && this.current.length === this.prefixLength && marker.length <= 8) {
        this.notePending = false;
        this.current = `[^${marker}]: `;
        this.prefixLength = this.current.length;
        this.lastNote = Number.parseInt(marker, 10) || this.lastNote;
        return;
      }
      this.append(`<sup>${marker}</sup>`);
    } else if (frame.list) {
      if (this.flatDepth === 0) {
        this.lists.pop();
        if (this.lists.length === 0) this.paragraphBreak();
        else this.blockBreak();
      }
    } else if (frame.item) {
      this.discardEmptyPrefix();
      const list = this.lists.at(-1);
      if (list) list.inItem = false;
      this.blockBreak();
    } else if (frame.note) {
      this.noteDepth -= 1;
      this.flatDepth -= 1;
      this.notePending = false;
      this.discardEmptyPrefix();
      this.pushLine(false);
    } else if (frame.term !== undefined) {
      // The term waits for its definition: `term: definition` on one line. Inside a table cell
      // only a footnote's term does (its note becomes a line of its own); others stay inline.
      const term = this.current.slice(frame.term).trim();
      if (this.flatDepth === 0 || FOOTNOTE_TERM.test(term.replace(/\*+/g, ''))) {
        this.term = term;
        this.current = this.current.slice(0, frame.term).trimEnd();
        if (this.flatDepth === 0) this.prefixLength = 0;
      }
    } else if (frame.definition) {
      this.flatDepth -= 1;
      this.pushLine(false);
    } else if (frame.table) {
      this.tableDepth = Math.max(0, this.tableDepth - 1);
      if (this.tableDepth === 0 && this.flatDepth === 0) {
        this.table = null;
        this.paragraphBreak();
      }
    } else if (frame.row) {
      this.blockBreak();
      if (this.table) for (const column of this.table.covered) this.table.spans[column] = Math.max(0, (this.table.spans[column] ?? 0) - 1);
    } else if (frame.cell) {
      this.cellDepth = Math.max(0, this.cellDepth - 1);
      this.flatDepth = Math.max(0, this.flatDepth - 1);
    } else if (frame.pre) {
      this.preDepth = Math.max(0, this.preDepth - 1);
      this.paragraphBreak();
    } else if (frame.block === 'paragraph') {
      if (frame.name === 'dl' && this.term !== null) this.flushTerm();
      this.paragraphBreak();
    } else if (frame.block === 'block') {
      this.blockBreak();
    }
    if (frame.region) this.regionDepth -= 1;
  }

  text(raw: string): void {
    if (this.skipping) return;
    if (this.sup !== null) {
      this.sup += raw;
      return;
    }
    if (this.term !== null && raw.trim().length > 0) this.flushTerm();
    if (this.preDepth > 0) {
      const [first = '', ...rest] = raw.split('\n');
      this.append(first);
      for (const line of rest) {
        this.pushLine(true);
        this.append(line);
      }
      return;
    }
    if (this.preserveTabs && raw.includes('\t')) {
      raw.split('\t').forEach((part, index) => {
        if (index > 0) this.tab();
        this.inlineText(part);
      });
      return;
    }
    this.inlineText(raw);
  }

  finish(): string {
    if (this.term !== null) this.flushTerm();
    this.pushLine(false);
    const lines = this.lines.map((line) => line.replace(TYPED_BULLET, '$1- '));
    return `${lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+/, '')
      .replace(/\n*$/, '')}\n`;
  }

  private isRegion(name: string, attributes: Record<string, string>): boolean {
    if (this.region === 'main') return name === 'main' || attributes.role === 'main';
    return this.region === 'article' && name === 'article';
  }

  private isDropped(name: string, attributes: Record<string, string>): boolean {
    if (DROPPED.has(name) || CHROME_TAGS.has(name)) return true;
    if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
    if (attributes.role !== undefined && CHROME_ROLES.has(attributes.role)) return true;
    if (/display\s*:\s*none/i.test(attributes.style ?? '')) return true;
    const classes = (attributes.class ?? '').toLowerCase().split(/\s+/);
    if (classes.some((word) => CHROME_CLASSES.has(word) || HIDDEN_CLASS_SUFFIX.test(word))) return true;
    if (this.headingButtonDepth > 0 && classes.some((word) => TOGGLE_PART.test(word))) return true;
    if (CHROME_IDS.has((attributes.id ?? '').toLowerCase())) return true;
    // The page's own header and footer (site banner, footer menus) when no content region
    // tells them apart; an article's or section's header is content.
    if ((name === 'header' || name === 'footer') && this.region === 'body') {
      return !this.frames.some((f) => f.name === 'article' || f.name === 'section' || f.name === 'main');
    }
    return false;
  }

  /**
   * A button that carries a section's title rather than a page control: inside an h1–h6 (Bootstrap,
   * ECL and GOV.UK accordions put the title in a button in the heading), or in, or classed as, an
   * accordion's header. Other buttons ("Show all sections", "Print", "Menu") are chrome.
   */
  private isHeadingButton(attributes: Record<string, string>): boolean {
    if (this.headingButtonDepth > 0) return false;
    return this.headingDepth > 0 || this.disclosureHeaderDepth > 0 || DISCLOSURE_HEADER.test(attributes.class ?? '');
  }

  /** The level of a heading the page does not number: one below the last h1–h6 (a `##` under none). */
  private levelBelow(): number {
    return Math.min(6, Math.max(this.headingLevel, 1) + 1);
  }

  /** Starts a heading line; `numbered` for an h1–h6, whose level the headings after it go below. */
  private openHeading(frame: Frame, level: number, numbered: boolean): void {
    frame.heading = true;
    if (this.flatDepth > 0 || this.headingDepth > 0) {
      this.space();
    } else {
      this.paragraphBreak();
      this.current = `${'#'.repeat(level)} `;
      this.prefixLength = this.current.length;
      if (numbered) this.headingLevel = level;
    }
    this.headingDepth += 1;
  }

  private inlineText(raw: string): void {
    const collapsed = raw.replace(/\s+/g, ' ');
    const body = collapsed.trimStart();
    if (body.length < collapsed.length) this.space();
    if (body.length === 0) return;
    const trailing = body.endsWith(' ');
    this.append(trailing ? body.trimEnd() : body);
    if (trailing) this.space();
  }

  /** Appends visible characters, writing pending inline markers first. */
  private append(chars: string): void {
    if (chars.length === 0) return;
    this.notePending = false;
    if (this.headingDepth === 0) {
      for (const marker of this.markers) {
        if (!marker.written) {
          this.current += marker.marker;
          marker.written = true;
        }
      }
    }
    this.current += chars;
  }

  /** A TAB kept from the text (preserveTabs): it replaces the spaces before it. */
  private tab(): void {
    if (this.flatDepth > 0 || this.headingDepth > 0) return this.space();
    this.current = `${this.current.replace(/ +$/, '')}\t`;
  }

  /** One space between words, never at the start of a line or after a tab or prefix. */
  private space(): void {
    if (this.current.length <= this.prefixLength) return;
    if (/[ \t]$/.test(this.current)) return;
    this.current += ' ';
  }

  private openMarker(tag: string, marker: string): void {
    this.markers.push({ tag, marker, written: false });
  }

  private closeMarker(tag: string): void {
    const index = this.markers.map((m) => m.tag).lastIndexOf(tag);
    if (index < 0) return;
    // Close inner markers too (htmlparser2 reports implied closes in order, this is a safeguard).
    const closing = this.markers.splice(index);
    for (const marker of closing.reverse()) this.writeClosing(marker);
  }

  /** `**bold **` is not bold in Markdown: the closing marker goes before trailing spaces. */
  private writeClosing(marker: InlineMarker): void {
    if (!marker.written) return;
    const trailing = /[ ]$/.test(this.current);
    this.current = `${this.current.trimEnd()}${marker.marker}${trailing ? ' ' : ''}`;
    marker.written = false;
  }

  private openListItem(frame: Frame, attributes: Record<string, string>): void {
    const list = this.lists.at(-1);
    if (this.isNote('li', attributes)) {
      // A note of a list of notes (Word's as mammoth lists them, kramdown's, pandoc's): `[^3]: text`.
      const number = NOTE_ID.exec(attributes.id ?? '')?.[1] ?? (list ? String(list.counter) : this.noteNumber(attributes));
      if (list) list.counter += 1;
      return this.openNote(frame, number);
    }
    if (this.flatDepth > 0) {
      // Items of a list inside a table cell: ` / ` between them, as the cell is one line.
      if (this.current.length > this.prefixLength && !/[\t]$/.test(this.current)) {
        this.current = `${this.current.trimEnd()} / `;
      }
      return;
    }
    frame.item = true;
    this.pushLine(false);
    if (!list) return;
    const bullet = list.ordered ? `${list.counter}. ` : '- ';
    list.counter += 1;
    list.inItem = true;
    this.current = `${'  '.repeat(this.lists.length - 1)}${bullet}`;
    this.prefixLength = this.current.length;
  }

  /** Whether the element holds a list of notes. */
  private isNoteList(attributes: Record<string, string>): boolean {
    if (attributes.role === 'doc-endnotes' || attributes.role === 'doc-footnotes') return true;
    return (attributes.class ?? '')
      .toLowerCase()
      .split(/\s+/)
      .some((word) => NOTES_CLASSES.has(word));
  }

  /** Whether the element is one footnote or endnote (outside a table cell or another note). */
  private isNote(name: string, attributes: Record<string, string>): boolean {
    if (this.flatDepth > 0 || this.noteDepth > 0) return false;
    if (NOTE_ID.test(attributes.id ?? '') || NOTE_ROLES.has(attributes.role ?? '')) return true;
    if (name === 'li') return this.notesDepth > 0;
    return (attributes.class ?? '')
      .toLowerCase()
      .split(/\s+/)
      .some((word) => NOTE_CLASSES.has(word));
  }

  /** The note's number from its id, else the one after the last note's (a marker at its start may renumber it). */
  private noteNumber(attributes: Record<string, string>): string {
    const id = NOTE_ID.exec(attributes.id ?? '');
    if (id) return id[1] as string;
    this.notePending = true;
    return String(this.lastNote + 1);
  }

  /** A footnote or endnote: a `[^3]: text` line, its blocks joined, its links back left out. */
  private openNote(frame: Frame, number: string): void {
    frame.note = true;
    this.lastNote = Number.parseInt(number, 10) || this.lastNote + 1;
    this.pushLine(false);
    this.current = `[^${number}]: `;
    this.prefixLength = this.current.length;
    this.noteDepth += 1;
    this.flatDepth += 1;
  }

  /** A definition: `term: definition` on one line, a footnote's `[^3]: text`, or, when it holds blocks, its term a heading over them. */
  private openDefinition(frame: Frame, holdsBlocks: boolean): void {
    const term = this.term;
    this.term = null;
    const footnote = term === null ? null : FOOTNOTE_TERM.exec(term.replace(/\*+/g, ''));
    if (this.flatDepth > 0 && !footnote) return this.space();
    if (holdsBlocks && !footnote && this.lists.length === 0) {
      const title = (term ?? '').replace(/\*+/g, '').trim();
      if (title.length > 0) {
        this.paragraphBreak();
        this.current = `${'#'.repeat(this.levelBelow())} ${title}`;
        this.pushLine(false);
      }
      frame.block = 'paragraph';
      return this.paragraphBreak();
    }
    frame.definition = true;
    this.pushLine(false);
    if (footnote) {
      frame.note = true;
      this.noteDepth += 1;
      this.current = `[^${footnote[1]}]: `;
      // An empty definition keeps nothing: the prefix is not content.
      this.prefixLength = this.current.length;
    } else if (term !== null && term.length > 0) {
      this.current = `${term}${/[:：]$/.test(term) ? '' : ':'} `;
      this.prefixLength = 0;
    }
    this.flatDepth += 1;
  }

  /** A term with no definition after it is a line of its own. */
  private flushTerm(): void {
    const term = this.term;
    this.term = null;
    if (term === null || term.length === 0) return;
    this.pushLine(false);
    this.lines.push(term);
  }

  /** Starts a cell of the top-level table, skipping columns covered by spans from earlier rows and cells. */
  private openCell(attributes: Record<string, string>): void {
    const table = this.table as TableState;
    while ((table.spans[table.column] ?? 0) > 0 && table.covered.includes(table.column)) table.column += 1;
    // A tab separates cells, even empty ones, so columns stay aligned.
    if (table.lineColumn < table.column) this.current = this.current.replace(/ +$/, '');
    while (table.lineColumn < table.column) {
      this.current += '\t';
      table.lineColumn += 1;
    }
    const rows = Math.min(Number.parseInt(attributes.rowspan ?? '1', 10) || 1, 1000);
    const columns = Math.min(Number.parseInt(attributes.colspan ?? '1', 10) || 1, 100);
    for (let column = table.column; column < table.column + columns; column += 1) {
      if (rows > 1) table.spans[column] = rows - 1;
    }
    table.column += columns;
  }

  /** Drops a line that holds only its prefix (an empty heading or bullet). */
  private discardEmptyPrefix(): void {
    if (this.prefixLength > 0 && this.current.slice(this.prefixLength).trim().length === 0) {
      this.current = '';
      this.prefixLength = 0;
    }
  }

  /** Inside a list item that has content: the next line continues the item, indented like a nested item. */
  private continueItem(): boolean {
    const list = this.lists.at(-1);
    if (!list?.inItem || this.flatDepth > 0 || this.headingDepth > 0) return false;
    if (this.current.slice(this.prefixLength).trim().length > 0) this.pushLine(false);
    if (this.current.length === 0) {
      this.current = '  '.repeat(this.lists.length);
      this.prefixLength = this.current.length;
    }
    return true;
  }

  /** <br>: a line break; two in a row make a paragraph break. Inside cells and headings, a space. */
  private hardBreak(): void {
    if (this.flatDepth > 0 || this.headingDepth > 0) return this.space();
    if (this.preDepth > 0) return this.pushLine(true);
    if (this.continueItem()) return;
    if (this.current.length <= this.prefixLength) {
      if (this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
      return;
    }
    this.pushLine(false);
  }

  /** A block starts or ends: a new line (a space inside a table cell or heading). */
  private blockBreak(): void {
    if (this.flatDepth > 0 || this.headingDepth > 0) return this.space();
    if (this.continueItem()) return;
    this.pushLine(false);
  }

  /** A paragraph starts or ends: a blank line, except inside lists, cells and headings. */
  private paragraphBreak(): void {
    if (this.flatDepth > 0 || this.headingDepth > 0) return this.space();
    if (this.continueItem()) return;
    this.pushLine(false);
    if (this.lists.length > 0) return;
    if (this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
  }

  /**
   * Ends the current line. A line holding only its prefix (an empty bullet or heading) is kept
   * open for the content that follows, unless `keepEmpty` (inside <pre>, where blank lines count).
   */
  private pushLine(keepEmpty: boolean): void {
    const hasContent = this.current.slice(this.prefixLength).trim().length > 0;
    if (!hasContent && !keepEmpty) {
      // A bullet whose item has not started yet (`<li><p>…`) stays open for its content.
      if (this.prefixLength > 0 && this.current.length === this.prefixLength) return;
      this.current = '';
      this.prefixLength = 0;
      return;
    }
    const open = this.markers.filter((m) => m.written);
    for (const marker of [...open].reverse()) this.writeClosing(marker);
    this.lines.push(this.current.trimEnd());
    this.current = '';
    this.prefixLength = 0;
    if (this.table) this.table.lineColumn = 0;
  }
}
