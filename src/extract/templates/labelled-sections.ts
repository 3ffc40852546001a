/**
 * The vocabulary of the general path's gates: labels that name a kind ("Lessons learned",
 * "Bonnes pratiques", "Recomendaciones"), table-of-contents lines, and text that is not an
 * insight (a question, a bare announcement, template boilerplate). The general extractor itself
 * is the outline (outline/), the sections (sections/) and the items (items/); its template id
 * stays `labelled-sections` (general-outline.ts).
 */
import type { InsightKind } from '../../model/records.js';
import { foldForMatch } from '../../text/normalise.js';

const SECTION_LABELS: Array<[InsightKind, RegExp]> = [
  [
    'LESSON_LEARNED',
    /^(?:key |main |principal(?:es)? |major |other |emerging )?(?:lessons?[- ]learn(?:ed|t)|lessons?|le[cç]ons? (?:apprises?|tirees?)|lecciones aprendidas|lecciones)\b/,
  ],
  [
    'GOOD_PRACTICE',
    /^(?:key |main |principal(?:es)? |emerging |promising )?(?:good|best|promising) practices?\b|^(?:principales )?bonnes pratiques\b|^(?:principales )?buenas practicas\b|^pratiques prometteuses\b/,
  ],
  ['RECOMMENDATION', /^(?:key |main |principal(?:es)? |other )?(?:recommendations?|recommandations?|recomendaciones|recomendacion)\b/],
  ['FINDING', /^(?:key |main |principal(?:es)? )?(?:findings|constatations|hallazgos|resultats principaux|principaux resultats)\b/],
];

/** "RECOMMENDATIONS ...... 42", "Lessons learned\t17": a table-of-contents line. */
const TABLE_OF_CONTENTS = /(?:\.{3,}|…{2,}|\s{2,}|\t)\s*\d{1,3}\s*$/;
/** Sentences that only announce lessons or recommendations ("to draw lessons learned", "tirer les leçons"). */
const ANNOUNCEMENT =
  /\b(?:draw(?:ing)?|identify(?:ing)?|document(?:ing)?|capture|present(?:s|ed)?|provide|formulate|make|tirer|identifier|documenter|capitaliser|pr[eé]sente[rs]?|fournir|formuler|extraer|identificar|presentar|formular|proporcionar)\b[^.]{0,40}\b(?:lessons?|le[cç]ons|lecciones|recommendations?|recommandations|recomendaciones|good practices|bonnes pratiques|buenas pr[aá]cticas)\b/i;

/**
 * The kind a label names ("Lessons learned" -> LESSON_LEARNED), or null.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function classifyLabel(text: string): InsightKind | null {
  const folded = foldForMatch(text)
    .replace(/^[\d.)\s-]+/, '')
    .replace(/[\s:.]+$/, '');
  if (!folded || folded.length > 80) return null;
  for (const [kind, pattern] of SECTION_LABELS) if (pattern.test(folded)) return kind;
  return null;
}

/** True for a line that is an entry of a table of contents. */
export function isTableOfContentsLine(text: string): boolean {
  // Only the end of a line can hold a page number; a bounded tail keeps the test linear.
  return TABLE_OF_CONTENTS.test(text.trim().slice(-120));
}

/** The annex templates' boilerplate and header lines ("Project Title: ...", "Name of Evaluator: ..."). */
const ANNEX_BOILERPLATE =
  /^(?:the following (?:lesson|good practice|emerging good practice)|further text explaining|la (?:le[cç]on apprise|bonne pratique) suivante|project title\s*:|project tc\/symbol\s*:|name of (?:the )?evaluator|titre du projet\s*:|nom de l'[ée]valuateur|t[ií]tulo del proyecto\s*:|nombre del evaluador)/i;

/**
 * True for text that is not an insight: a question, a bare announcement, a table-of-contents
 * line, template boilerplate. A recommendation may open with "Document the lessons ...": for
 * recommendations only a sentence framed by the document announces.
 */
export function isNotAnInsight(text: string, kind?: InsightKind): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 12) return true;
  if (ANNEX_BOILERPLATE.test(trimmed)) return true;
  if (/\?\s*$/.test(trimmed)) return true;
  if (isTableOfContentsLine(trimmed)) return true;
  if (NOTHING_TO_REPORT.test(trimmed) && trimmed.split(/\s+/).length <= 25) return true;
  if (POINTER.test(trimmed) && trimmed.split(/\s+/).length <= 30) return true;
  return isAnnouncement(trimmed, kind !== 'RECOMMENDATION');
}

/**
 * A web page's pointer to the reports ("All UNCDF evaluations can be found at the UNDP Evaluation Resource Center
 * through the following link", "Click here to read the full report"): where to read, not what was learned.
 */
const POINTER = /\b(?:can|may) be (?:found|accessed|downloaded|consulted|viewed) (?:at|on|in|through|via|from)\b|\bfollowing link\b|\bclick here\b/i;

/**
 * A section's statement that it holds nothing: "No recommendations were made, as the program ended", « Aucun défi
 * majeur n'a été rencontré », "No se formularon recomendaciones", "Not applicable". "No recommendation of the 2015
 * review was implemented" (a finding) names no verb of making or meeting them.
 */
const NOTHING_TO_REPORT = new RegExp(
  [
    // English: "No (major) challenges were encountered", "No recommendations are made", "None.", "Not applicable."
    String.raw`^(?:there (?:were|are|was|is) )?no (?:\w+ ){0,2}(?:recommendations?|lessons?(?: learned| learnt)?|challenges?|issues?|problems?|good practices?|findings?) (?:(?:were|was|are|is|have been|has been) )?(?:made|formulated|issued|identified|encountered|reported|noted|raised|to report|documented)\b`,
    String.raw`^(?:none|not applicable|n\/a|nil)\.?$`,
    // French: « Aucune recommandation n'a été formulée », « Aucun défi majeur n'a été rencontré », « Néant », « Sans objet »
    String.raw`^aucune? (?:\p{L}+ ){0,2}(?:recommandations?|le[çc]ons?|d[ée]fis?|difficult[ée]s?|probl[èe]mes?|bonnes? pratiques?|constat(?:ation)?s?) (?:\p{L}+ ){0,2}n['’](?:a|ont) (?:été|pu être) (?:formul|émis|identifi|rencontr|relev|signal|constat)`,
    String.raw`^(?:néant|sans objet|non applicable)\.?$`,
    // Spanish: « No se formularon recomendaciones », « Ninguna recomendación fue formulada », « No aplica »
    String.raw`^no se (?:formularon|identificaron|encontraron|registraron|presentaron) (?:\p{L}+ ){0,2}(?:recomendaciones|lecciones|desaf[íi]os|retos|problemas|buenas pr[áa]cticas|hallazgos)`,
    String.raw`^ningun[ao]? (?:\p{L}+ ){0,2}(?:recomendaci[óo]n|lecci[óo]n|desaf[íi]o|reto|problema|buena pr[áa]ctica|hallazgo)\w* (?:\p{L}+ ){0,2}(?:fue|ha sido|se ha) (?:formulad|identificad|encontrad|registrad)`,
    String.raw`^(?:no aplica|sin (?:observaciones|comentarios))\.?$`,
  ].join('|'),
  'iu',
);

/** What frames a sentence as talking about the document or its purpose, not about the project. */
const ANNOUNCING_CONTEXT =
  /\b(?:this|the|ce|cette|la|le|el|esta|este) (?:section|chapter|chapitre|report|rapport|informe|evaluation|évaluation|evaluación|study|étude|estudio|annex|annexe|anexo|document)\b|\b(?:purpose|objective|objectif|objetivo|aims? to|seeks? to|vise à|cherche à|pretende|busca|serves? to|a voulu|devra|permettra|will)\b/i;

/**
 * A short sentence that only announces lessons or recommendations: an announcing verb ("draw",
 * "tirer", "formular" ... lessons) opening the sentence (a purpose item "6) Identifier les
 * leçons apprises") or framed by the document or its purpose ("This section presents ...",
 * "The evaluation aims to draw ..."). "Projects should document lessons" is a lesson.
 */
function isAnnouncement(text: string, byOpeningVerb: boolean): boolean {
  if (text.split(/\s+/).length > 30) return false;
  const match = ANNOUNCEMENT.exec(text);
  if (!match) return false;
  const opening = text.replace(/^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s*/i, '').replace(/^(?:to|pour|para|afin de|de)\s+/i, '');
  return (byOpeningVerb && opening.toLowerCase().startsWith(match[0].split(/\s+/)[0]!.toLowerCase())) || ANNOUNCING_CONTEXT.test(text);
}
