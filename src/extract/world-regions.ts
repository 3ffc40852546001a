/**
 * World regions named in titles ("African Model Forest Initiative", « Programme régional au
 * Sahel », "Evaluación en Centroamérica"), in English, French and Spanish, as predicates over the
 * reference data's `region` and `subregion` of each country. A title that names a region says
 * where the work is: the countries it concerns lie there, and a funder's country elsewhere
 * ("Canada", in a Canadian programme for Africa) does not. Pure.
 */
import type { CountryEntry } from '../reference/reference-schema.js';
import { foldAccentsAndQuotes } from '../text/normalise.js';

export interface WorldRegion {
  /** Stable name, for tests and warnings. */
  name: string;
  /** True when a country lies in the region. */
  contains(country: Pick<CountryEntry, 'iso3' | 'region' | 'subregion'>): boolean;
  /** A cross-border area of a few countries ("Liptako-Gourma"): every one of them is concerned. */
  countries?: readonly string[];
}

/** A cross-border area of a few countries: naming it names them all. */
function area(name: string, iso3s: string[]): WorldRegion {
  return { name, countries: iso3s, contains: (c) => iso3s.includes(c.iso3) };
}

const inRegion = (region: string) => (c: Pick<CountryEntry, 'region'>) => c.region === region;
const inSubregions =
  (...subregions: string[]) =>
  (c: Pick<CountryEntry, 'subregion'>) =>
    subregions.includes(c.subregion ?? '');
/** Sahel: the band from Senegal to Chad (and the Sudan), as agencies use it. */
const SAHEL = new Set(['SEN', 'GMB', 'MRT', 'MLI', 'BFA', 'NER', 'TCD', 'NGA', 'CMR', 'SDN', 'ERI', 'GIN']);
const MIDDLE_EAST_NORTH_AFRICA = new Set([
  'DZA',
  'BHR',
  'EGY',
  'IRN',
  'IRQ',
  'ISR',
  'JOR',
  'KWT',
  'LBN',
  'LBY',
  'MAR',
  'OMN',
  'PSE',
  'QAT',
  'SAU',
  'SYR',
  'TUN',
  'ARE',
  'YEM',
]);

/** Region names (folded patterns), most specific first: "West Africa" before "Africa". */
const REGIONS: Array<[RegExp, WorldRegion]> = [
  [/\bliptako[- ]gourma\b/, area('Liptako-Gourma', ['MLI', 'BFA', 'NER'])],
  [/\b(?:lake chad basin|bassin du lac tchad|cuenca del lago chad)\b/, area('Lake Chad basin', ['TCD', 'CMR', 'NER', 'NGA'])],
  [/\b(?:mano river|fleuve mano|rio mano)\b/, area('Mano River', ['LBR', 'SLE', 'GIN', 'CIV'])],
  [
    /\b(?:west(?:ern)? afric\w*|afrique (?:de l'ouest|occidentale)|africa (?:occidental|del oeste)|cedeao|ecowas)\b/,
    { name: 'Western Africa', contains: inSubregions('Western Africa') },
  ],
  [/\b(?:sahel\w*)\b/, { name: 'Sahel', contains: (c) => SAHEL.has(c.iso3) }],
  [
    /\b(?:central africa(?!n republic)\w*|afrique centrale|africa central|congo basin|bassin du congo|cuenca del congo)\b/,
    { name: 'Middle Africa', contains: inSubregions('Middle Africa') },
  ],
  [
    /\b(?:east(?:ern)? afric\w*|horn of africa|afrique de l'est|afrique orientale|corne de l'afrique|africa oriental|cuerno de africa)\b/,
    { name: 'Eastern Africa', contains: inSubregions('Eastern Africa') },
  ],
  [
    /\b(?:north(?:ern)? afric\w*|maghreb|afrique du nord|africa del norte|norte de africa)\b/,
    { name: 'Northern Africa', contains: inSubregions('Northern Africa') },
  ],
  [/\b(?:southern africa\w*|afrique australe|africa austral)\b/, { name: 'Southern Africa', contains: inSubregions('Southern Africa') }],
  [
    /\b(?:mena|middle east and north africa|moyen-orient et afrique du nord)\b/,
    { name: 'Middle East and North Africa', contains: (c) => MIDDLE_EAST_NORTH_AFRICA.has(c.iso3) },
  ],
  [/\b(?:middle east|moyen-orient|oriente medio|oriente proximo)\b/, { name: 'Western Asia', contains: inSubregions('Western Asia') }],
  [/\b(?:afric\w*|afrique|africain\w*)\b/, { name: 'Africa', contains: inRegion('Africa') }],
  [
    /\b(?:latin america\w*|amerique latine|latino-?americ\w*|america latina|latinoamerica\w*)\b/,
    { name: 'Latin America', contains: (c) => c.region === 'Americas' && c.iso3 !== 'USA' && c.iso3 !== 'CAN' },
  ],
  [/\b(?:central america\w*|amerique centrale|centroamerica\w*|america central)\b/, { name: 'Central America', contains: inSubregions('Central America') }],
  [/\b(?:caribbean|caraibes|caribe)\b/, { name: 'Caribbean', contains: inSubregions('Caribbean') }],
  [/\b(?:south america\w*|amerique du sud|sudamerica\w*|america del sur)\b/, { name: 'South America', contains: inSubregions('South America') }],
  [/\b(?:south(?:ern)? asia\w*|asie du sud|asia meridional|asia del sur)\b/, { name: 'Southern Asia', contains: inSubregions('Southern Asia') }],
  [/\b(?:south-?east(?:ern)? asia\w*|asie du sud-est|sudeste asiatico)\b/, { name: 'South-Eastern Asia', contains: inSubregions('South-Eastern Asia') }],
  [/\b(?:central asia\w*|asie centrale|asia central)\b/, { name: 'Central Asia', contains: inSubregions('Central Asia') }],
  [/\b(?:asia|asian|asie|asiatique\w*|asiatic\w*)\b/, { name: 'Asia', contains: inRegion('Asia') }],
  [/\b(?:pacific islands?|iles du pacifique|islas del pacifico)\b/, { name: 'Oceania', contains: inRegion('Oceania') }],
];

/** The world region a title names, the most specific one; null when it names none. */
export function regionOfTitle(title: string): WorldRegion | null {
  const folded = foldAccentsAndQuotes(title);
  for (const [pattern, region] of REGIONS) if (pattern.test(folded)) return region;
  return null;
}
