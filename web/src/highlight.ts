/** One piece of a highlighted text: plain, or one of the matched words. */
export interface HighlightPiece {
  text: string;
  mark: boolean;
}

const TAG = /<mark>|<\/mark>/g;

/**
 * Splits a snippet from the API (matched words wrapped in `<mark>…</mark>`, the rest raw
 * document text that may itself hold `<` or `&`) into pieces rendered as text nodes: the only
 * markup honoured is the API's own <mark>, so a hostile document cannot inject HTML.
 */
export function splitHighlights(snippet: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let mark = false;
  let last = 0;
  for (const match of snippet.matchAll(TAG)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push({ text: snippet.slice(last, index), mark });
    mark = match[0] === '<mark>';
    last = index + match[0].length;
  }
  if (last < snippet.length) pieces.push({ text: snippet.slice(last), mark });
  return pieces;
}
