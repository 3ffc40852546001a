/**
 * The outline of a document: its blocks in order (headings with level and numbering, paragraphs,
 * list items with marker and depth, table rows with cells, key-value lines, footnotes), each with
 * the [start, end) range of the characters it came from in ReadResult.text and its page.
 * A superset of the MetaBlock that the metadata extractor reads (DIALECT.md).
 */

export type OutlineBlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'key-value' | 'footnote';

export interface OutlineBlock {
  kind: OutlineBlockKind;
  /** Clean text: no markup, no footnote markers, whitespace collapsed. List items: without their marker. */
  text: string;
  /** [start, end) in the normalised text. For a block joined from wrapped lines, from its first to its last character. */
  start: number;
  end: number;
  /** 1-based page of `start` for paged formats; null otherwise. */
  page: number | null;
  /** The whole block is bold (`**...**`): a run-in headline or a label. */
  bold: boolean;
  /** Headings: level, 1 for the top. Headings inferred from plain-text layout get a level from their numbering and style. */
  level?: number;
  /** Headings: numbering normalised ("5.2", "IV", "A.1"), or null. */
  numbering?: string | null;
  /** Headings: the text without numbering. */
  title?: string;
  /** Headings: inferred from plain-text layout (capitals line, numbered line, underline) rather than marked `#`. */
  inferred?: boolean;
  /** List items: the marker as written ("-", "1.", "a)", "(iv)"). */
  marker?: string;
  /** List items: nesting depth, 0 for the outer level. */
  depth?: number;
  /** Table rows: the clean cells (an empty string for an empty cell). */
  cells?: string[];
  /** Table rows: [start, end) of each cell in the text. */
  cellRanges?: Array<[number, number]>;
  /** Key-value lines and label/value rows: the label (without its colon) and the value. */
  key?: string;
  value?: string;
  /** A paragraph or list item that opens with a bold run ("**Relevance.** The project ..."): the run, clean. */
  lead?: string;
  /** Footnotes: the footnote's number. */
  footnote?: string;
  /** A Markdown block quote (`> ...`): in forms, the prompt that the following blocks answer. */
  quote?: boolean;
  /** Headings: a run-in heading cut out of a flattened paragraph ("... **Lessons Learned** / ..."). */
  runIn?: boolean;
  /** Follows a thematic break ("---"): what was set apart before it (a box) has ended. */
  afterBreak?: boolean;
  /** A lesson database's record title, over the record's meta line ("30 Sep 2020 | CA10071 | …", record-meta.ts). */
  recordTitle?: boolean;
}

export interface Outline {
  /** The text the offsets refer to (ReadResult.text). */
  text: string;
  /** The reader's page starts (ReadResult.pageStarts), empty for formats without pages. */
  pageStarts: readonly number[];
  blocks: OutlineBlock[];
  /**
   * `dialect`: blocks separated by blank lines (what the PDF, DOCX and HTML readers write, and most
   * Markdown); `plain`: a hard-wrapped text dump whose layout was guessed line by line.
   */
  layout: 'dialect' | 'plain';
  /** Where a second copy of the whole document starts (ignored by the outline); null when there is none. */
  duplicateAt: number | null;
  /** What the outline had to guess or drop, for the record's warnings. */
  warnings: string[];
}
