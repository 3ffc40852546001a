/**
 * Sections -> draft items. In a section of a kind (findings, recommendations, lessons, good
 * practices, challenges, management response):
 * - explicit items come first: numbered labels ("Recommendation 1:", "R2 –", "Recomendación 3."),
 *   list items, paragraphs that open with a bold headline, rows of a recommendations matrix,
 *   "Lesson learned: ..." lines; plain paragraphs after an item explain it;
 * - a sub-section whose heading names nothing ("4.1 Data is fragmented across systems",
 *   "Recommendation 3", "The SVPP Program") is one item: the heading is its headline, the body its text;
 * - otherwise each paragraph is an item (an introduction ending with ":" is not).
 * Labelled parts ("Key actions:", "Actions clés", "Acciones", "Response:", "Responsible:",
 * "Timeline:", "Status:") belong to the item above as fields, never items of their own.
 */
import type { InsightKind } from '../../model/records.js';
import type { Outline, OutlineBlock } from '../outline/outline-block.js';
import type { Section, SectionTree } from '../sections/find-sections.js';
import { insightKindsOf } from '../sections/find-sections.js';
import { type SectionKind, classifyHeading } from '../sections/classify-heading.js';
import { annexField, mainAnnexField } from '../templates/ilo-lesson-annex.js';
import { parseYearMonth } from '../templates/value-parsers.js';
import { classifyLabel } from '../metadata/labels.js';
import { isRolePhrase } from '../metadata/people.js';
import { foldForMatch } from '../../text/normalise.js';
import { addresseeTitle, namesParty, subjectAddressee } from '../addressees.js';
import { detectLanguage } from '../language.js';
import { isPhotoCredit } from '../text-cleanup.js';
import {
  type ItemLabel,
  type PartField,
  isDecisionLine,
  isStatusDefinition,
  itemLabel,
  leadingDecision,
  parseDecision,
  partField,
  wholePartField,
} from './item-labels.js';
import { actionColumns, headerColumns, matrixItemKind, readMatrix, siblingItems, statesChallenges } from './read-matrix.js';
import { isRecordField } from '../outline/record-table.js';
import { isParenthesisedDivision } from '../outline/parenthesised-divisions.js';
import { isFigureOrDate } from '../outline/split-labels.js';

/** A piece of an item's text with its offsets. */
export interface DraftPart {
  text: string;
  start: number;
  end: number;
}

/** An item as the section walk finds it, before gates, splitting and merging. */
export interface DraftItem {
  kind: InsightKind;
  headline: string | null;
  parts: DraftPart[];
  /** The heading of the section of its kind ("Recommendations", "4 Findings"). */
  section: string;
  start: number;
  end: number;
  /** Stated in the executive summary (its items restate the body's). */
  inSummary: boolean;
  /** The labelled parts found with it (responsible, key actions, response, ...), as written. */
  fields: Partial<Record<PartField, string>>;
  /** Rows of an ILO lesson-learned / good-practice annex template, by field name. */
  annexFields?: Record<string, string>;
  /** Where it came from: a matrix row, a list, a label, a sub-section, a paragraph. */
  origin: 'matrix' | 'list' | 'label' | 'lead' | 'topic' | 'paragraph' | 'annex-template' | 'inline-label' | 'box';
  /** A number or label the document gives it ("3", "R2"). */
  number: string | null;
  /** The section (for gates). */
  owner: Section;
  /** The indentation depth of the list item that opened it. */
  listDepth?: number;
  /** A row of a management-response matrix: its responsible unit and date are the response's, not the recommendation's. */
  answers?: boolean;
  /** Who answers and by when, from a management response stated apart from the recommendation (finalise-items). */
  answer?: { who?: string; when?: string };
  /** Its key actions have a label of their own ("Key Actions:", a record's slot even when left empty): the response is not them. */
  actionsLabelled?: boolean;
}

const KIND_OF_SECTION: Partial<Record<SectionKind, InsightKind>> = {
  findings: 'FINDING',
  conclusions: 'FINDING',
  challenges: 'FINDING',
  recommendations: 'RECOMMENDATION',
  'management-response': 'RECOMMENDATION',
  lessons: 'LESSON_LEARNED',
  'good-practices': 'GOOD_PRACTICE',
};

/** Parts that qualify the item above rather than opening one. */
const ATTACHED_PARTS = new Set<PartField>([
  'response',
  'decision',
  'keyActions',
  'deliverables',
  'who',
  'when',
  'status',
  'priority',
  'addressee',
  'resources',
  'basis',
]);

/** The insight kind of a section's own paragraphs (the first kind it names). */
function paragraphKind(kinds: readonly SectionKind[]): InsightKind | null {
  for (const kind of kinds) {
    const insight = KIND_OF_SECTION[kind];
    if (insight) return insight;
  }
  return null;
}

/** The kind of a section's list items: recommendations when the section names them among others. */
function listKind(kinds: readonly SectionKind[]): InsightKind | null {
  if (kinds.length > 1 && (kinds.includes('recommendations') || kinds.includes('management-response'))) return 'RECOMMENDATION';
  return paragraphKind(kinds);
}

/** Labels of a sign-off line: who prepared, cleared, approved or signed the document, and when. */
const SIGN_OFF =
  /^(?:(?:prepared|cleared|approved|signed|submitted|reviewed|endorsed) by|date|signature|(?:prepare|valide|approuve|signe|soumis)e? par|(?:preparado|aprobado|firmado|validado) por|firma|fecha)$/;

/** "We recommend ...", "X should ...": a recommendation among conclusions. */
const RECOMMENDING =
  /\b(?:recommend(?:s|ed)?|should|must|ought to|need to|recommand(?:e|ons|é)|devrai(?:t|ent)|doi(?:t|vent)|il faut|recomienda|recomendamos|deber[ií]a|deben?)\b/i;

/**
 * Verbs that open a recommendation written in the imperative ("Strengthen the …", "Ensure that …"); a verb that is as
 * often a noun counts when no noun's company follows it ("Support to cooperatives worked …", "Design of the second
 * phase …", "Review meetings held …").
 */
const IMPERATIVE_OPENER =
  /^(?:strengthen|ensure|develop|establish|consider|increase|improve|promote|continue|maintain|introduce|provide|build|conduct|expand|integrate|adopt|invest|create|define|reinforce|prioriti[sz]e|engage|align|clarify|allocate|diversify|extend|include|reduce|recruit|revise|simplify|harmoni[sz]e|institutionali[sz]e|mainstream|formali[sz]e|undertake|explore|assess|pursue|advocate)\s+(?!(?:of|to|is|are|was|were|has|have|had)\b)/i;
/** Verbs as often nouns ("Support provided by …", "Focus group discussions …", "Set up costs …"): imperatives before a determiner or a name. */
const NOUN_LIKE_IMPERATIVE =
  /^(?:[Ss]upport|[Rr]eview|[Dd]esign|[Ff]ocus|[Pp]lan|[Ss]et up|[Ss]cale up)\s+(?:on\s+)?(?:the|a|an|its|their|all|each|every|both|any|more|further|national|local|regional|joint|existing|new|\p{Lu}\p{Ll}+)\s/u;
/**
 * A French or Spanish infinitive opening an item ("Renforcer les capacités …", "Fortalecer la coordinación …",
 * "Mettre en place …", "Promouvoir …", "Incluir indicadores …"), in a sentence written in French or Spanish; not the
 * nouns and words that end alike ("Entre 2015 et 2019", « Notre analyse », "Sobre la base").
 */
const INFINITIVE_OPENER = /^\p{Lu}\p{Ll}{2,}(?:er|ir|ar|re|oir)\s+\p{Ll}/u;
const NOT_INFINITIVE =
  /^(?:entre|notre|votre|centre|genre|cadre|titre|nombre|hombre|sobre|libre|pobre|padre|madre|orden|mujer|lugar|poder|hogar|nivel|dossier|premier|dernier|quartier|chantier|sentier|atelier|calendrier|janvier|f[ée]vrier|septembre|octobre|novembre|d[ée]cembre|mayor|menor|mejor|peor|particular|similar|regular|popular|militar|familiar|escolar|solidaire|partenaire|ordinaire|primaire|secondaire)\s/i;
/**
 * A finite verb: a lesson whose subject is an infinitive says what it did ("Involucrar a las comunidades desde el
 * diseño favoreció …", « Impliquer les collectivités dès la conception favorise … »).
 */
const SUBJECT_VERB =
  /(?<![\p{L}'’])(?:est|sont|était|étaient|a|ont|avait|permet|permettent|favorise|favorisent|facilite|facilitent|contribue|contribuent|améliore|exige|exigent|nécessite|suppose|garantit|réduit|s['’]est|es|son|era|eran|fue|fueron|ha|han|había|permite|permiten|favorece|favorecen|facilita|facilitan|contribuye|contribuyen|mejora|requiere|requieren|genera|generan|garantiza|reduce|resulta|\p{Ll}{3,}(?:ó|aron|ieron))(?![\p{L}])/u;

/** A French or Spanish infinitive recommending: the infinitive opens a clause that no finite verb of its own follows (before a comma or a "because"). */
function recommendsInfinitive(text: string, first: string): boolean {
  if (!INFINITIVE_OPENER.test(text) || NOT_INFINITIVE.test(text)) return false;
  // A short sentence may give too few words to tell its language: French or Spanish words and no English ones will do.
  const language = detectLanguage(first);
  if (language === 'en') return false;
  if (
    language === 'und' &&
    (!/(?<![\p{L}'’])(?:de|la|en|un|que|con|les?|des|du|el|los|las|del|y|et)(?![\p{L}])/iu.test(first) ||
      /(?<![\p{L}])(?:the|of|and|to|for|with)(?![\p{L}])/iu.test(first))
  )
    return false;
  // The sentence without the reason it gives ("…, dado que el presupuesto es limitado") nor the verb of a relative
  // clause ("…, que se diseñó en 2018", "un equipo que conoce la zona"): a finite verb left is the infinitive's own.
  const main = first
    .split(/\s(?:dado que|ya que|porque|puesto que|car|puisque|parce que|étant donné que|lorsque|cuando|si|il y a)\s/iu)[0]!
    .replace(/(?<![\p{L}])(?:que|qui|donde|où|cuyo|cuya|lo que|ce qui|ce que)\s+(?:se\s+|s['’]|ne\s+|n['’]|no\s+|le\s+|la\s+|les\s+|lo\s+|l['’])?\S+/giu, ' ');
  return !SUBJECT_VERB.test(main);
}

/** An evaluation question: labelled or numbered ("EQ2:", « QE 3 », "Q2.", "Evaluation question 2.", "1.") or one of the criteria's ("To what extent …?"). */
const EVALUATION_QUESTION =
  /^(?:\*\*)?\s*(?:(?:EQ|QE|PE|Q|SQ|P)\s*\d{1,2}(?:\.\d{1,2})?\b|(?:evaluation |key |sub-?)?questions?\b|sous-questions?\b|subpreguntas?\b|questions? (?:d['’][ée]valuation|cl[ée]s?)|preguntas?\b|\d{1,2}(?:\.\d{1,2})*[.):]\s|[a-h][.)]\s|to what extent|how (?:far|well|effective|efficient|relevant|sustainable)|dans quelle mesure|en qu[ée] medida|hasta qu[ée] punto|(?:is|are|was|were|did|do|does|has|have) the (?:project|programme|program|intervention)|(?:le|la) (?:projet|programme) (?:a|est)-t-(?:il|elle)|¿)/iu;

/** The title of a part on an earlier review's recommendations and their follow-up. */
const EARLIER_REVIEW =
  /^(?:\d[\d.]*\s+)?(?:progress (?:since|on) (?:the )?(?:(?:19|20)\d{2} |last |previous |earlier |mid-?term )|(?:status|follow-?up|implementation) of (?:the )?(?:previous|earlier|past|prior|(?:19|20)\d{2}|mid-?term review|mtr) (?:evaluation |review |peer review )?recommendations|suivi des recommandations (?:de l['’][ée]valuation (?:pr[ée]c[ée]dente|ant[ée]rieure|[àa] mi-parcours)|ant[ée]rieures|pr[ée]c[ée]dentes)|seguimiento (?:a|de) (?:las )?recomendaciones (?:de la evaluaci[oó]n (?:anterior|previa|intermedia)|anteriores|previas))/iu;

/** What an earlier review's recommendation or lesson cited in a finding says of it: that it was done, or where it came from. */
const CITES_EARLIER =
  /(?<![\p{L}])(?:was|were|has been|have been|had been|remained|remains|a été|ont été|était|étaient|reste|fue|fueron|ha sido|han sido|sigue|mid-?term review|MTR|MTE|previous (?:evaluation|review)|revue à mi-parcours|évaluation (?:précédente|à mi-parcours)|evaluación (?:anterior|intermedia)|revisión de medio término)(?![\p{L}])/iu;

/** A lesson's generalising words: what should, must or can be done ("doivent être financés", "peut être évitée", "debe preverse"). */
const GENERALISES =
  /(?<![\p{L}])(?:should|must|need to|needs to|can be|could be|devrai(?:t|ent)|doi(?:t|vent)|peu(?:t|vent) être|il faut|deber[ií]a(?:n)?|deben?|puede(?:n)? ser|es necesario|lessons?|le[cç]ons?|lecci[oó]n(?:es)?|enseignements?)(?![\p{L}])/iu;

/** A modal asking for an action ("should", « devrait », "debería"). */
const MODAL_VERB = /(?<![\p{L}])(?:should|must|ought to|needs? to|devrai(?:t|ent)|doi(?:t|vent)|deber[ií]an?|deben?)(?![\p{L}])/iu;

/**
 * A sentence that asks someone to act: its modal's subject names an actor ("The Ministry of Water should …", "UNDP
 * should …") or one programme, office or team ("The programme should agree …", « Le ministère devrait … », "El
 * programa debería …"); not a plain passive ("Community ownership should be built …") nor projects in general
 * (« Les projets de ce type devraient … », "Future projects should …").
 */
function asksSomeone(sentence: string): boolean {
  const modal = MODAL_VERB.exec(sentence);
  if (!modal) return false;
  const after = sentence.slice(modal.index + modal[0].length);
  // A passive asks for something done when it names what, where or when ("… should be extended to the two districts
  // that joined in 2022 …, in Tamale"); without a name or a number it states a lesson ("Community ownership should be
  // built from the design phase").
  if (/^\s+(?:not\s+)?(?:be|have been|être|avoir été|ser|estar|haber sido)(?![\p{L}])/iu.test(after)) return /\d|\s\p{Lu}/u.test(after);
  const subject = sentence.slice(0, modal.index).trim();
  return subjectAddressee(sentence) !== null || /^(?:the|this|le|la|l['’]|ce|cette|el|este|esta)\s*\p{L}+(?:\s+\p{L}+){0,3}$/iu.test(subject);
}

/**
 * In a section of lessons and recommendations ("Lessons and recommendations", « Principaux enseignements et
 * recommandations »), an item that recommends is a recommendation, the others are lessons (or practices). It
 * recommends when it says so ("It is recommended that …"), when the first sentence asks someone who acts to do
 * something ("The programme team should agree …", « Le ministère devrait … »), or when it opens with an imperative
 * or an infinitive that no finite verb follows. A lesson may use a modal of its own ("Community ownership should be
 * built …", « Les projets de ce type devraient prévoir … ») and stays a lesson.
 */
function mixedKind(kinds: readonly SectionKind[], text: string): InsightKind | null {
  const lesson = kinds.includes('lessons') ? 'LESSON_LEARNED' : kinds.includes('good-practices') ? 'GOOD_PRACTICE' : null;
  const first = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? text;
  // « Conclusions et enseignements »: a statement that says what should be done or can be avoided next time is a lesson.
  if (lesson === 'LESSON_LEARNED' && kinds.includes('conclusions') && !kinds.includes('recommendations') && !kinds.includes('findings'))
    return GENERALISES.test(first) ? 'LESSON_LEARNED' : 'FINDING';
  if (!lesson || !kinds.includes('recommendations') || kinds.includes('findings') || kinds.includes('conclusions')) return null;
  const recommends =
    RECOMMENDING_OPENER.test(text) ||
    asksSomeone(first) ||
    IMPERATIVE_OPENER.test(text) ||
    NOUN_LIKE_IMPERATIVE.test(text) ||
    recommendsInfinitive(text, first);
  return recommends ? 'RECOMMENDATION' : lesson;
}

/**
 * The item opens with an imperative or an infinitive that no finite verb follows ("Improve performance data.",
 * « Renforcer le suivi. »): it asks for something, however short.
 */
export function opensWithRequest(text: string): boolean {
  return IMPERATIVE_OPENER.test(text) || NOUN_LIKE_IMPERATIVE.test(text) || recommendsInfinitive(text, text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? text);
}

/** "We recommend ...", "Nous encourageons X à ...", "Se recomienda ...": a recommendation wherever it is written. */
const RECOMMENDING_OPENER =
  /^(?:(?:we|the (?:evaluation|evaluators?|team))\s+(?:strongly\s+)?(?:recommends?|encourages?|suggests?)|it is (?:therefore )?recommended|(?:nous|l'[ée]quipe|l'[ée]valuation|les [ée]valuateurs)\s+(?:recommand\w*|encourage\w*|sugg[èe]r\w*)|il est recommand[ée]|(?:se )?recomienda|recomendamos|sugerimos|la evaluaci[oó]n recomienda)(?![\p{L}])/iu;

/**
 * A photo's caption or credit (short, with a copyright sign or a "Photo:" / "Credit:" label), or
 * a pointer to the document itself ("The full Evaluation ... is available on ...'s website", "For
 * more information ..."): page furniture, not a statement.
 */
function isPageFurniture(text: string): boolean {
  if (text.split(/\s+/).length > 40) return false;
  // "Table 3: Selected nutrition indicators …", « Graphique 3 : Évolution du taux … », "Source: GTN surveys (2017, 2021)."
  const caption = CAPTION.exec(text);
  if (caption && !/[.!?]\s+\p{Lu}/u.test(text.slice(caption[0].length))) return true;
  return (
    isPhotoCredit(text) ||
    /^(?:the (?:full|complete) (?:evaluation|report)\b.{0,120}\bavailable\b|for (?:more|further|additional) information\b|(?:le rapport|l['’][ée]valuation) compl[èe]te?\b.{0,120}\bdisponible\b|pour (?:plus|de plus amples) (?:d['’])?informations?\b|(?:el informe|la evaluaci[oó]n) complet[oa]\b.{0,120}\bdisponible\b|para (?:m[aá]s|mayor) informaci[oó]n\b)/i.test(
      text,
    )
  );
}

/** A table's or a figure's caption, or a source line (a box is not one: it holds an item). */
const CAPTION =
  /^(?:(?:table|tableau|tabla|cuadro|figure|figura|fig\.|graph|graphique|gr[aá]fic[oa]|chart|map|carte|mapa|diagram|diagramme|diagrama|exhibit|illustration|ilustraci[oó]n|photo|foto)\s*(?:n[o°º]\.?\s*)?[\dIVX]{1,4}(?:[.-]\d{1,2})?\s*[:.–—-]|(?:sources?|fuentes?|note|nota)\s*:)/i;

/** The heading of the nearest section (itself or an ancestor) whose heading names an insight kind. */
function kindSectionTitle(section: Section, outline: Outline): string {
  for (let at: Section | null = section; at; at = at.parent) {
    if (at.named && at.named.kinds.some((kind) => KIND_OF_SECTION[kind] !== undefined)) return headingText(at, outline);
  }
  return headingText(section, outline);
}

function headingText(section: Section, outline: Outline): string {
  if (section.heading < 0) return '';
  const block = outline.blocks[section.heading]!;
  return block.text.replace(/[\s:]+$/, '');
}

/** True when some descendant section carries an insight kind (then this section's own paragraphs only introduce them). */
function hasInsightChildren(section: Section): boolean {
  return section.children.some((child) => !child.excluded && !answersOnly(child) && (insightKindsOf(child).length > 0 || hasInsightChildren(child)));
}

/**
 * A sub-section that only answers the item above it: a bare "Management response", or the decision set as a heading
 * ("#### Partially accept" under "### Recommendation 1: FCDO should …"). It holds no item of its own.
 */
function answersOnly(child: Section): boolean {
  const title = child.named?.title ?? '';
  return isBareResponseTitle(title) || isDecisionLine(title);
}

/** Whether sub-sections hold items of `kind` ("Findings" › "4.1 Relevance"), not only of other kinds ("Findings" › "Lessons learned"). */
function holdsKindBelow(section: Section, kind: InsightKind | null): boolean {
  return section.children.some(
    (child) => !child.excluded && !answersOnly(child) && (insightKindsOf(child).some((own) => KIND_OF_SECTION[own] === kind) || holdsKindBelow(child, kind)),
  );
}

/** "48. Based on interviews ...": paragraph numbering that runs through the document, not a list. */
function isParagraphNumbering(blocks: readonly OutlineBlock[], indices: readonly number[]): boolean {
  const numbers = indices.map((index) => blocks[index]!).filter((block) => block.kind === 'list-item' && /^\d{1,3}[.)]$/.test(block.marker ?? ''));
  if (numbers.length === 0) return false;
  const first = Number.parseInt(numbers[0]!.marker!, 10);
  return first > 1;
}

interface WalkState {
  items: DraftItem[];
  /** The last matrix read, for a table that goes on after a page break without its header. */
  matrix?: { section: Section; columns: ReadonlyArray<PartField | null>; lastRow: number };
  /** The item that explanations and labelled parts attach to. */
  current: DraftItem | null;
  /** A part being collected from the lines under its label ("Key actions:" then a list). */
  collecting: PartField | null;
  /**
   * Reading the cells of the current recommendation's response, one per paragraph: a management-response
   * matrix whose text came out of a PDF cell by cell ("Recommendation 1: …" / "Partially accepted" / comment /
   * actions / unit / deadline).
   */
  cells?: boolean;
}

/**
 * Every draft item of the document, in document order. Sections outside any kind give nothing,
 * except ILO lesson-learned / good-practice annex templates, which are the evaluation's own
 * wherever they sit (unless in another party's annex).
 */
export function collectItems(outline: Outline, tree: SectionTree): DraftItem[] {
  const state: WalkState = { items: [], current: null, collecting: null, cells: false };
  for (const section of tree.all) walkSection(section, outline, state);
  for (const item of state.items) answerRunOnStance(item);
  return state.items;
}

/**
 * "Box 1: Good Practice: Development of the DIMA", "Encadré 2 : Bonne pratique : ...": a side box that holds
 * one insight of the kind it names, titled by what follows.
 */
const BOX_ITEM =
  /(?:^|\s)(?:box|encadr[ée]|recuadro|cuadro)\s*\d{1,2}\s*[:.–—-]\s*((?:emerging |promising )?(?:good|best|promising) practices?|lessons? learn(?:ed|t)|bonnes? pratiques?|le[cç]ons? apprises?|buenas? pr[aá]cticas?|lecci(?:o|ó)n(?:es)? aprendidas?)(?:\s*[:.–—-]\s*(.*))?$/i;

function boxItem(text: string): { kind: InsightKind; title: string; at: number } | null {
  const match = BOX_ITEM.exec(text);
  if (!match) return null;
  const kind = /practic|pratique|pr[aá]ctica/i.test(match[1]!) ? 'GOOD_PRACTICE' : 'LESSON_LEARNED';
  // "Box 3: Lesson learned" alone: a box without a title of its own.
  return { kind, title: (match[2] ?? '').trim(), at: match.index + (match[0].length - match[0].trimStart().length) };
}

/** "Summary:", "Key finding:", "Conclusion :", "Resumen:": a label whose following text states a finding. */
const ANSWER_LABEL =
  /^(?:summary|in summary|key findings?|main findings?|findings?|conclusions?|overall conclusions?|r[ée]sum[ée]|en r[ée]sum[ée]|synth[èe]se|constats?|constat principal|resumen|en resumen|s[ií]ntesis|hallazgos?|conclusi[oó]n(?:es)?)$/i;
/** "Analysis:", "Evidence:": what follows supports the item above and is not an item. */
const EVIDENCE_LABEL =
  /^(?:analysis|evidence|supporting evidence|details|discussion|analyse|[ée]l[ée]ments? probants?|justification|an[aá]lisis|evidencias?|detalles?)$/i;

function labelText(block: OutlineBlock): string | null {
  if (block.kind !== 'paragraph' && block.kind !== 'key-value') return null;
  const text = block.text.trim();
  if (text.length > 40) return null;
  if (!/:$/.test(text) && !block.bold) return null;
  return text.replace(/\s*:$/, '').trim();
}

function isAnswerLabel(block: OutlineBlock): boolean {
  const label = labelText(block);
  return label !== null && ANSWER_LABEL.test(label);
}

function isEvidenceLabel(block: OutlineBlock): boolean {
  const label = labelText(block);
  return label !== null && EVIDENCE_LABEL.test(label);
}

/** A bold paragraph that states something (a finding's headline), not a bold title ("Performance"). */
function isBoldStatement(block: OutlineBlock): boolean {
  if (!block.bold || (labelText(block) !== null && !/[.!?]$/.test(block.text))) return false;
  const words = block.text.split(/\s+/);
  if (words.length > 40) return false;
  if (/[.!?]$/.test(block.text)) return true;
  // Without a full stop, a statement is long and in sentence case; a title is short or capitalises its words.
  const long = words.filter((word) => /\p{L}{4,}/u.test(word));
  const capitalised = long.filter((word) => /^[("“'‘]?\p{Lu}/u.test(word)).length;
  return words.length >= 8 && capitalised / Math.max(1, long.length) < 0.5;
}

/**
 * The title of an evaluation printed under a record's label ("Projet d'appui ... au Sénégal -
 * Évaluation finale", "... Costa Rica - Final Evaluation"): a line without a full stop naming the evaluation.
 */
function isEvaluationTitle(block: OutlineBlock): boolean {
  if (block.kind !== 'paragraph' || /[.;:!?]$/.test(block.text) || block.text.length > 300) return false;
  return /[-–—]\s*(?:(?:final|mid-?term|midterm|interim|ex-?post|independent|independiente|ind[ée]pendante)\s+)?(?:evaluation|[ée]valuation|evaluaci[oó]n)(?:\s+(?:finale?|interm[ée]diaire|[àa] mi-parcours|intermedia|de medio t[ée]rmino|ex-?post|independiente))?\s*$/i.test(
    block.text,
  );
}

/** A bold title (no sentence, no kind of item) between a list's last item and running text: what follows is another matter. */
function closesList(block: OutlineBlock, current: DraftItem | null, before: OutlineBlock | undefined, after: OutlineBlock | undefined): boolean {
  if (block.kind !== 'paragraph' || !block.bold || current?.origin !== 'list' || before?.kind !== 'list-item') return false;
  if (!after || after.kind !== 'paragraph' || after.bold) return false;
  if (/[.!?:;]$/.test(block.text) || block.text.split(/\s+/).length > 10 || itemLabel(block.text)) return false;
  return classifyHeading(block.text).kinds.every((kind) => kind === 'other');
}

/** A short title line in running text ("Relevance", "Intervention Context for the AMFI"): the headline of what follows. */
function isTitleLine(block: OutlineBlock): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = block.text.trim();
  const words = text.split(/\s+/);
  return words.length <= 10 && !/[.;:,!?]$/.test(text) && /^\p{Lu}/u.test(text) && !itemLabel(text) && !isBoldStatement(block) && !FIELD_CAPTION.test(text);
}

/** "Rationale", "Rating", "Efficiency Rating", « Justification », "Comentarios": a form's field caption, not a title of what follows. */
const FIELD_CAPTION =
  /^(?:[\p{L}-]+\s+)?(?:rationale|ratings?|justifications?|comments?|discussion|analysis|observations?|explanation|score|commentaires?|notation|justificaci[oó]n|comentarios?|observaciones|an[aá]lisis|calificaci[oó]n|puntuaci[oó]n)$/iu;

function walkSection(section: Section, outline: Outline, state: WalkState): void {
  const blocks = outline.blocks;
  const foreign = isForeign(section);
  const named = section.excluded ? [] : insightKindsOf(section);
  // A section named for nothing ("Chapter 5", « Réponse détaillée ») whose paragraphs open with bold item labels
  // ("**Recommandation 1 :** …", "**Lesson 2:** …") holds those items.
  // Or one named for the management response only ("Documents Related to overall Management Response", a registry's
  // field caption over its record, set apart as a heading): the record's items are its own.
  const records = section.excluded || foreign || named.some((kind) => kind !== 'management-response') ? [] : recordKinds(section, outline);
  // Or one whose paragraph counts the recommendations its list then states (a news page on an evaluation).
  const counted = named.length > 0 || section.excluded || foreign ? null : countedListAt(section, outline);
  const listed =
    named.length > 0 || section.excluded || foreign
      ? records.length > 0
        ? records
        : named
      : labelledKinds(section, outline).concat(
          siblingLabelKinds(section, outline),
          matrixKinds(section, outline),
          records,
          standingLabelKinds(section, outline),
          labelledSiblingKinds(section, outline),
          counted === null ? [] : ['recommendations'],
        );
  // A management response's page that answers nothing: its overall comments restate the evaluation's findings.
  const kinds: SectionKind[] = records.length === 0 && overallComments(section, outline, named) ? ['findings'] : listed;
  const heading = section.heading >= 0 ? blocks[section.heading]! : null;
  // A heading that names a labelled part ("Key actions", "Réponse de la direction") belongs to the item above.
  const headingPart =
    heading && kinds.length > 0 && !section.named?.kinds.some((kind) => KIND_OF_SECTION[kind] !== undefined)
      ? partField(section.named?.title ?? heading.text)
      : null;
  // "Management response" alone over the response, right under a recommendation (its label or its own heading above):
  // the answer to that recommendation, up to the next item's label, however the section is named.
  if (heading && state.current?.kind === 'RECOMMENDATION' && answersFrom(state.current.owner, section)) {
    // Or its decision set as a heading ("### Partially accept", a bold line a PDF made one) over the reasons.
    const decision = isDecisionLine(heading.text) ? heading.text : null;
    if (decision || isBareResponse(section, heading)) {
      if (decision) addField(state.current, 'decision', decision);
      readResponseUnder(section, outline, state, kinds);
      return;
    }
  }
  if (headingPart && ATTACHED_PARTS.has(headingPart) && state.current) {
    // "Key Actions" over the table of the actions (Key Action | Responsible | Deadline | Status, a UN Women GATE page):
    // its rows give the actions, who, due date and status, not one run of text.
    if (headingPart === 'keyActions' && readActionTableUnder(section, outline, state.current)) return;
    const text = section.blocks
      .map((index) => blocks[index]!)
      .filter((block) => block.kind !== 'footnote' && block.kind !== 'heading')
      .map((block) => block.text)
      .join(' ');
    if (text) addField(state.current, headingPart, text);
    return;
  }
  if (kinds.length === 0) {
    state.current = null;
    if (!foreign) readAnnexTemplates(section, outline, state);
    if (!foreign && !section.excluded) readResponseMatrices(section, outline, state);
    return;
  }
  const sectionTitle = kindSectionTitle(section, outline);
  const label = heading ? (itemLabel(section.named?.title ?? heading.text) ?? itemLabel(heading.text)) : null;
  // The section's title drops the full stop its heading ends with ("Recommendation 1: Strengthen the system."): the statement keeps it.
  const stop = heading ? /[.!?]$/.exec(heading.text)?.[0] : undefined;
  if (label?.rest && stop && !/[.!?]$/.test(label.rest) && heading!.text.endsWith(label.rest + stop)) label.rest += stop;
  const namesKind = Boolean(section.named?.kinds.some((kind) => KIND_OF_SECTION[kind] !== undefined)) && !label?.numberFirst;
  // A short cell of a flattened response matrix that the layout took for a heading ("M&E unit with Regional
  // Bureau Dakar") and the cells under it still belong to the recommendation's response.
  if (state.cells && state.current && heading?.inferred && !label && !namesKind && !section.named?.part) {
    for (const text of [
      heading.text,
      ...section.blocks
        .map((index) => blocks[index]!)
        .filter((block) => block.kind !== 'heading' && block.kind !== 'footnote')
        .map((block) => block.text),
    ])
      readResponseCell(state.current, text);
    state.current.end = Math.max(state.current.end, blocks[section.blocks[section.blocks.length - 1] ?? section.heading]!.end);
    return;
  }
  const container = hasInsightChildren(section);
  const own = section.blocks;
  const headlines = countHeadlineItems(blocks, own);
  const host = state.current;
  state.current = null;
  state.collecting = null;
  state.cells = false;

  const box = heading ? boxItem(heading.text) : null;
  if (heading && box) {
    const after = readBox(section, outline, state, box, sectionTitle, 0);
    // The host's sentence cut by the box goes on after it ("… However, the evaluation finds" [box] "that …"):
    // a paragraph in lower case after a host that ends mid-sentence; it and the rest of the section are the host's.
    const next = after < own.length ? blocks[own[after]!]! : null;
    const hostEnd = host?.parts[host.parts.length - 1]?.text ?? '';
    if (host && next?.kind === 'paragraph' && /^\p{Ll}/u.test(next.text) && !/[.!?:]["”’)]?$/.test(hostEnd)) {
      for (let position = after; position < own.length; position += 1) {
        const block = blocks[own[position]!]!;
        if (block.kind !== 'footnote' && block.kind !== 'heading') addPart(host, block);
      }
      state.current = host;
    }
    return;
  }
  // A registry's record: its items from the first label on (what comes before is the record's heading and fields),
  // each running over the paragraphs under its label up to its response. Its heading (the page's title, "Documents
  // Related to overall Management Response") names none of them: not one topic, however its items are counted.
  // The counted list, read from the paragraph that counts it on: what comes before is the page's title and setting.
  if (counted !== null && kinds.length === 1 && !label) {
    readBody(section, outline, state, kinds, 'explicit', counted + 1);
    return;
  }
  if (records.length > 0 && kinds.length === records.length && !label) {
    readBody(section, outline, state, kinds, 'explicit', firstLabelAt(section, outline));
    return;
  }
  // A finding's sub-section that goes on in sub-sections of its own ("4.1 Supporting the negotiation …"
  // stating its finding, then "Areas of strength", "Areas of challenge") states its own item first.
  // So does a chapter named after an evaluation criterion ("4.0 Effectiveness": its overall finding, then "4.1 …").
  const statesBeforeChildren =
    container &&
    (kinds[0] === 'findings' || kinds[0] === 'challenges') &&
    countParagraphs(blocks, own) >= 1 &&
    (!namesKind || section.named?.criterion === true);
  if (heading && (!namesKind || statesBeforeChildren) && (!container || statesBeforeChildren) && section.parent) {
    const context = kinds[0]!;
    // "Recommendation 3", "Lesson 1: Mediation first": one item, titled by the label's rest.
    if (label) {
      const at = state.items.length;
      openTopicItem(section, outline, state, label.kind, label.rest || null, sectionTitle, 'label', label.number);
      const item = state.items[at];
      if (item) addLabelParts(item, label);
      // "Recommendation 1" over its response's table and nothing else: the answer to the recommendation of that number.
      if (item && item.parts.length === 0 && !item.headline && Object.keys(item.fields).length > 0)
        item.parts.push({ text: label.label, start: heading.start, end: heading.end });
      return;
    }
    // "6.1 To LIMCOM", « 3.2 À l'attention du Ministère », "Al Ministerio de Salud": the recommendations under it are
    // addressed to them, each its own item.
    const addressee = paragraphKind(kinds) === 'RECOMMENDATION' ? addresseeTitle(section.named?.title || heading.text) : null;
    if (addressee) {
      const first = state.items.length;
      if (headlines >= 1) readBody(section, outline, state, kinds, 'explicit');
      else if (countListItems(blocks, own) >= 1) readBody(section, outline, state, kinds, 'paragraphs');
      else {
        // One recommendation and what explains it: the whole body, without the heading as its headline.
        // Addressed, so a recommendation whatever its wording ("Acompañar la transición …").
        const item = newItem('RECOMMENDATION', null, sectionTitle, section, heading.start, heading.end, 'paragraph', null);
        state.items.push(item);
        state.current = item;
        readBody(section, outline, state, [], 'explain', 0);
      }
      for (const item of state.items.slice(first)) if (item.kind === 'RECOMMENDATION' && !item.fields.addressee) addField(item, 'addressee', addressee);
      return;
    }
    // Two items with headlines or labels; or one numbered label of the section's kind ("4.1 Pertinencia" › "PE1. ¿…?"
    // then "Hallazgo 1. El proyecto …"): the labelled items, not one topic.
    const labelled = own.some((index) => {
      const block = blocks[index]!;
      return (block.kind === 'paragraph' || block.kind === 'key-value') && itemLabel(block.text)?.kind === paragraphKind(kinds);
    });
    if (headlines >= 2 || labelled) {
      readBody(section, outline, state, kinds, 'explicit');
      return;
    }
    // Under "Conclusions", a sub-heading groups conclusions: one per paragraph. Not one numbered "1)", "2)" (« 1) Une
    // réponse adaptée aux priorités … »): that heading states its conclusion, its paragraphs explain it.
    if (context === 'conclusions' && !isParenthesisedDivision(heading.text)) {
      readBody(section, outline, state, kinds, 'paragraphs');
      return;
    }
    // Recommendations, lessons or practices listed under a sub-heading that only groups them ("Health",
    // "Cadena de frío") are items of their own; a heading that states one ("Le GC a les moyens juridiques
    // de partager ...", "Favoriser la collaboration" over its explanation) is one item.
    const statesOne = heading.text.split(/\s+/).length >= 6 || /[.!]$/.test(heading.text) || countParagraphs(blocks, own) >= 2;
    if (context !== 'findings' && context !== 'challenges' && countListItems(blocks, own) >= 2 && !statesOne) {
      readBody(section, outline, state, kinds, 'paragraphs');
      return;
    }
    // Findings listed under a theme with nothing else ("Tema I. Diseño" over its bullets): each states one. A list
    // under a paragraph details the finding the paragraph states, and stays with it.
    if ((context === 'findings' || context === 'challenges') && !statesOne && onlyStatements(blocks, own)) {
      readBody(section, outline, state, kinds, 'paragraphs');
      return;
    }
    // A finding per topic: "4.1 Data is fragmented across systems", "The SVPP Program".
    const kind = paragraphKind(kinds);
    // The headline is the title without its numbering ("4.3 Addressing issues of non-compliance").
    if (kind) openTopicItem(section, outline, state, kind, section.named?.title || heading.text, sectionTitle, 'topic', null);
    return;
  }
  // Recommendations, lessons and practices in a list: the list is the enumeration, the paragraphs around it introduce or explain.
  const enumerated = kinds[0] !== 'findings' && kinds[0] !== 'conclusions' && kinds[0] !== 'challenges' && countListItems(blocks, own) >= 2;
  // A form (prompts and their answers): each answer paragraph stands on its own.
  const form = own.some((index) => blocks[index]!.quote);
  // Sub-sections of other kinds only ("Findings" › "Lessons learned") leave the section's own text its items.
  const introduces = container && holdsKindBelow(section, paragraphKind(kinds));
  readBody(section, outline, state, kinds, introduces ? 'explicit-only' : form ? 'paragraphs' : headlines >= 1 || enumerated ? 'explicit' : 'paragraphs');
}

/**
 * One item for a whole sub-section. Its headline is the heading, or the bold statement that opens
 * the body ("The mandate of the OIA is quite broad ..."); its text is the body.
 */
function openTopicItem(
  section: Section,
  outline: Outline,
  state: WalkState,
  kind: InsightKind,
  headline: string | null,
  sectionTitle: string,
  origin: DraftItem['origin'],
  number: string | null,
): void {
  const blocks = outline.blocks;
  const heading = blocks[section.heading]!;
  const first = section.blocks.map((index) => blocks[index]!).find((block) => block.kind !== 'footnote');
  // A heading that states the item ("4.1 UNHCR's operational data is fragmented across many systems",
  // "Le GC a les moyens juridiques de partager ...") opens its text; a label ("4.1.1 Mandate", "The SVPP
  // Program") is its headline.
  const title = section.named?.title || heading.text;
  // A recommendation's, lesson's or practice's title of six words or more is its statement ("Establish data
  // governance through global norms and standards"); a finding's may be a label (statesItem).
  // An evaluation question ("EQ1: To what extent was the programme relevant …?") is what the body answers: neither.
  const question = origin === 'topic' && /\?["”»)]?$/.test(title);
  // A lesson database's record title names the evaluation the lesson comes from, however long: its headline.
  const states =
    !question &&
    !heading.recordTitle &&
    origin === 'topic' &&
    (kind === 'FINDING' ? statesItem(title, isParenthesisedDivision(heading.text)) : title.split(/\s+/).length >= 6 || /[.!]$/.test(title));
  const item = newItem(kind, states || question ? null : headline, sectionTitle, section, heading.start, heading.end, origin, number);
  state.items.push(item);
  state.current = item;
  if (states) item.parts.push({ text: title, start: heading.start, end: heading.end });
  let skip = 0;
  // A body that opens with a bold statement ("The mandate of the OIA is quite broad ..."): the statement opens the text.
  if (origin === 'topic' && first && first.kind !== 'table-row' && (first.bold || first.lead)) {
    if (first.bold) addPart(item, first);
    // "**Key finding:** The project …", « **Constatation :** Les services … »: the label names the item's kind, no more.
    else addPart(item, first, first.lead && kindOfLabel(first.lead.replace(/[\s:.]+$/, '')) ? stripLead(first.text, first.lead) : first.text);
    skip = 1;
  }
  readBody(section, outline, state, [], 'explain', skip);
}

/**
 * Verbs that make a title a sentence: "Data is fragmented", "Les documents sont souvent non classés",
 * "Los recursos no fueron suficientes". Not the words that are also nouns or possessives in titles
 * ("Political will", "Needs assessment", "Do no harm", « son ancrage »).
 */
const FINITE_VERB =
  /(?<![\p{L}'’])(?:is|are|was|were|has|have|had|can|cannot|could|should|must|would|does|did|remains?|lacks?|requires?|est|sont|était|étaient|ont|avait|peut|peuvent|doit|doivent|reste|restent|fue|fueron|eran|han|había|puede|pueden|debe|deben|sigue|siguen)(?![\p{L}'’])/iu;

/** French "a" (has) in a French title: "Le GC a les moyens"; not "a la" (an à without its accent), not an English article. */
const FRENCH_HAS = /(?<![\p{L}'’])a (?!la |l['’])/u;
const FRENCH_TITLE = /(?<![\p{L}])(?:(?:le|la|les|des|du)(?![\p{L}])|[ld]['’])/iu;
const ENGLISH_WORD = /(?<![\p{L}])(?:the|of|and)(?![\p{L}])/iu;

/**
 * A sub-section's title that states its item ("UNHCR's operational data is fragmented across many
 * systems", "Le GC a les moyens juridiques de partager …") rather than labelling it ("Issues with the
 * Cascade Training Model", "Supporting the negotiation and implementation of labour provisions",
 * "Établissement des critères …"): a sentence, six words or more with a verb, or ten words or more
 * opening with an article (a statement cut at the end of its heading line). A `division`'s title, numbered
 * "1)" and set apart on its line (« 1) Une réponse adaptée aux priorités de la Tunisie … »), is a title
 * however long, unless it holds a verb.
 */
function statesItem(title: string, division = false): boolean {
  if (/[.!]$/.test(title)) return true;
  const words = title.split(/\s+/).length;
  if (words < 6) return false;
  if (FINITE_VERB.test(title) || (FRENCH_TITLE.test(title) && !ENGLISH_WORD.test(title) && FRENCH_HAS.test(title))) return true;
  return !division && words >= 10 && /^(?:the|an?|le|la|les|l['’]|une?|el|los|las)\s/i.test(title);
}

/** A box's own paragraph: running text that starts a sentence (a lower-case start resumes the body around the box). */
function isBoxParagraph(block: OutlineBlock): boolean {
  return block.kind === 'paragraph' && !block.quote && !block.afterBreak && /^[\p{Lu}"“(]/u.test(block.text) && !boxItem(block.text);
}

/**
 * A box that is a heading of its own ("### Box 3: Good practice: ..."): one item, its paragraphs up to
 * the body's return. Returns the position of the first block after the box.
 */
function readBox(section: Section, outline: Outline, state: WalkState, box: { kind: InsightKind; title: string }, sectionTitle: string, from: number): number {
  const blocks = outline.blocks;
  const heading = blocks[section.heading]!;
  const item = newItem(box.kind, box.title || null, sectionTitle, section, heading.start, heading.end, 'box', null);
  state.items.push(item);
  let position = from;
  for (; position < section.blocks.length; position += 1) {
    const block = blocks[section.blocks[position]!]!;
    if (block.kind === 'footnote') continue;
    // "Members were trained in:" and its bullets are the box's.
    const listed = block.kind === 'list-item' && /:\s*$/.test(item.parts[item.parts.length - 1]?.text ?? '');
    if (!isBoxParagraph(block) && !listed) break;
    if (listed) position = takeList(item, blocks, section.blocks, position);
    else addPart(item, block);
  }
  state.current = null;
  return position;
}

/** Headline-style items among a section's own blocks: labels, bold leads, bold statements, answer labels, matrix rows. */
function countHeadlineItems(blocks: readonly OutlineBlock[], own: readonly number[]): number {
  let count = 0;
  for (const index of own) {
    const block = blocks[index]!;
    // "**Management response:** Accepted.", "Responsible: …": a part of the item above, not an item's headline.
    if (labelledPart(block)) continue;
    if ((block.kind === 'paragraph' || block.kind === 'key-value' || block.kind === 'list-item') && itemLabel(block.text)) count += 1;
    else if (isAnswerLabel(block)) count += 1;
    else if ((block.kind === 'paragraph' || block.kind === 'key-value') && block.lead && !isEvidenceLabel(block)) count += 1;
    else if (block.kind === 'paragraph' && isBoldStatement(block)) count += 1;
    else if (block.kind === 'table-row' && (headerColumns(block) || annexRow(block))) count += 2;
  }
  return count;
}

/** Paragraphs of running text (not introductions ending with a colon). */
function countParagraphs(blocks: readonly OutlineBlock[], own: readonly number[]): number {
  return own.filter((index) => {
    const block = blocks[index]!;
    return block.kind === 'paragraph' && !block.quote && block.text.split(/\s+/).length >= 8 && !isIntroduction(block.text);
  }).length;
}

/** A body of two list items or more, each a sentence of its own, and no other text. */
function onlyStatements(blocks: readonly OutlineBlock[], own: readonly number[]): boolean {
  const body = own.map((index) => blocks[index]!).filter((block) => block.kind !== 'footnote');
  return body.length >= 2 && body.every((block) => block.kind === 'list-item' && (block.depth ?? 0) === 0 && block.text.split(/\s+/).length >= 6);
}

/** Depth-0 list items that are items, not paragraph numbering. */
function countListItems(blocks: readonly OutlineBlock[], own: readonly number[]): number {
  const numbering = isParagraphNumbering(blocks, own);
  return own.filter((index) => {
    const block = blocks[index]!;
    return block.kind === 'list-item' && block.depth === 0 && !(numbering && /^\d/.test(block.marker ?? ''));
  }).length;
}

type BodyMode = 'explain' | 'explicit' | 'explicit-only' | 'paragraphs';

function newItem(
  kind: InsightKind,
  headline: string | null,
  section: string,
  owner: Section,
  start: number,
  end: number,
  origin: DraftItem['origin'],
  number: string | null,
): DraftItem {
  return { kind, headline, parts: [], section, start, end, inSummary: owner.inSummary, fields: {}, origin, number, owner };
}

/**
 * The dates an evaluation registry stamps on each entry ("[Added: 2019/05/08] [Last Updated: 2021/02/23]",
 * UNDP's Evaluation Resource Centre): record keeping, not words of the item.
 */
const RECORD_STAMP =
  /\s*\[(?:added|last updated|updated|ajout[ée]|mis à jour|derni[èe]re mise à jour|agregado|a[ñn]adido|actualizado|[úu]ltima actualizaci[óo]n)\s*:\s*[^\]\n]{1,40}\]/giu;

function withoutStamps(text: string): string {
  return text.includes('[') ? text.replace(RECORD_STAMP, '').trim() : text;
}

function addPart(item: DraftItem, block: OutlineBlock, text: string = block.text): void {
  let clean = withoutStamps(text);
  // "3.1 La cobertura de alcantarillado …", "1.1. Les communes …": the paragraph's number is no word of the item.
  if (block.kind === 'paragraph') clean = clean.replace(PARAGRAPH_NUMBER, '');
  // "… expenditure frameworks. (Addressed to: Education Sector, IICBA)": the labelled parts closing the text are fields.
  for (let trailing = item.kind === 'RECOMMENDATION' ? TRAILING_PART.exec(clean) : null; trailing; trailing = TRAILING_PART.exec(clean)) {
    // A part's whole name, or a longer column-like label before a short value ("(Responsible for implementation: Department of Roads)").
    const field = wholePartField(trailing[1]!) ?? (trailing[2]!.split(/\s+/).length <= 8 ? partField(trailing[1]!) : null);
    // "(Decision: Accepted)" is the management's; "(Response: see the matrix in Annex 4)" points elsewhere.
    if (!field || !ATTACHED_PARTS.has(field) || field === 'response' || (field === 'decision' && !isDecisionLine(trailing[2]!))) break;
    for (const part of splitParts({ field, value: trailing[2]! })) addField(item, part.field, part.value);
    clean = clean.slice(0, trailing.index).trim();
  }
  // A photo's caption or credit ("Photo: ILO/K. Mwangi. Trainees at …"), wherever the walk meets it, is no part of an item.
  if (!clean || isPhotoCredit(clean)) return;
  item.parts.push({ text: clean, start: block.start, end: block.end });
  item.end = Math.max(item.end, block.end);
}

/** What a label says of its item ("Recomendación 1 (prioridad alta) – dirigida a: …"): the item's fields. */
function addLabelParts(item: DraftItem, label: ItemLabel): void {
  for (const part of label.parts) if (ATTACHED_PARTS.has(part.field)) addField(item, part.field, part.value);
}

function addField(item: DraftItem, field: PartField, value: string): void {
  // "OIA-DG OIA-DG": a cell that repeats its value (merged cells printed twice).
  const clean = withoutStamps(value.trim()).replace(/(?<=^|\s)(\S+)(?:\s+\1)+(?=\s|$)/g, '$1');
  // A tick ("X", "✓") marks a column of choices; as a value it says nothing.
  if (!clean || /^(?:-+|n\/?a|none|aucun|ninguno|x|✓|✔)$/i.test(clean)) return;
  const previous = item.fields[field];
  if (previous && previous.split(' / ').includes(clean)) return;
  item.fields[field] = previous ? `${previous} / ${clean}` : clean;
}

/** A paragraph that only introduces what follows ("The main lessons are:"). */
function isIntroduction(text: string): boolean {
  return /:\s*$/.test(text) && text.split(/\s+/).length <= 30;
}

/**
 * Reads a section's own blocks into items. `explain`: everything explains the current item;
 * `explicit`: headline-style items, running text explains them; `explicit-only`: the section has
 * sub-sections of its kind, so its own running text only introduces them; `paragraphs`: each
 * paragraph and each list item is an item.
 */
function readBody(section: Section, outline: Outline, state: WalkState, kinds: readonly SectionKind[], mode: BodyMode, skip = 0): void {
  const blocks = outline.blocks;
  const own = section.blocks;
  const sectionTitle = kindSectionTitle(section, outline);
  const numbering = isParagraphNumbering(blocks, own);
  const pKind = paragraphKind(kinds);
  const lKind = listKind(kinds);
  let evidence = false;
  let aside = false;
  let pendingTitle: { text: string; start: number } | null = null;
  let listOverride: InsightKind | null = null;
  // "The Ministry should:" over lower-case bullets ("- index the transfer value to inflation;"): each bullet's headline.
  let listLead: string | null = null;
  let prompt: { kind: InsightKind | null } | null = null;
  // "**For the Ministry of Health:**" over the recommendations addressed to it.
  let group: string | null = null;
  const open = (kind: InsightKind, headline: string | null, block: OutlineBlock, origin: DraftItem['origin'], number: string | null): DraftItem => {
    const title = headline ?? pendingTitle?.text ?? null;
    const item = newItem(
      prompt?.kind ?? kind,
      title,
      sectionTitle,
      section,
      Math.min(block.start, pendingTitle?.start ?? block.start),
      block.end,
      origin,
      number,
    );
    pendingTitle = null;
    if (block.kind === 'list-item') item.listDepth = block.depth ?? 0;
    if (group && item.kind === 'RECOMMENDATION') addField(item, 'addressee', group);
    state.items.push(item);
    state.current = item;
    state.cells = false;
    evidence = false;
    return item;
  };
  // "Progress since the 2016 peer review", « Suivi des recommandations de l'évaluation précédente »: an earlier
  // review's recommendations and how far they went; none of this evaluation's items.
  if (EARLIER_REVIEW.test(section.title)) return;
  for (let position = skip; position < own.length; position += 1) {
    const index = own[position]!;
    const block = blocks[index]!;
    if (block.kind === 'footnote' || block.kind === 'heading') continue;
    if (mode !== 'explain' && block.kind === 'paragraph' && block.text.split(/\s+/).length <= 15 && EARLIER_REVIEW.test(block.text)) {
      state.current = null;
      return;
    }
    if (mode !== 'explain' && block.kind === 'paragraph' && /:\s*$/.test(block.text) && block.text.split(/\s+/).length <= 12) {
      const addressee = addresseeTitle(block.text);
      if (addressee) {
        group = addressee;
        state.current = null;
        continue;
      }
    }
    // A photo's caption or credit ("... ©Cameroon Red Cross"), a pointer to the full report: neither an item nor a title.
    if (isPageFurniture(block.text)) continue;
    // A bold title after the section's list, over running text ("**Avances en las acciones de mejora**" under the
    // recommendations' bullets): another matter, up to the next list; its text belongs to no item of the list.
    if (mode !== 'explain' && aside && block.kind !== 'list-item') continue;
    aside = false;
    if (mode !== 'explain' && closesList(block, state.current, position > 0 ? blocks[own[position - 1]!] : undefined, blocks[own[position + 1] ?? -1])) {
      aside = true;
      state.current = null;
      continue;
    }

    // A form's prompt ("> What are the top key insights ...?"): its answer is of the kind it asks for,
    // and the answer to a prompt that asks for none (handover, data, partners) is not an insight.
    if (block.quote && mode !== 'explain') {
      prompt = { kind: promptKind(block.text) };
      state.current = null;
      pendingTitle = null;
      continue;
    }
    if (prompt && !prompt.kind) continue;
    // A contact line ("n'hésitez pas à nous contacter à acclab.gn@undp.org") is never part of an insight.
    if (/[\w.+-]+@[\w-]+\.[\w.]+/.test(block.text) && block.text.length < 400) continue;

    // "The Secretariat agrees with Recommendation 1 and will … It partially agrees with Recommendation 2: …": the
    // management's answers in prose, each the response of the recommendation it names.
    if (block.kind === 'paragraph' && !block.quote && kinds.includes('management-response') && !kinds.includes('recommendations') && !itemLabel(block.text)) {
      const answers = proseAnswers(block.text);
      for (const answer of answers)
        for (const number of answer.numbers) {
          const item = open('RECOMMENDATION', null, block, 'label', number);
          addPart(item, block, `${answer.label} ${number}`);
          addField(item, 'decision', answer.decision);
          addField(item, 'response', answer.response);
        }
      if (answers.length > 0) {
        state.current = null;
        continue;
      }
    }

    if (block.kind === 'table-row') {
      // Consecutive rows make one table.
      const rows = [index];
      while (position + 1 < own.length && blocks[own[position + 1]!]!.kind === 'table-row') rows.push(own[++position]!);
      // The action plan under a recommendation (Key actions | Time frame | Responsible unit | Status): its rows are the
      // recommendation's management response, never text or items of their own.
      if (state.current?.kind === 'RECOMMENDATION' && (readActionTable(rows, blocks, state.current) || readFieldsTable(rows, blocks, state.current))) continue;
      if (mode === 'explain' || evidence) {
        // A data table under the item ("Criterion | Rating | Comment" and its rows) supports it, and is no part of its text.
        if (state.current && !evidence && mode === 'explain' && !isDataTable(rows, blocks)) for (const row of rows) addPart(state.current, blocks[row]!);
        continue;
      }
      readTable(rows, section, outline, state, kinds, sectionTitle);
      continue;
    }

    // "Box 1: Good Practice: ..." opening a paragraph or run into the end of one (two-column layouts).
    const box = mode !== 'explain' || state.current?.origin !== 'box' ? boxItem(block.text) : null;
    if (box) {
      if (box.at > 0 && state.current && mode === 'explain') addPart(state.current, block, block.text.slice(0, box.at).trim());
      const item = newItem(box.kind, box.title || null, kindSectionTitle(section, outline), section, block.start, block.end, 'box', null);
      state.items.push(item);
      const previous = state.current;
      state.current = item;
      let next = position + 1;
      // A fragment of the title cut onto its own line ("agendas"), then the box's own paragraphs.
      const fragment = next < own.length ? blocks[own[next]!]! : null;
      if (fragment && fragment.kind === 'paragraph' && fragment.text.split(/\s+/).length <= 3 && /^\p{Ll}/u.test(fragment.text)) {
        item.headline = `${item.headline} ${fragment.text}`.trim();
        next += 1;
      }
      while (next < own.length && isBoxParagraph(blocks[own[next]!]!)) addPart(item, blocks[own[next++]!]!);
      position = next - 1;
      state.current = previous;
      continue;
    }

    // "Context/comment: Rotation between …", « Justification : … »: what explains the item above is part of its text.
    if (state.current && block.kind === 'key-value' && block.key && block.value && EXPLANATION_LABEL.test(foldForMatch(block.key).replace(/[*:.\s]+$/, ''))) {
      // The text after the label: a value wrapped over several lines is the whole of it.
      addPart(state.current, block, block.text.slice(block.text.indexOf(':') + 1).trim() || block.value);
      continue;
    }
    // "Description: …", "Thematic Area: Not applicable", "UNEG Criteria: Effectiveness" after a record's response
    // (UN Women's GATE): the record's fields, no words of the item or its response.
    if (state.current && answered(state.current) && recordFieldAfterAnswer(state.current, block)) continue;
    // "Key actions:", "Responsible: ILO CO-Abidjan", "Response: Management agrees ...".
    const labelled = labelledPart(block);
    // « Priorité : haute – Échéance : juin 2023 », "Priority: Very high. Addressed to: EU Delegation": two parts on one line.
    const [part = null, ...others] = labelled ? splitParts(labelled) : [];
    if (part && state.current) {
      for (const other of others) addField(state.current, other.field, other.value);
      const value = withoutStamps(part.value);
      if (value && (part.field === 'response' || part.field === 'decision') && isDecisionLine(value)) {
        // "**Management Response:** Disagree", then the paragraphs that give the reasons: the response.
        addField(state.current, 'decision', value);
        state.collecting = 'response';
      } else if (value) {
        addField(state.current, part.field, part.value);
        state.collecting = null;
      } else state.collecting = part.field;
      if (part.field === 'keyActions') state.current.actionsLabelled = true;
      state.current.end = Math.max(state.current.end, block.end);
      continue;
    }
    // The list under "Key actions:"; the paragraphs under a bare "Management Response:" (a registry's
    // entry: "Management Response: [Added: …]", then the response). An item's own label ends them.
    const ownLabel = itemLabel(block.text) ?? unnumberedLabel(block);
    const opensItem = ownLabel !== null || Boolean(block.lead) || isBoldStatement(block) || isAnswerLabel(block);
    // After a response's decision, its bullets are its key actions only under a lead-in ("The Ministry agrees to:"); a
    // list after a plain response is the next recommendations.
    const afterLeadIn = /:\s*$/.test(state.current?.fields.response ?? state.current?.fields.keyActions ?? '');
    if (
      state.collecting &&
      state.current &&
      !opensItem &&
      ((block.kind === 'list-item' && (state.collecting !== 'response' || afterLeadIn)) ||
        (state.collecting === 'response' && block.kind === 'paragraph' && !block.quote))
    ) {
      // "Management Response: [Added: 2022/03/02]", then "Partially Agreed" alone (a registry's page): the decision,
      // not the response's first words.
      if (state.collecting === 'response' && block.kind === 'paragraph' && !state.current.fields.decision && isDecisionLine(block.text)) {
        addField(state.current, 'decision', block.text);
        state.current.end = Math.max(state.current.end, block.end);
        continue;
      }
      // What the management will do, listed under its response: the key actions.
      addField(state.current, state.collecting === 'response' && block.kind === 'list-item' ? 'keyActions' : state.collecting, block.text);
      state.current.end = Math.max(state.current.end, block.end);
      continue;
    }
    // "Mars 2013 ARR", « Juin 2013 Unité S&E » under a key action (UNFPA's template flattened, the action's deadline and
    // unit cells one line): the action's deadline and who acts, not more of the recommendation.
    const deadline = state.current?.fields.keyActions && block.kind === 'paragraph' ? deadlineAndUnit(block.text) : null;
    if (deadline) {
      addField(state.current!, 'when', deadline.when);
      addField(state.current!, 'who', deadline.who);
      state.current!.end = Math.max(state.current!.end, block.end);
      continue;
    }
    state.collecting = null;

    // A flattened response matrix: a bare decision under the recommendation opens its response cells.
    if (state.current?.kind === 'RECOMMENDATION' && (block.kind === 'paragraph' || block.kind === 'key-value') && !itemLabel(block.text)) {
      if (!state.cells && !state.current.fields.decision && !state.current.fields.response && isDecisionLine(block.text)) {
        addField(state.current, 'decision', block.text);
        state.cells = true;
        state.current.end = Math.max(state.current.end, block.end);
        continue;
      }
      // "Agreed. The Ministry will extend the pilot.", « Acceptée. La délégation prévoit … »: the response
      // printed under its recommendation, opening with the decision.
      if (!state.cells && !state.current.fields.decision && !state.current.fields.response && opensWithDecision(block.text)) {
        addField(state.current, 'response', block.text);
        state.current.end = Math.max(state.current.end, block.end);
        continue;
      }
      // « La direction souscrit à cette recommandation. », "Management agrees with the recommendation.": the management's
      // stance opens its response, and the paragraphs after it are the response.
      const stance = !state.cells && !state.current.fields.decision && !state.current.fields.response ? managementStance(block.text) : null;
      if (stance) {
        addField(state.current, 'decision', stance.decision);
        if (stance.rest) addField(state.current, 'response', stance.rest);
        state.collecting = 'response';
        state.current.end = Math.max(state.current.end, block.end);
        continue;
      }
      if (state.cells) {
        readResponseCell(state.current, block.text);
        state.current.end = Math.max(state.current.end, block.end);
        continue;
      }
    }

    if (mode !== 'explain' && isEvidenceLabel(block)) {
      evidence = true;
      continue;
    }
    if (mode !== 'explain' && pKind && isAnswerLabel(block)) {
      const item = open(pKind, null, block, 'label', null);
      if (block.kind === 'key-value' && block.value) addPart(item, block, block.value);
      continue;
    }

    const label = mode === 'explain' ? null : ownLabel;
    // A label that spells its kind out ("Good practice 1:", "Lesson 2:") opens an item of that kind in any section of
    // items; in findings and conclusions, not when it cites an earlier review's ("Recommendation 1: Revise the results
    // framework … This was done in 2021.").
    // An earlier review's item cited in a finding; not in a section that names that kind too ("Conclusions and
    // recommendations": "**Recommendation 2:** … where participation remains low." is this evaluation's).
    const citesEarlier = label !== null && !kinds.some((kind) => KIND_OF_SECTION[kind] === label.kind) && CITES_EARLIER.test(block.text);
    const spelled =
      label !== null &&
      label.kind !== 'FINDING' &&
      /^\p{L}{3,}/u.test(label.label) &&
      /^[^:.)–—-]{3,60}?\d{1,2}\s*(?:\*\*)?\s*[:.)–—-]/u.test(block.text) &&
      (pKind !== 'FINDING' || !citesEarlier);
    // "**Recommendation 2:** …" citing an earlier review in a finding: the finding's text, its label no headline.
    if (label && label.kind !== 'FINDING' && label.number && pKind === 'FINDING' && !spelled && citesEarlier && block.lead && state.current) {
      addPart(state.current, block);
      continue;
    }
    if (label && (label.kind === pKind || label.kind === lKind || kinds.length > 1 || spelled || label.trailing)) {
      const item = open(label.kind, null, block, 'label', label.number || null);
      addLabelParts(item, label);
      const rest = label.rest.replace(/^[-–—:.\s]+/, '');
      // "**Conclusion 1. Strategic positioning.** FAO is …": the bold title after the label is the headline.
      const title = block.lead
        ? itemLabel(block.lead)
            ?.rest.replace(/^[-–—:.\s]+/, '')
            .replace(/[.:]$/, '')
        : '';
      if (block.lead && title && title.split(/\s+/).length <= 20 && stripLead(block.text, block.lead)) {
        // "**Recommendation 1. To FAO and the Government of Niger:** Integrate …": whom it is addressed to.
        const addressee = item.kind === 'RECOMMENDATION' ? addresseeTitle(title) : null;
        if (addressee) addField(item, 'addressee', addressee);
        else item.headline = title;
        const after = stripLead(block.text, block.lead);
        // "**R1. Reforzar el diálogo …** (vinculada a C1; prioridad: alta; dirigida a: Delegación de la UE)": its fields.
        const qualifiers = parenthesisParts(after);
        if (qualifiers) for (const part of qualifiers) addField(item, part.field, part.value);
        else addPart(item, block, after);
        continue;
      }
      if (rest) {
        // "Recommendation 2: Strengthen the data culture" alone is a title; with a sentence after it, the item.
        // Set wholly in bold (Word's Heading 3 in a PDF), a title may run over two lines.
        const titleWords = block.bold ? 30 : 14;
        if (rest.split(/\s+/).length <= titleWords && !/[.;]$/.test(rest) && position + 1 < own.length && isExplanation(blocks[own[position + 1]!]!))
          item.headline = rest;
        else addPart(item, block, rest);
      }
      continue;
    }

    // "Lesson learned: Advocacy works best ...": a line labelled with a kind.
    if (mode !== 'explain' && block.kind === 'key-value' && block.key) {
      const keyKind = kindOfLabel(block.key);
      if (keyKind && block.value) {
        const item = open(keyKind, null, block, 'inline-label', null);
        item.section = block.key;
        addPart(item, block, block.value);
        continue;
      }
    }

    if (evidence) continue;
    const isList = block.kind === 'list-item' && !(numbering && /^\d/.test(block.marker ?? ''));
    if (mode === 'explain') {
      const current = state.current;
      // After "Management response: Accepted." the text under a recommendation is the response: "The
      // Ministry agrees to:" and its bullets are what it will do, not the recommendation.
      if (current?.kind === 'RECOMMENDATION' && (current.fields.response !== undefined || current.fields.decision !== undefined)) {
        addField(current, isList ? 'keyActions' : 'response', block.text);
        current.end = Math.max(current.end, block.end);
      } else if (current) addPart(current, block);
      continue;
    }
    // A deeper point is the current item's; a point as deep as the one that opened it is an item of its own.
    if (isList && (block.depth ?? 0) > (state.current?.listDepth ?? 0) && state.current) {
      addPart(state.current, block);
      continue;
    }
    // "... one of the following:" then "- assisting partners ...;" (or "...; and"): a sentence cut into bullets is one
    // item. Lessons and recommendations listed in lower case ("- involve workers' organisations …;") stay one each.
    const previous = state.current?.parts[state.current.parts.length - 1]?.text ?? '';
    if (
      isList &&
      state.current &&
      state.current.owner === section &&
      /^\p{Ll}/u.test(block.text) &&
      (/:$/.test(previous) ||
        ((state.current.kind === 'FINDING' || listsUnderLead(state.current)) && /(?:[;,]|[;,]?\s+(?:and|or|et|ou|y|o|e))$/u.test(previous)))
    ) {
      addPart(state.current, block);
      continue;
    }
    if (!isList) {
      listOverride = null;
      listLead = null;
      const next = position + 1 < own.length ? blocks[own[position + 1]!]! : null;
      if (isIntroduction(block.text) && next?.kind === 'list-item' && /^\p{Ll}/u.test(next.text) && !onlyAnnounces(block.text))
        listLead = block.text.replace(/\s*:\s*$/, '');
    }
    // "- Procedimientos y arreglos institucionales: los procedimientos …": a plain label over the point, its headline.
    const itemLead = block.lead ?? (isList ? plainLabelLead(block.text) : null);
    const bulletLead = itemLead ?? (listLead && /^\p{Ll}/u.test(block.text) ? listLead : null);
    if (isList && listOverride) {
      const item = open(listOverride, bulletLead, block, 'list', block.marker ?? null);
      addPart(item, block, itemLead ? stripLead(block.text, itemLead) : block.text);
      continue;
    }
    if (isList && lKind && (mode !== 'explicit' || countHeadlineItems(blocks, own) === 0)) {
      // A statement ending with ":" and the bullets that finish its sentence are one item; whole sentences under
      // it are items of their own.
      const lead = state.current?.parts[state.current.parts.length - 1]?.text ?? '';
      if (mode === 'paragraphs' && state.current && state.current.origin !== 'list' && /:\s*$/.test(lead) && cutIntoBullets(lead, blocks, own, position)) {
        position = takeList(state.current, blocks, own, position);
        continue;
      }
      // "Se recomienda fortalecer …" listed among conclusions: a recommendation, as in a paragraph.
      const listed = lKind === 'FINDING' && RECOMMENDING_OPENER.test(block.text) ? 'RECOMMENDATION' : lKind;
      const item = open(mixedKind(kinds, block.text) ?? listed, bulletLead, block, 'list', block.marker ?? null);
      addPart(item, block, itemLead ? stripLead(block.text, itemLead) : block.text);
      continue;
    }
    if (!pKind) continue;
    const kind =
      (pKind === 'FINDING' && lKind === 'RECOMMENDATION' && kinds.length > 1 && RECOMMENDING.test(block.text)) ||
      (pKind === 'FINDING' && RECOMMENDING_OPENER.test(block.text))
        ? 'RECOMMENDATION'
        : (mixedKind(kinds, block.text) ?? pKind);
    // A bold-led paragraph: its lead is the headline. A short bold paragraph: the headline of what follows.
    if (block.lead && mode !== 'paragraphs') {
      // "**A la AECID:** prever …", "**To the Ministry of Health:** adopt …": whom it is addressed to, no headline.
      const addressee = kind === 'RECOMMENDATION' ? addresseeTitle(block.lead) : null;
      const item = open(kind, addressee ? null : block.lead, block, 'lead', null);
      if (addressee) addField(item, 'addressee', addressee);
      addPart(item, block, stripLead(block.text, block.lead));
      continue;
    }
    if (mode !== 'paragraphs' && isBoldStatement(block)) {
      open(kind, block.text, block, 'lead', null);
      continue;
    }
    if (mode === 'explicit' || mode === 'explicit-only') {
      // "1. Recommendation:" alone, then « Au Gouvernement : Affirmer le leadership … » (a registry's page, its label
      // over the text): the item's text, not the title of the next one; the party it opens with is its addressee.
      if (block.kind === 'key-value' && awaitsText(state.current)) {
        readTextUnderLabel(state.current, block);
        continue;
      }
      // A record's field ("Unidad(es) responsable(s) de la respuesta de la gerencia: PNUD …") titles nothing; nor does a
      // form's header field the metadata reads (« Titre du projet : … » over a management response and action plan).
      // A tracker's field of a figure or a date ("Close Date: Mar 31, 2015", split-labels.ts) is nothing of the item's.
      if (block.kind === 'key-value' && block.key && !partField(block.key) && isFigureOrDate(block.value ?? '')) continue;
      // A tracker's key to its statuses ("Closed: A recommendation for which …") titles nothing either.
      if (block.kind === 'key-value' && block.key && isStatusDefinition(block.key, block.value ?? '', false)) continue;
      if (block.kind === 'key-value' && !/\?$/.test(block.text) && mode === 'explicit' && !(block.key && (partField(block.key) || isFormField(block.key)))) {
        // "Immediate Outcome #2: Establishing regional networks": the title of the answer that follows.
        pendingTitle = { text: block.text, start: block.start };
        continue;
      }
      // "Evaluation question 2. To what extent did FAO contribute to results?": the question the next items answer,
      // no part of the item above.
      // A question the item asks itself ("Why did attendance gains fade?") is dropped; the item goes on.
      if (/\?["”»)]?$/.test(block.text) && block.text.split(/\s+/).length <= 40 && block.kind !== 'list-item') {
        if (EVALUATION_QUESTION.test(block.text)) state.current = null;
        continue;
      }
      // "… Otras lecciones relativas a la gestión interna del proyecto se resaltan a continuación:" closing a paragraph
      // over a list (a management response's overall comments): the list holds the kind its last sentence announces.
      const announced = block.kind === 'paragraph' ? announcedOverList(block.text, blocks[own[position + 1] ?? -1]) : null;
      if (announced && announced !== pKind) {
        listOverride = announced;
        state.current = null;
        continue;
      }
      // Running text explains the item above; before the first item it introduces them.
      if (
        state.current &&
        state.current.origin !== 'matrix' &&
        state.current.origin !== 'annex-template' &&
        (mode === 'explicit' || /^\p{Ll}/u.test(block.text))
      )
        addPart(state.current, block);
      continue;
    }
    // Paragraph mode: each paragraph an item; a lower-case start continues the one above; a short title line titles the next.
    if (state.current && /^\p{Ll}/u.test(block.text) && state.current.owner === section) {
      addPart(state.current, block);
      continue;
    }
    if (isIntroduction(block.text)) {
      pendingTitle = null;
      // "The evaluation identified lessons learned to consider going forward:": the list that follows is of that kind.
      const announced = kindAnnounced(block.text) ?? (kind === 'FINDING' && RECOMMENDS_WHAT_FOLLOWS.test(block.text) ? 'RECOMMENDATION' : null);
      const next = position + 1 < own.length ? blocks[own[position + 1]!]! : null;
      const lowerList = next?.kind === 'list-item' && /^\p{Ll}/u.test(next.text);
      if (announced && announced !== kind) {
        listOverride = announced;
        state.current = null;
        continue;
      }
      // A finding's introduction whose list goes on in lower case is one statement with its bullets; a
      // lesson's or a recommendation's heads each of its bullets (listLead).
      if (kind === 'FINDING' && lowerList && block.text.split(/\s+/).length >= 8) {
        const item = open(kind, null, block, 'paragraph', null);
        addPart(item, block);
      } else if (kind === 'FINDING' && block.text.split(/\s+/).length >= 8 && cutIntoBullets(block.text, blocks, own, position + 1)) {
        // "Projects have contributed to:" then "- Assisting partners …;" "- Increasing …; and": a finding's
        // sentence cut into bullets is one finding, its lead-in and every bullet.
        const item = open(kind, null, block, 'paragraph', null);
        addPart(item, block);
        position = takeList(item, blocks, own, position + 1);
      } else state.current = null;
      continue;
    }
    if (isEvaluationTitle(block) && !block.recordTitle) continue;
    // A lesson database's record title, however long: the title of the record's text under it, which opens an item.
    if (block.recordTitle) {
      pendingTitle = { text: block.text, start: block.start };
      state.current = null;
      continue;
    }
    // A paragraph whose last sentence announces the list under it as of another kind ("… Otras lecciones … se resaltan a
    // continuación:"): an item of its own, and the list's items of the kind it announces.
    const announcedList = announcedOverList(block.text, blocks[own[position + 1] ?? -1]);
    if (announcedList && announcedList !== kind) {
      const item = open(kind, null, block, 'paragraph', null);
      addPart(item, block);
      listOverride = announcedList;
      continue;
    }
    if (isTitleLine(block)) {
      pendingTitle = { text: block.text, start: block.start };
      continue;
    }
    // "Country Director: Amina Souley Date: 12 November 2018", "Cleared by: …": who signed the document, not an insight.
    if (block.kind === 'key-value' && block.key && (isRolePhrase(block.key) || SIGN_OFF.test(foldForMatch(block.key)))) {
      state.current = null;
      continue;
    }
    // "L'intégration du travail des enfants: Une contribution ...": a run-in title and its text.
    // "Planned End Date: 12/2011", "Status: Completed" (a registry's page, one field a line): a form's field with a
    // date, a figure or a word or two, no item.
    if (
      block.kind === 'key-value' &&
      block.key &&
      block.value &&
      (isFieldValue(block.value, amongFields(blocks, own, position)) || TITLE_FIELD.test(foldForMatch(block.key)))
    )
      continue;
    if (block.kind === 'key-value' && block.key && block.value && block.key.split(/\s+/).length <= 10 && !partField(block.key)) {
      const item = open(kind, block.key, block, 'lead', null);
      addPart(item, block, block.value);
      continue;
    }
    const item = open(kind, block.lead ?? null, block, isList ? 'list' : 'paragraph', null);
    addPart(item, block, block.lead ? stripLead(block.text, block.lead) : block.text);
  }
}

/** A field of a document's form that the metadata reads ("Project title", « Titre du projet », "País"): no item's title. */
function isFormField(key: string): boolean {
  const label = classifyLabel(key);
  return label !== null && !label.weak;
}

/** An item opened by its label alone ("1. Recommendation:"), its text still to come. */
function awaitsText(item: DraftItem | null): item is DraftItem {
  return item !== null && item.origin === 'label' && item.parts.length === 0 && !item.headline;
}

/** The first paragraph under a label alone, "To the Government: Affirm …" or "Procurement: Simplify …". */
function readTextUnderLabel(item: DraftItem, block: OutlineBlock): void {
  const addressee = item.kind === 'RECOMMENDATION' && block.key && block.value ? addresseeTitle(block.key) : null;
  if (addressee) {
    addField(item, 'addressee', addressee);
    addPart(item, block, block.value);
  } else addPart(item, block);
}

/**
 * A lead-in whose sentence goes on in the list under it: it ends on a word that needs what follows
 * ("have contributed to:", "in such areas as:", "including:", « notamment : », "como:"), not on
 * "the following:" or "are:".
 */
const LEAD_IN_GOES_ON =
  /(?<![\p{L}])(?:to|in|into|by|for|with|that|on|of|as|from|through|including|include|includes|namely|à|a|de|des|du|pour|par|en|que|comme|notamment|sur|avec|dont|para|por|con|como|sobre|incluyendo|entre)\s*:\s*$/iu;

/**
 * The list from `from` on is one sentence cut into bullets after `lead`: the lead-in goes on in it,
 * every item but the last ends with ";" or ", and" / "; or" (in the three languages), and the items
 * are short phrases, not points of several sentences.
 */
function cutIntoBullets(lead: string, blocks: readonly OutlineBlock[], own: readonly number[], from: number): boolean {
  if (!LEAD_IN_GOES_ON.test(lead)) return false;
  const items: OutlineBlock[] = [];
  for (let at = from; at < own.length && blocks[own[at]!]!.kind === 'list-item'; at += 1) items.push(blocks[own[at]!]!);
  if (items.length < 2) return false;
  const continues = (block: OutlineBlock) => /(?:;|[;,]\s+(?:and|or|et|ou|y|o|e))$/u.test(block.text.trim());
  // Bullets of several sentences, or long ones, are points of their own even when punctuated as one sentence.
  const words = items.reduce((sum, block) => sum + block.text.split(/\s+/).length, 0);
  const sentences = items.some((block) => /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(block.text));
  return items.slice(0, -1).every(continues) && !sentences && words / items.length <= 25;
}

/** Adds the list items from `from` on to `item`; returns the position of the last one. */
function takeList(item: DraftItem, blocks: readonly OutlineBlock[], own: readonly number[], from: number): number {
  let position = from;
  for (; position < own.length && blocks[own[position]!]!.kind === 'list-item'; position += 1) addPart(item, blocks[own[position]!]!);
  return position - 1;
}

/**
 * "1. Recommendation: El proyecto …", "Recommendation: …": a label without a number of its own (a list's
 * marker numbers it), as a registry's export of recommendations and their responses writes them.
 */
function unnumberedLabel(block: OutlineBlock): ItemLabel | null {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item' && block.kind !== 'key-value') return null;
  const match =
    /^(?:\*\*)?\s*(recommendation|recommandation|recomendaci[óo]n|lesson learned|le[çc]on apprise|lecci[óo]n aprendida)\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*([\s\S]*)$/iu.exec(
      block.text.trim(),
    );
  if (!match) return trailingLessonLabel(block);
  const kind: InsightKind = /^rec/i.test(match[1]!) ? 'RECOMMENDATION' : 'LESSON_LEARNED';
  const number = /^\d{1,2}/.exec(block.marker ?? '')?.[0] ?? '';
  // "1. Recommendation:" alone, its text in the paragraphs under it: a label only where the list's marker numbers it.
  if (!match[2] && !number) return null;
  return { kind, label: match[1]!, number, rest: match[2]!, parts: [] };
}

/**
 * "Realistic timelines are needed; two years of follow-up is too short … Lesson Learned": the label set after its
 * lesson or beside it (MCC's evaluation briefs print it in a sidebar or a table's column that a text dump puts after
 * the text), the paragraph's last words after a full sentence. Only the singular label ("Lesson Learned", "Key
 * Lesson", « Leçon apprise », "Lección aprendida"): "… Lessons Learned" at a paragraph's end is rather the heading of
 * the lessons under it, set with no blank line.
 */
function trailingLessonLabel(block: OutlineBlock): ItemLabel | null {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return null;
  const match = /^([\s\S]{40,}?[.!?;]["”’)]?)\s+(?:\*\*)?(lesson learned|key lesson|le[çc]on apprise|lecci[óo]n aprendida)(?:\*\*)?\s*:?$/iu.exec(
    block.text.trim(),
  );
  if (!match) return null;
  return { kind: 'LESSON_LEARNED', label: match[2]!, number: '', rest: match[1]!, parts: [], trailing: true };
}

/** Who answers for the management: management, the direction, the ministry, an agency's acronym. */
const RESPONDENT =
  /^(?:(?:[Tt]he\s+)?(?:[Mm]anagement|[Ss]enior management|department|ministry|programme|program|agency|office|unit|branch|country office|[A-Z][A-Z-]{1,10})|[Ll]a\s+(?:direction|gestion|gerencia|administraci[oó]n|direcci[oó]n|haute direction)|[Ll]e\s+(?:minist[eè]re|programme|bureau|d[ée]partement)|[Ee]l\s+(?:ministerio|programa)|[A-Z][A-Z-]{1,10})\s/u;

/** The management's stance in the present tense (folded): "agrees", "partially accepts", « souscrit », « est d'accord », "acepta". */
const PRESENT_STANCE =
  /\b(?:agrees?|accepts?|concurs?|endorses?|supports?|disagrees?|rejects?|takes note|notes|souscri(?:t|vent)|accepte(?:nt)?|approuve(?:nt)?|(?:est|sont) (?:pleinement |partiellement )?d'accord|rejette(?:nt)?|prend(?:nent)? note|acepta(?:n)?|(?:esta|estan) (?:plenamente |parcialmente )?de acuerdo|rechaza(?:n)?|suscribe(?:n)?|toma(?:n)? nota|respalda(?:n)?|apoya(?:n)?)\b/;

/** The stance told in the past on this very recommendation ("Management agreed with this recommendation."). */
const PAST_STANCE = /\b(?:agreed|accepted|endorsed|supported|concurred|rejected)\s+(?:with\s+)?(?:this|the)\s+recommendation\b/;

/** A stance told of another review's recommendations (folded): "accepted a similar recommendation after the 2018 evaluation". */
const EARLIER_STANCE = /\b(?:similar|mid-?term|audit|previous|earlier|prior|(?:19|20)\d{2})\b/;

/**
 * A first sentence that states the management's stance on the recommendation ("Management agrees with this
 * recommendation.", « La direction souscrit à cette recommandation. », "La gerencia acepta la recomendación."): its
 * decision, and what the paragraph says after it.
 */
function managementStance(text: string): { decision: string; rest: string } | null {
  const trimmed = text.trim();
  const first = /^[^.!?]{10,200}[.!?](?=\s|$)/.exec(trimmed)?.[0];
  if (!first || first.split(/\s+/).length > 20 || !RESPONDENT.test(first)) return null;
  if (!/\b(?:recommendations?|recommandations?|recomendaci(?:ón|on|ones))\b/iu.test(first)) return null;
  const folded = foldForMatch(first);
  // A stance taken now on this recommendation, not a past one told ("UNICEF accepted a similar recommendation after
  // the 2018 evaluation", "UNDP should implement the recommendations accepted after the audit").
  const stance = PRESENT_STANCE.exec(folded) ?? PAST_STANCE.exec(folded);
  if (!stance || MODAL_VERB.test(folded.slice(0, stance.index))) return null;
  if (!PRESENT_STANCE.test(folded) && EARLIER_STANCE.test(folded.slice(stance.index))) return null;
  const decided = parseDecision(folded) ?? (/\bsouscri(?:t|vent)\b|\bsuscribe\b|\bendorses?\b/.test(folded) ? 'ACCEPTED' : null);
  if (!decided) return null;
  return { decision: decided === 'ACCEPTED' && !parseDecision(folded) ? 'Accepted' : first, rest: trimmed.slice(first.length).trim() };
}

/**
 * A response matrix flattened to text runs each row's cells together: the recommendation, then the management's stance
 * and its response ("1. It is recommended that the Assistant Deputy Minister … develop a departmental policy. Management
 * agrees with this recommendation." over the planned actions, a Government of Canada action plan copied as text). The
 * stance, a sentence after the recommendation's own, ends the statement: it is the decision, and what follows it, in
 * its paragraph and the ones after it, is the response.
 */
/** "this recommendation", « cette recommandation », "esta recomendación" (folded): the one the row states. */
const ONE_RECOMMENDATION = /\b(?:this|the) recommendation\b|\b(?:cette|la) recommandation\b|\b(?:esta|la) recomendacion\b/;

function answerRunOnStance(item: DraftItem): void {
  if (item.kind !== 'RECOMMENDATION' || item.fields.decision || item.fields.response) return;
  for (let index = 0; index < item.parts.length; index += 1) {
    const part = item.parts[index]!;
    for (const boundary of part.text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) {
      const at = boundary.index + boundary[0].length;
      const stance = managementStance(part.text.slice(at));
      // The stance on this very recommendation, not an overall one ("Management accepts six of the seven recommendations").
      if (!stance || !ONE_RECOMMENDATION.test(foldForMatch(part.text.slice(at, at + 200)))) continue;
      const later = item.parts.slice(index + 1);
      item.parts = [...item.parts.slice(0, index), { ...part, text: part.text.slice(0, at).trim(), end: part.start + at }];
      addField(item, 'decision', stance.decision);
      for (const response of [stance.rest, ...later.map((next) => next.text)]) if (response.trim()) addField(item, 'response', response);
      return;
    }
  }
}

/** "Recommendation 1", "recommendations 2 and 4", « la recommandation n° 3 », "las recomendaciones 1, 2 y 5": the numbers named. */
const NAMED_RECOMMENDATIONS =
  /(?<![\p{L}])(?:recommendations?|recommandations?|recomendaci(?:ón|on|ones))\s+(?:n[°ºo]\.?\s*|#)?(\d{1,2}(?:\s*(?:,|and|et|y|&)\s*\d{1,2})*)(?!\d)/iu;

/**
 * A management's answers written as prose, several in one paragraph ("The Secretariat agrees with Recommendation 1
 * and will … The Secretariat partially agrees with Recommendation 2: … Management does not agree with
 * Recommendation 3, as …"): each sentence that takes a stance on recommendations it names by number opens their
 * answer, and the sentences after it, up to the next such sentence, go on with it. What comes before the first
 * (thanks, an overall view) answers none. Empty when no sentence takes a stance on a numbered recommendation.
 */
function proseAnswers(text: string): Array<{ numbers: string[]; label: string; decision: string; response: string }> {
  const sentences = text.trim().split(/(?<=[.!?;])\s+(?=[\p{Lu}«"“])/u);
  const answers: Array<{ numbers: string[]; label: string; decision: string; response: string[] }> = [];
  for (const sentence of sentences) {
    const named = NAMED_RECOMMENDATIONS.exec(sentence);
    const folded = foldForMatch(sentence);
    const stance = named ? (PRESENT_STANCE.exec(folded) ?? /\b(?:agreed|accepted|endorsed|supported|concurred|rejected)\b/.exec(folded)) : null;
    // Not a stance told of another review's recommendation ("Recommendation 2 of the 2019 audit was accepted").
    const told = stance !== null && !PRESENT_STANCE.test(folded) && EARLIER_STANCE.test(folded);
    const decision = stance && !told && !MODAL_VERB.test(folded.slice(0, stance.index)) ? parseDecision(sentence) : null;
    if (named && decision) {
      const word = named[0].split(/\s+/)[0]!.replace(/(?:ones|s)$/i, (ending) => (/^ones$/i.test(ending) ? 'ón' : ''));
      answers.push({
        numbers: named[1]!.split(/\s*(?:,|and|et|y|&)\s*/).filter(Boolean),
        label: word.charAt(0).toUpperCase() + word.slice(1),
        decision: DECISION_WORDS[decision],
        response: [sentence],
      });
    } else if (answers.length > 0) answers[answers.length - 1]!.response.push(sentence);
  }
  return answers.map((answer) => ({ ...answer, response: answer.response.join(' ') }));
}

const DECISION_WORDS = { ACCEPTED: 'Accepted', PARTIALLY_ACCEPTED: 'Partially accepted', REJECTED: 'Rejected', NOTED: 'Noted' } as const;

/** A paragraph whose first sentence is only a decision: "Agreed. …", "Partially accepted: …", « Rejetée. … », "Aceptada. …". */
function opensWithDecision(text: string): boolean {
  const first = /^([^.:;]{3,40})[.:;]\s+\S/.exec(text.trim());
  return first !== null && isDecisionLine(first[1]!);
}

/**
 * One cell of a flattened response matrix, in the column order the agencies' templates share (comment,
 * key actions, responsible unit, deadline, further funding): a deadline is a short date, a bare "Y"/"N"
 * (further funding required) or a dash says nothing, the first text is the comment, the next the actions,
 * and a short name after them the unit responsible.
 */
function readResponseCell(item: DraftItem, text: string): void {
  const clean = text.trim();
  // "None." in the actions column of a rejected recommendation: the column is filled, with nothing.
  if (/^(?:none|aucune?|ningun[ao]|n\/?a)\.?$/i.test(clean) && item.fields.response && !('keyActions' in item.fields)) {
    item.fields.keyActions = '';
    return;
  }
  if (!clean || /^(?:[-–—]+|[yn]|yes|no|oui|non|s[ií]|none|aucune?|ningun[ao]|n\/?a)\.?(?:\s+[-–—yn])?$/i.test(clean)) return;
  const words = clean.split(/\s+/).length;
  if (words <= 6 && parseYearMonth(clean)) addField(item, 'when', clean);
  else if (!item.fields.response) addField(item, 'response', clean);
  else if (!('keyActions' in item.fields) && restatesDecision(item, clean)) addField(item, 'response', leadingDecision(clean)!.rest);
  else if (!('keyActions' in item.fields)) addField(item, 'keyActions', clean);
  else if (words <= 10 && !/[.;]$/.test(clean) && !item.fields.who) addField(item, 'who', clean);
  else addField(item, 'keyActions', clean);
}

/**
 * A cell that opens with the decision the response already gave, on a line of its own ("Partially accepted" /
 * "Targeted supplementary feeding will …", the matrix's second response row): more of the comment, not the actions.
 */
function restatesDecision(item: DraftItem, text: string): boolean {
  const decision = item.fields.decision ? parseDecision(item.fields.decision) : null;
  return decision !== null && leadingDecision(text)?.decision === decision;
}

/** The next block explains a title: running text rather than another item or heading. */
function isExplanation(block: OutlineBlock): boolean {
  return (block.kind === 'paragraph' || block.kind === 'list-item') && !itemLabel(block.text);
}

/** A short label and its colon opening a point, in plain text: up to six words, none a figure or a bracket. */
const PLAIN_LABEL = /^(\p{Lu}[^:;.!?()\d\n]{2,70}?)\s*:\s+(?=\S)/u;
/** The label of the sentence that announces a list, not a point's ("The main findings are the following:"). */
const ANNOUNCING = /\b(?:following|include|includes|are|is|were|was|should|must|suivantes?|sont|est|doit|devrait|siguientes?|son|es|debe|deber[ií]a)\b/i;
/** "À Enabel :", "To the partners:", "Al Ministerio:": whom the point is addressed to (not "A corto plazo:", a time). */
const TO_PARTY = /^(?:to|à|au|aux|al|a)\s+(?!(?:corto|mediano|medio|largo|court|moyen|long|short|medium)\b)/i;
/** Words that a label's six may hold, and that the text after it needs at least, to be a point with a title. */
const LABEL_WORDS = 6;

/**
 * "Procedimientos y arreglos institucionales: los procedimientos …", "Ownership: partners who …": a point that opens
 * with a short plain label and its colon; the label is the point's headline (a bold one is read by the outline). Not a
 * party ("UNDP:", "To the Ministry:"), a field ("Responsible: …"), an item's label ("Recommendation 2: …") or a
 * sentence that announces ("The main lessons are: …").
 */
function plainLabelLead(text: string): string | null {
  const match = PLAIN_LABEL.exec(text);
  if (!match) return null;
  const label = match[1]!.trim();
  if (label.split(/\s+/).length > LABEL_WORDS || text.slice(match[0].length).split(/\s+/).length < LABEL_WORDS) return null;
  if (
    ANNOUNCING.test(label) ||
    TO_PARTY.test(label) ||
    namesParty(label) ||
    addresseeTitle(label) !== null ||
    partField(label) !== null ||
    kindOfLabel(label) !== null
  )
    return null;
  return itemLabel(label) === null ? label : null;
}

function stripLead(text: string, lead: string): string {
  const at = text.indexOf(lead);
  if (at === -1) return text;
  return text
    .slice(at + lead.length)
    .replace(/^[\s:.–—-]+/, '')
    .trim();
}

/**
 * The kind of insight a form's prompt asks for ("What are the top key insights you generated ...?",
 * "¿Cuáles fueron los principales aprendizajes?", "Quelles leçons ...?"), or null when it asks for
 * something else (the handover, the data used, the partners).
 */
function promptKind(text: string): InsightKind | null {
  // "Please paste the link(s) to the blog(s) that articulate the learnings": asks for a link, not a lesson.
  if (/\b(?:paste|link\(?s?\)?|url|upload|attach|select all|how much of your time|percentage|name of the partner|colle[rz]|lien|enlace|pegue)\b/i.test(text))
    return null;
  const announced = kindAnnounced(text);
  if (announced) return announced;
  const folded = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (/\b(?:insights?|learnings|what (?:did|have) (?:you|we) learn|enseignements?|apprentissages|qu'avez-vous appris|aprendizajes|que aprendi)/.test(folded))
    return 'LESSON_LEARNED';
  if (/\b(?:findings?|constats?|hallazgos?)\b/.test(folded)) return 'FINDING';
  return null;
}

/**
 * An introduction that recommends what its list says: its subject recommends ("The evaluation team
 * recommends:", « Nous recommandons de : », "Se recomienda:"), or it ends on a modal ("To last, the
 * project should:", « Il faudrait : », "Las instituciones deberían:").
 */
const RECOMMENDS_WHAT_FOLLOWS =
  /(?:^(?:we|the (?:evaluation|evaluators?|evaluation team|team|report)|this evaluation|nous|l['’](?:évaluation|équipe(?: d['’]évaluation)?)|les évaluateurs|el equipo(?: evaluador| de evaluación)?|la evaluación|se)\s+(?:\p{L}+\s+)?(?:recommends?|recommandons|recommande(?:nt)?|recomienda(?:n)?|recomendamos|sugiere|sugerimos)\b[^:]{0,80}|(?<![\p{L}])(?:should|must|ought to|il faudrait|il conviendrait|devrai(?:t|ent)|deber[ií]an?)\s*(?:notamment|en particulier|in particular)?\s*):\s*$/iu;

/**
 * A lead-in that only announces the list under it ("The main lessons are:", « Les leçons suivantes se
 * dégagent de l'évaluation : », "Las lecciones más importantes son:"): no headline for its items.
 */
function onlyAnnounces(text: string): boolean {
  return (
    kindAnnounced(text) !== null ||
    /(?<![\p{L}])(?:are|is|include|includes|included|following|follows|son|es|incluyen|siguientes|sont|est|comprennent|suivant(?:e|s|es)?)\s*:\s*$/iu.test(text)
  );
}

/** The kind an introduction announces ("... the following lessons learned:", "Nos recommandations sont :"), or null. */
function kindAnnounced(text: string): InsightKind | null {
  const folded = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (/\b(?:lessons?(?:[- ]learn(?:ed|t))?|lecons?(?: apprises| tirees)?|lecciones(?: aprendidas)?)\b/.test(folded)) return 'LESSON_LEARNED';
  if (/\b(?:good practices?|best practices?|bonnes pratiques|buenas practicas)\b/.test(folded)) return 'GOOD_PRACTICE';
  if (/\b(?:recommendations?|recommandations?|recomendaciones)\b/.test(folded)) return 'RECOMMENDATION';
  return null;
}

/** The most words of a sentence that announces the list under it. */
const ANNOUNCING_WORDS = 30;

/**
 * The one kind the last sentence of a paragraph announces for the list right under it ("Otras lecciones … se resaltan a
 * continuación:"), or null: no list follows, the sentence does not end on a colon, or it names two kinds ("Based on the
 * lessons, we recommend:").
 */
function announcedOverList(text: string, next: OutlineBlock | undefined): InsightKind | null {
  if (next?.kind !== 'list-item' || !/:\s*$/.test(text)) return null;
  const sentence = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop()!;
  if (sentence.split(/\s+/).length > ANNOUNCING_WORDS) return null;
  const kind = kindAnnounced(sentence);
  const folded = foldForMatch(sentence);
  const kinds = [
    /\b(?:lessons?|lecons?|lecciones|enseignements?|aprendizajes?)\b/,
    /\b(?:good practices?|best practices?|bonnes pratiques|buenas practicas)\b/,
    /\b(?:recommend\w*|recommand\w*|recomend\w*)\b/,
    /\b(?:findings?|constats?|hallazgos?|conclusions?|conclusiones)\b/,
  ].filter((pattern) => pattern.test(folded)).length;
  return kinds === 1 ? kind : null;
}

/** The kind a short label names ("Lesson learned", "Recommendation", "Bonne pratique"). */
function kindOfLabel(label: string): InsightKind | null {
  const folded = label.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').trim();
  if (
    /^(?:key |main |major |other )?(?:lessons?[- ]learn(?:ed|t)|lessons?|lecons? apprises?|lecciones? aprendidas?|leccion aprendida)(?:\s*(?:n[o°º]\.?\s*)?\d{1,2})?$/.test(
      folded,
    )
  )
    return 'LESSON_LEARNED';
  if (/^(?:key |main |emerging )?(?:good|best) practices?(?:\s*\d{1,2})?$|^bonnes? pratiques?(?:\s*\d{1,2})?$|^buenas? practicas?(?:\s*\d{1,2})?$/.test(folded))
    return 'GOOD_PRACTICE';
  if (/^(?:key |main )?(?:recommendations?|recommandations?|recomendaci(?:on|ones))(?:\s*(?:n[o°º]\.?\s*)?\d{1,2})?$/.test(folded)) return 'RECOMMENDATION';
  if (/^(?:key |main )?(?:findings?|constats?|constatations?|hallazgos?)(?:\s*\d{1,2})?$/.test(folded)) return 'FINDING';
  return null;
}

/**
 * Labels of what explains the item above them (folded): UNEP's "Context/comment" under a lesson and "Challenge/problem to
 * be addressed by the recommendation", a "Rationale" or « Justification ». Not "Context" alone, which may open the next item.
 */
const EXPLANATION_LABEL =
  /^(?:context\s*\/\s*comments?|comments?|commentaires?|comentarios?|rationale|justification|justificacion|explanation|explication|explicacion|challenge\s*\/\s*problem\b.*|(?:problem|issue) (?:to be )?addressed\b.*|probleme (?:a resoudre|identifie)|problema (?:identificado|a resolver))$/;

/** A heading that is only a response's label: "Management response", « Réponse de la direction », "Respuesta de la gerencia". */
function isBareResponse(section: Section, heading: OutlineBlock): boolean {
  return isBareResponseTitle(section.named?.title ?? heading.text);
}

/**
 * The item's section lets a response heading answer it: the section right above ("### Recommendation 1" over
 * "#### Management response"), or, for a label read under the previous response, that response's section.
 */
function answersFrom(owner: Section, section: Section): boolean {
  return owner === section.parent || (owner.parent === section.parent && isBareResponseTitle(owner.named?.title ?? ''));
}

/** "Management response", « Réponse de la direction :», in five words at most: a response's label and nothing more. */
function isBareResponseTitle(text: string): boolean {
  const title = text.replace(/[\s:.]+$/, '');
  return title !== '' && title.split(/\s+/).length <= 5 && partField(title) === 'response';
}

/**
 * The paragraphs under a bare response heading are the current recommendation's response; an item's label ends
 * them ("**Recommendation 2**" set as a paragraph under the heading), and what follows is read as the section's items.
 */
function readResponseUnder(section: Section, outline: Outline, state: WalkState, kinds: readonly SectionKind[]): void {
  const item = state.current!;
  let taken = 0;
  for (const index of section.blocks) {
    const block = outline.blocks[index]!;
    if (block.kind !== 'footnote') {
      if (block.kind === 'heading' || block.kind === 'table-row' || itemLabel(block.text) || unnumberedLabel(block)) break;
      // "Description:", "Management Response Category: Accepted", "Thematic Area: …" (a registry's record printed to
      // PDF): the record's next fields, read as such after the response.
      if (taken > 0 && (labelledPart(block) !== null || recordFieldLabel(block) !== null)) break;
      addField(item, block.kind === 'list-item' ? 'keyActions' : 'response', block.text);
      item.end = Math.max(item.end, block.end);
    }
    taken += 1;
  }
  if (taken < section.blocks.length) readBody(section, outline, state, kinds, 'explicit', taken);
}

/** "Evaluation Title: …", « Titre de l'évaluation : … », "Título del proyecto: …" (folded): the document's title as a field. */
const TITLE_FIELD =
  /^(?:(?:evaluation|project|programme|program|report|document)\s+)?(?:title|name)$|^(?:titre|intitule|nom)(?:\s+(?:de l'|du |de la )\s*(?:evaluation|projet|programme|rapport))?$|^(?:titulo|nombre)(?:\s+(?:de la evaluacion|del proyecto|del programa|del informe))?$/;

/** The most words of a form field's value that no item's text is that short: "Others", "Sao Tome and Principe". */
const FIELD_VALUE_WORDS = 3;

/** Among other fields (the line above or below one too), a value of a few words ("2007-2011, Sao Tome and Principe"). */
const LISTED_FIELD_VALUE_WORDS = 8;

/**
 * "12/2011", "20,000", "Completed", "No": a form field's value, too short to be an item's text; among other field lines,
 * a phrase without a stop too.
 */
function isFieldValue(value: string, amongOthers: boolean): boolean {
  const words = value.trim().split(/\s+/).length;
  return words <= (amongOthers ? LISTED_FIELD_VALUE_WORDS : FIELD_VALUE_WORDS) && !/[.!?]$/.test(value.trim());
}

/** The block at `position` of a section's own blocks has a key-value line right above or below it. */
function amongFields(blocks: readonly OutlineBlock[], own: readonly number[], position: number): boolean {
  return [own[position - 1], own[position + 1]].some((index) => index !== undefined && blocks[index]!.kind === 'key-value');
}

/**
 * A section named for the management response only (the page's heading "Management Response", UN Women's GATE) whose
 * own text answers nothing: paragraphs of running text with no item label, no response or decision label, no table and
 * no sub-section. What the management says there in general (its "overall comments") restates what the evaluation
 * found; recommendations it would answer are labelled.
 */
function overallComments(section: Section, outline: Outline, named: readonly SectionKind[]): boolean {
  if (named.length === 0 || named.some((kind) => kind !== 'management-response') || section.children.length > 0 || section.heading < 0) return false;
  if (!isBareResponse(section, outline.blocks[section.heading]!)) return false;
  // The whole page answers nothing and names no items: no table, no heading of items, no item label, no bold title, no
  // labelled part and no decision anywhere in it.
  const answersSomething = outline.blocks.some((block) =>
    block.kind === 'heading'
      ? classifyHeading(block.text).kinds.some((kind) => kind !== 'management-response' && KIND_OF_SECTION[kind] !== undefined)
      : block.kind === 'table-row' ||
        (block.kind !== 'footnote' &&
          (block.bold ||
            Boolean(block.lead) ||
            itemLabel(block.text) !== null ||
            unnumberedLabel(block) !== null ||
            labelledPart(block) !== null ||
            isDecisionLine(block.text) ||
            opensWithDecision(block.text) ||
            managementStance(block.text) !== null)),
  );
  return !answersSomething && section.blocks.some((index) => outline.blocks[index]!.kind === 'paragraph' && !outline.blocks[index]!.quote);
}

/** The item has its management's answer: a response or a decision. */
function answered(item: DraftItem): boolean {
  return item.fields.response !== undefined || item.fields.decision !== undefined;
}

/** The most words of a record's field label ("Management Response Category", "Organizational Priorities"). */
const RECORD_FIELD_WORDS = 5;
/** The most words of a record field's value ("Leadership and political participation (SPs before 2018)"). */
const RECORD_VALUE_WORDS = 10;

/**
 * A record's field after the item's answer, one the item has no part for ("Thematic Area: Not applicable", "UNEG
 * Criteria: Effectiveness", "Description:" left empty): dropped. A filled "Description: …" is the recommendation
 * stated at length (GATE's "Recommendation:" field holds its short title): the item's text, its label's text the headline.
 */
function recordFieldAfterAnswer(item: DraftItem, block: OutlineBlock): boolean {
  const field = recordFieldLabel(block);
  if (field === null) return false;
  const part = partField(field.key);
  if (part === 'description' && field.value) {
    const first = item.parts[0];
    if (!item.headline && item.parts.length === 1 && first && first.text.split(/\s+/).length <= RECORD_FIELD_WORDS * 3 && !/[.;]$/.test(first.text)) {
      item.headline = first.text;
      item.parts = [];
    }
    addPart(item, block, field.value);
    return true;
  }
  // A field's value is a word or a category; a run-in title over a sentence ("Data systems: Invest in …") is the next item.
  return part === 'description' || (part === null && field.value.split(/\s+/).length <= RECORD_VALUE_WORDS && !/[.!?]$/.test(field.value));
}

/** "Thematic Area: Not applicable" (a key-value line) or "Description:" alone: a record field's label and value. */
function recordFieldLabel(block: OutlineBlock): { key: string; value: string } | null {
  if (block.kind === 'key-value' && block.key && !block.quote) {
    if (block.key.split(/\s+/).length > RECORD_FIELD_WORDS || !/^\p{Lu}/u.test(block.key) || itemLabel(block.text) || unnumberedLabel(block)) return null;
    return { key: block.key, value: block.value ?? '' };
  }
  const bare = /^(\p{Lu}[^:]{1,60}):$/u.exec(block.kind === 'paragraph' ? block.text.trim() : '');
  if (bare && bare[1]!.split(/\s+/).length <= RECORD_FIELD_WORDS) return { key: bare[1]!, value: '' };
  return null;
}

/** A labelled part of the item above: "Responsible: X" (key-value), "Key actions:" alone, "**Response:** ...". */
function labelledPart(block: OutlineBlock): { field: PartField; value: string } | null {
  if (block.kind === 'key-value' && block.key) {
    // "Management response cleared by: Country Director …": who signed the document off, not a response.
    if (
      /\b(?:cleared|prepared|approved|signed|submitted|reviewed|endorsed|valid[ée]e?|approuv[ée]e?|sign[ée]e?|aprobad[ao]|firmad[ao]) (?:by|par|por)$/i.test(
        block.key.trim(),
      )
    )
      return null;
    const field = partField(block.key);
    if (field && ATTACHED_PARTS.has(field)) return { field, value: block.value ?? '' };
    return null;
  }
  // "Key actions:" alone, or a bold label alone without its colon ("**Management response**" over the response's paragraphs),
  // or "Key Actions" alone over the actions' table (a registry's page copied as text).
  if ((block.kind === 'paragraph' || block.kind === 'list-item') && block.text.length <= 60 && wholePartField(block.text) === 'keyActions')
    return { field: 'keyActions', value: '' };
  if ((block.kind === 'paragraph' || block.kind === 'list-item') && (/:\s*$/.test(block.text) || block.bold) && block.text.length <= 60) {
    const field = partField(block.text.replace(/:\s*$/, ''));
    if (field && ATTACHED_PARTS.has(field)) return { field, value: '' };
  }
  return null;
}

/**
 * A section whose heading names items of another kind than a matrix's ("Lecciones aprendidas" after a table of
 * recommendations): a table in it starts anew. A row-group label read as a heading ("Debilidad o Amenaza") does not.
 */
function namesOtherItems(section: Section, columns: ReadonlyArray<PartField | null>): boolean {
  const named = section.named?.kinds ?? [];
  if (columns.includes('recommendation')) return named.some((kind) => kind === 'lessons' || kind === 'good-practices');
  if (columns.includes('lesson')) return named.some((kind) => kind === 'recommendations' || kind === 'good-practices' || kind === 'management-response');
  return false;
}

/** The number an item cell opens with ("1.", "2)", "R3:", "Recommendation 4 –") and the text after it. */
function matrixNumber(text: string, kind: InsightKind): { number: string; rest: string } | null {
  const label = itemLabel(text);
  if (label && label.kind === kind) return { number: label.number, rest: label.rest };
  const plain = /^(\d{1,2}(?:\.\d{1,2})?)[.)]\s+(?=\S)/.exec(text);
  if (plain) return { number: plain[1]!, rest: text.slice(plain[0].length) };
  // "1" alone in a response matrix's first column: the recommendation it answers.
  const bare = /^(\d{1,2})[.)]?$/.exec(text.trim());
  return bare ? { number: bare[1]!, rest: '' } : null;
}

/**
 * A part's value cut where another labelled part begins on the same line, after a dash, a semicolon, a full stop, a
 * bar or only spaces (columns laid out with spaces: "Responsable: MTPS   Prioridad: Alta   Plazo: 6 meses").
 */
function splitParts(part: { field: PartField; value: string }): Array<{ field: PartField; value: string }> {
  const parts: Array<{ field: PartField; value: string }> = [];
  let current = part;
  for (let next = nextPart(current.value); next; next = nextPart(current.value)) {
    parts.push({
      field: current.field,
      value: current.value
        .slice(0, next.start)
        .replace(/[\s–—|;.,-]+$/, '')
        .trim(),
    });
    current = { field: next.field, value: current.value.slice(next.end).trim() };
  }
  parts.push(current);
  return parts;
}

/** The first labelled part inside a value ("… Prioridad: Alta", "… – Échéance : juin 2023"): where its label starts and its value begins. */
function nextPart(value: string): { start: number; end: number; field: PartField } | null {
  for (const colon of value.matchAll(/\s*:\s+(?=\S)/g)) {
    const words = value.slice(0, colon.index).split(' ');
    // The label is the last one to four words before the colon, with a value of its own before it: after a stop, a
    // dash, a semicolon or a bar, or a capitalised label after spaces ("MTPS Prioridad: Alta"); never a sentence's
    // own words ("will take the following actions: …", "Coordination is a priority: …").
    for (let count = Math.min(4, words.length - 1); count >= 1; count -= 1) {
      const label = words.slice(-count).join(' ');
      if (!/^\p{L}[\p{L}'’ ]*$/u.test(label)) continue;
      const before = words.slice(0, -count).join(' ').trimEnd();
      // After a comma only a part's whole name ("Responsable : BIT, échéance : juin 2024").
      const field = /[.;|–—-]$/.test(before) || /^\p{Lu}/u.test(label) ? partField(label) : /,$/.test(before) ? wholePartField(label) : null;
      if (field && ATTACHED_PARTS.has(field)) return { start: colon.index - label.length, end: colon.index + colon[0].length, field };
    }
  }
  return null;
}

/**
 * An item whose text ends on a lead-in and the points under it ("The system should:" then "- differentiate fees …;",
 * "(b) include on-the-job training …; and"): the next lower-case point after one ending on ";" or "and" is its too.
 */
function listsUnderLead(item: DraftItem): boolean {
  return item.parts.length >= 2 && item.parts.slice(0, -1).some((part) => /:\s*$/.test(part.text));
}

/** A table in a section of a kind: a matrix with named columns, or (without one) its rows' main cells as items. */
function readTable(rows: number[], section: Section, outline: Outline, state: WalkState, kinds: readonly SectionKind[], sectionTitle: string): void {
  const blocks = outline.blocks;
  // ILO lesson-learned / good-practice annex templates read as one item each.
  if (rows.some((index) => annexRow(blocks[index]!))) {
    readAnnexRows(rows, section, outline, state, sectionTitle);
    return;
  }
  // UNFPA's template: one table a recommendation, the tables one run of rows once copied.
  const stating = rows.filter((index) => statesRecommendation(blocks[index]!) !== null);
  if (stating.length > 0) {
    const opening = rows.indexOf(stating[0]!);
    if (opening > 0) readTable(rows.slice(0, opening), section, outline, state, kinds, sectionTitle);
    stating.forEach((at, n) => {
      const until = n + 1 < stating.length ? rows.indexOf(stating[n + 1]!) : rows.length;
      readRecommendationTable(rows.slice(rows.indexOf(at), until), section, outline, state, sectionTitle);
    });
    return;
  }
  let start = rows.findIndex((index) => headerColumns(blocks[index]!) !== null);
  // Within a few blocks of the last matrix (a page break, a row-group label such as "Debilidad o Amenaza"
  // read as a heading), a table without a header goes on with its columns.
  const previous =
    state.matrix &&
    !namesOtherItems(section, state.matrix.columns) &&
    rows[0]! - state.matrix.lastRow <= 12 &&
    (blocks[rows[0]!]!.cells?.length ?? 0) <= state.matrix.columns.length
      ? state.matrix.columns
      : null;
  if (start > 0 && previous) {
    // Rows before a reprinted header finish the table above it.
    readTable(rows.slice(0, start), section, outline, state, kinds, sectionTitle);
    readTable(rows.slice(start), section, outline, state, kinds, sectionTitle);
    return;
  }
  if (!previous && readRecordTable(rows, section, outline, state, sectionTitle)) return;
  if (start >= 0 || previous) {
    const matrix = start >= 0 ? readMatrix(blocks, rows.slice(start)) : readMatrix(blocks, rows, previous);
    if (matrix) {
      state.matrix = { section, columns: matrix.columns, lastRow: rows[rows.length - 1]! };
      const challenges = statesChallenges(blocks[matrix.header]!, matrix.columns);
      // A management response's action plan with a conclusions column (Government of Canada: "Conclusions |
      // Recommendation | Management response | Action plan | Responsible manager | Planned completion date"): the
      // conclusion each recommendation answers is stated there in full, often nowhere else in the document.
      const answered = matrix.columns.includes('decision') || matrix.columns.includes('response');
      const findings = challenges || answered || kinds.some((kind) => KIND_OF_SECTION[kind] === 'FINDING');
      for (const row of matrix.items) {
        // A strengths/weaknesses table: the finding a row states is an insight of its own, beside its recommendation.
        // A column of challenges states them however short.
        const finding = row.parts.finding;
        if (findings && finding && finding.length >= (challenges ? 20 : 40)) {
          const titled = flattenedTitle(finding);
          const stated = newItem('FINDING', titled?.title ?? null, sectionTitle, section, row.start, row.end, 'matrix', null);
          stated.parts.push({ text: titled?.rest ?? finding, start: row.start, end: row.end });
          state.items.push(stated);
        }
        if (!row.text) continue;
        // "1. The Ministry should …", "Recomendación 2" (a response matrix that points at the recommendation by its number).
        const numbered = matrixNumber(row.text, row.kind);
        const stated = numbered?.rest || row.text;
        // "Lesson learned | Description": the item's short title beside the text that states it.
        const { description } = row.parts;
        const titled = description !== undefined && stated.split(/\s+/).length <= 20;
        const item = newItem(row.kind, titled ? stated : null, sectionTitle, section, row.start, row.end, 'matrix', numbered?.number ?? null);
        item.parts.push({ text: titled ? description : stated, start: row.start, end: row.end });
        const siblings = siblingItems(row);
        for (const [field, value] of Object.entries(row.parts) as Array<[PartField, string]>)
          if ((field !== 'finding' || !findings) && field !== 'description' && !siblings.some((sibling) => sibling.text === value))
            addField(item, field, value);
        if (matrix.columns.includes('decision') || matrix.columns.includes('response')) item.answers = true;
        state.items.push(item);
        state.current = item;
        for (const sibling of siblings) {
          const other = newItem(sibling.kind, null, sectionTitle, section, row.start, row.end, 'matrix', null);
          other.parts.push({ text: sibling.text, start: row.start, end: row.end });
          state.items.push(other);
        }
      }
      return;
    }
  }
  // « Points forts | Points faibles », "Fortalezas | Debilidades", a SWOT table: each cell under such a header states
  // a finding of its own, whatever the section (a strength or a weakness the evaluation found, not a lesson).
  if (readStrengthsTable(rows, section, outline, state, sectionTitle)) return;
  // A label/value table (two cells) in a section of findings: each label with a long value is an item ("Relevance |
  // The project ..."). Under lessons or recommendations, a table without such columns is evidence (a distribution table).
  const kind = paragraphKind(kinds);
  if (kind !== 'FINDING') return;
  for (const index of rows) {
    const row = blocks[index]!;
    const cells = (row.cells ?? []).filter(Boolean);
    if (cells.length === 0) continue;
    const longest = cells.reduce((best, cell) => (cell.length > best.length ? cell : best), '');
    if (longest.length < 60) continue;
    const item = newItem(
      kind,
      cells.length === 2 && cells[0] !== longest && cells[0]!.length <= 120 ? cells[0]! : null,
      sectionTitle,
      section,
      row.start,
      row.end,
      'matrix',
      null,
    );
    item.parts.push({ text: longest, start: row.start, end: row.end });
    state.items.push(item);
    state.current = item;
  }
  start = -1;
}

/**
 * One recommendation's own table, as UNFPA's management-response template prints it (in Word, one table a
 * recommendation): a first row that states it with its label (« Recommandation n° 1 : Renforcer … », "Recommendation
 * 2: …"), rows of labelled answers (« Réponse de la direction : Acceptée. … »), then a header of the key actions'
 * columns (« Actions clés | Date limite | Unité(s) responsable(s) ») over one action a row. `rows` open with the row
 * that states it (statesRecommendation).
 */
function readRecommendationTable(rows: readonly number[], section: Section, outline: Outline, state: WalkState, sectionTitle: string): void {
  const blocks = outline.blocks;
  const first = blocks[rows[0]!]!;
  const label = statesRecommendation(first)!;
  const item = newItem('RECOMMENDATION', null, sectionTitle, section, first.start, blocks[rows[rows.length - 1]!]!.end, 'matrix', label.number);
  item.parts.push({ text: label.rest, start: first.start, end: first.end });
  let columns: Array<PartField | null> | null = null;
  for (const index of rows.slice(1)) {
    const cells = (blocks[index]!.cells ?? []).map((cell) => cell.trim());
    const values = cells.filter(Boolean);
    const named = cells.map((cell) => (cell ? wholePartField(cell) : null));
    if (values.length >= 2 && named.filter((field) => field !== null).length >= 2) {
      columns = named;
      continue;
    }
    const labelled = values.length === 1 ? /^([^:]{3,60}?)\s*:\s*(\S[\s\S]*)$/.exec(values[0]!) : null;
    const field = labelled ? wholePartField(labelled[1]!) : null;
    if (labelled && field) {
      const opening = /^([^.:;]{3,40})[.:;]?(?:\s+|$)/.exec(labelled[2]!);
      if ((field === 'response' || field === 'decision') && opening && isDecisionLine(opening[1]!)) addField(item, 'decision', opening[1]!);
      addField(item, field, labelled[2]!);
      continue;
    }
    if (columns) cells.forEach((cell, at) => columns![at] && addField(item, columns![at], cell.replace(/^\d{1,2}[.)]\s+/, '')));
  }
  item.answers = true;
  state.items.push(item);
  state.current = item;
}

/** A table row whose one filled cell states a recommendation with its label (« Recommandation n° 1 : Renforcer … »). */
function statesRecommendation(row: OutlineBlock): ItemLabel | null {
  const filled = (row.cells ?? []).map((cell) => cell.trim()).filter(Boolean);
  if (row.kind !== 'table-row' || (row.cells ?? []).length < 2 || filled.length !== 1) return null;
  const label = itemLabel(filled[0]!);
  return label && label.kind === 'RECOMMENDATION' && label.rest.split(/\s+/).length >= 4 ? label : null;
}

/** A short line of a date then a unit's name ("Mars 2013 ARR", "December 2021 Country office"), or null. */
function deadlineAndUnit(text: string): { when: string; who: string } | null {
  const words = text.trim().split(/\s+/);
  if (words.length > 8) return null;
  for (let cut = Math.min(3, words.length - 1); cut >= 1; cut -= 1) {
    const when = words.slice(0, cut).join(' ');
    const who = words.slice(cut).join(' ');
    if (/\b(?:19|20)\d\d$/.test(when) && parseYearMonth(when) && /^\p{Lu}/u.test(who) && !/[.!?]$/.test(who)) return { when, who };
  }
  return null;
}

/** A column title of a strengths/weaknesses (SWOT) table, folded: « Points forts », "Weaknesses", "Debilidades", « Menaces ». */
const STRENGTHS_COLUMN =
  /^(?:strengths?|weaknesses|opportunities|threats|(?:les )?points? (?:forts?|faibles?)|forces|faiblesses|opportunites|menaces|fortalezas?|debilidad(?:es)?|oportunidades|amenazas)$/;

/**
 * A table whose header names strengths, weaknesses, opportunities or threats in every column: each cell of its other
 * rows is a finding (a cell of a few words is a label, not one). False when the first row is no such header.
 */
function readStrengthsTable(rows: readonly number[], section: Section, outline: Outline, state: WalkState, sectionTitle: string): boolean {
  const header = outline.blocks[rows[0]!];
  const titles = (header?.cells ?? []).map((cell) =>
    foldForMatch(cell)
      .replace(/[.:*]+$/, '')
      .trim(),
  );
  if (titles.length < 2 || !titles.every((title) => STRENGTHS_COLUMN.test(title))) return false;
  for (const index of rows.slice(1)) {
    const row = outline.blocks[index]!;
    for (const cell of row.cells ?? []) {
      const text = cell.trim();
      if (text.split(/\s+/).length < 5) continue;
      const item = newItem('FINDING', null, sectionTitle, section, row.start, row.end, 'matrix', null);
      item.parts.push({ text, start: row.start, end: row.end });
      state.items.push(item);
      state.current = item;
    }
  }
  return true;
}

/**
 * Words that open a sentence, capitalised: after a short run of lower-case words in a table cell they show where the
 * cell's title line ended, its line break lost (« Communication et collaboration Bien que l'évaluation montre … »).
 */
const SENTENCE_OPENER =
  /^(?:the|this|these|in|while|although|overall|bien|le|la|les|l['’]\p{L}+|il|elle|ils|dans|en|selon|malgr[ée]|si|alors|ce|cette|ces|el|los|las|aunque|seg[uú]n|pese|durante|este|esta|estos|estas)$/iu;
/** A cell's title is short: a few words naming a theme, never a clause. */
const MAX_TITLE_WORDS = 6;

/**
 * A table cell that opens with its title on a line of its own, the line break lost when the page was copied or
 * printed ("Communication et collaboration Bien que l'évaluation montre …"): two to six words, the first capitalised
 * and the others in lower case (or joining words), then a capitalised word that opens a sentence. Null otherwise.
 */
function flattenedTitle(text: string): { title: string; rest: string } | null {
  const words = text.split(/\s+/);
  for (let count = 2; count <= Math.min(MAX_TITLE_WORDS, words.length - 4); count += 1) {
    const word = words[count - 1]!;
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(word)) return null;
    const next = words[count]!;
    if (/^\p{Lu}/u.test(next) && SENTENCE_OPENER.test(next)) {
      if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(words[0]!)) return null;
      return { title: words.slice(0, count).join(' '), rest: words.slice(count).join(' ') };
    }
  }
  return null;
}

/**
 * An action-plan table (its header names key actions, a responsible unit, a time frame or a status,
 * and no item column): each column's values, row after row, become the field it names on `item`.
 * False when the first row is no such header.
 */
/** A table with a header row of short column titles over at least one row: data, not running text set in a table. */
function isDataTable(rows: readonly number[], blocks: readonly OutlineBlock[]): boolean {
  const header = blocks[rows[0]!]!.cells ?? [];
  return rows.length >= 2 && header.length >= 2 && header.every((cell) => cell.trim().length > 0 && cell.trim().split(/\s+/).length <= 5);
}

/** A numbered paragraph's number at two levels or more, before a sentence ("3.1 La cobertura …", "4.2. The Bank …"). */
const PARAGRAPH_NUMBER =
  /^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+(?=(?!(?:MW|GW|kW|KW|MWh|GWh|Km|KM|Kg|Ha|Mt|USD|EUR|CHF|GBP|US|CFA|FCFA|XOF|Million|Millions|Billion|Mio|Mds?)\b)[\p{Lu}"“(«])/u;

/**
 * A parenthesis that only qualifies its item: labelled parts and cross-references divided by ";" ("(vinculada a C1;
 * prioridad: alta; dirigida a: Delegación de la UE)", "(Based on conclusions 1 and 3; Priority: High)"). Its parts to
 * keep, or null when it says anything else.
 */
function parenthesisParts(text: string): Array<{ field: PartField; value: string }> | null {
  const inner = /^\(\s*([^()]{3,300}?)\s*\)\.?$/.exec(text.trim())?.[1];
  if (!inner) return null;
  const parts: Array<{ field: PartField; value: string }> = [];
  for (const piece of inner.split(/\s*;\s*/)) {
    const labelled = /^([\p{L}][\p{L}'’ ]{2,40}?)\s*:\s*(\S.*)$/u.exec(piece);
    const field = labelled ? partField(labelled[1]!) : null;
    if (labelled && field && (ATTACHED_PARTS.has(field) || field === 'basis')) {
      if (field !== 'basis') parts.push({ field, value: labelled[2]!.trim() });
    } else if (
      !/^(?:see|cf\.?|voir|ver|vinculad[ao]s?|relacionad[ao]s?|li[ée]e?s?|linked|related|based on|bas[ée]e?s? sur|basad[ao]s? en)(?![\p{L}])/iu.test(piece)
    )
      return null;
  }
  return parts;
}

/** A labelled part in parentheses at the end of a text ("(Addressed to: UNESCO Dakar)", "(Priority: high)"). */
const TRAILING_PART = /\s*\(\s*([\p{L}][\p{L}'’ ]{2,40}?)\s*:\s*([^()]{1,200})\)\s*$/u;

/**
 * A table of records: a row opened by an item's label over its text ("Recommendation #1: | UNEP should …", "Lesson
 * Learned #2: | …"), then rows that qualify it: labelled parts ("Priority Level: | Critical", "Responsibility: | …",
 * "Proposed implementation time-frame: | …") and explanations ("Context/comment: | …", "Challenge/problem to be
 * addressed by the recommendation: | …"), which join its text. UNEP's and GEF's layout. False, reading nothing, when the
 * first row opens no item or a row has more than two cells.
 */
function readRecordTable(rows: readonly number[], section: Section, outline: Outline, state: WalkState, sectionTitle: string): boolean {
  const blocks = outline.blocks;
  const cellsOf = (index: number): string[] => (blocks[index]!.cells ?? []).map((cell) => cell.trim()).filter(Boolean);
  const opening = (cells: string[]): ItemLabel | null => {
    const label = cells.length === 2 ? itemLabel(cells[0]!) : null;
    return label && /^[\s:.–—-]*$/.test(label.rest) ? label : null;
  };
  if (!opening(cellsOf(rows[0]!)) || rows.some((index) => cellsOf(index).length > 2)) return false;
  let item: DraftItem | null = null;
  for (const index of rows) {
    const row = blocks[index]!;
    const cells = cellsOf(index);
    const label = opening(cells);
    if (label) {
      item = newItem(label.kind, null, sectionTitle, section, row.start, row.end, 'matrix', label.number);
      addLabelParts(item, label);
      addPart(item, row, cells[1]);
      state.items.push(item);
      state.current = item;
      continue;
    }
    if (!item || cells.length === 0) continue;
    const field = cells.length === 2 && cells[0]!.length <= 60 ? partField(cells[0]!.replace(/\s*:$/, '')) : null;
    const value = cells[cells.length - 1]!;
    if (field && ATTACHED_PARTS.has(field)) addField(item, field === 'response' && isDecisionLine(value) ? 'decision' : field, value);
    // An explanation is a sentence; a short value under an unknown label ("Type of Recommendation | Partners") is a category.
    else if (cells.length === 1 || value.split(/\s+/).length >= 6 || /[.!?]$/.test(value)) addPart(item, row, value);
    item.end = Math.max(item.end, row.end);
  }
  return true;
}

/**
 * A table under an item that only qualifies it: a header naming its parts and a row of values ("Responsible unit |
 * Priority | Time implication | Resource implication" then "ILO CO-Jakarta | High | 2024 | Low"), or a row of labelled
 * cells ("Priority: High | Target level: UNFPA country office | Based on conclusion: 1"). Its values are the item's fields.
 */
function readFieldsTable(rows: readonly number[], blocks: readonly OutlineBlock[], item: DraftItem): boolean {
  const cellsOf = (index: number): string[] => (blocks[index]!.cells ?? []).map((cell) => cell.trim());
  const labelled = (cell: string): { field: PartField; value: string } | null => {
    const match = /^([\p{L}][\p{L}'’() ]{2,40}?)\s*:\s*(\S.*)$/u.exec(cell);
    // A cell's label is a column's title, which may go on ("Responsible for implementation: …").
    const field = match ? partField(match[1]!) : null;
    return match && field && ATTACHED_PARTS.has(field) ? { field, value: match[2]! } : null;
  };
  const rowsOfLabels = rows.every((index) => {
    const cells = cellsOf(index).filter(Boolean);
    return cells.length >= 2 && cells.every((cell) => labelled(cell) !== null);
  });
  if (rowsOfLabels) {
    for (const index of rows) for (const cell of cellsOf(index)) if (cell) addField(item, labelled(cell)!.field, labelled(cell)!.value);
    item.end = Math.max(item.end, blocks[rows[rows.length - 1]!]!.end);
    return true;
  }
  // A table of one part per row (Canada.ca's action plans: "Management response | Management agrees …", "Responsible |
  // Director General, …", "Expected completion date | March 2026"): the part each row names.
  const pairs = rows.map((index) => cellsOf(index).filter(Boolean));
  const partOf = (cells: string[]) => (cells.length === 2 && cells[0]!.length <= 60 ? partField(cells[0]!.replace(/\s*:$/, '')) : null);
  if (
    rows.length >= 2 &&
    pairs.every((cells) => {
      const field = partOf(cells);
      return field !== null && ATTACHED_PARTS.has(field);
    })
  ) {
    for (const cells of pairs) {
      const field = partOf(cells)!;
      addField(item, field === 'response' && isDecisionLine(cells[1]!) ? 'decision' : field, cells[1]!);
    }
    item.end = Math.max(item.end, blocks[rows[rows.length - 1]!]!.end);
    return true;
  }
  const header = cellsOf(rows[0]!);
  const columns = header.map((cell) => (cell && cell.length <= 60 ? partField(cell) : null));
  if (rows.length < 2 || header.filter(Boolean).length < 2 || columns.some((column, at) => header[at] && (!column || !ATTACHED_PARTS.has(column))))
    return false;
  for (const index of rows.slice(1)) {
    cellsOf(index).forEach((value, at) => {
      const field = columns[at];
      if (field && value) addField(item, field, value);
    });
    item.end = Math.max(item.end, blocks[index]!.end);
  }
  return true;
}

/** The kinds of the bold item labels that open two or more of a section's own paragraphs ("**Recommendation 1:** …"). */
function labelledKinds(section: Section, outline: Outline): SectionKind[] {
  const counts = new Map<InsightKind, number>();
  for (const index of section.blocks) {
    const block = outline.blocks[index]!;
    if ((block.kind !== 'paragraph' && block.kind !== 'key-value') || !block.lead) continue;
    const label = itemLabel(block.lead.replace(/[\s:.–—-]+$/, ''));
    if (label && label.rest === '') counts.set(label.kind, (counts.get(label.kind) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count >= 2).map(([kind]) => SECTION_OF_KIND[kind]);
}

/** "… énumère trois recommandations importantes …", "The report makes four recommendations", "formula tres recomendaciones". */
const COUNTS_RECOMMENDATIONS =
  /(?<![\p{L}\d])(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|sept|huit|neuf|dix|plusieurs|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias)\s+(?:(?:main|key|major|principales|grandes)\s+)?(?:recommendations|recommandations|recomendaciones)(?![\p{L}])/iu;

/** The points of a list that recommend, two at least: fewer are no list of recommendations. */
const MIN_COUNTED_POINTS = 2;

/**
 * A section named for nothing (a news page on an evaluation, only its title above: « Tunisie-UE : un partenariat fondé
 * sur le respect mutuel ») whose paragraph counts the recommendations it goes on to list (« La Délégation de l'UE à
 * Tunis énumère trois recommandations importantes … ») and every point of whose list under it asks someone to act
 * ("- L'UE devrait réaffirmer …", "- UNDP should …") holds those recommendations. Returns the position of the counting
 * paragraph among the section's own blocks, or null. A list of facts after such a sentence stays what it was.
 */
function countedListAt(section: Section, outline: Outline): number | null {
  const own = section.blocks.map((index) => outline.blocks[index]!);
  const at = own.findIndex((block) => block.kind === 'paragraph' && COUNTS_RECOMMENDATIONS.test(block.text));
  if (at < 0) return null;
  const points = own.slice(at + 1).filter((block) => block.kind === 'list-item' && (block.depth ?? 0) === 0);
  const asks = (text: string): boolean => asksSomeone(text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? text);
  return points.length >= MIN_COUNTED_POINTS && points.every((point) => asks(point.text)) ? at : null;
}

/**
 * "Recommendation 1: Japan should …", « Recommandation 2 : … », "Lesson 3 – …" opening a block of its own: an item's
 * label and its punctuation (or the label alone), not "Recommendation 3 of the 2015 review was implemented".
 */
function standingLabel(text: string): ItemLabel | null {
  const label = itemLabel(text);
  if (!label?.number) return null;
  const after = new RegExp(
    `^(?:\\*\\*)?\\s*[\\p{L}. ]*?\\s*(?:n[o°º]\\.?\\s*|#\\s*)?${label.number.replace('.', '\\.')}\\s*(?:\\*\\*)?\\s*(?:[:.)–—-]|$)`,
    'iu',
  );
  return after.test(text.trim()) ? label : null;
}

/** Two labels of one kind or more, numbered upwards: a list of items, not one cross-reference. */
function labelledRun(labels: ReadonlyArray<ItemLabel | null>): SectionKind[] {
  const byKind = new Map<InsightKind, number[]>();
  for (const label of labels) {
    const number = label ? Number.parseFloat(label.number) : Number.NaN;
    if (label && !Number.isNaN(number)) byKind.set(label.kind, [...(byKind.get(label.kind) ?? []), number]);
  }
  return [...byKind]
    .filter(([, numbers]) => numbers.length >= 2 && numbers.every((number, at) => at === 0 || number > numbers[at - 1]!))
    .map(([kind]) => SECTION_OF_KIND[kind]);
}

/**
 * A follow-up page or a brief that lists "Recommendation 1: …", "Recommendation 2: …" straight under the evaluation's
 * name (MOFA Japan's follow-up of recommendations), no heading naming them: paragraphs that open with such labels,
 * two at least and numbered upwards, make the section one of those items.
 */
function standingLabelKinds(section: Section, outline: Outline): SectionKind[] {
  const labels = section.blocks
    .map((index) => outline.blocks[index]!)
    .filter((block) => block.kind === 'paragraph' || block.kind === 'key-value')
    .map((block) => standingLabel(block.text));
  return labelledRun(labels);
}

/**
 * The same labels set as headings ("#### Recommendation 1: Supporting …" under "### Evaluation of Japan's ODA to …", a
 * web page): a section whose heading is one of two labels or more among its siblings, numbered upwards, is that item.
 */
function labelledSiblingKinds(section: Section, outline: Outline): SectionKind[] {
  if (section.heading < 0 || !section.parent) return [];
  const own = standingLabel(outline.blocks[section.heading]!.text);
  if (!own) return [];
  const labels = section.parent.children.map((sibling) => (sibling.heading >= 0 ? standingLabel(outline.blocks[sibling.heading]!.text) : null));
  return labelledRun(labels).filter((kind) => kind === SECTION_OF_KIND[own.kind]);
}

/**
 * A registry's record of items and their answers, under no heading that names them ("1. Recommendation: …", then
 * "Management Response: …" and its key actions; UNDP's Evaluation Resource Centre, FAO's, UNFPA's or UNICEF's
 * trackers): a numbered item label answered by a response's label before the next label holds those items.
 */
function recordKinds(section: Section, outline: Outline): SectionKind[] {
  const kinds = new Set<SectionKind>();
  let open: InsightKind | null = null;
  for (const index of section.blocks) {
    const block = outline.blocks[index]!;
    if (block.kind === 'heading' || block.kind === 'table-row' || block.kind === 'footnote') continue;
    if (opensRecord(block)) open = (itemLabel(block.text) ?? unnumberedLabel(block))!.kind;
    else if (open && isRecordField(block.text) && partField(block.text.replace(/\*\*/g, '').split(':')[0]!) === 'response') {
      kinds.add(SECTION_OF_KIND[open]);
      open = null;
    }
  }
  return [...kinds];
}

/** The position, among a section's own blocks, of its first numbered item label (0 when it has none). */
function firstLabelAt(section: Section, outline: Outline): number {
  return Math.max(
    0,
    section.blocks.findIndex((index) => opensRecord(outline.blocks[index]!)),
  );
}

/**
 * A record's item label: numbered ("1. Recommendation: …", UNDP's ERC), or a "Recommendation: …" field with its text
 * (UN Women's GATE, whose record numbers nothing).
 */
function opensRecord(block: OutlineBlock): boolean {
  if (block.kind === 'heading' || block.kind === 'table-row' || block.kind === 'footnote') return false;
  const label = itemLabel(block.text) ?? unnumberedLabel(block);
  return Boolean(label?.number) || (label !== null && block.kind === 'key-value' && unnumberedLabel(block) !== null);
}

/**
 * A heading that labels an item ("Recommendation 1: FCDO should …") set at the level of the empty heading that
 * names its kind above it ("Response to recommendations", a PDF's sizes giving both one level): one of its items.
 */
function siblingLabelKinds(section: Section, outline: Outline): SectionKind[] {
  if (section.heading < 0 || !section.parent) return [];
  const label = itemLabel(outline.blocks[section.heading]!.text);
  if (!label?.number || !label.rest) return [];
  const siblings = section.parent.children;
  const named = siblings
    .slice(0, siblings.indexOf(section))
    .some((sibling) => sibling.blocks.length === 0 && insightKindsOf(sibling).some((kind) => KIND_OF_SECTION[kind] === label.kind));
  return named ? [SECTION_OF_KIND[label.kind]] : [];
}

/**
 * A table whose header names its items' columns ("Challenges | Lessons Learned" under each sector of an IFRC
 * report, "Finding | Recommendation"), in a section named for something else: a section of those items.
 */
function matrixKinds(section: Section, outline: Outline): SectionKind[] {
  for (const index of section.blocks) {
    const kind = matrixItemKind(outline.blocks[index]!);
    if (kind) return [SECTION_OF_KIND[kind]];
  }
  return [];
}

/** The section that holds an insight kind's items. */
const SECTION_OF_KIND: Record<InsightKind, SectionKind> = {
  FINDING: 'findings',
  RECOMMENDATION: 'recommendations',
  LESSON_LEARNED: 'lessons',
  GOOD_PRACTICE: 'good-practices',
};

/** The action table that is all a "Key Actions" heading holds, read into the item's response; false for anything else. */
function readActionTableUnder(section: Section, outline: Outline, item: DraftItem): boolean {
  const own = section.blocks.filter((index) => outline.blocks[index]!.kind !== 'footnote');
  if (own.length < 2 || own.some((index) => outline.blocks[index]!.kind !== 'table-row')) return false;
  if (!readActionTable(own, outline.blocks, item)) return false;
  item.actionsLabelled = true;
  return true;
}

function readActionTable(rows: readonly number[], blocks: readonly OutlineBlock[], item: DraftItem): boolean {
  const columns = actionColumns(blocks[rows[0]!]!);
  if (!columns) return false;
  for (const index of rows.slice(1)) {
    const row = blocks[index]!;
    (row.cells ?? []).forEach((cell, at) => {
      const field = columns[at];
      const value = cell.trim();
      if (field && value && !/^[-–—]+$/.test(value)) addField(item, field, value);
    });
    item.end = Math.max(item.end, row.end);
  }
  return true;
}

function annexRow(block: OutlineBlock): ReturnType<typeof annexField> {
  if (block.kind === 'table-row' && block.cells && block.cells.length >= 2) return annexField(block.cells[0]!);
  if (block.kind === 'key-value' && block.key) return annexField(block.key);
  if ((block.kind === 'paragraph' || block.kind === 'heading') && block.text.length < 250) return annexField(block.text);
  return null;
}

/** Reads ILO annex-template rows: one item per template, its rows as fields. */
function readAnnexRows(rows: readonly number[], section: Section, outline: Outline, state: WalkState, sectionTitle: string): void {
  const blocks = outline.blocks;
  let open: DraftItem | null = null;
  for (const index of rows) {
    const block = blocks[index]!;
    const field = annexRow(block);
    if (!field) continue;
    const value = block.kind === 'table-row' ? (block.cells ?? []).slice(1).filter(Boolean).join(' ') : block.kind === 'key-value' ? (block.value ?? '') : '';
    if (!open || open.kind !== field.kind || (open.annexFields && field.field in open.annexFields)) {
      const name = annexSectionName(section, field.kind, sectionTitle);
      open = newItem(field.kind, null, name, section, block.start, block.end, 'annex-template', null);
      open.annexFields = {};
      state.items.push(open);
    }
    if (value && !/^(?:[-–—\s]*|n\/?a\.?|n\.a\.|none|aucun(e)?|ninguno|sans objet)$/i.test(value.trim())) {
      open.annexFields![field.field] = open.annexFields![field.field] ? `${open.annexFields![field.field]}\n\n${value}` : value;
      if (field.field === mainAnnexField(field.kind)) open.parts.push({ text: value, start: block.start, end: block.end });
    }
    open.end = Math.max(open.end, block.end);
  }
}

/** The section an annex template's item is filed under: a heading naming exactly its kind, or the template's own name. */
function annexSectionName(section: Section, kind: InsightKind, sectionTitle: string): string {
  for (let at: Section | null = section; at; at = at.parent) {
    const named = at.named?.kinds.filter((k) => KIND_OF_SECTION[k] !== undefined) ?? [];
    if (named.length === 1 && KIND_OF_SECTION[named[0]!] === kind && !at.named?.annex) return sectionTitle;
    if (named.length > 0) break;
  }
  return kind === 'GOOD_PRACTICE' ? 'Emerging good practices' : 'Lessons learned';
}

/** Annex templates in a section that carries no kind (an annex titled "ILO Lesson Learned Template"). */
/**
 * A management-response matrix under a heading that names no kind ("Plan d'action", the evaluation's
 * title, no heading at all): a table whose header names a recommendation column and the management's
 * decision or response is read as the recommendations it answers, wherever it sits.
 */
function readResponseMatrices(section: Section, outline: Outline, state: WalkState): void {
  const blocks = outline.blocks;
  const own = section.blocks;
  for (let position = 0; position < own.length; position += 1) {
    if (blocks[own[position]!]!.kind !== 'table-row') continue;
    const rows = [own[position]!];
    while (position + 1 < own.length && blocks[own[position + 1]!]!.kind === 'table-row') rows.push(own[++position]!);
    const header = rows.find((index) => headerColumns(blocks[index]!) !== null);
    const columns = header === undefined ? null : headerColumns(blocks[header]!);
    if (!columns?.includes('recommendation') || !(columns.includes('decision') || columns.includes('response'))) continue;
    readTable(rows, section, outline, state, ['management-response'], headingText(section, outline));
  }
}

function readAnnexTemplates(section: Section, outline: Outline, state: WalkState): void {
  const rows = section.blocks.filter((index) => annexRow(outline.blocks[index]!) !== null);
  if (rows.length < 2) return;
  readAnnexRows(section.blocks, section, outline, state, '');
}

function isForeign(section: Section): boolean {
  for (let at: Section | null = section; at; at = at.parent) if (at.named?.annex?.foreign) return true;
  return false;
}
