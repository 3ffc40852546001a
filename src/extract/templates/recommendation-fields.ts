/**
 * The ILO's way of writing a recommendation in full evaluation reports: the recommendation,
 * then labelled parts — "Responsible unit: ILO CO-Abidjan. Priority: High. Time frame: 2024.
 * Resource implications: Low." (French "Unité responsable", "Priorité", "Délai"; Spanish
 * "Unidad responsable", "Prioridad", "Plazo"). The parts become RecommendationFields.
 */
import type { RecommendationFields } from '../../model/records.js';

type FieldName = keyof Pick<RecommendationFields, 'priority' | 'responsibleUnit' | 'timeFrame' | 'resourceImplications'> | 'addressedTo';

const LABELS: Array<[FieldName, string]> = [
  ['addressedTo', String.raw`addressed to|adress[ée]e?s? [àa]|destinataires?|dirigida a|destinatarios?`],
  [
    'responsibleUnit',
    String.raw`responsible units?(?:\s*\(s\))?|unit(?:\(s\)|s)? responsible|responsibility|responsible|unit[ée]s? responsables?|unit[ée]\(s\) responsable\(s\)|responsables?|unidad(?:es)? responsables?|unidad\(es\) responsable\(s\)`,
  ],
  ['priority', String.raw`priority(?: level)?|priorit[ée]|prioridad|niveau de priorit[ée]|nivel de prioridad`],
  [
    'timeFrame',
    String.raw`time ?frame|time implications?|timing|d[ée]lais?|[ée]ch[ée]ance|calendrier|implications? en termes de (?:temps|d[ée]lais?)|plazos?|calendario`,
  ],
  [
    'resourceImplications',
    String.raw`resources? implications?|implications? (?:en termes de |sur les )?ressources|incidences? sur les ressources|implicaciones? (?:de|en) (?:los )?recursos|recursos necesarios`,
  ],
];

const ANY_LABEL = new RegExp(String.raw`(?:^|[\s.;])(${LABELS.map(([, pattern]) => `(?:${pattern})`).join('|')})\s*:\s*`, 'gi');

/** Each label pattern anchored, compiled once: fieldOf runs for every label of every recommendation. */
const WHOLE_LABELS = LABELS.map(([field, pattern]) => [field, new RegExp(`^(?:${pattern})$`, 'i')] as const);

function fieldOf(label: string): FieldName | null {
  const trimmed = label.trim();
  for (const [field, pattern] of WHOLE_LABELS) if (pattern.test(trimmed)) return field;
  return null;
}

/** True when a paragraph is one of these labelled parts ("Priority: High"), to attach to the recommendation above. */
export function isRecommendationFieldLine(text: string): boolean {
  ANY_LABEL.lastIndex = 0;
  const match = ANY_LABEL.exec(text);
  return match !== null && match.index === 0 && fieldOf(match[1]!) !== null;
}

/**
 * Splits a recommendation's text from its labelled parts. Returns the text without them, the
 * fields found (null when none), and the "addressed to" / responsible unit as written, which
 * names the addressee when the layout gives no other.
 */
export function splitRecommendationFields(text: string): { text: string; fields: RecommendationFields | null; addressee: string | null } {
  const hits: Array<{ field: FieldName; labelStart: number; valueStart: number }> = [];
  ANY_LABEL.lastIndex = 0;
  for (const match of text.matchAll(ANY_LABEL)) {
    const field = fieldOf(match[1]!);
    if (!field) continue;
    const labelStart = match.index + match[0].indexOf(match[1]!);
    hits.push({ field, labelStart, valueStart: match.index + match[0].length });
  }
  // A part must follow the recommendation itself: a label opening the text is its subject, not a part.
  const parts = hits.filter((hit) => hit.labelStart > 0);
  if (parts.length === 0) return { text, fields: null, addressee: null };
  const fields: RecommendationFields = {};
  let addressee: string | null = null;
  parts.forEach((part, index) => {
    const end = index + 1 < parts.length ? parts[index + 1]!.labelStart : text.length;
    const value = text
      .slice(part.valueStart, end)
      .trim()
      .replace(/[\s.;,]+$/, '');
    if (!value || /^(?:-+|n\/?a)$/i.test(value)) return;
    if (part.field === 'addressedTo') addressee ??= value;
    else {
      fields[part.field] ??= value;
      if (part.field === 'responsibleUnit') addressee ??= value;
    }
  });
  const own = text
    .slice(0, parts[0]!.labelStart)
    .trim()
    .replace(/[\s;,]+$/, '');
  return { text: own || text, fields: Object.keys(fields).length > 0 ? fields : null, addressee };
}
