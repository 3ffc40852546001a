import type { ActorRef } from '../model/records.js';
import { foldForMatch } from '../text/normalise.js';
import { uniqueBy } from '../util/unique-by.js';
import { findMentionSpans, resolveActor, resolveGovernment } from './gazetteer.js';
import { safely } from './record-helpers.js';

/**
 * Where a label of addressees may divide: semicolons and commas, the conjunctions, "with" and
 * "in collaboration with" (a lead and a supporting unit are both addressed), a spaced slash,
 * and a slash between two acronyms ("DG/DPSM"). Captured, so that the parts put back together
 * read as written.
 */
const SEPARATOR =
  /(\s*,?\s+(?:with (?:the )?(?:support|assistance|help) (?:of|from)(?: the)?|con (?:el )?(?:apoyo|respaldo|asistencia) de(?:l| la| los| las)?|avec (?:l['’]appui|le soutien|l['’]assistance) d(?:e|u|es)(?: la| l['’])?|together with|conjointement avec|junto con|in (?:collaboration|coordination|cooperation|consultation) with|en (?:collaboration|coordination|coopération|concertation) avec|en (?:colaboración|coordinación|cooperación|consulta) con)\s+|\s*[;,]\s*(?:(?:and|et|y|with|avec|con)\s+)?|\s+(?:and|et|y|e|&|with|avec|con|together with|conjointement avec|junto con|in (?:collaboration|coordination|cooperation|consultation) with|en (?:collaboration|coordination|coopération|concertation) avec|en (?:colaboración|coordinación|cooperación|consulta) con)\s+|\s+\/\s+|(?<=\b[A-Z][A-Z0-9-]*\*?)\/(?=[A-Z][A-Z0-9-]*\b))/u;

/** An article that opens a name ("the Ministry", "les autorités", "l'Agence"); never the start of a word ("Leaders", "Elected"). */
const LEADING_ARTICLE = /^(?:the|le|la|les|el|los|las)\s+|^l['’]\s*/i;

/** An acronym first ("ILO", "SET*", "OIA-DG", "ILO CO-Abidjan"). */
const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,11}(?=$|[\s*†‡,;:()])/u;

/**
 * Words that make a name an institution or a body of people, in English, French and Spanish
 * (accent-folded, lower case; a trailing `s` is allowed). A part without one of them, an
 * article, an acronym or a known actor is a piece of a longer name: "Evaluación" in "Unidad de
 * Monitoreo y Evaluación", "Social Protection" in "Ministry of Labour, Employment and Social
 * Protection".
 */
const INSTITUTION_WORDS = [
  // government and administration
  'ministry',
  'ministere',
  'ministerio',
  'minister',
  'ministre',
  'ministro',
  'government',
  'gouvernement',
  'gobierno',
  'state',
  'etat',
  'estado',
  'department',
  'departement',
  'departamento',
  'directorate',
  'direction',
  'direccion',
  'directeur',
  'director',
  'directora',
  'division',
  'branch',
  'sector',
  'section',
  'seccion',
  'office',
  'bureau',
  'bureaux',
  'oficina',
  'unit',
  'unite',
  'unidad',
  'service',
  'servicio',
  'agency',
  'agence',
  'agencia',
  'authority',
  'authorities',
  'autorite',
  'autoridad',
  'administration',
  'administracion',
  'secretariat',
  'secretariado',
  'secretaria',
  'secretary',
  'secretaire',
  'inspectorate',
  'inspection',
  'inspeccion',
  'municipality',
  'municipalite',
  'municipio',
  'mairie',
  'alcaldia',
  'prefecture',
  'region',
  'county',
  'province',
  'provincia',
  'district',
  'distrito',
  'commune',
  'court',
  'tribunal',
  'police',
  'policia',
  'parliament',
  'parlement',
  'congreso',
  'assembly',
  'assemblee',
  'asamblea',
  // bodies and organisations
  'committee',
  'comite',
  'council',
  'conseil',
  'consejo',
  'commission',
  'comision',
  'board',
  'junta',
  'team',
  'equipe',
  'equipo',
  'staff',
  'personnel',
  'personal',
  'management',
  'gerencia',
  'headquarters',
  'siege',
  'sede',
  'mission',
  'mision',
  'delegation',
  'embassy',
  'embassies',
  'ambassade',
  'embajada',
  'delegacion',
  'taskforce',
  'task force',
  'working group',
  'groupe',
  'grupo',
  'network',
  'reseau',
  'red',
  'platform',
  'plateforme',
  'plataforma',
  'forum',
  'foro',
  'cluster',
  'programme',
  'program',
  'programa',
  'project',
  'projet',
  'proyecto',
  'organisation',
  'organization',
  'organizacion',
  'association',
  'asociacion',
  'union',
  'syndicat',
  'sindicato',
  'federation',
  'federacion',
  'confederation',
  'confederacion',
  'foundation',
  'fondation',
  'fundacion',
  'institute',
  'institut',
  'instituto',
  'institution',
  'institucion',
  'centre',
  'center',
  'centro',
  'fund',
  'fonds',
  'fondo',
  'bank',
  'banque',
  'banco',
  'university',
  'universite',
  'universidad',
  'school',
  'ecole',
  'escuela',
  'ngo',
  'ong',
  'company',
  'entreprise',
  'empresa',
  'cooperative',
  'cooperativa',
  'chamber',
  'chambre',
  'camara',
  'observatory',
  'observatoire',
  'observatorio',
  // people acting together
  'partner',
  'partenaire',
  'socio',
  'donor',
  'bailleur',
  'donante',
  'constituent',
  'mandant',
  'mandante',
  'employer',
  'employeur',
  'empleador',
  'worker',
  'travailleur',
  'trabajador',
  'stakeholder',
  'actor',
  'acteur',
  'agent',
  'member',
  'membre',
  'miembro',
  'leader',
  'lider',
  'chief',
  'chef',
  'jefe',
  'head',
  'manager',
  'gestionnaire',
  'gestor',
  'coordinator',
  'coordinateur',
  'coordinador',
  'official',
  'fonctionnaire',
  'funcionario',
  'community',
  'communaute',
  'comunidad',
  'society',
  'societe',
  'sociedad',
  'family',
  'famille',
  'familia',
  'beneficiary',
  'beneficiaire',
  'beneficiario',
  'user',
  'usager',
  'usuario',
  'evaluator',
  'evaluateur',
  'evaluador',
  'consultant',
  'consultor',
  'expert',
  'experto',
  'specialist',
  'specialiste',
  'especialista',
  'officer',
  'oficial',
  'representative',
  'representant',
  'representante',
  'country',
  'pays',
  'pais',
  'countries',
];
const INSTITUTION = new RegExp(`\\b(?:${INSTITUTION_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')})s?\\b`, 'u');

/** True when a part of a label names an addressee on its own (see INSTITUTION_WORDS). */
function standsAlone(part: string): boolean {
  const trimmed = part.trim();
  // A part that starts with an article names something on its own ("the social partners", "les autorités").
  const bare = trimmed.replace(LEADING_ARTICLE, '').trim();
  if (ACRONYM.test(bare)) return true;
  // "the Ministry", "les autorités"; not "the East" in "the East and Southern Africa Regional Office".
  if (bare !== trimmed && (bare.split(/\s+/).length > 1 || INSTITUTION.test(foldForMatch(bare)))) return true;
  if (INSTITUTION.test(foldForMatch(trimmed))) return true;
  return findMentionSpans(trimmed).some((span) => span.kind === 'organisation' || span.kind === 'stakeholderGroup');
}

/**
 * The addressees a label names, as written: divided at its separators only where each side
 * names an addressee on its own; a part that does not is put back with the one before it (the
 * first with the one after it). "SET with DPSM" -> SET, DPSM; "ILO CO-Abidjan and the Ministry
 * of Labour" -> both; "Unidad de Monitoreo y Evaluación" and "Monitoring and Evaluation Unit"
 * stay whole; "ILO, Ministry of Labour, Employment and Social Protection" -> ILO and the ministry.
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export function splitAddresseeLabel(written: string): string[] {
  const pieces = written.split(new RegExp(SEPARATOR.source, 'gu'));
  const groups: string[] = [];
  let leading = '';
  for (let at = 0; at < pieces.length; at += 2) {
    const part = pieces[at] ?? '';
    const separator = at > 0 ? (pieces[at - 1] ?? '') : '';
    const alone = part.trim().length > 1 && standsAlone(part);
    const after = pieces[at + 1];
    // "UNFPA country office; East and Southern Africa Regional Office": a piece goes with the side it is bound to more closely.
    const next = pieces[at + 2];
    if (
      !alone &&
      after !== undefined &&
      next !== undefined &&
      leading === '' &&
      groups.length > 0 &&
      separatorStrength(after) < separatorStrength(separator) &&
      standsAlone(next)
    ) {
      leading = part;
      continue;
    }
    if (alone && leading === '') groups.push(part);
    else if (alone) {
      groups.push(`${leading}${separator}${part}`);
      leading = '';
    } else if (groups.length > 0) groups[groups.length - 1] += `${separator}${part}`;
    else leading += `${leading === '' ? '' : separator}${part}`;
  }
  // Nothing named an addressee on its own: the label is one name.
  if (groups.length === 0) return [written.trim()];
  return groups.map((group) => group.trim()).filter((group) => group.length > 0);
}

/** How firmly a separator divides: a semicolon most, then a comma, then "and", "with" or a slash. */
function separatorStrength(separator: string): number {
  if (separator.includes(';')) return 3;
  if (separator.includes(',')) return 2;
  return 1;
}

/** "BIT/OIT" -> [ILO]; "ILO CO-Abidjan and the Ministry of Labour" -> [ILO, Ministry of Labour]; "SET with DPSM" -> [SET, DPSM]. */
export function resolveAddressees(written: string): ActorRef[] {
  const whole = safely(() => resolveAddressee(written));
  if (!whole) return [];
  // Stakeholder groups are named whole ("Agences gouvernementales et non gouvernementales").
  if (whole.kind !== 'ORGANISATION') return [whole];
  const parts = splitAddresseeLabel(written);
  if (parts.length <= 1) return [whole];
  // One known name over the whole label ("Bureau of Democracy, Human Rights, and Labor") is one addressee.
  const spans = findMentionSpans(written).filter((span) => span.kind === 'organisation' || span.kind === 'stakeholderGroup');
  if (spans.length === 1 && spans[0]!.end - spans[0]!.start >= written.trim().length - 2) return [whole];
  return uniqueBy(
    parts.flatMap((part) => safely(() => resolveAddressee(part)) ?? []),
    (item) => item.id,
  );
}

/** "BIT/OIT", "Personnes victimes de l'esclavage", "Collectivités", "Gobierno de Mauritania" -> the actor. */
function resolveAddressee(written: string): ActorRef {
  // "SET*", "DPSM†", "Ministry of Labour¹": a footnote marker is not part of the name.
  const addressed = written
    .replace(/^(?:to|pour|à|a|para)\s+/i, '')
    .replace(/(?:[*†‡§¹²³⁰⁴-⁹]+|\[\d{1,3}\])+\s*$/u, '')
    .replace(/[\s:.]+$/, '');
  // "the Ministry of Labour" is the Ministry of Labour; "La Strada International" and "The Hunger Project" keep their article.
  const article = /^(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*|el\s+|los\s+|las\s+)(?=(\S+))/iu.exec(addressed);
  const clean = article && addressed.length > article[0].length + 2 && isInstitutionWord(article[1] ?? '') ? addressed.slice(article[0].length) : addressed;
  // "Government of Niger" and "Gobierno de Níger" are one addressee whatever the language.
  const actor = resolveGovernment(clean) ?? resolveActor(clean);
  return { ...actor, asWritten: written };
}

function isInstitutionWord(word: string): boolean {
  return INSTITUTION.test(foldForMatch(word));
}

/** A modal that makes its subject the one who should act ("USAID should", "le BIT devrait", "el Ministerio debe"). */
const MODAL =
  /\s+(?:should|must|could|needs? to|is encouraged to|are encouraged to|ought to|devrai(?:t|ent)|doi(?:t|vent)|pourrai(?:t|ent)|est invit[ée]e? [àa]|deber[ií]an?|debe(?:n)?|podr[ií]an?)\b/u;

/**
 * A passive right after the modal ("should be institutionalized", "doit être renforcé", "debe
 * ser revisada"): its subject is acted upon. "should be encouraged to ..." and "should be
 * responsible for ..." keep theirs.
 */
const PASSIVE =
  /^\s+(?:be|être|etre|ser|estar|been)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas|is|it|ite|ites|uit|uite|t)(?!\p{L})(?!\s+(?:to|à|a|de|para)\s)/u;

/**
 * Institution words that, alone, make a subject the recommendation's topic rather than someone
 * who acts: "The project should ...", "Future programmes should ...", "Countries must ...".
 */
const TOPIC_WORDS = new Set([
  'project',
  'projects',
  'projet',
  'projets',
  'proyecto',
  'proyectos',
  'program',
  'programs',
  'programme',
  'programmes',
  'programa',
  'programas',
  'country',
  'countries',
  'pays',
  'pais',
  'paises',
  'state',
  'states',
  'etat',
  'etats',
  'estado',
  'estados',
  'region',
  'regions',
  'community',
  'communities',
  'communaute',
  'communautes',
  'comunidad',
  'comunidades',
  'family',
  'families',
  'famille',
  'familles',
  'familia',
  'familias',
  'user',
  'users',
  'usager',
  'usagers',
  'usuario',
  'usuarios',
  'member',
  'members',
  'membre',
  'membres',
  'miembro',
  'miembros',
  'section',
  'sections',
  'seccion',
  'secciones',
  'service',
  'services',
  'servicio',
  'servicios',
  'mission',
  'missions',
  'mision',
  'district',
  'districts',
  'distrito',
  'commune',
  'communes',
  'province',
  'provinces',
  'provincia',
  'county',
  'head',
  'heads',
  'agent',
  'agents',
  'actor',
  'actors',
  'acteur',
  'acteurs',
  'fund',
  'funds',
  'fonds',
  'fondo',
  'fondos',
  'school',
  'schools',
  'ecole',
  'ecoles',
  'escuela',
  'escuelas',
  'company',
  'companies',
  'entreprise',
  'entreprises',
  'empresa',
  'empresas',
  'evaluator',
  'evaluators',
  'evaluateur',
  'evaluateurs',
  'evaluador',
  'evaluadores',
  'consultant',
  'consultants',
  'consultor',
  'consultores',
  'expert',
  'experts',
  'experto',
  'expertos',
  'red',
]);

/** True when a subject names someone who acts by an institution word ("The Ministry of Labour", "Implementing partners", "La Secretaría de Economía"). */
function namesInstitution(subject: string): boolean {
  const folded = foldForMatch(subject);
  return [...folded.matchAll(new RegExp(INSTITUTION.source, 'gu'))].some((match) => !TOPIC_WORDS.has(match[0]));
}

/** Whom a title addresses: "To LIMCOM", "For the member states", « Aux ministères », « À l'attention du PNUD », "Al Ministerio", "Dirigidas a la OIT". */
export function addresseeTitle(title: string): string | null {
  const match =
    /^(?:(?:recommendations?|recommandations?|recomendaci(?:o|ó)n(?:es)?)\s+)?(?:addressed to|to|for|à l['’]attention (?:de la|du|des|de l['’]|de)|à l['’]|à la|à|au|aux|pour|dirigid[ao]s? (?:a la|al|a los|a las|a)|destinée?s? (?:à la|au|aux|à)|al|a la|a los|a las|para)\s+(\S.{1,80})$/iu.exec(
      title.trim().replace(/[:.]$/, ''),
    );
  if (!match) return null;
  // « À l'AFD », "To the Embassy of Sweden": the article is no part of the name.
  const name = match[1]!
    .trim()
    .replace(/^[ld]['’](?=\p{Lu})/u, '')
    .replace(/^the\s+(?=\p{Lu})/u, '');
  // A clause ("To keep its results after it closes, the project should"), not a name.
  if (/[,;]|(?<![\p{L}])(?:should|must|will|would|could|that|which|devrait|faudrait|doit|que|qui|debe|debería|deberían|que)(?![\p{L}])/iu.test(name))
    return null;
  // "For Future Projects", « Pour les futurs projets »: the work, not a party.
  if (/(?<![\p{L}])(?:projects?|projets?|proyectos?|programmes?|programs?|programas?|phases?|fases?)$/iu.test(name) && !/\p{Lu}{2,}/u.test(name)) return null;
  return namesParty(name) ? name : null;
}

/**
 * A party: an acronym ("LIMCOM", "USAID/Ethiopia"), an institution ("the Ministry of Employment"), a group named by a
 * common noun ("the member states"); not "To be continued", "For Future Projects", "To Improve Sustainability", "Phase II".
 */
export function namesParty(name: string): boolean {
  return /(?<![\p{L}])(?![IVXLC]+(?![\p{L}]))\p{Lu}{2,}(?![\p{L}])/u.test(name) || INSTITUTION.test(foldForMatch(name)) || PARTY_NOUN.test(name);
}

/** A party named by a common noun: "the member states", « les autorités nationales », "el gobierno". */
const PARTY_NOUN =
  /^(?:the|la|le|les|el|los|las|l['’]|ses|sus|its|their)?\s*(?:national\s+|nationales?\s+|nacionales?\s+)?(?:member states|governments?|ministr|authorit|partners|donors|agenc|offices?|management|secretariat|headquarters|constituents|social partners|implementing|gouvernements?|minist[èe]r|autorit|partenaires|bailleurs|direction|[ée]tats membres|gobiernos?|autoridades|socios|donantes|oficinas?|gerencia|secretar[ií]a|estados miembros|communes|collectivit[ée]s|municipalit|municipios|municipalidades|comunas|local governments?|institutions?|instituciones|entit(?:y|ies)|entit[ée]s?|entidades|counterparts?|contreparties?|contrapartes?|stakeholders|actors|acteurs|actores|organismes|organismos|organi[sz]ations|organisations|organizaciones)/iu;

/**
 * The addressee a recommendation names before a colon at its start ("Al Ministerio de Medio Ambiente:
 * institucionalizar …", "To UNDP: incorporate …", « Aux communes : inscrire … »), or null.
 */
export function leadAddressee(text: string): string | null {
  const lead = /^([^:.;]{4,90}):\s+\S/u.exec(text);
  return lead ? addresseeTitle(lead[1]!) : null;
}

/**
 * The addressee a recommendation names as the subject of its first modal ("USAID should ...",
 * "Depending on resources, USAID should ...", "Le BIT devrait ...", "The Ministry of Labour
 * should ...", "Donors should ..."), when the layout gives none: an acronym, a known
 * organisation or stakeholder group, a government, or a name with an institution word. A
 * subject that names no one who acts ("Future activities should ...", "The project should ...")
 * gives none.
 */
export function subjectAddressee(text: string): string | null {
  const head = text.slice(0, 3000);
  const modal = new RegExp(MODAL.source, 'gu');
  // The first modal whose subject names an actor, in whichever sentence ("... EDSC devrait veiller à ...").
  for (const match of head.matchAll(modal)) {
    // The subject is the whole clause before the modal: from the sentence start or the last comma.
    const clause = head
      .slice(Math.max(0, match.index - 120), match.index)
      .split(/[,;:]\s+|[.!?]\s+|\bthat\s+|\bque\s+|\n/)
      .pop()!
      .trim();
    // "The VDIM should be institutionalized", "Credit linkages ... need to be prioritized": what the sentence is about, not who acts.
    if (PASSIVE.test(head.slice(match.index + match[0].length, match.index + match[0].length + 60))) continue;
    const before = head.slice(Math.max(0, match.index - 300), match.index);
    const subject = actingSubject(withoutRelative(clause)) ?? (clause.endsWith(',') ? appositiveSubject(before) : null) ?? relativeSubject(before);
    if (subject) return subject;
  }
  // "The evaluation recommends that UNHCR develop ...": the subject of the recommended verb.
  for (const match of head.matchAll(new RegExp(RECOMMENDS_THAT.source, 'giu'))) {
    const words = head
      .slice(match.index + match[0].length, match.index + match[0].length + 120)
      .replace(LEADING_ARTICLE, '')
      .split(/\s+/);
    const named: string[] = [];
    for (const word of words) {
      if (/^\p{Lu}/u.test(word) || (named.length > 0 && CONNECTOR.test(word))) named.push(word.replace(/[,;:.]+$/, ''));
      else break;
      if (/[,;:.]$/.test(word)) break;
    }
    while (named.length > 0 && CONNECTOR.test(named[named.length - 1]!)) named.pop();
    const subject = actingSubject(named.join(' '));
    if (subject) return subject;
  }
  return null;
}

/**
 * A subject set off by an apposition that names its unit, right before the modal ("The Assistant Deputy Minister,
 * Partnerships for Innovation in Development, should …", « Le sous-ministre adjoint, Partenariats pour l'innovation dans
 * le développement, devrait … »): the subject with its unit; a subject set off by how it acts ("ILO, in consultation with
 * its constituents, should …"): the subject. Null when the words before the commas name no one who acts.
 */
function appositiveSubject(before: string): string | null {
  const m = APPOSITION.exec(before);
  if (!m || m[2]!.split(/\s+/).length > 10) return null;
  const subject = actingSubject(m[1]!.trim());
  if (!subject) return null;
  // A phrase in lower case between the commas says how it acts ("ILO, in consultation with its constituents, should"), not who.
  return /^\p{Lu}/u.test(m[2]!) ? `${subject}, ${m[2]!.trim()}` : subject;
}

/** "The donors who fund joint programmes" → "The donors": a relative clause says which ones, not who. */
function withoutRelative(clause: string): string {
  return clause.replace(RELATIVE, '');
}

const RELATIVE = /\s+(?:who|which|that|qui|que|quienes|lesquels|lesquelles)\s[\s\S]*$/i;

/**
 * A subject qualified by a relative clause ("The ministries that fund joint programmes should …", "Las agencias
 * donantes que establezcan fondos …, deben abrir …"): the words before the relative pronoun, from the sentence's start.
 */
function relativeSubject(before: string): string | null {
  const sentence = before
    .split(/[.!?;:]\s+|\n/)
    .pop()!
    .trim();
  const subject = withoutRelative(sentence);
  return subject !== sentence && subject.length <= 80 ? actingSubject(subject) : null;
}

/** "<sentence start> Subject, Unit Name, " or "<sentence start> Subject, with whom, " at the end of the text before a modal. */
const APPOSITION = /(?:^|[.!?;:]\s+|\n)\s*([^,.;:!?\n]{2,80}),\s+([^,.;:!?\n]{2,100}),\s*$/u;

/** "recommends that", "recommande que", "recomienda que" */
const RECOMMENDS_THAT = /\b(?:recommends?|recommended|recommande(?:nt)?|recomienda(?:n)?|recomendó|sugiere(?:n)?)\s+(?:that|que|qu['’])\s*/;

/** Words that join the words of a name ("Ministry of Labour", "Secretaría de Economía"). */
const CONNECTOR = /^(?:of|for|and|the|de|du|des|del|la|le|les|l['’]\p{L}*|et|y|e|pour|para|en)$/iu;

/**
 * The subject of a clause ("The Ministry of Labour", "Le BIT") as an addressee when it names one
 * who acts: an acronym, a known organisation or stakeholder group, a government, or a name
 * with an institution word. Null otherwise.
 */
function actingSubject(clause: string): string | null {
  const subject = clause.replace(LEADING_ARTICLE, '').trim();
  if (!subject || subject.split(/\s+/).length > 8) return null;
  if (/^[A-Z][A-Z0-9&/-]{1,11}$/.test(subject)) return subject;
  const spans = findMentionSpans(subject).filter((span) => span.kind === 'organisation' || span.kind === 'stakeholderGroup');
  if (spans.length === 1 && spans[0]!.end - spans[0]!.start >= subject.length - 4) return subject;
  // A subject that starts lower case is a clause's tail ("... and activities should"), not a name.
  if (!/^\p{Lu}/u.test(subject) && !/^\p{Lu}/u.test(clause)) return null;
  if (safely(() => resolveGovernment(subject))) return subject;
  // A lone institution word ("L'Agence devrait", "Management should") refers back to a name given elsewhere; people in the plural ("Donors") are named.
  if (namesInstitution(subject) && (/\s/.test(subject) || /[sx]$/i.test(subject))) return subject;
  return null;
}
