/**
 * A generated corpus for the benchmarks: thousands of evaluation summaries in the i-eval
 * template, made from the real seed and the English and Spanish test summaries by changing
 * what differs between real evaluations (project code, country, year, donor, the order and
 * wording of findings). Pure and deterministic: the same seed number gives the same corpus.
 */

/** A base document to vary, with the facts the generator rewrites. */
export interface CorpusBase {
  name: string;
  text: string;
  /** The project code as written in the base (replaced in every variant). */
  projectCode: string;
  /** The country line's value as written (replaced by the variant's country). */
  countryValue: string;
  /** The completion year as written. */
  year: string;
}

export interface GeneratedDocument {
  fileName: string;
  text: string;
}

/** Countries the variants are set in: the Sahel and its neighbours, as written in a QUICK FACTS line. */
const COUNTRIES = [
  { iso3: 'MLI', name: 'MALI' },
  { iso3: 'NER', name: 'NIGER' },
  { iso3: 'MRT', name: 'MAURITANIE' },
  { iso3: 'BFA', name: 'BURKINA FASO' },
  { iso3: 'SEN', name: 'SENEGAL' },
  { iso3: 'TCD', name: 'TCHAD' },
  { iso3: 'GIN', name: 'GUINEE' },
  { iso3: 'CIV', name: "COTE D'IVOIRE" },
] as const;

const DONOR_CODES = ['USA', 'EUR', 'GBR', 'NOR', 'FRA', 'DEU'] as const;

/** Words swapped in the text so variants do not share every sentence (searchable differences). */
const VARIATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bprojet\b/g, ['projet', 'programme', 'projet pilote']],
  [/\bvictimes\b/g, ['victimes', 'personnes affectées', 'victimes']],
  [/\bproject\b/g, ['project', 'programme', 'intervention']],
  [/\bvictims\b/g, ['victims', 'survivors', 'victims']],
  [/\bproyecto\b/g, ['proyecto', 'programa']],
];

/** A template field label (`**Code du project:**`), kept as a separate part by split(). */
const FIELD_LABEL = /(\*\*[^*\n]*:\*\*)/;

/** Mulberry32: a small deterministic PRNG, enough for varied but repeatable corpora. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Makes `count` documents from the bases, round-robin, each with its own project code. */
export function generateCorpus(bases: readonly CorpusBase[], count: number, seed = 42): GeneratedDocument[] {
  if (bases.length === 0) throw new Error('generateCorpus needs at least one base document');
  const random = createRandom(seed);
  const documents: GeneratedDocument[] = [];
  for (let index = 0; index < count; index += 1) {
    const base = bases[index % bases.length] as CorpusBase;
    const country = pick(COUNTRIES, random);
    const year = String(2012 + Math.floor(random() * 13));
    const code = `${country.iso3}/${year.slice(2)}/${String(index % 100).padStart(2, '0')}${String(Math.floor(index / 100)).padStart(2, '0')}/${pick(DONOR_CODES, random)}`;
    let text = base.text
      .replace(new RegExp(escapeRegExp(base.projectCode), 'g'), code)
      .replace(new RegExp(`(\\*\\*[^*\\n]*:\\*\\*\\s*)${escapeRegExp(base.countryValue)}`), `$1${country.name}`)
      .replace(new RegExp(`\\b${base.year}\\b`, 'g'), year);
    // Field labels are left alone: the seed's label is literally "Code du project:" and the
    // Spanish one "Código del proyecto:", and a varied label is a field the extractor no longer
    // recognises (two documents in three came out without a project code).
    const parts = text.split(FIELD_LABEL);
    for (const [pattern, choices] of VARIATIONS) {
      for (let at = 0; at < parts.length; at += 2) parts[at] = parts[at]!.replace(pattern, () => pick(choices, random));
    }
    text = parts.join('');
    documents.push({ fileName: `${String(index).padStart(5, '0')}-${base.name}-${country.iso3.toLowerCase()}.txt`, text });
  }
  return documents;
}
