/**
 * Lists of people and firms as evaluation documents write them:
 * "Abdourahamane H. TOURE (Vision ProActive)", "Vision ProActive ABDOURAHAMANE H. TOURE",
 * "Team leader: Jane Doe; Team members: John Roe, Ana Pérez", "Philip Boyle, Team Leader",
 * "David Nelson (Team Leader), Rose Schneider of Social Impact, Inc (SI) and Elvira
 * Beracochea of MIDEGO, Inc.", "C.P. Valeria Blanco Manzano e Ing. Andrés Ríos Cereceres",
 * "Ortega & Trujillo Consultoría S.C." (a firm, not two people).
 *
 * A person's name comes out normalised (honorifics dropped, e-mails and phones dropped, a
 * surname written first in capitals put last, case fixed), so that one person gets one id
 * however the name is written (see personKey). Pure: no I/O, never throws.
 */
import { foldAccentsAndQuotes, normaliseName, slugify } from '../../text/normalise.js';

/** A person of a list, with the role and firm the list gives. */
export interface PersonEntry {
  /** Normalised name ("Abdourahamane H. Toure"). */
  name: string;
  /** As written in the list (honorific and capitals kept). */
  asWritten: string;
  /** LEAD for a team leader / coordinator, MEMBER for another stated role, null when none is stated. */
  role: 'LEAD' | 'MEMBER' | null;
  /** The role as written ("Senior Evaluation Specialist", "Team Leader"); null when none. */
  roleText: string | null;
  /** The firm the list attaches to the person; null when none. */
  firm: string | null;
}

export interface PeopleList {
  people: PersonEntry[];
  /** Firms named in the list, as written, in order, without duplicates. */
  firms: string[];
}

/** Legal forms that make a name a firm's (folded, on word boundaries). */
const LEGAL_FORM =
  /(?:^|[\s,(])(?:s\.?\s?c\.?|s\.?\s?a\.?(?:\s?de\s?c\.?\s?v\.?)?|s\.?\s?l\.?|sarl|sas|sprl|ltda?\.?|lda\.?|llc|llp|inc\.?|gmbh|plc|pty|a\.?\s?c\.?|corp\.?|co\.)(?=$|[\s,.)])/;
/**
 * Words that make a name a firm's when no role noun is there ("International Consultant" is a role). Besides the
 * words for a firm, the trade a consultancy names itself after ("Eurofin Hospitality", "Baastel Management",
 * "Hydroconseil Engineering", « Sahel Ingénierie »): no person's name holds one.
 */
const FIRM_WORD =
  /\b(?:hospitality|management|advisory|engineering|ingenierie|expertise|strategies|technologies|ventures|holdings|office|ministry|ministere|ministerio|department|departement|departamento|directorate|secretariat|secretaria|government|gouvernement|gobierno|commission|comision|evaluation service|consulting|consultancy|consultants?|conseils?|consultoria|consultores|associates|associes|asociados|partners|group|groupe|grupo|agency|agence|cabinet|bureau|institut\w*|instituto|research|analytics|worldwide|solutions|services|university|universite|universidad|foundation|fondation|fundacion|centre|center|centro|company|compagnie|compania|international|proactive|parc|impact)\b/;

/**
 * The tail of a registry's team row after the name (UNDP's Evaluation Resource Centre: "Name Title Email Nationality",
 * "Gabriela Lopez Mrs. PERU"): the title, then the nationality in capitals, the e-mail already dropped.
 */
const REGISTRY_ROW_TAIL = /\s+(?:Mr|Mrs|Ms|Miss|Dr|Sr|Sra|Srta)\.(?:\s+\p{Lu}[\p{Lu} ]*)?$/u;

/** Honorifics and degrees dropped from names (folded, with their dots). */
const HONORIFIC =
  /^(?:(?:dr|dra|mr|mrs|ms|mme|mlle|m|prof|pr|lic|licda|lcdo|lcda|ing|mtro|mtra|arq|sr|sra|srta|c\.?\s?p\.?\s?c|c\.?\s?p|m\.?\s?a|m\.?\s?sc|mba|phd|msc|ma|dr\.?\s?h\.?\s?c)\.?\s+)+/i;
/**
 * Spanish courtesy titles before a name: « D. Juan Pérez García », « Dña. María … », « Da. », « Dª », « D.ª », « Doña »
 * (as written, case kept). "D." is an initial too: it is a title only before two capitalised words of a name, the
 * first not an initial ("D. Juan Pérez", not "D. J. Smith" nor "D. Smith").
 */
const COURTESY = /^(?:D\.ª|Dª\.?|D[ñn]a\.|Dña\b|Doña|Da\.|D\.(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}))\s*/u;

/** A name as written without its honorifics, degrees' titles and courtesy titles in front ("Lic.", "Dr.", « Dña. »). */
function withoutHonorifics(name: string): string {
  return name.replace(HONORIFIC, '').replace(COURTESY, '').replace(HONORIFIC, '');
}
const TRAILING_DEGREE = /,?\s+(?:ph\.?\s?d\.?|m\.?\s?sc\.?|m\.?\s?a\.?|mba|mph|md)\.?$/i;

/**
 * Head nouns of role phrases ("Team Leader", "Senior Evaluation Specialist", "Coordinadores de
 * la evaluación", "Socio"): a chunk holding one is a role, not a name, unless a legal form
 * makes it a firm.
 */
const ROLE_WORDS =
  /\b(?:leader|lead|chef(?:fe)?|jefe|jefa|head|coordinat(?:or|ors|rice|rices)|coordinador(?:a|es|as)?|coordonnat(?:eur|rice)s?|specialists?|specialiste|especialista|experts?|experte|experto|experta|assistants?|assistante|asistente|analysts?|analyste|analista|evaluat(?:or|ors|eur|eurs|rice)|evaluador(?:a|es|as)?|consultants?|consultante|consultor(?:a|es|as)?|members?|membres?|miembros?|officer|oficial(?:es)?|manager|gerente|director|directeur|directrice|directora|socio|socia|researchers?|chercheur|investigador(?:a|es)?|advisors?|adviser|conseiller|asesor(?:a|es)?|colaborador(?:a|es|as)?|collaborat(?:eur|rice|or)s?|enumerators?|enqueteurs?|encuestador(?:a|es)?|statisticians?|economists?|economiste|economista)\b/;
const LEAD_ROLE =
  /\b(?:team leader|lead|leader|chef(?:fe)? d'equipe|chef(?:fe)? de l'equipe|chef(?:fe)? de mission|jefe de equipo|jefa de equipo|coordinat\w*|coordinador\w*|coordonnat\w*|principale?|head)\b/;

/** "Team leader:", "Team members:", "Chef d'équipe :", "Equipo evaluador:" labels inside a list. */
const LIST_LABEL =
  /(?:^|[;\n]|\.\s)\s*((?:international |national |lead |senior )?(?:team leader|team members?|evaluation team|chef d'equipe|chef de mission|membres? de l'equipe|equipe d'evaluation|jefe de equipo|jefa de equipo|miembros? del equipo|equipo evaluador|equipo de evaluacion|lead evaluator|evaluateur principal|evaluador principal|evaluators?|evaluateurs?|evaluadore?s?|consultants?|consultores?|coordinador(?:a)? de la evaluacion|principales colaboradores|colaboradores|collaborateurs))\s*[:–-]\s*/gi;

/** True when a name reads as a firm's: a legal form (S.C., Inc, SARL, Ltd, ...) or a firm word (Consulting, Consultoría, Associates, ...). */
export function isFirmName(name: string): boolean {
  const clean = name.trim();
  if (/^[A-Z][A-Z0-9&]{1,9}$/.test(clean)) return true;
  const folded = foldAccentsAndQuotes(clean);
  if (LEGAL_FORM.test(folded)) return true;
  return FIRM_WORD.test(folded) && !ROLE_WORDS.test(folded);
}

/** True when a chunk is a role phrase rather than a name ("Team Leader", "Senior Evaluation Specialist", "Socio"). */
export function isRolePhrase(text: string): boolean {
  const folded = foldAccentsAndQuotes(text).trim();
  if (!ROLE_WORDS.test(folded)) return false;
  // A role phrase is short and has no capitalised run that looks like a full name before the role words.
  return folded.split(/\s+/).length <= 6;
}

/**
 * A person's name as it should be stored: honorifics and degrees dropped ("Lic.", "C.P.C",
 * "Dr.", ", PhD"), e-mail and phone dropped, a surname written first in capitals put last
 * ("TOURE Abdourahamane" -> "Abdourahamane Toure"), case normalised. Null when what remains
 * cannot be a name (no letters, a single letter, digits, more than seven words).
 */
export function normalisePersonName(written: string): string | null {
  let text = written
    .replace(/\S+@\S+/g, ' ')
    .replace(/\+?\(?\d[\d\s().-]{5,}\d/g, ' ')
    .replace(/^\s*(?:[a-z]\)\.?|\d+[.)])\s*/i, '')
    .replace(/[\s\-–—:;,.]+$/g, '')
    .replace(/^[\s\-–—:;,]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  text = withoutHonorifics(text).replace(TRAILING_DEGREE, '').trim();
  if (!/\p{L}{2}/u.test(text) || /\d/.test(text)) return null;
  const words = text.split(' ');
  if (words.length > 7) return null;
  // "TOURE Abdourahamane", "DIALLO Aminata Bintou": a surname in capitals before given names in mixed case.
  const isCaps = (w: string): boolean => /\p{Lu}{2}/u.test(w) && w === w.toUpperCase();
  const isMixed = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\.?$/u.test(w);
  let lead = 0;
  while (lead < words.length && isCaps(words[lead]!)) lead += 1;
  if (lead > 0 && lead < words.length && words.slice(lead).every(isMixed)) {
    text = [...words.slice(lead), ...words.slice(0, lead)].join(' ');
  }
  return normaliseName(text);
}

/** Lower-case words a name may hold: particles ("de la", "van", "ould", "bin"). */
const PARTICLE = /^(?:de|del|della|des|du|da|das|do|dos|di|la|le|las|los|van|von|der|den|ter|y|e|bin|ben|ibn|al|el|ould|ag|mac|st)$/;
/** Words that open a phrase, not a name ("Notably Shelter", "The Government"). */
const NOT_A_NAME_START =
  /^(?:notably|including|namely|especially|such|the|a|an|in|on|for|with|by|le|la|les|un|une|des|dans|pour|par|avec|notamment|el|los|las|una|por|para|con|en|especialmente|incluyendo)$/i;
/**
 * Institutions, not people ("Office of Audit", "Secretaría de Economía", « Croix-Rouge de Belgique », "Ayuntamiento de
 * Madrid"), and a form's labels ("Approved By", "Submitted by" alone on a line of a response's box).
 */
const INSTITUTION =
  /\b(?:evaluation|evaluacion|award|number|contract|report|team|equipo|equipe|member|title|date|name|signature|position|instrument|annex|table|figure|activity|office|oficina|bureau|ministry|ministere|ministerio|department|departement|departamento|directorate|direction|direccion|division|unit|unite|unidad|secretariat|secretaria|government|gouvernement|gobierno|commission|comision|council|committee|comite|agency|service|services|programme|program|programa|project|projet|proyecto|health|fund|fonds|fondo|bank|banque|banco|society|societe|sociedad|cross|union|network|reseau|red|croix|croissant|cruz roja|media luna|ayuntamiento|alcaldia|mairie|municipalite|municipalidad|municipality|embassy|ambassade|embajada|cooperation|cooperacion|generalitat|diputacion|consorcio|consortium|asociacion|association|approved|submitted|cleared|endorsed|by)\b/;

/**
 * True when a chunk reads as a person's name as written: two to seven words, each capitalised
 * (or all capitals, an initial, or a particle), no digits, not an institution.
 */
export function looksLikeName(written: string): boolean {
  const text = withoutHonorifics(written.replace(/\S+@\S+/g, ' '))
    .replace(/^\s*(?:[a-z]\)\.?|\d+[.)])\s*/i, '')
    .replace(/[\s.,;:\-–—]+$/, '')
    .trim();
  const words = text.split(/\s+/).filter(Boolean);
  // "Key Stakeholders: SERNANP": a field line and its value, not a name.
  if (words.length < 2 || words.length > 7 || /[\d:]/.test(text)) return false;
  if (NOT_A_NAME_START.test(words[0]!) || INSTITUTION.test(foldAccentsAndQuotes(text))) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || PARTICLE.test(word.toLowerCase()) || /^[dl]['’]\p{Lu}/u.test(word));
}

/**
 * The id key of a person, the same however the name is written (case, accents, honorifics, surname first).
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function personKey(written: string): string | null {
  const name = normalisePersonName(written);
  if (!name) return null;
  const slug = slugify(name);
  return slug.length > 0 ? slug : null;
}

/** A firm's name without the punctuation around it; the dot of an abbreviation ("S.C.", "Inc.") stays. */
function cleanFirm(firm: string): string {
  let clean = firm
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  const last = clean.split(' ').pop() ?? '';
  if (clean.endsWith('.') && last.length > 4 && !last.slice(0, -1).includes('.')) clean = clean.slice(0, -1);
  return clean;
}

/** A firm's kind alone, before the firm's name ("Le bureau", "le cabinet", "la firme", "the firm"), folded. */
const FIRM_KIND_ONLY = /^(?:(?:le|la|l'|the|el)\s+)?(?:bureau(?: d'etudes?)?|cabinet|firme?|societe|company|consultancy|consultora|empresa|despacho)$/;

/** ", Inc", ", S.C.", ", LLC" belong to the firm before them: keep them out of the comma split. */
const LEGAL_SUFFIX = /,\s*(?=(?:inc|s\.?\s?c|s\.?\s?a|ltd|llc|llp|gmbh|sarl|plc|s\.?\s?l)\b\.?)/gi;

interface Chunk {
  text: string;
  /** The list label this chunk came under ("Team leader"), folded. */
  label: string | null;
}

/** A unit of an organisation named with its noun first ("la division Évaluation et Capitalisation de l’AFD"). */
const UNIT_NAME =
  /^\s*(?:(?:[Ll]a|[Ll]e|[Ll]['’]|[Tt]he)\s*)?(?:[Dd]ivision|[Dd]irection|[Dd][ée]partement|[Dd]epartment|[Uu]nit[ée]?|[Ss]ervice|[Dd]irectorate|[Dd]irecci[óo]n|[Uu]nidad|[Oo]ficina)\s+(?:(?:de|du|des|of|d['’])\s+)?\p{Lu}/u;

function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const labels = [...foldAccentsAndQuotes(text).matchAll(LIST_LABEL)];
  const pieces: Array<{ text: string; label: string | null }> = [];
  if (labels.length === 0) pieces.push({ text, label: null });
  else {
    const first = labels[0]!;
    const head = text.slice(0, first.index + (first[0].length - first[0].trimStart().length));
    if (head.trim()) pieces.push({ text: head, label: null });
    labels.forEach((m, i) => {
      const valueStart = m.index + m[0].length;
      const valueEnd = i + 1 < labels.length ? labels[i + 1]!.index : text.length;
      pieces.push({ text: text.slice(valueStart, valueEnd), label: m[1]!.trim() });
    });
  }
  for (const piece of pieces) {
    for (const line of piece.text.split(/\s*[;\n]\s*/)) {
      // "Office of Audit and Evaluation", "Ortega & Trujillo Consultoría S.C.": a firm's name on its own line stays whole,
      // and so does one whose legal form outweighs a role word in its name ("Consultores Asociados del Bajío S.C.", not
      // the role "Consultores Asociados" and the firm "Bajío S.C.").
      // The comma before a legal form (", S.C.") is the firm's own; so is a comma inside a person's brackets, which separates
      // the parts of the affiliation ("Mark McGillivray (Deakin University, Australia), Elisabeth Poppelwell (Principal,
      // Sapere Research Group, New Zealand)"), not two people.
      const protectedText = line.replace(LEGAL_SUFFIX, '\u0000').replace(/\([^()]*\)/g, (group) => group.replace(/,/g, '\u0001'));
      const folded = foldAccentsAndQuotes(line);
      if (!protectedText.includes(',') && isFirmName(line) && (!ROLE_WORDS.test(folded) || LEGAL_FORM.test(folded))) {
        if (line.trim()) chunks.push({ text: line.trim(), label: piece.label });
        continue;
      }
      for (const part of protectedText.split(/\s*,\s*/)) {
        // « la division Évaluation et Capitalisation de l’AFD »: a unit's name holds its "et" and names no person.
        const names = UNIT_NAME.test(part) ? [part] : part.split(/\s+(?:and|et|y|e)\s+(?=\p{Lu})|\s+\/\s+/u);
        for (const raw of names) {
          const chunk = raw
            .replace(/\u0001/g, ',')
            .replace(/\u0000/g, ', ')
            .replace(/^(?:and|et|y|e)\s+/i, '')
            .trim();
          if (chunk) chunks.push({ text: chunk, label: piece.label });
        }
      }
    }
  }
  return chunks;
}

function roleOf(text: string | null, label: string | null): 'LEAD' | 'MEMBER' | null {
  const folded = foldAccentsAndQuotes(`${label ?? ''} ${text ?? ''}`);
  if (!folded.trim()) return null;
  if (LEAD_ROLE.test(folded) && !/\bmembers?\b|\bmembres?\b|\bmiembros?\b|colaborador|collaborat|assistant/.test(folded)) return 'LEAD';
  return 'MEMBER';
}

/**
 * People and firms of a list as written in a metadata box or a title page. Chunks are split on
 * ";", ",", line breaks, and "and/et/y/e" before a capital; "&" never splits (it joins the
 * names of a firm). A parenthesis after a name holds its firm or its role; "X of Firm" gives X
 * (and the names just before it) that firm; a role phrase after a name is its role.
 */
export function parsePeopleList(written: string): PeopleList {
  const people: PersonEntry[] = [];
  const firms: string[] = [];
  const addFirm = (firm: string): string => {
    const clean = cleanFirm(firm);
    if (clean && !firms.includes(clean)) firms.push(clean);
    return clean;
  };
  /** People added since the last "of Firm": "Rose Schneider, Pedro Mendoza of Social Impact" gives both the firm. */
  let waitingForFirm: PersonEntry[] = [];
  const text = written.replace(/\S+@\S+/g, ' ').replace(/\r/g, '');
  // « Iram (Mahamat Abakar, Claire Dubois) »: a firm, then its people in parentheses.
  const grouped = /^\s*([^(),;\n]{2,80}?)\s*\(([^()]*[,;][^()]*)\)\s*$/.exec(text);
  if (grouped && !isRolePhrase(grouped[1]!) && !/\b(?:team|equipe|équipe|equipo|consultants?|evaluators?|évaluateurs?|evaluadores?)\b/i.test(grouped[1]!)) {
    const inner = parsePeopleList(grouped[2]!);
    if (inner.people.length >= 2 && inner.people.every((person) => !person.firm)) {
      const firm = cleanFirm(grouped[1]!);
      return { people: inner.people.map((person) => ({ ...person, firm })), firms: [firm, ...inner.firms.filter((other) => other !== firm)] };
    }
  }
  for (const chunk of splitChunks(text)) {
    // "Aurélie Ferreira qui a fourni les conseils …": the name ends where a relative clause starts; honorifics go first.
    let body = chunk.text.replace(/\s+(?:qui|who|which|que|quien|quienes|dont|whose)\s[\s\S]*$/u, '');
    body = withoutHonorifics(body.trimStart());
    let roleText: string | null = null;
    let firm: string | null = null;
    // "Gabriela Lopez Mrs. PERU": a registry's team row, the name before the person's title and nationality.
    body = body.replace(REGISTRY_ROW_TAIL, '');
    // "(Vision ProActive)", "(Team Leader)", "(SI)"
    // "(Principal, Sapere Research Group, New Zealand)": a role, a firm and a place, each on its own.
    for (const paren of [...body.matchAll(/\(([^)]*)\)/g)]) {
      for (const part of paren[1]!.split(/\s*,\s*/)) {
        const inner = part.trim();
        if (isRolePhrase(inner) && !isFirmName(inner)) roleText ??= inner;
        else if (isFirmName(inner) && !/^[A-Z]{1,4}$/.test(inner)) firm ??= addFirm(inner);
      }
    }
    // "Lic. PATRICIA BRACAMONTE (Consultora Internacional) San José Noviembre 2004": the name is what precedes the parenthesis.
    const paren = body.indexOf('(');
    body = (paren > 0 ? body.slice(0, paren) : body.replace(/\([^)]*\)/g, ' ')).replace(/\s+/g, ' ').trim();
    // "Pedro Jesus Mendoza Arana of Social Impact, Inc", "Jane Doe de Sahel Conseil"
    const of = /^(.*?\S)\s+(?:of|from|de|du|del)\s+(\p{Lu}.*)$/u.exec(body);
    // "Joëlline Bénéfice de SEE." at the sentence's end: the full stop is no part of the firm's name.
    const ofFirm = of ? of[2]!.replace(/(?<=\p{Lu}{2})\.$/u, '') : null;
    // Not a firm's own name ("Consultores Asociados del Bajío S.C."): what precedes "del" there is no person.
    if (of && ofFirm && isFirmName(ofFirm) && !isRolePhrase(of[1]!)) {
      body = of[1]!;
      firm = addFirm(ofFirm);
    }
    if (!body) continue;
    // A role phrase alone belongs to the person before it ("Philip Boyle, Team Leader"); with a legal form it is a firm.
    if (isRolePhrase(body) && !LEGAL_FORM.test(foldAccentsAndQuotes(body))) {
      const last = people[people.length - 1];
      // "D. Juan Pérez García, economista, coordinador de la evaluación": a lead's role after a trade makes the lead.
      if (last && (last.roleText === null || (last.role !== 'LEAD' && roleOf(body, chunk.label) === 'LEAD'))) {
        last.roleText = body;
        last.role = roleOf(body, chunk.label);
      }
      continue;
    }
    // "Vision ProActive ABDOURAHAMANE H. TOURE": a firm's name, then the person's in capitals.
    const capitals = body.length > 200 ? null : /^(.*?\p{Ll}.*?)\s+((?:\p{Lu}[\p{Lu}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Lu}'’-]+|\p{Lu}\.))+)$/u.exec(body);
    if (capitals) {
      const prefix = capitals[1]!.trim();
      const words = prefix.split(/\s+/);
      // "Jean-Martial BONIS CHARANCLE": a given name, hyphenated or not, before a surname in capitals.
      const givenName = words.length <= 2 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) && !isFirmName(prefix);
      // « Le bureau BERCAP-SAHEL »: a firm's kind before its name in capitals is no firm's name of its own.
      if (FIRM_KIND_ONLY.test(foldAccentsAndQuotes(prefix))) {
        addFirm(capitals[2]!);
        continue;
      }
      if (!givenName) {
        firm = addFirm(prefix);
        body = capitals[2]!;
      }
    }
    if (isFirmName(body)) {
      // A firm's name is a name: mostly capitalised words, not a clause.
      const words = body.split(/\s+/);
      if (words.length > 10 || words.filter((w) => /^[\p{Lu}\d&]/u.test(w)).length * 2 < words.length) continue;
      const firmName = addFirm(body);
      for (const person of waitingForFirm) person.firm ??= firmName;
      waitingForFirm = [];
      continue;
    }
    const name = looksLikeName(body) ? normalisePersonName(body) : null;
    if (!name || name.split(' ').length < 2) continue;
    const entry: PersonEntry = { name, asWritten: body, role: roleOf(roleText, chunk.label), roleText, firm };
    people.push(entry);
    if (firm) {
      for (const person of waitingForFirm) person.firm ??= firm;
      waitingForFirm = [];
    } else waitingForFirm.push(entry);
  }
  return { people, firms };
}
