/**
 * ReadResult -> ExtractionRecord. Pure (no I/O) and total: whatever the text, it returns a
 * record; a document in no known template gets document-level mentions and themes and a
 * warning. Templates find clean strings with offsets; this module applies reference data
 * (countries, places, actors, themes) to them.
 */
import type { ReadResult } from '../read/read-result.js';
import { findAcronyms } from './acronyms.js';
import {
  findMentionSpans,
  findMentions,
  placeEntry,
  resolveActor,
  resolveCountry,
  resolveGovernment,
  resolveOrganisation,
  resolvePerson,
} from './gazetteer.js';
import { detectLanguage } from './language.js';
import type {
  Acronym,
  ActorRef,
  CountryRef,
  DocumentKind,
  EvaluationRecord,
  ExtractionRecord,
  Insight,
  Language,
  PlaceRef,
  ProjectRecord,
  TemplateId,
} from '../model/records.js';
import { parseLessonRecords, scoreLessonRecords } from './templates/ilo-ieval-lesson-records.js';
import {
  type SummaryParse,
  findPartnerNames,
  isPlaceholder,
  normaliseOffice,
  parseDonorsBudget,
  parseEvaluationType,
  parseIloSummary,
  parseMode,
  parseTiming,
  parseYearMonth,
  scoreIloSummary,
  splitEvaluators,
  splitKeywords,
} from './templates/ilo-ieval-summary.js';
import { parseLabelledSections, scoreLabelledSections } from './templates/labelled-sections.js';
import { splitRecommendationFields } from './templates/recommendation-fields.js';
import type { RawInsight } from './templates/raw-insight.js';
import { segmentBlocks } from './text-cleanup.js';
import { findThemes } from './themes.js';

/** A summary needs its quick-facts heading or at least this many template labels. */
const SUMMARY_MIN_SCORE = 5;

/**
 * Extracts the record of one document. Never throws on odd text: an unrecognised layout
 * gives a partial record (template `unknown`) with a warning.
 */
export function extractRecord(read: ReadResult): ExtractionRecord {
  const text = read.text;
  const blocks = segmentBlocks(text);
  const cleanText = blocks.map((block) => block.text).join('\n\n');
  const language = detectLanguage(cleanText);
  // The reader's warnings (encoding fallback, converter messages) travel with the record.
  const warnings: string[] = [...read.warnings];

  let template: TemplateId = 'unknown';
  let rawInsights: RawInsight[] = [];
  let evaluation: EvaluationRecord | null = null;
  let project: ProjectRecord | null = null;
  let keywords: string[] = [];

  // Templates are tried in order of specificity; a later one is scored only if the earlier ones failed.
  if (scoreIloSummary(blocks) >= SUMMARY_MIN_SCORE) {
    template = 'ilo-ieval-summary';
    const parse = parseIloSummary(blocks, text);
    rawInsights = parse.insights;
    warnings.push(...parse.warnings);
    evaluation = toEvaluation(parse);
    project = toProject(parse);
    keywords = parse.facts.keywords ? splitKeywords(parse.facts.keywords.value) : [];
  } else if (scoreLessonRecords(text) > 0) {
    template = 'ilo-ieval-lesson-records';
    const parse = parseLessonRecords(text);
    rawInsights = parse.insights;
    warnings.push(...parse.warnings);
    ({ evaluation, project } = fromRecordFields(rawInsights));
  } else if (scoreLabelledSections(blocks) > 0) {
    template = 'labelled-sections';
    const parse = parseLabelledSections(blocks, text);
    rawInsights = parse.insights;
    warnings.push(...parse.warnings);
    if (rawInsights.length === 0) warnings.push('Labelled sections were found but none held an insight.');
  } else {
    warnings.push('No known template recognised (i-eval summary, i-eval lesson records, or labelled lessons/recommendations sections): only language, countries, organisations and themes were extracted.');
  }
  if (cleanText.trim() === '') warnings.push('The document holds no text.');

  const insights = rawInsights.map((raw) => toInsight(raw, language, read.pageStarts));
  return {
    document: {
      sourcePath: read.sourcePath,
      sha256: read.sha256,
      format: read.format,
      language,
      template,
      kind: documentKindOf(template),
      characters: text.length,
    },
    evaluation,
    project,
    insights,
    keywords,
    acronyms: definedAcronyms(blocks.filter((block) => block.kind !== 'heading').map((block) => block.text)),
    mentions: findMentions(cleanText),
    themes: findThemes(cleanText, language),
    warnings,
  };
}

/**
 * Acronyms the text defines: the patterns of acronyms.ts, plus "Long Form (ACR)" where the long
 * form and the acronym name the same known organisation in different languages ("Département
 * de la démocratie, des droits de l'homme et du travail (DRL)"). In order of definition.
 * Footnotes are included: definitions often sit there ("CREDD : Cadre Stratégique ...").
 */
function definedAcronyms(paragraphs: string[]): Acronym[] {
  const found = findAcronyms(paragraphs);
  const known = new Set(found.map((item) => item.acronym));
  const positioned: Array<{ acronym: Acronym; order: number }> = [];
  paragraphs.forEach((paragraph, index) => {
    const spans = findMentionSpans(paragraph).filter((span) => span.kind === 'organisation');
    for (let at = 1; at < spans.length; at += 1) {
      const longForm = spans[at - 1]!;
      const acronym = spans[at]!;
      const isAcronym = /^[A-Z][A-Z0-9&/-]{1,9}$/.test(acronym.asWritten) && longForm.asWritten.split(/\s+/).length >= 2;
      if (!isAcronym || acronym.id !== longForm.id || known.has(acronym.asWritten)) continue;
      if (!/^\s*\($/.test(paragraph.slice(longForm.end, acronym.start)) || paragraph[acronym.end] !== ')') continue;
      known.add(acronym.asWritten);
      positioned.push({ acronym: { acronym: acronym.asWritten, expansion: longForm.asWritten }, order: index * 100_000 + acronym.start });
    }
  });
  if (positioned.length === 0) return found;
  // Keep document order: place each pattern-found acronym at its first "(ACR" or "ACR :".
  const orderOf = (acronym: string): number => {
    const index = paragraphs.findIndex((paragraph) => paragraph.includes(`(${acronym}`) || paragraph.startsWith(`${acronym} `) || paragraph.includes(`${acronym} (`));
    return index === -1 ? Number.MAX_SAFE_INTEGER : index * 100_000 + Math.max(0, paragraphs[index]!.indexOf(acronym));
  };
  return [...found.map((acronym) => ({ acronym, order: orderOf(acronym.acronym) })), ...positioned].sort((a, b) => a.order - b.order).map((item) => item.acronym);
}

function toInsight(found: RawInsight, documentLanguage: Language, pageStarts: readonly number[]): Insight {
  const raw = found.kind === 'RECOMMENDATION' ? withRecommendationFields(found) : found;
  const whole = raw.headline ? `${raw.headline}\n${raw.text}` : raw.text;
  // An insight may be in another language than its document (a page quoting an English
  // lesson); too short to tell, it takes the document's.
  const own = detectLanguage(whole);
  const language = own === 'und' ? documentLanguage : own;
  const addressees = raw.kind === 'RECOMMENDATION' && raw.addressee ? resolveAddressees(raw.addressee) : [];
  return {
    kind: raw.kind,
    headline: raw.headline,
    text: raw.text,
    language,
    addressees,
    mentions: findMentions(whole),
    themes: findThemes(whole, language),
    provenance: { section: raw.section, start: raw.start, end: raw.end, ordinal: raw.ordinal, page: pageOf(pageStarts, raw.start) },
    fields: raw.fields,
  };
}

/** The 1-based page holding `offset`, from the reader's page starts; null for formats without pages. */
function pageOf(pageStarts: readonly number[], offset: number): number | null {
  if (pageStarts.length === 0) return null;
  let page = 0;
  while (page + 1 < pageStarts.length && pageStarts[page + 1]! <= offset) page += 1;
  return page + 1;
}

/**
 * The kind of document, as far as the template tells it. The i-eval summary is a summary and the
 * i-eval records are lesson records; other layouts are taken for full reports until the general
 * extractor classifies them from their outline.
 */
function documentKindOf(template: TemplateId): DocumentKind {
  if (template === 'ilo-ieval-summary') return 'SUMMARY';
  if (template === 'ilo-ieval-lesson-records') return 'LESSON_RECORDS';
  return template === 'unknown' ? 'OTHER' : 'REPORT';
}

/**
 * A recommendation written the ILO way ("... Responsible unit: ILO CO-Abidjan. Priority: High.")
 * keeps its own text; the labelled parts become fields, and the responsible unit names the
 * addressee when the layout gave none.
 */
function withRecommendationFields(raw: RawInsight): RawInsight {
  const split = splitRecommendationFields(raw.text);
  if (!split.fields && !split.addressee) return raw;
  const fields = split.fields ? { ...(raw.fields ?? {}), ...split.fields } : raw.fields;
  return { ...raw, text: split.text, fields, addressee: raw.addressee ?? split.addressee };
}

/** "BIT/OIT" -> [ILO]; "ILO CO-Abidjan and the Ministry of Labour" -> [ILO, Ministry of Labour]. */
function resolveAddressees(written: string): ActorRef[] {
  const whole = safely(() => resolveAddressee(written));
  if (!whole) return [];
  // Stakeholder groups are named whole ("Agences gouvernementales et non gouvernementales").
  if (whole.kind !== 'ORGANISATION') return [whole];
  const parts = written.split(/\s*[;,]\s*|\s+(?:and|et|y|&)\s+/).filter((part) => part.trim().length > 1);
  if (parts.length <= 1) return [whole];
  // One known name over the whole label ("Bureau of Democracy, Human Rights, and Labor") is one addressee.
  const spans = findMentionSpans(written).filter((span) => span.kind === 'organisation' || span.kind === 'stakeholderGroup');
  if (spans.length === 1 && spans[0]!.end - spans[0]!.start >= written.trim().length - 2) return [whole];
  return uniqueById(parts.flatMap((part) => safely(() => resolveAddressee(part)) ?? []));
}

/** "BIT/OIT", "Personnes victimes de l'esclavage", "Collectivités", "Gobierno de Mauritania" -> the actor. */
function resolveAddressee(written: string): ActorRef {
  const clean = written.replace(/^(?:to|pour|à|a|para)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*|el\s+|los\s+|las\s+)?/i, '').replace(/[\s:.]+$/, '');
  // "Government of Niger" and "Gobierno de Níger" are one addressee whatever the language.
  const actor = resolveGovernment(clean) ?? resolveActor(clean);
  return { ...actor, asWritten: written };
}

function toEvaluation(parse: SummaryParse): EvaluationRecord {
  const facts = parse.facts;
  const value = (field: keyof SummaryParse['facts']): string | null => {
    const fact = facts[field];
    return fact && !isPlaceholder(fact.value) ? fact.value : null;
  };
  const timingWithDate = facts.timingWithDate && parse.timingLabel ? parseTiming(parse.timingLabel) : null;
  const managerName = value('manager');
  const evaluators = splitEvaluators(value('evaluators') ?? '');
  return {
    title: parse.title,
    type: value('type') ? parseEvaluationType(value('type')!) : null,
    timing: (value('timing') ? parseTiming(value('timing')!) : null) ?? timingWithDate,
    mode: value('mode') ? parseMode(value('mode')!) : null,
    completionDate: parseYearMonth(value('completionDate') ?? '') ?? parseYearMonth(value('timingWithDate') ?? ''),
    approvalDate: parseYearMonth(value('approvalDate') ?? ''),
    administrativeOffice: value('administrativeOffice') ? normaliseOffice(value('administrativeOffice')!) : null,
    technicalOffice: value('technicalOffice')?.trim() || null,
    manager: managerName ? safely(() => resolvePerson(managerName)) : null,
    evaluators: uniqueById(evaluators.people.flatMap((name) => safely(() => resolvePerson(name)) ?? [])),
    evaluationFirms: uniqueById(evaluators.firms.flatMap((name) => safely(() => resolveOrganisation(name)) ?? [])),
  };
}

function toProject(parse: SummaryParse): ProjectRecord {
  const facts = parse.facts;
  const code = facts.projectCode && !isPlaceholder(facts.projectCode.value) ? facts.projectCode.value.replace(/\s+/g, '').toUpperCase() : null;
  const countries = facts.countries ? resolveCountries(facts.countries.value) : [];
  const donorsBudget = facts.donorsBudget ? parseDonorsBudget(facts.donorsBudget.value) : { donorText: '', budget: null };
  const summaryText = parse.projectSummary.join('\n\n');
  return {
    code,
    title: facts.projectTitle?.value ?? parse.title,
    countries,
    places: projectPlaces(summaryText, countries),
    donors: resolveDonors(donorsBudget.donorText),
    budget: donorsBudget.budget,
    partners: uniqueById(findPartnerNames(parse.projectSummary).flatMap((name) => safely(() => resolveOrganisation(name)) ?? [])),
    objective: parse.objective,
    outcomes: parse.outcomes,
  };
}

/** "MALI", "Niger, Mali", "Burkina Faso et Niger" -> countries; names the gazetteer does not know are dropped. */
function resolveCountries(value: string): CountryRef[] {
  const found: CountryRef[] = [];
  for (const part of value.split(/\s*[,;/]\s*|\s+(?:et|and|y|&)\s+/i)) {
    const country = part.trim() ? resolveCountry(part.trim()) : null;
    if (country) found.push(country);
  }
  if (found.length === 0) found.push(...findMentions(value).countries);
  return uniqueById(found);
}

/** "dans la région de", "in the regions of Tahoua and", "en las wilayas de X y": what precedes a place named as a region. */
const NAMED_AS_REGION =
  /(?:r[ée]gions?|regions?|regi[oó]n(?:es)?|wilayas?|provinces?|provincias?|d[ée]partements?)\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*|of\s+(?:the\s+)?|del\s+|de\s+)?(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*(?:,|\bet\b|\band\b|\by\b)\s*)*$/iu;

/**
 * Places of the project: the towns and communes its summary names, in its countries. A
 * region ("dans la région de Tombouctou", "in the regions of Tahoua and Tillabéri") only
 * locates the project; it is not one of its places.
 */
function projectPlaces(summaryText: string, countries: CountryRef[]): PlaceRef[] {
  const iso3 = new Set(countries.map((country) => country.iso3));
  const places = new Map(findMentions(summaryText).places.map((place) => [place.id, place]));
  const kept: PlaceRef[] = [];
  for (const span of findMentionSpans(summaryText)) {
    if (span.kind !== 'place') continue;
    const place = places.get(span.id);
    if (!place || (iso3.size > 0 && !iso3.has(place.country))) continue;
    if (placeEntry(place.id)?.type === 'region') continue;
    if (NAMED_AS_REGION.test(summaryText.slice(Math.max(0, span.start - 80), span.start))) continue;
    kept.push(place.asWritten === span.asWritten ? place : { ...place, asWritten: span.asWritten });
  }
  return uniqueById(kept);
}

/**
 * Donors from "Département de la démocratie ... (DRL) du Département d'Etat américain (USDOS)":
 * the first organisation named, plus those listed with it ("X, Y et Z"). "(DRL)" right after
 * its long form is the same donor; an organisation introduced by "du / of" is its parent.
 */
function resolveDonors(donorText: string): ActorRef[] {
  const written = donorText.trim();
  if (!written) return [];
  const spans = findMentionSpans(written).filter((span) => span.kind === 'organisation');
  if (spans.length === 0) {
    const actor = safely(() => resolveOrganisation(written));
    return actor ? [actor] : [];
  }
  const organisations = findMentions(written).organisations;
  const byId = new Map(organisations.map((org) => [org.id, org]));
  const donors: ActorRef[] = [byId.get(spans[0]!.id)!];
  for (let index = 1; index < spans.length; index += 1) {
    const between = written.slice(spans[index - 1]!.end, spans[index]!.start);
    if (/^\s*(?:,|;|et|and|y|&)\s*$/i.test(between)) donors.push(byId.get(spans[index]!.id)!);
  }
  return uniqueById(donors);
}

/** Resolver calls throw on names without letters ("—"); a record never fails for that. */
function safely<T>(resolve: () => T): T | null {
  try {
    return resolve();
  } catch {
    return null;
  }
}

/**
 * Lesson records that all come from one evaluation: its title, and the timing and mode the
 * title states. The project code in the title is left to the summary: the graph keys an
 * evaluation by project code and timing, so a records page carrying them would take the
 * place of the summary of the same evaluation (docs/graph.md, "evaluation key").
 */
function fromRecordFields(insights: RawInsight[]): { evaluation: EvaluationRecord | null; project: ProjectRecord | null } {
  const titles = new Set(insights.map((insight) => (insight.fields as { evalTitle?: string } | null)?.evalTitle).filter((title): title is string => Boolean(title)));
  if (titles.size !== 1) return { evaluation: null, project: null };
  const title = [...titles][0]!;
  const timing = parseTiming(title);
  const mode = parseMode(title);
  const evaluation: EvaluationRecord = {
    title,
    type: /\bproje(c)?t|proyecto/i.test(title) ? 'PROJECT' : null,
    timing: timing === 'OTHER' ? null : timing,
    mode: mode === 'OTHER' ? null : mode,
    completionDate: null,
    approvalDate: null,
    administrativeOffice: null,
    technicalOffice: null,
    manager: null,
    evaluators: [],
    evaluationFirms: [],
  };
  return { evaluation, project: null };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}
