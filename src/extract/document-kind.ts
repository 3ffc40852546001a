/**
 * What kind of evaluation document a file is (DocumentInfo.kind, part of a document's identity):
 * a summary, a full report, a brief, a management response, lesson records, or something else.
 * Read from the template, the title and opening of the document, its parts (contents, executive
 * summary, annexes), its size, and the hints the metadata extractor gives.
 */
import type { DocumentKind, Insight, TemplateId } from '../model/records.js';
import { foldForMatch } from '../text/normalise.js';
import type { OutlineBlock } from './outline/outline-block.js';
import { classifyHeading } from './sections/classify-heading.js';

/**
 * Names of a management response, as agencies title them: "Management response", UNDP's "Key actions"
 * matrices, IFAD's "Agreement at completion point", the European Commission's « fiche contradictoire »,
 * « Réponse managériale », « Réponses aux recommandations », "Respuesta institucional", "Matriz de seguimiento".
 */
const MANAGEMENT_RESPONSE =
  /\b(?:management response|management's response|response of (?:the )?management|management action plan|responses? to (?:the )?(?:evaluation(?:'s)? )?recommendations|agreement at completion point|reponse de la direction|reponse de l'administration|reponse du management|reponse de la gestion|reponse manageriale|reponses? aux recommandations|fiche contradictoire|accord conclusif|acuerdo en el punto de culminacion|matrice de (?:la )?reponse|matrice de suivi des recommandations|respuesta de la (?:gerencia|administracion|direccion)|respuesta institucional|respuestas? a las recomendaciones|matriz de (?:respuesta|seguimiento)|posicion institucional|plan de mejora)\b/;
const BRIEF =
  /\b(?:evaluation brief|policy brief|learning brief|brief|briefing note|in brief|evaluation insights?|evaluation highlights|note d'information|note de synthese|note d'evaluation|note breve|fiche d'evaluation|bref|en bref|nota informativa|nota de evaluacion|nota breve|en breve|resumen de politica|evaluation snapshot)\b/;
/**
 * Headings a brief opens with: the few messages a reader should keep ("Key messages", « Messages clés »,
 * « À retenir », "Mensajes clave", "En breve"). A report's executive summary is titled otherwise.
 */
const BRIEF_HEADING =
  /^(?:key messages?|key takeaways?|main messages|key points|in brief|in short|messages? cles?|points cles|a retenir|ce qu'il faut retenir|l'essentiel|en bref|mensajes? (?:clave|principales)|puntos clave|en breve|en resumen)$/;
/**
 * The line of a publication series above a brief's title: "Project evaluation series · 03/2023",
 * « Évaluations et capitalisation — n° 92 », "Serie Aprendizajes de evaluación · N.º 5", "Issue 12".
 */
const SERIES_LINE = /\b(?:series|serie|collection|issue\s+\d{1,3}|n\s*[°º.]+\s*º?\s*\d{1,3}|no\.\s*\d{1,3}|numero\s+\d{1,3})\b/;
const SUMMARY =
  /\b(?:results at a glance|at a glance|summary of the evaluation|evaluation summary|summary report|executive summary|resume de l'evaluation|resume executif|synthese de l'evaluation|resumen (?:ejecutivo|de la evaluacion)|formato para la difusion|informations rapides|quick facts|datos rapidos)\b/;
const LESSON_RECORDS = /\b(?:lessons? learned (?:record|database|library|repository)|lessons? learned:|lecons apprises:|lecciones aprendidas:)\b/;
const RECORD_LABEL =
  /^(?:good practices?|emerging good practices?|lessons? learn(?:ed|t)|bonnes? pratiques?|le[cç]ons? apprises?|buenas? practicas?|lecci(?:on|ones) aprendidas?)$/;
const REPORT =
  /\b(?:evaluation report|final report|informe final|rapport final|rapport d'evaluation|informe de evaluacion|assessment report|review report|evaluation of|evaluacion de|evaluation de|evaluation finale|evaluation a mi-parcours|mid-?term evaluation|final evaluation|evaluacion final|evaluacion intermedia)\b/;

/** The lines before the title (the first top-level heading), where agencies print a series name and a document type. */
function preTitle(blocks: readonly OutlineBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks.slice(0, 6)) {
    if (block.kind === 'heading' && block.level === 1) break;
    lines.push(block.text);
  }
  return lines.join('\n').slice(0, 400);
}

/**
 * The layout of a brief: a "Key messages" heading among the first headings, or a publication-series line
 * within the first blocks (above or just under the title).
 */
function hasBriefLayout(blocks: readonly OutlineBlock[]): boolean {
  const firstHeadings = blocks.filter((block) => block.kind === 'heading').slice(0, 5);
  if (firstHeadings.some((block) => BRIEF_HEADING.test(foldForMatch(classifyHeading(block.text).title).replace(/[\s:.]+$/, '')))) return true;
  return blocks.slice(0, 4).some((block) => block.kind !== 'heading' && block.text.length <= 160 && SERIES_LINE.test(foldForMatch(block.text)));
}

/**
 * The opening without the fields a registry's page answers yes or no ("Management Response: Yes" on an evaluation's
 * page says that a response exists elsewhere; the page is not it).
 */
function withoutAnsweredFields(opening: string): string {
  return opening.replace(/\b[a-z' ]{0,40}:\s*(?:yes|no|oui|non|si|n\/a)\b/g, ' ');
}

/** The document's title: its first top-level heading (after site chrome), else its first heading or line. */
function titleOf(blocks: readonly OutlineBlock[]): string {
  const headings = blocks.slice(0, 400).filter((block) => block.kind === 'heading');
  const top = headings.find((block) => block.level === 1 && !block.inferred) ?? headings.find((block) => block.level === 1) ?? headings[0] ?? blocks[0];
  return top ? foldForMatch(top.text) : '';
}

/**
 * The kind of a document. `hints` are the metadata extractor's (an explicit "Type of document:
 * management response" box, a form's name); they win over the layout when they agree with the template.
 */
export function classifyDocumentKind(
  outline: { text: string; blocks: readonly OutlineBlock[] },
  template: TemplateId,
  insights: readonly Insight[],
  hints: readonly DocumentKind[] = [],
): DocumentKind {
  if (template === 'ilo-ieval-summary') return 'SUMMARY';
  if (template === 'ilo-ieval-lesson-records') return 'LESSON_RECORDS';
  const title = titleOf(outline.blocks);
  const opening = foldForMatch(outline.text.slice(0, 3000));
  const size = outline.text.length;
  let parts = 0;
  let executiveSummary = false;
  let annexes = false;
  let contents = false;
  for (const block of outline.blocks) {
    if (block.kind !== 'heading') continue;
    const heading = classifyHeading(block.text);
    if (heading.kinds.includes('executive-summary')) executiveSummary = true;
    if (heading.kinds.includes('table-of-contents')) contents = true;
    if (heading.annex) annexes = true;
    if (heading.part) parts += 1;
  }
  // A full report whose title also names its management response ("… : report and management response") stays a report.
  const fullReport = size >= 60_000 && contents && executiveSummary;
  const withResponse = insights.filter(
    (insight) => insight.kind === 'RECOMMENDATION' && insight.fields && 'managementResponse' in insight.fields && insight.fields.managementResponse,
  ).length;
  const recommendations = insights.filter((insight) => insight.kind === 'RECOMMENDATION').length;
  // Recommendations and their answers, nothing else, in a short text: a management response, though its title is the
  // evaluation report's (a registry's page titled "Rapport d'évaluation mi-parcours …").
  const answersOnly = size < 40_000 && recommendations >= 1 && withResponse === recommendations && insights.length === recommendations;
  const hinted = hints.find((hint) => hint !== 'OTHER' && !(hint === 'MANAGEMENT_RESPONSE' && fullReport) && !(hint === 'REPORT' && answersOnly));
  if (hinted) return hinted;
  const briefLayout = hasBriefLayout(outline.blocks);

  const kinds = new Set(insights.map((insight) => insight.kind)).size;
  const firstBlock = outline.blocks[0] ? foldForMatch(outline.blocks[0].text) : '';
  if ((MANAGEMENT_RESPONSE.test(title) && !fullReport) || (size < 60_000 && MANAGEMENT_RESPONSE.test(withoutAnsweredFields(opening.slice(0, 600)))))
    return 'MANAGEMENT_RESPONSE';
  // A record page opens with its record type: "Good Practice", "Lesson Learned", "Bonne pratique", "Lección aprendida".
  if (RECORD_LABEL.test(firstBlock) && size < 80_000) return 'LESSON_RECORDS';
  // A form answered prompt by prompt whose insights are lessons (a learning plan's closing form).
  const prompts = outline.blocks.filter((block) => block.quote && /\?\s*(?:\([^)]*\))?\s*$/.test(block.text)).length;
  const lessons = insights.filter((insight) => insight.kind === 'LESSON_LEARNED' || insight.kind === 'GOOD_PRACTICE').length;
  if (prompts >= 3 && lessons > 0 && lessons * 2 >= insights.length && size < 80_000) return 'LESSON_RECORDS';
  // A registry's record of one recommendation and its answer is a management response as much as one of ten.
  if (answersOnly) return 'MANAGEMENT_RESPONSE';
  // A response matrix whatever its title: most recommendations carry the management's decision or actions,
  // and they make most of what the document says (a summary that answers its recommendations, as a
  // "Results at a glance" page does, says more besides; a full report with its action plan is long).
  if (size < 80_000 && !(contents && executiveSummary) && withResponse >= 2 && withResponse * 5 >= recommendations * 3 && withResponse * 2 >= insights.length)
    return 'MANAGEMENT_RESPONSE';
  if (LESSON_RECORDS.test(title) && size < 80_000) return 'LESSON_RECORDS';
  if (BRIEF.test(title) && size < 60_000) return 'BRIEF';
  // A series line or a document type printed above the title ("Evaluation brief No. 4", « Note d'évaluation »).
  if (size < 60_000 && BRIEF.test(foldForMatch(preTitle(outline.blocks)))) return 'BRIEF';
  if (SUMMARY.test(title) && size < 80_000) return 'SUMMARY';
  // A short evaluation document laid out as a brief: its key messages first, a publication series above
  // its title; not the first pages of a report (a contents list).
  if (size < 30_000 && briefLayout && !contents && insights.length > 0 && kinds >= 2) return 'BRIEF';
  if (size >= 60_000 || (contents && executiveSummary) || (annexes && parts >= 3)) return 'REPORT';
  // The first pages of a report: its cover names it, and a contents list or an executive summary follows.
  if (
    REPORT.test(opening.slice(0, 1500)) &&
    (contents || executiveSummary || /\b(?:table des matieres|indice|table of contents|contents|sommaire)\b/.test(opening))
  )
    return 'REPORT';
  // A short document with insights of several kinds summarises an evaluation; one kind alone (a news
  // page on an evaluation's results) is something else.
  if (insights.length > 0 && size < 30_000) return kinds >= 2 ? (BRIEF.test(opening) ? 'BRIEF' : 'SUMMARY') : 'OTHER';
  if (insights.length > 0) return 'REPORT';
  if (REPORT.test(title) && size >= 20_000) return 'REPORT';
  return 'OTHER';
}
