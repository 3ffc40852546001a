import type {
  ActorRef,
  Budget,
  CountryRef,
  DatePeriod,
  ExtractionRecord,
  GoodPracticeFields,
  Insight,
  InsightKind,
  LessonLearnedFields,
  Mentions,
  PlaceRef,
  RecommendationFields,
} from '../../model/records.js';
import { documentId, documentKey, evaluationId, insightIds, projectId, type DocumentIdentity } from '../../model/ids.js';
import { uniqueBy } from '../../util/unique-by.js';
import { EXTRACTION_VERSION } from '../../model/extraction-version.js';
import { withLists, type Properties, type PropertyValue, type Statement } from './statement.js';

/** The ids a record is written under (docs/graph.md). */
export interface DocumentIds {
  /** The document key: `<evaluation key>-<language>-<kind>` or `sha-<16 hex>`. */
  key: string;
  /** Whether the document is identified by the evaluation it names or by its bytes. */
  identity: DocumentIdentity;
  /** The evaluation key the text names; null for a document identified by content. */
  evaluationKey: string | null;
  documentId: string;
  evaluationId: string;
  /** Null when the record has no project. */
  projectId: string | null;
  /** One per record insight, same order. */
  insightIds: string[];
}

/** The second label of each insight kind. Labels cannot be parameters, hence one statement per kind. */
export const INSIGHT_LABELS: Record<InsightKind, string> = {
  FINDING: 'Finding',
  RECOMMENDATION: 'Recommendation',
  LESSON_LEARNED: 'LessonLearned',
  GOOD_PRACTICE: 'GoodPractice',
};

/** Actor kinds and their labels (every actor is also `Actor`). */
const ACTOR_LABELS = { ORGANISATION: 'Organisation', PERSON: 'Person', STAKEHOLDER_GROUP: 'StakeholderGroup' } as const;

/** The year of a `YYYY-MM` or `YYYY` date, or null. */
export function yearOf(date: string | null | undefined): number | null {
  const match = /^(\d{4})/.exec(date ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * Every id a record's statements write (docs/graph.md): the document's from its key, its
 * evaluation's from the evaluation key its text names (shared by the summaries, translations and
 * report of one evaluation) or, for a document that names none, from its own key.
 */
export function toDocumentIds(record: ExtractionRecord): DocumentIds {
  const { key, identity, evaluationKey } = documentKey(record);
  return {
    key,
    identity,
    evaluationKey,
    documentId: documentId(key),
    evaluationId: evaluationId(evaluationKey ?? key),
    projectId: record.project ? projectId(record.project.code, key) : null,
    insightIds: insightIds(key, record.insights),
  };
}

/** The optional Evaluation properties (records.ts's optional EvaluationRecord fields), stated by few documents. */
const OPTIONAL_EVALUATION_PROPERTIES = [
  'conductedStart',
  'conductedEnd',
  'conductedFiscal',
  'periodCoveredStart',
  'periodCoveredEnd',
  'periodCoveredFiscal',
  'followUpUnit',
  'contractNumber',
  'reportReference',
  'costAmount',
  'costCurrency',
  'fundingSource',
  'contractingMode',
  'overallRating',
] as const;

/**
 * The Evaluation properties each document states (on its DESCRIBES edge); the Evaluation node
 * shows, for each, the first value given by its documents in id order (toEvaluationRefreshStatement).
 * The optional ones after `language` are present only when a document states them (periods as
 * start/end strings, the cost as amount + currency; `reportReference` because `reference` means
 * "from reference data" on every other node).
 */
export const EVALUATION_PROPERTIES = [
  'key',
  'title',
  'type',
  'timing',
  'mode',
  'completionDate',
  'approvalDate',
  'year',
  'administrativeOffice',
  'technicalOffice',
  'language',
  ...OPTIONAL_EVALUATION_PROPERTIES,
] as const;

/**
 * The Project properties a document states, on its DESCRIBES edge under these names (prefixed
 * `project`, beside the evaluation's), and on the Project node without the prefix
 * (toProjectRefreshStatement). Every property of a project but its code: the summary, the
 * report and the brief of its evaluations may each give another title or budget, and the node
 * must not read whichever came last.
 */
export const PROJECT_STATED_PROPERTIES = {
  projectTitle: 'title',
  projectObjective: 'objective',
  projectOutcomes: 'outcomes',
  projectBudgetAmount: 'budgetAmount',
  projectBudgetCurrency: 'budgetCurrency',
  projectAcronym: 'acronym',
  projectGlide: 'glide',
  projectPeriodStart: 'periodStart',
  projectPeriodEnd: 'periodEnd',
  projectPeriodFiscal: 'periodFiscal',
  projectExpenditureAmount: 'expenditureAmount',
  projectExpenditureCurrency: 'expenditureCurrency',
} as const;

/**
 * Properties that make one value together: they are taken from one document, the first that
 * states any of them (a cost's amount never meets another document's currency, a period's start
 * another's end). Every other property is a group of its own.
 */
const PROPERTY_GROUPS: readonly (readonly string[])[] = [
  ['conductedStart', 'conductedEnd', 'conductedFiscal'],
  ['periodCoveredStart', 'periodCoveredEnd', 'periodCoveredFiscal'],
  ['costAmount', 'costCurrency'],
  ['projectBudgetAmount', 'projectBudgetCurrency'],
  ['projectPeriodStart', 'projectPeriodEnd', 'projectPeriodFiscal'],
  ['projectExpenditureAmount', 'projectExpenditureCurrency'],
];

/**
 * `<node>.<target> = <the first stated value>` for each stated property: the value of the first
 * edge in `stated` (in the order the refresh statement gives) that gives the property, or any of its group.
 * Names come from the fixed tables above, never from input.
 */
function firstStatedAssignments(node: string, names: readonly (readonly [stated: string, target: string])[]): string {
  return names
    .map(([name, target]) => {
      const group = PROPERTY_GROUPS.find((g) => g.includes(name)) ?? [name];
      const given = group.map((member) => `x.${member} IS NOT NULL`).join(' OR ');
      return `${node}.${target} = head([x IN stated WHERE ${given} | x.${name}])`;
    })
    .join(',\n  ');
}

/**
 * Sets Evaluations' properties from the documents that describe them: for each property, the
 * first non-null value in document id order. Whatever order the French and English summaries
 * came in, the Evaluation reads the same; a removed document's statements leave with it, and a
 * document that does not state a property never hides another's value. No-op for an
 * evaluation that is gone. One row per evaluation id (`rows`), so the documents of a write
 * batch share one statement (toBatchStatements). The property names come from
 * EVALUATION_PROPERTIES, never from input.
 */
export function toEvaluationRefreshStatement(evaluationIds: readonly string[]): Statement {
  const assignments = firstStatedAssignments(
    'e',
    EVALUATION_PROPERTIES.map((name) => [name, name] as const),
  );
  return {
    cypher: `UNWIND $lists.rows AS evaluationId
MATCH (e:Evaluation {id: evaluationId})<-[r:DESCRIBES]-(d:Document)
WITH e, r ORDER BY d.id
WITH e, collect(r) AS stated
SET ${assignments}`,
    params: withLists({ rows: evaluationIds }),
  };
}

/**
 * Sets a Project's properties but its code (title, objective, outcomes, budget, acronym, GLIDE,
 * period, expenditure) from the documents of its evaluations: for each, the value of the most
 * recent evaluation that states it (the latest `completionDate`; evaluations without one come
 * last), and within one evaluation the first of its documents in id order. A project is shared
 * by the documents of its evaluations (the midterm's and the final's summary, report, brief and
 * management response), so the node reads the same whatever order they came in, a removed
 * document's values leave with it, and a document that does not state a property never hides
 * another's. Run after the evaluation's own refresh (the order reads its completion date).
 * No-op when no document describes an evaluation of it.
 */
export function toProjectRefreshStatement(projectId: string): Statement {
  const assignments = firstStatedAssignments('p', Object.entries(PROJECT_STATED_PROPERTIES));
  return {
    cypher: `MATCH (p:Project {id: $projectId})<-[:EVALUATES]-(e:Evaluation)<-[r:DESCRIBES]-(d:Document)
WITH p, r ORDER BY e.completionDate IS NULL, e.completionDate DESC, d.id
WITH p, collect(r) AS stated
SET ${assignments}`,
    params: { projectId },
  };
}

/** Drops absent values: a property a document does not state is not written at all. */
function statedOnly(props: Properties): Properties {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null));
}

/** A period as start, end and (only when set) the fiscal-year flag, under `<prefix>Start` ... */
function periodProperties<P extends string>(prefix: P, period: DatePeriod | null | undefined): Record<`${P}${'Start' | 'End' | 'Fiscal'}`, PropertyValue> {
  return {
    [`${prefix}Start`]: period?.start ?? null,
    [`${prefix}End`]: period?.end ?? null,
    [`${prefix}Fiscal`]: period?.fiscal === true ? true : null,
  } as Record<`${P}${'Start' | 'End' | 'Fiscal'}`, PropertyValue>;
}

/** An amount of money as `<prefix>Amount` and `<prefix>Currency`, like the project's budget. */
function budgetProperties<P extends string>(prefix: P, budget: Budget | null | undefined): Record<`${P}${'Amount' | 'Currency'}`, PropertyValue> {
  return { [`${prefix}Amount`]: budget?.amount ?? null, [`${prefix}Currency`]: budget?.currency ?? null } as Record<
    `${P}${'Amount' | 'Currency'}`,
    PropertyValue
  >;
}

/**
 * What a record states of the optional evaluation properties and of the project's, as DESCRIBES
 * edge properties (absent ones left out; no outcomes is not stating them). Exported for the
 * unit tests.
 */
export function toStatedMetadata(record: ExtractionRecord): Properties {
  const evaluation = record.evaluation;
  const project = record.project;
  return statedOnly({
    ...periodProperties('conducted', evaluation?.conductedPeriod),
    ...periodProperties('periodCovered', evaluation?.periodCovered),
    followUpUnit: evaluation?.followUpUnit ?? null,
    contractNumber: evaluation?.contractNumber ?? null,
    reportReference: evaluation?.reference ?? null,
    ...budgetProperties('cost', evaluation?.cost),
    fundingSource: evaluation?.fundingSource ?? null,
    contractingMode: evaluation?.contractingMode ?? null,
    overallRating: evaluation?.overallRating ?? null,
    projectTitle: project ? (project.title ?? evaluation?.title ?? null) : null,
    projectObjective: project?.objective ?? null,
    projectOutcomes: project && project.outcomes.length > 0 ? project.outcomes : null,
    ...budgetProperties('projectBudget', project?.budget),
    projectAcronym: project?.acronym ?? null,
    projectGlide: project?.glide ?? null,
    ...periodProperties('projectPeriod', project?.period),
    ...budgetProperties('projectExpenditure', project?.expenditure),
  } satisfies Record<StatedMetadataName, PropertyValue>);
}

/** The evaluation properties only some documents state, and the project's but its code (see toStatedMetadata). */
type StatedMetadataName = (typeof OPTIONAL_EVALUATION_PROPERTIES)[number] | keyof typeof PROJECT_STATED_PROPERTIES;

/** The optional structured fields of an insight, flattened to property names of docs/graph.md. */
function insightFieldProperties(insight: Insight): Properties {
  const f = (insight.fields ?? {}) as LessonLearnedFields & GoodPracticeFields & RecommendationFields;
  const mr = f.managementResponse ?? {};
  const props: Properties = {
    description: f.description ?? null,
    context: f.context ?? null,
    challenges: f.challenges ?? null,
    successes: f.successes ?? null,
    administrativeIssues: f.administrativeIssues ?? null,
    targetedUsers: f.targetedUsers ?? null,
    summary: f.summary ?? null,
    conditions: f.conditions ?? null,
    causeEffect: f.causeEffect ?? null,
    measurableImpact: f.measurableImpact ?? null,
    beneficiaries: f.beneficiaries ?? null,
    replicationPotential: f.replicationPotential ?? null,
    higherGoals: f.higherGoals ?? null,
    priority: f.priority ?? null,
    responsibleUnit: f.responsibleUnit ?? null,
    timeFrame: f.timeFrame ?? null,
    resourceImplications: f.resourceImplications ?? null,
    mrDecision: mr.decision ?? null,
    mrResponse: mr.response ?? null,
    mrKeyActions: mr.keyActions ?? null,
    mrDeliverables: mr.deliverables ?? null,
    mrWho: mr.who ?? null,
    mrDueDate: mr.dueDate ?? null,
    mrStatus: mr.status ?? null,
    recordTheme: f.theme ?? null,
    recordCategory: f.category ?? null,
    evalNumber: f.evalNumber ?? null,
    evalUrl: f.evalUrl ?? null,
    evalTitle: f.evalTitle ?? null,
    url: f.url ?? null,
    location: f.location ?? null,
  };
  // Absent fields are simply not stored: `SET +=` with null would only remove them anyway.
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null));
}

const countryRow = (c: CountryRef) => ({ id: c.id, iso3: c.iso3, name: c.name });
const placeRow = (p: PlaceRef) => ({
  id: p.id,
  name: p.name,
  region: p.region,
  country: p.country,
  countryId: `country:${p.country}`,
  asWritten: p.asWritten,
});
const actorRow = (a: ActorRef) => ({ id: a.id, name: a.name, asWritten: a.asWritten });

function actorsByKind(actors: readonly ActorRef[]): Record<keyof typeof ACTOR_LABELS, ActorRef[]> {
  const unique = uniqueBy(actors, (a) => a.id);
  return {
    ORGANISATION: unique.filter((a) => a.kind === 'ORGANISATION'),
    PERSON: unique.filter((a) => a.kind === 'PERSON'),
    STAKEHOLDER_GROUP: unique.filter((a) => a.kind === 'STAKEHOLDER_GROUP'),
  };
}

/**
 * MERGE of actors that may not be in reference data: created with their name, never overwritten
 * (reference sync owns the names of known organisations). `reference` stays false for them, which
 * lets orphan clean-up delete them when no document names them any more.
 */
function mergeActor(label: string, variable: string, rowExpr: string): string {
  return `MERGE (${variable}:${label} {id: ${rowExpr}.id})
ON CREATE SET ${variable}:Actor, ${variable}.name = ${rowExpr}.name, ${variable}.reference = false`;
}

/**
 * Edges from one node (matched by id) to actors of every kind, one statement per kind; each row
 * names its source (`fromId`), so the documents of a batch share the statement.
 */
function actorEdgeStatements(fromLabel: string, fromId: string, relType: string, actors: readonly ActorRef[]): Statement[] {
  const byKind = actorsByKind(actors);
  const statements: Statement[] = [];
  for (const kind of Object.keys(ACTOR_LABELS) as (keyof typeof ACTOR_LABELS)[]) {
    const rows = byKind[kind].map((a) => ({ fromId, ...actorRow(a) }));
    if (rows.length === 0) continue;
    statements.push({
      cypher: `UNWIND $lists.rows AS row
MATCH (from:${fromLabel} {id: row.fromId})
${mergeActor(ACTOR_LABELS[kind], 'a', 'row')}
MERGE (from)-[r:${relType}]->(a)`,
      params: withLists({ rows }),
    });
  }
  return statements;
}

const MERGE_COUNTRY = `MERGE (c:Country {id: row.id})
ON CREATE SET c.iso3 = row.iso3, c.name = row.name, c.reference = false`;

const MERGE_PLACE = `MERGE (pl:Place {id: row.id})
ON CREATE SET pl.name = row.name, pl.region = row.region, pl.country = row.country, pl.reference = false
MERGE (pc:Country {id: row.countryId})
ON CREATE SET pc.iso3 = row.country, pc.name = row.country, pc.reference = false
MERGE (pl)-[:IN]->(pc)`;

/**
 * MENTIONS edges from many sources (insights, or the document) of one label to every kind of
 * mentioned thing. Rows carry the source id so a whole document is a handful of statements.
 */
function mentionStatements(sourceLabel: string, sources: { id: string; mentions: Mentions }[]): Statement[] {
  const countries = sources.flatMap((s) => uniqueBy(s.mentions.countries, (c) => c.id).map((c) => ({ sourceId: s.id, ...countryRow(c), asWritten: c.name })));
  const places = sources.flatMap((s) => uniqueBy(s.mentions.places, (p) => p.id).map((p) => ({ sourceId: s.id, ...placeRow(p) })));
  const actors = sources.flatMap((s) =>
    uniqueBy([...s.mentions.organisations, ...s.mentions.stakeholderGroups], (a) => a.id).map((a) => ({ sourceId: s.id, kind: a.kind, ...actorRow(a) })),
  );
  // One statement per target kind: only the MERGE of the target differs.
  const edges = (mergeTarget: string, target: string, rows: object[]): Statement[] =>
    rows.length === 0
      ? []
      : [
          {
            cypher: `UNWIND $lists.rows AS row
MATCH (s:${sourceLabel} {id: row.sourceId})
${mergeTarget}
MERGE (s)-[r:MENTIONS]->(${target})
SET r.asWritten = row.asWritten`,
            params: withLists({ rows }),
          },
        ];
  return [
    ...edges(MERGE_COUNTRY, 'c', countries),
    ...edges(MERGE_PLACE, 'pl', places),
    ...(Object.keys(ACTOR_LABELS) as (keyof typeof ACTOR_LABELS)[]).flatMap((kind) =>
      edges(
        mergeActor(ACTOR_LABELS[kind], 'a', 'row'),
        'a',
        actors.filter((a) => a.kind === kind).map(({ kind: _kind, ...row }) => row),
      ),
    ),
  ];
}

function themeStatement(sourceLabel: string, rows: { sourceId: string; id: string; label: string }[]): Statement[] {
  if (rows.length === 0) return [];
  return [
    {
      cypher: `UNWIND $lists.rows AS row
MATCH (s:${sourceLabel} {id: row.sourceId})
MERGE (t:Theme {id: row.id})
ON CREATE SET t.label = row.label, t.reference = false
MERGE (s)-[:ABOUT]->(t)`,
      params: withLists({ rows }),
    },
  ];
}

/**
 * The lead evaluator: one of those who conducted the evaluation, so a CONDUCTED_BY edge marked
 * `lead: true` (merged like the others: the lead is also among the evaluators). Documents of one
 * evaluation add up, as for every evaluation edge.
 */
function toLeadEvaluatorStatement(evaluationId: string, lead: ActorRef): Statement {
  return {
    cypher: `UNWIND $lists.rows AS row
MATCH (e:Evaluation {id: row.evaluationId})
${mergeActor(ACTOR_LABELS[lead.kind], 'a', 'row')}
MERGE (e)-[r:CONDUCTED_BY]->(a)
SET r.lead = true`,
    params: withLists({ rows: [{ evaluationId, ...actorRow(lead) }] }),
  };
}

/** What every section of a document's statements reads: the record, its ids and what is derived once. */
interface DocumentContext {
  record: ExtractionRecord;
  ids: DocumentIds;
  ingestedAt: string;
  /** The line `ingest` prints about what extraction made of the document (stored for byte-level re-ingests). */
  extraction: string | null;
  /** The year of the evaluation's completion date, stated on the evaluation and on each insight. */
  year: number | null;
  /** The record's insights with their ids, in record order. */
  insights: { insight: Insight; id: string }[];
}

/** The Document, the evaluation as this document states it (on DESCRIBES), and the Evaluation's properties taken again from all its documents. */
function toDocumentNodeStatements({ record, ids, ingestedAt, extraction, year }: DocumentContext): Statement[] {
  const evaluation = record.evaluation;
  const project = record.project;
  return [
    {
      cypher: `UNWIND $lists.rows AS row
MERGE (d:Document {id: row.documentId})
SET d += row.document
MERGE (e:Evaluation {id: row.evaluationId})
MERGE (d)-[r:DESCRIBES]->(e)
SET r = row.evaluation`,
      params: withLists({
        rows: [
          {
            documentId: ids.documentId,
            evaluationId: ids.evaluationId,
            document: {
              key: ids.key,
              identity: ids.identity,
              evaluationKey: ids.evaluationKey,
              kind: record.document.kind,
              sha256: record.document.sha256,
              sourcePath: record.document.sourcePath,
              format: record.document.format,
              language: record.document.language,
              template: record.document.template,
              characters: record.document.characters,
              ingestedAt,
              // Set in the same transaction as the data: a crash before the index catches up leaves it true.
              searchPending: true,
              keywords: record.keywords,
              acronyms: record.acronyms.map((a) => `${a.acronym} = ${a.expansion}`),
              warnings: record.warnings,
              // What a re-ingest of the same bytes needs to say `unchanged` without extracting them again.
              extractionVersion: EXTRACTION_VERSION,
              extraction,
            } satisfies Properties,
            evaluation: {
              key: ids.evaluationKey ?? ids.key,
              title: evaluation?.title ?? project?.title ?? null,
              type: evaluation?.type ?? null,
              timing: evaluation?.timing ?? null,
              mode: evaluation?.mode ?? null,
              completionDate: evaluation?.completionDate ?? null,
              approvalDate: evaluation?.approvalDate ?? null,
              year,
              administrativeOffice: evaluation?.administrativeOffice ?? null,
              technicalOffice: evaluation?.technicalOffice ?? null,
              language: record.document.language,
              // The optional evaluation and project properties, only those this document states.
              ...toStatedMetadata(record),
            } satisfies Properties,
          },
        ],
      }),
    },
    toEvaluationRefreshStatement([ids.evaluationId]),
  ];
}

/** The evaluation's manager, evaluators (the lead marked) and firms, its commissioner, and the evaluators' membership of the firms. */
function toEvaluationActorStatements({ record, ids }: DocumentContext): Statement[] {
  const evaluation = record.evaluation;
  if (!evaluation) return [];
  const statements: Statement[] = [];
  if (evaluation.manager) statements.push(...actorEdgeStatements('Evaluation', ids.evaluationId, 'MANAGED_BY', [evaluation.manager]));
  statements.push(...actorEdgeStatements('Evaluation', ids.evaluationId, 'CONDUCTED_BY', [...evaluation.evaluators, ...evaluation.evaluationFirms]));
  if (evaluation.leadEvaluator) statements.push(toLeadEvaluatorStatement(ids.evaluationId, evaluation.leadEvaluator));
  if (evaluation.commissioner) statements.push(...actorEdgeStatements('Evaluation', ids.evaluationId, 'COMMISSIONED_BY', [evaluation.commissioner]));
  const lead = evaluation.leadEvaluator?.kind === 'PERSON' ? [evaluation.leadEvaluator] : [];
  const people = [...evaluation.evaluators, ...lead].filter((a) => a.kind === 'PERSON').map((a) => a.id);
  const firms = evaluation.evaluationFirms.filter((a) => a.kind === 'ORGANISATION').map((a) => a.id);
  if (people.length > 0 && firms.length > 0) {
    // Both ends were just merged by the CONDUCTED_BY statements.
    statements.push({
      cypher: `UNWIND $lists.rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Organisation {id: row.firmId})
MERGE (p)-[:MEMBER_OF]->(o)`,
      params: withLists({ rows: [...new Set(people)].flatMap((personId) => [...new Set(firms)].map((firmId) => ({ personId, firmId }))) }),
    });
  }
  return statements;
}

/**
 * The Project the evaluation evaluates, its countries and places, its partners and donors (with
 * the budget when one donor gave it all). Only the code (its id's) is set here: the other
 * properties, which documents state each their own way, are taken from all of them.
 */
function toProjectStatements({ record, ids }: DocumentContext): Statement[] {
  const project = record.project;
  const projectId = ids.projectId;
  if (!project || !projectId) return [];
  const statements: Statement[] = [
    {
      cypher: `UNWIND $lists.rows AS row
MATCH (e:Evaluation {id: row.evaluationId})
MERGE (p:Project {id: row.projectId})
SET p += row.project
MERGE (e)-[:EVALUATES]->(p)`,
      params: withLists({
        rows: [{ evaluationId: ids.evaluationId, projectId, project: { code: project.code?.trim().toUpperCase() ?? null } satisfies Properties }],
      }),
    },
  ];
  statements.push(toProjectRefreshStatement(projectId));
  const countries = uniqueBy(project.countries, (c) => c.id).map((c) => ({ projectId, ...countryRow(c) }));
  if (countries.length > 0) {
    statements.push({
      cypher: `UNWIND $lists.rows AS row
MATCH (p:Project {id: row.projectId})
${MERGE_COUNTRY}
MERGE (p)-[:IN]->(c)`,
      params: withLists({ rows: countries }),
    });
  }
  const places = uniqueBy(project.places, (p) => p.id).map((p) => ({ projectId, ...placeRow(p) }));
  if (places.length > 0) {
    statements.push({
      cypher: `UNWIND $lists.rows AS row
MATCH (p:Project {id: row.projectId})
${MERGE_PLACE}
MERGE (p)-[r:AT]->(pl)
SET r.asWritten = row.asWritten`,
      params: withLists({ rows: places }),
    });
  }
  statements.push(...actorEdgeStatements('Project', projectId, 'IMPLEMENTED_BY', project.partners));
  const donors = uniqueBy(project.donors, (d) => d.id);
  statements.push(...actorEdgeStatements('Project', projectId, 'FUNDED_BY', donors));
  // The budget belongs to a donor edge only when one donor gave it all.
  if (project.budget && donors.length === 1) {
    statements.push({
      cypher: `UNWIND $lists.rows AS row
MATCH (:Project {id: row.projectId})-[r:FUNDED_BY]->(:Actor {id: row.donorId})
SET r.amount = row.amount, r.currency = row.currency`,
      params: withLists({ rows: [{ projectId, donorId: donors[0]!.id, amount: project.budget.amount, currency: project.budget.currency }] }),
    });
  }
  return statements;
}

/** The insights, one statement per kind (its label), each FROM the evaluation and CONTAINed by the document. */
function toInsightStatements({ ids, year, insights }: DocumentContext): Statement[] {
  const statements: Statement[] = [];
  for (const kind of Object.keys(INSIGHT_LABELS) as InsightKind[]) {
    const rows = insights
      .filter(({ insight }) => insight.kind === kind)
      .map(({ insight, id }) => ({
        id,
        evaluationId: ids.evaluationId,
        documentId: ids.documentId,
        props: {
          kind: insight.kind,
          headline: insight.headline,
          text: insight.text,
          language: insight.language,
          section: insight.provenance.section,
          start: insight.provenance.start,
          end: insight.provenance.end,
          ordinal: insight.provenance.ordinal,
          page: insight.provenance.page,
          year,
          // Alone in its group until the evaluation's other documents are compared with it
          // (write-graph recomputes the groups when the evaluation has other documents).
          canonicalId: id,
          isCanonical: true,
          ...insightFieldProperties(insight),
        } satisfies Properties,
      }));
    if (rows.length === 0) continue;
    statements.push({
      cypher: `UNWIND $lists.rows AS row
MATCH (e:Evaluation {id: row.evaluationId})
MATCH (d:Document {id: row.documentId})
MERGE (i:Insight {id: row.id})
SET i:${INSIGHT_LABELS[kind]}, i += row.props
MERGE (i)-[:FROM]->(e)
MERGE (d)-[:CONTAINS]->(i)`,
      params: withLists({ rows }),
    });
  }
  return statements;
}

/** The themes and mentions of the insights. */
function toInsightLinkStatements({ insights }: DocumentContext): Statement[] {
  return [
    ...themeStatement(
      'Insight',
      insights.flatMap(({ insight, id }) => uniqueBy(insight.themes, (t) => t.id).map((t) => ({ sourceId: id, id: t.id, label: t.label }))),
    ),
    ...mentionStatements(
      'Insight',
      insights.map(({ insight, id }) => ({ id, mentions: insight.mentions })),
    ),
  ];
}

/** Whom the recommendations are addressed to, one statement per actor kind. */
function toAddresseeStatements({ insights }: DocumentContext): Statement[] {
  const addressees = insights.flatMap(({ insight, id }) =>
    insight.kind === 'RECOMMENDATION' ? uniqueBy(insight.addressees, (a) => a.id).map((a) => ({ sourceId: id, kind: a.kind, ...actorRow(a) })) : [],
  );
  const statements: Statement[] = [];
  // Matched by Insight (the label with the id constraint): a lookup on Recommendation alone scans.
  for (const kind of Object.keys(ACTOR_LABELS) as (keyof typeof ACTOR_LABELS)[]) {
    const rows = addressees.filter((a) => a.kind === kind).map(({ kind: _kind, ...row }) => row);
    if (rows.length === 0) continue;
    statements.push({
      cypher: `UNWIND $lists.rows AS row
MATCH (s:Insight {id: row.sourceId})
WHERE s:Recommendation
${mergeActor(ACTOR_LABELS[kind], 'a', 'row')}
MERGE (s)-[r:ADDRESSED_TO]->(a)
SET r.asWritten = row.asWritten`,
      params: withLists({ rows }),
    });
  }
  return statements;
}

/** Document-level themes and mentions: what a document in no known template still yields. */
function toDocumentLinkStatements({ record, ids }: DocumentContext): Statement[] {
  return [
    ...themeStatement(
      'Document',
      uniqueBy(record.themes, (t) => t.id).map((t) => ({ sourceId: ids.documentId, id: t.id, label: t.label })),
    ),
    ...mentionStatements('Document', [{ id: ids.documentId, mentions: record.mentions }]),
  ];
}

/**
 * The sections of a document's statements, in the order they run: later ones MATCH the nodes
 * earlier ones MERGEd (the evaluation, the document, the insights). A new node or edge kind is a
 * new section here, or a statement added to the section of the node it hangs from.
 */
const DOCUMENT_SECTIONS: readonly ((context: DocumentContext) => Statement[])[] = [
  toDocumentNodeStatements,
  toEvaluationActorStatements,
  toProjectStatements,
  toInsightStatements,
  toInsightLinkStatements,
  toAddresseeStatements,
  toDocumentLinkStatements,
];

/**
 * The statements that write one record: Document, Evaluation, Project and their edges, the
 * insights (each FROM the evaluation and CONTAINed by the document) with their themes,
 * mentions and addressees (DOCUMENT_SECTIONS, in order). Run after the document's previous
 * version was removed (see removal-statements.ts), in the same transaction, so they can
 * CREATE-or-MERGE freely. Shared nodes (countries, places, actors, themes) are MERGEd on id.
 */
export function toDocumentStatements(record: ExtractionRecord, options: { ingestedAt: string; ids?: DocumentIds; extraction?: string }): Statement[] {
  const ids = options.ids ?? toDocumentIds(record);
  const context: DocumentContext = {
    record,
    ids,
    ingestedAt: options.ingestedAt,
    extraction: options.extraction ?? null,
    year: yearOf(record.evaluation?.completionDate),
    insights: record.insights.map((insight, index) => ({ insight, id: ids.insightIds[index]! })),
  };
  return DOCUMENT_SECTIONS.flatMap((section) => section(context));
}
