/**
 * The PDF reader on the five PDFs of the corpus (01, 04, 10, 11, 12): headings with levels
 * from each document's own styles, running headers and footers gone, tables as TAB rows
 * (a row cut by a page break joined back), footnotes as `[^N]: ` lines, pageStarts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ReadResult } from '../../src/model/read-result.js';
import { headingsOf, readCorpus } from './corpus.js';

function lines(text: string): string[] {
  return text.split('\n');
}

/** pageStarts is a list of offsets, one a page, from 0, never decreasing, inside the text. */
function expectPageStarts(read: ReadResult, pages: number): void {
  expect(read.pageStarts).toHaveLength(pages);
  expect(read.pageStarts[0]).toBe(0);
  for (let page = 1; page < pages; page += 1) expect(read.pageStarts[page]!).toBeGreaterThanOrEqual(read.pageStarts[page - 1]!);
  expect(read.pageStarts.at(-1)!).toBeLessThan(read.text.length);
}

/** The text where page `page` (1-based) starts. */
function pageText(read: ReadResult, page: number, length = 60): string {
  return read.text.slice(read.pageStarts[page - 1], read.pageStarts[page - 1]! + length);
}

describe('01 UNHCR data use and information management (49 pages, Word)', () => {
  let read: ReadResult;
  beforeAll(async () => {
    read = await readCorpus('01_unhcr-data-use-information-management-eval-2019-en.pdf');
  });

  it('gives the report its headings: chapters ##, their sections ###, numbering deciding the depth', () => {
    const headings = headingsOf(read.text);
    expect(headings).toContain('# Evaluation of UNHCR’s data use and information management approaches');
    expect(headings.filter((line) => line.startsWith('## '))).toEqual([
      '## EVALUATION REPORT NOVEMBER 2019',
      '## Executive summary',
      '## Table of Contents',
      '## List of abbreviations',
      '## 1. Introduction',
      '## 2. Purpose, audience and key areas of inquiry',
      '## 3. Methodology',
      '## 4. Findings',
      '## 5. Conclusions',
      '## 6. Recommendations',
      '## Annex 1: Terms of Reference',
      '## 1. Introduction',
      '## 2. Subject of the evaluation and its context',
      '## 3. Purpose and objectives',
      '## 4. Evaluation approach',
      '## 5. Organization, management and conduct of the evaluation',
      '## Annex 2: Sample list of data and information management systems used by UNHCR',
      '## Annex 3: Overview of the process map approach',
      '## Annex 4: List of evaluation respondents at HQs',
    ]);
    // The executive summary's own sections, one level down, whatever their type size.
    const summary = headings.slice(headings.indexOf('## Executive summary'), headings.indexOf('## Table of Contents'));
    expect(summary).toEqual([
      '## Executive summary',
      '### Introduction and background',
      '### Purpose and scope of the evaluation',
      '### Evaluation methodology',
      '### Key findings of UNHCR’s current data and information management approaches',
      '### Factors that influence the current situation of UNHCR’s data and information management',
      '#### The current approach to data and information management is highly decentralised',
      '#### There needs to be a higher investment in data science and information management capacities',
      '#### Data sharing and data integration has not been adequately emphasized',
      '#### There needs to be a far deeper understanding about data protection and data access, especially personal data',
      '#### Breaking information silos requires leveraging technology and changing gatekeeping behaviours',
      '### Conclusions',
      '### Recommendations',
    ]);
    expect(headings).toContain('### 4.2 Operational data is sometimes inconsistent and of variable quality');
    expect(headings).toContain('#### 1.3.1 Efforts to strengthen data integration and accessibility');
    expect(headings).toContain('### 6.1. Developing a global vision for UNHCR’s data and information management');
  });

  it('drops the "N UNHCR" footer of every page and gives 49 page starts', () => {
    expect(read.text).not.toMatch(/^\d{1,2}\s+UNHCR$/m);
    expect(read.text).not.toContain('\tUNHCR\n');
    expectPageStarts(read, 49);
    expect(pageText(read, 4)).toBe('## Executive summary\n\n### Introduction and background\n\n1. We');
    expect(pageText(read, 24, 40)).toBe('Box 1: Good Practice: *Development of th');
  });

  it('reads the recommendations table as TAB rows, the row cut by the page break joined back', () => {
    const table = lines(read.text).filter((line) => line.includes('\t') && /Q[34] 20(19|20)$/.test(line));
    expect(table.map((line) => line.split('\t').slice(1))).toEqual([
      ['SET*', 'Complete by Q4 2019'],
      ['SET', 'Start developing the rule book by Q4 2019'],
      ['SET and DPSM*', 'Complete by Q3 2020'],
      ['SET and Regional Bureaux', 'Complete by Q3 2020'],
      ['SET with DPSM and DIST*', 'Plan of action established by Q4 2019'],
      ['SET with DIP* and DPSM', 'Start developing the rule book by Q4 2019'],
      ['SET', 'Complete by Q4 2019'],
    ]);
    expect(read.text).toContain(
      '\n**Recommended actions**\t**Responsible**\t**Anticipated timeframe**\nThe evaluation emphasizes that an organization-wide prioritization',
    );
    const cut = table[4]!.split('\t')[0]!;
    expect(cut.startsWith('The organization has a wealth of data that are scattered across various data and information management systems.')).toBe(true);
    expect(cut).toContain('a technological solution that would facilitate UNHCR’s ability to interrogate the data');
    expect(cut.endsWith('as opposed to a data warehouse that is a centralised repository for all integrated data sources.')).toBe(true);
  });

  it('keeps footnote markers and writes the footnotes as lines, and the table of contents one entry a line', () => {
    expect(read.text.match(/^\[\^\d+\]: /gm)).toHaveLength(17);
    expect(read.text).toContain(
      '\n[^1]: An inventory of data systems used within UNHCR was completed by the Field Coordination and Support Section (FICSS) completed in March 2019.',
    );
    expect(read.text).toContain('for the organization.<sup>2</sup>');
    expect(read.text).toMatch(/\nExecutive summary \.{20,} 4\n/);
    expect(read.text).toMatch(/\n4\. Findings \.{20,} 23\n/);
    // Compound words keep their hyphen across a line break when the document writes them so.
    expect(read.text).toContain('facilitated in-depth data collection');
    expect(read.text).not.toContain('indepth');
  });
});

describe('04 IFRC Cameroon floods DREF final report (15 pages, Acrobat)', () => {
  let read: ReadResult;
  beforeAll(async () => {
    read = await readCorpus('04_ifrc-cameroon-floods-dref-final-report-2020-en.pdf');
  });

  it('gives the sections and their Challenges and Lessons Learned headings', () => {
    const headings = headingsOf(read.text);
    expect(headings[0]).toBe('# Emergency Plan of Action Final Report Cameroon: Floods');
    expect(headings.filter((line) => /^## [A-D]\. /.test(line))).toEqual([
      '## A. SITUATION ANALYSIS',
      '## B. OPERATIONAL STRATEGY',
      '## C. DETAILED OPERATIONAL PLAN',
      '## D. THE BUDGET',
    ]);
    // Shelter, Health 1.1–1.4, WASH 1.1–1.5 and Strategies each have both: 11 of each, those
    // that fall at the top or bottom of a page included (they are no running header).
    expect(headings.filter((line) => line === '##### Challenges')).toHaveLength(11);
    expect(headings.filter((line) => line === '##### Lessons Learned')).toHaveLength(11);
    const lessons = read.text.slice(read.text.indexOf('##### Lessons Learned'), read.text.indexOf('## Health'));
    expect(lessons.match(/^- .{0,40}/gm)).toEqual([
      '- Strengthen communication with all stakeh',
      '- Strengthen the departmental committees d',
      '- Reconsider the consistency of the HHI ki',
    ]);
  });

  it('drops the "Page | N" header and the report footer of every page', () => {
    expect(read.text).not.toMatch(/P ?a ?g ?e ?\|/);
    expect(read.text).not.toContain('MDRCM028 – Cameroon Floods – DREF Final Report');
    expectPageStarts(read, 15);
  });

  it('reads the operation box and the indicator tables as TAB rows', () => {
    expect(read.text).toContain('\n**DREF operation**\t**Operation n° MDRCM028**\n**Date of Issue: 27 October 2020**\t**Glide number:** FL-2019-000134-CMR\n');
    expect(read.text).toContain('\n**Host National Society: Cameroon Red Cross Society (CRCS)**\t**Operation budget: CHF 78,140**\n');
    // An indicator row starts with "#": escaped, so it never reads as a heading.
    expect(read.text).toContain('\n\\# of volunteers trained to distribution techniques\t33\t51\n');
  });
});

describe('10 Zacatecas FISN design evaluation (73 pages, Word, Spanish)', () => {
  let read: ReadResult;
  beforeAll(async () => {
    read = await readCorpus('10_zacatecas-fisn-evaluacion-diseno-informe-final-2018-es.pdf');
  });

  it('gives the modules and the ten annexes as headings, the table of contents one entry a line', () => {
    const headings = headingsOf(read.text);
    expect(headings.filter((line) => line.startsWith('# ANEXO '))).toHaveLength(10);
    expect(headings).toContain('# Módulo I. Justificación de la creación o modificación sustancial del diseño del programa.');
    expect(headings).toContain('# ANEXO 7. PRINCIPALES FORTALEZAS, RETOS Y RECOMENDACIONES.');
    expect(headings).toContain('# RESUMEN EJECUTIVO');
    expect(read.text).toContain('\nANEXO 7. PRINCIPALES FORTALEZAS, RETOS Y RECOMENDACIONES. .......................... 57\n');
  });

  it('drops the two-line running footer and the page numbers', () => {
    expect(read.text).not.toContain('Ejercicio Fiscal 2017\n');
    expect(read.text).not.toMatch(/^\d{1,2}$/m);
    expectPageStarts(read, 73);
  });

  it('reads the first page of annex 7 as a table of four columns', () => {
    const rows = lines(read.text).filter((line) => line.startsWith('Poblaciones o áreas de enfoque potencial y objetivo\t'));
    expect(rows[0]!.split('\t').map((cell) => cell.slice(0, 40))).toEqual([
      'Poblaciones o áreas de enfoque potencial',
      'Si bien el FISN no tiene identificadas a',
      '9',
      'Definir criterios de selección de proyec',
    ]);
    expect(read.text).toContain(
      '\n**Apartado de la evaluación**\t**Fortaleza y Oportunidad / Debilidad o Amenaza**\t**Referencia (pregunta)**\t**Recomendaciones**\n',
    );
  });
});

describe('11 and 12 Zacatecas CONAC forms (3 and 6 pages)', () => {
  it('11: the form sections as headings, its fields as lines, its recommendations as items', async () => {
    const read = await readCorpus('11_zacatecas-fisn-formato-conac-difusion-2018-es.pdf');
    expect(headingsOf(read.text)).toEqual([
      '# Formato para la Difusión de los Resultados de las Evaluaciones',
      '## 1. DESCRIPCIÓN DE LA EVALUACIÓN',
      '## 2. PRINCIPALES HALLAZGOS DE LA EVALUACIÓN',
      '## 3. CONCLUSIONES Y RECOMENDACIONES DE LA EVALUACIÓN',
      '## 4. DATOS DE LA INSTANCIA EVALUADORA',
      '## 5. IDENTIFICACIÓN DEL (LOS) PROGRAMA(S)',
      '## 6. DATOS DE CONTRATACIÓN DE LA EVALUACIÓN',
      '## 7. DIFUSIÓN DE LA EVALUACIÓN',
    ]);
    expect(lines(read.text)).toContain('6.3 Costo total de la evaluación: $ 208,800.00 con el Impuesto al Valor Agregado.');
    expect(lines(read.text)).toContain('1.2 Fecha de inicio de la evaluación (dd/mm/aaaa): 06/08/2018');
    expect(lines(read.text)).toContain('Nombre:\tUnidad administrativa: Secretaría de Economía del Estado de Zacatecas.');
    const recommendations = read.text.slice(read.text.indexOf('3.2 Describir'), read.text.indexOf('## 4.'));
    expect(recommendations.match(/^- .{0,30}/gm)).toEqual([
      '- Se deben reestructurar las ROP',
      '- El FISN debe definir criterios',
      '- Se debe elaborar un diagnóstic',
      '- Se debe definir claramente el ',
    ]);
    expect(read.text).not.toMatch(/^[123]$/m);
    expectPageStarts(read, 3);
  });

  it('12: numbered "N:" recommendations and the evaluator\'s box as key-value lines', async () => {
    const read = await readCorpus('12_zacatecas-fondo-plata-formato-conac-difusion-2018-es.pdf');
    expect(read.text.match(/^\*\*\d{1,2}:\*\* /gm)).toHaveLength(11);
    expect(read.text).toContain('\n**1:** Realizar un diagnóstico del Programa con respecto a los TdR');
    expect(lines(read.text)).toContain('**4.3 Gerente del proyecto:** M.A Ivan Sánchez Jasso');
    expect(lines(read.text)).toContain('## 3. CONCLUSIONES Y RECOMENDACIONES DE LA EVALUACIÓN');
    expectPageStarts(read, 6);
  });
});
