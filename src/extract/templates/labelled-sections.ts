/**
 * Documents in other shapes (agency web pages, report excerpts, lessons listed by project):
 * insights are taken only from places labelled as such — a heading, a bold line or a row
 * label ("Lessons learned", "Good practices", "Recommendations", "Bonnes pratiques",
 * "Buenas prácticas", ...) or a paragraph that opens with the label ("Lesson Learned: ...",
 * "Key lessons learned included ..."). Inline enumerations are split into items. Never an
 * insight: a table-of-contents line, an evaluation question, or a sentence that only
 * announces lessons or recommendations.
 */
import type { InsightKind } from '../records.js';
import { foldForMatch } from '../normalise.js';
import { type Block, cleanInline, splitEnumeration } from '../text-cleanup.js';
import { type RawInsight, locateItems } from './raw-insight.js';

const SECTION_LABELS: Array<[InsightKind, RegExp]> = [
  [
    'LESSON_LEARNED',
    /^(?:key |main |principal(?:es)? |major |other |emerging )?(?:lessons?[- ]learn(?:ed|t)|lessons?|le[cç]ons? (?:apprises?|tirees?)|lecciones aprendidas|lecciones)\b/,
  ],
  ['GOOD_PRACTICE', /^(?:key |main |principal(?:es)? |emerging |promising )?(?:good|best|promising) practices?\b|^(?:principales )?bonnes pratiques\b|^(?:principales )?buenas practicas\b|^pratiques prometteuses\b/],
  ['RECOMMENDATION', /^(?:key |main |principal(?:es)? |other )?(?:recommendations?|recommandations?|recomendaciones|recomendacion)\b/],
  ['FINDING', /^(?:key |main |principal(?:es)? )?(?:findings|constatations|hallazgos|resultats principaux|principaux resultats)\b/],
];

/** "RECOMMENDATIONS ...... 42", "Lessons learned\t17": a table-of-contents line. */
const TABLE_OF_CONTENTS = /(?:\.{3,}|…{2,}|\s{2,}|\t)\s*\d{1,3}\s*$/;
/** A heading followed by a page number ("Lessons learned 17") is a contents entry too. */
const HEADING_WITH_PAGE = /^[^a-z\d]{3,80}\s+\d{1,3}$|^\D{3,80}?\s+\d{2,3}$/;

/** Sentences that only announce lessons or recommendations ("to draw lessons learned", "tirer les leçons"). */
const ANNOUNCEMENT =
  /\b(?:draw(?:ing)?|identify(?:ing)?|document(?:ing)?|capture|present(?:s|ed)?|provide|formulate|make|tirer|identifier|documenter|capitaliser|pr[eé]sente[rs]?|fournir|formuler|extraer|identificar|presentar|formular|proporcionar)\b[^.]{0,40}\b(?:lessons?|le[cç]ons|lecciones|recommendations?|recommandations|recomendaciones|good practices|bonnes pratiques|buenas pr[aá]cticas)\b/i;

function fold(text: string): string {
  return foldForMatch(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The kind a label names ("Lessons learned" -> LESSON_LEARNED), or null. */
export function classifyLabel(text: string): InsightKind | null {
  const folded = fold(text).replace(/^[\d.)\s-]+/, '').replace(/[\s:.]+$/, '');
  if (!folded || folded.length > 80) return null;
  for (const [kind, pattern] of SECTION_LABELS) if (pattern.test(folded)) return kind;
  return null;
}

/** True for a line that is an entry of a table of contents. */
export function isTableOfContentsLine(text: string): boolean {
  // Only the end of a line can hold a page number; a bounded tail keeps the test linear.
  return TABLE_OF_CONTENTS.test(text.trim().slice(-120));
}

/** True for text that is not an insight: a question, a bare announcement, a table-of-contents line. */
export function isNotAnInsight(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 12) return true;
  if (/\?\s*$/.test(trimmed)) return true;
  if (isTableOfContentsLine(trimmed)) return true;
  return ANNOUNCEMENT.test(trimmed) && trimmed.split(/\s+/).length <= 30;
}

/** A paragraph that opens with a label: "Lesson Learned: ...", "Key lessons learned included ...". */
function inlineLabel(text: string): { kind: InsightKind; label: string; rest: string } | null {
  const match =
    /^((?:key |main |major |other )?(?:lessons?[- ]learn(?:ed|t)|lessons?|good practices?|best practices?|recommendations?|le[cç]ons apprises|bonnes pratiques|recommandations|lecciones aprendidas|buenas pr[aá]cticas|recomendaciones)(?:\s*(?:n[o°º]\.?\s*)?\d{1,2})?)\s*(?::|–|—|\s-\s|\s+(?:included|include|includes|are|were|sont|incluent|son|incluyen)\b:?)\s*([\s\S]+)$/i.exec(
      text,
    );
  if (!match) return null;
  const kind = classifyLabel(match[1]!);
  return kind ? { kind, label: match[1]!.trim(), rest: match[2]!.trim() } : null;
}

/** Number of labelled places in the blocks (0: this template has nothing to take). */
export function scoreLabelledSections(blocks: Block[]): number {
  let score = 0;
  for (const block of blocks) {
    if ((block.kind === 'heading' || block.kind === 'label' || block.bold) && !isTableOfContentsLine(block.raw) && classifyLabel(block.text)) score += 1;
    else if (block.kind === 'paragraph' && inlineLabel(block.text)) score += 1;
  }
  return score;
}

/** Parses labelled places into raw insights. Never throws. */
export function parseLabelledSections(blocks: Block[], fullText: string): { insights: RawInsight[]; warnings: string[] } {
  const insights: RawInsight[] = [];
  const ordinals = new Map<string, number>();
  let zone: { kind: InsightKind; section: string; level: number } | null = null;
  let pendingHeadline: { text: string; start: number } | null = null;

  const push = (kind: InsightKind, section: string, text: string, start: number, end: number): void => {
    if (isNotAnInsight(text)) return;
    const key = `${kind}|${section}`;
    const ordinal = (ordinals.get(key) ?? 0) + 1;
    ordinals.set(key, ordinal);
    const headline: { text: string; start: number } | null = pendingHeadline;
    pendingHeadline = null;
    insights.push({ kind, headline: headline?.text ?? null, text, section, start: headline ? Math.min(headline.start, start) : start, end, ordinal, addressee: null, fields: null });
  };
  const pushItems = (kind: InsightKind, section: string, block: Block, text: string): void => {
    const { items } = splitEnumeration(text);
    for (const item of locateItems(fullText, block, items)) {
      const bullet = /^[-*•▪●◦]\s+/.exec(item.text);
      // The bullet is markup, not text: the item starts after it.
      push(kind, section, bullet ? item.text.slice(bullet[0].length) : item.text, item.start + (bullet && item.start === block.start ? bullet[0].length : 0), item.end);
    }
  };

  for (const block of blocks) {
    if (block.kind === 'footnote') continue;
    const headingLike = block.kind === 'heading' || block.kind === 'label' || (block.bold && block.text.split(/\s+/).length <= 10);
    if (headingLike) {
      if (isTableOfContentsLine(block.raw) || isTableOfContentsLine(block.text) || (classifyLabel(block.text) && HEADING_WITH_PAGE.test(block.text.slice(0, 200)))) continue;
      const kind = classifyLabel(block.text);
      const level = block.kind === 'heading' ? block.level : 7;
      if (kind) {
        zone = { kind, section: block.text.replace(/[\s:]+$/, ''), level };
        pendingHeadline = null;
        continue;
      }
      if (zone && block.kind === 'heading' && block.level <= zone.level) {
        zone = null;
        continue;
      }
      if (zone && zone.level === 7 && block.kind === 'heading') {
        zone = null;
        continue;
      }
      if (zone) {
        // A sub-heading or bold title inside a labelled section titles the next item.
        pendingHeadline = { text: block.text.replace(/[\s:]+$/, ''), start: block.start };
        continue;
      }
      continue;
    }
    const inline = inlineLabel(block.text);
    if (inline) {
      const section = inline.label.replace(/\s*(?:n[o°º]\.?\s*)?\d{1,2}$/i, '');
      if (inline.rest) pushItems(inline.kind, section, block, inline.rest);
      else zone = { kind: inline.kind, section, level: 7 };
      continue;
    }
    if (!zone) continue;
    if (/:\s*$/.test(block.text) && block.text.split(/\s+/).length <= 25) continue;
    pushItems(zone.kind, zone.section, block, block.text);
  }
  return { insights: insights.map((insight) => ({ ...insight, text: cleanInline(insight.text) })), warnings: [] };
}
