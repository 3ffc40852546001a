/**
 * Pure scoring of comparable practices: a candidate insight against what the source (an
 * insight, a project's insights or a free text) is about. Score in [0, 1]: the weights add up
 * to 1 and every component is in [0, 1].
 */

/** Something shared, by id with its readable name. */
export interface Named {
  id: string;
  name: string;
}

/** What a practice is about, as compared. */
export interface PracticeProfile {
  /** Source profiles only: how rare each theme or actor is, in (0, 1] (normalised IDF); 1 when absent. */
  weights?: ReadonlyMap<string, number>;
  themes: Named[];
  /** Countries it concerns (project's and mentioned). */
  countries: Named[];
  /** Actors it names or addresses. */
  actors: Named[];
}

export type ReasonKind = 'SHARED_THEME' | 'SAME_COUNTRY' | 'BORDERING_COUNTRY' | 'SHARED_ACTOR' | 'TEXT_SIMILARITY';

export interface ComparabilityReason {
  kind: ReasonKind;
  description: string;
  /** What this reason adds to the score. */
  contribution: number;
  ids: string[];
  names: string[];
}

export interface ComparableScore {
  score: number;
  reasons: ComparabilityReason[];
}

/** Weights of the four signals; they sum to 1. */
export const WEIGHTS = { themes: 0.35, country: 0.2, actors: 0.15, text: 0.3 } as const;
/** A bordering country counts for this share of a same country. */
export const BORDERING_FACTOR = 0.6;

const round = (value: number) => Math.round(value * 1000) / 1000;

function shared(source: Named[], candidate: Named[]): Named[] {
  const ids = new Set(source.map((item) => item.id));
  const seen = new Set<string>();
  return candidate.filter((item) => ids.has(item.id) && !seen.has(item.id) && seen.add(item.id));
}

// Each shared theme (or actor) counts by how rare it is in the corpus (1 for one nothing else
// has, near 0 for one every insight has); the sum is capped at 1. Sharing "social mediation"
// says more than sharing "slavery", which half the corpus is about.
function rarityOf(sharedItems: Named[], weights: ReadonlyMap<string, number> | undefined): number {
  return Math.min(
    1,
    sharedItems.reduce((sum, item) => sum + (weights?.get(item.id) ?? 1), 0),
  );
}

/** A reason naming what the two practices share: "Shared themes: Forced labour, Child labour". */
function reasonOf(kind: ReasonKind, label: string, items: Named[], contribution: number): ComparabilityReason {
  return {
    kind,
    description: `${label}: ${items.map((item) => item.name).join(', ')}`,
    contribution,
    ids: items.map((item) => item.id),
    names: items.map((item) => item.name),
  };
}

/**
 * Scores a candidate. `borders` holds the ids of the countries bordering the source's
 * countries; `textSimilarity` is a cosine in [0, 1].
 */
export function scoreComparable(source: PracticeProfile, candidate: PracticeProfile, borders: ReadonlySet<string>, textSimilarity: number): ComparableScore {
  const reasons: ComparabilityReason[] = [];

  const themes = shared(source.themes, candidate.themes);
  if (themes.length > 0)
    reasons.push(reasonOf('SHARED_THEME', `Shared theme${themes.length > 1 ? 's' : ''}`, themes, WEIGHTS.themes * rarityOf(themes, source.weights)));

  const sameCountries = shared(source.countries, candidate.countries);
  if (sameCountries.length > 0) {
    reasons.push(reasonOf('SAME_COUNTRY', 'Same country', sameCountries, WEIGHTS.country));
  } else {
    const bordering = candidate.countries.filter((c) => borders.has(c.id));
    if (bordering.length > 0) reasons.push(reasonOf('BORDERING_COUNTRY', 'Bordering country', bordering, WEIGHTS.country * BORDERING_FACTOR));
  }

  const actors = shared(source.actors, candidate.actors);
  if (actors.length > 0)
    reasons.push(reasonOf('SHARED_ACTOR', `Shared actor${actors.length > 1 ? 's' : ''}`, actors, WEIGHTS.actors * rarityOf(actors, source.weights)));

  const similarity = Math.max(0, Math.min(1, textSimilarity));
  if (similarity >= 0.05) {
    reasons.push({
      kind: 'TEXT_SIMILARITY',
      description: `Similar wording (TF-IDF cosine ${similarity.toFixed(2)})`,
      contribution: WEIGHTS.text * similarity,
      ids: [],
      names: [],
    });
  }

  reasons.sort((a, b) => b.contribution - a.contribution);
  const score = reasons.reduce((sum, reason) => sum + reason.contribution, 0);
  return { score: round(Math.min(1, score)), reasons: reasons.map((reason) => ({ ...reason, contribution: round(reason.contribution) })) };
}
