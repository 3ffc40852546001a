/**
 * The general path every document takes when no specific template claims it: the outline's
 * sections found by meaning (sections/), their items (items/), the gates and the merging of
 * repeats (items/finalise-items.ts). Its template id stays `labelled-sections`: insights come
 * from sections labelled by what they hold, whatever the agency's layout.
 */
import { type DraftItem, collectItems } from '../items/section-items.js';
import { runInStatements } from '../items/run-in-statements.js';
import { finaliseItems } from '../items/finalise-items.js';
import { type SectionTree, findSections, insightKindsOf } from '../sections/find-sections.js';
import type { DocumentOutline, Template, TemplateParse } from './template.js';

/** The section tree of an input, computed once per input (score and parse both need it). */
const trees = new WeakMap<DocumentOutline, SectionTree>();

/** The section tree of an outline, computed once (score and parse both need it). */
export function sectionTreeOf(outline: DocumentOutline): SectionTree {
  let tree = trees.get(outline);
  if (!tree) {
    tree = findSections(outline);
    trees.set(outline, tree);
  }
  return tree;
}

/**
 * The draft items of the outline's sections; a page that names no kind of insight may still state its findings and
 * recommendations in running text (items/run-in-statements.ts).
 */
function draftItems(input: DocumentOutline, tree: SectionTree): DraftItem[] {
  const drafts = collectItems(input, tree);
  return drafts.length > 0 ? drafts : runInStatements(input, tree);
}

export const generalOutlineTemplate: Template = {
  id: 'labelled-sections',
  minScore: 1,
  score(input) {
    const tree = sectionTreeOf(input);
    let score = 0;
    for (const section of tree.all)
      if (!section.excluded && insightKindsOf(section).length > 0 && section.named && section.named.kinds.some((kind) => kind !== 'other')) score += 1;
    if (score > 0) return score;
    // Labelled lines anywhere ("Lesson learned: ...") and ILO annex templates count too.
    const drafts = draftItems(input, tree);
    return drafts.length > 0 ? 1 : 0;
  },
  parse(input): TemplateParse {
    const tree = sectionTreeOf(input);
    const drafts = draftItems(input, tree);
    const { insights, warnings } = finaliseItems(drafts, input.text);
    if (insights.length === 0) warnings.push('Sections were found but none held an insight.');
    return { insights, evaluation: null, project: null, keywords: [], warnings: [...tree.warnings, ...warnings] };
  },
};
