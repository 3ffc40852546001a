/**
 * What a short evaluation page states in running text, with no heading that names its findings or recommendations:
 * an agency's page on one evaluation (GEF IEO's "The evaluation finds that GEF support has generated … To strengthen
 * effectiveness, the evaluation recommends addressing …", IFAD IOE's "The report highlights the encouraging results
 * … the evaluation highlighted, among other recommendations, the need to …", "A key recommendation from the
 * assessment is a proposal to pilot …"), an abstract in a database. Read only when no section of the document names a
 * kind of insight (a document with a "Findings" or "Recommendations" part is read by its parts):
 * - a paragraph that opens with what the evaluation (the review, the report, the synthesis …) finds, concludes,
 *   shows or highlights is a finding; so are the plain paragraphs right after it (up to three), which go on stating
 *   the results, until a paragraph that recommends;
 * - the sentence that says what the evaluation recommends is a recommendation, with the sentences after it that go
 *   on about it ("Such an approach would …", "This proposal would require …"); the sentences before it in its
 *   paragraph are the setting, or the finding the paragraph opened with.
 * Pure: outline and sections in, draft items out.
 */
import type { InsightKind } from '../../model/records.js';
import type { Outline, OutlineBlock } from '../outline/outline-block.js';
import { type Section, type SectionTree, insightKindsOf } from '../sections/find-sections.js';
import type { DraftItem } from './section-items.js';

/** Who states the insight: the evaluation, its report, its team (English, French, Spanish). */
const REPORTER = String.raw`(?:the|this|our|l['’]|la|el|le|cette|esta)\s*(?:(?:independent|final|mid-?term|ex-?post|performance|project|programme|country|thematic|strategic)\s+){0,2}(?:evaluation|review|assessment|report|study|synthesis|analysis|evaluators?|evaluation team|mission|audit|[ée]valuation|[ée]tude|rapport|[ée]quipe d['’][ée]valuation|evaluaci[óo]n|estudio|informe|equipo evaluador)`;

/** A paragraph that opens with what the evaluation found ("Overall, the evaluation found that …", "The synthesis of the findings … revealed"). */
const FINDS = new RegExp(
  String.raw`^(?:[^.;:]{0,80},\s+)?${REPORTER}(?:\s+[\p{L}'’-]+){0,7}?\s+(?:also\s+|further\s+)?(?:finds|found|concludes|concluded|shows|showed|highlights|highlighted|notes|noted|reveals|revealed|observes|observed|confirms|confirmed|establishes|established|constate|a constaté|conclut|a conclu|montre|a montré|souligne|a souligné|constata|constató|concluye|concluyó|muestra|mostró|destaca|destacó)(?![\p{L}])`,
  'iu',
);

/** A sentence that says what the evaluation recommends. */
const RECOMMENDS = new RegExp(
  [
    String.raw`${REPORTER}(?:\s+[\p{L}'’-]+){0,3}?\s+(?:also\s+|further\s+|therefore\s+)?(?:recommends|recommended|recommande|a recommandé|recomienda|recomendó)(?![\p{L}])`,
    String.raw`\b(?:a|the|one|another|its)\s+(?:(?:key|main|major|central|principal|first|second|third|further|final|important)\s+)?recommendation\s+(?:from|of)\s+(?:the\s+)?(?:evaluation|assessment|review|report|study|mission|audit)\s+(?:is|was)\b`,
    String.raw`\bamong other recommendations\b`,
    String.raw`\bit (?:is|was) (?:therefore |also |further )?recommended that\b`,
  ].join('|'),
  'iu',
);

/** A sentence that goes on about the recommendation before it ("Such an approach would …", "This proposal would require …"). */
const GOES_ON = /^(?:such|this|these|that|it|doing so|in doing so|to do so|ceci|cela|cette|ce|esto|esta|este|dicha?o?)\b/iu;

/** Plain paragraphs after a finding that still state the results ("Country ownership varies, …"). */
const MAX_FOLLOWING = 3;

/** A paragraph long enough to state a result, ending with its sentence. */
const MIN_WORDS = 12;

/** The sentences of a paragraph (a capital, a quote or a bracket opens the next). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}"“«(])/u).filter((sentence) => sentence.trim().length > 0);
}

/**
 * The findings and recommendations a document states in running text, when none of its sections names a kind of
 * insight (see the module's comment). Empty otherwise.
 */
export function runInStatements(outline: Outline, tree: SectionTree): DraftItem[] {
  if (tree.all.some((section) => !section.excluded && insightKindsOf(section).length > 0)) return [];
  const ownerOf = new Map<number, Section>();
  for (const section of tree.all) if (!section.excluded) for (const index of section.blocks) ownerOf.set(index, section);
  const items: DraftItem[] = [];
  let following = -1;
  for (let index = 0; index < outline.blocks.length; index += 1) {
    const block = outline.blocks[index]!;
    const owner = ownerOf.get(index);
    if (!owner || block.kind !== 'paragraph' || tree.toc.has(index)) {
      following = -1;
      continue;
    }
    const sentences = sentencesOf(block.text);
    const at = sentences.findIndex((sentence) => RECOMMENDS.test(sentence) && !/:\s*$/.test(sentence));
    const finds = FINDS.test(block.text);
    if (finds || (at !== 0 && following >= 0 && following < MAX_FOLLOWING && statesResult(at < 0 ? block.text : sentences.slice(0, at).join(' ')))) {
      const text = at < 0 ? block.text : sentences.slice(0, at).join(' ');
      if (text) items.push(draft('FINDING', text, block, owner, outline));
      following = finds ? 0 : following + 1;
    } else following = -1;
    if (at >= 0) {
      const goesOn = sentences.slice(at + 1);
      const end = goesOn.findIndex((sentence) => !GOES_ON.test(sentence));
      const text = [sentences[at]!, ...(end < 0 ? goesOn : goesOn.slice(0, end))].join(' ');
      items.push(draft('RECOMMENDATION', text, block, owner, outline));
      following = -1;
    }
  }
  return items;
}

/** A plain paragraph after a finding that states a result: a whole sentence of some length, not a lead-in. */
function statesResult(text: string): boolean {
  return /[.!]["”’)]?$/.test(text.trim()) && text.split(/\s+/).length >= MIN_WORDS;
}

function draft(kind: InsightKind, text: string, block: OutlineBlock, owner: Section, outline: Outline): DraftItem {
  const heading = owner.heading >= 0 ? outline.blocks[owner.heading]!.text : '';
  return {
    kind,
    headline: null,
    parts: [{ text, start: block.start, end: block.end }],
    section: heading,
    start: block.start,
    end: block.end,
    inSummary: owner.inSummary,
    fields: {},
    origin: 'paragraph',
    number: null,
    owner,
  };
}
