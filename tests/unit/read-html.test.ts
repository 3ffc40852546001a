import { AppError } from '../../src/errors.js';
import { MAX_HTML_DEPTH, measureHtmlDepth } from '../../src/read/html-depth.js';
import { htmlToText } from '../../src/read/html-to-text.js';
import { readDocumentBytes } from '../../src/read/read-document.js';
import { badInput } from './read-fixtures.js';

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

describe('htmlToText: site chrome and page structure', () => {
  it('reads only the main region when there is one: navigation, header, footer and feedback widgets are chrome', () => {
    const html = `<body><a class="wb-sl" href="#wb-cont">Skip to main content</a>
      <header><h2>Menu</h2><ul><li>Jobs</li><li>Taxes</li></ul></header>
      <nav role="navigation" id="wb-bc"><ol class="breadcrumb"><li>Canada.ca</li></ol></nav>
      <main><h1>Evaluation</h1><p>Findings.</p>
        <section class="pagedetails"><form><button>Report a problem on this page</button></form>
        <dl id="wb-dtmd"><dt>Date modified:</dt><dd>2019-02-01</dd></dl></section>
      </main>
      <footer><h2>About this site</h2></footer></body>`;
    expect(htmlToText(html)).toBe('# Evaluation\n\nFindings.\n');
  });

  it('reads the articles when there is no main region, and drops page-level nav, header and footer without one', () => {
    expect(htmlToText('<div>Menu</div><article><h2>Lessons</h2><p>One.</p></article><div>Footer</div>')).toBe('## Lessons\n\nOne.\n');
    expect(htmlToText('<header>Site</header><nav>Home | News</nav><h1>Report</h1><p>Text.</p><footer>Contact</footer>')).toBe('# Report\n\nText.\n');
  });

  it('leaves screen-reader-only and hidden text out (the "Footnote " words of footnote anchors)', () => {
    const html =
      '<main><h3>Stakeholders<sup><a href="#fn9"><span class="wb-inv">Footnote </span>9</a></sup></h3><p>Policy<sup id="fn1-rf"><a class="fn-lnk" href="#fn1"><span class="wb-inv">Footnote </span>1</a></sup>. Next<span hidden>secret</span><span class="hidden">x</span>.</p></main>';
    expect(htmlToText(html)).toBe('### Stakeholders\n\nPolicy<sup>1</sup>. Next.\n');
  });

  it('writes footnote lists as `[^N]: ` lines without their links back, and other definition lists as `term: definition`', () => {
    const html = `<main><dl><dt>AMR</dt><dd>Antimicrobial resistance</dd><dt>Scope:</dt><dd><p>Two</p><p>years</p></dd></dl>
      <aside class="wb-fnote"><h2>Footnotes</h2><dl><dt>Footnote 1</dt><dd id="fn1"><p>A source.</p>
      <p class="fn-rtn"><a href="#fn1-rf"><span class="wb-inv">Return to footnote </span>1<span class="wb-inv"> referrer</span></a></p></dd>
      <dt>Footnote D</dt><dd><p>Another.</p></dd></dl></aside></main>`;
    expect(htmlToText(html)).toBe('AMR: Antimicrobial resistance\nScope: Two years\n\n## Footnotes\n\n[^1]: A source.\n[^D]: Another.\n');
  });

  it('reads a term over a definition of lists or paragraphs as a heading over them, and short pairs as `term: value`', () => {
    const html = `<main><h1>Ficha</h1><dl><dt>País</dt><dd>México</dd><dt>Scope:</dt><dd><p>Two</p><p>years</p></dd>
      <dt>Recomendaciones</dt><dd><ul><li>Cuantificar la población.</li><li>Elaborar una estrategia.</li></ul></dd>
      <dt><b>Hallazgos</b></dt><dd><p>La cobertura creció.</p><p>Los costos bajaron.</p></dd><dt>Año</dt><dd>2023</dd></dl></main>`;
    expect(htmlToText(html)).toBe(
      [
        '# Ficha',
        '',
        'País: México',
        'Scope: Two years',
        '',
        '## Recomendaciones',
        '',
        '- Cuantificar la población.',
        '- Elaborar una estrategia.',
        '',
        '## Hallazgos',
        '',
        'La cobertura creció.',
        '',
        'Los costos bajaron.',
        '',
        'Año: 2023',
        '',
      ].join('\n'),
    );
  });

  it("reads a <details>' summary as a heading one level below the heading before it, so the next summary does not glue onto the last item", () => {
    const html = `<main><h2>Evaluación</h2><details><summary>Recomendaciones</summary><ul><li>Interoperar el sistema.</li></ul>
      <details><summary>Anexo</summary><p>Texto.</p></details></details>
      <details><summary>Documentos</summary><ul><li><a href="#">Informe final</a></li></ul></details>
      <ul><li><details><summary>Text description</summary><p>Figure.</p></details></li></ul></main>`;
    expect(htmlToText(html)).toBe(
      [
        '## Evaluación',
        '',
        '### Recomendaciones',
        '',
        '- Interoperar el sistema.',
        '',
        '#### Anexo',
        '',
        'Texto.',
        '',
        '### Documentos',
        '',
        '- Informe final',
        '',
        '- Text description',
        '  Figure.',
        '',
      ].join('\n'),
    );
  });

  it('writes Word footnotes as mammoth converts them: markers without brackets, bodies as `[^N]: ` lines', () => {
    const html =
      '<p>Text<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> end.</p><ol><li id="footnote-1"><p> A note. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe('Text<sup>1</sup> end.\n\n[^1]: A note.\n');
  });

  it('writes endnotes of GOV.UK, kramdown and pandoc pages as `[^N]: ` lines, not as a numbered list, without their ↩ links', () => {
    const html = `<main><h2>Recommendations</h2><p>FCDO should act.<sup id="fnref:1" role="doc-noteref"><a href="#fn:1">[footnote 1]</a></sup></p>
      <div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>Washington Group questions. <a href="#fnref:1" role="doc-backlink">↩</a></p></li>
      <li id="fn:2"><p>Tracer surveys.</p></li></ol></div>
      <section class="footnotes"><hr><ol start="3"><li><p>Pandoc note.<a href="#fnref3">↩︎</a></p></li></ol></section>
      <aside role="doc-footnote"><sup>7</sup> An aside.</aside><div class="footnote"><p>Next note.</p></div>
      <div id="ftn9"><p><a href="#_ftnref9">[9]</a> Saved from Word.</p></div><p>After.</p></main>`;
    expect(htmlToText(html)).toBe(
      [
        '## Recommendations',
        '',
        'FCDO should act.<sup>1</sup>',
        '',
        '[^1]: Washington Group questions.',
        '[^2]: Tracer surveys.',
        '',
        '[^3]: Pandoc note.',
        '',
        '[^7]: An aside.',
        '[^8]: Next note.',
        '[^9]: Saved from Word.',
        '',
        'After.',
        '',
      ].join('\n'),
    );
  });

  it('keeps a table\'s columns across rowspan and colspan, and joins a cell\'s list items with " / "', () => {
    const html = `<table><tr><th>Rec.</th><th>Response</th><th>Action</th><th>Date</th></tr>
      <tr><td rowspan="2">Clarify roles.</td><td rowspan="2">Agreed.</td><td>1.1 Engage.</td><td>June 2019</td></tr>
      <tr><td>1.2 Update.</td><td>Dec. 2019</td></tr>
      <tr><td colspan="2">Spanning</td><td>x</td><td><ul><li>one</li><li>two</li></ul></td></tr></table>`;
    expect(htmlToText(html)).toBe(
      'Rec.\tResponse\tAction\tDate\nClarify roles.\tAgreed.\t1.1 Engage.\tJune 2019\n\t\t1.2 Update.\tDec. 2019\nSpanning\t\tx\tone / two\n',
    );
  });

  it('reads the title of an accordion held in a button as a heading, and leaves other buttons out', () => {
    const html = `<main><h1>Informe</h1><button aria-expanded="false">Mostrar todo</button>
      <h2 class="accordion-header"><button class="accordion-button" type="button">Recomendaciones</button></h2>
      <div class="accordion-collapse collapse"><ol><li>Apoyar a las cooperativas.</li></ol></div>
      <h2><button aria-expanded="false"><span>Findings</span><span class="govuk-visually-hidden">, </span><span class="govuk-accordion__section-toggle">Show</span></button></h2><p>One.</p>
      <div class="card-header"><button class="btn btn-link" data-toggle="collapse">Lessons learned</button></div><p>Two.</p>
      <p>End.<button>Print</button></p></main>`;
    expect(htmlToText(html)).toBe(
      '# Informe\n\n## Recomendaciones\n\n1. Apoyar a las cooperativas.\n\n## Findings\n\nOne.\n\n### Lessons learned\n\nTwo.\n\nEnd.\n',
    );
  });

  it("keeps a list item's further paragraph on a line of its own, indented, so a recommendation and its response stay apart", () => {
    const html = '<ol><li><strong>Clarify roles.</strong><p>Response: agreed.</p></li><li>Measure impact.<ul><li>sub</li></ul>After.</li></ol>';
    expect(htmlToText(html)).toBe('1. **Clarify roles.**\n  Response: agreed.\n2. Measure impact.\n  - sub\n  After.\n');
  });
});

describe('HTML nesting bound', () => {
  it('measures the depth of elements that must be closed, skipping optional-end elements, comments and raw text', () => {
    expect(measureHtmlDepth('<html><body><div><p>a<p>b<ul><li>c<li>d</ul></div></body></html>')).toBe(4);
    expect(measureHtmlDepth('<div><!-- <div><div> --><script>"<div><div>"</script><br><img src=x></div>')).toBe(1);
    expect(measureHtmlDepth('<div><span></div><div></div>')).toBe(2);
    expect(measureHtmlDepth('<<<<<<div>> a < b <b>c</b>')).toBe(2);
    expect(measureHtmlDepth('<div>'.repeat(50), 10)).toBe(11);
  });

  it('refuses a 2.2 MB page of 200,000 nested <div>, naming the file (the parser would take most of a minute)', async () => {
    const n = 200_000;
    const html = `<html><body>${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}</body></html>`;
    const error = await badInput(readDocumentBytes(Buffer.from(html), 'uploads/deep.html'));
    expect(error.message).toBe(
      `uploads/deep.html: elements nested more than ${MAX_HTML_DEPTH} levels deep; no readable document nests so deep (a damaged or hostile file?)`,
    );
  });

  it('reads a page nested just under the bound', async () => {
    const n = MAX_HTML_DEPTH - 2;
    const result = await readDocumentBytes(Buffer.from(`<html><body>${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}</body></html>`), 'ok.html');
    expect(result.text).toBe('deep\n');
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
