/**
 * The record types: the contract between the stages of the pipeline.
 *
 *   read/     bytes -> ReadResult (normalised text with positions)
 *   extract/  ReadResult -> ExtractionRecord           (pure, this file's types)
 *   graph/    ExtractionRecord -> Cypher statements     (pure) -> Neo4j
 *   search/   graph rows -> search documents            (pure) -> Meilisearch
 *
 * Everything here is plain JSON-serialisable data: `lessons-graph extract --json` prints
 * exactly an ExtractionRecord per document.
 *
 * Ids: every entity that comes from reference data carries the reference id (for example
 * `country:MLI`, `org:ilo`, `theme:forced-labour`, `place:mli-gossi`, `group:victims-of-slavery`).
 * Entities not in reference data (a person, an unknown organisation) get an id derived from
 * their normalised name (`person:marcelin-orsot`, `org:vision-proactive`), so the same name
 * always gives the same id.
 */

/** ISO 639-1 code of a document or insight language; `und` when it cannot be told. */
export type Language = 'fr' | 'en' | 'es' | 'und';

/** The file formats the readers accept. */
export type DocumentFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/**
 * Which layout the extractor recognised.
 * - `ilo-ieval-summary`: the i-eval Discovery evaluation summary (QUICK FACTS / INFORMATIONS RAPIDES / DATOS RÁPIDOS ...)
 * - `ilo-ieval-lesson-records`: i-eval Discovery's lesson-learned / good-practice records (eval_number, description, ...)
 * - `labelled-sections`: any other document whose insights sit under labelled headings ("Lessons learned", ...)
 * - `unknown`: nothing recognised; only language, countries, organisations and themes were looked for
 */
export type TemplateId = 'ilo-ieval-summary' | 'ilo-ieval-lesson-records' | 'labelled-sections' | 'unknown';

/**
 * What kind of evaluation document a file is; part of a document's identity (the French summary,
 * the English summary and the full report of one evaluation are three documents).
 * - `SUMMARY`: an evaluation summary (i-eval Discovery summary, a results-at-a-glance page, an official summary form)
 * - `REPORT`: a full evaluation report (or assessment, review, operation final report)
 * - `BRIEF`: an evaluation brief (a few pages for a wide audience)
 * - `MANAGEMENT_RESPONSE`: a management response (matrix) to an evaluation's recommendations
 * - `LESSON_RECORDS`: lesson-learned / good-practice record pages
 * - `OTHER`: anything else (an agency web page, a newsletter)
 */
export type DocumentKind = 'SUMMARY' | 'REPORT' | 'BRIEF' | 'MANAGEMENT_RESPONSE' | 'LESSON_RECORDS' | 'OTHER';

export type InsightKind = 'FINDING' | 'RECOMMENDATION' | 'LESSON_LEARNED' | 'GOOD_PRACTICE';
export const INSIGHT_KINDS: readonly InsightKind[] = ['FINDING', 'RECOMMENDATION', 'LESSON_LEARNED', 'GOOD_PRACTICE'];

export type EvaluationTiming = 'MIDTERM' | 'FINAL' | 'INTERIM' | 'EX_POST' | 'OTHER';
export type EvaluationMode = 'INDEPENDENT' | 'INTERNAL' | 'SELF' | 'JOINT' | 'OTHER';

/** Year-month precision date, `YYYY-MM` (or `YYYY` when the month is not given). */
export type YearMonth = string;

/** A date at the precision the document gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;

/** A period between two dates; either end may be unknown (null). */
export interface DatePeriod {
  start: IsoDate | null;
  end: IsoDate | null;
  /** The document names fiscal years ("2009-10 to 2013-14", "ejercicio fiscal 2017"). */
  fiscal?: boolean;
}

/** Where a piece of text sits in the normalised text of its document. */
export interface Provenance {
  /** The heading of the section the text was taken from, as written (cleaned of Markdown/HTML). */
  section: string;
  /** Character offsets in the normalised text (ReadResult.text): [start, end). */
  start: number;
  end: number;
  /** 1-based position of the item within its section. */
  ordinal: number;
  /** 1-based page of `start` for paged formats (PDF); null when the format has no pages. */
  page: number | null;
  /**
   * Other places where the document states the same insight (a recommendation printed in the
   * executive summary, the body and the management-response matrix is one insight): each with its
   * section, offsets and page, in document order. Absent when the insight is stated once.
   */
  spans?: ProvenanceSpan[];
}

/** One more place where an insight is stated (see Provenance.spans). */
export interface ProvenanceSpan {
  section: string;
  start: number;
  end: number;
  page: number | null;
}

export interface CountryRef {
  /** `country:<ISO3>` */
  id: string;
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  /** English name from reference data. */
  name: string;
}

export interface PlaceRef {
  /** `place:<iso3 lower>-<slug>` from reference data, or derived from the name if unknown. */
  id: string;
  /** Canonical name from reference data. */
  name: string;
  /** The spelling found in the document (Andaraboukane, Menaka, ...). */
  asWritten: string;
  /** Region (first-level division) the place lies in, canonical name; null if unknown. */
  region: string | null;
  /** ISO3 of the country the place lies in. */
  country: string;
}

export type ActorKind = 'ORGANISATION' | 'PERSON' | 'STAKEHOLDER_GROUP';

export interface ActorRef {
  /** `org:<slug>`, `person:<slug>` or `group:<slug>`. */
  id: string;
  kind: ActorKind;
  /** Canonical name (reference data's English name for known organisations). */
  name: string;
  /** The spelling found in the document (OIT, BIT/OIT, Temedt, ...). */
  asWritten: string;
}

export interface ThemeRef {
  /** `theme:<slug>` from the theme vocabulary. */
  id: string;
  /** English label. */
  label: string;
}

export interface Mentions {
  countries: CountryRef[];
  places: PlaceRef[];
  organisations: ActorRef[];
  stakeholderGroups: ActorRef[];
}

/** Fields of i-eval Discovery's lesson-learned records (and full lesson annexes). All optional. */
export interface LessonLearnedFields {
  description?: string;
  context?: string;
  /** Negative lessons and their causes. */
  challenges?: string;
  /** Positive issues and their causes. */
  successes?: string;
  administrativeIssues?: string;
  /** The targeted users ("comments" in i-eval records). */
  targetedUsers?: string;
  theme?: string;
  category?: string;
  evalNumber?: string;
  evalUrl?: string;
  url?: string;
  location?: string;
  evalTitle?: string;
}

/** Fields of emerging good-practice records. All optional. */
export interface GoodPracticeFields {
  summary?: string;
  conditions?: string;
  causeEffect?: string;
  measurableImpact?: string;
  beneficiaries?: string;
  replicationPotential?: string;
  higherGoals?: string;
  theme?: string;
  category?: string;
  evalNumber?: string;
  evalUrl?: string;
  url?: string;
  location?: string;
  evalTitle?: string;
}

/**
 * The management's decision on a recommendation, in whatever language it is written:
 * accepted ("accepted", "agreed", "supports", "accepté", "aceptada"), partially accepted,
 * rejected ("not accepted", "rejeté", "rechazada"), or noted without a decision ("noted", "pris note").
 */
export type ManagementDecision = 'ACCEPTED' | 'PARTIALLY_ACCEPTED' | 'REJECTED' | 'NOTED';
export const MANAGEMENT_DECISIONS: readonly ManagementDecision[] = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'NOTED'];

/** The management's response to a recommendation (a management-response matrix, a "Response:" paragraph). */
export interface ManagementResponse {
  /** The decision, when the response states or clearly implies one. */
  decision?: ManagementDecision;
  /** The response as written ("Management agrees with this recommendation ..."). */
  response?: string;
  keyActions?: string;
  /** Deliverables listed for the actions. */
  deliverables?: string;
  /** The unit or person responsible for the actions. */
  who?: string;
  dueDate?: YearMonth;
  status?: string;
}

/** Fields a recommendation may carry. All optional. */
export interface RecommendationFields {
  priority?: string;
  responsibleUnit?: string;
  timeFrame?: string;
  resourceImplications?: string;
  managementResponse?: ManagementResponse;
}

/**
 * The structured fields each kind of insight may carry, keyed by the kind. `Insight<K>` ties its
 * `fields` to its `kind`, and `isInsightOfKind(insight, 'RECOMMENDATION')` narrows an insight so
 * that `insight.fields` is RecommendationFields | null without a cast. (The tag is the insight's
 * own `kind`, not a property inside `fields`: the fields stay exactly the JSON the graph stores
 * and the golden tests compare.)
 */
export interface InsightFieldsByKind {
  FINDING: null;
  RECOMMENDATION: RecommendationFields | null;
  LESSON_LEARNED: LessonLearnedFields | null;
  GOOD_PRACTICE: GoodPracticeFields | null;
}

/** The fields of an insight of kind K (for K = InsightKind, the union of all). */
export type InsightFields<K extends InsightKind = InsightKind> = InsightFieldsByKind[K];

export interface Insight<K extends InsightKind = InsightKind> {
  kind: K;
  /** The bold headline of a finding (or a record's title) where the document gives one. */
  headline: string | null;
  /** The full text: headline excluded, explanation included, clean of markup and footnote markers. */
  text: string;
  language: Language;
  /** Recommendations only: to whom it is addressed. Empty for other kinds. */
  addressees: ActorRef[];
  /** What the insight's text (headline + text) names. Addressees are not mentions. */
  mentions: Mentions;
  themes: ThemeRef[];
  provenance: Provenance;
  /** Structured fields where the source gives them; null when it gives none. */
  fields: InsightFields<K>;
}

/**
 * Narrows an insight to one kind, and with it the type of its fields.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function isInsightOfKind<K extends InsightKind>(insight: Insight, kind: K): insight is Insight<K> {
  return insight.kind === kind;
}

export interface DocumentInfo {
  /** The path as given to the reader (relative paths kept relative). */
  sourcePath: string;
  /** sha256 of the file's bytes, lowercase hex. */
  sha256: string;
  format: DocumentFormat;
  language: Language;
  template: TemplateId;
  /** What kind of evaluation document this is (summary, report, brief, ...). */
  kind: DocumentKind;
  /** Length of the normalised text the offsets refer to. */
  characters: number;
}

export interface EvaluationRecord {
  title: string | null;
  /** Type as written in the template, upper-cased: PROJECT, CLUSTER, THEMATIC, ... */
  type: string | null;
  timing: EvaluationTiming | null;
  mode: EvaluationMode | null;
  completionDate: YearMonth | null;
  /** Null when absent or a form placeholder ("Cliquez ici pour entrer la date"). */
  approvalDate: YearMonth | null;
  administrativeOffice: string | null;
  technicalOffice: string | null;
  manager: ActorRef | null;
  /** People who evaluated (kind PERSON). */
  evaluators: ActorRef[];
  /** Firms the evaluators belong to (kind ORGANISATION). */
  evaluationFirms: ActorRef[];
  // The fields below are optional: the metadata extractor (src/extract/metadata/) fills them when a
  // document states them; the i-eval summary template does not.
  /** The leader (coordinator) of the evaluation team; also in `evaluators`. */
  leadEvaluator?: ActorRef | null;
  /** When the evaluation was carried out ("Fecha de inicio/término de la evaluación", "Expected duration"). */
  conductedPeriod?: DatePeriod | null;
  /** The period the evaluation looks at ("Timeframe covered", "2009-10 to 2013-14", "Ejercicio fiscal evaluado 2017"). */
  periodCovered?: DatePeriod | null;
  /** Who commissioned (contracted) the evaluation ("Commissioned by", "Submitted to", "Unidad … responsable de contratar"). */
  commissioner?: ActorRef | null;
  /** The unit that follows the evaluation up for the commissioner, when named apart from the manager (Mexico's CONAC form, 1.4). */
  followUpUnit?: string | null;
  /** The contract (or task order) number under which the evaluation was done; never the evaluated project's award. */
  contractNumber?: string | null;
  /** The report's own reference ("ES/2019/07"). */
  reference?: string | null;
  /** What the evaluation cost ("Costo total de la evaluación"). */
  cost?: Budget | null;
  /** Where the money for the evaluation came from ("Recursos propios"). */
  fundingSource?: string | null;
  /** How the evaluator was contracted ("Adjudicación directa"). */
  contractingMode?: string | null;
  /** The document's own overall verdict, as written ("Satisfactory", « partiellement atteints »). */
  overallRating?: string | null;
}

export interface Budget {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface ProjectRecord {
  /** ILO project code, e.g. MLI/19/01/USA. */
  code: string | null;
  title: string | null;
  countries: CountryRef[];
  places: PlaceRef[];
  donors: ActorRef[];
  budget: Budget | null;
  partners: ActorRef[];
  objective: string | null;
  outcomes: string[];
  // Optional fields filled by the metadata extractor when a document states them.
  /** Short name or acronym of the project or programme ("FISN", "L4G"). */
  acronym?: string | null;
  /** GLIDE number of the disaster an emergency operation responds to ("FL-2019-000134-CMR"). */
  glide?: string | null;
  /** Start and end of the project (award dates, operation start and end dates). */
  period?: DatePeriod | null;
  /** Money actually spent (over the period evaluated), as distinct from the budget. */
  expenditure?: Budget | null;
}

export interface Acronym {
  acronym: string;
  expansion: string;
}

export interface ExtractionRecord {
  document: DocumentInfo;
  /** Null when the document is not an evaluation summary (records pages, other shapes). */
  evaluation: EvaluationRecord | null;
  project: ProjectRecord | null;
  insights: Insight[];
  /** Keywords as written, in document order. */
  keywords: string[];
  acronyms: Acronym[];
  /** Document-level mentions (whole text), for documents in no known template too. */
  mentions: Mentions;
  themes: ThemeRef[];
  /** Human-readable warnings (unknown template, section not found, ...). */
  warnings: string[];
}
