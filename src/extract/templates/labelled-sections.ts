/**
 * Documents in other shapes (agency web pages, report excerpts, lessons listed by project):
 * insights are taken only from places labelled as such — a heading, a bold line or a row
 * label ("Lessons learned", "Good practices", "Recommendations", "Bonnes pratiques",
 * "Buenas prácticas", ...) or a paragraph that opens with the label ("Lesson Learned: ...",
 * "Key lessons learned included ..."). Inline enumerations are split into items. Never an
 * insight: a table-of-contents line, an evaluation question, or a sentence that only
 * announces lessons or recommendations.
 */
import type { InsightKind } from '../../model/records.js';
import { foldForMatch } from '../normalise.js';
import { type Block, cleanInline, splitBoldLead, splitEnumeration } from '../text-cleanup.js';
import { type AnnexField, annexField, isEmptyAnnexValue, mainAnnexField } from './ilo-lesson-annex.js';
import { type RawInsight, locateItems } from './raw-insight.js';
import { isRecommendationFieldLine } from './recommendation-fields.js';

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

/**
 * "Lesson learned 2: Mediation first", "Bonne pratique n° 1 – ...": one numbered item, whose
 * title is the text after the number.
 */
const NUMBERED_ITEM =
  /^((?:ilo )?(?:lessons? learn(?:ed|t)|lessons?|le[cç]ons? apprises?|le[cç]ons?|lecci[oó]n aprendida|(?:emerging )?good practices?|bonnes? pratiques?|buenas? pr[aá]cticas?|recommendations?|recommandations?|recomendaci[oó]n(?:es)?))\s*(?:n[o°º]\.?\s*)?(\d{1,2})\b\s*[:.–—-]?\s*(.*)$/i;

/** The kind a label names ("Lessons learned" -> LESSON_LEARNED), or null. */
export function classifyLabel(text: string): InsightKind | null {
  const folded = foldForMatch(text).replace(/^[\d.)\s-]+/, '').replace(/[\s:.]+$/, '');
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
  return isAnnouncement(trimmed, kind !== 'RECOMMENDATION');
}

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
    if ((block.kind === 'heading' || block.kind === 'label' || block.bold) && !isTableOfContentsLine(block.raw) && (classifyLabel(block.text) || annexField(block.text))) score += 1;
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
    if (isNotAnInsight(text, kind)) return;
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

  // An annex table (lesson-learned or good-practice template) being read: one insight, its rows as fields.
  let annex: { kind: InsightKind; fields: Record<string, string>; headline: string | null; start: number; end: number; section: string; current: string | null } | null = null;
  const flushAnnex = (): void => {
    if (!annex) return;
    const item = annex;
    annex = null;
    const text = item.fields[mainAnnexField(item.kind)] ?? Object.values(item.fields)[0];
    if (!text) return;
    const key = `${item.kind}|${item.section}`;
    const ordinal = (ordinals.get(key) ?? 0) + 1;
    ordinals.set(key, ordinal);
    insights.push({ kind: item.kind, headline: item.headline, text, section: item.section, start: item.start, end: item.end, ordinal, addressee: null, fields: { ...item.fields } });
  };
  const openAnnexField = (field: AnnexField, block: Block): void => {
    if (annex && (annex.kind !== field.kind || field.field in annex.fields)) flushAnnex();
    if (!annex) {
      const section = zone?.kind === field.kind ? zone.section : field.kind === 'GOOD_PRACTICE' ? 'Emerging good practices' : 'Lessons learned';
      annex = { kind: field.kind, fields: {}, headline: pendingHeadline?.text ?? null, start: pendingHeadline?.start ?? block.start, end: block.end, section, current: null };
      pendingHeadline = null;
    }
    annex.current = field.field;
    annex.end = Math.max(annex.end, block.end);
  };
  const appendAnnexValue = (value: string, end: number): void => {
    if (!annex || !annex.current || isEmptyAnnexValue(value)) return;
    const previous = annex.fields[annex.current];
    annex.fields[annex.current] = previous ? `${previous}\n\n${value}` : value;
    annex.end = Math.max(annex.end, end);
  };

  for (const block of blocks) {
    if (block.kind === 'footnote') continue;
    const rowLabel = block.kind === 'label' || block.kind === 'heading' || block.bold ? annexField(block.text) : null;
    const lead = rowLabel || block.kind !== 'paragraph' ? null : splitBoldLead(block.raw);
    const leadLabel = lead ? annexField(lead.headline) : null;
    if (rowLabel ?? leadLabel) {
      openAnnexField((rowLabel ?? leadLabel)!, block);
      if (lead && leadLabel) appendAnnexValue(lead.rest, block.end);
      continue;
    }
    if (annex) {
      const current: { current: string | null } = annex;
      if (block.kind === 'paragraph' && !block.bold && current.current) {
        appendAnnexValue(block.text, block.end);
        continue;
      }
      flushAnnex();
    }
    const numbered = block.kind !== 'paragraph' || block.bold ? NUMBERED_ITEM.exec(block.text) : null;
    const numberedKind = numbered ? classifyLabel(numbered[1]!) : null;
    if (numbered && numberedKind) {
      const plural = numberedKind === 'LESSON_LEARNED' ? 'Lessons learned' : numberedKind === 'GOOD_PRACTICE' ? 'Good practices' : numberedKind === 'RECOMMENDATION' ? 'Recommendations' : 'Findings';
      if (!zone || zone.kind !== numberedKind) zone = { kind: numberedKind, section: plural, level: block.kind === 'heading' ? block.level : 7 };
      const title = numbered[3]!.replace(/[\s:]+$/, '');
      pendingHeadline = title ? { text: title, start: block.start } : null;
      continue;
    }
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
    const last = insights[insights.length - 1];
    if (zone.kind === 'RECOMMENDATION' && last?.kind === 'RECOMMENDATION' && isRecommendationFieldLine(block.text)) {
      // "Priority: High" on its own line belongs to the recommendation above.
      last.text = `${last.text} ${block.text}`;
      last.end = block.end;
      continue;
    }
    if (/:\s*$/.test(block.text) && block.text.split(/\s+/).length <= 25) continue;
    pushItems(zone.kind, zone.section, block, block.text);
  }
  flushAnnex();
  return { insights: insights.map((insight) => ({ ...insight, text: cleanInline(insight.text) })), warnings: [] };
}
