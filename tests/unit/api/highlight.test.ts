import { MATCH_END as E, MATCH_START as S, toHighlightHtml } from '../../../src/search/highlight.js';

describe('toHighlightHtml: snippets safe to render as HTML', () => {
  it('escapes an unclosed <img src=x onerror=alert(1) from a source text (regression: it survived into snippet)', () => {
    expect(toHighlightHtml(`La ${S}médiation${E} <img src=x onerror=alert(1)`)).toBe('La <mark>médiation</mark> &lt;img src=x onerror=alert(1)');
  });

  it('escapes &, <, > and double quotes, and keeps apostrophes and accents as they are', () => {
    expect(toHighlightHtml(`<script>alert("x")</script> & l'${S}esclavage${E}`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l'<mark>esclavage</mark>",
    );
  });

  it('turns only our markers into tags, always balanced: literal <mark> in a source is text, stray markers cannot open or close a tag alone', () => {
    expect(toHighlightHtml('a <mark>b</mark>')).toBe('a &lt;mark&gt;b&lt;/mark&gt;');
    expect(toHighlightHtml(`${E}a ${S}b ${S}c${E}${E} d ${S}e`)).toBe('a <mark>b c</mark> d <mark>e</mark>');
    expect(toHighlightHtml('')).toBe('');
  });
});
