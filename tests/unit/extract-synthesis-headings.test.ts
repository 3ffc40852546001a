/**
 * Headings of real French and Spanish syntheses (an EU delegation's evaluation synthesis, a Belgian province's web
 * page, an FAO Programme Committee paper) in every format they come in: conclusions numbered "1) …" under the heading
 * that names them, and a heading that names its kind inside a longer phrase.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord } from '../../src/model/records.js';
import { readDocumentBytes } from '../../src/read/read-document.js';
import { makePlacedPdf, type PlacedLine } from './read-fixtures.js';

async function extractBytes(bytes: Uint8Array, sourcePath: string): Promise<ExtractionRecord> {
  const read = await readDocumentBytes(bytes, sourcePath);
  const result: ReadResult = { ...read, sha256: '0'.repeat(64) };
  return extractRecord(result);
}

const extractText = (text: string, sourcePath: string): Promise<ExtractionRecord> => extractBytes(new TextEncoder().encode(text), sourcePath);

/** Each insight's kind, headline and the opening of its text. */
const items = (record: ExtractionRecord) => record.insights.map((insight) => [insight.kind, insight.headline, insight.text.slice(0, 40)]);

describe('conclusions numbered "1) …" under the heading that names them', () => {
  const title = "Synthèse de l'évaluation de la coopération de l'Union européenne avec la Tunisie (2011-2019)";
  const heading = "PRINCIPALES CONCLUSIONS DE L'ÉVALUATION";
  const first = "1) Une réponse adaptée aux priorités de la Tunisie et à l'évolution du contexte";
  const second = "2) Une combinaison d'instruments variés pour développer un important portefeuille";
  const paragraphs = [
    'La coopération UE-Tunisie a su répondre rapidement aux défis issus de la transition politique initiée en 2011.',
    "Le dialogue tripartite entre le gouvernement, l'UE et la société civile a permis d'assurer une réponse adaptée.",
    "L'appui budgétaire au trésor tunisien a été la modalité d'aide privilégiée.",
  ];
  const expected = [
    ['FINDING', first.slice(3), paragraphs[0]!.slice(0, 40)],
    ['FINDING', second.slice(3), paragraphs[2]!.slice(0, 40)],
  ];

  it('gives one finding per numbered heading in a text, the heading as headline and its paragraphs as text', async () => {
    // Each "1) …" line was a list item, and each paragraph a finding of its own: five findings without headlines.
    const record = await extractText(
      [title, heading, 'Cette partie fait état de 5 conclusions issues du document.', first, paragraphs[0], paragraphs[1], second, paragraphs[2]].join('\n\n'),
      'synthese.txt',
    );
    expect(items(record)).toEqual(expected);
    expect(record.insights[0]!.text).toBe(`${paragraphs[0]}\n\n${paragraphs[1]}`);
  });

  it('reads them in a web page that sets them at the level of the heading that names them', async () => {
    // Two <h2> after the <h2> that names the conclusions were chapters of their own: no finding at all.
    const html = [
      `<html><body><h1>${title}</h1><h2>${heading}</h2>`,
      `<h2>${first}</h2><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p>`,
      `<h2>${second}</h2><p>${paragraphs[2]}</p></body></html>`,
    ].join('\n');
    expect(items(await extractText(html, 'synthese.html'))).toEqual(expected);
  });

  it('reads them in the page printed to PDF, every heading of one size', async () => {
    const h = (text: string, y: number, size = 14): PlacedLine => ({ text, x: 40, y, size, bold: true });
    const p = (text: string, y: number): PlacedLine => ({ text, x: 40, y, size: 9 });
    const pdf = await makePlacedPdf([
      h(title, 40, 16),
      h(heading, 90),
      h(first, 130),
      p(paragraphs[0]!, 160),
      p(paragraphs[1]!, 185),
      h(second, 225),
      p(paragraphs[2]!, 255),
    ]);
    expect(items(await extractBytes(pdf, 'synthese.pdf'))).toEqual(expected);
  });

  it('leaves a list of points numbered "1)" a list: the text after it is no division of its last point', async () => {
    const record = await extractText(
      [
        'RECOMMANDATIONS',
        '1) Renforcer le dialogue politique avec les autorités nationales',
        '2) Simplifier les procédures de décaissement des appuis budgétaires',
        'Ces recommandations ont été discutées avec la Délégation en juin 2022.',
      ].join('\n\n'),
      'recommandations.txt',
    );
    expect(items(record)).toEqual([
      ['RECOMMENDATION', null, 'Renforcer le dialogue politique avec les'],
      ['RECOMMENDATION', null, 'Simplifier les procédures de décaissemen'],
    ]);
  });
});

describe('a heading that names its kind inside a longer phrase, in a text', () => {
  const points = [
    'Poursuivre les efforts des porteurs de la démarche dans la mise en mouvement du territoire.',
    'Positionner l’administration provinciale dans la démarche et lui donner les moyens de la piloter.',
  ];
  const page = (heading: string) => ['Luxembourg 2010, 10 ans d’expertise > Evaluation', heading, `1. ${points[0]}`, `2. ${points[1]}`];
  const heading = '10 recommandations ont été identifiées et leur mise en œuvre discutée dès 2009';

  it('reads the list under it as the recommendations it names, as the page itself gives them', async () => {
    // The line was too long for a title in words: no section, no recommendation (the HTML page gave both).
    const html = `<html><body><h1>${page(heading)[0]}</h1><h2>${heading}</h2><ol>${points.map((point) => `<li>${point}</li>`).join('')}</ol></body></html>`;
    const expected = points.map((point) => ['RECOMMENDATION', null, point.slice(0, 40)]);
    expect(items(await extractText(html, 'page.html'))).toEqual(expected);
    expect(items(await extractText(page(heading).join('\n\n'), 'page.txt'))).toEqual(expected);
    // A dump that wrapped it over two lines.
    const wrapped = page(heading.replace(' dès 2009', '\ndès 2009')).join('\n\n');
    expect(items(await extractText(wrapped, 'page.txt'))).toEqual(expected);
  });

  it('reads an indented list after the paragraph that introduces it as points of their own', async () => {
    // FAO's Programme Committee paper saved as text: the bullets indented from the margin were read one level below the
    // paragraph, which took them all; and the heading, twelve words long, named nothing.
    const record = await extractText(
      [
        'Síntesis de evaluaciones recientes de proyectos de campo',
        'Resumen de las principales conclusiones sobre las esferas que han de mejorarse',
        'El análisis indicó que los resultados habían sido buenos desde el punto de vista de la consecución de los productos y efectos de los proyectos. No obstante, se señalaron algunas esferas a las que se debía prestar atención al diseñar y ejecutar los proyectos, como por ejemplo:',
        '  • Mayor realismo en cuanto a la capacidad nacional, que ha tendido a sobreestimarse;',
        '  • Más atención a los aspectos económicos y comerciales de los proyectos orientados al fomento de la producción.',
      ].join('\n\n'),
      'pc83.txt',
    );
    expect(items(record)).toEqual([
      ['FINDING', null, 'El análisis indicó que los resultados ha'],
      ['FINDING', null, 'Mayor realismo en cuanto a la capacidad '],
      ['FINDING', null, 'Más atención a los aspectos económicos y'],
    ]);
  });

  it('leaves a sentence of the body that names a kind a sentence: the list under it keeps its section', async () => {
    const record = await extractText(
      [
        'CONSTATS',
        'Les recommandations de la revue à mi-parcours ont été mises en œuvre en partie.',
        '- Le comité de pilotage ne s’est réuni que deux fois en quatre ans de mise en œuvre.',
        '- Les rapports de suivi ne renseignent pas les indicateurs d’effet du cadre logique.',
      ].join('\n\n'),
      'rapport.txt',
    );
    expect(record.insights.map((insight) => insight.kind)).toEqual(['FINDING', 'FINDING', 'FINDING']);
  });
});

describe('recommendations a page counts, then lists, under no heading that names them', () => {
  const title = 'Tunisie-UE : un partenariat fondé sur le respect mutuel';
  const lead = "La Délégation de l'UE à Tunis énumère trois recommandations importantes dans la suite du partenariat entre les deux parties.";
  const setting = "Face à l'urgence de la crise sanitaire du COVID-19, l'UE a apporté une réponse à court et moyen termes.";
  const points = [
    "L'UE devrait réaffirmer le partenariat privilégié avec la Tunisie en maintenant un volume d'assistance substantiel.",
    "L'UE devrait s'adapter au nouveau contexte politique tunisien depuis le 25 juillet 2021.",
  ];
  const explanation = 'Cela permettrait de mieux aligner la coopération de l’UE sur les politiques européennes.';
  const expected = points.map((point) => ['RECOMMENDATION', null, point.slice(0, 40)]);

  it('reads each point that asks someone to act as a recommendation, in a text and in the web page', async () => {
    // A news page on an EU evaluation: no heading named the recommendations, and nothing was read.
    const text = [title, lead, setting, `- ${points[0]}`, explanation, `- ${points[1]}`].join('\n\n');
    const record = await extractText(text, 'article.txt');
    expect(items(record)).toEqual(expected);
    expect(record.insights[0]!.text).toBe(`${points[0]}\n\n${explanation}`);
    expect(record.insights.map((insight) => insight.addressees.map((addressee) => addressee.asWritten))).toEqual([['UE'], ['UE']]);
    const html = `<html><body><h1>${title}</h1><p>${lead}</p><p>${setting}</p><ul><li>${points[0]}</li></ul><p>${explanation}</p><ul><li>${points[1]}</li></ul></body></html>`;
    expect(items(await extractText(html, 'article.html'))).toEqual(expected);
  });

  it('leaves a list of facts after a sentence that counts recommendations unread', async () => {
    const record = await extractText(
      [
        title,
        "L'évaluation formule trois recommandations, présentées dans le rapport complet.",
        '- Plus de 400 contrats ont été signés pour un montant de 1,8 milliard €.',
        '- Des décaissements de 1,2 milliard € ont été effectués entre 2011 et 2019.',
      ].join('\n\n'),
      'article.txt',
    );
    expect(record.insights).toEqual([]);
  });
});
