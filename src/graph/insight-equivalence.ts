import { toTerms } from '../text/text-similarity.js';
import { INSIGHT_KINDS } from '../model/records.js';

/**
 * Which insights of one evaluation say the same thing: the same recommendation in the French
 * and the English summary, or in the summary and the full report (docs/graph.md, "Equivalent
 * insights"). Pure: the groups are a function of the set of insights only, never of the order
 * they were ingested in, so the same documents always give the same graph.
 */

/** One insight of an evaluation, with what the grouping reads of it. */
export interface EquivalenceMember {
  id: string;
  /** FINDING, RECOMMENDATION, LESSON_LEARNED or GOOD_PRACTICE. */
  kind: string;
  /** The document that holds it. */
  documentId: string;
  /** The language of that document (`und` when unknown). */
  language: string;
  /** Offset of the insight in its document's text: its position among the document's insights. */
  start: number;
  /** Headline and text. */
  text: string;
}

/** Where an insight stands in its group. */
export interface EquivalenceFlags {
  /** The group's canonical insight (the insight itself when alone or canonical). */
  canonicalId: string;
  isCanonical: boolean;
}

/**
 * Least text similarity for two insights of one kind, in two documents of one language, to be
 * the same insight. Calibrated on the seed, the test summaries and shared/corpus (checked
 * 2026-12): two distinct items of one kind in one summary score at most 0.46 (Spanish), 0.59 in
 * a results-at-a-glance page; a summary's recommendation and its longer, reworded version in a
 * report score 0.75 to 0.92.
 */
export const SAME_INSIGHT_SIMILARITY = 0.6;

/** Fewest shared terms for a similarity match: two one-line texts sharing two words are not one insight. */
const MIN_SHARED_TERMS = 3;

const KNOWN_LANGUAGES = new Set(['fr', 'en', 'es']);

/** Term frequencies of a text in its language (stemmed, accent-folded, stop words out). */
function termVector(text: string, language: string): Map<string, number> {
  const vector = new Map<string, number>();
  for (const term of toTerms({ text, language })) vector.set(term, (vector.get(term) ?? 0) + 1);
  return vector;
}

/**
 * Cosine similarity of two texts of one language over their stemmed term frequencies, in
 * [0, 1]; 0 when they share fewer than three terms.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function insightTextSimilarity(a: string, b: string, language: string): number {
  return cosine(termVector(a, language), termVector(b, language));
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let shared = 0;
  for (const [term, weight] of a) {
    const other = b.get(term);
    if (other === undefined) continue;
    dot += weight * other;
    shared += 1;
  }
  if (shared < MIN_SHARED_TERMS) return 0;
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  return dot / (norm(a) * norm(b));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Union-find over ids, the smallest id of a set as its representative. */
class Groups {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(id, root);
    return root;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/**
 * Pairs of equivalent insights between two documents, for one kind:
 * - documents in two different known languages with as many items of the kind: the k-th item
 *   of one is the k-th of the other (a translation keeps the order; texts cannot be compared);
 * - documents in one language: pairs whose text similarity reaches SAME_INSIGHT_SIMILARITY,
 *   best pairs first, each insight in at most one pair (ties broken by id);
 * - otherwise none.
 */
function pairsBetween(a: EquivalenceMember[], b: EquivalenceMember[], languageA: string, languageB: string): Array<[string, string]> {
  if (a.length === 0 || b.length === 0) return [];
  if (languageA !== languageB) {
    if (!KNOWN_LANGUAGES.has(languageA) || !KNOWN_LANGUAGES.has(languageB) || a.length !== b.length) return [];
    return a.map((member, index) => [member.id, b[index]!.id]);
  }
  const vectorsB = b.map((member) => termVector(member.text, languageB));
  const scored: Array<{ x: string; y: string; score: number }> = [];
  for (const x of a) {
    const vx = termVector(x.text, languageA);
    b.forEach((y, index) => {
      const score = cosine(vx, vectorsB[index]!);
      if (score >= SAME_INSIGHT_SIMILARITY) scored.push({ x: x.id, y: y.id, score });
    });
  }
  scored.sort((p, q) => q.score - p.score || (p.x < q.x ? -1 : p.x > q.x ? 1 : p.y < q.y ? -1 : p.y > q.y ? 1 : 0));
  const taken = new Set<string>();
  const pairs: Array<[string, string]> = [];
  for (const { x, y } of scored) {
    if (taken.has(x) || taken.has(y)) continue;
    taken.add(x);
    taken.add(y);
    pairs.push([x, y]);
  }
  return pairs;
}

/**
 * The equivalence groups of one evaluation's insights: for every pair of its documents and
 * every kind, the pairs of pairsBetween, closed transitively (the French summary's item joins
 * the English summary's, which joins the English report's). Each group's canonical insight is
 * its smallest id. Returns the flags of every member, in id order.
 */
export function toEquivalenceFlags(members: readonly EquivalenceMember[]): Map<string, EquivalenceFlags> {
  const documents = new Map<string, { language: string; members: EquivalenceMember[] }>();
  for (const member of [...members].sort(byId)) {
    const document = documents.get(member.documentId) ?? { language: member.language, members: [] };
    document.members.push(member);
    documents.set(member.documentId, document);
  }
  const documentIds = [...documents.keys()].sort();
  const groups = new Groups();
  for (let i = 0; i < documentIds.length; i += 1) {
    for (let j = i + 1; j < documentIds.length; j += 1) {
      const a = documents.get(documentIds[i]!)!;
      const b = documents.get(documentIds[j]!)!;
      for (const kind of INSIGHT_KINDS) {
        const inOrder = (list: EquivalenceMember[]) => list.filter((m) => m.kind === kind).sort((p, q) => p.start - q.start || byId(p, q));
        for (const [x, y] of pairsBetween(inOrder(a.members), inOrder(b.members), a.language, b.language)) groups.join(x, y);
      }
    }
  }
  const flags = new Map<string, EquivalenceFlags>();
  for (const member of [...members].sort(byId)) {
    const canonicalId = groups.find(member.id);
    flags.set(member.id, { canonicalId, isCanonical: canonicalId === member.id });
  }
  return flags;
}

/**
 * The languages of each group of two or more equivalent insights, on its canonical insight
 * (sorted, unknown ones left out); null for every other insight. A dashboard filtered on a
 * language counts a group when one of its members is in it (docs/graph.md, "Equivalent
 * insights"): the English and French versions of a recommendation count once under `fr`, as
 * under `en`, whichever of the two is canonical.
 */
export function toGroupLanguages(
  members: ReadonlyArray<{ id: string; insightLanguage: string | null }>,
  flags: ReadonlyMap<string, EquivalenceFlags>,
): Map<string, string[] | null> {
  const byCanonical = new Map<string, { size: number; languages: Set<string> }>();
  for (const member of members) {
    const canonicalId = flags.get(member.id)?.canonicalId ?? member.id;
    const group = byCanonical.get(canonicalId) ?? { size: 0, languages: new Set<string>() };
    group.size += 1;
    if (member.insightLanguage) group.languages.add(member.insightLanguage);
    byCanonical.set(canonicalId, group);
  }
  const result = new Map<string, string[] | null>();
  for (const member of members) {
    const group = byCanonical.get(member.id);
    result.set(member.id, group && group.size > 1 ? [...group.languages].sort() : null);
  }
  return result;
}
