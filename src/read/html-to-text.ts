import { Parser } from 'htmlparser2';

/**
 * Converts HTML to the Markdown-like text every reader produces, so the extractor has one
 * parser for all formats:
 * - h1..h6 -> `#`..`###### ` lines; b/strong -> `**bold**`; i/em -> `*italic*`;
 * - p, div and other blocks -> lines (paragraphs separated by a blank line); br -> line break;
 * - li -> `- ` (ul) or `1. ` (ol) lines, indented two spaces per nesting level;
 * - tr -> one line per row, cells separated by a TAB (blocks inside a cell become spaces);
 * - sup -> kept as `<sup>…</sup>`, as PDF converters write footnote markers in the text files;
 * - script, style, noscript, template, head, svg, iframe, object, embed, canvas -> dropped
 *   with their content (script is never executed nor kept);
 * - entities decoded, other tags dropped with their text kept, whitespace collapsed.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const writer = new MarkdownWriter(options.preserveTabs === true);
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

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas']);
const PARAGRAPHS = new Set(['p', 'blockquote', 'pre', 'figure', 'hr', 'address']);
const BLOCKS = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'figcaption', 'details', 'summary',
  'form', 'fieldset', 'legend', 'center', 'dl', 'dt', 'dd', 'caption', 'body', 'html', 'option',
]);
const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em']);
const HEADING = /^h([1-6])$/;

interface InlineMarker {
  tag: string;
  marker: string;
  /** Whether the opening marker has been written on the current line (written lazily, before the first visible character). */
  written: boolean;
}

interface ListState {
  ordered: boolean;
  counter: number;
}

/** Accumulates lines; knows about the block context (heading, list, table cell) it is in. */
class MarkdownWriter {
  private readonly lines: string[] = [];
  private current = '';
  /** Characters at the start of `current` that are a prefix (`## `, `- `), not content. */
  private prefixLength = 0;
  private dropDepth = 0;
  private preDepth = 0;
  private headingDepth = 0;
  private tableDepth = 0;
  private cellDepth = 0;
  private cellIndex = 0;
  private readonly lists: ListState[] = [];
  private readonly markers: InlineMarker[] = [];

  constructor(private readonly preserveTabs: boolean) {}

  open(name: string, attributes: Record<string, string>): void {
    if (this.dropDepth > 0 || DROPPED.has(name)) {
      if (DROPPED.has(name)) this.dropDepth += 1;
      return;
    }
    const heading = HEADING.exec(name);
    if (heading) {
      if (this.cellDepth > 0 || this.headingDepth > 0) {
        this.space();
      } else {
        this.paragraphBreak();
        this.current = `${'#'.repeat(Number(heading[1]))} `;
        this.prefixLength = this.current.length;
      }
      this.headingDepth += 1;
      return;
    }
    if (BOLD.has(name)) return this.openMarker(name, '**');
    if (ITALIC.has(name)) return this.openMarker(name, '*');
    switch (name) {
      case 'br':
        return this.hardBreak();
      case 'sup':
        return this.append('<sup>');
      case 'ul':
      case 'ol':
        if (this.lists.length === 0) this.paragraphBreak();
        else this.blockBreak();
        this.lists.push({ ordered: name === 'ol', counter: Number.parseInt(attributes.start ?? '1', 10) || 1 });
        return;
      case 'li':
        return this.openListItem();
      case 'table':
        this.tableDepth += 1;
        if (this.tableDepth === 1 && this.cellDepth === 0) this.paragraphBreak();
        else this.space();
        return;
      case 'tr':
        if (this.tableDepth === 1 && this.cellDepth === 0) {
          this.blockBreak();
          this.cellIndex = 0;
        } else {
          this.space();
        }
        return;
      case 'td':
      case 'th':
        if (this.tableDepth === 1 && this.cellDepth === 0) {
          // A tab separates cells, even empty ones, so columns stay aligned.
          if (this.cellIndex > 0) this.current = `${this.current.replace(/ +$/, '')}\t`;
          this.cellIndex += 1;
        } else {
          this.space();
        }
        this.cellDepth += 1;
        return;
      case 'pre':
        this.paragraphBreak();
        this.preDepth += 1;
        return;
    }
    if (PARAGRAPHS.has(name)) return this.paragraphBreak();
    if (BLOCKS.has(name)) return this.blockBreak();
  }

  close(name: string): void {
    if (this.dropDepth > 0) {
      if (DROPPED.has(name)) this.dropDepth -= 1;
      return;
    }
    if (HEADING.test(name)) {
      this.headingDepth = Math.max(0, this.headingDepth - 1);
      if (this.headingDepth === 0 && this.cellDepth === 0) {
        this.discardEmptyPrefix();
        this.paragraphBreak();
      }
      return;
    }
    if (BOLD.has(name) || ITALIC.has(name)) return this.closeMarker(name);
    switch (name) {
      case 'sup':
        return this.append('</sup>');
      case 'ul':
      case 'ol':
        this.lists.pop();
        if (this.lists.length === 0) this.paragraphBreak();
        else this.blockBreak();
        return;
      case 'li':
        this.discardEmptyPrefix();
        return this.blockBreak();
      case 'table':
        this.tableDepth = Math.max(0, this.tableDepth - 1);
        if (this.tableDepth === 0 && this.cellDepth === 0) this.paragraphBreak();
        return;
      case 'tr':
        if (this.tableDepth === 1 && this.cellDepth === 0) this.blockBreak();
        return;
      case 'td':
      case 'th':
        this.cellDepth = Math.max(0, this.cellDepth - 1);
        return;
      case 'pre':
        this.preDepth = Math.max(0, this.preDepth - 1);
        return this.paragraphBreak();
    }
    if (PARAGRAPHS.has(name)) return this.paragraphBreak();
    if (BLOCKS.has(name)) return this.blockBreak();
  }

  text(raw: string): void {
    if (this.dropDepth > 0) return;
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

  private inlineText(raw: string): void {
    const collapsed = raw.replace(/\s+/g, ' ');
    const body = collapsed.trimStart();
    if (body.length < collapsed.length) this.space();
    if (body.length === 0) return;
    const trailing = body.endsWith(' ');
    this.append(trailing ? body.trimEnd() : body);
    if (trailing) this.space();
  }

  finish(): string {
    this.pushLine(false);
    return `${this.lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n*$/, '')}\n`;
  }

  /** Appends visible characters, writing pending inline markers first. */
  private append(chars: string): void {
    if (chars.length === 0) return;
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
    if (this.cellDepth > 0 || this.headingDepth > 0) return this.space();
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

  private openListItem(): void {
    this.blockBreak();
    const list = this.lists.at(-1);
    if (!list || this.cellDepth > 0) return;
    const bullet = list.ordered ? `${list.counter}. ` : '- ';
    list.counter += 1;
    this.current = `${'  '.repeat(this.lists.length - 1)}${bullet}`;
    this.prefixLength = this.current.length;
  }

  /** Drops a line that holds only its prefix (an empty heading or bullet). */
  private discardEmptyPrefix(): void {
    if (this.prefixLength > 0 && this.current.slice(this.prefixLength).trim().length === 0) {
      this.current = '';
      this.prefixLength = 0;
    }
  }

  /** <br>: a line break; two in a row make a paragraph break. Inside cells and headings, a space. */
  private hardBreak(): void {
    if (this.cellDepth > 0 || this.headingDepth > 0) return this.space();
    if (this.preDepth > 0) return this.pushLine(true);
    if (this.current.length <= this.prefixLength) {
      if (this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
      return;
    }
    this.pushLine(false);
  }

  /** A block starts or ends: a new line (a space inside a table cell or heading). */
  private blockBreak(): void {
    if (this.cellDepth > 0 || this.headingDepth > 0) return this.space();
    this.pushLine(false);
  }

  /** A paragraph starts or ends: a blank line, except inside lists, cells and headings. */
  private paragraphBreak(): void {
    if (this.cellDepth > 0 || this.headingDepth > 0) return this.space();
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
  }
}
