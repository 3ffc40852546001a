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

const MANAGEMENT_RESPONSE =
  /\b(?:management response|management's response|response of management|management action plan|reponse de la direction|reponse du management|reponse de la gestion|matrice de (?:la )?reponse|respuesta de la (?:gerencia|administracion|direccion)|posicion institucional|plan de mejora)\b/;
const BRIEF =
  /\b(?:evaluation brief|policy brief|brief|briefing note|evaluation insights?|note d'information|note de synthese|note breve|bref|nota informativa|resumen de politica|evaluation snapshot)\b/;
const SUMMARY =
  /\b(?:results at a glance|at a glance|summary of the evaluation|evaluation summary|summary report|executive summary|resume de l'evaluation|resume executif|synthese de l'evaluation|resumen (?:ejecutivo|de la evaluacion)|formato para la difusion|informations rapides|quick facts|datos rapidos)\b/;
const LESSON_RECORDS = /\b(?:lessons? learned (?:record|database|library|repository)|lessons? learned:|lecons apprises:|lecciones aprendidas:)\b/;
const RECORD_LABEL =
  /^(?:good practices?|emerging good practices?|lessons? learn(?:ed|t)|bonnes? pratiques?|le[cç]ons? apprises?|buenas? practicas?|lecci(?:on|ones) aprendidas?)$/;
const REPORT =
  /\b(?:evaluation report|final report|informe final|rapport final|rapport d'evaluation|informe de evaluacion|assessment report|review report|evaluation of|evaluacion de|evaluation de|evaluation finale|evaluation a mi-parcours|mid-?term evaluation|final evaluation|evaluacion final|evaluacion intermedia)\b/;

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
  const hinted = hints.find((hint) => hint !== 'OTHER');
  if (hinted) return hinted;
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
  const withResponse = insights.filter(
    (insight) => insight.kind === 'RECOMMENDATION' && insight.fields && 'managementResponse' in insight.fields && insight.fields.managementResponse,
  ).length;
  const recommendations = insights.filter((insight) => insight.kind === 'RECOMMENDATION').length;

  const kinds = new Set(insights.map((insight) => insight.kind)).size;
  const firstBlock = outline.blocks[0] ? foldForMatch(outline.blocks[0].text) : '';
  if (MANAGEMENT_RESPONSE.test(title) || (size < 60_000 && MANAGEMENT_RESPONSE.test(opening.slice(0, 600)))) return 'MANAGEMENT_RESPONSE';
  // A record page opens with its record type: "Good Practice", "Lesson Learned", "Bonne pratique", "Lección aprendida".
  if (RECORD_LABEL.test(firstBlock) && size < 80_000) return 'LESSON_RECORDS';
  // A form answered prompt by prompt whose insights are lessons (a learning plan's closing form).
  const prompts = outline.blocks.filter((block) => block.quote && /\?\s*(?:\([^)]*\))?\s*$/.test(block.text)).length;
  const lessons = insights.filter((insight) => insight.kind === 'LESSON_LEARNED' || insight.kind === 'GOOD_PRACTICE').length;
  if (prompts >= 3 && lessons > 0 && lessons * 2 >= insights.length && size < 80_000) return 'LESSON_RECORDS';
  if (size < 40_000 && recommendations >= 2 && withResponse === recommendations && insights.length === recommendations) return 'MANAGEMENT_RESPONSE';
  if (LESSON_RECORDS.test(title) && size < 80_000) return 'LESSON_RECORDS';
  if (BRIEF.test(title) && size < 60_000) return 'BRIEF';
  if (SUMMARY.test(title) && size < 80_000) return 'SUMMARY';
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
