import type { InsightFields, InsightKind, ProvenanceSpan } from '../../model/records.js';

/**
 * An insight as a template finds it: clean strings and offsets, before reference data
 * (addressees, mentions, themes) is applied by extractRecord.
 */
export interface RawInsight {
  kind: InsightKind;
  headline: string | null;
  text: string;
  section: string;
  start: number;
  end: number;
  ordinal: number;
  /** The addressee as written (a heading, a row label), for recommendations. */
  addressee: string | null;
  fields: InsightFields;
  /** Other places where the document states the same insight (see Provenance.spans). */
  spans?: Array<Omit<ProvenanceSpan, 'page'>>;
}

/**
 * Offsets of the items an enumeration was split into, inside the block they come from: each
 * item starts where its first words are found in the raw text (markup may sit in between),
 * and ends where the next one starts. A single item keeps the block's range.
 */
export function locateItems(fullText: string, block: { start: number; end: number }, items: string[]): Array<{ text: string; start: number; end: number }> {
  if (items.length <= 1) return items.map((text) => ({ text, start: block.start, end: block.end }));
  const raw = fullText.slice(block.start, block.end);
  const starts: number[] = [];
  let from = 0;
  for (const item of items) {
    const probe = item.slice(0, 24);
    let at = raw.indexOf(probe, from);
    if (at === -1) at = raw.indexOf(item.split(/\s+/)[0] ?? item, from);
    if (at === -1) at = from;
    starts.push(at);
    from = at + 1;
  }
  return items.map((text, index) => {
    const start = starts[index]!;
    let end = index + 1 < items.length ? starts[index + 1]! : raw.length;
    while (end > start && /\s/.test(raw[end - 1] ?? '')) end -= 1;
    // The next item's marker ("ii)", "b)", "2.") belongs to the next item, not this one.
    if (index + 1 < items.length) {
      const tail = raw.slice(start, end);
      const marker = /\s*(?:\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[).]|[•▪●◦*-])$/i.exec(tail);
      if (marker && marker.index > 0) end = start + marker.index;
    }
    return { text, start: block.start + start, end: block.start + Math.max(end, start + 1) };
  });
}
