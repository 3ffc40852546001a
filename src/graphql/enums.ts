import { GraphQLError, Kind, type GraphQLScalarTypeConfig, type ValueNode } from 'graphql';
import { INSIGHT_KINDS, MANAGEMENT_DECISIONS, type InsightKind, type ManagementDecision } from '../model/records.js';

/**
 * The graph stores some fields as the source wrote them or as extraction normalised them;
 * the API gives them as GraphQL enums, so typed clients get a closed set. Values outside a
 * set come out as OTHER (the stored text stays readable where the schema has an `…AsWritten`
 * field). Pure mappings, tested in tests/unit/api/enums.test.ts.
 */

const TIMINGS = ['MIDTERM', 'FINAL', 'INTERIM', 'EX_POST', 'OTHER'] as const;
const MODES = ['INDEPENDENT', 'INTERNAL', 'SELF', 'JOINT', 'OTHER'] as const;
const EVALUATION_TYPES = ['PROJECT', 'CLUSTER', 'THEMATIC', 'STRATEGY', 'POLICY', 'COUNTRY_PROGRAMME', 'OTHER'] as const;
const ORGANISATION_TYPES = [
  'UNITED_NATIONS',
  'UN_AGENCY',
  'UN_MISSION',
  'NGO',
  'DONOR',
  'GOVERNMENT',
  'REGIONAL_ORGANISATION',
  'DEVELOPMENT_BANK',
  'TRADE_UNION',
  'EMPLOYERS_ORGANISATION',
  'EVALUATION_FIRM',
  'HUMANITARIAN_ORGANISATION',
  'OTHER',
] as const;

function oneOf<T extends string>(values: readonly T[], stored: unknown): T | 'OTHER' | null {
  if (typeof stored !== 'string' || stored.trim() === '') return null;
  const normalised = stored
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return values.find((value) => value === normalised) ?? 'OTHER';
}

/** The stored value when it is one of `values` (a type guard, for values the pipeline wrote normalised). */
function isOneOf<T extends string>(values: readonly T[], stored: unknown): stored is T {
  return values.some((value) => value === stored);
}

/**
 * Insight.kind and KindCount.value: the pipeline writes one of the four kinds; anything else is a
 * broken write, an error (logged, masked as internal) as GraphQL's enum serialisation gave before.
 */
export function asInsightKind(stored: unknown): InsightKind {
  if (isOneOf(INSIGHT_KINDS, stored)) return stored;
  throw new Error(`Stored insight kind ${JSON.stringify(stored)} is not one of ${INSIGHT_KINDS.join(', ')}; re-ingest its document.`);
}

/** ManagementResponse.decision: the extraction's normalised decision, or null. */
export function asManagementDecision(stored: unknown): ManagementDecision | null {
  return isOneOf(MANAGEMENT_DECISIONS, stored) ? stored : null;
}

/** Evaluation.timing. */
export const toTiming = (stored: unknown) => oneOf(TIMINGS, stored);
/** Evaluation.mode. */
export const toMode = (stored: unknown) => oneOf(MODES, stored);
/** Evaluation.type: the extraction's normalised types; any other type is OTHER. */
export const toEvaluationType = (stored: unknown) => oneOf(EVALUATION_TYPES, stored);

/** Actor.type, from the reference data's organisation types ("UN agency", "NGO", ...). */
export function toOrganisationType(stored: unknown): (typeof ORGANISATION_TYPES)[number] | null {
  if (typeof stored === 'string' && stored.trim().toUpperCase() === 'UN') return 'UNITED_NATIONS';
  return oneOf(ORGANISATION_TYPES, stored);
}

export type ManagementResponseStatus = 'COMPLETED' | 'PARTIALLY_COMPLETED' | 'IN_PROGRESS' | 'NOT_STARTED' | 'NOT_APPLICABLE' | 'OTHER';

// Most specific first: "not started" holds "started", "partially completed" holds "completed".
const STATUS_PATTERNS: Array<[RegExp, ManagementResponseStatus]> = [
  [/not applicable|no longer applicable|^n\/?a$|sans objet|no aplica|ne s.applique/, 'NOT_APPLICABLE'],
  [
    /not (yet )?(started|initiated|begun|implemented)|no action|non (commence|initie|entame|mis en oeuvre)|pas (encore )?(commence|initie|mis en oeuvre)|no (iniciad|comenzad|implementad)|sin iniciar|pending|en attente|pendiente/,
    'NOT_STARTED',
  ],
  [/partial|partiel|parcial/, 'PARTIALLY_COMPLETED'],
  [/ongoing|in progress|under ?way|initiated|started|en cours|en curso|en proceso|iniciad|commence/, 'IN_PROGRESS'],
  [/^(fully )?(completed?|done|achieved|implemented|closed)|termine|realise|acheve|complete|cumplid|finalizad|implementad|completad/, 'COMPLETED'],
];

/** ManagementResponse.status from the status as written (English, French or Spanish). */
export function toManagementResponseStatus(stored: unknown): ManagementResponseStatus | null {
  if (typeof stored !== 'string' || stored.trim() === '') return null;
  const folded = stored
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
  return STATUS_PATTERNS.find(([pattern]) => pattern.test(folded))?.[1] ?? 'OTHER';
}

const YEAR_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
// RFC 3339 date-time, with a zone (what `new Date().toISOString()` writes).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A stored date as the YearMonth scalar, or null when absent or not in that format (never an error in an answer). */
export function asYearMonth(stored: unknown): string | null {
  return typeof stored === 'string' && YEAR_MONTH.test(stored) ? stored : null;
}

/** A stored date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as the IsoDate scalar, or null when absent or not in that format. */
export function asIsoDate(stored: unknown): string | null {
  return typeof stored === 'string' && ISO_DATE.test(stored) ? stored : null;
}

/** A stored timestamp as the DateTime scalar, or null. */
export function asDateTime(stored: unknown): string | null {
  return typeof stored === 'string' && DATE_TIME.test(stored) ? stored : null;
}

/** What a string scalar's resolver holds: its functions, without name or description. */
export type ScalarFunctions = Pick<GraphQLScalarTypeConfig<string, string>, 'serialize' | 'parseValue' | 'parseLiteral'>;

/**
 * A string scalar's functions, merged by makeExecutableSchema into the scalar schema.graphql
 * declares (which keeps its description there, in the contract).
 */
function stringScalar(name: string, pattern: RegExp, expected: string): ScalarFunctions {
  const check = (value: unknown): string => {
    if (typeof value === 'string' && pattern.test(value)) return value;
    throw new GraphQLError(`${name} must be ${expected} (got ${JSON.stringify(String(value).slice(0, 40))}).`);
  };
  return {
    serialize: check,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  };
}

/** `YYYY-MM` or `YYYY` (ISO 8601 calendar month or year): evaluation dates, due dates. */
export const YearMonthScalar = stringScalar('YearMonth', YEAR_MONTH, 'YYYY-MM or YYYY');

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (ISO 8601 at the source's precision): the ends of periods. */
export const IsoDateScalar = stringScalar('IsoDate', ISO_DATE, 'YYYY-MM-DD, YYYY-MM or YYYY');

/** RFC 3339 date-time with its zone, e.g. `2026-11-29T10:15:00.000Z`. */
export const DateTimeScalar = stringScalar('DateTime', DATE_TIME, 'an RFC 3339 date-time such as 2026-11-29T10:15:00.000Z');
