/**
 * Draft items -> raw insights: the sanity gates (not an insight, shorter than a sentence, an
 * acronym entry, a contents line; a section that yields implausibly many items), inline
 * enumerations split into items ("i) … ii) …", "a) … b) …"), and one insight for an item stated
 * several times (executive summary, body, management-response matrix), with every place it is
 * stated kept as a provenance span.
 */
import type { InsightKind, ManagementResponse, RecommendationFields } from '../../model/records.js';
import { foldForMatch } from '../../text/normalise.js';
import { parseYearMonth } from '../templates/value-parsers.js';
import { isNotAnInsight, isTableOfContentsLine } from '../templates/labelled-sections.js';
import { type RawInsight, locateItems } from '../templates/raw-insight.js';
import { cleanInline, splitEnumeration } from '../text-cleanup.js';
import { classifyHeading } from '../sections/classify-heading.js';
import { subjectAddressee } from '../addressees.js';
import { isStatusDefinition, itemLabel, leadingDecision, parseDecision } from './item-labels.js';
import { closingTag } from './closing-tag.js';
import { type DraftItem, opensWithRequest } from './section-items.js';

/** More items than this from one section is a list of something else (acronyms, a table, a contents page). */
export const MAX_ITEMS_PER_SECTION = 80;

/** A recommendation given whom it is for, by when or how urgent ("Recruit a gender specialist (Time frame: 6 months)"). */
function isQualified(draft: DraftItem): boolean {
  return draft.kind === 'RECOMMENDATION' && (['who', 'when', 'priority', 'addressee'] as const).some((field) => draft.fields[field] !== undefined);
}

/** A sentence of three words or more that asks for something ("Improve performance data."), not a label or a cell. */
function isShortRequest(text: string): boolean {
  return /^\p{Lu}/u.test(text) && /[.!]$/.test(text) && text.split(/\s+/).length >= 3 && opensWithRequest(text);
}

/** An item of fewer words and characters than this is a fragment, not a sentence. */
const MIN_WORDS = 5;
const MIN_CHARACTERS = 40;

/**
 * A sentence's end, or the end of one point of a sentence split over list items ("Targeted use of expertise and
 * money;" / "systematic use of existing knowledge; and" / "good systems for project evaluations.", Norad): each point
 * is as whole as the last, which ends with the full stop.
 */
const CLAUSE_END = /(?:[.!;]|;\s*(?:and|or|et|ou|y|o))$/i;

/** "FFS Farmer Field School", "DIP = Division of International Protection": an acronym-list entry. */
const ACRONYM_ENTRY = /^[A-Z][A-Za-z&/-]{1,11}\s*(?:[-–:=\t]|\s{2,})?\s*[A-Z][\w'’-]*(?:\s+[\w'’(),&-]+){0,10}$/;

export interface FinaliseResult {
  insights: RawInsight[];
  warnings: string[];
}

/** An insight being finalised: what it will say and where, before its ordinal and fields. */
interface Candidate extends Pick<RawInsight, 'kind' | 'headline' | 'text' | 'section' | 'start' | 'end'> {
  inSummary: boolean;
  draft: DraftItem;
  spans: Array<{ section: string; start: number; end: number }>;
  /** Where the executive summary states it, when it does (for the reading order). */
  summaryAt?: number;
  /** Where the body states it, when the insight's own statement is the summary's (for the reading order). */
  bodyAt?: number;
}

/**
 * The reading order of the insights: where they are first stated. An item stated in the summary
 * and the body is read at the summary; an item only the body states comes right after the item the
 * body states before it (the union of the two lists, in both their orders).
 */
function orderAsRead(kept: Candidate[]): void {
  const key = new Map<Candidate, number>();
  const summaryOf = (candidate: Candidate): number | undefined =>
    candidate.inSummary ? Math.min(candidate.start, candidate.summaryAt ?? Infinity) : candidate.summaryAt;
  const bodyOf = (candidate: Candidate): number => (candidate.inSummary ? (candidate.bodyAt ?? candidate.start) : candidate.start);
  const byBody = [...kept].sort((a, b) => bodyOf(a) - bodyOf(b));
  const lastWithSummary = new Map<InsightKind, number>();
  for (const candidate of byBody) {
    const summary = summaryOf(candidate);
    if (summary !== undefined) {
      key.set(candidate, summary);
      lastWithSummary.set(candidate.kind, Math.max(summary, lastWithSummary.get(candidate.kind) ?? -1));
      continue;
    }
    const previous = lastWithSummary.get(candidate.kind);
    // Right after the previous item of its kind in the body (fractions keep the body's own order).
    key.set(candidate, previous === undefined ? bodyOf(candidate) : previous + bodyOf(candidate) / 1e9);
  }
  kept.sort((a, b) => key.get(a)! - key.get(b)! || a.start - b.start);
}

/** Words that make a sentence a recommendation, in the three languages. */
const RECOMMENDING =
  /\b(?:recommend\w*|should|must|ought to|need(?:s|ed)? to|it is (?:necessary|important|essential)|consider(?:ing)?|encourage[sd]?|recommand\w*|devr(?:ait|aient|a|ont)|doi(?:t|vent)|il (?:faut|convient|est n[ée]cessaire)|recomend\w*|recomienda\w*|deber[ií]a\w*|debe(?:n|r)?|se sugiere|es necesario|es importante)\b/i;

/** A sentence whose subject is the list of items that follows ("The following recommendations …"), in the three languages. */
const INTRODUCES_LIST =
  /^(?:(?:the|these)\s+following\s+(?:\p{L}+\s+)?(?:recommendations|lessons|findings|conclusions|good practices)|(?:the|these)\s+(?:recommendations|lessons(?: learned| learnt)?|findings|conclusions)\s+(?:below|that follow|presented (?:below|here|in this))|(?:les|ces)\s+(?:recommandations|le[çc]ons(?: apprises| tir[ée]es)?|enseignements(?: tir[ée]s)?|bonnes pratiques|constats|conclusions)\s+(?:suivantes|ci-dessous|ci-apr[èe]s|qui suivent|pr[ée]sent[ée]es (?:ci|dans))|(?:las|estas)\s+(?:siguientes\s+(?:recomendaciones|lecciones|conclusiones|hallazgos)|(?:recomendaciones|lecciones(?: aprendidas)?|ense[ñn]anzas|aprendizajes|buenas pr[áa]cticas|conclusiones|hallazgos)\s+(?:siguientes|que se presentan|que siguen|a continuaci[óo]n|presentad[ao]s)))\b/iu;

/** A number of recommendations, lessons, findings ("four recommendations", "several lessons", « cinq recommandations », "tres lecciones"). */
const COUNTED_ITEMS =
  /(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a number of|a series of|a set of|\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|une série de|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varias|varios|una serie de)\s+(?:(?:main|key|major|principal|principales|strategic|strategiques|stratégiques|operational|opérationnelles|estratégicas|operativas|general|générales|generales|broad)\s+)?(?:recommendations|lessons(?: learned| learnt)?|findings|conclusions|good practices|recommandations|le[çc]ons(?: apprises)?|enseignements|constats|bonnes pratiques|recomendaciones|lecciones(?: aprendidas)?|hallazgos|conclusiones|buenas pr[áa]cticas)(?![\p{L}])/iu;
/** How a report presents what it lists: it makes, offers, proposes them; they emerge, follow, are set out below. */
const PRESENTING =
  /(?<![\p{L}])(?:makes?|offers?|proposes?|presents?|formulates?|sets? out|emerges?|emerged|draws?|identifies|are (?:presented|proposed|listed|formulated|made|drawn|set out|summari[sz]ed)|follows?|following|below|formule|formulé|propose|présente|dégage|émergent|se dégagent|ressortent|suivent|suivantes?|ci-dessous|ci-après|formula|propone|presenta|identifica|surgen|se presentan|se formulan|siguientes?|a continuaci[óo]n)(?![\p{L}])/iu;
/** A sentence that recommends: not a count of recommendations. */
const MODAL = /(?<![\p{L}])(?:should|must|ought|devrait|devraient|doit|doivent|faudrait|deber[ií]an?|debe|deben)(?![\p{L}])/iu;

/** The definition of an evaluation criterion ("Relevance: the extent to which …", « Mesure selon laquelle … », "Grado en que …"). */
const CRITERION_DEFINITION =
  /^(?:the\s+|la\s+|le\s+|l['’]|el\s+)?(?:relevance|coherence|effectiveness|efficiency|impact|sustainability|pertinence|cohérence|efficacité|efficience|durabilité|viabilité|pertinencia|coherencia|eficacia|eficiencia|impacto|sostenibilidad)(?:\s+(?:is|refers to|means|measures|est|désigne|mesure|es|se refiere a|mide)|\s*[:–—-])\s+(?:the\s+|la\s+|le\s+|el\s+)?(?:extent to which|degree to which|measure of (?:the extent|how)|mesure (?:dans laquelle|selon laquelle|où)|dans quelle mesure|grado en (?:el )?que|medida en (?:la )?que)(?![\p{L}])/iu;

/**
 * A short sentence about the list that follows and nothing else: not one that goes on to state
 * something ("The findings presented in this chapter show that 85 per cent …", « Les recommandations
 * suivantes s'adressent au ministère, qui devrait … »).
 */
function introducesList(text: string): boolean {
  // "The evaluation makes four recommendations, presented in the table below.", "The ICR offers several lessons, of
  // which the following are adapted by IEG.", « L'évaluation formule cinq recommandations. »: a count of what follows.
  if (
    oneSentence(text, 220) &&
    COUNTED_ITEMS.test(text) &&
    PRESENTING.test(text) &&
    !/:\s+\S/.test(text) &&
    !MODAL.test(text) &&
    // "Only three of the eight recommendations of the mid-term review were implemented": a finding about them.
    !/(?<![\p{L}])(?:of the|des|de las|de los|sur les)\s+\S+\s+(?:recommendations|lessons|recommandations|recomendaciones)|(?:implemented|adopted|followed|mises? en (?:œuvre|oeuvre)|appliqu[ée]es|implementad[ao]s|aplicad[ao]s)/iu.test(
      text,
    )
  )
    return true;
  const match = INTRODUCES_LIST.exec(text);
  if (!match || text.length > 300) return false;
  const rest = text.slice(match[0].length);
  return !/(?<![\p{L}])(?:show|shows|showed|indicate|indicates|that|should|must|montrent|indiquent|que|qui|devrait|devraient|doit|doivent|muestran|indican|deber[ií]an?|debe|deben)(?![\p{L}])/iu.test(
    rest,
  );
}

/** One sentence and nothing after it: the gates below refuse a sentence, never the statement that follows it. */
function oneSentence(text: string, limit: number): boolean {
  return text.length <= limit && !/[.!?]\s+\p{Lu}|;\s+\S/u.test(text.trim());
}

/** What a criterion is (its definition), with no verdict on it: no figure, no "was high", « est élevée », "es baja". */
function isDefinition(text: string): boolean {
  return (
    oneSentence(text, 250) &&
    CRITERION_DEFINITION.test(text) &&
    !/\d/.test(text) &&
    !/(?<![\p{L}])(?:high|low|limited|strong|weak|good|poor|satisfactory|moderate|élevée?|faible|bonne?|satisfaisante?|alta|alto|baja|bajo|buena|limitada|satisfactoria|moderada)(?![\p{L}])/iu.test(
      text,
    )
  );
}

/**
 * A roadmap of the document ("Sustainability is analysed in this chapter along three dimensions.",
 * "This section examines efficiency.") that recommends nothing: the place opens it, or its main clause
 * says where the subject is treated ("Procurement delays, which are discussed below, …" states a finding).
 */
function isRoadmap(text: string): boolean {
  const opensWithPlace = ROADMAP_OPENING.test(text);
  const beforeVerb = text.split(ROADMAP_VERB)[0] ?? '';
  const mainClause = /^[^,;:()]{0,80}$/u.test(beforeVerb) && !RELATIVE.test(beforeVerb);
  return (
    oneSentence(text, 300) &&
    ROADMAP_PLACE.test(text) &&
    ROADMAP_VERB.test(text) &&
    (opensWithPlace || mainClause) &&
    !/(?<![\p{L}])(?:should|must|devrait|devraient|doit|doivent|deber[ií]an?|debe|deben)(?![\p{L}])/iu.test(text)
  );
}

/** A roadmap that opens with its place: "This chapter …", "Below, …", « Ce chapitre … », "A continuación …". */
const ROADMAP_OPENING =
  /^(?:(?:this|the present|the next|the following) (?:chapter|section|sub-?section|part)|below|(?:ce|le présent|le prochain) chapitre|(?:cette|la présente|la prochaine) (?:section|partie)|ci-dessous|(?:este|el presente|el siguiente) (?:capítulo|apartado)|(?:esta|la presente|la siguiente) (?:sección|parte)|a continuación)(?![\p{L}])/iu;
/** A relative clause before the roadmap verb: the verb is not the sentence's own. */
const RELATIVE = /(?<![\p{L}])(?:which|that|who|qui|que|lesquel\w*|cual|cuales)(?![\p{L}])/iu;

/** Where a roadmap sentence points: the document's own parts. */
const ROADMAP_PLACE =
  /(?<![\p{L}])(?:(?:this|the present|next|following) (?:chapter|section|sub-?section|part)|below|(?:ce|le présent|le prochain) chapitre|(?:cette|la présente|la prochaine) (?:section|partie)|ci-dessous|ci-après|(?:este|el presente|el siguiente) (?:capítulo|apartado)|(?:esta|la presente|la siguiente) (?:sección|parte)|a continuación)(?![\p{L}])/iu;
/** What a roadmap sentence does there. */
const ROADMAP_VERB =
  /(?<![\p{L}])(?:is|are) (?:analy[sz]ed|discussed|presented|examined|described|assessed|reviewed|covered|addressed)|(?:discusses|presents|examines|describes|analy[sz]es)|(?:est|sont) (?:analysée?s?|présentée?s?|examinée?s?|décrite?s?|traitée?s?|abordée?s?)|(?:se|son) (?:analiza|presenta|examina|describe|aborda)n?|(?:analizad|presentad|examinad|descrit)[oa]s?(?![\p{L}])/iu;

/** A party's stance on the recommendations as a whole: "DFAT agreed with the recommendations.", "Management accepted all of them." */
const STANCE_ON_ALL =
  /^[\p{Lu}][^.;:]{0,60}?\s(?:has |have )?(?:agreed|agrees|accepted|accepts|endorsed|endorses|welcomed|welcomes)\s+(?:with\s+)?(?:all\s+(?:of\s+)?|each of\s+)?(?:the\s+|these\s+|its\s+)?(?:\w+\s+)?recommendations\.?$/u;

/** A recommendation with a management response: a decision, a response or key actions under it. */
function isAnswered(draft: DraftItem): boolean {
  return draft.kind === 'RECOMMENDATION' && Boolean(draft.fields.decision || draft.fields.response || draft.fields.keyActions);
}

/** The label of a management's general comment, alone (a matrix's first cell, a headline). */
const GENERAL_RESPONSE =
  /^\s*(?:(?:overall|general|global)\s+(?:management\s+)?(?:response|remarks|comments?|observations?)|management(?:'s|’s)?\s+(?:overall|general)\s+(?:response|remarks|comments?)|r[ée]ponse\s+(?:g[ée]n[ée]rale|globale|d['’]ensemble)(?:\s+de\s+la\s+direction)?|(?:commentaires?|observations?|remarques?)\s+g[ée]n[ée]ra(?:les?|ux)|respuesta\s+(?:general|global)(?:\s+de\s+la\s+(?:gerencia|direcci[óo]n|administraci[óo]n))?|(?:comentarios|observaciones)\s+generales)\s*[.:]?\s*$/i;

/** Why a candidate is not an insight, or null when it is one. */
function rejection(candidate: Candidate): string | null {
  // A sub-section under "Recommendations" that recommends nothing ("Roadmaps, vision and critical steps": a pointer to an annex).
  if (candidate.kind === 'RECOMMENDATION' && candidate.draft.origin === 'topic' && !RECOMMENDING.test(`${candidate.headline ?? ''} ${candidate.text}`))
    return 'recommends nothing';
  const whole = `${candidate.headline ?? ''} ${candidate.text}`.trim();
  if (!candidate.text) return 'empty';
  // A response matrix's "Overall response" row (« Réponse générale », "Respuesta general", "General remarks"): the
  // management's comment on the whole evaluation, not a recommendation.
  if (candidate.kind === 'RECOMMENDATION' && (GENERAL_RESPONSE.test(candidate.text) || GENERAL_RESPONSE.test(candidate.headline ?? '')))
    return 'general response';
  // "Recomendación 2 | Aceptada. …": a response matrix's row for the recommendation of that number.
  if (isAnswered(candidate.draft) && isReference(candidate)) return null;
  // "Findings, conclusions and recommendations for EQs 3-4 are based on ...": a sentence about the report's parts.
  if (classifyHeading(candidate.text.split(/\s+/).slice(0, 6).join(' ')).kinds.filter((kind) => kind !== 'other').length >= 2) return 'about the report';
  // "This section presents the findings ...": about the document, whatever its length.
  if (
    /^(?:this|the present|ce|cette|le pr[ée]sent|la pr[ée]sente|este|esta|el presente|la presente)\s+(?:section|chapter|report|sub-?section|part|chapitre|rapport|partie|secci[oó]n|cap[ií]tulo|informe|apartado)\s+(?:presents?|describes?|summari[sz]es?|provides?|sets out|discusses|outlines|pr[ée]sente|d[ée]crit|r[ée]sume|expose|presenta|describe|resume|expone)\b/i.test(
      candidate.text,
    )
  )
    return 'about the report';
  // "The following recommendations emerge from the findings …", "Las recomendaciones que se presentan a continuación …":
  // about the list that follows, not one of it.
  if (introducesList(candidate.text)) return 'about the report';
  // "Sustainability is analysed in this chapter along three dimensions …": a roadmap of the document.
  if (isRoadmap(candidate.text)) return 'about the report';
  // "DFAT agreed with the recommendations.", "Management accepted all five recommendations.": the answer's stance on
  // them, not one of them (an audit snapshot lists it under "What did we recommend?").
  if (candidate.kind === 'RECOMMENDATION' && STANCE_ON_ALL.test(candidate.text.split(/(?<=[.!?])\s/)[0] ?? '')) return 'about the report';
  // "The extent to which the objectives are consistent with …": a criterion's definition, not a finding on it.
  if (isDefinition(candidate.text)) return 'definition';
  // "Open: A recommendation that USAID has not yet implemented …": a tracker's key to its statuses, not a recommendation.
  if (isStatusDefinition(candidate.headline, candidate.text, candidate.kind === 'RECOMMENDATION')) return 'definition';
  // A question (an evaluation question) is never an insight, whatever its label.
  if (/\?\s*["”»)]?$/.test(candidate.text) && candidate.text.length < 600) return 'question';
  if (isNotAnInsight(candidate.text, candidate.kind) && !(candidate.headline && candidate.text.length > 60)) return 'not an insight';
  if (candidate.headline && isNotAnInsight(candidate.headline, candidate.kind) && candidate.text === candidate.headline) return 'not an insight';
  // Shorter than a sentence: a label, a table cell, a line of a list of names. A recommendation the management
  // answers ("Recommendation 1: Strengthen coordination." then "Management response: Accepted. …") is one, however
  // short; so is one that asks for something in a sentence of its own ("2. Improve performance data.").
  if (
    whole.length < MIN_CHARACTERS &&
    !(whole.split(/\s+/).length >= MIN_WORDS && CLAUSE_END.test(whole)) &&
    !((isAnswered(candidate.draft) || isQualified(candidate.draft)) && (whole.match(/\p{L}{3,}/gu) ?? []).length >= 2) &&
    !(candidate.kind === 'RECOMMENDATION' && isShortRequest(candidate.text))
  )
    return 'fragment';
  if (whole.length < 120 && ACRONYM_ENTRY.test(candidate.text) && !/[.;:!?]$/.test(candidate.text) && candidate.text.split(/\s+/).length <= 8)
    return 'acronym entry';
  // "Abbreviations: DIP = Division of International Protection; DIST = ...": a glossary, not an insight.
  if (
    (candidate.text.match(/\b[A-Z][A-Za-z&]{1,9}\s*[=:–-]\s*[A-Z]/g) ?? []).length >= 2 &&
    /^(?:abbreviations?|acronyms?|sigles?|abr[ée]viations?|siglas|acr[oó]nimos)\b/i.test(`${candidate.headline ?? ''} ${candidate.text}`.trim())
  )
    return 'glossary';
  if (
    candidate.headline &&
    /^(?:abbreviations?|acronyms?|sigles?|abr[ée]viations?|siglas|acr[oó]nimos|notes?|sources?|fuentes?)$/i.test(candidate.headline.trim())
  )
    return 'glossary';
  // "“Now we know the price in town before we harvest.” – Young farmer, Eastern Province": a testimony quoted beside the
  // findings (a pull quote), not one of them.
  const quotation = quotationOf(candidate.text);
  if (quotation && candidate.kind !== 'RECOMMENDATION' && (quotation.attributed || candidate.kind === 'FINDING')) return 'quotation';
  // "Objective | To increase access to improved water supply …": the objective a finding is about, stated as an aim (an
  // infinitive), no finding itself. What the project did under "Specific Objective 1" is one.
  if (
    candidate.kind === 'FINDING' &&
    candidate.headline &&
    STATED_AIM.test(candidate.text) &&
    /^(?:(?:project |programme |program |development |specific |general |overall )?objectives?(?: \d{1,2})?|(?:objectif|objetivo)s?(?: (?:du projet|du programme|general|generale?s?|specifiques?|especificos?|del proyecto|del programa))?(?: \d{1,2})?)$/i.test(
      foldForMatch(candidate.headline.replace(/^objective \d{1,2}\s+/i, '')),
    )
  )
    return 'objective';
  if (isTableOfContentsLine(candidate.text) && candidate.text.length < 200) return 'contents line';
  // A short text that ends on a bare number without a full stop: a contents entry or a score table's row.
  if (candidate.text.length < 200 && /\s\d{1,3}$/.test(candidate.text) && !/[.!?]/.test(candidate.text.slice(-20))) return 'contents line';
  // A reference or a footnote that lost its number: a short text around a web address.
  if (/\b(?:https?:|www\.|\.pdf\b|\.html?\b)/i.test(candidate.text) && candidate.text.length < 300) return 'reference';
  return null;
}

/**
 * A text that is only a quotation, with at most its speaker after it: "“…” – Young farmer, Eastern Province",
 * « « … » (bénéficiaire, Tahoua) », "“…”".
 */
function quotationOf(text: string): { attributed: boolean } | null {
  const quoted = /^\s*(?:["“«„]|«\s)([^"“”«»„]{12,600})(?:["”»]|\s»)\s*(.*)$/su.exec(text);
  if (!quoted) return null;
  const speaker = quoted[2]!.trim();
  if (speaker === '') return { attributed: false };
  return /^(?:[-–—―]|\()/.test(speaker) && speaker.split(/\s+/).length <= 14 && !/[.!?]\s+\p{Lu}/u.test(speaker) ? { attributed: true } : null;
}

/** An aim as objectives are stated: "To increase …", « Contribuer à … », « Renforcer … », "Mejorar …", "Fortalecer …". */
const STATED_AIM = /^(?:[Tt]o\s+\p{Ll}|\p{Lu}\p{Ll}+(?:er|ir|re|ar)\s+(?:à|a|au|al|la|le|les|l['’]|el|los|las|de|des|du|del|un|une|una|unos)\s)/u;

/** Labels of a form's text field (folded): no item's headline. */
const GENERIC_HEADLINE =
  /^(?:rationale|justification|justificacion|comments?|commentaires?|comentarios?|analysis|analyse|analisis|discussion|evidence|explanation|explication|explicacion|details|detalles?|description|descripcion|text|texte|texto)$/;

function textOf(draft: DraftItem): string {
  return draft.parts
    .map((part) => cleanInline(part.text))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Splits items that are inline enumerations ("Key lessons included (i) ...; (ii) ...") into one
 * candidate per element. Findings are explanations and stay whole.
 */
function splitCandidates(draft: DraftItem, fullText: string): Candidate[] {
  const text = textOf(draft);
  let headline = draft.headline ? cleanInline(draft.headline).replace(/[\s:]+$/, '') : null;
  // "**1:** Realizar ...", "**(b)** ...": a number in bold numbers the item, it is no headline.
  if (headline !== null && /^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.):]?\)?)$/i.test(headline)) headline = null;
  // "**Rationale**", « Justification », "Análisis": a form's label over the text says nothing of it.
  if (headline !== null && GENERIC_HEADLINE.test(foldForMatch(headline))) headline = null;
  let body = text;
  if (!body && headline) {
    body = headline;
    headline = null;
  }
  const base: Omit<Candidate, 'text' | 'start' | 'end' | 'headline'> = {
    kind: draft.kind,
    section: draft.section,
    inSummary: draft.inSummary,
    draft,
    spans: [],
  };
  if (draft.kind !== 'FINDING' && draft.origin !== 'annex-template' && draft.parts.length === 1) {
    // A list item "a) Extend ...; b) Train ...": its own marker opens the enumeration.
    const marker = draft.origin === 'list' && draft.number && /^\(?[a-z0-9]{1,4}[.)]$/i.test(draft.number) ? draft.number : null;
    const enumeration = splitEnumeration(marker ? `${marker} ${body}` : body);
    const { intro, items } = enumeration.items.length >= 2 ? enumeration : splitSemicolonList(body);
    const introOk = !intro || intro.split(/\s+/).length <= 30 || /:\s*$/.test(intro);
    // "Mettre place une approche programme (i) Détermination … (ii) Formulation … (iii) …": the parts of one item, titled.
    const title = marker && intro.startsWith(marker) ? intro.slice(marker.length).trim() : intro;
    if (enumeration.items.length >= 2 && titlesItsParts(title, enumeration.items) && body.includes(title)) {
      const parts = cleanInline(body.slice(body.indexOf(title) + title.length));
      return [{ ...base, headline: headline ?? cleanInline(title), text: parts, start: draft.start, end: draft.end }];
    }
    if (items.length >= 2 && introOk) {
      const part = draft.parts[0]!;
      // "ADB's South Asia Department should (i) follow up …, and (ii) request …": whom every element is addressed to.
      const subject = draft.kind === 'RECOMMENDATION' && intro ? subjectAddressee(`${intro} ${items[0]!}`) : null;
      if (subject && !draft.fields.addressee && !draft.fields.who) draft.fields.addressee = subject;
      const split: Candidate[] = locateItems(fullText, part, items).map((item) => ({
        ...base,
        headline: null,
        text: cleanInline(item.text),
        start: item.start,
        end: item.end,
      }));
      // A substantial statement before the list ("A travers ce défi, nous avons pu voir que ... Nous avons ainsi appris :") is an item too.
      const statement = intro.replace(/[^.!?]*:\s*$/, '').trim();
      if (statement.split(/\s+/).length >= 15)
        split.unshift({ ...base, headline, text: cleanInline(statement), start: part.start, end: part.start + statement.length });
      return split;
    }
  }
  return [{ ...base, headline, text: body, start: draft.start, end: draft.end }];
}

/** A short title over an item's parts: a few words, no longer than a heading's. */
const TITLE_WORDS = 12;
/** The last word of an introduction that the enumeration finishes: a verb, a modal, a preposition, a conjunction. */
const LEADS_INTO =
  /\b(?:should|must|shall|will|would|could|can|to|of|by|for|with|in|on|at|as|and|or|include[sd]?|including|namely|are|is|were|was|be|devrait|devraient|doit|doivent|faut|faudrait|sont|est|de|des|du|à|au|aux|pour|par|en|sur|et|ou|notamment|debe|deben|debería|deberían|son|es|para|por|con|y|o|como)$/i;

/**
 * An enumeration whose parts make up one item under its title ("Mettre place une approche programme (i) Détermination
 * d'une finalité … (ii) Formulation … (iii) Au niveau du PNUD, mettre en place …"), not items a sentence introduces
 * ("ADB should (i) follow up …, and (ii) request …", "Key lessons included (i) …; (ii) …"): a title of a few words
 * without punctuation, that does not lead into what follows, over parts that each open with a capital.
 */
function titlesItsParts(intro: string, parts: readonly string[]): boolean {
  const title = cleanInline(intro);
  if (!title || title.split(/\s+/).length > TITLE_WORDS || /[.:;,!?]$/.test(title) || LEADS_INTO.test(title)) return false;
  return /^\p{Lu}/u.test(title) && parts.every((part) => /^\p{Lu}/u.test(part));
}

/**
 * "Les idées principales sont: a; b; c; d": an introduction ending with a colon, then three or more
 * short parts separated by semicolons. Anything else stays whole.
 */
function splitSemicolonList(text: string): { intro: string; items: string[] } {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 300) return { intro: '', items: [text] };
  const parts = text
    .slice(colon + 1)
    .split(/\s*;\s*/)
    .map((part) =>
      part
        .replace(/^(?:et|and|y)\s+/i, '')
        .replace(/[\s.]+$/, '')
        .trim(),
    )
    .filter(Boolean);
  if (parts.length < 3 || parts.some((part) => part.split(/\s+/).length > 35)) return { intro: '', items: [text] };
  return { intro: text.slice(0, colon + 1), items: parts };
}

/** Words compared when deciding that two items state the same thing: content words, cut to six letters. */
const STOP = new Set(
  'that this with from have been were which their they will would should could also such into than more other about between through during after before while where when what shall must very only each both some most many much these those there here being within without across under over upon including ensure ensuring improve order dans pour avec leur leurs sont plus cette entre elles mais tous toutes comme sera seront doit doivent notamment ainsi afin para como esta este estos estas entre sobre tambien pero cada desde hasta donde deben debe puede pueden evaluation evaluacion recommends recommend recommande recomienda'.split(
    ' ',
  ),
);

function signature(candidate: Candidate): Set<string> {
  const words = foldForMatch(`${candidate.headline ?? ''} ${candidate.text}`.slice(0, 700)).split(/[^a-z0-9]+/);
  const set = new Set<string>();
  for (const word of words) if (word.length >= 4 && !STOP.has(word)) set.add(word.slice(0, 6));
  return set;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { share: number; jaccard: number } {
  if (a.size === 0 || b.size === 0) return { share: 0, jaccard: 0 };
  let common = 0;
  for (const word of a) if (b.has(word)) common += 1;
  return { share: common / Math.min(a.size, b.size), jaccard: common / (a.size + b.size - common) };
}

/** Stated in a management response's own section (not one that names recommendations too). */
function inResponseSection(candidate: Candidate): boolean {
  const owner = candidate.draft.owner;
  if (!respondsOnly(owner)) return false;
  // "6.2 Response" among "6.1 Preparedness" under Recommendations: a phase of a disaster's cycle, not the management's.
  for (let at = owner.parent; at; at = at.parent)
    if (
      at.named?.kinds.includes('recommendations') &&
      /^\s*(?:[\d.]+\s*)?responses?\b(?!\s+(?:of|from|by)\s+(?:the\s+)?management)/i.test(owner.title) &&
      !/management|direction|gerencia|administraci/i.test(owner.title)
    )
      return false;
  return true;
}

/** An item stated only by its label ("Recomendación 2" in a response matrix): the recommendation of that number. */
function isReference(candidate: Candidate): boolean {
  return itemLabel(candidate.text)?.rest === '' || /^\d{1,2}[.)]?$/.test(candidate.text.trim());
}

/** Both numbered alike: "1." and "Recommendation 1", "R2" and "2)". */
function sameNumber(a: Candidate, b: Candidate): boolean {
  const digits = (candidate: Candidate) => /\d+/.exec(candidate.draft.number ?? '')?.[0] ?? null;
  const first = digits(a);
  return first !== null && first === digits(b);
}

/**
 * What a management response's own section says beside its answers, when the document states its
 * recommendations elsewhere or answers them: "The Ministry welcomes the recommendations and commits to:" and its
 * bullets ("- create the technical committee before March 2024;"), an "Overall response" ("Management accepts six
 * of the seven recommendations …") are the management's remarks and undertakings, not recommendations. Its items
 * that restate a recommendation merged with it; those numbered or answered stay.
 */
function dropResponseRemarks(kept: Candidate[]): void {
  const statedElsewhere = kept.some((candidate) => candidate.kind === 'RECOMMENDATION' && (!inResponseSection(candidate) || isAnswered(candidate.draft)));
  if (!statedElsewhere) return;
  for (let index = kept.length - 1; index >= 0; index -= 1) {
    const candidate = kept[index]!;
    if (candidate.kind !== 'RECOMMENDATION' || !inResponseSection(candidate) || isAnswered(candidate.draft)) continue;
    if (/\d/.test(candidate.draft.number ?? '')) continue;
    kept.splice(index, 1);
  }
}

/**
 * A management response's own section that answers the recommendations by number, each answer opening with its decision
 * (« Recommandation 1 : Acceptée. Le programme de formation sera étendu … », "Recomendación 2: Parcialmente aceptada.
 * …", "Recommendation 3: Accepted. …") where the document states them elsewhere: the answer of the recommendation
 * with that number (its decision, and its text as the response), not a recommendation of its own.
 */
function answerByNumber(kept: Candidate[]): void {
  const stated = kept.filter((candidate) => candidate.kind === 'RECOMMENDATION' && !inResponseSection(candidate) && !isReference(candidate));
  if (stated.length === 0) return;
  for (let index = kept.length - 1; index >= 0; index -= 1) {
    const answer = kept[index]!;
    if (answer.kind !== 'RECOMMENDATION' || !inResponseSection(answer) || !/\d/.test(answer.draft.number ?? '')) continue;
    // The decision is the whole first sentence: « Acceptée. », "Partially accepted:", not a sentence that recommends.
    const opening = /^([^.;:!?]{3,40})[.;:–—-](?:\s|$)/.exec(answer.text.trim());
    const decision = opening && opening[1]!.trim().split(/\s+/).length <= 4 ? parseDecision(opening[1]!) : null;
    if (!decision) continue;
    const target = stated.find((candidate) => sameNumber(candidate, answer));
    if (!target || isAnswered(target.draft)) continue;
    target.draft.fields.decision ??= opening![1]!.trim();
    target.draft.fields.response ??= answer.text.trim();
    mergeFields(target.draft, answer.draft);
    target.spans.push({ section: answer.section, start: answer.start, end: answer.end });
    kept.splice(index, 1);
  }
}

/**
 * A response matrix's row that only names its recommendation ("Recommendation 2 | Accepted | …") where the
 * recommendations are stated without numbers: the second recommendation stated outside the response, in the
 * document's order, takes the response.
 */
function answerByPosition(kept: Candidate[]): void {
  const stated = kept.filter((candidate) => candidate.kind === 'RECOMMENDATION' && !inResponseSection(candidate) && !isReference(candidate));
  for (let index = kept.length - 1; index >= 0; index -= 1) {
    const reference = kept[index]!;
    if (reference.kind !== 'RECOMMENDATION' || !isReference(reference) || !inResponseSection(reference)) continue;
    const target = stated[Number(/\d+/.exec(reference.draft.number ?? '')?.[0] ?? 0) - 1];
    if (!target || (target.draft.number !== null && /\d/.test(target.draft.number))) continue;
    mergeFields(target.draft, reference.draft);
    target.spans.push({ section: reference.section, start: reference.start, end: reference.end });
    kept.splice(index, 1);
  }
}

/** Two statements of one item: same kind, different sections, most content words shared (or the same headline). */
function sameItem(a: Candidate, sa: ReadonlySet<string>, b: Candidate, sb: ReadonlySet<string>): boolean {
  if (a.kind !== b.kind || a.draft.owner === b.draft.owner) return false;
  // A management response restates the recommendations it answers, often abridged ("Recommendation 2: Introduce a
  // tracer system."): the same number and most of the shorter statement's words.
  const answering = inResponseSection(a) !== inResponseSection(b);
  if (answering && sameNumber(a, b) && (overlap(sa, sb).share >= 0.5 || isReference(a) || isReference(b))) return true;
  if (Math.min(sa.size, sb.size) < 4) {
    // "3. Accompany the financial transition" in a matrix, the body's "3. Accompany the financial transition for two years …".
    const [fa, fb] = [foldForMatch(a.text).replace(/[.\s]+$/, ''), foldForMatch(b.text).replace(/[.\s]+$/, '')];
    const numbered = sameNumber(a, b) || a.draft.number === null || b.draft.number === null;
    return fa === fb || (numbered && Math.min(fa.length, fb.length) >= 25 && (fa.startsWith(fb) || fb.startsWith(fa)));
  }
  const { share, jaccard } = overlap(sa, sb);
  // Nearly the same words: the same item wherever it is printed.
  if (jaccard >= 0.7) return true;
  // One states as its text what the other sets as its headline over an explanation (a summary's "The project was
  // relevant …." and the chapter's heading of that sentence): the same item wherever it is printed.
  const bare = (text: string): string => foldForMatch(text).replace(/[.\s]+$/, '');
  const headlineStated = (a.headline && !b.headline && bare(a.headline) === bare(b.text)) || (b.headline && !a.headline && bare(b.headline) === bare(a.text));
  if (headlineStated && Math.min(a.text.length, b.text.length) >= 40) return true;
  // Restated in other words: only between the executive summary and the body, or a matrix and the text.
  const restated = a.inSummary !== b.inSummary || a.draft.origin === 'matrix' || b.draft.origin === 'matrix' || answering;
  if (!restated) return false;
  if (a.headline && b.headline && foldForMatch(a.headline) === foldForMatch(b.headline) && a.headline.length > 12) return true;
  // The same opening sentence: the summary's row and the body's paragraph that it abridges.
  if (sharesOpening(a.text, b.text) || sharesOpening(b.text, a.text)) return true;
  if (a.kind === 'FINDING') return share >= 0.7 && jaccard >= 0.35;
  return (share >= 0.6 && jaccard >= 0.3) || share >= 0.8;
}

/**
 * Which statement of a repeated item is the insight: a row of a recommendations matrix (the item stated
 * once, with its responsible unit and time frame), then the body's, then the executive summary's.
 */
function priority(candidate: Candidate): number {
  if (candidate.draft.origin === 'matrix') return 3;
  return candidate.inSummary ? 0 : 2;
}

/** A matrix's shortened statement of the item the body states in full, in one paragraph ("Incorporar al presupuesto nacional la contratación del personal"). */
function abridges(short: Candidate, full: Candidate): boolean {
  if (short.draft.origin !== 'matrix' || full.text.includes('\n\n')) return false;
  const opening = foldForMatch(short.text).slice(0, 30);
  return short.text.length < full.text.length && opening.length >= 20 && foldForMatch(full.text).startsWith(opening);
}

/**
 * A matrix's short restatement of an item the body states at length in one paragraph ("Include team salaries in the
 * national budget" for "Include the salaries of the family health teams in the national budget from 2024, so that
 * …"): the body's statement says more.
 */
function shortens(short: Candidate, full: Candidate): boolean {
  return short.draft.origin === 'matrix' && !full.inSummary && !full.text.includes('\n\n') && short.text.length < full.text.length * 0.6;
}

/** The first 80 characters of `a` (a sentence's worth) appear near the start of `b`. */
function sharesOpening(a: string, b: string): boolean {
  const opening = foldForMatch(a).slice(0, 80);
  return opening.length >= 60 && foldForMatch(b).slice(0, 1500).includes(opening);
}

/** The fields of a recommendation from its labelled parts; the responsible unit names its addressee. */
function recommendationFields(draft: DraftItem): { fields: RecommendationFields | null; addressee: string | null } {
  const parts = draft.fields;
  // A decision cell that gives its reasons ("Partially accepted: the remaining budget covers two
  // departments only") is the response as written, too.
  const reasoned = parts.decision && !parts.response && parts.decision.split(/\s+/).length > 4 ? parts.decision : null;
  const responseText = parts.response ?? reasoned;
  const decision = parseDecision(parts.decision ?? '') ?? (responseText ? parseDecision(responseText) : null) ?? actionsStance(parts.keyActions);
  // Who answers and by when: a response matrix's own unit and date when it is the statement kept, else those it gave.
  const apart = answersApart(draft);
  const answer = apart ? { who: parts.who ?? draft.answer?.who, when: parts.when ?? draft.answer?.when } : (draft.answer ?? {});
  const own = apart ? {} : { who: parts.who, when: parts.when };
  const inResponse = Boolean(responseText || parts.decision || parts.keyActions || parts.status || parts.deliverables || answer.who || answer.when);
  const fields: RecommendationFields = {};
  const response: ManagementResponse = {};
  if (decision) response.decision = decision;
  // A response cell that only states the decision ("Acceptée") says nothing more than the decision.
  if (responseText && !(decision && isDecisionOnly(responseText))) response.response = withoutLeadingDecision(responseText, decision);
  if (parts.keyActions) response.keyActions = parts.keyActions;
  // "Response: OIA will strengthen ...": a response that states no decision states the actions; not where the
  // actions have a label of their own, even an empty one (a registry's "Key Actions:" with no row yet).
  else if (responseText && !decision && !draft.actionsLabelled) response.keyActions = responseText;
  if (parts.deliverables) response.deliverables = parts.deliverables;
  if (parts.status) response.status = parts.status;
  if (parts.priority) fields.priority = parts.priority;
  if (parts.resources) fields.resourceImplications = parts.resources;
  if (own.who) {
    if (inResponse && !answer.who) response.who = own.who;
    else fields.responsibleUnit = own.who;
  }
  if (answer.who) response.who = answer.who;
  if (own.when) {
    const due = inResponse && !answer.when ? parseYearMonth(own.when) : null;
    if (due) response.dueDate = due;
    else fields.timeFrame = own.when;
  }
  if (answer.when) {
    const due = parseYearMonth(answer.when);
    if (due) response.dueDate = due;
    else fields.timeFrame ??= answer.when;
  }
  if (Object.keys(response).length > 0) fields.managementResponse = response;
  return { fields: Object.keys(fields).length > 0 ? fields : null, addressee: parts.addressee ?? parts.who ?? null };
}

/**
 * The decision an actions cell opens with when the matrix has no response column ("La direction est d'accord. Un
 * questionnaire de suivi sera …", "Management agrees. …", "Agreed. …"): a short first sentence of whoever answers.
 */
function actionsStance(actions: string | undefined): ManagementResponse['decision'] | null {
  const opening = actions ? /^[^.!?]{3,80}[.!?](?=\s|$)/.exec(actions.trim())?.[0] : undefined;
  if (!opening || opening.split(/\s+/).length > 8) return null;
  const respondent =
    /^(?:agreed|accepted|partially accepted|accept[ée]e?|partiellement accept[ée]e?|aceptad[ao]|parcialmente aceptad[ao])\b/i.test(opening) ||
    /\b(?:management|direction|gerencia|administraci[oó]n|ministry|minist[eè]re|ministerio|department|d[ée]partement|departamento|secretariat|secr[ée]tariat|secretar[ií]a|we|nous|nosotros)\b/i.test(
      opening,
    );
  return respondent ? (parseDecision(opening) ?? null) : null;
}

/** The comment of a response cell whose decision opened it on a line of its own ("Partially accepted There is …"). */
function withoutLeadingDecision(text: string, decision: ManagementResponse['decision'] | null): string {
  const lead = leadingDecision(text);
  return lead && lead.decision === decision ? lead.rest : text;
}

/** "Accepted", "Partiellement acceptée.", "Rechazada": a decision and nothing else. */
function isDecisionOnly(text: string): boolean {
  const folded = foldForMatch(text).replace(/[.:;!\s]+$/, '');
  return folded.split(/\s+/).length <= 3 && /^[a-z' ]+$/.test(folded);
}

/**
 * Gives `into` the fields of another statement of it that it lacks. A management response stated apart (a response
 * matrix's row, a response section) names who answers and by when: the response's, beside the recommendation's own
 * responsible unit and time frame ("UNDP; Reserve Bank" and "2024–2025" in the recommendations table, "Resilience
 * Unit" and "March 2025" in the response matrix).
 */
function mergeFields(into: DraftItem, from: DraftItem): void {
  const answering = answersApart(from) && !answersApart(into);
  for (const [field, value] of Object.entries(from.fields)) {
    if (!value) continue;
    if (answering && (field === 'who' || field === 'when')) into.answer = { [field]: value, ...into.answer };
    else if (!(field in into.fields)) (into.fields as Record<string, string>)[field] = value;
  }
  if (from.answer) into.answer = { ...from.answer, ...into.answer };
}

/**
 * Stated as a management's answer: a response matrix's row, an item of a response's own section, that says how the
 * management answers (a follow-up matrix of responsible actors and time frames only gives the recommendation's).
 */
function answersApart(draft: DraftItem): boolean {
  const responds = Boolean(draft.fields.decision || draft.fields.response || draft.fields.keyActions);
  return responds && (draft.answers === true || respondsOnly(draft.owner));
}

/** A section of the management's response that states no recommendations of its own. */
function respondsOnly(owner: DraftItem['owner']): boolean {
  return owner.kinds.includes('management-response') && !owner.kinds.includes('recommendations');
}

/**
 * Turns draft items into raw insights: gates, enumerations, merged repeats, ordinals per section.
 * `fullText` is the document's text (offsets of split items are found in it).
 */
export function finaliseItems(drafts: readonly DraftItem[], fullText: string): FinaliseResult {
  const warnings: string[] = [];
  // Section gate: a section that yields implausibly many items is a list of something else.
  const perSection = new Map<string, number>();
  for (const draft of drafts)
    perSection.set(`${draft.kind}|${draft.section}|${draft.owner.heading}`, (perSection.get(`${draft.kind}|${draft.section}|${draft.owner.heading}`) ?? 0) + 1);
  const refused = new Set<string>();
  for (const [key, count] of perSection) {
    if (count <= MAX_ITEMS_PER_SECTION) continue;
    refused.add(key);
    const [kind, section] = key.split('|');
    warnings.push(`Section "${section}" refused: ${count} ${kind!.toLowerCase().replace('_', ' ')} items is implausibly many for one section.`);
  }
  const candidates: Candidate[] = [];
  const rejected = new Map<string, { total: number; bad: number }>();
  for (const draft of drafts) {
    if (refused.has(`${draft.kind}|${draft.section}|${draft.owner.heading}`)) continue;
    for (const candidate of splitCandidates(draft, fullText)) {
      const stats = rejected.get(candidate.section) ?? { total: 0, bad: 0 };
      stats.total += 1;
      if (rejection(candidate)) stats.bad += 1;
      else candidates.push(candidate);
      rejected.set(candidate.section, stats);
    }
  }
  for (const [section, stats] of rejected) {
    if (stats.total >= 10 && stats.bad * 2 > stats.total)
      warnings.push(`Section "${section}": ${stats.bad} of ${stats.total} items were not insights (fragments, acronym entries, contents lines).`);
  }

  // One insight for an item stated in several places.
  const kept: Candidate[] = [];
  const signatures: Array<Set<string>> = [];
  // The sections each kept item is stated in: one item is stated at most once per section.
  const owners: Array<Set<DraftItem['owner']>> = [];
  for (const candidate of candidates) {
    const own = signature(candidate);
    let merged = false;
    // The best match, not the nearest: two body items may both resemble one summary item.
    let best = -1;
    let bestScore = 0;
    for (let index = kept.length - 1; index >= 0 && index >= kept.length - 400; index -= 1) {
      const other = kept[index]!;
      if (owners[index]!.has(candidate.draft.owner)) continue;
      if (!sameItem(other, signatures[index]!, candidate, own)) continue;
      // A response matrix's "Recommendation 2" shares no words with the recommendation it answers, only its number.
      const score = overlap(signatures[index]!, own).jaccard + (sameNumber(other, candidate) ? 0.01 : 0);
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    }
    if (best >= 0) {
      const index = best;
      const other = kept[index]!;
      owners[index]!.add(candidate.draft.owner);
      mergeFields(other.draft, candidate.draft);
      // The body states an item in full; a matrix row and the executive summary restate it. The
      // body's statement is the insight (text and position), the others are its spans.
      // (A finding keeps its first statement: the body's is often a whole topic, the summary's the finding itself.)
      if (
        candidate.kind !== 'FINDING' &&
        priority(candidate) > priority(other) &&
        !isReference(candidate) &&
        !abridges(candidate, other) &&
        !shortens(candidate, other)
      ) {
        other.spans.push({ section: other.section, start: other.start, end: other.end });
        if (other.inSummary) other.summaryAt = Math.min(other.summaryAt ?? other.start, other.start);
        else other.bodyAt = Math.min(other.bodyAt ?? other.start, other.start);
        const { fields, answer } = other.draft;
        Object.assign(other, {
          headline: candidate.headline ?? other.headline,
          text: candidate.text,
          section: candidate.section,
          start: candidate.start,
          end: candidate.end,
          inSummary: candidate.inSummary,
          draft: candidate.draft,
        });
        for (const [field, value] of Object.entries(fields))
          if (value && !(field in other.draft.fields)) (other.draft.fields as Record<string, string>)[field] = value;
        if (answer) other.draft.answer = { ...answer, ...other.draft.answer };
      } else {
        other.spans.push({ section: candidate.section, start: candidate.start, end: candidate.end });
        if (candidate.inSummary) other.summaryAt = Math.min(other.summaryAt ?? candidate.start, candidate.start);
        else other.bodyAt = Math.min(other.bodyAt ?? candidate.start, candidate.start);
        if (!other.headline && candidate.headline) other.headline = candidate.headline;
      }
      merged = true;
    }
    if (!merged) {
      kept.push(candidate);
      signatures.push(own);
      owners.push(new Set([candidate.draft.owner]));
    }
  }

  // Two kept items that open with the same words are one (a body paragraph that joins two of the summary's).
  const byOpening = new Map<string, Candidate>();
  for (let index = 0; index < kept.length; index += 1) {
    const candidate = kept[index]!;
    const opening = `${candidate.kind}|${foldForMatch(candidate.text).slice(0, 80)}`;
    const first = byOpening.get(opening);
    // Within one section, two statements that open alike are two items: every recommendation of an audit's action plan
    // opens "It is recommended that the Assistant Deputy Minister, Chief Financial Officer Branch …", every record of a
    // lesson listing with its evaluation's name.
    if (!first || opening.length < 40 || first.draft.owner === candidate.draft.owner) {
      byOpening.set(opening, candidate);
      continue;
    }
    const [keep, drop] = first.text.length >= candidate.text.length ? [first, candidate] : [candidate, first];
    keep.spans.push({ section: drop.section, start: drop.start, end: drop.end }, ...drop.spans);
    if (drop.inSummary) keep.summaryAt = Math.min(keep.summaryAt ?? drop.start, drop.start);
    if (drop.summaryAt !== undefined) keep.summaryAt = Math.min(keep.summaryAt ?? drop.summaryAt, drop.summaryAt);
    mergeFields(keep.draft, drop.draft);
    byOpening.set(opening, keep);
    kept.splice(kept.indexOf(drop), 1);
    index -= 1;
  }
  answerByNumber(kept);
  answerByPosition(kept);
  dropResponseRemarks(kept);
  orderAsRead(kept);
  const ordinals = new Map<string, number>();
  const insights: RawInsight[] = kept.map((candidate) => {
    const key = `${candidate.kind}|${candidate.section}`;
    const ordinal = (ordinals.get(key) ?? 0) + 1;
    ordinals.set(key, ordinal);
    const base = { headline: candidate.headline, text: candidate.text, section: candidate.section, start: candidate.start, end: candidate.end, ordinal };
    const spans = candidate.spans.length > 0 ? { spans: [...candidate.spans].sort((a, b) => a.start - b.start) } : {};
    const draft = candidate.draft;
    if (candidate.kind === 'RECOMMENDATION') {
      const { fields, addressee } = recommendationFields(draft);
      // "… community clinics. (CO, short-term):": whom and by when, when the item's own parts do not say.
      const tag = closingTag(candidate.text);
      if (!tag) return { kind: 'RECOMMENDATION', ...base, addressee, fields, ...spans };
      const tagged: RecommendationFields = { ...fields };
      if (!tagged.timeFrame && !tagged.managementResponse?.dueDate) tagged.timeFrame = tag.timeFrame;
      return { kind: 'RECOMMENDATION', ...base, text: tag.text, addressee: addressee ?? tag.addressee, fields: tagged, ...spans };
    }
    if (draft.annexFields && candidate.kind === 'LESSON_LEARNED')
      return { kind: candidate.kind, ...base, addressee: null, fields: draft.annexFields, ...spans };
    if (draft.annexFields && candidate.kind === 'GOOD_PRACTICE') return { kind: candidate.kind, ...base, addressee: null, fields: draft.annexFields, ...spans };
    return { kind: candidate.kind, ...base, addressee: null, fields: null, ...spans };
  });
  return { insights, warnings };
}
