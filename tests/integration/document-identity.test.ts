import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/neo4j-values.js';
import { GRAPH_MODEL_VERSION } from '../../src/graph/statements/schema-statements.js';
import { createGraphReader } from '../../src/graph/queries/read-graph.js';
import { createStatsQueries } from '../../src/graph/queries/stats.js';
import { toSearchId } from '../../src/model/ids.js';
import { createLogger } from '../../src/logger.js';
import { removeDocument, resolveDocumentArgument } from '../../src/pipeline/remove-document.js';
import { createSearchClient } from '../../src/search/client.js';
import { insightsIndexName, listIndexedIds, projectsIndexName } from '../../src/search/search-index.js';
import type { InsightSearchDocument } from '../../src/search/to-search-documents.js';
import { ingestFixtures, reindexAll, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { EXTRACTION_VERSION } from '../../src/model/extraction-version.js';

const REPORT = readFileSync('tests/fixtures/other-shapes-report.md', 'utf8');
const ENGLISH = 'tests/fixtures/summary-en-niger.txt';
const FRENCH = 'tests/fixtures/identity/summary-fr-niger.txt';
const EVALUATION = 'evaluation:ner-18-02-eur-final';
const EN_DOC = 'document:ner-18-02-eur-final-en-summary';
const FR_DOC = 'document:ner-18-02-eur-final-fr-summary';

/** Other bytes, and other insights: a country and a word changed in every item that has them. */
const variant = (country: string) => REPORT.replaceAll('Burkina Faso', country).replaceAll('should', 'must');

describe('document identity: what a document is, what replaces what', () => {
  const config = testConfig();
  const driver = createDriver(config);
  const search = createSearchClient(config);
  const deps = { driver, search, config, logger: createLogger({ logLevel: 'silent' }) };
  const work = mkdtempSync(path.join(os.tmpdir(), 'lessons-graph-identity-'));
  const file = (name: string, text: string) => {
    const full = path.join(work, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: config.neo4j.database })).records.map((r) => toPlain(r.toObject()) as Record<string, any>);
  const documents = async () => rows('MATCH (d:Document) RETURN d.id AS id, d.sourcePath AS sourcePath ORDER BY sourcePath');
  const graphIds = async () => (await rows('MATCH (i:Insight) RETURN i.id AS id')).map((r) => toSearchId(r.id)).sort();
  const indexIds = async () => (await listIndexedIds(search, config)).sort();
  const count = async (cypher: string, params: Record<string, unknown> = {}) => (await rows(cypher, params))[0]!.n as number;

  beforeEach(async () => {
    await resetStores(config);
  }, 120_000);
  afterAll(async () => {
    await driver.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('a/report.md then b/report.md with other bytes are two documents (the second was "updated" and the first lost)', async () => {
    const first = await ingestFixtures(config, [file('a/report.md', REPORT)]);
    const second = await ingestFixtures(config, [file('b/report.md', variant('Togo'))]);
    expect(first.documents.map((d) => d.outcome)).toEqual(['added']);
    expect(second.documents.map((d) => [d.outcome, d.replaced])).toEqual([['added', []]]);
    expect((await documents()).map((d) => d.sourcePath)).toEqual([path.join(work, 'a/report.md'), path.join(work, 'b/report.md')]);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(18);
    expect(await indexIds()).toEqual(await graphIds());
  });

  it('report.txt does not replace report.md, nor report_final.md "Report (final).md" (one file-name key)', async () => {
    const report = await ingestFixtures(config, [
      file('report.md', REPORT),
      file('report.txt', variant('Benin')),
      file('Report (final).md', variant('Ghana')),
      file('report_final.md', variant('Chad')),
    ]);
    expect(report).toMatchObject({ added: 4, updated: 0, unchanged: 0, failed: 0 });
    expect(new Set(report.documents.map((d) => d.documentId)).size).toBe(4);
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(4);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(36);
  });

  it('the same bytes under two names and folders are one document, unchanged (they were two, with duplicated insights)', async () => {
    const first = await ingestFixtures(config, [file('x/one.md', REPORT)]);
    const second = await ingestFixtures(config, [file('y/two.md', REPORT)]);
    expect(second.documents).toEqual([
      expect.objectContaining({
        outcome: 'unchanged',
        documentId: first.documents[0]!.documentId,
        storedSourcePath: path.join(work, 'x/one.md'),
        replaced: [],
      }),
    ]);
    expect(await documents()).toEqual([{ id: first.documents[0]!.documentId, sourcePath: path.join(work, 'x/one.md') }]);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(9);
  });

  it('a re-ingest says unchanged from the bytes alone, with the very line the write transaction gave (it extracted every file again)', async () => {
    const inputs = [file('r/report.md', REPORT), FRENCH];
    await ingestFixtures(config, inputs);
    // A document stored before the byte check (no extraction version): decided in the write
    // transaction, which records what the next run needs.
    await rows('MATCH (d:Document {id: $id}) REMOVE d.extractionVersion, d.extraction', { id: FR_DOC });
    const slow = await ingestFixtures(config, inputs);
    expect(await rows('MATCH (d:Document) RETURN d.id AS id, d.extractionVersion AS version, d.extraction IS NOT NULL AS line ORDER BY id')).toEqual([
      { id: FR_DOC, version: EXTRACTION_VERSION, line: true },
      { id: expect.stringMatching(/^document:sha-/), version: EXTRACTION_VERSION, line: true },
    ]);
    const fast = await ingestFixtures(config, inputs);
    expect(fast.documents).toEqual(slow.documents);
    expect(fast.documents.map((d) => [d.outcome, d.insights])).toEqual([
      ['unchanged', 9],
      ['unchanged', 13],
    ]);
    // A file found unchanged beforehand that an earlier file of the run replaces (another version
    // of the French summary, elsewhere): the write transaction decides, in input order, as before.
    const again = await ingestFixtures(config, [file('r/fr-v2.txt', `${readFileSync(FRENCH, 'utf8')}\n`), FRENCH]);
    expect(again.documents.map((d) => [path.basename(d.sourcePath), d.outcome, d.documentId])).toEqual([
      ['fr-v2.txt', 'updated', FR_DOC],
      ['summary-fr-niger.txt', 'updated', FR_DOC],
    ]);
  });

  it('new bytes at the same path replace the old ones and say so; the index follows exactly', async () => {
    const old = await ingestFixtures(config, [file('same/report.md', REPORT)]);
    const oldIds = await graphIds();
    const next = await ingestFixtures(config, [file('same/report.md', variant('Togo'))]);
    expect(next.documents).toEqual([
      expect.objectContaining({ outcome: 'updated', replaced: [{ documentId: old.documents[0]!.documentId, sourcePath: path.join(work, 'same/report.md') }] }),
    ]);
    expect(next.documents[0]!.documentId).not.toBe(old.documents[0]!.documentId);
    expect(await documents()).toEqual([{ id: next.documents[0]!.documentId, sourcePath: path.join(work, 'same/report.md') }]);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(9);
    expect(await indexIds()).toEqual(await graphIds());
    expect((await graphIds()).filter((id) => oldIds.includes(id)).length).toBeLessThan(9);
  });

  it('the French and English summaries of one evaluation are two documents of one Evaluation, linked insight by insight', async () => {
    const report = await ingestFixtures(config, [FRENCH, ENGLISH]);
    expect(report.documents.map((d) => [d.outcome, d.documentId])).toEqual([
      ['added', FR_DOC],
      ['added', EN_DOC],
    ]);
    expect(await rows('MATCH (d:Document)-[:DESCRIBES]->(e:Evaluation) RETURN d.id AS d, e.id AS e ORDER BY d')).toEqual([
      { d: EN_DOC, e: EVALUATION },
      { d: FR_DOC, e: EVALUATION },
    ]);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(26);
    // Every insight is searchable, both languages.
    expect(await indexIds()).toEqual(await graphIds());
    // 13 pairs: each French item with the English one of the same kind and rank, the smaller id canonical.
    const ofDocument = async (documentId: string) =>
      rows('MATCH (:Document {id: $documentId})-[:CONTAINS]->(i:Insight) RETURN i.id AS id, i.kind AS kind, i.canonicalId AS canonicalId ORDER BY i.start', {
        documentId,
      });
    const french = await ofDocument(FR_DOC);
    const english = await ofDocument(EN_DOC);
    for (const kind of ['FINDING', 'RECOMMENDATION', 'LESSON_LEARNED', 'GOOD_PRACTICE']) {
      const fr = french.filter((i) => i.kind === kind);
      const en = english.filter((i) => i.kind === kind);
      expect(fr.length).toBe(en.length);
      fr.forEach((insight, rank) => {
        const canonical = [insight.id, en[rank]!.id].sort()[0];
        expect([insight.canonicalId, en[rank]!.canonicalId]).toEqual([canonical, canonical]);
      });
    }
    const links = await rows(
      'MATCH (a:Insight)-[:SAME_AS]->(c:Insight) RETURN a.id AS from, c.id AS to, a.isCanonical AS fromCanonical, c.isCanonical AS toCanonical, c.canonicalId AS toCanonicalId',
    );
    expect(links).toHaveLength(13);
    expect(links.every((l) => l.fromCanonical === false && l.toCanonical === true && l.toCanonicalId === l.to && l.from > l.to)).toBe(true);
    const recommendation = await rows(
      `MATCH (fr:Insight)<-[:CONTAINS]-(:Document {id: $fr}) WHERE fr.text STARTS WITH 'Mobiliser des financements'
       MATCH (en:Insight)<-[:CONTAINS]-(:Document {id: $en}) WHERE en.text STARTS WITH 'Mobilise funding'
       RETURN fr.canonicalId = en.canonicalId AS same, fr.canonicalId AS canonical, fr.id AS frId, en.id AS enId`,
      { fr: FR_DOC, en: EN_DOC },
    );
    expect(recommendation).toEqual([
      { same: true, canonical: [recommendation[0]!.frId, recommendation[0]!.enId].sort()[0], frId: expect.any(String), enId: expect.any(String) },
    ]);
    // The index carries the same flags: 13 canonical, 13 not.
    const index = search.index<InsightSearchDocument>(insightsIndexName(config));
    expect((await index.search('', { filter: 'isCanonical != false', limit: 0 })).estimatedTotalHits).toBe(13);
    expect((await index.search('', { filter: 'isCanonical = false', limit: 0 })).estimatedTotalHits).toBe(13);
    // The project's counts in the projects index count each group once too.
    const project = await search.index(projectsIndexName(config)).getDocument('project_NER-2f-18-2f-02-2f-EUR');
    expect(project).toMatchObject({ insightTotal: 13, insightCounts: { FINDING: 4, RECOMMENDATION: 5, LESSON_LEARNED: 2, GOOD_PRACTICE: 2 } });
  });

  it('gives the same graph whatever order the translations come in', async () => {
    const snapshot = async () => ({
      evaluation: (await rows('MATCH (e:Evaluation) RETURN properties(e) AS p'))[0]!.p,
      flags: await rows('MATCH (i:Insight) RETURN i.id AS id, i.canonicalId AS canonicalId, i.isCanonical AS isCanonical ORDER BY id'),
      links: await rows('MATCH (a)-[:SAME_AS]->(b) RETURN a.id AS a, b.id AS b ORDER BY a'),
    });
    await ingestFixtures(config, [FRENCH]);
    await ingestFixtures(config, [ENGLISH]);
    const frenchFirst = await snapshot();
    await resetStores(config);
    await ingestFixtures(config, [ENGLISH]);
    await ingestFixtures(config, [FRENCH]);
    expect(await snapshot()).toEqual(frenchFirst);
    // The evaluation reads from its documents in id order: the English summary's title comes first.
    expect(frenchFirst.evaluation).toMatchObject({
      id: EVALUATION,
      key: 'ner-18-02-eur-final',
      title: 'Project to end forced labour and descent-based slavery in Niger',
      language: 'en',
      timing: 'FINAL',
    });
  });

  it('stats count each group of equivalent insights once (the translation doubled every count)', async () => {
    await ingestFixtures(config, [FRENCH, ENGLISH]);
    const stats = createStatsQueries(createGraphReader(driver, { database: config.neo4j.database, timeoutMs: 10_000 }), {
      kinds: null,
      countries: null,
      themes: null,
      actors: null,
      yearFrom: null,
      yearTo: null,
      languages: null,
    });
    expect({ insights: await stats.insights(), evaluations: await stats.evaluations(), projects: await stats.projects() }).toEqual({
      insights: 13,
      evaluations: 1,
      projects: 1,
    });
    expect((await stats.byKind()).map((g) => [g.value, g.count])).toEqual([
      ['RECOMMENDATION', 5],
      ['FINDING', 4],
      ['GOOD_PRACTICE', 2],
      ['LESSON_LEARNED', 2],
    ]);
  });

  it('removing one translation makes the other canonical again, in the graph and the index', async () => {
    await ingestFixtures(config, [FRENCH, ENGLISH]);
    // Each group's canonical insight knows its languages, in the graph and the index (what a dashboard filtered on a language reads).
    expect(await rows('MATCH (i:Insight) WHERE i.groupLanguages IS NOT NULL RETURN i.groupLanguages AS languages, count(*) AS n')).toEqual([
      { languages: ['en', 'fr'], n: 13 },
    ]);
    const groupedIn = async (language: string) =>
      (
        await search
          .index<InsightSearchDocument>(insightsIndexName(config))
          .search('', { filter: ['NOT isCanonical = false', `groupLanguages = ${JSON.stringify(language)}`], limit: 0 })
      ).estimatedTotalHits;
    expect([await groupedIn('en'), await groupedIn('fr')]).toEqual([13, 13]);
    const report = await removeDocument(deps, EN_DOC);
    expect(report).toMatchObject({ documentId: EN_DOC, insights: 13, searchPending: false });
    expect(await rows('MATCH (d:Document)-[:DESCRIBES]->(e:Evaluation) RETURN d.id AS d, e.id AS e')).toEqual([{ d: FR_DOC, e: EVALUATION }]);
    expect(await count('MATCH (i:Insight) WHERE i.isCanonical = true AND i.canonicalId = i.id RETURN count(i) AS n')).toBe(13);
    expect(await count('MATCH ()-[r:SAME_AS]->() RETURN count(r) AS n')).toBe(0);
    expect(await indexIds()).toEqual(await graphIds());
    const index = search.index<InsightSearchDocument>(insightsIndexName(config));
    expect((await index.search('', { filter: 'isCanonical = false', limit: 0 })).estimatedTotalHits).toBe(0);
    // The English version left every group: the French insights, alone again, count under fr only (the index kept en for them).
    expect(await count('MATCH (i:Insight) WHERE i.groupLanguages IS NOT NULL RETURN count(i) AS n')).toBe(0);
    expect([await groupedIn('en'), await groupedIn('fr')]).toEqual([0, 13]);
    expect((await rows('MATCH (e:Evaluation) RETURN e.title AS title, e.language AS language'))[0]).toEqual({
      title: "Projet pour mettre fin au travail forcé et à l'esclavage par ascendance au Niger",
      language: 'fr',
    });
  });

  const PROJECT = 'project:NER/18/02/EUR';
  const projectNode = async () =>
    (await rows('MATCH (p:Project {id: $id}) RETURN p {.code, .title, .objective, .outcomes, .budgetAmount, .budgetCurrency} AS p', { id: PROJECT }))[0]?.p;
  const projectTitles = async () => ({
    graph: (await projectNode())?.title,
    index: (await search.index<{ title: string }>(projectsIndexName(config)).getDocument(toSearchId(PROJECT))).title,
  });
  /** The French summary with another budget: the same document id, other bytes. */
  const frenchBudget = () => file('fr-budget/summary.txt', readFileSync(FRENCH, 'utf8').replace('EUR 2,450,000', 'EUR 2,600,000'));

  it('a project reads the same whatever order its documents came in (the last document written gave its title and budget)', async () => {
    const french = frenchBudget();
    await ingestFixtures(config, [french]);
    await ingestFixtures(config, [ENGLISH]);
    const frenchFirst = await projectNode();
    await resetStores(config);
    await ingestFixtures(config, [ENGLISH]);
    await ingestFixtures(config, [french]);
    expect(await projectNode()).toEqual(frenchFirst);
    // One evaluation: its documents in id order, the English summary first.
    expect(frenchFirst).toMatchObject({
      code: 'NER/18/02/EUR',
      title: 'Project to end forced labour and descent-based slavery in Niger',
      budgetAmount: 2450000,
      budgetCurrency: 'EUR',
    });
    expect(await projectTitles()).toEqual({ graph: frenchFirst.title, index: frenchFirst.title });
  });

  it('removing a document gives its project the values of the documents left (the removed one stayed)', async () => {
    await ingestFixtures(config, [frenchBudget()]);
    const frenchAlone = await projectNode();
    await ingestFixtures(config, [ENGLISH]);
    await removeDocument(deps, EN_DOC);
    expect(await projectNode()).toEqual(frenchAlone);
    expect(frenchAlone).toMatchObject({
      title: "Projet pour mettre fin au travail forcé et à l'esclavage par ascendance au Niger",
      budgetAmount: 2600000,
      budgetCurrency: 'EUR',
    });
    expect(await projectTitles()).toEqual({ graph: frenchAlone.title, index: frenchAlone.title });
  });

  it("a project takes its title and budget from its most recent evaluation, in any order, and the other's once it goes", async () => {
    const midterm = file(
      'midterm/summary.txt',
      readFileSync(ENGLISH, 'utf8')
        .replace('**Final evaluation:** 06/2023', '**Midterm evaluation:** 06/2021')
        .replace('< Project to end forced labour and descent-based slavery in Niger >', '< Project against forced labour in Niger, phase one >')
        .replace('EUR 2,450,000', 'EUR 1,200,000'),
    );
    await ingestFixtures(config, [ENGLISH]);
    await ingestFixtures(config, [midterm]);
    const finalLast = await projectNode();
    await resetStores(config);
    await ingestFixtures(config, [midterm]);
    const midtermAlone = await projectNode();
    await ingestFixtures(config, [ENGLISH]);
    expect(
      await rows('MATCH (e:Evaluation)-[:EVALUATES]->(:Project {id: $id}) RETURN e.id AS id, e.completionDate AS date ORDER BY id', { id: PROJECT }),
    ).toEqual([
      { id: EVALUATION, date: '2023-06' },
      { id: 'evaluation:ner-18-02-eur-midterm', date: '2021-06' },
    ]);
    expect(await projectNode()).toEqual(finalLast);
    expect(finalLast).toMatchObject({ title: 'Project to end forced labour and descent-based slavery in Niger', budgetAmount: 2450000 });
    expect(midtermAlone).toMatchObject({ title: 'Project against forced labour in Niger, phase one', budgetAmount: 1200000 });
    await removeDocument(deps, EN_DOC);
    expect(await projectNode()).toEqual(midtermAlone);
  });

  it('a graph written before the project properties were stated per document keeps its project title when a document goes', async () => {
    await ingestFixtures(config, [FRENCH, ENGLISH]);
    // The shape the previous version wrote: the project's properties on the node only, whichever document came last.
    await rows(`MATCH (:Project)<-[:EVALUATES]-(:Evaluation)<-[r:DESCRIBES]-(:Document)
      REMOVE r.projectTitle, r.projectObjective, r.projectOutcomes, r.projectBudgetAmount, r.projectBudgetCurrency`);
    await rows("MATCH (p:Project {id: $id}) SET p.title = 'As the last document wrote it', p.budgetAmount = 99.0", { id: PROJECT });
    await rows("MATCH (m:Meta {id: 'meta:graph-model'}) SET m.version = 2");
    // A new driver, as a new process: the schema (and the migration) is ensured once per driver.
    const upgraded = createDriver(config);
    try {
      await removeDocument({ ...deps, driver: upgraded }, FR_DOC);
    } finally {
      await upgraded.close();
    }
    expect(await rows("MATCH (m:Meta {id: 'meta:graph-model'}) RETURN m.version AS version")).toEqual([{ version: GRAPH_MODEL_VERSION }]);
    expect(await projectNode()).toMatchObject({ title: 'As the last document wrote it', budgetAmount: 99, budgetCurrency: 'EUR' });
  });

  it('a graph grouped before groupLanguages existed gets them on its canonical insights, their documents pending for the index', async () => {
    await ingestFixtures(config, [FRENCH, ENGLISH]);
    await rows('MATCH (i:Insight) REMOVE i.groupLanguages');
    const index = search.index<InsightSearchDocument>(insightsIndexName(config));
    const groupedIn = async (language: string) =>
      (await index.search('', { filter: ['NOT isCanonical = false', `groupLanguages = ${JSON.stringify(language)}`], limit: 0 })).estimatedTotalHits;
    // The index as that graph made it: each canonical insight under its own language only.
    await reindexAll(config);
    expect((await groupedIn('en')) + (await groupedIn('fr'))).toBe(13);
    await rows("MATCH (m:Meta {id: 'meta:graph-model'}) SET m.version = 2");
    // A new driver, as a new process: the schema (and the migration) is ensured once per driver.
    await ingestFixtures(config, [ENGLISH]);
    expect(await rows('MATCH (i:Insight) WHERE i.groupLanguages IS NOT NULL RETURN i.groupLanguages AS languages, count(*) AS n')).toEqual([
      { languages: ['en', 'fr'], n: 13 },
    ]);
    // The ingest that ran the migration caught up with the documents it marked pending.
    expect(await rows('MATCH (d:Document) RETURN d.id AS id, d.searchPending AS pending ORDER BY id')).toEqual([
      { id: EN_DOC, pending: false },
      { id: FR_DOC, pending: false },
    ]);
    expect([await groupedIn('en'), await groupedIn('fr')]).toEqual([13, 13]);
  });

  it('an evaluation key names every document of the evaluation for remove', async () => {
    await ingestFixtures(config, [FRENCH, ENGLISH]);
    expect(await resolveDocumentArgument(deps, 'ner-18-02-eur-final')).toEqual([EN_DOC, FR_DOC]);
    expect(await resolveDocumentArgument(deps, EN_DOC)).toEqual([EN_DOC]);
    expect(await resolveDocumentArgument(deps, ENGLISH)).toEqual([EN_DOC]);
  });

  it('refuses a file name holding a newline or a NUL, naming the file, and writes nothing (it was folded into another id)', async () => {
    const bad = file('bad\nname.md', REPORT);
    const report = await ingestFixtures(config, [bad, { bytes: Buffer.from(REPORT), sourcePath: 'upload\u0000.md' }]);
    expect(report.documents.map((d) => [d.outcome, d.code, d.reason])).toEqual([
      [
        'failed',
        'BAD_INPUT',
        `${JSON.stringify(bad).replace('\\n', '\\u000a')}: the file name holds a control character (U+000A); rename the file without control characters.`,
      ],
      ['failed', 'BAD_INPUT', '"upload\\u0000.md": the file name holds a control character (U+0000); rename the file without control characters.'],
    ]);
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(0);
  });

  it('--dry-run says what would be added, updated (replacing what) and unchanged, and writes nothing to either store', async () => {
    await ingestFixtures(config, [file('dry/report.md', REPORT), FRENCH]);
    const snapshot = async () => ({
      nodes: await rows('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id'),
      relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
      index: await indexIds(),
      tasks: (await search.tasks.getTasks({ limit: 1 })).results[0]?.uid ?? null,
    });
    const before = await snapshot();
    const report = await ingestFixtures(
      config,
      [file('dry/report.md', variant('Togo')), file('dry/copy.md', REPORT), FRENCH, ENGLISH, file('dry/new.md', variant('Ghana'))],
      { dryRun: true },
    );
    expect(report.dryRun).toBe(true);
    expect(report.documents.map((d) => [path.basename(d.sourcePath), d.outcome, d.replaced.map((r) => path.basename(r.sourcePath ?? ''))])).toEqual([
      ['report.md', 'updated', ['report.md']],
      // The old bytes of dry/report.md: replaced by the line above in this very run, so a new document.
      ['copy.md', 'added', []],
      ['summary-fr-niger.txt', 'unchanged', []],
      ['summary-en-niger.txt', 'added', []],
      ['new.md', 'added', []],
    ]);
    expect(await snapshot()).toEqual(before);

    // The command itself (compiled, as users run it) prints the same and writes nothing either.
    const cli = spawnSync(process.execPath, [path.resolve('bin', 'lessons-graph.js'), 'ingest', '--dry-run', path.join(work, 'dry/report.md'), FRENCH], {
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_URI: config.neo4j.uri,
        NEO4J_PASSWORD: config.neo4j.password,
        MEILI_HOST: config.meili.host,
        MEILI_MASTER_KEY: config.meili.masterKey,
        MEILI_INDEX_PREFIX: config.meili.indexPrefix,
        LOG_LEVEL: 'silent',
      },
    });
    expect(cli.status).toBe(0);
    const updated = report.documents[0]!;
    expect(cli.stdout.split('\n').slice(0, 3)).toEqual([
      `would update ${path.join(work, 'dry/report.md')}  ${updated.documentId}  9 insights  [${updated.extraction}]  would replace ${path.join(work, 'dry/report.md')} -> ${path.join(work, 'dry/report.md')}`,
      `unchanged    ${FRENCH}  ${FR_DOC}  13 insights  [SUMMARY, ilo-ieval-summary: 4 findings, 5 recommendations, 2 lessons learned, 2 good practices from Résultats principaux et Conclusions; Principales recommandations et suivi; Principales leçons apprises; +1 more]`,
      'dry run:   nothing written; would be 0 added, 1 updated, 1 unchanged, 0 failed',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('a graph written before these rules (file-name and evaluation keys, no CONTAINS) is brought over: the same bytes take their new id', async () => {
    const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
    await ingestFixtures(config, [SEED]);
    // The shape the previous version wrote: the document keyed by the evaluation key, no identity, no CONTAINS, no groups.
    await rows(`MATCH (d:Document) SET d.id = 'document:mli-19-01-usa-midterm', d.key = 'mli-19-01-usa-midterm'
      REMOVE d.identity, d.evaluationKey, d.kind
      WITH d MATCH (d)-[c:CONTAINS]->(i:Insight) REMOVE i.canonicalId, i.isCanonical DELETE c`);
    await rows("MATCH (m:Meta {id: 'meta:graph-model'}) DELETE m");
    const report = await ingestFixtures(config, [SEED]);
    expect(report.documents).toEqual([
      expect.objectContaining({
        outcome: 'updated',
        documentId: 'document:mli-19-01-usa-midterm-fr-summary',
        replaced: [{ documentId: 'document:mli-19-01-usa-midterm', sourcePath: SEED }],
      }),
    ]);
    expect(await documents()).toEqual([{ id: 'document:mli-19-01-usa-midterm-fr-summary', sourcePath: SEED }]);
    expect(await count('MATCH (:Document)-[:CONTAINS]->(i:Insight {isCanonical: true}) RETURN count(i) AS n')).toBe(25);
    expect(await count('MATCH (i:Insight) RETURN count(i) AS n')).toBe(25);
    expect(await rows("MATCH (m:Meta {id: 'meta:graph-model'}) RETURN m.version AS version")).toEqual([{ version: GRAPH_MODEL_VERSION }]);
    expect(await indexIds()).toEqual(await graphIds());
  });
});
