/**
 * The outline of a document (src/extract/outline): the readers' dialect and raw text dumps.
 */
import { describe, expect, it } from '@jest/globals';
import { buildOutline } from '../../src/extract/outline/build-outline.js';
import type { OutlineBlock } from '../../src/extract/outline/outline-block.js';

const headings = (blocks: readonly OutlineBlock[]) => blocks.filter((block) => block.kind === 'heading').map((block) => [block.level, block.text]);

/** A hard-wrapped dump: lines of about 95 characters, no blank lines. */
const WIDE = 'of the livestock value chain in Mali, defined as small ruminants and cattle, by strengthening';

describe("buildOutline on the readers' dialect", () => {
  it('reads marked headings, list items with markers and depth, TAB rows, key-value lines, footnotes and pages', () => {
    const text = [
      '# Final evaluation',
      '',
      '## 5.2. Recommendations',
      '',
      'Project code: MLI/19/01/USA',
      '',
      '1. Train labour inspectors on forced labour indicators.',
      '  - in Kayes first',
      '',
      'Donor\tUSDOL',
      'Recommendation\tResponsible\tTimeline',
      '',
      '[^1]: CREDD : Cadre Stratégique.',
    ].join('\n');
    const outline = buildOutline(text, [0, text.indexOf('Donor')]);
    expect(outline.layout).toBe('dialect');
    expect(headings(outline.blocks)).toEqual([
      [1, 'Final evaluation'],
      [2, '5.2. Recommendations'],
    ]);
    const [, recommendations, code, item, sub, donor, header, footnote] = outline.blocks;
    expect(recommendations).toMatchObject({ numbering: '5.2', title: 'Recommendations', inferred: false });
    expect(code).toMatchObject({ kind: 'key-value', key: 'Project code', value: 'MLI/19/01/USA', page: 1 });
    expect(item).toMatchObject({ kind: 'list-item', marker: '1.', depth: 0, text: 'Train labour inspectors on forced labour indicators.' });
    expect(sub).toMatchObject({ kind: 'list-item', marker: '-', depth: 1, text: 'in Kayes first' });
    expect(donor).toMatchObject({ kind: 'table-row', cells: ['Donor', 'USDOL'], key: 'Donor', value: 'USDOL', page: 2 });
    expect(header).toMatchObject({ kind: 'table-row', cells: ['Recommendation', 'Responsible', 'Timeline'] });
    expect(footnote).toMatchObject({ kind: 'footnote', footnote: '1', text: 'CREDD : Cadre Stratégique.' });
    for (const block of outline.blocks) expect(text.slice(block.start, block.end)).toContain(block.kind === 'list-item' ? block.text.slice(0, 10) : '');
  });

  it('turns a numbered form field into a heading over its value ("2.1 Describir los hallazgos: Tema I. Diseño")', () => {
    const text =
      '## 2. PRINCIPALES HALLAZGOS\n\n**2.1 Describir los hallazgos más relevantes de la evaluación:** Tema I. Diseño\n\n- No existe un diagnóstico.\n';
    const blocks = buildOutline(text).blocks;
    expect(blocks.map((block) => [block.kind, block.text, block.level ?? null])).toEqual([
      ['heading', '2. PRINCIPALES HALLAZGOS', 2],
      ['heading', '2.1 Describir los hallazgos más relevantes de la evaluación', 3],
      ['paragraph', 'Tema I. Diseño', null],
      ['list-item', 'No existe un diagnóstico.', null],
    ]);
  });

  it('gives back the run-in headings of a flattened box ("... **Challenges** / ... **Lessons Learned** / ...")', () => {
    const text = [
      '##### Narrative description of achievements',
      '',
      'Shelter kits were distributed in all the villages planned.',
      '',
      '##### Lessons Learned',
      '',
      'Nothing to add here for now.',
      '',
      '**Narrative description of achievements** Volunteers were trained in three districts over two months of work. **Challenges** / The scope of the disaster was wider than reported. **Lessons Learned** / It will be important to provide motorcycles to local committees. / Volunteers must be trained in nautical first aid.',
    ].join('\n');
    // "Narrative description of achievements" and "Lessons Learned" are marked elsewhere at level 5: so are their run-in copies.
    const blocks = buildOutline(text).blocks.slice(4);
    expect(blocks.map((block) => [block.kind, block.text, block.level ?? null])).toEqual([
      ['heading', 'Narrative description of achievements', 5],
      ['paragraph', 'Volunteers were trained in three districts over two months of work.', null],
      ['heading', 'Challenges', 6],
      ['paragraph', 'The scope of the disaster was wider than reported.', null],
      ['heading', 'Lessons Learned', 5],
      ['paragraph', 'It will be important to provide motorcycles to local committees.', null],
      ['paragraph', 'Volunteers must be trained in nautical first aid.', null],
    ]);
  });
});

describe('buildOutline on a dump whose paragraphs are set apart by blank lines (pdftotext)', () => {
  const texts = (text: string) => buildOutline(text).blocks.map((block) => [block.kind, block.text]);

  it('leaves out page numbers, running headers and the page footnote, and joins a sentence cut by the page break', () => {
    const text = [
      '7. RECOMENDACIONES',
      '',
      'Recomendación 1. Institucionalizar los comités de cuenca mediante una',
      'resolución ministerial que defina sus funciones y su financiamiento2.',
      '',
      '2 Resolución Ministerial 123/2020.',
      '',
      '                                                                    24',
      '',
      'Evaluación final – Proyecto Gobernanza Hídrica Local          PNUD Bolivia',
      '',
      'Recomendación 2. Incorporar en futuros proyectos un análisis de riesgo climático para las metas de',
      '',
      '                                                                    25',
      '',
      'Evaluación final – Proyecto Gobernanza Hídrica Local          PNUD Bolivia',
      '',
      'reforestación, con el apoyo del Viceministerio de Recursos Hídricos.',
    ].join('\n');
    expect(texts(text)).toEqual([
      ['heading', '7. RECOMENDACIONES'],
      [
        'paragraph',
        'Recomendación 1. Institucionalizar los comités de cuenca mediante una resolución ministerial que defina sus funciones y su financiamiento2.',
      ],
      ['footnote', 'Resolución Ministerial 123/2020.'],
      [
        'paragraph',
        'Recomendación 2. Incorporar en futuros proyectos un análisis de riesgo climático para las metas de reforestación, con el apoyo del Viceministerio de Recursos Hídricos.',
      ],
    ]);
  });

  it('leaves out a header that carries the page number, and one set right against its number', () => {
    const numbered = [
      'Lesson 3: Local forums need a minimum recurrent budget to survive the end of external',
      'funding.',
      '',
      '15 Final Evaluation of the IWRM-Limpopo Project Final Report',
      '',
      'R1. LIMCOM should secure contributions from the member states before the',
      '',
      'Final Evaluation of the IWRM-Limpopo Project Final Report',
      '',
      'end of 2022.',
    ].join('\n');
    expect(texts(numbered).map(([, text]) => text)).toEqual([
      'Lesson 3: Local forums need a minimum recurrent budget to survive the end of external funding.',
      'R1. LIMCOM should secure contributions from the member states before the end of 2022.',
    ]);
    const against = [
      'Le ciblage des femmes était insuffisant.',
      '',
      '                6',
      'Évaluation ex post – PAFCD          Rapport final',
      '',
      '3.2 Efficacité',
    ].join('\n');
    expect(texts(against).map(([, text]) => text)).toEqual(['Le ciblage des femmes était insuffisant.', '3.2 Efficacité']);
  });

  it('keeps numbers and repeated lines of a document without page numbers', () => {
    const text = ['Management response: Accepted.', '', 'Status: ongoing in 12', '', 'Management response: Accepted.', '', '2021'].join('\n');
    expect(texts(text).map(([, text]) => text)).toEqual(['Management response: Accepted.', 'Status: ongoing in 12', 'Management response: Accepted.', '2021']);
  });

  it('joins a word cut by a hyphen where the document writes it whole, and keeps the hyphen otherwise', () => {
    const text = [
      'Consolidated regional procure-',
      'ment saves time; the socio-',
      'economic studies came late, at the end-',
      'of-project review, and the women-',
      'led cooperatives of the inter-',
      'community forums too.',
      '',
      'Procurement and the women-led groups were the main topics.',
    ].join('\n');
    expect(texts(text)[0]).toEqual([
      'paragraph',
      'Consolidated regional procurement saves time; the socio-economic studies came late, at the end-of-project review, and the women-led cooperatives of the inter-community forums too.',
    ]);
    expect(texts('The capacity-\nbuilding of the cooperatives and their break-\neven came late.')[0]![1]).toBe(
      'The capacity-building of the cooperatives and their break-even came late.',
    );
  });
});

describe('buildOutline on short dumps and headings set right above their text', () => {
  const texts = (text: string) => buildOutline(text).blocks.map((block) => [block.kind, block.text.slice(0, 40).trim()]);

  it('reads a short summary pasted without blank lines as a dump: headings, and items that wrap to the full width', () => {
    const text = [
      'Mid-term Evaluation of the Local Governance Support Programme in Cameroon',
      'CONCLUSIONS',
      'C1. The programme is relevant but its intervention logic is too scattered:',
      'four results, eleven main activities and two regions over 1,000 km apart.',
      'C2. Supported municipalities improved their tax collection rate (+35% on',
      'average), but State transfers to the municipalities remain very irregular.',
      'RECOMMANDATIONS',
      '1. Instaurer un fonds de maintenance des ouvrages pastoraux alimenté par',
      'les redevances et par une contribution des communes bénéficiaires.',
      '2. Étendre les commissions mixtes de prévention des conflits aux provinces',
      'voisines, en s’appuyant sur les chefferies traditionnelles reconnues.',
      '',
    ].join('\n');
    expect(texts(text).map(([kind, start]) => `${kind}: ${start}`)).toEqual([
      'paragraph: Mid-term Evaluation of the Local Governa',
      'heading: CONCLUSIONS',
      'paragraph: C1. The programme is relevant but its in',
      'paragraph: C2. Supported municipalities improved th',
      'heading: RECOMMANDATIONS',
      'list-item: Instaurer un fonds de maintenance des ou',
      'list-item: Étendre les commissions mixtes de préven',
    ]);
  });

  it('takes a line that names a section right above its text for a heading', () => {
    const text = [
      '12. Lessons',
      'Projects that build infrastructure for newly devolved local governments need to budget for',
      'sustained capacity support to the utilities that will operate it.',
      '',
      'The Ministry of Water and the utilities signed performance contracts in 2019.',
      'They cover 14 counties.',
    ].join('\n');
    expect(texts(text)).toEqual([
      ['heading', '12. Lessons'],
      ['paragraph', 'Projects that build infrastructure for n'],
      ['paragraph', 'The Ministry of Water and the utilities'],
    ]);
  });
});

describe('buildOutline on a hard-wrapped text dump', () => {
  // Lines wrapped at about 95 characters; page numbers and the running header come back on every page.
  const page = (number: number): string[] => [
    'The evaluation team visited the villages of the Koro and Bankass circles in the Mopti region to',
    `meet producer organizations, veterinary auxiliaries and local officials (page ${number}).`,
    String(number),
    'USAID/MALI L4G Evaluation Report',
  ];
  const text = [
    'FINAL PERFORMANCE EVALUATION OF THE',
    'LIVESTOCK ACTIVITY IN MALI',
    'EXECUTIVE SUMMARY',
    'FINDINGS',
    'The activity installed the veterinary program in Koro and Bankass circles of the Mopti region to',
    'improve access to information.',
    'i',
    ...[1, 2, 3, 4, 5].flatMap(page),
    '4.2',
    'EVALUATION QUESTION 2',
    'RECOMMENDATIONS',
    'USAID should consider household stock raising as a component of future livestock activities, in',
    'Mopti and Timbuktu.',
    'Future livestock activities should support private vets.',
    'Annex l: Expression of Interest',
  ].join('\n');

  it('finds capitals headings, a numbered heading split over two lines, OCR numbering, and drops page numbers and running headers', () => {
    const outline = buildOutline(text);
    expect(outline.layout).toBe('plain');
    expect(headings(outline.blocks)).toEqual([
      [1, 'FINAL PERFORMANCE EVALUATION OF THE LIVESTOCK ACTIVITY IN MALI'],
      [1, 'EXECUTIVE SUMMARY'],
      [2, 'FINDINGS'],
      [2, '4.2 EVALUATION QUESTION 2'],
      [3, 'RECOMMENDATIONS'],
      [1, 'Annex l: Expression of Interest'],
    ]);
    const texts = outline.blocks.map((block) => block.text);
    expect(texts).not.toContain('i');
    expect(texts.some((block) => block.includes('USAID/MALI L4G Evaluation Report'))).toBe(false);
    // Wrapped lines joined into one paragraph; a short line ending a sentence ends it.
    expect(texts).toContain('The activity installed the veterinary program in Koro and Bankass circles of the Mopti region to improve access to information.');
    expect(texts).toContain('USAID should consider household stock raising as a component of future livestock activities, in Mopti and Timbuktu.');
    expect(texts).toContain('Future livestock activities should support private vets.');
    expect(outline.blocks.find((block) => block.text.startsWith('4.2'))).toMatchObject({ numbering: '4.2' });
    expect(outline.blocks.find((block) => block.text.startsWith('Annex'))).toMatchObject({ numbering: '1' });
  });

  it('keeps only the first copy of a document that appears twice in the file, with a warning', () => {
    const body = Array.from({ length: 150 }, (_, index) => `Line ${index} of the report tells what the evaluation team found in the villages visited.`);
    const copy = ['FINAL EVALUATION OF THE LIVESTOCK ACTIVITY', 'Submitted to the mission in Bamako, May 2020', ...body];
    const outline = buildOutline([...copy, ...copy].join('\n'));
    expect(outline.duplicateAt).toBe(copy.join('\n').length + 1);
    expect(outline.warnings).toEqual([`The document appears twice in the file; the second copy (from character ${copy.join('\n').length + 1}) was ignored.`]);
    expect(outline.blocks.every((block) => block.start < outline.duplicateAt!)).toBe(true);
  });

  it('reads an underlined heading and a footnote at the foot of a page', () => {
    const text = [
      'Lessons learned',
      '===============',
      `Involve local leaders before any legal action ${WIDE}`,
      'in the communities concerned.',
      '2 Ministerial Resolution RM 739-2009/MINSA',
      '14',
      'Next page text goes on here with more findings of the team.',
    ].join('\n');
    const blocks = buildOutline(`${'Filler paragraph line of the dump with enough words.\n'.repeat(20)}${text}`).blocks;
    expect(blocks.find((block) => block.text === 'Lessons learned')).toMatchObject({ kind: 'heading' });
    expect(blocks.find((block) => block.kind === 'footnote')).toMatchObject({ text: 'Ministerial Resolution RM 739-2009/MINSA', footnote: '2' });
  });
});
