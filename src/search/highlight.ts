/**
 * Highlights that are safe to render as HTML. Meilisearch wraps matched words in tags we give
 * it but leaves the rest of the text as stored: a source holding `<img src=x onerror=…` would
 * reach a page as markup. So Meilisearch marks matches with two private-use characters that
 * no tag can be built from, and toHighlightHtml escapes the whole text, then turns those
 * markers (and only them) into `<mark>` pairs.
 */

/** Starts a match in Meilisearch's formatted text (U+E000, private use). */
export const MATCH_START = '\uE000';
/** Ends a match (U+E001, private use). */
export const MATCH_END = '\uE001';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"\uE000\uE001]/g;

/**
 * Text with match markers -> HTML element content: `&`, `<`, `>` and `"` escaped, every match
 * wrapped in `<mark>…</mark>`, always balanced (a stray marker in the source text cannot open a
 * tag that never closes, nor close one that never opened). One regular-expression pass: the
 * plain runs between special characters are copied whole.
 */
export function toHighlightHtml(text: string): string {
  let open = false;
  const html = text.replace(SPECIAL, (char) => {
    if (char === MATCH_START) {
      if (open) return '';
      open = true;
      return '<mark>';
    }
    if (char === MATCH_END) {
      if (!open) return '';
      open = false;
      return '</mark>';
    }
    return ESCAPES[char] ?? char;
  });
  return open ? `${html}</mark>` : html;
}

/** True when the formatted text holds a match. */
export function hasMatch(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.includes(MATCH_START);
}
