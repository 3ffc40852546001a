import type { Reference } from '../reference/load-reference.js';

/**
 * Bilingual synonyms for Meilisearch, generated from the reference data so one query finds a
 * thing whatever the language or acronym it is written in: ILO = OIT = BIT, AGR = activités
 * génératrices de revenus = income-generating activities, esclavage = slavery, travail forcé =
 * forced labour, médiation sociale = social mediation, Mauritanie = Mauritania, ...
 *
 * Only names, labels and acronyms take part: the themes' trigger words are too loose for
 * synonyms ("caste", "mediation" would drag whole themes into unrelated queries).
 */
export function toSynonymGroups(reference: Reference): string[][] {
  const groups: string[][] = [];
  for (const o of reference.organisations) groups.push([o.name, ...o.acronyms, ...o.aliases]);
  for (const g of reference.stakeholderGroups) groups.push([g.names.en, g.names.fr, g.names.es, ...(g.acronyms ?? [])]);
  for (const t of reference.themes) groups.push([t.labels.en, t.labels.fr, t.labels.es, ...t.acronyms]);
  for (const c of reference.countries) groups.push([c.names.en, c.names.fr, c.names.es]);
  for (const p of reference.places) groups.push([p.name, ...p.aliases]);
  return groups;
}

/** Lower case, typographic apostrophes straightened, spaces collapsed: how Meilisearch compares. */
function normaliseTerm(term: string): string {
  return term
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Mutual synonyms: every term of a group maps to every other term of it. A term in several
 * groups maps to the union. Keys and values sorted, so the settings are byte-identical from
 * run to run and Meilisearch sees no change when nothing changed.
 */
export function toSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map(normaliseTerm).filter((t) => t.length >= 2))];
    if (terms.length < 2) continue;
    for (const term of terms) {
      const set = map.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) set.add(other);
      map.set(term, set);
    }
  }
  return Object.fromEntries([...map.keys()].sort().map((key) => [key, [...map.get(key)!].sort()]));
}

/** The synonyms of the `insights` index. */
export function synonymsFromReference(reference: Reference): Record<string, string[]> {
  return toSynonyms(toSynonymGroups(reference));
}
