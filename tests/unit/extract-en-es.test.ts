/**
 * Summaries written for the tests in the same i-eval template, in English (Niger) and Spanish
 * (Mauritania), with the seed's kinds of damage: a split heading, TAB rows and continuation
 * rows, a footnote inside the findings, a sentence cut by a page break, a date placeholder.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import { readDocument } from '../../src/read/read-document.js';
import { expectCleanInsightsWithOffsets, ofKind } from './extract-golden.js';

const ids = (actors: Array<{ id: string }>): string[] => actors.map((actor) => actor.id);

describe('English summary (final evaluation, Niger)', () => {
  const load = async () => {
    const read = await readDocument('tests/fixtures/summary-en-niger.txt');
    return { read, record: extractRecord(read) };
  };

  it('reads the quick facts and the project', async () => {
    const { record } = await load();
    expect(record.document).toMatchObject({ template: 'ilo-ieval-summary', language: 'en', format: 'txt' });
    expect(record.evaluation).toMatchObject({
      title: 'Project to end forced labour and descent-based slavery in Niger',
      type: 'PROJECT',
      timing: 'FINAL',
      mode: 'INDEPENDENT',
      completionDate: '2023-06',
      approvalDate: null,
      administrativeOffice: 'CO-Abidjan',
      technicalOffice: 'FUNDAMENTALS',
    });
    expect(record.evaluation!.manager).toMatchObject({ id: 'person:ibrahim-diallo', name: 'Ibrahim Diallo', kind: 'PERSON' });
    expect(ids(record.evaluation!.evaluators)).toEqual(['person:halima-b-moussa']);
    expect(ids(record.evaluation!.evaluationFirms)).toEqual(['org:sahel-insight-consulting']);
    const project = record.project!;
    expect(project.code).toBe('NER/18/02/EUR');
    expect(ids(project.countries)).toEqual(['country:NER']);
    expect(ids(project.donors)).toEqual(['org:european-union']);
    expect(project.budget).toEqual({ amount: 2450000, currency: 'EUR' });
    expect(ids(project.partners)).toEqual(['org:ilo', 'org:timidria', 'org:anti-slavery-international']);
    // "in the regions of Tahoua and Tillabéri" locates the project; the communes are its places.
    expect(project.places.map(({ id, region }) => [id, region])).toEqual([
      ['place:ner-abalak', 'Tahoua'],
      ['place:ner-tchintabaraden', 'Tahoua'],
      ['place:ner-ayorou', 'Tillabéri'],
    ]);
    expect(project.objective).toBe(
      'The overall objective of the project is to contribute to the elimination of forced labour and descent-based slavery in Niger.',
    );
    expect(project.outcomes).toHaveLength(2);
    expect(record.keywords).toEqual([
      'Forced labour',
      'descent-based slavery',
      'income-generating activities',
      'social mediation',
      'advocacy',
      'access to justice',
    ]);
    expect(record.acronyms).toEqual([
      { acronym: 'IO', expansion: 'intermediate outcomes' },
      { acronym: 'ANLTP', expansion: 'Agence Nationale de Lutte contre la Traite des Personnes et le Trafic Illicite de Migrants' },
    ]);
    expect(record.warnings).toEqual([]);
  });

  it('finds 4 findings, 5 addressed recommendations, 2 lessons and 2 good practices', async () => {
    const { read, record } = await load();
    const findings = ofKind(record, 'FINDING');
    expect(findings.map((finding) => finding.headline)).toEqual([
      'The project was highly relevant to national priorities and to the needs of victims of descent-based slavery.',
      'Access to justice improved, but few cases reached a final judgement',
      'Income-generating activities were effective when combined with social mediation.',
      'The sustainability of the results depends on the national commission and on local authorities.',
    ]);
    // The sentence cut by the page break is whole; the footnote and its marker are gone.
    expect(findings[1]!.text).toBe(
      'The project trained 45 magistrates and judicial police officers in the application of the 2003 law criminalising slavery.\n\n' +
        "Of the 31 cases supported by Timidria's legal clinics, only four led to a conviction, mostly because of long delays in the courts.",
    );
    expect(findings[2]!.text).not.toContain('ANLTP');
    expect(findings.every((finding) => finding.provenance.section === 'Main findings & conclusions')).toBe(true);

    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations.map((recommendation) => ids(recommendation.addressees))).toEqual([
      ['org:ilo'],
      ['org:timidria'],
      // A government named with its country is one organisation whatever the language.
      ['org:government-of-niger'],
      ['org:government-of-niger'],
      ['group:customary-religious-authorities'],
    ]);
    expect(recommendations[0]!.provenance.section).toBe('Main recommendations and follow-up');
    expect(ids(recommendations[4]!.mentions.organisations)).toEqual(['org:anti-slavery-international']);

    expect(ofKind(record, 'LESSON_LEARNED').map((lesson) => lesson.text.slice(0, 40))).toEqual([
      'Legal action alone does not change socia',
      'Income-generating activities for victims',
    ]);
    const practices = ofKind(record, 'GOOD_PRACTICE');
    expect(practices).toHaveLength(2);
    expect(ids(practices[1]!.mentions.countries)).toEqual(['country:MLI', 'country:MRT']);
    expect(ids(practices[1]!.mentions.organisations)).toEqual(['org:timidria', 'org:temedt', 'org:sos-esclaves']);
    expect(ids(practices[0]!.themes)).toContain('theme:social-mediation');
    // "3) draw lessons learned and identify good practices" in the evaluation purpose is not an insight.
    expect(record.insights).toHaveLength(13);
    expect(record.insights.every((insight) => insight.language === 'en')).toBe(true);
    expectCleanInsightsWithOffsets(record, read.text);
  });
});

describe('Spanish summary (mid-term evaluation, Mauritania)', () => {
  const load = async () => {
    const read = await readDocument('tests/fixtures/summary-es-mauritania.txt');
    return { read, record: extractRecord(read) };
  };

  it('reads the quick facts and the project', async () => {
    const { record } = await load();
    expect(record.document).toMatchObject({ template: 'ilo-ieval-summary', language: 'es' });
    expect(record.evaluation).toMatchObject({
      type: 'PROJECT',
      timing: 'MIDTERM',
      mode: 'INDEPENDENT',
      completionDate: '2021-11',
      approvalDate: null,
      administrativeOffice: 'CO-Dakar',
      technicalOffice: 'FUNDAMENTALS',
    });
    expect(record.evaluation!.manager).toMatchObject({ id: 'person:lucia-fernandez', name: 'Lucía Fernández' });
    expect(ids(record.evaluation!.evaluators)).toEqual(['person:rosa-e-quispe']);
    expect(ids(record.evaluation!.evaluationFirms)).toEqual(['org:consultores-del-sahel']);
    const project = record.project!;
    expect(project.code).toBe('MRT/20/03/USA');
    expect(ids(project.countries)).toEqual(['country:MRT']);
    expect(ids(project.donors)).toEqual(['org:usdol']);
    expect(project.budget).toEqual({ amount: 3200000, currency: 'USD' });
    expect(ids(project.partners)).toEqual(['org:ilo', 'org:sos-esclaves', 'org:anti-slavery-international']);
    expect(project.places.map(({ id, region }) => [id, region])).toEqual([
      ['place:mrt-nema', 'Hodh Ech Chargui'],
      ['place:mrt-bassikounou', 'Hodh Ech Chargui'],
      ['place:mrt-kiffa', 'Assaba'],
    ]);
    expect(project.outcomes).toHaveLength(3);
    expect(record.keywords).toEqual(['Esclavitud', 'trabajo forzoso', 'actividades generadoras de ingresos', 'mediación social', 'incidencia política']);
    expect(record.acronyms).toEqual([
      // A Spanish long form for the English acronym of a known organisation.
      { acronym: 'USDOL', expansion: 'Departamento de Trabajo de los Estados Unidos' },
      { acronym: 'RI', expansion: 'resultados intermedios' },
      { acronym: 'AGI', expansion: 'actividades generadoras de ingresos' },
    ]);
  });

  it('finds 3 findings, 4 addressed recommendations, 2 lessons and 2 good practices', async () => {
    const { read, record } = await load();
    expect(ofKind(record, 'FINDING').map((finding) => finding.headline)).toEqual([
      'El proyecto responde a una prioridad nacional y a las necesidades de las víctimas.',
      'Los tribunales especializados siguen teniendo pocos casos',
      'Las actividades generadoras de ingresos mejoran la autonomía de las mujeres víctimas.',
    ]);
    expect(ofKind(record, 'FINDING')[1]!.text).toBe(
      'Solo 12 denuncias apoyadas por SOS Esclaves llegaron a juicio; las víctimas temen represalias y desconocen sus derechos.',
    );
    expect(ofKind(record, 'RECOMMENDATION').map((recommendation) => ids(recommendation.addressees))).toEqual([
      ['org:ilo'],
      ['org:sos-esclaves'],
      ['org:government-of-mauritania'],
      ['org:government-of-mauritania'],
    ]);
    expect(ofKind(record, 'RECOMMENDATION')[1]!.mentions.places.map((place) => place.id)).toEqual(['place:mrt-guidimaka', 'place:mrt-gorgol']);
    expect(ofKind(record, 'LESSON_LEARNED')).toHaveLength(2);
    const practices = ofKind(record, 'GOOD_PRACTICE');
    expect(practices.map((practice) => practice.provenance.section)).toEqual(['Buenas prácticas', 'Buenas prácticas']);
    expect(ids(practices[1]!.mentions.countries)).toEqual(expect.arrayContaining(['country:MLI', 'country:NER']));
    expect(record.insights.every((insight) => insight.language === 'es')).toBe(true);
    expect(record.insights).toHaveLength(11);
    expectCleanInsightsWithOffsets(record, read.text);
  });
});
