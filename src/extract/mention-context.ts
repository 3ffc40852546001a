/**
 * Context rules that make country mentions precise. The gazetteer finds every country name,
 * alias, demonym and code; these rules look at the words around each match and say when it does
 * not name the country:
 * - a name written in lower case (« une réunion », "turkey", "china"): names are capitalised;
 * - a common word spelt like a country: "Réunion de directores", "Reunión nacional" (a meeting);
 * - a first name: "Jordan Smith", "Chad Johnson" (a capitalised surname follows);
 * - a lake, river, gulf, basin, delta or valley: "Lake Chad", "River Niger", "Congo Basin",
 *   "bassin du Congo", "golfo de México";
 * - a city named after its country: "Guatemala City", "Ciudad de Panamá", "Kuwait City";
 * - the US state: "Atlanta, Georgia", "University of Georgia", "Georgia, USA";
 * - an address, a contact block or a footer line: "1211 Genève 2 / Switzerland", "Tel: …";
 * - the publisher's place of a bibliographic reference: "Geneva, Switzerland: UNHCR".
 * It also measures enumerations (a run of countries separated only by commas and "and"): a long
 * series ("Belgium, Britain, Canada, Denmark, …") names countries without saying anything about
 * them, and a list introduced as donors names donors, not places of work.
 * Bare "Congo" is the Republic of the Congo unless the words around it belong to the DRC.
 * Pure: text and offsets in, judgements out.
 */
import { foldAccentsAndQuotes } from '../text/normalise.js';

export type CountryForm = 'name' | 'demonym' | 'code';

/** A country match of the gazetteer. */
export interface CountryCandidate {
  iso3: string;
  start: number;
  end: number;
  form: CountryForm;
}

export type DropReason = 'lower-case' | 'common-word' | 'given-name' | 'landform' | 'city' | 'us-state' | 'address' | 'citation' | 'venue' | 'photo';

/** A country match with what its context says. */
export interface JudgedCountry extends CountryCandidate {
  /** Why the match does not name the country; null when it does. */
  drop: DropReason | null;
  /** Number of countries in the enumeration the match belongs to (1 when it stands alone). */
  listLength: number;
  /** The enumeration (or the single mention) is introduced as donors or funders, or the match is part of a donor's or an organisation's name. */
  donor: boolean;
  /** Where the enumeration the match belongs to starts (its own start when it stands alone). */
  listStart: number;
}

/** Countries named like given names, with their English name (the only spelling used as a first name). */
const GIVEN_NAMES: Record<string, string> = { JOR: 'jordan', TCD: 'chad', GEO: 'georgia', IND: 'india', ISR: 'israel', KEN: 'kenya' };

/**
 * Capitalised words that follow a country name without making it a person's first name
 * ("Jordan Country Office", "Chad Basin", "India Programme"), folded.
 */
const COUNTRY_FOLLOWERS = new Set(
  (
    'and or of the in for to with by on at as is was are were has had government governments country countries office offices national nationals ' +
    'red crescent cross ministry ministries mission missions embassy programme program programmes programs project projects response responses refugee refugees ' +
    'plan plans compact operation operations team teams case study studies regional region regions kingdom republic armed army police times post bank fund ' +
    'institute university desk director cluster situation crisis emergency health river valley basin delta lake lakes rift gorge falls state states ' +
    'province provinces district districts city capital border borders north south east west northern southern eastern western central highlands ' +
    'people population populations host hosts context contexts model forest forests network networks chapter committee council partners partner action ' +
    'cooperation support unit sector strategy strategies framework evaluation evaluations report reports portfolio review case caseload co coordination ' +
    'dwcp undaf unsdcf cpd cpe sdg sdgs national ngo ngos ministry government gouvernement gobierno'
  ).split(' '),
);

/**
 * Words before a country that make it a lake, river, gulf, bay, mountain, basin, valley, desert or sea (folded, with a
 * linking article), the landform's part between them (« delta intérieur du Niger », « haut bassin du Sénégal », "upper
 * basin of the Congo", « boucle du Niger », the river's bend).
 */
const LANDFORM_BEFORE =
  /\b(?:lake|lac|lago|laguna|river|fleuve|riviere|rio|gulf|golfe|golfo|bay|baie|bahia|mount|mont|monte|basin|bassin|cuenca|delta|valley|vallee|valle|desert|desierto|sea|mer|mar|boucle|bend)\s+(?:(?:interieur|interieure|inner|inland|interior|central|centrale|moyen|moyenne|haut|haute|bas|basse|superieur|inferieur|upper|lower|middle|alto|bajo|medio)\s+)?(?:of\s+(?:the\s+)?|du\s+|de\s+(?:la\s+|l')?|del\s+|des\s+|d')?$/;
/** Words after a country that make it a landform ("Congo Basin", "Niger River", "Jordan Valley"). */
const LANDFORM_AFTER = /^[\s-]+(?:river|basin|delta|valley|rift|lake|gorge|falls|estuary|riverine|floodplain|watershed)\b/i;

/** "Guatemala City", "Kuwait City"; "Ciudad de Panamá", "ville de Djibouti" before. */
const CITY_AFTER = /^[\s-]+(?:city|ville)\b/i;
const CITY_BEFORE = /\b(?:ciudad de|ciudad del|ville de|city of)\s+$/;

/** Common words spelt like a country, by country: what follows them when they are the word ("Reunión nacional", "Réunion de travail"). */
const COMMON_WORD_FOLLOWERS: Record<string, RegExp> = {
  REU: /^\s+(?:de|del|des|du|d'|d’|of|with|avec|con|en|nacional|regional|anual|annuelle|technique|tecnica|técnica|informativa|plenaria|pleniere|plénière|ordinaire|ordinaria|extraordinaria|extraordinaire|mensual|mensuelle|semanal|hebdomadaire|preparatoria|preparatoire|préparatoire|interministerielle|interministérielle|conjunta|conjointe|trimestral|trimestrielle)\b/i,
};

/** "Atlanta, Georgia", "University of Georgia", "Georgia, USA", "Georgia State", "Georgia Tech", "GA 30303". */
const US_STATE_BEFORE =
  /\b(?:atlanta|savannah|athens|augusta|macon|columbus|albany|valdosta|marietta|alpharetta|decatur)\s*,\s*$|\b(?:university of|state of|u\.s\. state of|us state of)\s+$/i;
const US_STATE_AFTER =
  /^\s*(?:,\s*(?:usa|u\.s\.a?\.?|united states)\b|\s+(?:state university|tech|institute of technology|power|department of|dept\.? of)\b|,?\s+\d{5}\b)/i;

/** Signals of an address, a contact block or a footer on a line. */
const ADDRESS =
  /\b(?:p\.?\s?o\.?\s?box|b\.?\s?p\.?\s?\d|case postale|postfach|apartado(?: postal)?|suite\s+#?\d+|\d+\s+(?:[A-Z][a-z]+\s+){0,3}(?:street|st\.|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|lane)\b|(?:rue|avenue|boulevard|calle|avenida|chemin|route|plaza)\s+(?:de\s+|du\s+|des\s+|del\s+|la\s+)?\p{Lu}|[A-Z]{2}-\d{4,5}|(?<![\d.,])(?!(?:19|20)\d\d\b)\d{4,5}\s+\p{Lu}\p{Ll}+|tel(?:ephone)?\.?\s*:|t[ée]l\.?\s*:|tel[ée]fono|phone|fax|mobile|e-?mail\s*:|courriel)|\S@\S|www\.|https?:\/\//iu;

/** A town with its country in brackets ("Managua (Nicaragua)"): the text before and after the country's name. */
const TOWN_BEFORE_BRACKET = /\p{Lu}[\p{L}'’-]+\s*\($/u;
const BRACKET_AFTER = /^\s*\)/;
/** Words of a meeting on a cover ("36.º período de sesiones", « Conférence régionale », "Executive Board, annual session"), folded. */
const MEETING_WORDS =
  /\b(?:sessions?|sesion(?:es)?|periodo de sesiones|conferences?|conferencias?|meetings?|reunions?|seminars?|seminaires?|seminarios?|workshops?|ateliers?|talleres?|taller|summit|sommet|cumbre|forum|foro)\b/;

/** Words that introduce a list of donors (folded). */
const DONOR_INTRO =
  /\b(?:donors?|donor countries|funders?|governments of|funded by|financed by|sponsored by|contributions? (?:from|of)|bailleurs?(?: de fonds)?|donateurs?|finance(?:e|s|es)? par|donantes?|financiad[oa]s? por|contribuciones de)\b[^.;:]{0,60}$/;
/**
 * A comma before a lower-case word that opens another clause (« financé par l'Agence française de développement,
 * intervient au Sénégal »: Senegal is where it works), as written; an article or a name goes on with the list of donors.
 */
const CLAUSE_AFTER_COMMA = /,\s+(?!(?:la|le|les|l['’]|the|el|los|las|et|and|y|ainsi|as well)\b)\p{Ll}[^,]*$/u;

/**
 * A demonym that names whose aid it is, not where the work is: after the aid's noun in French and
 * Spanish (« la Coopération belge », « l'aide publique française », "la Cooperación Española"),
 * before it in English ("Swiss support", "Belgian development cooperation", "Canadian-funded";
 * "Danish" or "Norwegian" are language names, never read), or a French or Spanish demonym whose noun
 * phrase goes on to the cooperation (« stratégies belges de sortie de 6 pays de la coopération
 * bilatérale »). Folded text around the demonym.
 */
const DONOR_NOUN_BEFORE =
  /\b(?:cooperation|co-operation|cooperacion|aide|ayuda|appui|apoyo|assistance|asistencia|financement|financiamiento)(?:\s+(?:publique|publica|bilaterale|bilateral|officielle|oficial|au developpement|al desarrollo))?\s+$/;
const DONOR_NOUN_AFTER =
  /^(?:\s*-\s*(?:funded|financed|supported)|\s+(?:(?:development|bilateral|government|official)\s+)?(?:cooperation|co-operation|aid|support|assistance|funding|development assistance))\b/;
const TO_THE_COOPERATION = /^[^.;:\n]{0,80}?\b(?:de la cooperation|de la cooperacion)\b/;

/** A country's name or code as a donor's brand: "UK aid", "UK-funded programmes", "Japan's official development assistance". */
const NAME_AS_DONOR =
  /^(?:\s*-\s*(?:funded|financed|supported)|\s+(?:aid|official development assistance)|'s\s+(?:aid|official development assistance|development assistance))\b/;

/**
 * A donor's development agency named with its demonym: "Belgian Development Agency", "Swiss Agency for Development and
 * Cooperation", « Agence belge de développement », « Agence française de développement », "Agencia Española de
 * Cooperación". Not a country's own agency (« Agence malienne pour l'emploi »): the agency is for development or cooperation.
 */
const AGENCY_AFTER = /^\s+(?:(?:development|cooperation|co-operation)\s+agency|agency\s+for\s+(?:international\s+)?(?:development|cooperation))\b/;
const AGENCY_BEFORE = /\b(?:agence|agencia)\s+$/;
const AGENCY_PURPOSE_AFTER = /^\s+(?:de|pour le|para el)\s+(?:developpement|cooperation|desarrollo|cooperacion)\b/;

/**
 * A donor government's body that commissions or funds the work: a country's name, code or demonym before its foreign
 * ministry, its aid agency or its embassy ("U.S. Department of State Bureau of Population, Refugees, and Migration",
 * "United States Agency for International Development", "New Zealand Ministry of Foreign Affairs and Trade", "Australian
 * Government Department of Foreign Affairs and Trade", "Royal Norwegian Embassy"), or after one ("Embassy of Japan",
 * "Ministry of Foreign Affairs of Denmark"). Folded text around the match.
 */
const DONOR_BODY_AFTER =
  /^\s+(?:government\s+)?(?:department of state|state department|(?:department|ministry) (?:of|for) foreign affairs|foreign ministry|agency for international development|department for international development|international development agency|foreign,? commonwealth|embassy|high commission)\b/;
const DONOR_BODY_BEFORE = /\b(?:embassy|high commission|(?:ministry|department) of foreign affairs(?: and trade)?) of (?:the )?$/;

/**
 * An organisation whose name holds a country: a Red Cross or Red Crescent National Society ("Belgian Red Cross",
 * "Burundi Red Cross Society", "Red Cross Society of China", « Croix-Rouge de Belgique », « Croix Rouge rwandaise »,
 * « Croissant-Rouge marocain », "Cruz Roja Hondureña", "Media Luna Roja de …"), an embassy or a consulate in French and
 * Spanish (« Ambassade de France », « Ambassade royale des Pays-Bas », "Embajada de España", "Consulado del Perú"; the
 * English forms are DONOR_BODY_*). Such a name says who acts or pays, not where the work is: the country counts only
 * when it is named elsewhere. Folded text around the match.
 */
const SOCIETY_AFTER = /^[\s-]+(?:red[\s-]+cross|red[\s-]+crescent)\b/;
const SOCIETY_BEFORE =
  /\b(?:(?:red cross|red crescent)(?: society)? of (?:the )?|(?:croix|croissant)[\s-]+rouge\s+(?:de (?:la |l')?|du |des |d')?|(?:cruz roja|media luna roja)\s+(?:de (?:la )?|del )?)$/;
const MISSION_BEFORE =
  /\b(?:ambassade|consulat(?: general)?|embajada|consulado(?: general)?)(?:\s+(?:royale|real|generale?))?\s+(?:de (?:la |l')?|du |des |d'|del )?$/;

/**
 * A disclaimer's funder: "The author's views … do not necessarily reflect the views of the United States Agency for
 * International Development or the United States Government" names who paid for the report, not where the work was.
 */
const DISCLAIMER_BEFORE = /\bnot necessarily (?:reflect|represent)\b[^.]{0,160}$/;

/**
 * The match at text[start, end) names a donor's aid, a donor's agency or a donor's body, or is part of a National
 * Society's or an embassy's name, not a place (see DONOR_NOUN_BEFORE, NAME_AS_DONOR, the AGENCY_ patterns,
 * DONOR_BODY_AFTER, DISCLAIMER_BEFORE, SOCIETY_ and MISSION_BEFORE).
 */
function donorDemonym(text: string, match: CountryCandidate): boolean {
  const after = foldAccentsAndQuotes(text.slice(match.end, match.end + 100));
  const before = foldAccentsAndQuotes(text.slice(Math.max(0, match.start - 200), match.start));
  if (DONOR_BODY_AFTER.test(after) || DONOR_BODY_BEFORE.test(before) || DISCLAIMER_BEFORE.test(before)) return true;
  if (SOCIETY_AFTER.test(after) || SOCIETY_BEFORE.test(before.slice(-40)) || MISSION_BEFORE.test(before.slice(-40))) return true;
  if (match.form !== 'demonym') return NAME_AS_DONOR.test(after);
  const near = before.slice(-50);
  if (AGENCY_AFTER.test(after) || (AGENCY_BEFORE.test(near) && AGENCY_PURPOSE_AFTER.test(after))) return true;
  return DONOR_NOUN_BEFORE.test(near) || DONOR_NOUN_AFTER.test(after) || TO_THE_COOPERATION.test(after);
}

/** What separates two countries of one enumeration. */
const LIST_GAP = /^\s*(?:[,;/]\s*)?(?:(?:and|et|y|e|or|ou|o|&|as well as|ainsi que|así como|asi como)\s+)?(?:(?:the|la|le|les|l'|el)\s+)?$/i;

/** An enumeration this long is a series, not mentions (donor lists, membership lists, series descriptions). */
export const LONG_LIST = 8;

/** The line holding `offset`, with its bounds. */
function lineAt(text: string, offset: number): { start: number; end: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return { start, end, text: text.slice(start, end) };
}

/** The nearest non-empty line before (-1) or after (+1) a line, within three lines; empty when none. */
function neighbourLine(text: string, line: { start: number; end: number }, direction: -1 | 1): string {
  let cursor: { start: number; end: number; text: string } = { ...line, text: '' };
  for (let steps = 0; steps < 3; steps += 1) {
    if (direction < 0) {
      if (cursor.start === 0) return '';
      cursor = lineAt(text, cursor.start - 1);
    } else {
      if (cursor.end >= text.length) return '';
      cursor = lineAt(text, cursor.end + 1);
    }
    if (cursor.text.trim()) return cursor.text;
  }
  return '';
}

/**
 * The name at text[start, end) is part of a landform's name: a lake, river, gulf, mountain, basin
 * or valley before it ("Lake Turkana", "fleuve Sénégal") or a river, basin or delta after it
 * ("Benue River", "Limpopo basin").
 */
export function namesLandform(text: string, start: number, end: number): boolean {
  const before = foldAccentsAndQuotes(text.slice(Math.max(0, start - 40), start));
  return LANDFORM_BEFORE.test(before) || LANDFORM_AFTER.test(text.slice(end, end + 60));
}

/**
 * Why a country match does not name the country, or null when it does. `matchStarts` holds
 * the starts of every gazetteer match of the text (a capitalised word after "Jordan" that starts
 * another name is not a surname).
 */
export function dropReason(text: string, match: CountryCandidate, matchStarts: ReadonlySet<number>): DropReason | null {
  const surface = text.slice(match.start, match.end);
  const before = foldAccentsAndQuotes(text.slice(Math.max(0, match.start - 40), match.start));
  const after = text.slice(match.end, match.end + 60);

  // Names are capitalised in the three languages; demonyms are not in French and Spanish.
  if (match.form === 'name' && /^\p{Ll}/u.test(surface)) return 'lower-case';
  const common = COMMON_WORD_FOLLOWERS[match.iso3];
  if (common && match.form === 'name' && common.test(after) && !/\b(?:la|ile de la|isla de la|island of)\s*$/.test(before)) return 'common-word';
  if (namesLandform(text, match.start, match.end)) return 'landform';
  if (match.form === 'name' && (CITY_AFTER.test(after) || CITY_BEFORE.test(before))) return 'city';
  if (match.iso3 === 'GEO' && match.form === 'name' && (US_STATE_BEFORE.test(before) || US_STATE_AFTER.test(after))) return 'us-state';
  const given = GIVEN_NAMES[match.iso3];
  if (given && foldAccentsAndQuotes(surface) === given) {
    const next = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/u.exec(after);
    if (next && !COUNTRY_FOLLOWERS.has(foldAccentsAndQuotes(next[1]!)) && !matchStarts.has(match.end + 1) && !/^'s\b/.test(after)) return 'given-name';
  }
  // "GOV.UK", "www.gob.mx": a web domain, not the country.
  if (match.form === 'code' && /\w\.$/.test(text.slice(Math.max(0, match.start - 2), match.start))) return 'address';
  const line = lineAt(text, match.start);
  if (line.text.length <= 200 && ADDRESS.test(line.text)) return 'address';
  if (line.text.trim().split(/\s+/).length <= 4 && (ADDRESS.test(neighbourLine(text, line, -1)) || ADDRESS.test(neighbourLine(text, line, 1))))
    return 'address';
  // "36.º período de sesiones / Managua (Nicaragua), …": where a meeting sits, not where the work was.
  if (
    TOWN_BEFORE_BRACKET.test(text.slice(Math.max(0, match.start - 40), match.start)) &&
    BRACKET_AFTER.test(after) &&
    line.text.length <= 120 &&
    MEETING_WORDS.test(foldAccentsAndQuotes(`${neighbourLine(text, line, -1)} ${line.text}`))
  )
    return 'venue';
  if (inPhotoCaption(text, match, line)) return 'photo';
  // "Geneva, Switzerland: UNHCR." in a reference with its year.
  if (/\p{Lu}\p{Ll}+,\s*$/u.test(text.slice(Math.max(0, match.start - 30), match.start)) && /^\s*[:.]/.test(after) && /\b(?:19|20)\d\d\b/.test(line.text))
    return 'citation';
  return null;
}

/** A photo's label: « Photo de couverture », "Cover photo:", "Foto de portada", « Crédit photo », "Photo:" (folded). */
const PHOTO_LABEL =
  /(?:^|[\s.;:(])(?:(?:photos? (?:de (?:couverture|la couverture|une)|en couverture)|(?:front )?cover (?:photo|image|picture)|fotos? de (?:portada|la portada|tapa)|credits? photos?|photo credits?)\s*:?|(?:photos?|fotos?)\s*:)\s/g;

/**
 * The country is named in a photo's caption: after a photo's label on the same line (« Photo de couverture Clinique
 * juridique d'Abobo, Abidjan (Côte d'Ivoire), © … »), within the caption's one sentence, or right before the photo's
 * credit (« …, Abidjan (Côte d'Ivoire), © Pierre Terdjman »). Where a picture was taken says nothing of where the work was.
 */
function inPhotoCaption(text: string, match: CountryCandidate, line: { start: number; text: string }): boolean {
  const before = foldAccentsAndQuotes(text.slice(Math.max(line.start, match.start - 160), match.start));
  const labels = [...before.matchAll(PHOTO_LABEL)];
  const label = labels[labels.length - 1];
  if (label && !/[.!?]\s+\p{Lu}/u.test(text.slice(match.start - (before.length - label.index), match.start))) return true;
  return /^\)?\s*[,;]?\s*©/.test(text.slice(match.end, match.end + 8));
}

/** Words around a bare "Congo" that place it in the Democratic Republic of the Congo. */
const DRC_CONTEXT = /\b(?:kinshasa|kivu|ituri|katanga|kasai|goma|bukavu|lubumbashi|kisangani|mbandaka|uvira|beni|tshopo|drc|rdc|zaire)\b/;
const ROC_CONTEXT = /\b(?:brazzaville|pointe-noire|dolisie|kouilou|niari|likouala|sangha|plateaux|cuvette|pool department)\b/;

/**
 * The country a bare "Congo" names: the Republic of the Congo (the country's short name),
 * unless the sentence around it speaks of the DRC's places ("eastern Congo, in North Kivu").
 */
export function congoTarget(text: string, start: number, end: number): 'COG' | 'COD' {
  const around = foldAccentsAndQuotes(text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200)));
  if (/\b(?:eastern|orientale?|est du)\s+(?:the\s+|du\s+)?$/.test(foldAccentsAndQuotes(text.slice(Math.max(0, start - 20), start)))) return 'COD';
  return DRC_CONTEXT.test(around) && !ROC_CONTEXT.test(around) ? 'COD' : 'COG';
}

/**
 * Judges every country match of a text: the drop reason of each, the enumeration it belongs to,
 * and whether donors are being listed. `candidates` in text order.
 */
export function judgeCountries(text: string, candidates: readonly CountryCandidate[], matchStarts: ReadonlySet<number>): JudgedCountry[] {
  const judged: JudgedCountry[] = candidates.map((candidate) => ({
    ...candidate,
    drop: dropReason(text, candidate, matchStarts),
    listLength: 1,
    donor: false,
    listStart: candidate.start,
  }));
  // Enumerations: consecutive kept matches separated by list gaps only.
  let runStart = 0;
  const closeRun = (from: number, to: number): void => {
    const run = judged.slice(from, to).filter((item) => item.drop === null);
    if (run.length === 0) return;
    const length = new Set(run.map((item) => item.iso3)).size;
    const donor =
      DONOR_INTRO.test(foldAccentsAndQuotes(text.slice(Math.max(0, run[0]!.start - 140), run[0]!.start))) &&
      !CLAUSE_AFTER_COMMA.test(text.slice(Math.max(0, run[0]!.start - 60), run[0]!.start));
    for (const item of run) {
      item.listLength = length;
      item.donor = donor || donorDemonym(text, item);
      item.listStart = run[0]!.start;
    }
  };
  for (let i = 1; i <= judged.length; i += 1) {
    const previous = judged[i - 1]!;
    const current = judged[i];
    const joined =
      current &&
      previous.drop === null &&
      current.drop === null &&
      current.start - previous.end <= 40 &&
      LIST_GAP.test(text.slice(previous.end, current.start));
    if (!joined) {
      closeRun(runStart, i);
      runStart = i;
    }
  }
  return judged;
}
