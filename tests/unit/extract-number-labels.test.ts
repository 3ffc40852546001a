/**
 * Numbering and labels in text dumps of real reports (UNDP ERC pages, ICPE reports, ERC lessons): list numbers
 * without their full stop, a label and its colon after the list's marks, a paragraph number glued to a label.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord, RecommendationFields } from '../../src/model/records.js';
import { readDocumentBytes } from '../../src/read/read-document.js';

async function extractText(lines: readonly string[], sourcePath = 'dump.txt'): Promise<ExtractionRecord> {
  const read = await readDocumentBytes(new TextEncoder().encode(lines.join('\n')), sourcePath);
  const result: ReadResult = { ...read, sha256: '0'.repeat(64) };
  return extractRecord(result);
}

const items = (record: ExtractionRecord) => record.insights.map((insight) => [insight.kind, insight.text]);

describe('a numbered list whose numbers lost their full stop ("1 Supprimer …")', () => {
  it('gives one recommendation per number, without the number', async () => {
    const record = await extractText([
      'Evaluation à mi-parcours du projet COGERAT',
      '',
      'Recommendations',
      '',
      '1 Supprimer le résultat R5 et intégrer les seuls résultats intermédiaires pertinents au résultat R4.',
      "2 Limiter la zone d'intervention aux 4 communes identifiées initialement.",
      '3 Concentrer et focaliser le projet aux activités et résultats clés.',
    ]);
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'Supprimer le résultat R5 et intégrer les seuls résultats intermédiaires pertinents au résultat R4.'],
      ['RECOMMENDATION', "Limiter la zone d'intervention aux 4 communes identifiées initialement."],
      ['RECOMMENDATION', 'Concentrer et focaliser le projet aux activités et résultats clés.'],
    ]);
  });

  it('reads a lone "1 …" right under the heading as the first item: its number is no addressee', async () => {
    const record = await extractText([
      'Mid Term Outcome Evaluation, Malawi',
      '',
      'Recommendations',
      '',
      '1 UNDP should continue pursuing the SWAp in democratic governance and strengthen its support to the Ministry of Justice.',
    ]);
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'UNDP should continue pursuing the SWAp in democratic governance and strengthen its support to the Ministry of Justice.'],
    ]);
    expect(record.insights[0]!.addressees.map((actor) => actor.name)).toEqual(['United Nations Development Programme']);
  });

  it('leaves figures, wrapped lines and notes at the start of a line in their paragraph', async () => {
    const record = await extractText([
      'Final evaluation of the water project',
      '',
      'Recommendations',
      '',
      'The ministry should extend the programme to the northern districts, where it reached',
      '3 000 households in 2021 and where the need is greatest.',
      '',
      'The project should hand over the wells to the communities before it ends, as it did in',
      '12 Regions of the south.',
      '',
      'The donors should fund a second phase.1',
      '',
      '1 See annex 4 for the list of districts.',
    ]);
    const texts = record.insights.map((insight) => insight.text);
    expect(texts.some((text) => /reached 3 000 households/.test(text))).toBe(true);
    expect(texts.some((text) => /as it did in 12 Regions/.test(text))).toBe(true);
    expect(texts.some((text) => /^See annex/.test(text))).toBe(false);
  });
});

describe('a numbered list whose numbers are glued to the text ("1.This evaluation …")', () => {
  it('gives one item per number, without the number, and takes no "3.UNDP" for an addressee', async () => {
    const record = await extractText([
      'Final Evaluation of the Rural Water Project in Malawi',
      '',
      'Recommendations',
      '',
      '1.The project should strengthen the monitoring system so that district offices report quarterly.',
      '2.The Ministry of Water should allocate recurrent budget for the maintenance of water points.',
      '3.UNDP should document the community management model and share it with other districts.',
      '',
      'Lessons Learned',
      '',
      '1.Community ownership of water points depends on early involvement of water committees in site selection.',
      '2.Training of area mechanics without a supply chain for spare parts did not keep water points working.',
    ]);
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'The project should strengthen the monitoring system so that district offices report quarterly.'],
      ['RECOMMENDATION', 'The Ministry of Water should allocate recurrent budget for the maintenance of water points.'],
      ['RECOMMENDATION', 'UNDP should document the community management model and share it with other districts.'],
      ['LESSON_LEARNED', 'Community ownership of water points depends on early involvement of water committees in site selection.'],
      ['LESSON_LEARNED', 'Training of area mechanics without a supply chain for spare parts did not keep water points working.'],
    ]);
    expect(record.insights[2]!.addressees.map((actor) => actor.name)).toEqual(['United Nations Development Programme']);
  });

  it('leaves a decimal or a section number at the start of a line where it is', async () => {
    const record = await extractText([
      'Final evaluation of the water project',
      '',
      'Recommendations',
      '',
      'The ministry should extend the programme to the northern districts, where the project reached',
      '1.5 million people in 2021 and where the need is greatest.',
      '',
      'The project should hand over the wells to the communities before it ends, as planned in section',
      '2.1 of the project document.',
    ]);
    const texts = record.insights.map((insight) => insight.text);
    expect(texts.some((text) => /reached 1\.5 million people/.test(text))).toBe(true);
    expect(texts.some((text) => /section 2\.1 of the project document/.test(text))).toBe(true);
  });
});

describe('a line that names a section right above its list, no blank line around it (a page saved as text)', () => {
  it('is a heading under the title line', async () => {
    const record = await extractText([
      'Mid Term Outcome Evaluation, Malawi',
      'Recommendations',
      '1. UNDP should continue pursuing the SWAp in democratic governance and strengthen its support to the Ministry of Justice.',
    ]);
    expect(items(record)).toEqual([
      ['RECOMMENDATION', 'UNDP should continue pursuing the SWAp in democratic governance and strengthen its support to the Ministry of Justice.'],
    ]);
  });

  it("is a heading after an ERC page's fields and its empty Lessons and Findings", async () => {
    const record = await extractText([
      'National institutions foster democratic governance and human rights',
      '',
      'Title National institutions foster democratic governance and human rights',
      'Evaluation Plan: 2012-2018, Malawi',
      'Evaluation Type: Mid Term Outcome',
      'Status: Completed',
      'Countries: MALAWI',
      'Lessons',
      'Findings',
      'Recommendations',
      '1 UNDP should continue pursuing the SWAp in democratic governance and strengthen its support to the Ministry of Justice and Constitutional Affairs on implementation of policies, laws and regulations.',
    ]);
    expect(items(record)).toEqual([
      [
        'RECOMMENDATION',
        'UNDP should continue pursuing the SWAp in democratic governance and strengthen its support to the Ministry of Justice and Constitutional Affairs on implementation of policies, laws and regulations.',
      ],
    ]);
  });
});

describe("a point's number alone on its line, then a bullet and a label with its colon (ERC lessons saved as text)", () => {
  it('gives the label as headline and the rest as text, without the number or the bullet', async () => {
    const record = await extractText([
      'Evaluación final del proyecto, Peru',
      '',
      'Lessons',
      '',
      '1.',
      '  • Procedimientos y arreglos institucionales: los procedimientos administrativos largos y poco flexibles no facilitan una implementación fluida.',
      '',
      'Findings',
    ]);
    expect(record.insights.map((insight) => [insight.kind, insight.headline, insight.text])).toEqual([
      [
        'LESSON_LEARNED',
        'Procedimientos y arreglos institucionales',
        'los procedimientos administrativos largos y poco flexibles no facilitan una implementación fluida.',
      ],
    ]);
  });

  it('keeps a party\'s name before the colon out of the headline ("À Enabel :")', async () => {
    const record = await extractText([
      'Évaluation finale du projet',
      '',
      'Recommandations',
      '',
      "- À Enabel : prévoir dès la formulation une stratégie de sortie assortie d'un calendrier de reprise des coûts.",
      '- Au ministère : publier chaque année le montant des transferts par commune et par région.',
    ]);
    expect(record.insights.map((insight) => insight.headline)).toEqual([null, null]);
  });
});

describe("a conclusion's label with the paragraph's number glued to its dot (UNDP IEO country programme evaluations)", () => {
  it('leaves the paragraph number out of the text, in a text dump and in bold as a PDF gives it', async () => {
    const plain = await extractText([
      'INDEPENDENT COUNTRY PROGRAMME EVALUATION: HONDURAS',
      '',
      '3.1 Conclusions',
      '',
      'Conclusion 1.179 UNDP is a trusted and valued partner of the Government.',
      'Conclusion 2.180 UNDP made important contributions to the national development agenda.',
    ]);
    expect(items(plain)).toEqual([
      ['FINDING', 'UNDP is a trusted and valued partner of the Government.'],
      ['FINDING', 'UNDP made important contributions to the national development agenda.'],
    ]);
    const bold = await extractText(
      [
        '# Independent Country Programme Evaluation: Honduras',
        '',
        '## 3.1 Conclusions',
        '',
        '**Conclusion 1.**179 **UNDP is a trusted and valued partner of the Government.**',
        '',
        'UNDP enjoys a good reputation as a valuable partner in Honduras.',
      ],
      'icpe.md',
    );
    expect(bold.insights.map((insight) => insight.text).join(' ')).not.toMatch(/\b179\b/);
  });

  it('keeps a sub-item\'s number ("Recommendation 1.2")', async () => {
    const record = await extractText([
      'Final evaluation',
      '',
      'Recommendations',
      '',
      'Recommendation 1.2 The country office should publish its results framework every year.',
    ]);
    expect(items(record)).toEqual([['RECOMMENDATION', 'The country office should publish its results framework every year.']]);
  });
});

describe('sub-points "(i) … (ii) … (iii)" written inline under a short title', () => {
  it('are the parts of one recommendation, the title its headline', async () => {
    const record = await extractText([
      'Evaluation finale du programme de pays',
      '',
      'Recommendations',
      '',
      "1 Mettre place une approche programme (i) Détermination d'une finalité générale pour chaque programme (ii) Formulation, en rapport avec la partie nationale, des projets qui concourent à cette finalité (iii) Au niveau du PNUD, mettre en place un cadre de coordination des projets",
    ]);
    expect(record.insights.map((insight) => [insight.kind, insight.headline])).toEqual([['RECOMMENDATION', 'Mettre place une approche programme']]);
    expect(record.insights[0]!.text).toMatch(/^\(i\) Détermination .* \(ii\) Formulation, .* \(iii\) Au niveau du PNUD/);
  });

  it('stay items of their own when a sentence leads into them', async () => {
    const record = await extractText([
      'Final evaluation of the programme',
      '',
      'Recommendations',
      '',
      '1. The ministry should (i) Publish the transfers to each district every year, and (ii) Audit the districts that receive the largest transfers.',
    ]);
    expect(record.insights).toHaveLength(2);
  });
});

describe('a recommendation table whose header cell wraps ("Date" / "limite"), as the PDF reader gives it', () => {
  // A Chromium PDF of an Enabel results report: the ruled table's header cell "Date limite" is set on two lines, and
  // the reader writes the header as two rows, "Date" over the third column alone.
  it('gives each row, its actor and its deadline', async () => {
    const record = await extractText(
      [
        '# Recommandations',
        '',
        '\t\t**Date**',
        '**Recommandations**\t**Acteur**\t**limite**',
        'Demander une prolongation de la convention\tATI EDUT, ECT\tQ1',
        'Demander une modification budgétaire\tATI EDUT, RAFI\tQ1',
        'Numériser la gestion scolaire (D4D)\tATI EDUT, ECT\tQ4',
      ],
      'rapport.md',
    );
    expect(record.insights.map((insight) => [insight.text, fields(insight)?.responsibleUnit, fields(insight)?.timeFrame])).toEqual([
      ['Demander une prolongation de la convention', 'ATI EDUT, ECT', 'Q1'],
      ['Demander une modification budgétaire', 'ATI EDUT, RAFI', 'Q1'],
      ['Numériser la gestion scolaire (D4D)', 'ATI EDUT, ECT', 'Q4'],
    ]);
  });

  it('keeps a group header over its columns apart ("Respuesta" over "Aceptada", "Parcialmente aceptada", "No aceptada")', async () => {
    const record = await extractText(
      [
        '# Matriz de respuesta de la gerencia',
        '',
        '**Recomendación**\t**Respuesta**\t\t\t**Responsable**',
        '\t**Aceptada**\t**Parcialmente aceptada**\t**No aceptada**',
        '1. Crear un fondo rotatorio para la compra de insumos.\t\tX\t\tDirección de Desarrollo Rural',
      ],
      'matriz.md',
    );
    expect(record.insights.map((insight) => fields(insight)?.managementResponse?.decision)).toEqual(['PARTIALLY_ACCEPTED']);
  });
});

const fields = (insight: ExtractionRecord['insights'][number]) => insight.fields as RecommendationFields | null;
