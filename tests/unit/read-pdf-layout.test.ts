import { layoutPdf, pagesToText, type PdfPage } from '../../src/read/pdf-layout.js';
import type { PositionedText } from '../../src/read/pdf-model.js';

/** A 600-unit wide page laid out like a word processor would: one item per printed line, 10 pt, 12 pt steps. */
function page(lines: (string | { text: string; x?: number; y?: number; fontSize?: number })[], top = 800): PdfPage {
  let y = top;
  const items = lines.map((line) => {
    const spec = typeof line === 'string' ? { text: line } : line;
    const fontSize = spec.fontSize ?? 10;
    y = spec.y ?? y - 12;
    // 5 units per character: a 100-character line fills the 500-unit column.
    return { str: spec.text, x: spec.x ?? 50, y, width: spec.text.length * 5, fontSize, hasEOL: true };
  });
  return { width: 600, items };
}

const FULL_1 = 'Le projet a contribué à la sensibilisation des communautés et des autorités locales sur la question'; // 99
const FULL_2 = "de l'esclavage par ascendance, en particulier dans les régions du Nord où la pratique perdure encore"; // 100

describe('pagesToText', () => {
  it('joins a wrapped line with the next and ends a paragraph at a short line', () => {
    expect(pagesToText([page([FULL_1, FULL_2, 'aujourd’hui.', 'Nouvelle ligne courte.'])])).toBe(`${FULL_1} ${FULL_2} aujourd’hui.\n\nNouvelle ligne courte.`);
  });

  it('starts a paragraph after a vertical gap even when the previous line is full', () => {
    const items = page([FULL_1, { text: FULL_2, y: 800 - 12 - 30 }, 'fin.']);
    expect(pagesToText([items])).toBe(`${FULL_1}\n\n${FULL_2} fin.`);
  });

  it('keeps headings, bullets, numbered items and bold headlines on lines of their own', () => {
    const items = page([FULL_1, '- un point', FULL_2, '2. deuxième', FULL_1, '**Titre en gras**', FULL_2, '## Titre']);
    expect(pagesToText([items]).split('\n\n')).toEqual([FULL_1, '- un point', FULL_2, '2. deuxième', FULL_1, '**Titre en gras**', FULL_2, '## Titre']);
  });

  it('keeps the italic keywords label on a line of its own after a full line (Spanish PDF donor + keywords merged)', () => {
    const items = page([FULL_1, '*Palabras clave:* trabajo forzoso, esclavitud.']);
    expect(pagesToText([items]).split('\n\n')).toEqual([FULL_1, '*Palabras clave:* trabajo forzoso, esclavitud.']);
  });

  it('joins a word cut by a hyphen at the end of a line without a space', () => {
    const cut = `${FULL_1.slice(0, 90)} socio-`;
    expect(pagesToText([page([cut.padEnd(99, ' ').trimEnd(), 'professionnelle des femmes.'])])).toBe(`${cut}professionnelle des femmes.`);
  });

  it('joins a sentence cut by a page break', () => {
    expect(pagesToText([page([FULL_1]), page([FULL_2, 'fin.'])])).toBe(`${FULL_1} ${FULL_2} fin.`);
  });

  it('drops a page number at the foot of a page and joins the sentence it cut', () => {
    expect(pagesToText([page([FULL_1, { text: '12', y: 60 }]), page([FULL_2])])).toBe(`${FULL_1} ${FULL_2}`);
  });

  it('does not join across a page break after a short line', () => {
    expect(pagesToText([page([FULL_1, 'Fin.']), page([FULL_2])])).toBe(`${FULL_1} Fin.\n\n${FULL_2}`);
  });

  it('drops running headers and footers, then joins the sentence they cut', () => {
    // Each page's body differs (a real document does not repeat its text); the header and the
    // "Page N" footer recur.
    const body = (n: number): string[] => [FULL_1.replace('projet', `projet ${n}`).slice(0, 99), FULL_2];
    const pages = [1, 2, 3].map((n) =>
      page([
        { text: 'Évaluation à mi-parcours – Projet MLI/19/01/USA', y: 820 },
        { text: body(n)[0]!, y: 700 },
        { text: body(n)[1]!, y: 688 },
        { text: `Page ${n}`, y: 40 },
      ]),
    );
    expect(pagesToText(pages)).toBe([1, 2, 3].flatMap(body).join(' '));
  });

  it('keeps a recurring heading that the text flow puts at the edge of several pages (not a running header)', () => {
    // "Défis" heads a part of every sector; on three pages it happens to fall in the bottom
    // eighth, each time at another height. A footer stands at one height on every page.
    const pages = [70, 90, 58].map((y, n) =>
      page([
        { text: `Secteur ${n + 1} : distribution des kits.`, y: 700 },
        { text: 'Défis', y },
        { text: `Routes coupées au secteur ${n + 1}.`, y: y - 14 },
      ]),
    );
    expect(
      pagesToText(pages)
        .split('\n\n')
        .filter((block) => block.includes('Défis')),
    ).toHaveLength(3);
  });

  it('drops a running header that keeps its distance from the top on pages of another height (A4 and Letter mixed)', () => {
    const pages = [842, 792, 842].map((height, n) => ({
      ...page([
        { text: 'Rapport final – Évaluation du projet', y: height - 22 },
        { text: `Constat ${n + 1} : les comités se réunissent chaque mois.`, y: height - 120 },
      ]),
      height,
    }));
    expect(pagesToText(pages)).not.toContain('Rapport final');
  });

  it('keeps a first line that recurs on fewer than three pages', () => {
    const pages = [page(['Titre', 'un.']), page(['Titre', 'deux.'])];
    expect(pagesToText(pages)).toBe('Titre\n\nun.\n\nTitre\n\ndeux.');
  });

  it('separates table columns on one baseline by a TAB', () => {
    const items: PositionedText[] = [
      { str: 'TEMEDT', x: 50, y: 700, width: 30, fontSize: 10, hasEOL: false },
      { str: 'Renforcer les capacités', x: 200, y: 700, width: 115, fontSize: 10, hasEOL: true },
      { str: 'ASI', x: 50, y: 688, width: 15, fontSize: 10, hasEOL: false },
      { str: 'Mettre en œuvre', x: 200, y: 688, width: 75, fontSize: 10, hasEOL: true },
    ];
    expect(pagesToText([{ width: 600, items }])).toBe('TEMEDT\tRenforcer les capacités\nASI\tMettre en œuvre');
  });

  it('puts a space between items of a line that PDF.js left apart', () => {
    const items: PositionedText[] = [
      { str: 'Bonnes', x: 50, y: 700, width: 30, fontSize: 10, hasEOL: false },
      { str: 'pratiques', x: 83, y: 700, width: 45, fontSize: 10, hasEOL: true },
    ];
    expect(pagesToText([{ width: 600, items }])).toBe('Bonnes pratiques');
  });

  it('returns an empty string for pages without text', () => {
    expect(pagesToText([{ width: 600, items: [] }, page([])])).toBe('');
  });
});

/** An item: text at (x, y) in a font size, bold or not, 5 units a character at 10 pt. */
function item(str: string, x: number, y: number, options: { size?: number; bold?: boolean; italic?: boolean; font?: string } = {}): PositionedText {
  const size = options.size ?? 10;
  return {
    str,
    x,
    y,
    width: str.length * size * 0.5,
    fontSize: size,
    hasEOL: true,
    bold: options.bold ?? false,
    italic: options.italic ?? false,
    font: options.font ?? 'F1',
  };
}

describe('layoutPdf: structure from fonts and positions', () => {
  it("ranks headings by the document's own sizes and weights: a title on the first page only is level 1", () => {
    const body = (y: number): PositionedText => item(`${FULL_1.slice(0, 60)}.`, 50, y);
    const pages: PdfPage[] = [
      { width: 600, items: [item('Rapport final', 50, 700, { size: 24, bold: true }), body(650)] },
      { width: 600, items: [item('1. Introduction', 50, 760, { size: 16 }), body(730), item('Contexte', 50, 700, { bold: true }), body(680), body(650)] },
      {
        width: 600,
        items: [
          item('2. Constats', 50, 760, { size: 16 }),
          item('2.1 Pertinence', 50, 730, { size: 12 }),
          body(700),
          item('Défis', 50, 670, { bold: true }),
          body(650),
        ],
      },
    ];
    // The bold body-size style ranks below the smallest numbered one (12 pt, level 3).
    expect(headingLines(layoutPdf(pages).text)).toEqual([
      '# Rapport final',
      '## 1. Introduction',
      '#### Contexte',
      '## 2. Constats',
      '### 2.1 Pertinence',
      '#### Défis',
    ]);
  });

  it('writes bold and italic runs, a wholly bold paragraph, and keeps a bold sentence ending with a full stop a paragraph', () => {
    const items = [
      item('Le projet ', 50, 700),
      { ...item('a atteint', 100, 700, { bold: true }), hasEOL: false },
      item(' ses objectifs ', 145, 700),
      item('en partie', 215, 700, { italic: true }),
      item('.', 260, 700),
      item('Les ressources ont été bien utilisées.', 50, 670, { bold: true }),
    ];
    expect(layoutPdf([{ width: 600, items }]).text).toBe('Le projet **a atteint** ses objectifs *en partie*.\n\n**Les ressources ont été bien utilisées.**\n');
  });

  it('reads bullets from a symbol font and their nesting from indentation, wrapped items joined', () => {
    const items = [
      item('\uF0B7', 60, 700, { font: 'Symbol' }),
      item('Renforcer les comités locaux de vigilance dans toutes les communes des régions du Nord du Mali', 78, 700),
      item('et de Kayes.', 78, 688),
      item('o', 96, 676, { font: 'Courier' }),
      item('Former les membres.', 114, 676),
      item('\uF0B7', 60, 664, { font: 'Symbol' }),
      item('Suivre les cas.', 78, 664),
    ];
    expect(layoutPdf([{ width: 600, items }]).text).toBe(
      '- Renforcer les comités locaux de vigilance dans toutes les communes des régions du Nord du Mali et de Kayes.\n  - Former les membres.\n- Suivre les cas.\n',
    );
  });

  it('reads a table written cell by cell (as Word writes it) as TAB rows, an empty cell kept', () => {
    const items = [
      item('Recommandation', 50, 700, { bold: true }),
      item('Responsable', 300, 700, { bold: true }),
      item('Délai', 420, 700, { bold: true }),
      item('Élaborer un plan de plaidoyer', 50, 685),
      item('auprès des autorités.', 50, 673),
      item('BIT', 300, 685),
      item('2023', 420, 685),
      item('Mobiliser les fonds', 50, 655),
      item('2024', 420, 655),
    ];
    expect(layoutPdf([{ width: 600, items }]).text).toBe(
      '**Recommandation**\t**Responsable**\t**Délai**\nÉlaborer un plan de plaidoyer auprès des autorités.\tBIT\t2023\nMobiliser les fonds\t\t2024\n',
    );
  });

  it('keeps a table of long narrow cells whole across a page break: the repeated header read once, a cell cut by the break goes on, a justified line stays one', () => {
    // A strengths-and-recommendations annex as Word sets it: four narrow columns, cells of
    // several lines, the header repeated on the next page; the last recommendation of page 1 is
    // cut mid-sentence and goes on under the repeated header (directly under its header cell).
    const at = (str: string, x: number, y: number, right?: number, options: { bold?: boolean } = {}): PositionedText => {
      const base = item(str, x, y, options);
      return right === undefined ? base : { ...base, width: right - x };
    };
    const header = (y: number): PositionedText[] => [
      at('Tema', 50, y, undefined, { bold: true }),
      at('Hallazgo', 160, y, undefined, { bold: true }),
      at('Pregunta', 310, y, undefined, { bold: true }),
      at('Recomendación', 380, y, undefined, { bold: true }),
    ];
    const column = (x: number, right: number, top: number, lines: string[]): PositionedText[] =>
      lines.map((line, index) => at(line, x, top - index * 12, right));
    const page1: PdfPage = {
      width: 600,
      items: [
        ...header(760),
        ...column(50, 130, 740, ['Diseño del', 'programa']),
        ...column(160, 290, 740, ['No existe un diagnóstico', 'del problema que se', 'busca atender con la', 'intervención del', 'programa en el estado.']),
        at('1 y 2', 310, 728),
        ...column(360, 490, 740, [
          'Elaborar un diagnóstico',
          'completo del programa en',
          'el que se identifique la',
          'problemática y sus causas',
          'y consecuencias, con la',
          'población afectada por',
        ]),
      ],
    };
    const page2: PdfPage = {
      width: 600,
      items: [
        ...header(760),
        // Under the header, two lines down, in the last column only.
        ...column(360, 490, 736, ['el problema y sus', 'metas.']),
        at('Población', 50, 690),
        // A justified first line of a few words: "Ninguno de" and "los" a column's gap apart.
        at('Ninguno de', 160, 700),
        at('los', 280, 700, 290),
        ...column(160, 290, 688, ['apoyos entregados a los', 'beneficiarios se destinó', 'a proyectos de inversión', 'productiva.']),
        at('12', 310, 688),
        ...column(360, 490, 700, ['Definir criterios de', 'selección de proyectos y', 'beneficiarios en las', 'reglas de operación.']),
      ],
    };
    expect(layoutPdf([page1, page2]).text).toBe(
      [
        '**Tema**\t**Hallazgo**\t**Pregunta**\t**Recomendación**',
        'Diseño del programa\tNo existe un diagnóstico del problema que se busca atender con la intervención del programa en el estado.\t1 y 2\tElaborar un diagnóstico completo del programa en el que se identifique la problemática y sus causas y consecuencias, con la población afectada por el problema y sus metas.',
        'Población\tNinguno de los apoyos entregados a los beneficiarios se destinó a proyectos de inversión productiva.\t12\tDefinir criterios de selección de proyectos y beneficiarios en las reglas de operación.',
        '',
      ].join('\n'),
    );
  });

  it('reads a lead-in set in a narrow margin column beside its explanation as the opening of that paragraph, in either content order', () => {
    // Conclusions laid out as a statement in larger type in the margin, its explanation beside
    // it. Word writes the margin text box after the paragraph (first pair) or before it.
    const lines = (texts: string[], x: number, top: number, size = 10): PositionedText[] =>
      texts.map((text, index) => item(text, x, top - index * size * 1.3, { size }));
    const leadIn1 = lines(['Les comités locaux', 'sont devenus des relais', 'de vigilance reconnus.'], 50, 700, 11);
    const text1 = lines(
      [
        'Dans les trois régions visitées, les comités signalent les cas aux',
        'autorités et suivent les familles concernées pendant plusieurs mois,',
        'avec un appui régulier des services sociaux.',
      ],
      200,
      698,
    );
    const leadIn2 = lines(['Le suivi des cas reste', 'trop peu documenté.'], 50, 600, 11);
    const text2 = lines(
      [
        'Les registres tenus par les comités sont incomplets et ne sont pas',
        'transmis de façon régulière aux services de l’État ni aux partenaires.',
        'Les familles suivies ne sont pas toujours recensées et les visites',
        'faites ne sont notées que dans la moitié des communes, ce qui rend',
        'le suivi difficile.',
      ],
      200,
      598,
    );
    const text = layoutPdf([{ width: 600, items: [...text1, ...leadIn1, ...leadIn2, ...text2] }]).text;
    expect(text.trimEnd().split('\n\n')).toEqual([
      'Les comités locaux sont devenus des relais de vigilance reconnus. Dans les trois régions visitées, les comités signalent les cas aux autorités et suivent les familles concernées pendant plusieurs mois, avec un appui régulier des services sociaux.',
      'Le suivi des cas reste trop peu documenté. Les registres tenus par les comités sont incomplets et ne sont pas transmis de façon régulière aux services de l’État ni aux partenaires. Les familles suivies ne sont pas toujours recensées et les visites faites ne sont notées que dans la moitié des communes, ce qui rend le suivi difficile.',
    ]);
  });

  it("keeps a sidebar set in the text's own style beside a paragraph apart (no lead-in)", () => {
    const lines = (texts: string[], x: number, top: number): PositionedText[] => texts.map((text, index) => item(text, x, top - index * 13));
    const side = lines(['Encadré : la méthode', 'des entretiens.'], 50, 700);
    const body = lines(
      ['Les entretiens ont été menés avec quarante personnes dans les', 'communes de Kayes et de Nioro du Sahel entre mars et mai 2023.'],
      200,
      698,
    );
    const text = layoutPdf([{ width: 600, items: [...side, ...body] }]).text;
    expect(text).not.toContain('des entretiens. Les entretiens');
  });

  it('writes a footnote at the foot of its page as a [^N] line and its marker as <sup>', () => {
    const items = [
      item('La pratique perdure dans le Nord', 50, 700),
      { ...item('1', 210, 704, { size: 6 }), hasEOL: true },
      item('Les données', 50, 650),
      item('1', 50, 104, { size: 6 }),
      item('Enquête nationale de 2019.', 55, 100, { size: 8 }),
    ];
    expect(layoutPdf([{ width: 600, height: 842, items }]).text).toBe(
      'La pratique perdure dans le Nord<sup>1</sup>\n\nLes données\n\n[^1]: Enquête nationale de 2019.\n',
    );
  });

  it('joins a word cut by a hyphen as the document writes it elsewhere: "development" whole, "in-depth" hyphenated', () => {
    const cut = (first: string, second: string): PositionedText[] => [
      item(`${FULL_1.slice(0, 86)} ${first}`.padEnd(99).trimEnd(), 50, 700),
      item(`${second} suite.`, 50, 688),
    ];
    const page1: PdfPage = { width: 600, items: [...cut('develop-', 'ment'), item('Un development durable et une analyse in-depth.', 50, 600)] };
    const page2: PdfPage = { width: 600, items: cut('in-', 'depth') };
    const text = layoutPdf([page1, page2]).text;
    expect(text).toContain(' development suite.');
    expect(text).toContain(' in-depth suite.');
  });

  it('gives the offset where each page starts, a page without text starting where the next one does', () => {
    const pages: PdfPage[] = [
      { width: 600, items: [item('Premier.', 50, 700)] },
      { width: 600, items: [] },
      { width: 600, items: [item('Troisième.', 50, 700)] },
    ];
    expect(layoutPdf(pages)).toEqual({ text: 'Premier.\n\nTroisième.\n', pageStarts: [0, 10, 10] });
  });

  it("cuts a browser's header row where the columns under it start, two cells only a word space apart", () => {
    // A browser pads cells by a pixel: "Accountability" fills its cell and "Resources" follows a
    // space item later. Read as one header cell, the column of resources had no name.
    const bold = { bold: true };
    const items = [
      { ...item('Recommendation', 40, 700, bold), hasEOL: false },
      { ...item('Response', 135, 700, bold), hasEOL: false },
      { ...item('Accountability', 200, 700, bold), hasEOL: false },
      { ...item(' ', 270, 700, bold), width: 4, hasEOL: false },
      item('Resources', 273, 700, bold),
      ...[680, 650].flatMap((y) => [
        { ...item('Clarify roles.', 40, y), hasEOL: false },
        { ...item('Agreed.', 135, y), hasEOL: false },
        { ...item('OIA-DG', 200, y), hasEOL: false },
        item('Within', 273, y),
        item('resources.', 273, y - 12),
      ]),
    ];
    expect(layoutPdf([{ width: 600, items }]).text).toContain('**Recommendation**\t**Response**\t**Accountability**\t**Resources**\nClarify roles.');
  });

  it('keeps a bold run-in heading apart from the bold paragraph a paragraph space below it', () => {
    // LibreOffice sets a web page's h4 bold at the body's size, with space after it: read as one
    // paragraph with the finding under it, "4.1.1 Mandate The mandate …" lost its headline.
    const bold = { bold: true };
    const items = [
      item('4.1.1 Mandate', 50, 700, bold),
      item(FULL_1, 50, 683, bold),
      item('fin de la constatation.', 50, 671, bold),
      item(FULL_2, 50, 651),
      item(FULL_1, 50, 639),
      item('fin.', 50, 627),
    ];
    expect(layoutPdf([{ width: 600, items }]).text).toMatch(/4\.1\.1 Mandate\n\n\*\*Le projet/);
  });
});

function headingLines(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('#'));
}
