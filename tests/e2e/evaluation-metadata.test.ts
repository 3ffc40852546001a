import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { createLogger } from '../../src/logger.js';
import { removeDocument } from '../../src/pipeline/remove-document.js';
import { createSearchClient } from '../../src/search/client.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { startTestApi, type TestApi } from './support/api-harness.js';
import { example, readExamples } from './support/readme-examples.js';

// Real engines on a busy machine, and three PDFs to read.
jest.setTimeout(60_000);

/** A file of the shared development corpus, as CI has it (see tests/real/read-and-extract.ts). */
const corpus = (file: string) => path.join('..', 'shared', 'corpus', file);
const FISN_CONAC = corpus('11_zacatecas-fisn-formato-conac-difusion-2018-es.pdf');
const PLATA_CONAC = corpus('12_zacatecas-fondo-plata-formato-conac-difusion-2018-es.pdf');
const IFRC_DREF = corpus('04_ifrc-cameroon-floods-dref-final-report-2020-en.pdf');

const EVALUATION_FIELDS = `
  leadEvaluator { id name }
  commissioner { id name }
  conductedBy { id }
  conductedPeriod { start end fiscal }
  periodCovered { start end fiscal }
  followUpUnit contractNumber reference fundingSource contractingMode overallRating
  cost { amount currency }
  project { id acronym glide period { start end fiscal } expenditure { amount currency } }`;

describe("the metadata extractor's fields in the graph and over GraphQL, on real documents", () => {
  const config = testConfig();
  const examples = readExamples();
  let api: TestApi;

  beforeAll(async () => {
    await resetStores(config);
    const report = await ingestFixtures(config, [FISN_CONAC, PLATA_CONAC, IFRC_DREF]);
    expect(report.documents.map((d) => [d.outcome, d.documentId])).toEqual([
      ['added', 'document:sha-a6a940b0df162164'],
      ['added', 'document:sha-e3bea43474e42053'],
      ['added', 'document:mdrcm028-final-en-report'],
    ]);
    api = await startTestApi(config);
  }, 300_000);
  afterAll(async () => {
    await api?.close();
  });

  const evaluation = async (id: string) => {
    const response = await api.gql(`query ($id: ID!) { evaluation(id: $id) { ${EVALUATION_FIELDS} } }`, { id });
    expect(response.errors).toBeUndefined();
    return response.data.evaluation;
  };

  it('the README example answers as documented (CONAC forms: cost, funding, contracting, lead, commissioner; IFRC: GLIDE and period)', async () => {
    const response = await api.gql(example(examples, 'evaluation-metadata'));
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      fisn: {
        conductedPeriod: { start: '2018-08-06', end: '2018-10-19' },
        followUpUnit: 'Secretaría de Economía del Estado de Zacatecas',
        cost: { amount: 208800, currency: 'MXN' },
        fundingSource: 'Recursos Propios',
        contractingMode: 'Adjudicación Directa',
        project: { acronym: 'FISN' },
      },
      plata: {
        leadEvaluator: { name: 'Jorge Julio Ortiz Blanco' },
        commissioner: { name: 'Secretaría de la Función Pública del Estado de Zacatecas' },
        conductedPeriod: { start: '2018-08-03', end: '2018-10-31' },
        cost: null,
        project: { acronym: 'Fondo Plata' },
      },
      dref: {
        glide: 'FL-2019-000134-CMR',
        period: { start: '2019-10-23', end: '2020-01-23', fiscal: false },
        // "CHF 78,140 out of which CHF 64,785 (83%) were spent."
        expenditure: { amount: 64785, currency: 'CHF' },
      },
    });
  });

  it('every field of the Fondo Plata form: the lead is one of the evaluators, the commissioner an organisation, absent fields null', async () => {
    const plata = await evaluation('evaluation:sha-e3bea43474e42053');
    expect(plata).toMatchObject({
      leadEvaluator: { id: 'person:jorge-julio-ortiz-blanco', name: 'Jorge Julio Ortiz Blanco' },
      commissioner: { id: 'org:secretaria-de-la-funcion-publica-del-estado-de-zacatecas', name: 'Secretaría de la Función Pública del Estado de Zacatecas' },
      conductedPeriod: { start: '2018-08-03', end: '2018-10-31', fiscal: false },
      periodCovered: null,
      followUpUnit: 'Dirección de Financiamiento',
      contractNumber: null,
      reference: null,
      fundingSource: 'Recurso Estatal',
      contractingMode: 'Adjudicación Directa',
      overallRating: null,
      cost: null,
      project: { id: 'project:sha-e3bea43474e42053', acronym: 'Fondo Plata', glide: null, period: null, expenditure: null },
    });
    expect(plata.conductedBy).toContainEqual({ id: 'person:jorge-julio-ortiz-blanco' });
  });

  it('stores them as documented: properties on the nodes, COMMISSIONED_BY and a lead CONDUCTED_BY edge', async () => {
    const driver = createDriver(config);
    try {
      const { records } = await driver.executeQuery(
        `MATCH (e:Evaluation {id: $id})-[:EVALUATES]->(p:Project)
         RETURN e.costAmount AS costAmount, e.costCurrency AS costCurrency, e.conductedStart AS conductedStart, e.conductedEnd AS conductedEnd,
           e.conductedFiscal AS conductedFiscal, e.fundingSource AS fundingSource, p.acronym AS acronym,
           [(e)-[r:CONDUCTED_BY]->(a) WHERE r.lead = true | a.id] AS leads, [(e)-[:COMMISSIONED_BY]->(a) | a.id] AS commissioners`,
        { id: 'evaluation:sha-a6a940b0df162164' },
        { database: config.neo4j.database },
      );
      const edges = await driver.executeQuery(
        `MATCH (e:Evaluation {id: $id})
         RETURN [(e)-[r:CONDUCTED_BY]->(a) WHERE r.lead = true | a.id] AS leads, [(e)-[:COMMISSIONED_BY]->(a:Organisation) | a.id] AS commissioners`,
        { id: 'evaluation:sha-e3bea43474e42053' },
        { database: config.neo4j.database },
      );
      expect(edges.records.map((r) => toPlain(r.toObject()))).toEqual([
        { leads: ['person:jorge-julio-ortiz-blanco'], commissioners: ['org:secretaria-de-la-funcion-publica-del-estado-de-zacatecas'] },
      ]);
      expect(records.map((r) => toPlain(r.toObject()))).toEqual([
        {
          costAmount: 208800,
          costCurrency: 'MXN',
          conductedStart: '2018-08-06',
          conductedEnd: '2018-10-19',
          conductedFiscal: null,
          fundingSource: 'Recursos Propios',
          acronym: 'FISN',
          leads: [],
          commissioners: [],
        },
      ]);
    } finally {
      await driver.close();
    }
  });
});

describe("documents of one evaluation: a document that does not state a value never erases another's, and removal takes them again from those left", () => {
  const config = testConfig();
  const EVALUATION = 'evaluation:ner-18-02-eur-final';
  const EN_DOC = 'document:ner-18-02-eur-final-en-summary';
  const english = readFileSync('tests/fixtures/summary-en-niger.txt', 'utf8');
  const french = readFileSync('tests/fixtures/identity/summary-fr-niger.txt', 'utf8');
  // The fixtures' quick facts, with what the metadata extractor reads added after the project code.
  const englishStating = english.replace(
    '**Project code:** NER/18/02/EUR\n',
    '**Project code:** NER/18/02/EUR\n\n**Commissioned by:** European Union\n\n**Team leader:** Halima B. Moussa\n\n**Evaluation cost:** EUR 45,000\n\n**Timeframe covered:** 2019 to 2022\n\n**Acronym:** PENDS\n',
  );
  const frenchStating = french.replace(
    '**Code du project:** NER/18/02/EUR\n',
    "**Code du project:** NER/18/02/EUR\n\n**Coût de l'évaluation:** EUR 50 000\n\n**Acronyme:** PCN\n",
  );
  const bytes = (text: string, sourcePath: string) => ({ bytes: new TextEncoder().encode(text), sourcePath });
  let api: TestApi;

  beforeAll(async () => {
    expect(englishStating).not.toBe(english);
    expect(frenchStating).not.toBe(french);
    await resetStores(config);
    api = await startTestApi(config);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  const read = async () => {
    const response = await api.gql(`query ($id: ID!) { evaluation(id: $id) { ${EVALUATION_FIELDS} } }`, { id: EVALUATION });
    expect(response.errors).toBeUndefined();
    return response.data.evaluation;
  };

  it("keeps the English summary's values when the French one, stating none, comes after it", async () => {
    const report = await ingestFixtures(config, [bytes(englishStating, 'uploads/en.txt')]);
    expect(report.documents.map((d) => [d.outcome, d.documentId])).toEqual([['added', EN_DOC]]);
    await ingestFixtures(config, [bytes(french, 'uploads/fr.txt')]);
    expect(await read()).toMatchObject({
      leadEvaluator: { id: 'person:halima-b-moussa' },
      commissioner: { id: 'org:european-union' },
      periodCovered: { start: '2019', end: '2022', fiscal: false },
      cost: { amount: 45000, currency: 'EUR' },
      project: { id: 'project:NER/18/02/EUR', acronym: 'PENDS' },
    });
  });

  it("still shows the first document's (by id) values when a new French version states others", async () => {
    const report = await ingestFixtures(config, [bytes(frenchStating, 'uploads/fr.txt')]);
    expect(report.documents.map((d) => d.outcome)).toEqual(['updated']);
    expect(await read()).toMatchObject({
      cost: { amount: 45000, currency: 'EUR' },
      periodCovered: { start: '2019', end: '2022' },
      project: { acronym: 'PENDS' },
    });
  });

  it('takes the French values, and drops what only the English stated, when the English summary is removed', async () => {
    const driver = createDriver(config);
    try {
      await removeDocument({ driver, search: createSearchClient(config), config, logger: createLogger({ logLevel: 'silent' }) }, EN_DOC);
    } finally {
      await driver.close();
    }
    expect(await read()).toMatchObject({ cost: { amount: 50000, currency: 'EUR' }, periodCovered: null, project: { acronym: 'PCN' } });
  });
});
