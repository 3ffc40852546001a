/**
 * Sections found by meaning (src/extract/sections): what headings name in French, English and
 * Spanish, tables of contents, annexes, executive summaries.
 */
import { describe, expect, it } from '@jest/globals';
import { buildOutline } from '../../src/extract/outline/build-outline.js';
import { classifyHeading, isTocEntry, splitNumbering } from '../../src/extract/sections/classify-heading.js';
import { findSections } from '../../src/extract/sections/find-sections.js';

const kinds = (text: string) => classifyHeading(text).kinds;

describe('classifyHeading', () => {
  it('names the kinds in three languages, accents, case, numbering and inflections folded', () => {
    expect(kinds('Leçons tirées')).toEqual(['lessons']);
    expect(kinds('5.2. LECCIONES APRENDIDAS')).toEqual(['lessons']);
    expect(kinds('Lesson learnt')).toEqual(['lessons']);
    expect(kinds('Principales recommandations')).toEqual(['recommendations']);
    expect(kinds('Recomendaciones')).toEqual(['recommendations']);
    expect(kinds('Key findings')).toEqual(['findings']);
    expect(kinds('Constatations')).toEqual(['findings']);
    expect(kinds('Bonnes pratiques')).toEqual(['good-practices']);
    expect(kinds('Five lessons learned')).toEqual(['lessons']);
    expect(kinds('What the evaluation found')).toEqual(['findings']);
    expect(kinds('Areas of challenge and issues for consideration')).toEqual(['challenges']);
    expect(kinds('Management Response and Action Plan')).toEqual(['management-response']);
    expect(kinds('Réponse de la direction')).toEqual(['management-response']);
    expect(kinds('Resumen ejecutivo')).toEqual(['executive-summary']);
    expect(kinds('Table des matières')).toEqual(['table-of-contents']);
    // Plain-language headings: "what we found / learned / recommend".
    expect(kinds('Ce que nous avons constaté')).toEqual(['findings']);
    expect(kinds('¿Qué encontramos?')).toEqual(['findings']);
    expect(kinds('What we learned')).toEqual(['lessons']);
    expect(kinds('Lo que aprendimos')).toEqual(['lessons']);
    expect(kinds('Ce que nous recommandons')).toEqual(['recommendations']);
    // The evaluation questions answered one by one are the findings.
    expect(kinds('4. Answers to the evaluation questions')).toEqual(['findings']);
    expect(kinds("Réponses aux questions d'évaluation")).toEqual(['findings']);
    expect(kinds('Análisis y hallazgos')).toEqual(['findings']);
    expect(kinds('2.2 Evaluation questions')).toEqual(['other']);
    // Presenting the results is the findings, not a foreword ("Presentación" alone is one).
    expect(kinds('2. Presentación de los resultados')).toEqual(['findings']);
    expect(kinds('Présentation des résultats')).toEqual(['findings']);
    expect(kinds('Presentation of the findings')).toEqual(['findings']);
  });

  it('names several kinds joined by commas and "and"', () => {
    expect(kinds('4.0 FINDINGS, CONCLUSIONS, AND RECOMMENDATIONS')).toEqual(['findings', 'conclusions', 'recommendations']);
    expect(kinds('Conclusiones y recomendaciones')).toEqual(['conclusions', 'recommendations']);
    // A form's prompt verb folds away: "2.1 Describir los hallazgos más relevantes de la evaluación".
    expect(kinds('3.2 Describir las recomendaciones de acuerdo a su relevancia')).toEqual(['recommendations']);
  });

  it('names nothing for a statement, an item heading, or a word that only looks like a kind', () => {
    expect(kinds('4.1 UNHCR’s operational data is fragmented across many systems')).toEqual(['other']);
    expect(kinds('Recommendation 3')).toEqual(['other']);
    expect(kinds('Lesson 1: Mediation first')).toEqual(['other']);
    expect(kinds('Results framework')).toEqual(['other']);
    expect(kinds('Les résultats du projet')).toEqual(['findings']);
    // "Indicador" shares its stem with "Índice" (contents): contents words are compared whole.
    expect(kinds('INDICADOR')).toEqual(['other']);
  });

  it('reads annexes, the foreign ones apart, and what their titles open with', () => {
    expect(classifyHeading('Annex 1: Terms of Reference')).toMatchObject({ kinds: ['annex'], annex: { foreign: true }, numbering: '1' });
    expect(classifyHeading('Annex 5. Lessons learned and emerging good practices')).toMatchObject({
      kinds: ['annex', 'lessons', 'good-practices'],
      annex: { foreign: false },
    });
    expect(classifyHeading('Annex l: Expression of Interest')).toMatchObject({ numbering: '1', annex: { foreign: true } });
    // Another party's lessons: the title does not open with the kind.
    expect(classifyHeading('ANNEX G.5 THRESHOLD PROGRAMS LESSONS LEARNED').kinds).toEqual(['annex']);
  });

  it('tells a title that names an evaluation criterion, in three languages, from one that frames it', () => {
    const criterion = (text: string) => classifyHeading(text).criterion;
    for (const title of [
      '3.0 Relevance',
      '5.0 Efficiency and economy',
      'Performance – Effectiveness',
      'Relevance and strategic fit',
      'Impact orientation and sustainability',
      '4.2 Pertinence du projet',
      'Efficacité',
      'III. EFICACIA DEL PROGRAMA',
      'Sostenibilidad',
    ])
      expect([title, criterion(title)]).toEqual([title, true]);
    for (const title of [
      'Relevance criteria and evaluation questions',
      'Effectiveness indicators',
      '2.3 Evaluation criteria',
      'Findings',
      'Impact of the floods on Cameroon and on the neighbouring countries in 2020 and 2021',
    ])
      expect([title, criterion(title)]).toEqual([title, false]);
  });

  it('splits numbering, reading OCR "3.I" as 3.1', () => {
    expect(splitNumbering('3.I Evaluation Methods')).toEqual({ numbering: '3.1', depth: 2, rest: 'Evaluation Methods' });
    expect(splitNumbering('4.0 FINDINGS')).toEqual({ numbering: '4', depth: 1, rest: 'FINDINGS' });
    expect(splitNumbering('IV. Findings')).toMatchObject({ numbering: 'IV', depth: 1 });
  });

  it('tells contents entries: leaders or a page number, not "Recommendation 12"', () => {
    expect(isTocEntry('RECOMMENDATIONS ...... 42')).toBe(true);
    expect(isTocEntry('Lessons learned\t17')).toBe(true);
    expect(isTocEntry('LESSONS LEARNED 45')).toBe(true);
    expect(isTocEntry('Recommendation 12')).toBe(false);
    expect(isTocEntry('Evaluation Question 2')).toBe(false);
  });
});

describe('findSections', () => {
  const tree = (text: string) => findSections(buildOutline(text));

  it('ends a section at the next heading of the same or a higher level; a sub-heading that names nothing inherits', () => {
    const sections = tree('# Report\n\n## 4. Findings\n\n### 4.1 Data is fragmented\n\nText.\n\n## 5. Recommendations\n\nDo this.\n').all;
    expect(sections.map((section) => [section.title, section.kinds])).toEqual([
      ['', ['other']],
      ['Report', ['other']],
      ['4. Findings', ['findings']],
      ['4.1 Data is fragmented', ['findings']],
      ['5. Recommendations', ['recommendations']],
    ]);
  });

  it('reads a chapter named after an evaluation criterion as findings, unless the method or the criteria frame it', () => {
    const result = tree(
      [
        '# Evaluation of the Labour Programme',
        '## 2. Methodology',
        '### Relevance',
        'Was the programme aligned with the priorities of the government?',
        '## 3. Evaluation criteria',
        '### 3.1 Effectiveness',
        'The extent to which the programme attained its objectives.',
        '## 4. Relevance',
        '### 4.1 Alignment with priorities',
        'The programme is aligned with the priorities of the government.',
        '## 5. Effectiveness',
        'Most outputs were delivered.',
        '## 6. Assessment according to the DAC criteria',
        '### 6.1 Efficiency',
        'Funds were spent as planned.',
        '#### Description of activity',
        'The programme negotiates labour provisions.',
        '### 6.2 Sustainability',
        'The inspectorates have no budget of their own.',
        '## Annex 2: Impact',
        'Tables.',
      ].join('\n\n'),
    );
    expect(result.all.slice(2).map((section) => [section.title, section.kinds])).toEqual([
      ['2. Methodology', ['other']],
      ['Relevance', ['other']],
      ['3. Evaluation criteria', ['other']],
      ['3.1 Effectiveness', ['other']],
      ['4. Relevance', ['findings']],
      ['4.1 Alignment with priorities', ['findings']],
      ['5. Effectiveness', ['findings']],
      ['6. Assessment according to the DAC criteria', ['other']],
      ['6.1 Efficiency', ['findings']],
      ['Description of activity', ['other']],
      ['6.2 Sustainability', ['findings']],
      ['Annex 2: Impact', ['other']],
    ]);
  });

  it('reads criteria headings as they name themselves in a document with a findings chapter, or with one of them only', () => {
    const withFindings = tree(
      [
        '# Evaluation of the Youth Employment Project',
        '## 2. Country context',
        '### 2.2 Impact of COVID-19',
        'Schools closed for a year.',
        '## 3. Relevance of national policies',
        'The national youth policy dates from 2015.',
        '## 4. Findings',
        '### 4.1 Sustainability',
        'The results will last.',
      ].join('\n\n'),
    );
    expect(withFindings.all.slice(2).map((section) => [section.title, section.kinds])).toEqual([
      ['2. Country context', ['other']],
      ['2.2 Impact of COVID-19', ['other']],
      ['3. Relevance of national policies', ['other']],
      ['4. Findings', ['findings']],
      ['4.1 Sustainability', ['findings']],
    ]);
    const single = tree(['# Evaluation of the Youth Employment Project', '## 3. Impact of the drought', 'Harvests fell by half.'].join('\n\n'));
    expect(single.all.map((section) => section.kinds)).toEqual([['other'], ['other'], ['other']]);
  });

  it('never opens a section at a contents entry ("regression: a contents line opened a section that ran to the end")', () => {
    const result = tree('## Table of contents\n\nRECOMMENDATIONS ...... 42\n\nLessons learned ...... 45\n\n## Introduction\n\nThe programme worked in Mali.\n');
    expect(result.all.map((section) => section.title)).toEqual(['', 'Introduction']);
    expect(result.toc.size).toBe(3);
  });

  it("excludes annexes that hold other parties' words, keeps those whose title names a kind, and marks the executive summary", () => {
    const result = tree(
      '## Executive summary\n\n### Recommendations\n\nTrain inspectors.\n\n## 1. Introduction\n\nText.\n\n## Annex 1: Terms of Reference\n\n### Recommendations\n\nThe consultant will make recommendations.\n\n## Annex 5. Lessons learned\n\nMediation works when leaders agree.\n',
    );
    const byTitle = new Map(result.all.map((section) => [section.title, section]));
    expect(byTitle.get('Executive summary')!.inSummary).toBe(true);
    expect(result.all.filter((section) => section.title === 'Recommendations').map((section) => [section.inSummary, section.excluded])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(byTitle.get('Annex 5. Lessons learned')).toMatchObject({ excluded: false, kinds: ['lessons'] });
  });
});
