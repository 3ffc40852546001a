import { AppError } from '../../src/errors.js';
import { htmlToText } from '../../src/read/html-to-text.js';
import { readDocumentBytes } from '../../src/read/read-document.js';

describe('htmlToText', () => {
  it('turns headings, bold, paragraphs, lists and table rows into the Markdown-like text', () => {
    const html = `<!doctype html><html><head><title>Résumé</title><style>p { color: red }</style></head><body>
      <h1>Résumé <b>d'évaluation</b></h1>
      <h3>INFORMATIONS RAPIDES</h3>
      <p><strong>Pays:</strong> MALI</p>
      <p>Texte avec <b> gras </b>et <em>italique</em>, CREDD<sup>1</sup> &amp; co&nbsp;!</p>
      <ul><li>premier</li><li><p>second</p></li><li>troisième<ol><li>a</li><li>b</li></ol></li></ul>
      <table>
        <tr><td><b>TEMEDT</b></td><td><p>Renforcer les capacités</p><p>de TEMEDT</p></td></tr>
        <tr><th>Vide</th><td></td><td>trois</td></tr>
      </table>
      <p>ligne<br>suivante<br><br>paragraphe</p>
    </body></html>`;
    expect(htmlToText(html)).toBe(
      [
        "# Résumé d'évaluation",
        '',
        '### INFORMATIONS RAPIDES',
        '',
        '**Pays:** MALI',
        '',
        'Texte avec **gras** et *italique*, CREDD<sup>1</sup> & co !',
        '',
        '- premier',
        '- second',
        '- troisième',
        '  1. a',
        '  2. b',
        '',
        '**TEMEDT**\tRenforcer les capacités de TEMEDT',
        'Vide\t\ttrois',
        '',
        'ligne',
        'suivante',
        '',
        'paragraphe',
        '',
      ].join('\n'),
    );
  });

  it('drops script, style and noscript content, even an unclosed script', () => {
    const html = '<p>avant</p><script>alert("x")</script><noscript>activez JS</noscript><p>après</p><script>document.write("evil")';
    const text = htmlToText(html);
    expect(text).toBe('avant\n\naprès\n');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('evil');
  });

  it('keeps escaped markup and Cypher-looking strings as plain text', () => {
    const text = htmlToText('<p>&lt;script&gt;x&lt;/script&gt; MATCH (n) DETACH DELETE n</p>');
    expect(text).toBe('<script>x</script> MATCH (n) DETACH DELETE n\n');
  });

  it('reads sloppy HTML with implied closing tags', () => {
    expect(htmlToText('<table><tr><td>a<td>b<tr><td>c</table><p>x<p>y<ul><li>one<li>two</ul>')).toBe('a\tb\nc\n\nx\n\ny\n\n- one\n- two\n');
  });

  it('closes bold on each line when it spans a line break', () => {
    expect(htmlToText('<p><b>un<br>deux</b></p>')).toBe('**un**\n**deux**\n');
  });

  it('writes nothing for empty bold, headings and list items', () => {
    expect(htmlToText('<h2> </h2><p><b> </b>texte</p><ul><li></li></ul><p>fin</p>')).toBe('texte\n\nfin\n');
  });
});

describe('htmlToText with preserveTabs (Word tab stops from mammoth)', () => {
  it('keeps TABs as column separators, also at the start of a line, and collapses other whitespace', () => {
    const html = '<p>&lt;b&gt;TEMEDT&lt;/b&gt; \tRenforcer  les\ncapacités</p><p>\tMobiliser</p>';
    expect(htmlToText(html, { preserveTabs: true })).toBe('<b>TEMEDT</b>\tRenforcer les capacités\n\n\tMobiliser\n');
    expect(htmlToText(html)).toBe('<b>TEMEDT</b> Renforcer les capacités\n\nMobiliser\n');
  });
});

describe('reading .html files', () => {
  it('normalises the converted text (NBSP, NFC) and reports the encoding', async () => {
    const html = '<h2>Le\u00A0Titre</h2><p>e\u0301te\u0301</p>';
    const result = await readDocumentBytes(Buffer.from(html, 'utf8'), 'page.htm');
    expect(result.format).toBe('html');
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe('## Le Titre\n\nété\n');
  });

  it('decodes a Windows-1252 page with a warning', async () => {
    const result = await readDocumentBytes(Buffer.from('<p>Leçons apprises</p>', 'latin1'), 'old.html');
    expect(result.text).toBe('Leçons apprises\n');
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings).toEqual(['old.html: not valid UTF-8; decoded as Windows-1252 (Latin-1)']);
  });

  it('refuses a page with no visible text', async () => {
    const error = await readDocumentBytes(Buffer.from('<html><script>x()</script></html>'), 'empty.html').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('empty.html: the file is empty (only whitespace)');
  });
});
