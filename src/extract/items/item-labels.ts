/**
 * The labels that open or qualify items, in English, French and Spanish: numbered item labels
 * ("Recommendation 1:", "Rec. #2 –", "Recommandation n° 2", "Recomendación 3.", "R1", "Lesson 4:"),
 * the labelled parts of a recommendation and of its management response ("Key actions",
 * "Actions clés", "Acciones", "Responsible", "Timeline", "Status", "Response", "Decision"), and the
 * decision a response states (accepted, partially accepted, rejected, noted).
 */
import type { InsightKind, ManagementDecision } from '../../model/records.js';
import { foldForMatch } from '../../text/normalise.js';
import { namesParty } from '../addressees.js';

/** The kind a numbered label names. */
const LABEL_WORDS: Array<[RegExp, InsightKind]> = [
  [/^(?:recommendations?|recommandations?|recomendaci(?:on|ones)|rec|r)$/, 'RECOMMENDATION'],
  [
    /^(?:lessons?(?: learn(?:ed|t))?|lecons?(?: (?:apprises?|tirees?))?|enseignements?|leccion(?:es)?(?: aprendidas?)?|aprendizajes?|ensenanzas?|l)$/,
    'LESSON_LEARNED',
  ],
  [/^(?:good practices?|best practices?|bonnes? pratiques?|buenas? practicas?|gp)$/, 'GOOD_PRACTICE'],
  [/^(?:findings?|constats?|constatations?|hallazgos?|conclusions?|conclusion(?:es)?|key findings?|f|c)$/, 'FINDING'],
];

const LABEL =
  /^(?:\*\*)?\s*(?:evaluation\s+(?=rec)|emerging\s+(?=good)|key\s+(?=finding))?((?:recommendations?|recommandations?|recomendaci[oó]n(?:es)?|rec\.?|lessons?(?: learn(?:ed|t))?|le[cç]ons?(?: (?:apprises?|tir[ée]es?))?|enseignements?|lecci[oó]n(?:es)?(?: aprendidas?)?|aprendizajes?|ense[ñn]anzas?|good practices?|best practices?|bonnes? pratiques?|buenas? pr[aá]cticas?|findings?|constats?|constatations?|hallazgos?|conclusions?|conclusi[oó]n(?:es)?))(?:\s+(?:de\s+l['’]\s*[ée]valuation|de\s+la\s+evaluaci[oó]n|of\s+the\s+evaluation))?\s*(?:n[o°º]\s*\.?\s*|#\s*|no\.\s*)?((?:\d{1,2}(?:\.\d{1,2})?)|[ivxIVX]{1,4}|[a-hA-H])\b(?:\s*\(([^()]{2,80})\))?\s*(?:\*\*)?\s*(?:[:.)–—-]+\s*|\s+(?=\S)|$)([\s\S]*)$/i;
/**
 * The number first, then the kind of one item, in the singular, then a colon or a dash ("1. Recommendation:", "3)
 * Lesson learned –"); not a chapter's heading ("1. Recommendations", "5. Conclusion", "5. Lessons learned").
 */
const NUMBER_FIRST =
  /^(?:\*\*)?\s*(\d{1,2})[.)]\s+(recommendation|recommandation|recomendaci[oó]n|lesson(?: learn(?:ed|t))?|le[cç]on(?: (?:apprise|tir[ée]e))?|lecci[oó]n(?: aprendida)?|good practice|bonne pratique|buena pr[aá]ctica|finding|constat(?:ation)?|hallazgo|conclusion|conclusi[oó]n)\s*(?:\*\*)?\s*(?::\s*|\s[–—-]\s+)(?:\*\*)?([\s\S]*)$/i;
const SHORT_LABEL = /^(?:\*\*)?\s*(R|C|L|F|GP)\s?(\d{1,2})\b(?:\s*\(([^()]{2,80})\))?\s*(?:\*\*)?\s*(?:[:.)–—-]+\s*|\s+(?=\p{Lu})|$)([\s\S]*)$/u;

export interface ItemLabel {
  kind: InsightKind;
  /** The label as written ("Recommendation 3", "R1"). */
  label: string;
  number: string;
  /** What follows the label on the same line (a title or the item itself). */
  rest: string;
  /** Written number first ("1. Recommendation:"): a heading so written names one item, not a section of them. */
  numberFirst?: boolean;
  /**
   * What the label says of its item besides its number: "(prioridad alta)", "(based on conclusions 1 and 3)",
   * "– dirigida a: Ministerio de Salud" give a priority, the conclusions it rests on, an addressee.
   */
  parts: Array<{ field: PartField; value: string }>;
  /** Set after its item ("… Lesson Learned", a sidebar's label): it names the item's kind in any section. */
  trailing?: boolean;
}

/** "(High priority)", "(prioridad alta)", « (priorité élevée) », "(Priority: high)": a priority and its level. */
const PRIORITY_NOTE = /^(?:(?:priority|priorit[ée]|prioridad)\s*[:–-]?\s*(\p{L}+(?:\s\p{L}+)?)|(\p{L}+)\s+(?:priority|priorit[ée]|prioridad))$/iu;

/** The qualifiers of a label: its parenthesis, then labelled parts opening the rest ("– dirigida a: X"). */
function labelParts(note: string | undefined, rest: string): { parts: ItemLabel['parts']; rest: string } {
  const parts: ItemLabel['parts'] = [];
  if (note) {
    const inner = note.trim();
    const priority = PRIORITY_NOTE.exec(inner);
    const labelled = /^([\p{L}][\p{L}'’ ]{2,40}?)\s*:\s*(\S.*)$/u.exec(inner);
    const field = labelled ? wholePartField(labelled[1]!) : partField(inner.split(/\s+/).slice(0, 2).join(' '));
    if (priority) parts.push({ field: 'priority', value: (priority[1] ?? priority[2])! });
    else if (labelled && field) parts.push({ field, value: labelled[2]! });
    else if (field === 'basis' || /^(?:see|cf\.?|voir|ver|vinculad[ao]|relacionad[ao]|li[ée]e?s?|linked|related)\b/iu.test(inner))
      parts.push({ field: 'basis', value: inner });
    // "Recommendation 1 (Ministry of Water and Sanitation):", « Recommandation 2 (Enabel, agences de l'eau) : »: whom it
    // is addressed to (a name, not a sentence nor a number).
    else if (!field && inner.split(/\s+/).length <= 12 && !/[.!?]$|\d{3,}/.test(inner) && inner.split(/\s*[,;/]\s*|\s+(?:and|et|y)\s+/).some(namesParty))
      parts.push({ field: 'addressee', value: inner });
  }
  // "Recomendación 1 (prioridad alta) – dirigida a: Ministerio de Salud": the rest opens with a labelled part.
  let remaining = rest;
  // « (priorité haute) – adressée au Ministère de l'Éducation »: whom it is addressed to, without a colon.
  const addressed = /^(?:[-–—]\s*)?(?:addressed to|adress[ée]e?s? (?:à|au|aux)|dirigid[ao]s? (?:a|al))\s+(\S.{1,120})$/iu.exec(remaining);
  if (addressed)
    return { parts: [...parts, { field: 'addressee', value: addressed[1]!.replace(/^(?:(?:la|le|les|el|los|las)\s+|l['’]\s*)/i, '').trim() }], rest: '' };
  for (;;) {
    const labelled = /^[-–—]?\s*([\p{L}][\p{L}'’ ]{2,40}?)\s*:\s*(\S[^–—|;]*?)\s*(?:[–—|;]\s*|$)/u.exec(remaining);
    const field = labelled ? wholePartField(labelled[1]!) : null;
    // A part takes the rest only when text is left for the item ("Recommendation 2: Response: …" is the response's topic).
    if (!labelled || !field || ['recommendation', 'finding', 'lesson', 'practice', 'description', 'area', 'reference'].includes(field)) break;
    // … unless its value is no sentence: a label line's part ("Recommendation 1 – Addressed to: Ministry of Health",
    // "– Priority: High").
    const sentence = labelled[2]!.trim().split(/\s+/).length > 6 || /[.!]$/.test(labelled[2]!.trim());
    if (remaining.slice(labelled[0].length).trim() === '' && parts.length === 0 && sentence) break;
    parts.push({ field, value: labelled[2]!.trim() });
    remaining = remaining.slice(labelled[0].length);
  }
  return { parts, rest: remaining };
}

/**
 * "Conclusion 1.179 UNDP is a trusted …", "**Conclusion 2.**180 **UNDP made …**": the label's number, its dot, and
 * the paragraph's own number glued to it (UNDP IEO country programme evaluations number every paragraph). A number
 * after the dot above any list's length is the paragraph's, not a sub-item's ("Recommendation 1.2" stays).
 */
const GLUED_PARAGRAPH_NUMBER = /^((?:\*\*)?\s*\p{L}[\p{L} ]{0,40}?\s+\d{1,2})\.(\*\*)?(\d{2,3})(?=\s+(?:\*\*)?[\p{Lu}"“])/u;
/** More sub-items than any list of conclusions or recommendations has under one number. */
const MAX_SUB_ITEM = 20;

function withoutParagraphNumber(text: string): string {
  const glued = GLUED_PARAGRAPH_NUMBER.exec(text);
  if (!glued || Number(glued[3]) <= MAX_SUB_ITEM) return text;
  // "**Conclusion 1.**179 **UNDP is …**" (a PDF): the label keeps its bold.
  return `${glued[1]}.${glued[2] ?? ''} ${text.slice(glued[0].length).trimStart()}`;
}

/** The numbered label that opens a line ("Recommendation 1: ...", "R2 –", "Recomendación 3."), or null. */
export function itemLabel(text: string): ItemLabel | null {
  const trimmed = withoutParagraphNumber(text.trim());
  const long = LABEL.exec(trimmed);
  if (long) {
    const word = foldForMatch(long[1]!).replace(/\.$/, '');
    const kind = LABEL_WORDS.find(([pattern]) => pattern.test(word))?.[1];
    if (kind) {
      const { parts, rest } = labelParts(long[3], long[4]!.replace(/\*\*/g, '').trim());
      return { kind, label: `${long[1]} ${long[2]}`.trim(), number: long[2]!, rest, parts };
    }
  }
  // "1. Recommendation: UNDP should …", "2. Recommandation :" (a registry's list, its number first): one item's label.
  const first = NUMBER_FIRST.exec(trimmed);
  if (first) {
    const kind = LABEL_WORDS.find(([pattern]) => pattern.test(foldForMatch(first[2]!)))?.[1];
    if (kind) return { kind, label: `${first[2]} ${first[1]}`, number: first[1]!, rest: first[3]!.replace(/\*\*/g, '').trim(), parts: [], numberFirst: true };
  }
  const short = SHORT_LABEL.exec(trimmed);
  if (short) {
    const kind = LABEL_WORDS.find(([pattern]) => pattern.test(short[1]!.toLowerCase()))?.[1];
    if (kind) {
      const { parts, rest } = labelParts(short[3], short[4]!.replace(/\*\*/g, '').trim());
      return { kind, label: `${short[1]}${short[2]}`, number: short[2]!, rest, parts };
    }
  }
  return null;
}

/** The labelled parts of a recommendation, of its management response, and of a matrix's columns. */
export type PartField =
  | 'response'
  | 'decision'
  | 'keyActions'
  | 'deliverables'
  | 'who'
  | 'when'
  | 'status'
  | 'priority'
  | 'addressee'
  | 'resources'
  | 'recommendation'
  | 'finding'
  | 'lesson'
  | 'practice'
  /** What explains an item beside its short title in a table ("Lesson learned | Description"). */
  | 'description'
  | 'area'
  | 'reference'
  /** The conclusions or findings an item rests on ("Based on conclusions: 1 and 3", "Origin: EQ1, EQ2"); not kept. */
  | 'basis';

/**
 * A column of what went wrong, folded ("Challenges", « Défis », "Retos"; a lessons workshop's "What could be improved",
 * « Ce qui pourrait être amélioré », "Lo que se puede mejorar"): findings stated in their own right, not the basis of
 * the recommendation beside them.
 */
const CHALLENGE_LABEL =
  /^(?:challenges?(?: encountered| faced)?|defis(?: rencontres)?|difficultes(?: rencontrees)?|desafios|retos|dificultades(?: encontradas)?|what (?:could be improved|could have been done better|did not work|didn't work|did not go well|went wrong)|areas? (?:for|of) improvement|ce qui (?:pourrait etre ameliore|n'a pas (?:bien )?fonctionne)|points? a ameliorer|lo que (?:se puede mejorar|podria mejorarse|no funciono)|aspectos? a mejorar)$/;

/** A column's title that names what went wrong ("Challenges", "What could be improved"). */
export function namesChallenges(label: string): boolean {
  return CHALLENGE_LABEL.test(
    foldForMatch(label)
      .replace(/[*:.]+$/g, '')
      .trim(),
  );
}

/** Folded labels, tried in order (first match wins); anchored at the start of the label. */
const PART_LABELS: Array<[PartField, RegExp]> = [
  [
    'decision',
    // "Management Response Category: Accepted" (UN Women's GATE): the category is the decision, not the response.
    /^(?:(?:management )?response categor(?:y|ies)|categorie de (?:la )?reponse|categoria de (?:la )?respuesta|(?:management )?(?:decision|decisions|acceptance|accepted|accept(?:ed)?\s*\/\s*reject(?:ed)?|accepte[e]?|acceptation|decisi[oó]n|aceptad[ao]|aceptaci[oó]n|posicion(?! institucional)|position))\b/,
  ],
  [
    'response',
    /^(?:management(?:'s)? response|response|responses|management comments?|comments? (?:of|from) management|reponse(?: de la (?:direction|gestion|administration))?|reponses?|commentaires? de la direction|respuesta(?: de la (?:gerencia|administracion|direccion))?|respuestas?|posicion institucional|comentarios? de la gerencia)\b/,
  ],
  // "Action owner", "Action deadline" (WFP's action plans): who and when of the actions, not the actions.
  ['who', /^(?:(?:action|activity) )?(?:owners?|owner\(s\))\b|^(?:action|activity) (?:lead|responsible)\b/],
  ['when', /^(?:action|activity) (?:deadline|due ?date|timeline|time ?frame|completion date)\b/],
  [
    'keyActions',
    /^(?:key actions?|proposed follow-?up(?: actions?)?|suite a donner|suivi propose|seguimiento propuesto|actions? (?:plan|planned|to be taken|proposed)|action plan|planned actions?|follow-?up actions?|follow-?up(?= *$)|management actions?|actions?|measures(?: taken)?|next steps|actions? cles?|actions? prevues?|plan d'action|mesures?(?: prises?| prevues?| a prendre| correctives?)?|acci(?:on|ones)(?: clave| previstas?| a realizar)?|accion(?:es)? de mejora|plan de accion|medidas)\b/,
  ],
  ['deliverables', /^(?:deliverables?|outputs?|livrables?|produits? attendus?|entregables?|productos?)\b/],
  [
    'who',
    /^(?:responsible(?: units?| persons?| party| office| entity| department)?|(?:entit(?:y|ies)|partners?|institutions?) responsible|(?:entites?|partenaires?|entidad(?:es)?|socios?|instituci(?:on|ones)|actor(?:es)?|acteurs?) responsables?|(?:acteurs?|actor(?:es)?)(?! concern)|responsibility|accountability|accountable|lead(?: units?| offices?| responsibility)?|who|by whom|unit(?:s)? responsible|unite(?:s)? responsables?|responsables?|entite responsable|gestionnaires? responsables?|responsible managers?|gerentes? responsables?|qui|personne responsable|centre de responsabilite|centro de responsabilidad|unidad(?:es)? responsables?|area responsable|quien|instancia responsable)\b/,
  ],
  [
    'when',
    /^(?:(?:(?:proposed|anticipated|expected|indicative) )?(?:implementation )?time[ -]?frame|time implications?|timeline|timing|deadline|due ?date|target date|expected completion(?: date)?|completion date|(?:planned|target|expected) (?:completion |implementation )?date|date d'achevement(?: prevue)?|date prevue d'achevement|fecha (?:prevista )?de (?:conclusion|finalizacion|cumplimiento)(?: prevista)?|expected date|date|by when|when|echeance|delais?|calendrier|date (?:limite|prevue|d'echeance)|echeancier|quand|fecha(?: (?:limite|prevista|de (?:cumplimiento|termino)))?|plazos?|calendario|cronograma|horizonte(?: temporal)?|cuando)\b/,
  ],
  ['status', /^(?:status|implementation status|progress|state|statut|etat(?: d'avancement)?|avancement|estado|avance|situacion)\b/],
  ['priority', /^(?:priority|priority level|priorite|prioridad|niveau de priorite|nivel de prioridad)\b/],
  [
    'basis',
    /^(?:based on(?: (?:conclusions?|findings?|evaluation questions?))?|origin|associated (?:conclusions?|findings?|recommendations?)|linked (?:to )?(?:conclusions?|findings?)|related (?:conclusions?|findings?)|derived from|link to (?:conclusions?|findings?)|(?:basee?s? sur|en lien avec|issue?s? de)(?: la| les)? (?:conclusions?|constats?)|conclusions? (?:associees?|liees?)|origine|basad[ao]s? en(?: (?:la|las) conclusion(?:es)?)?|vinculad[ao]s? (?:a|con)(?: (?:la|las))? conclusion(?:es)?|conclusion(?:es)? (?:asociadas?|relacionadas?|vinculadas?)|origen)\b/,
  ],
  [
    'addressee',
    /^(?:addressed to|addressees?|to whom|publics? cibles?|target(?:ed)? (?:level|stakeholders?|units?|entit(?:y|ies)|actors?|audiences?)|niveau cible|nivel (?:destinatario|objetivo)|adressee?s? a|destinataires?|acteurs? concernes?|a l'attention de|dirigidas? a|destinatarios?)\b/,
  ],
  ['resources', /^(?:resources?(?: implications?| required| needed)?|ressources?|budget|recursos?|costo|cout)\b/],
  ['recommendation', /^(?:recommendations?|recommended actions?|recommandations?|recomendaciones?|recomendacion|aspectos susceptibles de mejora)\b/],
  [
    'lesson',
    /^(?:lessons?(?: learned| learnt)?|lecons?(?: apprises| tirees)?|enseignements?(?: tires)?|lecci(?:on|ones)(?: aprendidas?)?|aprendizajes?|ensenanzas?)\b/,
  ],
  [
    'practice',
    /^(?:(?:emerging )?good practices?|best practices?|promising practices?|bonnes? pratiques?(?: emergentes?)?|pratiques? prometteuses?|buenas? practicas?(?: emergentes?)?)\b|^(?:what (?:went|worked) well|what worked|ce qui a (?:bien )?(?:fonctionne|marche)|lo que funciono(?: bien)?|que funciono bien)$/,
  ],
  ['description', /^(?:description|descripcion|details?|detalles?|explanation|explication|explicacion)\b/],
  [
    'finding',
    new RegExp(
      `^(?:findings?|key findings?|conclusions?|issues?|constats?|constatations?|conclusion|hallazgos?|conclusiones?|fortalezas?(?: y oportunidades)?|debilidad(?:es)?(?: y amenazas| o amenazas)?|fortaleza y oportunidad|debilidad o amenaza|strengths?|weaknesses?)\\b|${CHALLENGE_LABEL.source}`,
    ),
  ],
  ['area', /^(?:apartado(?: de la evaluacion)?|area|ambitos?|theme|tema|domaine|axe|ejes?|dimensions?|dimension(?:es)?|componente?|section)\b/],
  ['reference', /^(?:referencias?(?: \(pregunta\))?|reference|preguntas?(?: clave)?|questions?(?: cles| clave| key)?|key questions?|cuestiones? clave)\b/],
];

/** The same labels matched whole: a label written in a sentence or before an item's topic must be one of them, no more. */
const WHOLE_PART_LABELS: Array<[PartField, RegExp]> = PART_LABELS.map(([field, pattern]) => [field, new RegExp(`${pattern.source}$`)]);

/**
 * The part a label names ("Key actions", "Actions clés", "Responsible", "Fecha límite"), or null. A column's title
 * may go on after the name ("Responsible unit(s) for implementation").
 */
export function partField(label: string): PartField | null {
  return namedPart(label, false);
}

/**
 * The part a label inside a text names: the name and no more ("Resource mobilisation:" before a recommendation's
 * topic names no resources part), or null.
 */
export function wholePartField(label: string): PartField | null {
  return namedPart(label, true);
}

function namedPart(label: string, whole: boolean): PartField | null {
  const folded = foldForMatch(label)
    .replace(/[*:.]+$/g, '')
    .replace(/^\*+/, '')
    // "Action(s) clé(s)", "Unidad(es) responsable(s)": the optional plural says nothing.
    .replace(/\((?:s|es|x)\)/g, '')
    // "Management response (accepted, partially accepted or rejected)": the answers it allows say nothing either.
    .replace(/\s*\([^)]*\)/g, '')
    // "Management - Action to be taken" (WFP's template): whose actions they are, set before the column's name.
    .replace(/^(?:management|direction|gerencia|direccion)\s*[-–—]\s*/, '')
    .trim();
  if (!folded) return null;
  // "Action to be taken, and/or comment on partial acceptance or rejection": its first clause names it.
  const clause = folded.length > 60 ? folded.split(/,|\s+(?:and\/or|et\/ou|y\/o)\s+/)[0]!.trim() : folded;
  if (clause.length > 60) return null;
  if (whole) return clause === folded ? (WHOLE_PART_LABELS.find(([, pattern]) => pattern.test(clause))?.[0] ?? null) : null;
  for (const [field, pattern] of PART_LABELS) if (pattern.test(clause)) return field;
  // "Evaluation recommendation", "TE Recommendation", "Key findings", "Summary of recommendations": a qualified column of items.
  const qualified = QUALIFIER.exec(clause);
  if (qualified) {
    const rest = clause.slice(qualified[0].length);
    for (const [field, pattern] of PART_LABELS) if (ITEM_FIELDS.has(field) && pattern.test(rest)) return field;
  }
  return null;
}

/** Words that may qualify an items column's title. */
const QUALIFIER =
  /^(?:(?:evaluation|evaluation's|te|mte|mtr|fe|tr|key|main|major|summary of(?: the)?|list of(?: the)?|final|specific|strategic|operational|de l'evaluation|de la evaluacion|principales?|cles?|clave)\s+)+/;

const ITEM_FIELDS: ReadonlySet<PartField> = new Set(['recommendation', 'finding', 'lesson', 'practice']);

/** The words a decision alone is written with (folded): "Partially accepted", « Partiellement acceptée », "No aceptada". */
const STANCE_WORDS: ReadonlySet<string> = new Set(
  'accepted agreed rejected noted partially partly fully not accept agree reject acceptee acceptees rejetee non partiellement retenue aceptada aceptado rechazada rechazado parcialmente no'.split(
    ' ',
  ),
);
/** The most words a decision alone takes ("Partially accepted", "Not fully accepted"). */
const DECISION_WORDS = 3;

/**
 * A response cell that opens with its decision on a line of its own, the line break lost when the cell was
 * flattened ("Partially accepted There is an opportunity …", WFP's matrix): the decision, and the comment after it.
 * Null for a decision written as a sentence ("Accepted. The unit will …", kept as written) or for any other text.
 */
export function leadingDecision(text: string): { decision: ManagementDecision; rest: string } | null {
  const words = text.trim().split(/\s+/);
  for (let count = Math.min(DECISION_WORDS, words.length - 1); count >= 1; count -= 1) {
    const opening = words.slice(0, count).join(' ');
    const next = words[count]!;
    if (
      !/^\p{Lu}\p{Ll}/u.test(next) ||
      !foldForMatch(opening)
        .split(' ')
        .every((word) => STANCE_WORDS.has(word))
    )
      continue;
    const rest = words.slice(count).join(' ');
    // "Accepted Thematic Area: Leadership …": a registry's next field, not the comment.
    if (/^(?:\S+\s+){0,3}?\S+:(?:\s|$)/u.test(rest)) return null;
    const decision = parseDecision(opening);
    if (decision) return { decision, rest };
  }
  return null;
}

/**
 * The decision a management response states. "Partially" wins over "accepted"; a negation
 * ("does not agree", "no se acepta") is a rejection; "noted" without agreement is NOTED.
 */
export function parseDecision(text: string): ManagementDecision | null {
  const folded = foldForMatch(text).slice(0, 400);
  if (!folded) return null;
  // "Accepted. The pooled fund is not supported by all donors yet …": the opening stance decides.
  const opening = /^(fully |partially |partly |in part )?(?:accepted|agreed|accepte(?:e|es)?|aceptad[ao]s?|approuvee?)\b/.exec(folded);
  if (opening) {
    const clause = folded.split(/[.;:!?]/)[0]!;
    const partial =
      (opening[1] && opening[1] !== 'fully ') || /\b(?:partial(?:ly)?|in part|partly|partiellement|en partie|parcial(?:mente)?|en parte)\b/.test(clause);
    return partial ? 'PARTIALLY_ACCEPTED' : 'ACCEPTED';
  }
  // A rejection is said in the first sentence ("Not agreed.", « Non retenue : … »), not in the reasons after it.
  const stated = folded.split(/(?<=[.!?])\s/)[0]!;
  if (
    /\b(?:partial(?:ly)?|in part|partly|partiellement|en partie|parcial(?:mente)?|en parte)\b/.test(folded) &&
    /\b(?:accept|agree|support|concur|accept|approuv|acept|de acuerdo|d'accord)/.test(folded)
  )
    return 'PARTIALLY_ACCEPTED';
  if (/\bpartially accepted\b|\baccepte(?:e)? partiellement\b|\baceptada parcialmente\b/.test(folded)) return 'PARTIALLY_ACCEPTED';
  if (
    /\b(?:not (?:accepted|agreed|supported|endorsed|approved)|reject(?:ed|s)?|does not (?:agree|accept|support|concur)|do(?:es)? not agree|disagree(?:s|d)?|non (?:accept(?:e|ee)|retenue?|approuvee?)|rejet(?:e|ee)|rejett?e(?:nt)?|n'est pas d'accord|pas d'accord|rechaza(?:da|do|n)?|no (?:se )?acept(?:a|ada|ado)|no aprobad[ao]|no (?:esta|estamos) de acuerdo|en desacuerdo)\b|^refusee?\b/.test(
      stated,
    )
  )
    return 'REJECTED';
  if (
    /\b(?:accepted|accepts?|agreed?|agrees|supports?|supported|concurs?|endorsed?|accepte(?:e|es)?|d'accord|approuve(?:e)?|aceptad[ao]s?|acepta|de acuerdo|respalda|apoya)\b/.test(
      folded,
    )
  )
    return 'ACCEPTED';
  if (/\b(?:noted|takes note|take note|pris note|prend note|toma(?:do)? nota|tomamos nota)\b/.test(folded)) return 'NOTED';
  return null;
}

/**
 * A line that is only a decision: "Accepted", "Partially accepted", "Not accepted", "Acceptée", "Parcialmente aceptada";
 * under "Management Response:" on a registry's page ("Partially Agreed") the answer's first words, never a heading.
 */
export function isDecisionLine(text: string): boolean {
  const folded = foldForMatch(text)
    .replace(/[.:]+$/, '')
    .trim();
  return folded.split(/\s+/).length <= 3 && /^[a-z' ]+$/.test(folded) && parseDecision(folded) !== null;
}

/** A recommendation's status as trackers and follow-up reports name it (folded): "Open", "Closed - Implemented", « En cours ». */
const STATUS_LABEL =
  /^(?:(?:open|closed|resolved|unresolved|implemented|not implemented|partially implemented|fully implemented|pending|in progress|ongoing|overdue|completed?|not started|superseded|withdrawn|no longer applicable|en cours|cloturee?|ouverte?|mise? en (?:oeuvre|œuvre)|abierta|cerrada|en curso|pendiente|implementada)(?:\s*[-–—/,]\s*|\s+and\s+|\s+|$))+$/;

/** A statement that defines a recommendation or a status: "A recommendation that …", "Recommendations for which …". */
const DEFINES_RECOMMENDATION =
  /^(?:(?:an?|the|any)\s+)?(?:\w+\s+)?(?:recommendations?|recommandations?|recomendaci(?:ón|ones))\s+(?:that|which|for which|whose|where|on which|with|is|are|has|have|qui|dont|pour laquelle|pour lesquelles|que|cuya|para la que|para las que)\b/iu;

/** What a recommendation says (the noun "recommendation" aside): a modal, a request. */
const STATES_REQUEST =
  /\b(?:recommend\w*|should|must|ought to|need(?:s|ed)? to|it is (?:necessary|important|essential)|recommand\w*|devr(?:ait|aient|a|ont)|doi(?:t|vent)|il (?:faut|convient)|recomend\w*|recomienda\w*|deber[ií]a\w*|debe(?:n|r)?)\b/i;

/**
 * A tracker's key to its statuses (USAID OIG's recommendation status pages, audit follow-ups): a status for label
 * ("Open", "Closed", "Open - Unresolved") over a text that defines it ("A recommendation that the agency has not yet
 * implemented …") or that recommends nothing ("USAID and OIG have not agreed on the corrective action."). A
 * recommendation a tracker marks open keeps its statement ("Open: The Mission should verify …" recommends). Under
 * another kind (`recommendation` false: a finding headed "Ongoing"), only a text that defines a recommendation.
 */
export function isStatusDefinition(headline: string | null, text: string, recommendation = true): boolean {
  let label = headline?.trim() ?? '';
  let body = text;
  if (!label) {
    const inline = /^([^:.;]{2,40}):\s+(\S.*)$/su.exec(text);
    if (!inline) return false;
    label = inline[1]!;
    body = inline[2]!;
  }
  if (!STATUS_LABEL.test(foldForMatch(label).trim())) return false;
  return (
    DEFINES_RECOMMENDATION.test(body) ||
    (recommendation && !STATES_REQUEST.test(body.replace(/\b(?:recommendations?|recommandations?|recomendaci(?:ón|ones))\b/giu, '')))
  );
}
