import type { ExtractionRecord, Insight } from '../../src/model/records.js';
import { toDocumentIds, toDocumentStatements, yearOf } from '../../src/graph/statements/document-statements.js';
import { evaluationKey, insightIds, projectId, keySlug, toSearchId } from '../../src/graph/statements/ids.js';
import { toOrphanCleanupStatements, toRemovalStatements } from '../../src/graph/statements/removal-statements.js';
import { toSchemaStatements } from '../../src/graph/statements/schema-statements.js';

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
    document: { sourcePath: 'in/Évaluation finale (v2).txt', sha256: 'a'.repeat(64), format: 'txt', language: 'fr', template: 'ilo-ieval-summary', kind: 'SUMMARY', characters: 100 },
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

  it('keys an evaluation by project code and timing, else by file name', () => {
    expect(evaluationKey(record())).toBe('mli-19-01-usa-midterm');
    expect(evaluationKey(record({ project: null }))).toBe('evaluation-finale-v2');
    expect(evaluationKey(record({ evaluation: null }))).toBe('mli-19-01-usa');
    expect(evaluationKey(record({ project: null, document: { ...record().document, sourcePath: '???.txt' } }))).toBe(`sha-${'a'.repeat(16)}`);
  });

  it('upper-cases project codes and falls back on the evaluation key', () => {
    expect(projectId('mli/19/01/usa', 'k')).toBe('project:MLI/19/01/USA');
    expect(projectId(null, 'some-key')).toBe('project:some-key');
  });

  it('derives insight ids from key, kind and normalised text, and keeps repeated texts apart', () => {
    const a = insight('FINDING', 'Même  texte');
    const ids = insightIds('k', [a, insight('FINDING', 'même texte'), insight('LESSON_LEARNED', 'Même texte')]);
    expect(ids[0]).toMatch(/^insight:[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(3);
    expect(insightIds('k', [a])).toEqual([ids[0]]);
    expect(insightIds('other', [a])[0]).not.toBe(ids[0]);
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
      key: 'mli-19-01-usa-midterm',
      documentId: 'document:mli-19-01-usa-midterm',
      evaluationId: 'evaluation:mli-19-01-usa-midterm',
      projectId: 'project:MLI/19/01/USA',
    });
    expect(ids.insightIds).toHaveLength(3);
  });

  it('writes document and evaluation properties as parameters, pending for search', () => {
    expect(statements[0]!.params).toEqual({
      documentId: 'document:mli-19-01-usa-midterm',
      evaluationId: 'evaluation:mli-19-01-usa-midterm',
      document: {
        key: 'mli-19-01-usa-midterm',
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
      },
    });
  });

  it('writes each insight kind under its own label with UNWIND', () => {
    const insightStatements = statements.filter((s) => s.cypher.includes('MERGE (i:Insight {id: row.id})'));
    expect(insightStatements.map((s) => /SET i:(\w+)/.exec(s.cypher)![1])).toEqual(['Finding', 'Recommendation', 'GoodPractice']);
    expect(insightStatements[0]!.params.rows).toEqual([
      {
        id: ids.insightIds[0],
        props: { kind: 'FINDING', headline: 'Efficience', text: 'Les ressources ont été utilisées.', language: 'fr', section: 'Section', start: 0, end: 33, ordinal: 1, page: null, year: 2022 },
      },
    ]);
  });

  it('keeps addressees and mentions apart, and mentions each thing once per insight', () => {
    const addressed = statements.filter((s) => s.cypher.includes('ADDRESSED_TO'));
    expect(addressed.map((s) => s.params.rows)).toEqual([[{ sourceId: ids.insightIds[1], id: 'org:ilo', name: 'ILO', asWritten: 'BIT/OIT' }]]);
    const countryMentions = statements.find((s) => s.cypher.includes('MATCH (s:Insight {id: row.sourceId})') && s.cypher.includes('MERGE (c:Country'));
    expect(countryMentions!.params.rows).toEqual([
      { sourceId: ids.insightIds[2], id: 'country:NER', iso3: 'NER', name: 'Niger', asWritten: 'Niger' },
      { sourceId: ids.insightIds[2], id: 'country:MRT', iso3: 'MRT', name: 'Mauritania', asWritten: 'Mauritania' },
    ]);
  });

  it('puts the budget on the only donor edge and links evaluators to their firm', () => {
    expect(statements.find((s) => s.cypher.includes('r.amount'))!.params).toEqual({ projectId: 'project:MLI/19/01/USA', donorId: 'org:drl', amount: 1875282, currency: 'USD' });
    expect(statements.find((s) => s.cypher.includes('MEMBER_OF'))!.params).toEqual({ people: ['person:abdourahamane-h-toure'], firms: ['org:vision-proactive'] });
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

describe('removal and schema statements', () => {
  it('removes a document by id only, with the project edges kept when another evaluation shares the project', () => {
    const statements = toRemovalStatements('document:k', 'evaluation:k');
    expect(statements.map((s) => s.params)).toEqual([{ evaluationId: 'evaluation:k' }, { evaluationId: 'evaluation:k' }, { documentId: 'document:k', evaluationId: 'evaluation:k' }]);
    expect(statements[1]!.cypher).toContain('WHERE NOT EXISTS { MATCH (p)<-[:EVALUATES]-(other:Evaluation) WHERE other.id <> $evaluationId }');
  });

  it('cleans orphans in dependency order and never reference nodes', () => {
    const statements = toOrphanCleanupStatements(['org:x', 'place:mli-y']);
    expect(statements.map((s) => /MATCH \(n:(\w+)/.exec(s.cypher)![1])).toEqual(['Project', 'Person', 'Actor', 'Place', 'Country', 'Theme']);
    expect(statements.every((s) => s.cypher.includes('coalesce(n.reference, false) = false'))).toBe(true);
    expect(toOrphanCleanupStatements([])).toEqual([]);
  });

  it('creates every constraint idempotently', () => {
    const statements = toSchemaStatements();
    expect(statements.every((s) => s.cypher.includes('IF NOT EXISTS'))).toBe(true);
    expect(statements.filter((s) => s.cypher.startsWith('CREATE CONSTRAINT')).map((s) => /FOR \(n:(\w+)\)/.exec(s.cypher)![1])).toEqual([
      'Document', 'Evaluation', 'Project', 'Country', 'Place', 'Actor', 'Organisation', 'Person', 'StakeholderGroup', 'Theme', 'Insight', 'Meta',
    ]);
  });
});
