/**
 * The ILO's lesson-learned and emerging good-practice annex templates, found at the end of
 * full evaluation reports: one table per lesson or practice, a labelled row per element
 * ("Brief description of lesson learned", "Context and any related preconditions", ...).
 * This module names the rows in English, French and Spanish; labelled-sections reads them.
 */
import type { GoodPracticeFields, InsightKind, LessonLearnedFields } from '../../model/records.js';
import { foldForMatch } from '../../text/normalise.js';

type LessonField = keyof Pick<LessonLearnedFields, 'description' | 'context' | 'targetedUsers' | 'challenges' | 'successes' | 'administrativeIssues'>;
type PracticeField = keyof Pick<GoodPracticeFields, 'summary' | 'conditions' | 'causeEffect' | 'measurableImpact' | 'replicationPotential' | 'higherGoals'>;

export type AnnexField = { kind: 'LESSON_LEARNED'; field: LessonField } | { kind: 'GOOD_PRACTICE'; field: PracticeField };

/** Row labels of the two annex templates (folded: lower case, no accents), tried in order. */
const ANNEX_LABELS: Array<[RegExp, AnnexField]> = [
  [
    /^brief description of (the )?lessons? learn|^breve description de la lecon|^description (breve )?de la lecon|^breve descripcion de la leccion/,
    { kind: 'LESSON_LEARNED', field: 'description' },
  ],
  [
    /^context and any related preconditions|^contexte et (les )?conditions prealables|^contexto y (las )?condiciones previas/,
    { kind: 'LESSON_LEARNED', field: 'context' },
  ],
  [/^targeted users|^utilisateurs cibles|^usuarios (destinatarios|objetivo)/, { kind: 'LESSON_LEARNED', field: 'targetedUsers' }],
  [/^challenges ?\/ ?negative lessons|^defis ?\/ ?lecons negatives|^desafios ?\/ ?lecciones negativas/, { kind: 'LESSON_LEARNED', field: 'challenges' }],
  [
    /^success ?\/ ?positive issues|^succes ?\/ ?(questions|aspects) positi|^exito ?\/ ?(cuestiones|aspectos) positiv/,
    { kind: 'LESSON_LEARNED', field: 'successes' },
  ],
  [
    /^ilo administrative issues|^questions administratives de l'oit|^cuestiones administrativas de la oit/,
    { kind: 'LESSON_LEARNED', field: 'administrativeIssues' },
  ],
  [/^brief summary of the good practice|^bref resume de la bonne pratique|^breve resumen de la buena practica/, { kind: 'GOOD_PRACTICE', field: 'summary' }],
  [/^relevant conditions and context|^conditions et contexte pertinents|^condiciones y contexto pertinentes/, { kind: 'GOOD_PRACTICE', field: 'conditions' }],
  [
    /^establish a clear cause-effect|^etablir une (claire )?relation de cause a effet|^establecer una (clara )?relacion (de )?causa-?efecto/,
    { kind: 'GOOD_PRACTICE', field: 'causeEffect' },
  ],
  [/^indicate measurable impact|^indiquer l'impact mesurable|^indicar el impacto medible/, { kind: 'GOOD_PRACTICE', field: 'measurableImpact' }],
  [/^potential for replication|^potentiel de replication|^potencial de replicacion/, { kind: 'GOOD_PRACTICE', field: 'replicationPotential' }],
  [
    /^upward links to higher ilo goals|^liens (ascendants )?(vers|avec) les objectifs (superieurs|plus eleves) de l'oit|^vinculos (ascendentes )?con (los )?objetivos superiores de la oit/,
    { kind: 'GOOD_PRACTICE', field: 'higherGoals' },
  ],
];

/** The annex row a label names ("Brief description of lesson learned (link to ...)"), or null. */
export function annexField(label: string): AnnexField | null {
  const folded = foldForMatch(label)
    .replace(/^\*+|\*+$/g, '')
    .trim();
  if (folded.length < 8 || folded.length > 250) return null;
  for (const [pattern, field] of ANNEX_LABELS) if (pattern.test(folded)) return field;
  return null;
}

/** The field holding the insight's own text: the lesson's description, the practice's summary. */
export function mainAnnexField(kind: InsightKind): 'description' | 'summary' {
  return kind === 'GOOD_PRACTICE' ? 'summary' : 'description';
}
