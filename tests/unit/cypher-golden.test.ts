/**
 * Golden tests of the Cypher we send: the full text and parameters of every statement the
 * document write, the removal, the reference sync and the search-row reads run, built from the
 * real seed (read and extracted by the project's own functions), pinned as snapshots in
 * __snapshots__/cypher-golden.test.ts.snap, the way neo4j/graphql's TCK and kysely's tests pin
 * exact queries. A change to any statement shows up there as a diff to review; re-record with
 * `npm run test:unit -- -u` when the change is meant. Times and uuids are injected, so the
 * snapshots are the same on every run.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import { toDocumentIds, toDocumentStatements, type DocumentIds } from '../../src/graph/statements/document-statements.js';
import { toEquivalenceMembersQuery, toEquivalenceStatements, toMarkPendingStatement } from '../../src/graph/statements/equivalence-statements.js';
import { toWriteLockStatement } from '../../src/graph/statements/lock-statements.js';
import { toEvaluatedProjectIdsQuery, toProjectSearchRowsQuery, toProjectsOfDocumentsQuery } from '../../src/graph/statements/project-search-rows-query.js';
import { READ_REFERENCE_STAMP, toReferenceStampStatement, toReferenceStatements } from '../../src/graph/statements/reference-statements.js';
import {
  toDocumentCountQuery,
  toDocumentExistsQuery,
  toDocumentsWithBytesQuery,
  toPendingDocumentCountQuery,
} from '../../src/graph/statements/document-queries.js';
import {
  toDeleteEverythingStatements,
  toDeleteInsightsBatchStatement,
  toEvaluationDocumentsQuery,
  toMarkRemovingStatement,
  toOrphanCleanupStatements,
  toRemovalStatements,
  toKnownDocumentsQuery,
  toStoredCandidatesQuery,
  toStoredDocumentsQuery,
} from '../../src/graph/statements/removal-statements.js';
import { toGraphModelMigration, toSchemaStatements } from '../../src/graph/statements/schema-statements.js';
import {
  toCreateSearchCleanupStatement,
  toDeleteSearchCleanupsStatement,
  toMarkIndexedStatement,
  toPresentInsightIdsQuery,
  toSearchCleanupsQuery,
} from '../../src/graph/statements/search-cleanup-statements.js';
import { toDocumentIdsQuery, toInsightIdsQuery, toInsightSearchRowsQuery } from '../../src/graph/statements/search-rows-query.js';
import type { ExtractionRecord } from '../../src/model/records.js';
import { readDocument } from '../../src/read/read-document.js';
import { loadReference, type Reference } from '../../src/reference/load-reference.js';
import { SEED_PATH } from './extract-golden.js';

const AT = '2026-11-30T00:00:00.000Z';
const CLEANUP_ID = 'search-cleanup:00000000-0000-4000-8000-000000000000';

let record: ExtractionRecord;
let ids: DocumentIds;

beforeAll(async () => {
  record = extractRecord(await readDocument(SEED_PATH));
  ids = toDocumentIds(record);
});

/** The ids of the shared nodes the seed's statements link to: what its removal may leave orphaned. */
function neighbourIdsOf(r: ExtractionRecord): string[] {
  const ofMentions = (m: ExtractionRecord['mentions']) => [...m.countries, ...m.places, ...m.organisations, ...m.stakeholderGroups].map((x) => x.id);
  const ev = r.evaluation;
  const project = r.project;
  return [
    ...new Set([
      ...ofMentions(r.mentions),
      ...r.themes.map((t) => t.id),
      ...(ev ? [ev.manager, ...ev.evaluators, ...ev.evaluationFirms].flatMap((a) => (a ? [a.id] : [])) : []),
      ...(project ? [...project.countries, ...project.places, ...project.donors, ...project.partners].map((x) => x.id) : []),
      ...(ids.projectId ? [ids.projectId] : []),
      ...r.insights.flatMap((i) => [...ofMentions(i.mentions), ...i.themes.map((t) => t.id), ...i.addressees.map((a) => a.id)]),
    ]),
  ].sort();
}

/**
 * The reference entries the seed names (its countries, places, organisations with their parents,
 * stakeholder groups, themes with their broader ones): real reference data, small enough to read
 * in the snapshot. The statements' text does not depend on how many entries there are.
 */
function referenceOfSeed(reference: Reference, neighbourIds: readonly string[]): Reference {
  const wanted = new Set(neighbourIds);
  const organisations = reference.organisations.filter((o) => wanted.has(o.id));
  const parents = new Set(organisations.flatMap((o) => (o.parent ? [o.parent] : [])));
  const themes = reference.themes.filter((t) => wanted.has(t.id));
  const broader = new Set(themes.flatMap((t) => (t.broader ? [t.broader] : [])));
  return {
    ...reference,
    countries: reference.countries.filter((c) => wanted.has(`country:${c.iso3}`)),
    places: reference.places.filter((p) => wanted.has(p.id)),
    organisations: reference.organisations.filter((o) => wanted.has(o.id) || parents.has(o.id)),
    stakeholderGroups: reference.stakeholderGroups.filter((g) => wanted.has(g.id)),
    themes: reference.themes.filter((t) => wanted.has(t.id) || broader.has(t.id)),
  };
}

describe('Cypher of the document write, on the seed', () => {
  it('reads what is stored under the seed identity, under its write locks', () => {
    expect([
      toWriteLockStatement(
        [`id:${ids.documentId}`, `sha:${record.document.sha256}`, `path:${record.document.sourcePath}`, `evaluation:${ids.evaluationId}`],
        AT,
      ),
      toStoredCandidatesQuery({ documentId: ids.documentId, sha256: record.document.sha256, sourcePath: record.document.sourcePath }),
      toEvaluationDocumentsQuery(ids.evaluationId),
      toMarkPendingStatement([ids.documentId]),
    ]).toMatchSnapshot();
  });

  it('writes the seed document (toDocumentStatements)', () => {
    expect(toDocumentStatements(record, { ingestedAt: AT, ids })).toMatchSnapshot();
  });

  it('asks which documents of a write batch the graph knows something about', () => {
    expect(
      toKnownDocumentsQuery([
        { index: 0, documentId: ids.documentId, sha256: record.document.sha256, sourcePath: record.document.sourcePath, evaluationId: ids.evaluationId },
      ]),
    ).toMatchSnapshot();
  });

  it('regroups equivalent insights and records what the index owes', () => {
    const [first, second] = ids.insightIds;
    expect([
      toEquivalenceMembersQuery([ids.evaluationId]),
      ...toEquivalenceStatements([
        { id: first!, canonicalId: first!, isCanonical: true, groupLanguages: ['en', 'fr'] },
        { id: second!, canonicalId: first!, isCanonical: false, groupLanguages: null },
      ]),
      toCreateSearchCleanupStatement({ id: CLEANUP_ID, insightIds: ids.insightIds.slice(0, 2), projectIds: ids.projectId ? [ids.projectId] : [] }, AT),
    ]).toMatchSnapshot();
  });
});

describe('Cypher of the removal, on the seed', () => {
  it('reads the stored documents to remove', () => {
    expect(toStoredDocumentsQuery([ids.documentId])).toMatchSnapshot();
  });

  it('removes the seed document and the orphans it leaves', () => {
    expect([...toRemovalStatements(ids.documentId, ids.evaluationId), ...toOrphanCleanupStatements(neighbourIdsOf(record))]).toMatchSnapshot();
  });

  it('resolves what a remove names: the documents with its bytes, a document id, an evaluation', () => {
    expect([
      toDocumentsWithBytesQuery(record.document.sha256),
      toDocumentExistsQuery(ids.documentId),
      toEvaluationDocumentsQuery(ids.evaluationId),
    ]).toMatchSnapshot();
  });

  it('removes the insights of a large document in batches, and resets the whole graph in bounded transactions', () => {
    expect([
      toMarkRemovingStatement([ids.documentId]),
      toDeleteInsightsBatchStatement(ids.documentId, 1000),
      ...toDeleteEverythingStatements(10_000),
    ]).toMatchSnapshot();
  });

  it('writes no clean-up for a document that linked to nothing, and no evaluation refresh without an evaluation', () => {
    expect(toOrphanCleanupStatements([])).toEqual([]);
    expect(toRemovalStatements(ids.documentId, null)).toEqual(toRemovalStatements(ids.documentId, ids.evaluationId).slice(0, 4));
  });
});

describe('Cypher of the reference sync and the schema', () => {
  it('syncs the reference entries the seed names', () => {
    const reference = referenceOfSeed(loadReference(), neighbourIdsOf(record));
    expect([READ_REFERENCE_STAMP, ...toReferenceStatements(reference), toReferenceStampStatement('0'.repeat(64), AT)]).toMatchSnapshot();
  });

  it('creates the schema and migrates older graphs', () => {
    expect({ schema: toSchemaStatements(), migration: toGraphModelMigration() }).toMatchSnapshot();
  });
});

describe('Cypher of the search-row reads, on the seed', () => {
  it('reads the rows of the seed insights and of its project', () => {
    expect([
      toInsightSearchRowsQuery([ids.documentId]),
      toProjectsOfDocumentsQuery([ids.documentId]),
      toProjectSearchRowsQuery(ids.projectId ? [ids.projectId] : []),
      toPresentInsightIdsQuery(ids.insightIds.slice(0, 2)),
    ]).toMatchSnapshot();
  });

  it('pages through the graph for a reindex and finishes the clean-ups', () => {
    expect([
      toDocumentIdsQuery({ onlyPending: true, after: '', limit: 500 }),
      toDocumentIdsQuery({ onlyPending: false, after: ids.documentId, limit: 500 }),
      toInsightIdsQuery({ after: ids.insightIds[0]!, limit: 500 }),
      toEvaluatedProjectIdsQuery({ after: '', limit: 500 }),
      toSearchCleanupsQuery(),
      toDeleteSearchCleanupsStatement([CLEANUP_ID]),
    ]).toMatchSnapshot();
  });

  it('marks the seed indexed once the index caught up, and counts what is still pending', () => {
    expect([
      toMarkIndexedStatement([{ documentId: ids.documentId, sha256: record.document.sha256 }]),
      toPendingDocumentCountQuery(),
      toDocumentCountQuery(),
    ]).toMatchSnapshot();
  });
});

describe('list parameters', () => {
  it('travel inside the one map parameter `lists`, never beside it (Neo4j plans a statement again for each power of ten of a list parameter’s size)', () => {
    const reference = referenceOfSeed(loadReference(), neighbourIdsOf(record));
    const statements = [
      toWriteLockStatement([`id:${ids.documentId}`], AT),
      toStoredCandidatesQuery({ documentId: ids.documentId, sha256: record.document.sha256, sourcePath: record.document.sourcePath }),
      ...toDocumentStatements(record, { ingestedAt: AT, ids }),
      toKnownDocumentsQuery([
        { index: 0, documentId: ids.documentId, sha256: record.document.sha256, sourcePath: record.document.sourcePath, evaluationId: ids.evaluationId },
      ]),
      toEquivalenceMembersQuery([ids.evaluationId]),
      ...toEquivalenceStatements([{ id: ids.insightIds[0]!, canonicalId: ids.insightIds[0]!, isCanonical: true, groupLanguages: ['en'] }]),
      toMarkPendingStatement([ids.documentId]),
      toCreateSearchCleanupStatement({ id: CLEANUP_ID, insightIds: ids.insightIds.slice(0, 2), projectIds: [] }, AT),
      toStoredDocumentsQuery([ids.documentId]),
      ...toRemovalStatements(ids.documentId, ids.evaluationId),
      ...toOrphanCleanupStatements(neighbourIdsOf(record)),
      toMarkRemovingStatement([ids.documentId]),
      ...toReferenceStatements(reference),
      toInsightSearchRowsQuery([ids.documentId]),
      toProjectsOfDocumentsQuery([ids.documentId]),
      toProjectSearchRowsQuery(ids.projectId ? [ids.projectId] : []),
      toPresentInsightIdsQuery(ids.insightIds.slice(0, 2)),
      toDeleteSearchCleanupsStatement([CLEANUP_ID]),
      toMarkIndexedStatement([{ documentId: ids.documentId, sha256: record.document.sha256 }]),
    ];
    const misplaced = statements.flatMap((s) =>
      Object.entries(s.params)
        .filter(([, value]) => Array.isArray(value))
        .map(([name]) => `${name} in ${s.cypher.slice(0, 60)}`),
    );
    expect(misplaced).toEqual([]);
    const withLists = statements.filter((s) => s.params.lists !== undefined);
    expect(withLists.length).toBeGreaterThan(20);
    for (const s of withLists) for (const name of Object.keys(s.params.lists as object)) expect(s.cypher).toContain(`$lists.${name}`);
  });
});
