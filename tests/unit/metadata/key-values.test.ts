import { describe, expect, it } from '@jest/globals';
import { findMetaPairs } from '../../../src/extract/metadata/key-values.js';
import { classifyLabel } from '../../../src/extract/metadata/labels.js';

const pairs = (text: string) => findMetaPairs(text).map((pair) => [pair.field, pair.value]);

describe('classifyLabel: fr/en/es lexicon, whole labels only', () => {
  it.each([
    ['ILO TC/SYMBOL', 'projectCode'],
    ['Code du projet', 'projectCode'],
    ['Código del proyecto', 'projectCode'],
    ['Type of Evaluation', 'evaluationType'],
    ['Country(ies)', 'countries'],
    ['Pays', 'countries'],
    ['Date of the evaluation', 'evaluationDates'],
    ['Name of consultant(s)', 'evaluators'],
    ['ILO Administrative Office', 'administrativeOffice'],
    ['ILO Technical Backstopping Office', 'technicalOffice'],
    ['Evaluation Manager', 'manager'],
    ['Donor: country and budget US$', 'donorsBudget'],
    ['Key Words', 'keywords'],
    ['Commissioned by', 'commissioner'],
    ['Commanditée par', 'commissioner'],
    ['Evaluation period', 'evaluationDates'],
    ['Période couverte', 'periodCovered'],
    ['1.2 Fecha de inicio de la evaluación (dd/mm/aaaa):', 'evaluationStart'],
    ['6.3 Costo total de la evaluación', 'cost'],
    ['**Bailleur(s) :**', 'donors'],
    ['Operation n°', 'projectCode'],
    ['Glide number', 'glide'],
  ])('%s -> %s', (label, field) => {
    expect(classifyLabel(label)?.field).toBe(field);
  });

  it('never reads a sentence as a label', () => {
    expect(classifyLabel('The project was funded by the donor countries')).toBeNull();
    expect(classifyLabel('Evaluation of the Office of International Affairs')).toBeNull();
  });

  it('gives the same answer when asked again, as written or folded differently (answers are remembered by the label as given)', () => {
    expect(classifyLabel('Période couverte')?.field).toBe('periodCovered');
    expect(classifyLabel('Période couverte')?.field).toBe('periodCovered');
    expect(classifyLabel('PERIODE COUVERTE :')?.field).toBe('periodCovered');
    expect(classifyLabel('The project was funded by the donor countries')).toBeNull();
    expect(classifyLabel('The project was funded by the donor countries')).toBeNull();
  });
});

describe('findMetaPairs', () => {
  it('reads key-value lines with markup and numbering', () => {
    expect(pairs('**Pays:** MALI\n\n**Code du project:** MLI/19/01/USA\n\n1.3 Fecha de término de la evaluación (dd/mm/aaaa): 19/10/2018')).toEqual([
      ['countries', 'MALI'],
      ['projectCode', 'MLI/19/01/USA'],
      ['evaluationEnd', '19/10/2018'],
    ]);
  });

  it('splits a line holding two pairs of a two-column box', () => {
    expect(
      pairs('Title of the evaluation: Evaluation of data use Timeframe covered: 2017 – March 2019\n\nExpected duration: August 2018 – April 2019'),
    ).toEqual([
      ['evaluationTitle', 'Evaluation of data use'],
      ['periodCovered', '2017 – March 2019'],
      ['evaluationDates', 'August 2018 – April 2019'],
    ]);
  });

  it('reads the ILO cover label that holds a colon of its own', () => {
    expect(pairs('ILO TC/SYMBOL: MLI/19/01/USA\nDonor: country and budget US$: United States, 1,875,282')).toEqual([
      ['projectCode', 'MLI/19/01/USA'],
      ['donorsBudget', 'United States, 1,875,282'],
    ]);
  });

  it('reads table rows: two cells, and cells holding their own pairs', () => {
    expect(pairs('Donor\tUSDOL\nBudget\tUS$ 5,000,000\n\nDate of Issue: 27 October 2020\tGlide number: FL-2019-000134-CMR')).toEqual([
      ['donors', 'USDOL'],
      ['budget', 'US$ 5,000,000'],
      ['completionDate', '27 October 2020'],
      ['glide', 'FL-2019-000134-CMR'],
    ]);
  });

  it('skips the header row of a table', () => {
    expect(
      pairs('Project title\tPartner country\tStart date\tFunding amount\nLabour inspection\tPeru\t2012\t$300,000\nChild labour\tChile\t2013\t$200,000'),
    ).toEqual([]);
  });

  it("reads a header row's values from the one row under it (IEG's project data)", () => {
    expect(
      pairs(
        '| Project ID | Project Name |\n|---|---|\n| P148972 | KE-Kenya Rural Water Supply and Sanitation Project |\n\nThe project was rated Moderately Satisfactory.',
      ),
    ).toEqual([
      ['projectCode', 'P148972'],
      ['projectTitle', 'KE-Kenya Rural Water Supply and Sanitation Project'],
    ]);
  });

  it('reads a label line followed by its value lines (plain-text title page)', () => {
    const text =
      'Submitted by:\nPhilip Boyle, Team Leader\nEmbry Howell, Senior Evaluation Specialist\nContractor:\nProgram Evaluation for Effectiveness and Learning (PEEL)\nME&A\n1020 19th Street NW, Suite 875\nWashington, DC 20036';
    expect(pairs(text)).toEqual([
      ['evaluators', 'Philip Boyle, Team Leader\nEmbry Howell, Senior Evaluation Specialist'],
      ['evaluationFirm', 'Program Evaluation for Effectiveness and Learning (PEEL)\nME&A'],
    ]);
  });

  it('reads a label broken over short lines, as PDF table cells come out', () => {
    // As in an annex's data sheet: key-value lines, then the table whose cells the reader cut.
    const text =
      'Tipo de Evaluación: Diseño.\n\nNombre del\n\ncoordinador de la\n\nevaluación\n\nYolanda Trujillo Carrillo\n\nCosto total de la\n\nevaluación\n\n$208,800.00 neto';
    expect(pairs(text)).toEqual([
      ['evaluationType', 'Diseño.'],
      ['leadEvaluator', 'Yolanda Trujillo Carrillo'],
      ['cost', '$208,800.00 neto'],
    ]);
  });

  it('takes back the first words of a label that ended the line above', () => {
    const text =
      'Countries covered: Jordan and Lebanon, Pakistan, Zambia Evaluation manager /\n\ncontact in UNHCR:\n\nChristine Fu - fu@unhcr.org\n\nSupport staff:\n\nSelam Araya Soum';
    expect(pairs(text)).toEqual([
      ['countries', 'Jordan and Lebanon, Pakistan, Zambia'],
      ['manager', 'Christine Fu - fu@unhcr.org'],
    ]);
  });

  it('ends a value at a numbered label the lexicon does not know (CONAC form)', () => {
    expect(
      pairs(
        '4.5 Principales colaboradores: C.P. Valeria Blanco Manzano e Ing. Andrés Ríos 4.6 Correo electrónico del coordinador de la evaluación: x@example.org',
      ),
    ).toEqual([['collaborators', 'C.P. Valeria Blanco Manzano e Ing. Andrés Ríos']]);
  });

  it('keeps the sub-labels of a CONAC field and the unit on the next line', () => {
    expect(
      pairs(
        '1.4 Nombre de la persona responsable de darle seguimiento a la evaluación y nombre de la unidad administrativa a la que pertenece:\n\nNombre: Unidad administrativa:\n\nSecretaría de Economía.',
      ),
    ).toEqual([['manager', 'Nombre: Unidad administrativa:\nSecretaría de Economía.']]);
  });

  it('keeps weak labels (and labels without a colon) only beside a strong one, so an acronym list gives nothing', () => {
    expect(pairs('The budget was discussed.\n\nBudget: a constant worry of the team.')).toEqual([]);
    expect(pairs('IP\nImplementing Partner\nKII\nKey Informant Interview')).toEqual([]);
    expect(pairs('in the following three countries:\n- In Morocco, the Ifrane MF.')).toEqual([]);
  });

  it('reads a label at the end of a sentence when a code follows on the next line', () => {
    expect(pairs('Prepared for USAID under USAID Contract Number:\nAID-OAA-TO-16-00008')).toEqual([['contractNumber', 'AID-OAA-TO-16-00008']]);
  });

  it('reads a Markdown front matter and wiki tags as data', () => {
    const text =
      '---\nlayout: default\ntitle: Pilote de partage - Rapport sur les leçons apprises\nlang: fr\n---\n\n## Introduction\n\n[[year:2023]]\n\n[[type:learningplan]]\n\n[[country:Niger]]';
    expect(pairs(text)).toEqual([
      ['documentTitle', 'Pilote de partage - Rapport sur les leçons apprises'],
      ['publicationDate', '2023'],
      ['documentType', 'learningplan'],
      ['countries', 'Niger'],
    ]);
  });

  it('skips a form’s prompt and takes its answer', () => {
    expect(pairs('Partners:\n\n> Please indicate what partners you have worked with?\n\nGIAN and the Honey Bee Network\n\nDonor: UNDP')).toEqual([
      ['partners', 'GIAN and the Honey Bee Network'],
      ['donors', 'UNDP'],
    ]);
  });
});

describe('findMetaPairs: a web page saved as text, one field a line', () => {
  it('reads labels without a colon over their values when two such pairs follow each other', () => {
    expect(pairs(['Tipo de evaluación', 'Consultor', 'Numera S.C.', 'Costo de evaluación', '$645,000', 'Año', '2021'].join('\n'))).toEqual([
      ['evaluators', 'Numera S.C.'],
      ['cost', '$645,000'],
    ]);
  });

  it('does not read a lone label without a colon over a line of text', () => {
    expect(pairs(['The report was written by an external', 'Consultant', 'Maria Lopez led the field work in three regions.'].join('\n'))).toEqual([]);
  });
});
