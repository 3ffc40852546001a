/**
 * Rebuilds the structure of a PDF from the positioned text items of its pages: the text dialect
 * every reader writes (docs/reading.md), with the offset where each page starts. Pure: items
 * in, text out. The steps, each in its module:
 * 1. items -> fragments, text on one baseline without a column gap (pdf-fragments.ts);
 * 2. running headers, footers and page numbers dropped (pdf-furniture.ts);
 * 3. the document's body size and line steps measured (pdf-style.ts);
 * 4. footnotes set apart at the foot of each page (here);
 * 5. each page's columns and tables found, in reading order (pdf-regions.ts);
 * 6. paragraphs, list items, tables and footnotes built across pages (pdf-blocks.ts);
 * 7. headings and their levels decided from the document's styles (pdf-headings.ts);
 * 8. the blocks written as text (pdf-render.ts).
 */
import { type PageContent, toBlocks } from './pdf-blocks.js';
import { toFragments } from './pdf-fragments.js';
import { withoutPageFurniture } from './pdf-furniture.js';
import { markContentsLists } from './pdf-contents.js';
import { assignHeadingLevels, isPullQuote } from './pdf-headings.js';
import { type Fragment, fragmentText, type PdfPage } from './pdf-model.js';
import { toRegions } from './pdf-regions.js';
import { renderBlocks, type Words } from './pdf-render.js';
import { wordCounts } from '../text/hyphenation.js';
import { type DocumentStyle, documentStyle } from './pdf-style.js';

export type { PdfPage } from './pdf-model.js';

/** The text of a PDF and where each page starts in it (`pageStarts[i]` for page i + 1). */
export interface PdfText {
  text: string;
  pageStarts: number[];
}

/** The dialect text of a document from its pages' items. */
export function layoutPdf(pages: readonly PdfPage[]): PdfText {
  const heights = pages.map((page) => page.height ?? 842);
  const fragments = withoutPageFurniture(
    pages.map((page, index) => toFragments(page, index)),
    heights,
  );
  const style = documentStyle(fragments);
  const contents: PageContent[] = fragments.map((page, index) => {
    const { body, footnotes } = splitFootnotes(page, style, heights[index]!);
    return { regions: toRegions(body), footnotes, width: pages[index]!.width };
  });
  // Pull quotes are set apart as decoration, not text of the document's flow.
  const blocks = toBlocks(contents, style).filter((block) => !isPullQuote(block, style));
  markContentsLists(blocks);
  assignHeadingLevels(blocks, style);
  return renderBlocks(blocks, pages.length, vocabularyOf(fragments));
}

/**
 * The text alone, without the final line break (the shape the first PDF reader returned).
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function pagesToText(pages: readonly PdfPage[]): string {
  return layoutPdf(pages).text.replace(/\n$/, '');
}

/**
 * Every word of the document with its count, lower case, hyphenated compounds both whole and in
 * parts; and whether the document hyphenates words at a line's end: a line ends with a word cut
 * by a hyphen ("develop-" over "ment") that it writes whole elsewhere, never with that hyphen.
 */
function vocabularyOf(pages: readonly Fragment[][]): Words {
  const counts = wordCounts(pages.map((fragments) => fragments.map(fragmentText).join('\n')).join('\n'));
  let cuts = false;
  for (const fragments of pages) {
    fragments.forEach((fragment, index) => {
      const next = fragments[index + 1];
      const cut = /(\p{L}+)-$/u.exec(fragmentText(fragment));
      const rest = next && next.y < fragment.y ? /^\p{Ll}+/u.exec(fragmentText(next)) : null;
      if (!cut || !rest) return;
      const [whole, hyphenated] = [`${cut[1]}${rest[0]}`, `${cut[1]}-${rest[0]}`].map((word) => counts.get(word.toLowerCase()) ?? 0);
      if (whole! > 0 && hyphenated === 0) cuts = true;
    });
  }
  return { counts, hyphenates: cuts };
}

// The first line of a footnote: its number or sign as a superscript, or a number then text.
const FOOTNOTE_START = /^(?:\d{1,3}|[*†‡])\s+\S/;

/**
 * Sets a page's footnotes apart: from a line in the lower part of the page that starts with a
 * footnote label (a superscript number, or a number in a smaller size than the body), the
 * lines at or below it in smaller type. Only when nothing else on the page is lower: the
 * footnotes are the page's last text once headers and footers are gone.
 */
function splitFootnotes(fragments: readonly Fragment[], style: DocumentStyle, height: number): { body: Fragment[]; footnotes: Fragment[] } {
  for (let index = 0; index < fragments.length; index += 1) {
    const start = fragments[index]!;
    if (start.y > height * 0.45) continue;
    const labelled = start.spans[0]?.sup === true && /^(?:\d{1,3}|[*†‡a-z])$/.test(start.spans[0].text.trim());
    if (!labelled && !(start.size <= style.bodySize * 0.92 && FOOTNOTE_START.test(fragmentText(start)))) continue;
    const small = Math.max(start.size, style.bodySize * 0.92) + 0.01;
    const group = new Set<Fragment>([start]);
    for (const fragment of fragments.slice(index + 1)) {
      if (fragment.size <= small && fragment.y <= start.y + 2) group.add(fragment);
    }
    if (fragments.some((fragment) => !group.has(fragment) && fragment.y < start.y - 2)) continue;
    return { body: fragments.filter((fragment) => !group.has(fragment)), footnotes: fragments.filter((fragment) => group.has(fragment)) };
  }
  return { body: [...fragments], footnotes: [] };
}
