/**
 * Metadata anywhere: the evaluation's and the project's facts from the boxes, cover pages and
 * title pages of any document (see key-values.ts for the layouts, labels.ts for the lexicon),
 * completed by what the cover and a few sentences say when no box does. Values go through the
 * parsers of this folder (amounts, dates and periods, codes, people and firms) and the
 * gazetteer (countries, organisations, people). Pure: text in, partial records out.
 *
 * The entry point of the read -> extract contract (DIALECT.md): the extractor calls
 * `extractMetadata(text, outline)` and merges the result into its own record.
 */
import type { ActorRef, Budget, CountryRef, DatePeriod, DocumentKind, EvaluationRecord, ProjectRecord } from '../../model/records.js';
import { findMentionSpans, findMentions, placeEntry, resolveCountry, resolveGovernment, resolveOrganisation, resolvePerson } from '../gazetteer.js';
import { type MoneyOptions, currencyOfLabel, parseMoney } from './amounts.js';
import { findCodes, parseCode } from './codes.js';
import { findCoverAuthors } from './cover-authors.js';
import {
  type CoverHeading,
  classifyEvaluationKind,
  coverEvaluationKind,
  documentKindHints,
  findCoverDate,
  findTitle,
  namesKindOnly,
  splitTitleDate,
  trimKind,
} from './cover.js';
import { dateOrderOfLabel, isDatePlaceholder, parseDate, parsePeriod } from './dates.js';
import { type MetaPair, findMetaPairs } from './key-values.js';
import type { MetaField } from './labels.js';
import { isFirmName, looksLikeName, parsePeopleList } from './people.js';
import { findTeamCompositions } from './team-composition.js';
import { uniqueBy } from '../../util/unique-by.js';
import {
  findBudgetStatement,
  findCommissionerStatements,
  findEvaluatorStatements,
  findExpenditureStatement,
  findFirmStatements,
  findFirmSubjects,
  findFunderStatements,
  findManagerStatement,
  findObjectivesVerdict,
  findOwnerOrganisation,
  findPeriodCovered,
  findProjectPeriodStatement,
  findProjectTitleStatement,
  findTeamStatements,
} from './prose.js';
import { foldAccents } from '../../text/normalise.js';

/** A block of the extractor's outline, as far as metadata needs it (the extractor's blocks are a superset). */
export interface MetaBlock {
  /** The extractor's blocks may be of further kinds (footnotes); metadata reads headings only. */
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'key-value' | 'footnote';
  text: string;
  cells?: string[];
  key?: string;
  value?: string;
  level?: number;
  start: number;
  end: number;
}

/** What extractMetadata finds. Fields absent from the partial records were not stated. */
export interface DocumentMetadata {
  evaluation: Partial<EvaluationRecord>;
  project: Partial<ProjectRecord>;
  /** Kinds of document the title and cover announce, strongest first. */
  documentKindHints: DocumentKind[];
  /** Human-readable notes on what was stated but could not be read (a blank cost, two budgets, ...). */
  warnings: string[];
  /** Keywords a box lists, as written, in order. */
  keywords?: string[];
  /** The document's own title (its evaluation title, else its front matter's title or first top heading), for countries and regions. */
  documentTitle?: string;
}

/**
 * The evaluation's and the project's metadata wherever the document states them. Never throws;
 * returns empty partial records when the document states nothing.
 */
export function extractMetadata(text: string, outline: readonly MetaBlock[]): DocumentMetadata {
  const warnings: string[] = [];
  const pairs = withColumnsChosen(findMetaPairs(text), text);
  const first = firstValues(pairs);
  const money = moneyOptions(text);
  const evaluation: Partial<EvaluationRecord> = {};
  const project: Partial<ProjectRecord> = {};

  // Title and what kind of evaluation it is.
  const headings = headingsOf(text, outline);
  // A front matter's title is the evaluation's when it names an evaluation, a report or lessons.
  const dataTitle = first.get('documentTitle');
  const boxTitle =
    first.get('evaluationTitle') ??
    (dataTitle && /\b(?:evaluat|[ée]valuat|evaluaci|report|rapport|informe|lesson|le[cç]on|lecci)/i.test(dataTitle.value) ? dataTitle : undefined);
  // "Official title: … – Final report November 28, 2017": the title, and the report's date.
  const titled = splitTitleDate(boxTitle ? tidy(boxTitle.value) : (findTitle(text, headings) ?? ''));
  const found = withoutSummaryWrapper(titled.title) || null;
  // "Project Completion Review" then "Title: Girls' Education Challenge …" / "Project name: Thwake Dam …": the kind of
  // document, then what it is about.
  // A person's title ("Title: Senior Evaluation Officer") is no subject.
  const titleField = first.get('titleField');
  const named = titleField && !JOB_TITLE.test(titleField.value) ? titleField : undefined;
  const subjectField = found && namesKindOnly(found) ? (first.get('projectTitle') ?? named ?? (dataTitle && !boxTitle ? dataTitle : undefined)) : undefined;
  const subject = subjectField ? tidy(subjectField.value) : '';
  const title = evaluationOfResponse(found, first.get('projectTitle') ?? named) ?? (subject ? `${found}: ${subject}` : found);
  if (title) evaluation.title = title;
  const typeValue = first.get('evaluationType')?.value;
  const fromValue = typeValue ? classifyEvaluationKind(typeValue, 'value') : null;
  const fromTitle = title ? classifyEvaluationKind(title, 'title') : null;
  const type = fromValue?.type ?? fromTitle?.type ?? (typeValue ? freeType(typeValue) : null);
  if (type) evaluation.type = type;
  const fromCover = coverEvaluationKind(text);
  const timing =
    fromValue?.timing ??
    (first.get('timing') ? classifyEvaluationKind(first.get('timing')!.value, 'value').timing : null) ??
    fromTitle?.timing ??
    fromCover.timing;
  if (timing) evaluation.timing = timing;
  const mode =
    fromValue?.mode ?? (first.get('mode') ? classifyEvaluationKind(first.get('mode')!.value, 'value').mode : null) ?? fromTitle?.mode ?? fromCover.mode;
  if (mode) evaluation.mode = mode;

  // Dates.
  const dateOf = (field: MetaField): string | null => {
    const pair = first.get(field);
    if (!pair) return null;
    if (isDatePlaceholder(pair.value)) return null;
    return parseDate(pair.value, dateOrderOfLabel(pair.label) ?? {}) ?? parsePeriod(pair.value)?.end ?? null;
  };
  const conductedStart = dateOf('evaluationStart');
  const conductedEnd = dateOf('evaluationEnd');
  const conducted = conductedStart || conductedEnd ? { start: conductedStart, end: conductedEnd } : periodOf(first.get('evaluationDates'));
  if (conducted) evaluation.conductedPeriod = conducted;
  const completion = dateOf('completionDate') ?? conductedEnd ?? titled.date;
  if (completion) evaluation.completionDate = completion.slice(0, 7);
  const approval = dateOf('approvalDate');
  if (approval) evaluation.approvalDate = approval.slice(0, 7);
  const covered = periodOf(first.get('periodCovered')) ?? findPeriodCovered(text);
  if (covered) evaluation.periodCovered = covered;

  // Offices and people.
  const office = (field: MetaField): string | null => (first.get(field) ? tidy(first.get(field)!.value) || null : null);
  if (office('administrativeOffice')) evaluation.administrativeOffice = normaliseOffice(office('administrativeOffice')!);
  if (office('technicalOffice')) evaluation.technicalOffice = office('technicalOffice');
  const managerPair = first.get('manager');
  if (managerPair) {
    const { person, unit } = splitNameAndUnit(managerPair.value);
    const manager = person ? peopleOf(person)[0] : undefined;
    if (manager) evaluation.manager = manager;
    if (unit) evaluation.followUpUnit = unit;
  } else {
    // "Olive Kamanyana managed the evaluation project team" (acknowledgements).
    const stated = findManagerStatement(text.slice(0, PROSE_WINDOW));
    const manager = stated ? peopleOf(stated)[0] : undefined;
    if (manager) evaluation.manager = manager;
  }
  const followUp = first.get('followUpUnit');
  if (followUp && tidy(followUp.value)) evaluation.followUpUnit = tidy(followUp.value);

  const team = evaluationTeam(pairs, text);
  if (team.evaluators.length > 0) evaluation.evaluators = team.evaluators;
  if (team.firms.length > 0) evaluation.evaluationFirms = team.firms;
  if (team.lead) evaluation.leadEvaluator = team.lead;

  const commissioner = first.get('commissioner') ?? publisherPair(pairs);
  const commissionerActor =
    (commissioner ? organisationOf(commissioner.value) : null) ??
    findCommissionerStatements(text.slice(0, PROSE_WINDOW))
      .map(
        (statement) =>
          knownOrganisationOf(statement) ??
          (isFirmName(statement) || /^[\p{Lu}\s'’-]{8,}$/u.test(statement) ? safely(() => resolveOrganisation(statement)) : null),
      )
      .find((actor): actor is ActorRef => actor !== null) ??
    // An evaluation prepared by the organisation's own evaluation office was commissioned by it.
    team.firms.find((firm) => INTERNAL_OFFICE.test(firm.name)) ??
    ((owner) => (owner ? safely(() => resolveOrganisation(owner)) : null))(findOwnerOrganisation(text)) ??
    null;
  if (commissionerActor) evaluation.commissioner = commissionerActor;

  // Contract, reference, cost.
  const codes = findCodes(text);
  const contract = first.get('contractNumber');
  const contractCode = contract
    ? (parseCode(contract.value)?.code ?? shortCode(contract.value))
    : codes.find((code) => code.kind === 'USAID_AWARD' && (code.role === 'contract' || code.role === 'task-order'))?.code;
  if (contractCode) evaluation.contractNumber = contractCode;
  const reference = first.get('reference');
  const referenceCode = reference ? shortCode(reference.value) : codes.find((code) => code.kind === 'REPORT_REFERENCE' && code.start < 8000)?.code;
  if (referenceCode) evaluation.reference = referenceCode;
  const costPair = first.get('cost');
  if (costPair) {
    const cost = parseMoney(costPair.value, { ...money, defaultCurrency: currencyOfLabel(costPair.label, money) ?? undefined });
    if (cost) evaluation.cost = cost;
    else if (costPair.value.trim()) warnings.push(`Evaluation cost stated without an amount: "${tidy(costPair.value)}".`);
  }
  if (first.get('fundingSource')) evaluation.fundingSource = tidy(first.get('fundingSource')!.value);
  const contracting = first.get('contractingMode');
  if (contracting) {
    const chosen = checkedOption(contracting.value);
    if (chosen) evaluation.contractingMode = chosen;
  }

  // The project.
  const code = projectCodeOf(first.get('projectCode'), codes, contractCode ?? null) ?? projectNumberLine(text.slice(0, PROSE_WINDOW));
  if (code) project.code = code;
  const glide = first.get('glide') ? parseCode(first.get('glide')!.value)?.code : codes.find((c) => c.kind === 'GLIDE')?.code;
  if (glide) project.glide = glide;
  const projectTitle = first.get('projectTitle');
  const statedTitle = projectTitle && tidy(projectTitle.value) ? tidy(projectTitle.value) : findProjectTitleStatement(text.slice(0, PROSE_WINDOW));
  const derivedTitle = statedTitle ?? (subject || (title ? projectOfTitle(title) : null));
  if (derivedTitle) project.title = derivedTitle.replace(/\s+/g, ' ').trim();
  const acronym = first.get('acronym');
  if (acronym) {
    const short = acronymOf(acronym.value);
    if (short) project.acronym = short;
  }
  const countries = countriesOf(first.get('countries')?.value, first.get('hostSociety')?.value);
  if (countries.length > 0) project.countries = countries;

  const donorsBudget = first.get('donorsBudget');
  const donorPair = first.get('donors');
  const labelCurrency = donorsBudget ? currencyOfLabel(donorsBudget.label, money) : null;
  const donorText = donorsBudget ? donorPart(donorsBudget.value) : donorPair?.value;
  // A programme is not its own funder ("projects funded by the AMFI" in the AMFI's evaluation).
  const ownInitials = initialsOf(derivedTitle ?? '');
  const donors = donorText
    ? donorsOf(donorText)
    : uniqueBy(
        findFunderStatements(text.slice(0, 3 * PROSE_WINDOW))
          .filter((phrase) => !(ownInitials && phrase.replace(/^the\s+/i, '') === ownInitials))
          .flatMap(funderOf),
        (item) => item.id,
      );
  // A USAID award number names its awarding agency.
  if (donors.length === 0 && code && codes.some((c) => c.code === code && c.kind === 'USAID_AWARD')) {
    const usaid = knownOrganisationOf('USAID');
    if (usaid) donors.push(usaid);
  }
  if (donors.length > 0) project.donors = donors;
  const budgetPair = first.get('budget');
  const budget: Budget | null =
    (donorsBudget ? parseMoney(donorsBudget.value, { ...money, defaultCurrency: labelCurrency ?? undefined }) : null) ??
    (budgetPair ? parseMoney(budgetPair.value, { ...money, defaultCurrency: currencyOfLabel(budgetPair.label, money) ?? undefined }) : null) ??
    findBudgetStatement(text, money);
  if (budget) project.budget = budget;
  const expenditurePair = first.get('expenditure');
  const expenditure = (expenditurePair ? parseMoney(expenditurePair.value, money) : null) ?? findExpenditureStatement(text, money);
  if (expenditure) project.expenditure = expenditure;

  const start = first.get('projectStart') ? parseDate(first.get('projectStart')!.value) : null;
  const end = first.get('projectEnd') ? parseDate(first.get('projectEnd')!.value) : null;
  const projectPeriod = start || end ? { start, end } : (periodOf(first.get('projectPeriod')) ?? findProjectPeriodStatement(text.slice(0, PROSE_WINDOW)));
  if (projectPeriod) project.period = projectPeriod;

  const partners = partnersOf([first.get('partners')?.value, first.get('hostSociety')?.value]);
  if (partners.length > 0) project.partners = partners;

  const keywords = first.get('keywords')
    ? first
        .get('keywords')!
        .value.split(/\s*[,;\n]\s*/)
        .map((keyword) => keyword.replace(/[\s.]+$/, '').trim())
        .filter(Boolean)
    : [];

  // The document's own verdict: a rating box, else a sentence on its objectives.
  const rating = first.get('overallRating') ? tidy(first.get('overallRating')!.value) : Object.keys(evaluation).length > 0 ? findObjectivesVerdict(text) : null;
  if (rating) evaluation.overallRating = rating;

  // A date on the cover, or given as data (a front matter's or a tag's), dates an evaluation the
  // document states otherwise; alone it does not make a blog post an evaluation.
  const published = first.get('publicationDate') ? parseDate(first.get('publicationDate')!.value) : null;
  const dated = findCoverDate(text) ?? published?.slice(0, 7) ?? null;
  if (dated && !evaluation.completionDate && Object.keys(evaluation).length > 0) evaluation.completionDate = dated;

  const hints = documentKindHints(title, text);
  const declared = first.get('documentType') ? kindOfDeclaredType(first.get('documentType')!.value) : null;
  if (declared) hints.unshift(declared);
  const documentTitle = title ?? (dataTitle ? tidy(dataTitle.value) : null) ?? headings.find((heading) => heading.level === 1)?.text ?? null;
  return {
    evaluation,
    project,
    documentKindHints: [...new Set(hints)],
    warnings,
    ...(keywords.length > 0 ? { keywords } : {}),
    ...(documentTitle ? { documentTitle } : {}),
  };
}

/**
 * In a form with one column per activity, the column of the evaluated activity: the one whose
 * title the document's cover names ("FINAL PERFORMANCE EVALUATION OF THE LIVESTOCK FOR GROWTH
 * (L4G) ACTIVITY" picks "Livestock for Growth (L4G)" over "Cereal Value Chain (CVC)").
 */
function withColumnsChosen(pairs: MetaPair[], text: string): MetaPair[] {
  const cover = foldAccents(text.slice(0, 3000));
  const chosen = new Map<number, number>();
  for (const pair of pairs) {
    if (pair.form === undefined || pair.field !== 'projectTitle' || !pair.columns) continue;
    const scores = pair.columns.map(
      (column) =>
        foldAccents(column)
          .split(/\W+/)
          .filter((word) => word.length > 3 && cover.includes(word)).length,
    );
    chosen.set(pair.form, scores.indexOf(Math.max(...scores)));
  }
  return pairs.map((pair) => {
    const column = pair.form !== undefined ? chosen.get(pair.form) : undefined;
    return column !== undefined && pair.columns?.[column] ? { ...pair, value: pair.columns[column] } : pair;
  });
}

/** The kind a declared document type names ("learningplan", "Management response", "blog"); null when it names none we know. */
function kindOfDeclaredType(value: string): DocumentKind | null {
  const folded = foldAccents(value);
  if (/learning ?plan|lessons? learn|lecons? apprises|lecciones aprendidas|good practice|bonne pratique|buena practica/.test(folded)) return 'LESSON_RECORDS';
  if (/management response|reponse de la (?:direction|gestion)|respuesta de la (?:gerencia|administracion)/.test(folded)) return 'MANAGEMENT_RESPONSE';
  if (/\bbrief\b|note d'evaluation|nota informativa/.test(folded)) return 'BRIEF';
  if (/\bsummary\b|\bresume\b|\bresumen\b/.test(folded)) return 'SUMMARY';
  if (/\breport\b|\brapport\b|\binforme\b|\bevaluation\b|\bevaluacion\b/.test(folded)) return 'REPORT';
  if (/\bblog\b|\bnews\b|\barticle\b|\bnoticia\b|\bactualite\b/.test(folded)) return 'OTHER';
  return null;
}

/**
 * The first pair of each field with a value (a box stated twice keeps its first statement). A bare yes or no answers a
 * registry's question ("Joint Programme: No", "GEF Evaluation: Yes"); no field of ours takes it as its value.
 */
function firstValues(pairs: readonly MetaPair[]): Map<MetaField, MetaPair> {
  const first = new Map<MetaField, MetaPair>();
  for (const pair of pairs) if (pair.value.trim() && !YES_OR_NO.test(pair.value) && !first.has(pair.field)) first.set(pair.field, pair);
  return first;
}

const YES_OR_NO = /^\s*(?:yes|no|oui|non|s[ií]|n\/a)\s*\.?\s*$/i;

/** Headings of the outline, or the '#' lines of the dialect when no outline is given. */
function headingsOf(text: string, outline: readonly MetaBlock[]): CoverHeading[] {
  const fromOutline = outline.filter((block) => block.kind === 'heading').map((block) => ({ text: block.text, level: block.level ?? 1, start: block.start }));
  if (fromOutline.length > 0) return fromOutline;
  const headings: CoverHeading[] = [];
  for (const m of text.matchAll(/^(#{1,6})[ \t]+(.+)$/gm)) headings.push({ text: m[2]!.trim(), level: m[1]!.length, start: m.index });
  return headings;
}

/**
 * A management response form headed by its own kind ("Réponse de la direction et plan d'action", "Management Response
 * and Action Plan", the Government of Canada's form) names the evaluation in its "Titre du projet :" / "Project title:"
 * field ("Évaluation du Fonds de la Loi sur les contraventions …"): that evaluation's title, when the field names one.
 */
function evaluationOfResponse(found: string | null, field: MetaPair | undefined): string | null {
  if (!found || !field || !RESPONSE_FORM.test(foldAccents(found).replace(/[’‘]/g, "'").trim())) return null;
  // "Direction du contentieux évaluation rapport final": the report is final, not the evaluation.
  const value = trimKind(tidy(field.value));
  return /\b(?:evaluation|evaluacion|evaluations|evaluaciones|review|examen)\b/.test(foldAccents(value)) ? value : null;
}

/** The heading of a management response form, and nothing more. */
const RESPONSE_FORM =
  /^(?:management response(?: and action plan)?|reponse de la (?:direction|gestion)(?: et (?:le )?plan d'action)?|respuesta de la (?:gerencia|administracion|direccion)(?: y plan de accion)?)$/;

/** A person's position, not a document's subject. */
const JOB_TITLE =
  /\b(?:officer|specialist|manager|leader|consultant|advis[eo]r|coordinator|director|analyst|expert|assistant|chief|head of|charg[ée]e? de|responsable|conseill[eè]re?|coordonn?ateur|coordinadora?|directeur|directrice|director[a]?|especialista|consultora?|asesora?|jefe|jefa)\b/i;

function tidy(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/^[\s:–|-]+|[\s.,;:/|]+$/g, '')
    .trim();
}

function periodOf(pair: MetaPair | undefined): DatePeriod | null {
  if (!pair) return null;
  return parsePeriod(pair.value, dateOrderOfLabel(pair.label) ?? {});
}

/** A type the lexicon does not know, kept as written in upper snake case ("EVALUACION_ESPECIFICA"). */
function freeType(value: string): string | null {
  const folded = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return folded && folded.length <= 60 ? folded : null;
}

/** "Co- Abidjan" -> "CO-Abidjan": ILO office codes joined to their city. */
function normaliseOffice(value: string): string {
  const office = /^(co|ro|do|dwt|sro)\s*[-–]\s*(.+)$/i.exec(value) ?? /^(co|ro|dwt|sro)\s+(\p{Lu}.+)$/iu.exec(value);
  return office ? `${office[1]!.toUpperCase()}-${office[2]!.trim()}` : value;
}

/** "Nombre: Lic. Jorge Escareño Benítez Unidad administrativa: Dirección de Financiamiento" -> the person and the unit. */
function splitNameAndUnit(value: string): { person: string | null; unit: string | null } {
  const flat = value.replace(/\s+/g, ' ').trim();
  const unitAt = flat.search(/(?:unidad administrativa|unit[ée]? administrative|unit)\s*:/i);
  const personPart = unitAt === -1 ? flat : flat.slice(0, unitAt);
  const unitPart = unitAt === -1 ? '' : flat.slice(unitAt).replace(/^[^:]*:\s*/, '');
  const named = /^(?:nombre|name|nom)\s*:\s*(.*)$/i.exec(personPart.trim());
  const person = tidy(named ? named[1]! : personPart);
  return { person: person || null, unit: tidy(unitPart) || null };
}

/** People of a value, resolved to actors (normalised ids). */
function peopleOf(value: string): ActorRef[] {
  return parsePeopleList(value).people.flatMap((person) => safely(() => ({ ...resolvePerson(person.name), asWritten: person.asWritten })) ?? []);
}

interface Team {
  evaluators: ActorRef[];
  firms: ActorRef[];
  lead: ActorRef | null;
}

/** The evaluation team from the lead, evaluators and collaborators fields, the firm fields, and the sentences that name the firms. */
/** A person's id as the set of its name's words ("person:diop-cheikh-oumar" and "person:cheikh-oumar-diop" alike). */
function wordsKey(id: string): string {
  return id
    .replace(/^person:/, '')
    .split('-')
    .sort()
    .join('-');
}

function evaluationTeam(pairs: readonly MetaPair[], text: string): Team {
  const evaluators: ActorRef[] = [];
  const firms: ActorRef[] = [];
  let lead: ActorRef | null = null;
  // "Dr. Diop Cheikh Oumar" on the cover, "Dr. Cheikh Oumar Diop" in the team's table: one person, the same words in
  // another order (a surname first), within one document.
  const sameWords = (a: ActorRef, b: ActorRef): boolean => a.id === b.id || wordsKey(a.id) === wordsKey(b.id);
  const addPerson = (actor: ActorRef): void => {
    if (!evaluators.some((known) => sameWords(known, actor))) evaluators.push(actor);
  };
  const addFirm = (name: string): void => {
    const actor = safely(() => resolveOrganisation(name));
    if (actor && !firms.some((known) => known.id === actor.id)) firms.push(actor);
  };
  // Every statement counts: a cover names the lead, a credits page the collaborators, a form both.
  {
    for (const pair of pairs.filter((p) => p.field === 'leadEvaluator' || p.field === 'evaluators' || p.field === 'collaborators')) {
      const field = pair.field;
      const list = parsePeopleList(pair.value);
      for (const person of list.people) {
        const actor = safely(() => ({ ...resolvePerson(person.name), asWritten: person.asWritten }));
        if (!actor) continue;
        if ((field === 'leadEvaluator' || person.role === 'LEAD') && !lead) lead = actor;
        addPerson(actor);
      }
      list.firms.forEach(addFirm);
      // "Prepared by: Office of Audit and Evaluation": an organisation, not people.
      if (list.people.length === 0 && list.firms.length === 0 && field === 'evaluators') {
        const line = pair.value.split('\n')[0]!;
        // Not a date ("Año de elaboración: marzo de 2019") nor a sentence that introduces a list ("… el siguiente equipo:").
        if (/\p{Lu}/u.test(line) && line.split(/\s+/).length <= 10 && !/\b(?:19|20)\d\d\b|:\s*$/.test(line)) addFirm(tidy(line));
      }
    }
  }
  // "4.3 Gerente del proyecto": the evaluating firm's manager, an evaluator when the team is stated beside it.
  const teamPairs = pairs.filter((p) => p.field === 'leadEvaluator' || p.field === 'evaluators' || p.field === 'evaluationFirm');
  for (const pair of pairs.filter((p) => p.field === 'engagementManager')) {
    if (!teamPairs.some((other) => Math.abs(other.start - pair.start) < 600)) continue;
    for (const person of parsePeopleList(pair.value).people) {
      const actor = safely(() => ({ ...resolvePerson(person.name), asWritten: person.asWritten }));
      if (actor) addPerson(actor);
    }
  }
  for (const pair of pairs.filter((p) => p.field === 'evaluationFirm')) {
    for (const line of pair.value.split('\n')) if (tidy(line)) addFirm(tidy(line));
  }
  // « … menée par une équipe de consultants de la firme X composée de A (chef d'équipe), B et C »: the team a credits
  // sentence names, with its firm.
  if (evaluators.length === 0) {
    for (const team of findTeamCompositions(text.slice(0, PROSE_WINDOW))) {
      const list = parsePeopleList(team.members);
      if (list.people.length === 0) continue;
      for (const person of list.people) {
        const actor = safely(() => ({ ...resolvePerson(person.name), asWritten: person.asWritten }));
        if (!actor) continue;
        if (person.role === 'LEAD' && !lead) lead = actor;
        addPerson(actor);
      }
      if (team.firm) addFirm(team.firm);
      list.firms.forEach(addFirm);
      break;
    }
  }
  // "L’experte en évaluation, Oumoul Khairy Bâ": an evaluator named in a sentence.
  if (evaluators.length === 0) {
    for (const name of findEvaluatorStatements(text.slice(0, PROSE_WINDOW))) {
      const actor = peopleOfName(name);
      if (actor) addPerson(actor);
    }
  }
  if (firms.length === 0) findFirmSubjects(text.slice(0, PROSE_WINDOW)).forEach(addFirm);
  // No box names the team: the cover's or the acknowledgements' "prepared by …" sentence.
  if (evaluators.length === 0) {
    for (const clause of findTeamStatements(text.slice(0, PROSE_WINDOW))) {
      const list = parsePeopleList(clause);
      if (list.people.length === 0 && list.firms.length === 0) continue;
      for (const person of list.people) {
        const actor = safely(() => ({ ...resolvePerson(person.name), asWritten: person.asWritten }));
        if (!actor) continue;
        if (person.role === 'LEAD' && !lead) lead = actor;
        addPerson(actor);
      }
      list.firms.forEach(addFirm);
      break;
    }
  }
  // Nothing names the team: the names a cover prints one a line between its title and its date ("Informe final" /
  // "Juan Carlos Pérez López" / "María Elena Gómez Ruiz" / "Marzo de 2019").
  if (evaluators.length === 0) {
    for (const name of findCoverAuthors(text)) {
      const actor = peopleOfName(name);
      if (actor) addPerson(actor);
    }
  }
  if (firms.length === 0) findFirmStatements(text.slice(0, PROSE_WINDOW)).forEach(addFirm);
  const stated: ActorRef | null = lead;
  const leader = stated ? (evaluators.find((known) => sameWords(known, stated)) ?? stated) : null;
  if (leader) evaluators.sort((a, b) => (a.id === leader.id ? -1 : b.id === leader.id ? 1 : 0));
  return { evaluators, firms, lead: leader };
}

/** The part of a document searched for metadata stated in sentences: its opening pages, where covers, credits and acknowledgements sit. */
const PROSE_WINDOW = 20_000;

/** An evaluation office of an organisation ("Office of Audit and Evaluation", "UNHCR Evaluation Service", "Strategic Evaluation Division"). */
const INTERNAL_OFFICE =
  /\b(?:evaluation|audit|evaluacion|evaluación|évaluation)\b.*\b(?:office|service|division|directorate|unit|branch|department)\b|\b(?:office|service|division|directorate|unit|bureau|oficina|direction|direccion|dirección|bureau)\b.*\b(?:evaluation|évaluation|evaluación|evaluacion|audit)\b/i;

/** A web page's "From: Employment and Social Development Canada" near the top: who published, and so commissioned, the evaluation. */
function publisherPair(pairs: readonly MetaPair[]): MetaPair | undefined {
  return pairs.find((pair) => pair.field === 'publisher' && pair.start < 3000 && pair.value.trim());
}

/** A known organisation that opens a phrase ("the United States Agency for International Development"); null otherwise. */
function knownOrganisationOf(phrase: string): ActorRef | null {
  const spans = findMentionSpans(phrase).filter((span) => span.kind === 'organisation');
  if (spans.length === 0 || spans[0]!.start > 4) return null;
  const known = findMentions(phrase).organisations.find((org) => org.id === spans[0]!.id);
  return known ? { ...known, asWritten: phrase.slice(0, spans[0]!.end) } : null;
}

/** A funder named in a sentence: the known organisation it names, or the phrase as an organisation; an organisation after "du"/"of" is the funder's parent. */
function funderOf(phrase: string): ActorRef[] {
  const known = knownOrganisationOf(phrase);
  if (known) return [known];
  const spans = findMentionSpans(phrase).filter((span) => span.kind === 'organisation');
  const parentAt = spans.find((span) => /\b(?:du|of|de la|del|de l['’]|des)\s+$/i.test(phrase.slice(0, span.start)))?.start;
  const head = parentAt !== undefined ? tidy(phrase.slice(0, parentAt).replace(/\s*\b(?:du|of|de la|del|de l['’]|des)\s*$/i, '')) : '';
  // "Bureau … (TIP Office) du Département d’État": the office, not its parent; "Fonds des Nations Unies …" is one name.
  const own = head.split(/\s+/).length >= 2 ? head : tidy(phrase);
  if (!own || own.split(/\s+/).length > 14) return [];
  const actor = safely(() => resolveOrganisation(own));
  return actor ? [actor] : [];
}

/**
 * A summary's or a brief's title names the evaluation it summarises: "Summary of the Evaluation
 * of X", "Results at a Glance - Evaluation of X", "Résumé de l'évaluation de X" are the
 * evaluation "Evaluation of X", as its full report names it.
 */
function withoutSummaryWrapper(title: string): string {
  return (
    title
      // A web page kept for reference: "Archived - Evaluation of …", « ARCHIVÉE - Évaluation … », "Archivado: …".
      .replace(/^archiv(?:ed|[ée]e?s?|ad[oa])\s*[-–—:]\s*/iu, '')
      .replace(
        /^(?:(?:executive )?summary of (?:the )?|results at a glance\s*[-–—:]\s*|(?:executive summary|evaluation summary|evaluation brief)\s*[-–—:]\s*|r[ée]sum[ée] (?:analytique )?(?:de l['’]|du |de la )|s[ií]ntesis (?:de la |del )|resumen (?:ejecutivo )?(?:de la |del ))(?=(?:final |mid-?term |independent |summative |formative )?(?:evaluation|[ée]valuation|evaluaci[oó]n)\b)/iu,
        '',
      )
      .replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
  );
}

/**
 * "Evaluation Report: African Model Forest Initiative" -> "African Model Forest Initiative": the project an
 * evaluation title names (after "Evaluation of", before "- Final evaluation", or opening the title before
 * its subtitle).
 */
function projectOfTitle(title: string): string | null {
  const m =
    /^(?:results at a glance\s*[-–—:]\s*)?(?:(?:final|mid-?term|midterm|interim|independent|ex-?post|summary of the)\s+)*(?:evaluation|assessment|review)(?:\s+report)?\s*(?::|of(?:\s+the)?|for(?:\s+the)?)\s+(.{4,})$/i.exec(
      title,
    ) ??
    /^(?:[ée]valuation|rapport d['’][ée]valuation)(?:\s+(?:finale|à mi-parcours|a mi-parcours|ind[ée]pendante|ex-post|a posteriori))*\s*(?::|du|de la|de l['’]|des)\s*(.{4,})$/i.exec(
      title,
    ) ??
    /^evaluaci[óo]n(?:\s+(?:final|intermedia|de medio t[ée]rmino|de dise[ñn]o|de procesos|de impacto|del desempe[ñn]o|espec[íi]fica|de consistencia y resultados|independiente))*\s*(?::|del|de la|al|de los|de las)\s+(.{4,})$/i.exec(
      title,
    );
  if (m) return m[1]!.replace(/[\s.]+$/, '').trim();
  // "RAPPORT DE FIN D'EXÉCUTION ET DE RÉSULTATS: PROJET D'AMÉLIORATION …", "Rapport d'achèvement de projet (RAP) Projet
  // d'appui à la filière riz …": a completion report and the project it closes.
  const completed =
    /^(?:implementation completion (?:and results )?report|project completion report|rapport de fin d['’]ex[ée]cution(?: et de r[ée]sultats)?|rapport d['’]ach[èe]vement(?: de projet)?|informe (?:final )?de (?:ejecuci[óo]n|finalizaci[óo]n|terminaci[óo]n)(?: y (?:de )?resultados)?(?: de la ejecuci[óo]n)?)(?:\s*\([A-Z]{2,6}\))?\s*(?::\s*|\s+(?=(?:projet|project|proyecto|programme|program|programa)\s))(.{4,})$/i.exec(
      title,
    );
  if (completed) return completed[1]!.replace(/[\s.]+$/, '').trim();
  // "Projet d'appui … au Sénégal - Évaluation finale", "Prevention … - Final Evaluation".
  const suffixed =
    /^(.{4,}?)\s+[-–—:]\s+(?:(?:final|mid-?term|midterm|interim|independent|ex-?post)\s+)?(?:evaluation|[ée]valuation|evaluaci[óo]n)(?:\s+(?:finale?|[àa] mi-parcours|interm[ée]diaire|intermedia|ind[ée]pendante|independiente|ex-post))?\s*$/i.exec(
      title,
    );
  if (suffixed) return suffixed[1]!.trim();
  // "Programme d'appui à la mobilité pastorale au Tchad (PAMOBIL) : ce que l'évaluation a trouvé": a title that
  // opens with the project it names, then a subtitle.
  const named =
    /^((?:the\s+|le\s+|la\s+|el\s+)?(?:project|programme|program|projet|programa|proyecto|initiative|iniciativa)\s[^:–—]{4,}?)\s*(?::|\s[-–—]\s)\s*\S/i.exec(
      title,
    );
  return named ? named[1]!.trim() : null;
}

/** "African Model Forest Initiative" -> "AMFI": the acronym a name's capitalised words make; null when fewer than two. */
function initialsOf(name: string): string | null {
  const capitals = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!.toUpperCase());
  return capitals.length >= 2 ? capitals.join('') : null;
}

/** One person from a name written in a sentence. */
function peopleOfName(name: string): ActorRef | null {
  return peopleOf(name)[0] ?? null;
}

/** The organisation a value names first ("USAID/Mali", "UNHCR Evaluation Service", "Secretaría de la Función Pública"). */
function organisationOf(value: string): ActorRef | null {
  const known = findMentions(value).organisations[0];
  if (known) return { ...known, asWritten: value.split('\n')[0]!.trim() };
  const line = tidy(value.split('\n')[0] ?? '');
  // A person's name is not an organisation ("Submitted to: Jane Doe").
  if (!line || (looksLikeName(line) && !isFirmName(line) && line.split(/\s+/).length <= 4)) return null;
  return safely(() => resolveOrganisation(line));
}

function shortCode(value: string): string | null {
  const clean = tidy(value).replace(/^(?:n°|no\.?|#)\s*/i, '');
  return clean && clean.length <= 40 && /\d/.test(clean) && !/\s{1}\S+\s+\S+\s+\S+/.test(clean) ? clean : null;
}

/**
 * The project's code: a labelled code (a known shape, or the value as written when short), else
 * an ILO project code, an IFRC operation or an old USAID project number in the text, else a USAID award named as such. The
 * evaluation's own contract is never the project's code.
 */
function projectCodeOf(pair: MetaPair | undefined, codes: ReturnType<typeof findCodes>, contract: string | null): string | null {
  if (pair) {
    const code = parseCode(pair.value)?.code ?? shortCode(pair.value);
    if (code && code !== contract) return code;
  }
  const ilo = codes.find((c) => c.kind === 'ILO_PROJECT');
  if (ilo) return ilo.code;
  const operation = codes.find((c) => c.kind === 'IFRC_OPERATION' || c.kind === 'UNDEF_PROJECT' || c.kind === 'USAID_PROJECT');
  if (operation) return operation.code;
  const award = codes.find((c) => c.kind === 'USAID_AWARD' && (c.role === 'award' || c.role === 'project') && c.code !== contract);
  return award?.code ?? null;
}

/**
 * "Project: 170136" on its own line (an evaluation listing's record, under its title and authors): a bare project
 * number after a "Project:" label that is otherwise too weak to read outside a box. Five digits or more, so never a
 * year ("Project: 2019"), and nothing else on the line, so never a project's name ("Project: Water for 3 Districts").
 */
function projectNumberLine(text: string): string | null {
  return /^[ \t]*(?:project|projet|proyecto)[ \t]*:[ \t]*(\d{5,10})[ \t]*$/im.exec(text)?.[1] ?? null;
}

/** "FISN" -> FISN; "Acceso a … (Fondo Plata)." -> "Fondo Plata"; a long name is no acronym. */
function acronymOf(value: string): string | null {
  const clean = tidy(value);
  if (clean.length <= 15 && !/\s{2}/.test(clean) && clean.split(' ').length <= 2) return clean;
  const inParens = /\(([^()]{2,30})\)\s*\.?$/.exec(clean);
  return inParens ? inParens[1]!.trim() : null;
}

/** The option marked in a checkbox line ("6.1.1 Adjudicación Directa_XXX 6.1.2 Invitación a tres___"). */
function checkedOption(value: string): string | null {
  const options = value.split(/\s*\d+(?:\.\d+)+\.?\s+/).filter(Boolean);
  if (options.length <= 1) return tidy(value).replace(/[_\s]*X+[_\s]*$/, '') || null;
  for (const option of options) {
    const m = /^(.*?)[_\s]*X{1,3}[_\s]*$/.exec(option.trim());
    if (m && m[1]!.trim()) return tidy(m[1]!);
  }
  return null;
}

/** Countries of a box: the countries field, and the country of a host National Society ("Cameroon Red Cross Society"). */
function countriesOf(value: string | undefined, hostSociety: string | undefined): CountryRef[] {
  const found: CountryRef[] = [];
  if (value) {
    found.push(...findMentions(value).countries);
    if (found.length === 0) {
      for (const part of value.split(/\s*[,;/\n]\s*|\s+(?:et|and|y|&)\s+/i)) {
        const country = part.trim() ? resolveCountry(part.trim()) : null;
        if (country) found.push(country);
      }
    }
  }
  if (hostSociety) found.push(...findMentions(hostSociety).countries);
  return uniqueBy(found, (item) => item.id);
}

/** The donor part of "Donor(s) & budget": what precedes the amount. */
function donorPart(value: string): string {
  const cut = value.search(/\b(?:US\s?\$|USD|EUR|€|CHF|CAD|GBP|XOF|FCFA|\$)\s*\d|\d[\d.,\s]*\s*(?:USD|EUR|CHF|CAD|GBP|XOF|FCFA|dollars?|euros?)/i);
  const before = cut === -1 ? value : value.slice(0, cut);
  return before.replace(/[\s,;:(–—-]+$/, '').trim();
}

/** Donors of a value: the organisations it names, or a country's government, or the organisation as written. */
function donorsOf(value: string): ActorRef[] {
  const text = tidy(value);
  if (!text) return [];
  const organisations = findMentions(text).organisations;
  if (organisations.length > 0) {
    // The first organisation named, plus those listed with it ("X, Y et Z"); "(DRL)" after its long form is the same.
    const spans = findMentionSpans(text).filter((span) => span.kind === 'organisation');
    const byId = new Map(organisations.map((org) => [org.id, org]));
    const donors: ActorRef[] = [byId.get(spans[0]!.id)!];
    for (let index = 1; index < spans.length; index += 1) {
      if (/^\s*(?:,|;|et|and|y|&)\s*$/i.test(text.slice(spans[index - 1]!.end, spans[index]!.start))) donors.push(byId.get(spans[index]!.id)!);
    }
    return uniqueBy(donors, (item) => item.id);
  }
  const country = resolveCountry(text);
  if (country) {
    const government = resolveGovernment(`Government of ${country.name}`);
    return government ? [{ ...government, asWritten: text }] : [];
  }
  const actor = safely(() => resolveOrganisation(text));
  return actor ? [actor] : [];
}

/** Implementing partners and a host National Society, each line or ";"-separated part an organisation. */
function partnersOf(values: Array<string | undefined>): ActorRef[] {
  const partners: ActorRef[] = [];
  for (const value of values) {
    if (!value) continue;
    for (const part of value.split(/\s*[;\n]\s*/)) {
      // "(CRCS)", "(formerly AECOM)": an acronym or a former name is not part of the name.
      const name = tidy(part.replace(/\((?:[A-Z]{2,8}|(?:formerly|anciennement|antes|previously)\b[^)]*)\)/gi, ''));
      if (!name || name.split(' ').length > 14) continue;
      const actor = safely(() => resolveOrganisation(name));
      if (actor && !partners.some((known) => known.id === actor.id)) partners.push(actor);
    }
  }
  return partners;
}

/** Dollar-using countries and what a bare "$" means in their documents. */
const DOLLAR_COUNTRIES: Record<string, string> = {
  USA: 'USD',
  CAN: 'CAD',
  MEX: 'MXN',
  AUS: 'AUD',
  NZL: 'NZD',
  SGP: 'SGD',
  HKG: 'HKD',
  LBR: 'USD',
  ECU: 'USD',
  SLV: 'USD',
  PAN: 'USD',
  TLS: 'USD',
  ZWE: 'USD',
};
const CENTRAL_AFRICA_CFA = new Set(['CMR', 'TCD', 'CAF', 'COG', 'GAB', 'GNQ']);
const WEST_AFRICA_CFA = new Set(['BEN', 'BFA', 'CIV', 'GNB', 'MLI', 'NER', 'SEN', 'TGO']);

/**
 * Locale signals for amounts: what a bare "$" means (the currency codes the text writes, else
 * the dollar-using country it names most, places included: a Mexican state makes a Mexican
 * document) and which franc CFA ("FCFA" in Cameroon is XAF).
 */
export function moneyOptions(text: string): MoneyOptions {
  const explicit: Record<string, number> = {
    USD: (text.match(/\bUS\s?\$|\bUSD\b|\bU\.S\. dollars\b/g) ?? []).length,
    CAD: (text.match(/\bCAD\b|\bC\$|\bCAN?\$|\bCDN\$|\bCanadian dollars\b/g) ?? []).length,
    MXN: (text.match(/\bMXN\b|\bpesos\b|\bM\.N\./gi) ?? []).length,
  };
  const counts = new Map<string, number>();
  // The opening of a document says where it is from; a long report's annexes add nothing to that.
  const sample = text.length > 120_000 ? text.slice(0, 120_000) : text;
  for (const span of findMentionSpans(sample)) {
    // A place that needs its country is read only beside that country: it adds nothing to the count.
    const strongPlace = span.kind === 'place' && placeEntry(span.id)?.needsCountry !== true;
    const iso3 = span.kind === 'country' ? span.id.slice('country:'.length) : strongPlace ? /^place:([a-z]{3})-/.exec(span.id)?.[1]?.toUpperCase() : undefined;
    if (iso3) counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
  }
  // Each written code counts three mentions of its country: "CA$278,073" in a Canadian report
  // quoting "US$270,000" once stays Canadian.
  const scores = new Map<string, number>();
  for (const [iso3, code] of Object.entries(DOLLAR_COUNTRIES)) scores.set(code, (scores.get(code) ?? 0) + (counts.get(iso3) ?? 0));
  for (const [code, n] of Object.entries(explicit)) scores.set(code, (scores.get(code) ?? 0) + 3 * n);
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
  const dollar = best && best[1] >= 1 ? best[0] : undefined;
  const central = [...counts.entries()].filter(([iso3]) => CENTRAL_AFRICA_CFA.has(iso3)).reduce((sum, [, n]) => sum + n, 0);
  const west = [...counts.entries()].filter(([iso3]) => WEST_AFRICA_CFA.has(iso3)).reduce((sum, [, n]) => sum + n, 0);
  return { ...(dollar ? { dollar } : {}), cfaFranc: central > west ? 'XAF' : 'XOF' };
}

/** Resolver calls throw on names without letters; metadata never fails for that. */
function safely<T>(resolve: () => T): T | null {
  try {
    return resolve();
  } catch {
    return null;
  }
}
