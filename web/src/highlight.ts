/** One piece of a highlighted text: plain, or one of the matched words. */
export interface HighlightPiece {
  text: string;
  mark: boolean;
}

const TAG = /<mark>|<\/mark>/g;
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const CHARACTERS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * Splits a snippet from the API (matched words wrapped in `<mark>…</mark>`) into pieces
 * rendered as text nodes: the only markup honoured is the API's own <mark>, so a hostile
 * document cannot inject HTML. The text between may come escaped (`&amp;`, `&lt;`, …: the API
 * hardening makes snippets "safe HTML") or raw; the five escapes are turned back into their
 * characters, which the page then writes as text.
 */
export function splitHighlights(snippet: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let mark = false;
  let last = 0;
  for (const match of snippet.matchAll(TAG)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push({ text: unescape(snippet.slice(last, index)), mark });
    mark = match[0] === '<mark>';
    last = index + match[0].length;
  }
  if (last < snippet.length) pieces.push({ text: unescape(snippet.slice(last)), mark });
  return pieces;
}

function unescape(text: string): string {
  return text.replace(ENTITY, (_, name: string) => CHARACTERS[name] ?? _);
}
