/**
 * The i-eval summary's findings in records: reference data applied to the quick facts and the
 * project summary (countries, places, donors, partners, people and firms).
 */
import type { ActorRef, CountryRef, EvaluationRecord, PlaceRef, ProjectRecord } from '../../../model/records.js';
import { findMentionSpans, findMentions, placeEntry, resolveCountry, resolveOrganisation, resolvePerson } from '../../gazetteer.js';
import { safely } from '../../record-helpers.js';
import { uniqueBy } from '../../../util/unique-by.js';
import {
  isPlaceholder,
  normaliseOffice,
  parseDonorsBudget,
  parseEvaluationType,
  parseMode,
  parseTiming,
  parseYearMonth,
  splitEvaluators,
} from '../value-parsers.js';
import { findPartnerNames } from './labels.js';
import type { SummaryParse } from './parse-summary.js';

/** The evaluation the quick facts state. */
export function toEvaluation(parse: SummaryParse): EvaluationRecord {
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
    evaluators: uniqueBy(
      evaluators.people.flatMap((name) => safely(() => resolvePerson(name)) ?? []),
      (item) => item.id,
    ),
    evaluationFirms: uniqueBy(
      evaluators.firms.flatMap((name) => safely(() => resolveOrganisation(name)) ?? []),
      (item) => item.id,
    ),
  };
}

/** The project the quick facts and the project summary state. */
export function toProject(parse: SummaryParse): ProjectRecord {
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
    partners: uniqueBy(
      findPartnerNames(parse.projectSummary).flatMap((name) => safely(() => resolveOrganisation(name)) ?? []),
      (item) => item.id,
    ),
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
  return uniqueBy(found, (item) => item.id);
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
  return uniqueBy(kept, (item) => item.id);
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
  return uniqueBy(donors, (item) => item.id);
}
