import { pagesToText, type PdfPage, type PositionedText } from '../../src/read/pdf-layout.js';

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
    expect(pagesToText([page([FULL_1, FULL_2, 'aujourd’hui.', 'Nouvelle ligne courte.'])])).toBe(
      `${FULL_1} ${FULL_2} aujourd’hui.\n\nNouvelle ligne courte.`,
    );
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
      page([{ text: 'Évaluation à mi-parcours – Projet MLI/19/01/USA', y: 820 }, { text: body(n)[0]!, y: 700 }, { text: body(n)[1]!, y: 688 }, { text: `Page ${n}`, y: 40 }]),
    );
    expect(pagesToText(pages)).toBe([1, 2, 3].flatMap(body).join(' '));
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
