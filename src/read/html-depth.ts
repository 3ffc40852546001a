/**
 * How deep the elements of an HTML document nest, measured in one linear pass before the real
 * parse. htmlparser2 keeps its open-element stack with `Array.unshift`, so each open tag costs
 * time in proportion to the depth: 200,000 nested `<div>` (2.2 MB) took 49 s of one core, and a
 * server reading an upload would stall for as long. Measuring first lets the reader refuse such
 * a file at once, in time proportional to its size.
 */

/** Deepest nesting a readable page may have. Real pages nest a few dozen levels, framework-heavy ones a few hundred. */
export const MAX_HTML_DEPTH = 1000;

// Elements that never hold content (no end tag in HTML).
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
// Elements whose end tag is optional: the parser closes them when a sibling opens, so they do
// not pile up; counting them would make a sloppy page (`<p>` and `<li>` never closed) look deep.
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rtc', 'rp', 'colgroup']);
// Elements whose content is raw text: tags inside them are not tags.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG_NAME = /^<(\/?)([a-z][a-z0-9:-]*)/;

/**
 * The nesting depth of `html`'s elements, counting only elements that must be closed
 * explicitly, or `limit + 1` as soon as the depth passes `limit` (the scan stops there).
 * An approximation of the parser's own stack that never underestimates it by more than the
 * optional-end elements of each level (a table row and cell, a list item).
 */
export function measureHtmlDepth(html: string, limit: number = MAX_HTML_DEPTH): number {
  // One lower-case copy, so tag names and raw-text end tags are found with plain searches.
  const lower = html.toLowerCase();
  const stack: string[] = [];
  let deepest = 0;
  let at = lower.indexOf('<');
  let close = -1;
  // Each step moves past a '>' found with indexOf: every character is visited a bounded number
  // of times (a regex over unclosed '<' runs could backtrack to the end of the text each time).
  while (at >= 0) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end < 0) break;
      at = lower.indexOf('<', end + 3);
      continue;
    }
    // The next '>' is searched again only once passed, so runs of '<' cost one search.
    if (close <= at) close = lower.indexOf('>', at + 1);
    if (close < 0) break;
    const tag = TAG_NAME.exec(lower.slice(at, Math.min(close + 1, at + 64)));
    // A '<' that starts no tag is text: move to the next '<', which may start one.
    let next = tag ? close + 1 : at + 1;
    if (tag) {
      const name = tag[2] as string;
      if (tag[1] === '/') {
        // Pop to the matching element, as the parser does; a stray end tag is ignored. The stack
        // never holds more than `limit` entries, so this search is bounded.
        const open = stack.lastIndexOf(name);
        if (open >= 0) stack.length = open;
      } else if (RAW_TEXT.has(name)) {
        const end = lower.indexOf(`</${name}`, next);
        if (end < 0) break;
        next = end;
      } else if (!(VOID.has(name) || OPTIONAL_END.has(name) || lower[close - 1] === '/')) {
        stack.push(name);
        if (stack.length > deepest) deepest = stack.length;
        if (deepest > limit) return limit + 1;
      }
    }
    at = lower.indexOf('<', next);
  }
  return deepest;
}
