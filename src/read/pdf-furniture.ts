import { type Fragment, fragmentText } from './pdf-model.js';

/**
 * Drops running headers and footers and page numbers: text near the top or bottom edge of a
 * page (the outer eighth of its height) that recurs, digits aside, at the same height on several
 * pages ("9 UNHCR", "MDRCM028 – Cameroon Floods – DREF Final Report", "Page | 5"), or that is
 * only a page number ("12", "Page 3 of 49", "- iv -"). Left in, a footer would sit in the middle
 * of a sentence cut by the page break.
 *
 * A header may have a constant part and a part that changes with the chapter ("Evaluation of the
 * National Nutrition Programme | Chapter 3 – Findings", then "… | Chapter 5 – Recommendations"):
 * the whole line goes when one of its pieces recurs at the same place (same height, same left
 * edge) and the line is the page's outermost but for other furniture, as a template's header is.
 */
export function withoutPageFurniture(pages: readonly Fragment[][], heights: readonly number[]): Fragment[][] {
  // Headers and footers are set no larger than the text; a heading at the top of each page
  // ("2.3 Findings" then "2.4 Findings") is larger and stays.
  // A bare page number goes whatever its size.
  const largest = bodySizeOf(pages) * 1.25;
  const groups = pages.map((fragments, index) => edgeLines(fragments, heights[index] ?? 842));
  // Where each small edge line stands, page by page: a header or footer is set at one height by
  // the page template, while a recurring heading ("Challenges", "Lessons Learned" under every
  // sector) reaches the edge of a page only where the text flow happens to put it.
  const places = new Map<string, { page: number; y: number }[]>();
  groups.forEach((lines, page) => {
    for (const line of lines) {
      if (!line.fragments.every((fragment) => fragment.size <= largest)) continue;
      const seen = places.get(line.signature) ?? [];
      seen.push({ page, y: line.y });
      places.set(line.signature, seen);
    }
  });
  // The pieces of the lines (the fragments, split at a wide gap), with their left edge.
  const pieces = new Map<string, { page: number; y: number; x: number }[]>();
  groups.forEach((lines, page) => {
    for (const line of lines) {
      for (const fragment of line.fragments) {
        const signature = signatureOf([fragment]);
        if (fragment.size > largest || (signature.match(/\p{L}/gu)?.length ?? 0) < 4) continue;
        const seen = pieces.get(signature) ?? [];
        seen.push({ page, y: line.y, x: fragment.x });
        pieces.set(signature, seen);
      }
    }
  });
  // Three pages make a pattern; in a longer document a line repeated on two may as well be a
  // title. A document of two pages has no more to show: a small line at the same place on both
  // ("Evaluation Office • Brief No. 14 • 2", a title cut short in the header) is its furniture
  // when it stands apart from the text, as a template sets it (a table's header row repeated at
  // the top of both pages is a line step from its rows).
  const enough = (count: number, line: EdgeLine, fragments: readonly Fragment[]): boolean =>
    count >= 3 || (count === 2 && pages.length === 2 && standsApart(line, fragments));
  const recurs = (line: EdgeLine, fragments: readonly Fragment[]): boolean => {
    const pagesAtHeight = new Set((places.get(line.signature) ?? []).filter((place) => Math.abs(place.y - line.y) <= SAME_HEIGHT).map((place) => place.page));
    return enough(pagesAtHeight.size, line, fragments);
  };
  const pieceRecurs = (line: EdgeLine, fragments: readonly Fragment[]): boolean =>
    line.fragments.some((fragment) => {
      const same = (pieces.get(signatureOf([fragment])) ?? []).filter(
        (place) => Math.abs(place.y - line.y) <= SAME_HEIGHT && Math.abs(place.x - fragment.x) <= 2,
      );
      return enough(new Set(same.map((place) => place.page)).size, line, fragments);
    });
  return pages.map((fragments, index) => {
    const dropped = new Set<Fragment>();
    // From the edges inwards: a line whose piece recurs counts only while no text stands
    // between it and the edge.
    const lines = (groups[index] ?? []).slice().sort((a, b) => Math.abs(a.y) - Math.abs(b.y));
    const outermost = { top: true, bottom: true };
    for (const line of lines) {
      const side = line.y < 0 ? 'top' : 'bottom';
      const small = line.fragments.every((fragment) => fragment.size <= largest);
      const pageNumber = PAGE_NUMBER.test(line.signature) && !(!small && endsHeading(line, fragments));
      const furniture = pageNumber || (small && (recurs(line, fragments) || (outermost[side] && pieceRecurs(line, fragments))));
      if (furniture) {
        for (const fragment of line.fragments) dropped.add(fragment);
      } else {
        outermost[side] = false;
      }
    }
    return dropped.size === 0 ? fragments : fragments.filter((fragment) => !dropped.has(fragment));
  });
}

/**
 * A line that reads as a page number ("II", "2") but is the last word of a heading wrapped onto
 * a line of its own ("Evaluation of the Girls' Education Challenge Phase" over "II"): set in the
 * heading's size and weight, a line step from it. A page number stands apart from the text.
 */
function endsHeading(line: EdgeLine, fragments: readonly Fragment[]): boolean {
  if (line.fragments.length !== 1) return false;
  const word = line.fragments[0]!;
  return fragments.some(
    (fragment) =>
      fragment !== word &&
      Math.abs(fragment.size - word.size) <= word.size * 0.05 &&
      fragment.bold === word.bold &&
      Math.abs(fragment.y - word.y) > 0 &&
      Math.abs(fragment.y - word.y) <= word.size * LINE_STEP,
  );
}

// A line step is at most this many font sizes (one-and-a-half spacing and a little more).
const LINE_STEP = 1.6;

/** No other text of the page comes within two and a half line heights of the line. */
function standsApart(line: EdgeLine, fragments: readonly Fragment[]): boolean {
  const y = line.fragments[0]!.y;
  const distance = Math.max(...line.fragments.map((fragment) => fragment.size)) * 2.5;
  return fragments.every((fragment) => line.fragments.includes(fragment) || Math.abs(fragment.y - y) >= distance);
}

/** The size of most characters. */
function bodySizeOf(pages: readonly Fragment[][]): number {
  const characters = new Map<number, number>();
  for (const fragments of pages) {
    for (const fragment of fragments) {
      const size = Math.round(fragment.size * 2) / 2;
      characters.set(size, (characters.get(size) ?? 0) + fragmentText(fragment).length);
    }
  }
  return [...characters].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

// Signatures (lower case, no spaces, digits as #) of a bare page number: "12", "page|12",
// "p a g e | 1", "página 3 de 49", "3/49", "- 4 -", roman "iv".
const PAGE_NUMBER =
  /^(?:-?#-?|(?:page|pages|pág\.?|página|pagina|seite|p\.)?\|?#(?:(?:of|de|sur|von|\/)#)?|-?(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})-?)$/;

// How far (in points) the same running header may move from page to page: less than a line.
const SAME_HEIGHT = 4;

interface EdgeLine {
  signature: string;
  /**
   * Where the line stands: its baseline's distance from the bottom edge, or minus its distance
   * from the top edge (a header keeps its place on pages of another height).
   */
  y: number;
  fragments: Fragment[];
}

/** The lines (fragments grouped by baseline) in the top and bottom eighths of a page. */
function edgeLines(fragments: readonly Fragment[], height: number): EdgeLine[] {
  const edge = fragments.filter((fragment) => fragment.y >= height * 0.88 || fragment.y <= height * 0.12);
  const lines: { y: number; fragments: Fragment[] }[] = [];
  for (const fragment of edge) {
    const line = lines.find((candidate) => Math.abs(candidate.y - fragment.y) <= 2);
    if (line) line.fragments.push(fragment);
    else lines.push({ y: fragment.y, fragments: [fragment] });
  }
  return lines.map((line) => ({
    y: line.y > height / 2 ? line.y - height : line.y,
    fragments: line.fragments.sort((a, b) => a.x - b.x),
    signature: signatureOf(line.fragments),
  }));
}

/** The text of fragments side by side, lower case, without spaces, digits as #. */
function signatureOf(fragments: readonly Fragment[]): string {
  return fragments
    .map((fragment) => fragmentText(fragment).replace(/<\/?sup>/g, ''))
    .join('')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\d+/g, '#');
}
