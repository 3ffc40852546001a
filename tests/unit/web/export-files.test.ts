import { Parser } from 'htmlparser2';
import { toCsv, toCsvCell } from '../../../src/export/to-csv.js';
import { escapeXml, toGexf, toGraphml } from '../../../src/export/to-graph-files.js';
import { splitHighlights } from '../../../web/src/highlight.js';

describe('CSV cells (RFC 4180, spreadsheet formulas neutralised)', () => {
  it('quotes fields holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(toCsvCell('plain')).toBe('plain');
    expect(toCsvCell('Niger, Mali')).toBe('"Niger, Mali"');
    expect(toCsvCell('le "partage"')).toBe('"le ""partage"""');
    expect(toCsvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('joins lists with "; ", writes numbers as they are and nothing for null', () => {
    expect(toCsvCell(['MLI', 'NER'])).toBe('MLI; NER');
    expect(toCsvCell(2022)).toBe('2022');
    expect(toCsvCell(-1)).toBe('-1');
    expect(toCsvCell(null)).toBe('');
  });

  it('prefixes text a spreadsheet would run as a formula (CSV injection from document text)', () => {
    expect(toCsvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(toCsvCell('+33')).toBe("'+33");
    expect(toCsvCell('- bullet')).toBe("'- bullet");
    expect(toCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes a header line and CRLF-terminated rows', () => {
    const csv = toCsv(
      [
        { header: 'id', value: (row: { id: string; n: number }) => row.id },
        { header: 'n', value: (row: { id: string; n: number }) => row.n },
      ],
      [
        { id: 'a', n: 1 },
        { id: 'b,c', n: 2 },
      ],
    );
    expect(csv).toBe('id,n\r\na,1\r\n"b,c",2\r\n');
  });
});

describe('graph files', () => {
  const graph = {
    description: 'neighbourhood of country:MLI',
    nodes: [
      { id: 'country:MLI', type: 'COUNTRY' as const, label: 'Mali' },
      { id: 'insight:1', type: 'INSIGHT' as const, label: 'Le "partage" <des> expériences & co\u0007' },
    ],
    edges: [{ id: 'insight:1-MENTIONS->country:MLI', type: 'MENTIONS', source: 'insight:1', target: 'country:MLI' }],
  };

  /** Element names and attributes as an XML parser sees them (fails on malformed markup). */
  function elements(xml: string): Array<{ name: string; attributes: Record<string, string>; text: string }> {
    const found: Array<{ name: string; attributes: Record<string, string>; text: string }> = [];
    const open: Array<{ name: string; attributes: Record<string, string>; text: string }> = [];
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          const element = { name, attributes, text: '' };
          found.push(element);
          open.push(element);
        },
        ontext(text) {
          const current = open.at(-1);
          if (current) current.text += text;
        },
        onclosetag() {
          open.pop();
        },
        onerror(error) {
          throw error;
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    parser.write(xml);
    parser.end();
    return found;
  }

  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(escapeXml('a<b>&"c\'\u0000d')).toBe('a&lt;b&gt;&amp;&quot;c&apos;d');
  });

  it('GEXF 1.2: nodes with label and type, directed edges with the relationship as label', () => {
    const xml = toGexf(graph);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">')).toBe(true);
    const parsed = elements(xml);
    expect(parsed.filter((e) => e.name === 'node').map((e) => e.attributes)).toEqual([
      { id: 'country:MLI', label: 'Mali' },
      { id: 'insight:1', label: 'Le "partage" <des> expériences & co' },
    ]);
    expect(parsed.filter((e) => e.name === 'attvalue').map((e) => e.attributes.value)).toEqual(['COUNTRY', 'INSIGHT']);
    expect(parsed.filter((e) => e.name === 'edge').map((e) => e.attributes)).toEqual([
      { id: 'insight:1-MENTIONS->country:MLI', source: 'insight:1', target: 'country:MLI', label: 'MENTIONS' },
    ]);
    expect(parsed.find((e) => e.name === 'graph')?.attributes).toEqual({ defaultedgetype: 'directed', mode: 'static' });
  });

  it('GraphML: keys declared, node data label and type, edge data type', () => {
    const parsed = elements(toGraphml(graph));
    expect(parsed.filter((e) => e.name === 'key').map((e) => e.attributes)).toEqual([
      { id: 'label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' },
      { id: 'type', for: 'node', 'attr.name': 'type', 'attr.type': 'string' },
      { id: 'relationship', for: 'edge', 'attr.name': 'type', 'attr.type': 'string' },
    ]);
    expect(parsed.filter((e) => e.name === 'data').map((e) => [e.attributes.key, e.text])).toEqual([
      ['label', 'Mali'],
      ['type', 'COUNTRY'],
      ['label', 'Le "partage" <des> expériences & co'],
      ['type', 'INSIGHT'],
      ['relationship', 'MENTIONS'],
    ]);
    expect(parsed.find((e) => e.name === 'graph')?.attributes).toEqual({ id: 'lessons-graph', edgedefault: 'directed' });
  });
});

describe('search snippets in the explorer', () => {
  it("honours only the API's <mark> tags: any other markup in the document text stays text", () => {
    expect(splitHighlights('La <mark>médiation</mark> <mark>sociale</mark> est <b>porteuse</b> & <script>x</script>')).toEqual([
      { text: 'La ', mark: false },
      { text: 'médiation', mark: true },
      { text: ' ', mark: false },
      { text: 'sociale', mark: true },
      { text: ' est <b>porteuse</b> & <script>x</script>', mark: false },
    ]);
    expect(splitHighlights('no match')).toEqual([{ text: 'no match', mark: false }]);
  });

  it('turns escaped text (snippets as safe HTML) back into characters, still rendered as text', () => {
    expect(splitHighlights('&lt;b&gt;AT&amp;T&lt;/b&gt; <mark>m&amp;e</mark> &quot;x&quot; &#39;y&#39; &nbsp;')).toEqual([
      { text: '<b>AT&T</b> ', mark: false },
      { text: 'm&e', mark: true },
      { text: ' "x" \'y\' &nbsp;', mark: false },
    ]);
  });
});
