/**
 * The labels of metadata boxes in French, English and Spanish: ILO evaluation report covers
 * ("ILO TC/SYMBOL", "Type of Evaluation", "Country(ies)", "Donor: country and budget US$"),
 * evaluation-brief project boxes, i-eval quick facts, generic "Project code / Donor / Budget /
 * Evaluator / Evaluation period / Type of evaluation / Commissioned by" lines, UNHCR's
 * "Evaluation information at a glance", IFRC's header table, USAID title pages and Mexico's
 * CONAC summary form. A label is matched whole (after its numbering, markup, colon and any
 * format hint in parentheses are removed), so a sentence never reads as a label.
 */
import { foldAccents } from '../../text/normalise.js';

/** What a box can state. */
export type MetaField =
  // the evaluation
  | 'evaluationTitle'
  | 'evaluationType'
  | 'timing'
  | 'mode'
  | 'completionDate'
  | 'approvalDate'
  | 'evaluationStart'
  | 'evaluationEnd'
  | 'evaluationDates'
  | 'periodCovered'
  | 'administrativeOffice'
  | 'technicalOffice'
  | 'manager'
  | 'evaluators'
  | 'leadEvaluator'
  | 'collaborators'
  | 'evaluationFirm'
  | 'commissioner'
  | 'followUpUnit'
  | 'contractNumber'
  | 'cost'
  | 'fundingSource'
  | 'contractingMode'
  | 'keywords'
  | 'reference'
  // the project
  | 'projectCode'
  | 'glide'
  | 'projectTitle'
  | 'acronym'
  | 'countries'
  | 'donors'
  | 'donorsBudget'
  | 'budget'
  | 'expenditure'
  | 'projectStart'
  | 'projectEnd'
  | 'projectPeriod'
  | 'partners'
  | 'hostSociety'
  // who published the document (a web page's "From:"), and a manager on the evaluator's side
  | 'publisher'
  | 'engagementManager'
  // what the document says it is ("Type of document: management response", a `type` tag), its own title and date as data
  | 'documentType'
  | 'documentTitle'
  /** A bare "Title:" in a box: the subject of a document whose own title only names its kind. */
  | 'titleField'
  | 'publicationDate'
  | 'overallRating';

export interface LabelMatch {
  field: MetaField;
  /**
   * A weak label ("Budget", "Duration", "Title", "Location") names a field only inside a box
   * (next to other labels); a strong one ("ILO TC/SYMBOL", "Evaluation manager") anywhere.
   */
  weak: boolean;
}

/** [field, pattern on the folded label, weak]. Tried in order: the first match wins. */
const LABELS: Array<[MetaField, RegExp, boolean?]> = [
  // Codes first: "Project/Activity Title" and "Project code" share a word.
  [
    'projectCode',
    /^(?:ilo )?tc\/?symbol$|^(?:project|projet|proyecto|programme|program|programa|activity)(?: \/ ?activity)? ?(?:code|number|no|n°|nº|num|id|identifier)$|^code (?:du |de )?proje?c?t$|^(?:numero|n°|no) (?:du |de )?projet$|^codigo (?:del )?(?:proyecto|programa)$|^numero (?:del )?proyecto$|^(?:award|grant|agreement|cooperative agreement) (?:number|no|n°|#)$|^(?:operation|appeal) (?:n°|no|number|nº|#)$|^n° (?:d'|de l')?(?:operation|appel)$|^(?:atlas )?(?:project|award) id$/,
  ],
  ['glide', /^glide(?: number| n°| no| nº| #)?$|^(?:numero|n°) glide$/],
  [
    'contractNumber',
    /^(?:usaid )?(?:contract|task order|contrat|contrato)(?: number| no| n°| nº| #)?$|^(?:numero|n°) (?:du |de )?contrat$|^numero de contrato$/,
  ],
  ['reference', /^(?:evaluation |report |document )?(?:reference|ref)(?: number| no| n°)?$|^(?:numero|n°) de reference$/, true],
  // The evaluation.
  [
    'evaluationTitle',
    /^(?:title|name) of (?:the )?evaluation$|^evaluation (?:title|name)$|^titre de l'evaluation$|^(?:titulo|nombre) de la evaluacion$|^report title$|^official title$|^titre officiel$|^titulo oficial$/,
  ],
  [
    'projectTitle',
    /^(?:project|programme|program|activity|project\/activity|project \/ activity) (?:title|name)$|^(?:title|name) of (?:the )?(?:project|programme|program|activity)$|^(?:titre|intitule|nom) du (?:projet|programme)$|^(?:titulo|nombre) del (?:proyecto|programa)$|^nombre del (?:\(?los\)? )?programa(?:\(s\)|s)? evaluado(?:\(s\)|s)?$|^programa evaluado$/,
  ],
  ['projectTitle', /^(?:project|programme|program|projet|proyecto|programa)$/, true],
  // "Title: Girls' Education Challenge – Transition window" in a review's summary box.
  ['titleField', /^(?:title|titre|titulo|intitule)$/, true],
  ['acronym', /^(?:siglas|sigle|acronym|acronyme)$/],
  ['evaluationType', /^(?:type|nature|kind) of (?:the )?evaluation$|^evaluation type$|^type d'evaluation$|^type de l'evaluation$|^tipo de (?:la )?evaluacion$/],
  [
    'timing',
    /^(?:evaluation )?timing(?: of (?:the )?evaluation)?$|^(?:horaire|calendrier|moment|phase) (?:d'|de l')evaluation$|^(?:momento|calendario) de (?:la )?evaluacion$/,
  ],
  ['mode', /^(?:evaluation )?mode(?: of (?:the )?evaluation)?$|^mode d'evaluation$|^(?:modo|modalidad) de (?:la )?evaluacion$/],
  [
    'completionDate',
    /^(?:date of completion|completion date|date (?:when )?the evaluation was completed(?: by the evaluator)?|date d'achevement|date a laquelle l'evaluation a ete completee(?: par l'evaluateur)?|fecha de (?:finalizacion|conclusion)(?: de la evaluacion)?|date of (?:the )?(?:final )?report|report date|date of issue|date du rapport|fecha del informe|date of publication|publication date|date de publication)$/,
  ],
  [
    'approvalDate',
    /^(?:date of approval|approval date|date (?:when )?the evaluation was approved(?: by eval)?|date d'approbation|date a laquelle l'evaluation a ete approuvee(?: par eval)?|fecha de aprobacion)$/,
  ],
  ['evaluationStart', /^(?:evaluation start date|start date of (?:the )?evaluation|date de debut de l'evaluation|fecha de inicio(?: de la evaluacion)?)$/],
  [
    'evaluationEnd',
    /^(?:evaluation end date|end date of (?:the )?evaluation|date de fin de l'evaluation|fecha de (?:termino|conclusion|cierre) de la evaluacion|fecha de termino)$/,
  ],
  [
    'evaluationDates',
    /^(?:date|dates|period|duration|timeframe|timing) of (?:the )?evaluation$|^evaluation (?:dates?|period|duration|timeframe)$|^expected duration$|^(?:fieldwork|field mission|mission) (?:dates|period)$|^(?:date|dates|periode|duree) de l'evaluation$|^periode d'evaluation$|^dates de la mission(?: de terrain)?$|^(?:fecha|fechas|periodo|duracion) de (?:la )?evaluacion$/,
  ],
  [
    'periodCovered',
    /^(?:timeframe|time frame|period|years?) (?:covered|under review|evaluated|assessed)(?: by the evaluation)?$|^(?:evaluation )?scope period$|^reference period$|^period of (?:the )?(?:evaluation scope|review)$|^periode (?:couverte|evaluee|sous revue|de reference)$|^periodo (?:evaluado|cubierto|de referencia|bajo revision)$|^ejercicio fiscal evaluado$|^fiscal years? (?:covered|evaluated)$/,
  ],
  ['administrativeOffice', /^(?:ilo )?administrative (?:office|unit)$|^bureau administratif$|^oficina administrativa$/],
  ['technicalOffice', /^(?:ilo )?technical(?: backstopping)? (?:office|unit)$|^(?:bureau|unite) technique(?: d'appui)?$|^oficina tecnica$/],
  [
    'manager',
    /^evaluation manager(?: \/ ?contact(?: in \w+)?)?$|^(?:name of )?(?:the )?evaluation manager$|^(?:gestion|gestionnaire|responsable) (?:d'|de l')evaluation$|^(?:gerente|responsable|gestor|gestora) de (?:la )?evaluacion$|^nombre de la persona responsable de darle seguimiento a la evaluacion(?: y nombre de la unidad administrativa a la que pertenece)?$|^nombre del titular de la unidad administrativa responsable de dar seguimiento a la evaluacion$|^evaluation manager \/$/,
  ],
  ['followUpUnit', /^nombre de la unidad administrativa responsable de dar seguimiento a la evaluacion$/],
  [
    'leadEvaluator',
    /^(?:team leader|lead evaluator|lead consultant|chef(?:fe)? d'equipe|chef(?:fe)? de mission|evaluat(?:eur|rice) principal(?:e)?|jef[ea] de(?:l)? equipo|evaluador(?:a)? principal|(?:nombre del )?coordinador(?:a)? de la evaluacion)$/,
  ],
  // A team page's other roles ("Evaluation specialist", « Spécialiste en évaluation », "Especialista de Evaluación",
  // "Experto en Población y Desarrollo"): members of the team.
  [
    'collaborators',
    /^(?:nombres? de los )?principales colaboradores$|^colaboradores$|^team members?$|^membres de l'equipe$|^miembros del equipo$|^(?:evaluation|gender|thematic) (?:specialist|expert)$|^specialiste (?:en|de l') ?evaluation$|^especialista (?:en|de) evaluacion$|^expert[oa]? (?:en|de|in) [\p{L} ]{3,40}$/u,
  ],
  [
    'evaluators',
    /^(?:elaboracion(?: del (?:informe|documento|estudio))?|name(?:\(s\)|s)? of (?:the )?(?:consultant|evaluator)(?:\(s\)|s)?|evaluation consultant(?:\(s\)|s)?|consultante?(?:\(s\)|s)?|evaluator(?:\(s\)|s)?|evaluation team(?: members?)?|evaluators? team|(?:conducted|prepared|carried out|written|submitted) by|nom(?:\(s\)|s)? de(?:s)? l?'?evaluateur(?:\(s\)|s)?|evaluateur(?:\(s\)|s)?|equipe d'evaluation|(?:realisee|conduite|preparee) par|evaluador(?:\(es\)|es|a)?|evaluadores|nombre de los evaluadores|nombre(?:\(s\)|s)? (?:del|de los|del ?\(los\)) consultor(?:\((?:a|es|as)\)|a|es|as)?|(?:esta evaluacion|este (?:informe|documento|estudio)) (?:ha sido|fue) (?:llevad[ao] a cabo|realizad[ao]|elaborad[ao]|preparad[ao]) por|llevad[ao] a cabo por|equipo evaluador|equipo de evaluacion|consultor(?:\(es\)|es|a)?(?: de (?:la )?evaluacion)?|(?:realizad[ao]|elaborad[ao]|preparad[ao]) por|(?:redige|elabore)e? par|authors?|auteur(?:e)?s?|autor(?:es|as)?)$/,
  ],
  [
    'evaluationFirm',
    /^(?:evaluation|consulting) (?:firm|company)$|^(?:firm|contractor)$|^(?:cabinet|bureau d'etudes?)$|^casa evaluadora$|^(?:nombre (?:de )?la )?instancia evaluadora$|^institucion a la que pertenece$|^empresa evaluadora$/,
  ],
  [
    'commissioner',
    /^(?:commissioned|commissionned|managed|requested) by$|^(?:evaluation )?commissioner$|^(?:commanditee?|commandee?) par$|^commanditaire$|^(?:encargada|solicitada|comisionada) por$|^unidad administrativa responsable de contratar la evaluacion$|^(?:submitted|prepared) (?:to|for)$/,
  ],
  [
    'cost',
    /^(?:total )?(?:cost|budget) of (?:the )?evaluation$|^evaluation (?:cost|budget)$|^(?:cout|budget) (?:total )?de l'evaluation$|^(?:costo|coste|presupuesto) (?:total )?de (?:la )?evaluacion$/,
  ],
  ['fundingSource', /^fuente de financiamiento$|^(?:source of funding|funding source|source de financement)$/],
  ['contractingMode', /^(?:forma|tipo) de contratacion(?: de la instancia evaluadora)?$|^(?:contracting|procurement) (?:mode|method)$/],
  ['keywords', /^key ?words?$|^mots[- ]?cles$|^palabras?[- ]?claves?$/],
  [
    'overallRating',
    /^overall (?:performance )?(?:rating|assessment|score)$|^(?:note|notation|appreciation) globale$|^(?:calificacion|valoracion) (?:general|global|final)$/,
  ],
  // The project.
  [
    'donorsBudget',
    /^donor(?:\(s\)|s)?\s*(?:&|and)\s*budget(?: \(?(?:us\$|usd)\)?)?$|^donor: country and budget(?: us\$| usd)?$|^donor(?:\(s\)|s)?: country and budget(?: us\$| usd)?$|^(?:donateur|bailleur)(?:\(s\)|s)?\s*(?:&|et)\s*budget$|^donante(?:\(s\)|s)?\s*(?:y|&)\s*presupuesto$/,
  ],
  [
    'countries',
    /^countr(?:y|ies|y\(ies\))(?: covered| of (?:implementation|intervention)| concerned)?$|^pays(?: couverts?| concernes?| d'intervention)?$|^pais(?:\(es\)|es)?(?: cubiertos?| de intervencion)?$/,
  ],
  [
    'countries',
    /^(?:project )?location$|^lieu$|^localisation$|^zone d'intervention$|^ubicacion$|^geographic(?:al)? (?:coverage|scope|focus)$|^couverture geographique$|^cobertura geografica$/,
    true,
  ],
  [
    'donors',
    /^donor(?:\(s\)|s)?$|^(?:funded by|funding agency|financed by|funder(?:s)?)$|^(?:bailleur|donateur)(?:\(s\)|s)?(?: de fonds)?$|^finance par$|^donante(?:\(s\)|s)?$|^financiado por$/,
  ],
  [
    'budget',
    /^(?:total |project |programme |program |operation |approved )?budget(?: total| \(?(?:us\$|usd|chf|eur|cad)\)?)?(?: (?:19|20)\d\d)?$|^budget (?:du|de l') ?(?:projet|programme|operation)$|^(?:cout|montant) total(?: du projet)?$|^montant(?: global)?(?: du (?:projet|programme|financement))?$|^presupuesto(?: total| del (?:proyecto|programa)| (?:aprobado|asignado|autorizado|modificado|original))?(?: (?:19|20)\d\d)?$|^(?:monto|importe) (?:total|asignado|aprobado)$|^project\/activity funding$|^(?:total )?(?:funding|funds)(?: amount)?$/,
    true,
  ],
  [
    'expenditure',
    /^(?:total |actual )?expenditures?$|^depenses(?: totales)?$|^(?:gasto|monto ejercido|presupuesto ejercido)(?: total)?(?: (?:19|20)\d\d)?$/,
    true,
  ],
  [
    'projectStart',
    /^(?:project |operation |award |programme |program )?start(?:ing)? date$|^date de debut(?: du projet| de l'operation)?$|^fecha de inicio del (?:proyecto|programa)$|^ano de inicio(?: de (?:la )?operacion)?$|^annee de demarrage$/,
    true,
  ],
  [
    'projectEnd',
    /^(?:project |operation |award |programme |program )?end(?:ing)? date$|^date (?:the )?project ends$|^date de fin(?: du projet| de l'operation)?$|^fecha de (?:termino|finalizacion|conclusion) del (?:proyecto|programa)$/,
    true,
  ],
  [
    'projectPeriod',
    /^(?:project|programme|program|operation|implementation|award)(?: \/ ?activity)? (?:duration|period|dates|timeframe)$|^award dates$|^duration(?: of (?:the )?(?:project|programme))?$|^(?:duree|periode) (?:du projet|de mise en oeuvre|d'execution)$|^(?:duracion|periodo) (?:del proyecto|de ejecucion|de implementacion)$/,
    true,
  ],
  [
    'partners',
    /^implementing (?:partner|organi[sz]ation|agency|agencies|partners|organi[sz]ations)(?:\(s\)|s)?$|^(?:partenaire|organisme|agence)s? (?:de mise en oeuvre|d'execution)$|^(?:socio|socios|organizacion|organizaciones|agencia) (?:implementador(?:a|es)?|ejecutor(?:a|es)?|de ejecucion)$|^ente publico coordinador del (?:\(?los\)? )?programa(?:\(s\)|s)?$|^dependencia ?(?:\/|o) ?entidad(?: coordinadora)?$|^entidad coordinadora$|^(?:partners|partenaires|socios)$/,
  ],
  ['hostSociety', /^host national society$|^societe nationale (?:hote|d'accueil)$|^sociedad nacional (?:anfitriona|receptora)$/],
  ['publisher', /^(?:from|published by|publisher|publie par|publicado por|editado por)$/],
  ['documentType', /^(?:document type|type of document|type de document|tipo de documento)$/],
  // The evaluating firm's manager (Mexico's CONAC form, 4.3): an evaluator when the team is named beside it.
  ['engagementManager', /^gerente del proyecto$/, true],
];

/** Fold a label for matching: numbering, markup, colon, format hints and a trailing currency removed. */
export function foldLabel(label: string): string {
  return foldAccents(label)
    .replace(/[’‘`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\*\*|__|<\/?b>|<\/?strong>/g, '')
    .replace(/^\s*(?:#+\s*)?(?:[-•▪●◦]\s*)?/, '')
    .replace(/^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-z]\)|[ivx]{1,4}[.)])\s+/, '')
    .replace(/\((?:dd|jj|mm)[/.-][^)]*\)/g, '')
    .replace(/\(s\)/g, '(s)')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.\-–]+$/, '')
    .trim();
}

/**
 * The field a label names, or null. "Donor: country and budget US$" and "Budget (CHF)" keep
 * their currency for the caller (see currencyOfLabel in amounts.ts).
 */
export function classifyLabel(label: string): LabelMatch | null {
  if (label.length > 400) return null;
  // Documents repeat their lines (running headers, a text dumped twice) and the box readers try
  // the same candidate labels again: remember recent answers, before folding.
  const cached = cache.get(label);
  if (cached !== undefined) return cached;
  const match = matchLabel(label);
  if (cache.size > MAX_CACHED_LABELS) cache.clear();
  cache.set(label, match);
  return match;
}

/** classifyLabel without its cache. */
function matchLabel(label: string): LabelMatch | null {
  const folded = foldLabel(label);
  if (!folded || folded.length > 160 || folded.split(' ').length > 24) return null;
  for (const [field, pattern, weak] of LABELS) if (pattern.test(folded)) return { field, weak: weak ?? false };
  return null;
}

/** Answers classifyLabel remembers before it starts again (bounds memory). */
const MAX_CACHED_LABELS = 20_000;
const cache = new Map<string, LabelMatch | null>();

/** Fields whose value may run over several lines (a list of people, of partners, of countries). */
export const MULTI_LINE_FIELDS: ReadonlySet<MetaField> = new Set<MetaField>([
  'evaluators',
  'collaborators',
  'leadEvaluator',
  'partners',
  'countries',
  'donors',
  'evaluationFirm',
  'commissioner',
  'manager',
  'keywords',
]);
