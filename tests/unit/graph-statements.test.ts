import { EXTRACTION_VERSION } from '../../src/model/extraction-version.js';
import type { ExtractionRecord, Insight } from '../../src/model/records.js';
import {
  toDocumentIds,
  toDocumentStatements,
  toEvaluationRefreshStatement,
  toProjectRefreshStatement,
  toStatedMetadata,
  yearOf,
} from '../../src/graph/statements/document-statements.js';
import { documentKey, evaluationKey, insightIds, projectId, keySlug, toSearchId } from '../../src/model/ids.js';
import { lockStripeOf, toWriteLockStatement } from '../../src/graph/statements/lock-statements.js';
import { toOrphanCleanupStatements, toRemovalStatements } from '../../src/graph/statements/removal-statements.js';
import { toSchemaStatements } from '../../src/graph/statements/schema-statements.js';
import { listParam } from '../../src/graph/statements/statement.js';

const HOSTILE = `Robert'); "} DETACH DELETE n // \\' \` $param {x} kind = FINDING OR 1=1`;

function insight(kind: Insight['kind'], text: string, extra: Partial<Insight> = {}): Insight {
  return {
    kind,
    headline: null,
    text,
    language: 'fr',
    addressees: [],
    mentions: { countries: [], places: [], organisations: [], stakeholderGroups: [] },
    themes: [],
    provenance: { section: 'Section', start: 0, end: text.length, ordinal: 1, page: null },
    fields: null,
    ...extra,
  };
}

function record(overrides: Partial<ExtractionRecord> = {}): ExtractionRecord {
  return {
    document: {
      sourcePath: 'in/Évaluation finale (v2).txt',
      sha256: 'a'.repeat(64),
      format: 'txt',
      language: 'fr',
      template: 'ilo-ieval-summary',
      kind: 'SUMMARY',
      characters: 100,
    },
    evaluation: {
      title: 'Projet',
      type: 'PROJECT',
      timing: 'MIDTERM',
      mode: 'INDEPENDENT',
      completionDate: '2022-12',
      approvalDate: null,
      administrativeOffice: 'CO-Abidjan',
      technicalOffice: 'FUNDAMENTALS',
      manager: { id: 'person:marcelin-orsot', kind: 'PERSON', name: 'Marcelin Orsot', asWritten: 'Marcelin ORSOT' },
      evaluators: [{ id: 'person:abdourahamane-h-toure', kind: 'PERSON', name: 'Abdourahamane H. Toure', asWritten: 'ABDOURAHAMANE H. TOURE' }],
      evaluationFirms: [{ id: 'org:vision-proactive', kind: 'ORGANISATION', name: 'Vision ProActive', asWritten: 'Vision ProActive' }],
    },
    project: {
      code: 'mli/19/01/usa',
      title: 'Projet combattre l’esclavage',
      countries: [{ id: 'country:MLI', iso3: 'MLI', name: 'Mali' }],
      places: [{ id: 'place:mli-gossi', name: 'Gossi', asWritten: 'Gossi', region: 'Tombouctou', country: 'MLI' }],
      donors: [{ id: 'org:drl', kind: 'ORGANISATION', name: 'DRL', asWritten: 'DRL' }],
      budget: { amount: 1875282, currency: 'USD' },
      partners: [{ id: 'org:ilo', kind: 'ORGANISATION', name: 'ILO', asWritten: 'OIT' }],
      objective: null,
      outcomes: ['R1', 'R2'],
    },
    insights: [
      insight('FINDING', 'Les ressources ont été utilisées.', { headline: 'Efficience' }),
      insight('RECOMMENDATION', 'Renforcer les appuis de l’OIT.', {
        addressees: [{ id: 'org:ilo', kind: 'ORGANISATION', name: 'ILO', asWritten: 'BIT/OIT' }],
        mentions: { countries: [], places: [], organisations: [{ id: 'org:ilo', kind: 'ORGANISATION', name: 'ILO', asWritten: 'OIT' }], stakeholderGroups: [] },
      }),
      insight('GOOD_PRACTICE', 'Le partage avec le Niger et la Mauritanie.', {
        mentions: {
          countries: [
            { id: 'country:NER', iso3: 'NER', name: 'Niger' },
            { id: 'country:MRT', iso3: 'MRT', name: 'Mauritania' },
            { id: 'country:NER', iso3: 'NER', name: 'Niger' },
          ],
          places: [],
          organisations: [],
          stakeholderGroups: [],
        },
        themes: [{ id: 'theme:south-south-cooperation', label: 'South-South cooperation' }],
      }),
    ],
    keywords: ['plaidoyer'],
    acronyms: [{ acronym: 'AGR', expansion: 'Activités Génératrices de Revenus' }],
    mentions: { countries: [{ id: 'country:MLI', iso3: 'MLI', name: 'Mali' }], places: [], organisations: [], stakeholderGroups: [] },
    themes: [],
    warnings: [],
    ...overrides,
  };
}

describe('graph ids', () => {
  it('slugifies accents, case and punctuation', () => {
    expect(keySlug('  Évaluation finale (v2) — Ménaka/Gao ')).toBe('evaluation-finale-v2-menaka-gao');
    // Keys already written to graphs: an apostrophe is a separator here (extract's slugify drops it).
    expect(keySlug("Rapport N'Diaye")).toBe('rapport-n-diaye');
  });

  it('keys an evaluation by project code and timing, and never by file name', () => {
    expect(evaluationKey(record())).toBe('mli-19-01-usa-midterm');
    expect(evaluationKey(record({ evaluation: null }))).toBe('mli-19-01-usa');
    // Regression: `a/report.md` and `b/report.md` were one evaluation (`report`), so the second replaced the first.
    expect(evaluationKey(record({ project: null }))).toBeNull();
  });

  it('keys a document by evaluation, language and kind, or else by its bytes, never by its file name', () => {
    expect(documentKey(record())).toEqual({ key: 'mli-19-01-usa-midterm-fr-summary', identity: 'EVALUATION', evaluationKey: 'mli-19-01-usa-midterm' });
    // Regression: the French and English summaries of one evaluation shared the key, so the later replaced the earlier.
    expect(documentKey(record({ document: { ...record().document, language: 'en' } })).key).toBe('mli-19-01-usa-midterm-en-summary');
    expect(documentKey(record({ document: { ...record().document, kind: 'MANAGEMENT_RESPONSE' } })).key).toBe('mli-19-01-usa-midterm-fr-management-response');
    const unkeyed = (sourcePath: string, sha: string) =>
      documentKey(record({ project: null, document: { ...record().document, sourcePath, sha256: sha.repeat(64) } }));
    expect(unkeyed('a/report.md', 'b')).toEqual({ key: `sha-${'b'.repeat(16)}`, identity: 'CONTENT', evaluationKey: null });
    // Regression: `report.txt` replaced `report.md`, `Report (final).md` and `report_final.md` were one document, other bytes.
    expect(unkeyed('a/report.md', 'b').key).not.toBe(unkeyed('b/report.md', 'c').key);
    expect(unkeyed('Report (final).md', 'b').key).not.toBe(unkeyed('report_final.md', 'c').key);
    // Regression: the same bytes under two names were two documents with duplicated insights.
    expect(unkeyed('x/one.md', 'b').key).toBe(unkeyed('y/two.md', 'b').key);
  });

  it('upper-cases project codes and falls back on the evaluation key', () => {
    expect(projectId('mli/19/01/usa', 'k')).toBe('project:MLI/19/01/USA');
    expect(projectId(null, 'some-key')).toBe('project:some-key');
  });

  it('derives insight ids from document key, kind and normalised text, and keeps repeated texts apart', () => {
    const a = insight('FINDING', 'Même  texte');
    const ids = insightIds('k', [a, insight('FINDING', 'même texte'), insight('LESSON_LEARNED', 'Même texte')]);
    expect(ids[0]).toMatch(/^insight:[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(3);
    expect(insightIds('k', [a])).toEqual([ids[0]]);
    expect(insightIds('other', [a])[0]).not.toBe(ids[0]);
    // The summary and the full report of one evaluation may hold the same sentence: two insights.
    expect(insightIds('e-fr-summary', [a])[0]).not.toBe(insightIds('e-fr-report', [a])[0]);
  });

  it('turns graph ids into Meilisearch ids', () => {
    expect(toSearchId('insight:0123456789abcdef')).toBe('insight_0123456789abcdef');
    expect(toSearchId('project:MLI/19')).toBe('project_MLI-2f-19');
  });

  it('reads the year of a YYYY-MM date', () => {
    expect(yearOf('2022-12')).toBe(2022);
    expect(yearOf('2021')).toBe(2021);
    expect(yearOf(null)).toBeNull();
  });
});

describe('document statements', () => {
  const ids = toDocumentIds(record());
  const statements = toDocumentStatements(record(), { ingestedAt: '2026-11-29T00:00:00.000Z' });

  it('uses the documented ids', () => {
    expect(ids).toMatchObject({
      key: 'mli-19-01-usa-midterm-fr-summary',
      identity: 'EVALUATION',
      evaluationKey: 'mli-19-01-usa-midterm',
      documentId: 'document:mli-19-01-usa-midterm-fr-summary',
      evaluationId: 'evaluation:mli-19-01-usa-midterm',
      projectId: 'project:MLI/19/01/USA',
    });
    expect(ids.insightIds).toHaveLength(3);
    const unkeyed = toDocumentIds(record({ project: null }));
    expect(unkeyed).toMatchObject({
      documentId: `document:sha-${'a'.repeat(16)}`,
      evaluationId: `evaluation:sha-${'a'.repeat(16)}`,
      projectId: null,
      identity: 'CONTENT',
    });
  });

  // The full Cypher of every statement is pinned in cypher-golden.test.ts; these tests check what
  // the parameters carry for a hand-made record.
  it('writes document properties and the evaluation as this document states it (on DESCRIBES), as parameters, pending for search', () => {
    expect(listParam(statements[0]!, 'rows')).toHaveLength(1);
    expect((listParam(statements[0]!, 'rows') as unknown[])[0]).toEqual({
      documentId: 'document:mli-19-01-usa-midterm-fr-summary',
      evaluationId: 'evaluation:mli-19-01-usa-midterm',
      document: {
        key: 'mli-19-01-usa-midterm-fr-summary',
        identity: 'EVALUATION',
        evaluationKey: 'mli-19-01-usa-midterm',
        kind: 'SUMMARY',
        sha256: 'a'.repeat(64),
        sourcePath: 'in/Évaluation finale (v2).txt',
        format: 'txt',
        language: 'fr',
        template: 'ilo-ieval-summary',
        characters: 100,
        ingestedAt: '2026-11-29T00:00:00.000Z',
        searchPending: true,
        keywords: ['plaidoyer'],
        acronyms: ['AGR = Activités Génératrices de Revenus'],
        warnings: [],
        extractionVersion: EXTRACTION_VERSION,
        extraction: null,
      },
      evaluation: {
        key: 'mli-19-01-usa-midterm',
        title: 'Projet',
        type: 'PROJECT',
        timing: 'MIDTERM',
        mode: 'INDEPENDENT',
        completionDate: '2022-12',
        approvalDate: null,
        year: 2022,
        administrativeOffice: 'CO-Abidjan',
        technicalOffice: 'FUNDAMENTALS',
        language: 'fr',
        projectTitle: 'Projet combattre l’esclavage',
        projectOutcomes: ['R1', 'R2'],
        projectBudgetAmount: 1875282,
        projectBudgetCurrency: 'USD',
      },
    });
  });

  it('takes the evaluation properties from its documents in id order, whatever order they came in', () => {
    expect(statements[1]).toEqual(toEvaluationRefreshStatement(['evaluation:mli-19-01-usa-midterm']));
  });

  it('writes each insight kind under its own label with UNWIND', () => {
    const insightStatements = statements.filter((s) => s.cypher.includes('MERGE (i:Insight {id: row.id})'));
    expect(insightStatements.map((s) => /SET i:(\w+)/.exec(s.cypher)![1])).toEqual(['Finding', 'Recommendation', 'GoodPractice']);
    expect(insightStatements[0]!.params).toEqual({
      lists: {
        rows: [
          {
            id: ids.insightIds[0],
            evaluationId: 'evaluation:mli-19-01-usa-midterm',
            documentId: 'document:mli-19-01-usa-midterm-fr-summary',
            props: {
              kind: 'FINDING',
              headline: 'Efficience',
              text: 'Les ressources ont été utilisées.',
              language: 'fr',
              section: 'Section',
              start: 0,
              end: 33,
              ordinal: 1,
              page: null,
              year: 2022,
              canonicalId: ids.insightIds[0],
              isCanonical: true,
            },
          },
        ],
      },
    });
  });

  it('keeps addressees and mentions apart, and mentions each thing once per insight', () => {
    const addressed = statements.filter((s) => s.cypher.includes('ADDRESSED_TO'));
    expect(addressed.map((s) => listParam(s, 'rows'))).toEqual([[{ sourceId: ids.insightIds[1], id: 'org:ilo', name: 'ILO', asWritten: 'BIT/OIT' }]]);
    const countryMentions = statements.find((s) => s.cypher.includes('MATCH (s:Insight {id: row.sourceId})') && s.cypher.includes('MERGE (c:Country'));
    expect(listParam(countryMentions!, 'rows')).toEqual([
      { sourceId: ids.insightIds[2], id: 'country:NER', iso3: 'NER', name: 'Niger', asWritten: 'Niger' },
      { sourceId: ids.insightIds[2], id: 'country:MRT', iso3: 'MRT', name: 'Mauritania', asWritten: 'Mauritania' },
    ]);
  });

  it('puts the budget on the only donor edge and links evaluators to their firm', () => {
    expect(statements.find((s) => s.cypher.includes('r.amount'))!.params).toEqual({
      lists: { rows: [{ projectId: 'project:MLI/19/01/USA', donorId: 'org:drl', amount: 1875282, currency: 'USD' }] },
    });
    expect(statements.find((s) => s.cypher.includes('MEMBER_OF'))!.params).toEqual({
      lists: { rows: [{ personId: 'person:abdourahamane-h-toure', firmId: 'org:vision-proactive' }] },
    });
  });

  it('never puts document text into Cypher: hostile strings travel only as parameters', () => {
    const hostile = record({
      document: { ...record().document, sourcePath: `${HOSTILE}.txt` },
      insights: [insight('LESSON_LEARNED', HOSTILE, { headline: HOSTILE, provenance: { section: HOSTILE, start: 0, end: 1, ordinal: 1, page: null } })],
      keywords: [HOSTILE],
    });
    const all = toDocumentStatements(hostile, { ingestedAt: 'now' });
    for (const statement of all) {
      expect(statement.cypher).not.toContain('DETACH DELETE n //');
      expect(statement.cypher).not.toContain('Robert');
    }
    expect(JSON.stringify(all.map((s) => s.params))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });
});

describe('the optional metadata (metadata extractor) in the graph', () => {
  const lead = { id: 'person:yolanda-trujillo-carrillo', kind: 'PERSON', name: 'Yolanda Trujillo Carrillo', asWritten: 'Yolanda Trujillo Carrillo' } as const;
  const commissioner = { id: 'org:secretaria-de-economia', kind: 'ORGANISATION', name: 'Secretaría de Economía', asWritten: 'SE' } as const;
  const withMetadata = record({
    evaluation: {
      ...record().evaluation!,
      leadEvaluator: lead,
      conductedPeriod: { start: '2018-08-06', end: '2018-10-19' },
      periodCovered: { start: '2009', end: '2014', fiscal: true },
      commissioner,
      followUpUnit: 'Secretaría de Economía del Estado de Zacatecas',
      contractNumber: 'AID-OAA-TO-16-00008',
      reference: 'ES/2019/07',
      cost: { amount: 208800, currency: 'MXN' },
      fundingSource: 'Recursos Propios',
      contractingMode: 'Adjudicación Directa',
      overallRating: null,
    },
    project: {
      ...record().project!,
      acronym: 'FISN',
      glide: 'FL-2019-000134-CMR',
      period: { start: '2019-10-23', end: null },
      expenditure: { amount: 13000000, currency: 'CAD' },
    },
  });
  const statements = toDocumentStatements(withMetadata, { ingestedAt: '2026-11-29T00:00:00.000Z' });
  const ids = toDocumentIds(withMetadata);

  it('states the optional evaluation and project properties on DESCRIBES, as parameters, periods and money flattened, absent ones left out', () => {
    expect((listParam(statements[0]!, 'rows') as { evaluation: unknown }[])[0]!.evaluation).toEqual({
      key: 'mli-19-01-usa-midterm',
      title: 'Projet',
      type: 'PROJECT',
      timing: 'MIDTERM',
      mode: 'INDEPENDENT',
      completionDate: '2022-12',
      approvalDate: null,
      year: 2022,
      administrativeOffice: 'CO-Abidjan',
      technicalOffice: 'FUNDAMENTALS',
      language: 'fr',
      conductedStart: '2018-08-06',
      conductedEnd: '2018-10-19',
      periodCoveredStart: '2009',
      periodCoveredEnd: '2014',
      periodCoveredFiscal: true,
      followUpUnit: 'Secretaría de Economía del Estado de Zacatecas',
      contractNumber: 'AID-OAA-TO-16-00008',
      reportReference: 'ES/2019/07',
      costAmount: 208800,
      costCurrency: 'MXN',
      fundingSource: 'Recursos Propios',
      contractingMode: 'Adjudicación Directa',
      projectTitle: 'Projet combattre l’esclavage',
      projectOutcomes: ['R1', 'R2'],
      projectBudgetAmount: 1875282,
      projectBudgetCurrency: 'USD',
      projectAcronym: 'FISN',
      projectGlide: 'FL-2019-000134-CMR',
      projectPeriodStart: '2019-10-23',
      projectExpenditureAmount: 13000000,
      projectExpenditureCurrency: 'CAD',
    });
    // A record without the optional ones states only its project's title, outcomes and budget.
    expect(toStatedMetadata(record())).toEqual({
      projectTitle: 'Projet combattre l’esclavage',
      projectOutcomes: ['R1', 'R2'],
      projectBudgetAmount: 1875282,
      projectBudgetCurrency: 'USD',
    });
    expect(toStatedMetadata(record({ evaluation: null, project: null }))).toEqual({});
    // The project title falls back on the evaluation's; no outcomes and no budget state nothing.
    expect(toStatedMetadata(record({ project: { ...record().project!, title: null, outcomes: [], budget: null, objective: 'Réduire' } }))).toEqual({
      projectTitle: 'Projet',
      projectObjective: 'Réduire',
    });
  });

  it('links the commissioner (COMMISSIONED_BY) and marks the lead evaluator on CONDUCTED_BY, a member of the firm like the other evaluators', () => {
    const commissioned = statements.filter((s) => s.cypher.includes('COMMISSIONED_BY'));
    expect(commissioned).toEqual([
      {
        cypher: `UNWIND $lists.rows AS row
MATCH (from:Evaluation {id: row.fromId})
MERGE (a:Organisation {id: row.id})
ON CREATE SET a:Actor, a.name = row.name, a.reference = false
MERGE (from)-[r:COMMISSIONED_BY]->(a)`,
        params: { lists: { rows: [{ fromId: ids.evaluationId, id: commissioner.id, name: commissioner.name, asWritten: 'SE' }] } },
      },
    ]);
    const led = statements.filter((s) => s.cypher.includes('r.lead'));
    expect(led).toEqual([
      {
        cypher: `UNWIND $lists.rows AS row
MATCH (e:Evaluation {id: row.evaluationId})
MERGE (a:Person {id: row.id})
ON CREATE SET a:Actor, a.name = row.name, a.reference = false
MERGE (e)-[r:CONDUCTED_BY]->(a)
SET r.lead = true`,
        params: { lists: { rows: [{ evaluationId: ids.evaluationId, id: lead.id, name: lead.name, asWritten: lead.asWritten }] } },
      },
    ]);
    const memberOf = statements.findIndex((s) => s.cypher.includes('MEMBER_OF'));
    expect(listParam(statements[memberOf]!, 'rows')).toEqual([
      { personId: 'person:abdourahamane-h-toure', firmId: 'org:vision-proactive' },
      { personId: lead.id, firmId: 'org:vision-proactive' },
    ]);
    expect(memberOf).toBeGreaterThan(statements.indexOf(led[0]!));
    // Without them, no such statement.
    expect(toDocumentStatements(record(), { ingestedAt: 'now' }).filter((s) => s.cypher.includes('COMMISSIONED_BY') || s.cypher.includes('r.lead'))).toEqual(
      [],
    );
  });

  it('takes the project properties from the documents of its evaluations, most recent evaluation first, after the project is written', () => {
    const refresh = toProjectRefreshStatement('project:MLI/19/01/USA');
    expect(refresh).toEqual({
      cypher: `MATCH (p:Project {id: $projectId})<-[:EVALUATES]-(e:Evaluation)<-[r:DESCRIBES]-(d:Document)
WITH p, r ORDER BY e.completionDate IS NULL, e.completionDate DESC, d.id
WITH p, collect(r) AS stated
SET p.title = head([x IN stated WHERE x.projectTitle IS NOT NULL | x.projectTitle]),
  p.objective = head([x IN stated WHERE x.projectObjective IS NOT NULL | x.projectObjective]),
  p.outcomes = head([x IN stated WHERE x.projectOutcomes IS NOT NULL | x.projectOutcomes]),
  p.budgetAmount = head([x IN stated WHERE x.projectBudgetAmount IS NOT NULL OR x.projectBudgetCurrency IS NOT NULL | x.projectBudgetAmount]),
  p.budgetCurrency = head([x IN stated WHERE x.projectBudgetAmount IS NOT NULL OR x.projectBudgetCurrency IS NOT NULL | x.projectBudgetCurrency]),
  p.acronym = head([x IN stated WHERE x.projectAcronym IS NOT NULL | x.projectAcronym]),
  p.glide = head([x IN stated WHERE x.projectGlide IS NOT NULL | x.projectGlide]),
  p.periodStart = head([x IN stated WHERE x.projectPeriodStart IS NOT NULL OR x.projectPeriodEnd IS NOT NULL OR x.projectPeriodFiscal IS NOT NULL | x.projectPeriodStart]),
  p.periodEnd = head([x IN stated WHERE x.projectPeriodStart IS NOT NULL OR x.projectPeriodEnd IS NOT NULL OR x.projectPeriodFiscal IS NOT NULL | x.projectPeriodEnd]),
  p.periodFiscal = head([x IN stated WHERE x.projectPeriodStart IS NOT NULL OR x.projectPeriodEnd IS NOT NULL OR x.projectPeriodFiscal IS NOT NULL | x.projectPeriodFiscal]),
  p.expenditureAmount = head([x IN stated WHERE x.projectExpenditureAmount IS NOT NULL OR x.projectExpenditureCurrency IS NOT NULL | x.projectExpenditureAmount]),
  p.expenditureCurrency = head([x IN stated WHERE x.projectExpenditureAmount IS NOT NULL OR x.projectExpenditureCurrency IS NOT NULL | x.projectExpenditureCurrency])`,
      params: { projectId: 'project:MLI/19/01/USA' },
    });
    const written = statements.findIndex((s) => s.cypher.includes('MERGE (e)-[:EVALUATES]->(p)'));
    expect(statements[written + 1]).toEqual(refresh);
    // Only the code (the id's) is SET there: the last document written no longer decides the title or the budget.
    expect((listParam(statements[written]!, 'rows') as { project: object }[])[0]!.project).toEqual({ code: 'MLI/19/01/USA' });
  });

  it("takes the projects' properties again from the documents left when a document goes", () => {
    const statements = toRemovalStatements('document:k-fr-summary', 'evaluation:k', ['project:K']);
    expect(statements.slice(-2)).toEqual([toEvaluationRefreshStatement(['evaluation:k']), toProjectRefreshStatement('project:K')]);
  });

  it('never puts metadata text into Cypher', () => {
    const hostile = record({
      evaluation: {
        ...record().evaluation!,
        fundingSource: HOSTILE,
        commissioner: { id: 'org:x', kind: 'ORGANISATION', name: HOSTILE, asWritten: HOSTILE },
        leadEvaluator: { id: 'person:x', kind: 'PERSON', name: HOSTILE, asWritten: HOSTILE },
      },
      project: { ...record().project!, acronym: HOSTILE, glide: HOSTILE },
    });
    for (const statement of toDocumentStatements(hostile, { ingestedAt: 'now' })) expect(statement.cypher).not.toContain('Robert');
  });
});

describe('removal and schema statements', () => {
  it('removes a document and its insights, and its evaluation and project edges only when no other document keeps them', () => {
    const statements = toRemovalStatements('document:k-fr-summary', 'evaluation:k');
    expect(statements.map((s) => s.params)).toEqual([
      { documentId: 'document:k-fr-summary' },
      { documentId: 'document:k-fr-summary' },
      { documentId: 'document:k-fr-summary' },
      { documentId: 'document:k-fr-summary' },
      { lists: { rows: ['evaluation:k'] } },
    ]);
    // The evaluation left to other documents takes its properties from them again.
    expect(statements[4]).toEqual(toEvaluationRefreshStatement(['evaluation:k']));
  });

  it('takes write locks on a fixed set of stripes, in one order', () => {
    const statement = toWriteLockStatement(['path:b.md', 'id:document:x', 'path:b.md', 'sha:00']);
    const stripes = listParam(statement, 'stripes') as string[];
    expect(stripes).toEqual([...new Set([lockStripeOf('path:b.md'), lockStripeOf('id:document:x'), lockStripeOf('sha:00')])].sort());
    expect(stripes.every((s) => /^lock:[0-9a-f]{3}$/.test(s))).toBe(true);
  });

  it('cleans orphans in dependency order', () => {
    const statements = toOrphanCleanupStatements(['org:x', 'place:mli-y']);
    expect(statements.map((s) => /MATCH \(n:(\w+)/.exec(s.cypher)![1])).toEqual(['Project', 'Person', 'Actor', 'Place', 'Country', 'Theme']);
    expect(toOrphanCleanupStatements([])).toEqual([]);
  });

  it('creates every constraint idempotently', () => {
    const statements = toSchemaStatements();
    expect(statements.every((s) => s.cypher.includes('IF NOT EXISTS'))).toBe(true);
    expect(statements.filter((s) => s.cypher.startsWith('CREATE CONSTRAINT')).map((s) => /FOR \(n:(\w+)\)/.exec(s.cypher)![1])).toEqual([
      'Document',
      'Evaluation',
      'Project',
      'Country',
      'Place',
      'Actor',
      'Organisation',
      'Person',
      'StakeholderGroup',
      'Theme',
      'Insight',
      'Meta',
      'WriteLock',
      'SearchCleanup',
    ]);
  });
});
