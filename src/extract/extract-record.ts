/**
 * ReadResult -> ExtractionRecord. Pure (no I/O) and total: whatever the text, it returns a
 * record; a document no template recognises gets document-level mentions and themes and a
 * warning. The text becomes an outline (outline/), a template from the registry reads it
 * (templates/template-registry.ts), and this module applies reference data (countries, places,
 * actors, themes) to the raw strings the template found.
 */
import type { ReadResult } from '../model/read-result.js';
import { findAcronyms } from './acronyms.js';
import { leadAddressee, resolveAddressees, subjectAddressee } from './addressees.js';
import { findCountriesConcerned, findMentionSpans, findMentions, redefinedAcronyms } from './gazetteer.js';
import { extractMetadata } from './metadata/extract-metadata.js';
import { mergeMetadata } from './metadata/merge-metadata.js';
import { detectLanguage } from './language.js';
import type { Acronym, ExtractionRecord, Insight, Language, TemplateId } from '../model/records.js';
import { buildOutline, pageOf } from './outline/build-outline.js';
import { classifyDocumentKind } from './document-kind.js';
import { splitRecommendationFields } from './templates/recommendation-fields.js';
import type { RawInsight } from './templates/raw-insight.js';
import type { DocumentOutline, TemplateParse } from './templates/template.js';
import { chooseTemplate } from './templates/template-registry.js';
import { segmentBlocks } from './text-cleanup.js';
import { findThemes } from './themes.js';

/** The outline of a read document: blocks with offsets and pages, and the cell-level blocks. */
export function outlineOf(read: Pick<ReadResult, 'text' | 'pageStarts'>): DocumentOutline {
  return { ...buildOutline(read.text, read.pageStarts), segments: segmentBlocks(read.text) };
}

/**
 * Extracts the record of one document. Never throws on odd text: an unrecognised layout
 * gives a partial record (template `unknown`) with a warning.
 */
export function extractRecord(read: ReadResult): ExtractionRecord {
  const text = read.text;
  const outline = outlineOf(read);
  const blocks = outline.segments;
  const cleanText = blocks.map((block) => block.text).join('\n\n');
  // The reader's warnings (encoding fallback, converter messages) travel with the record.
  const warnings: string[] = [...read.warnings, ...outline.warnings];

  const template = chooseTemplate(outline);
  const parse: TemplateParse = template ? template.parse(outline) : { insights: [], evaluation: null, project: null, keywords: [], warnings: [] };
  const language = documentLanguage(cleanText, parse.insights);
  const templateId: TemplateId = template?.id ?? 'unknown';
  warnings.push(...parse.warnings);
  if (!template) {
    warnings.push(
      'No known template recognised (i-eval summary, i-eval lesson records, or labelled lessons/recommendations sections): only language, countries, organisations and themes were extracted.',
    );
  }
  if (cleanText.trim() === '') warnings.push('The document holds no text.');

  const acronyms = definedAcronyms(blocks.filter((block) => block.kind !== 'heading').map((block) => block.text));
  const redefined = redefinedAcronyms(acronyms);
  // Metadata anywhere (boxes, covers) completes what the template read; the countries concerned are the project's.
  const metadata = extractMetadata(text, outline.blocks);
  const { evaluation, project } = mergeMetadata(parse, templateId, metadata, () => findCountriesConcerned(text, outline.blocks, metadata));
  warnings.push(...metadata.warnings);
  // A subdivision that needs its country ("Turkana") is read where the document concerns that country:
  // the project's countries and those the document names. An insight rarely repeats the country.
  const projectCountries = new Set((project?.countries ?? []).map((country) => country.iso3));
  const mentions = findMentions(cleanText, redefined, projectCountries);
  const concerned = new Set([...projectCountries, ...mentions.countries.map((country) => country.iso3)]);
  const insights = parse.insights.map((raw) => toInsight(raw, language, read.pageStarts, redefined, concerned));
  const record: ExtractionRecord = {
    document: {
      sourcePath: read.sourcePath,
      sha256: read.sha256,
      format: read.format,
      language,
      template: templateId,
      kind: classifyDocumentKind(outline, templateId, insights, metadata.documentKindHints),
      characters: text.length,
    },
    evaluation,
    project,
    insights,
    keywords: parse.keywords.length > 0 ? parse.keywords : (metadata.keywords ?? []),
    acronyms,
    mentions,
    themes: findThemes(cleanText, language),
    warnings,
  };
  return record;
}

/**
 * The document's language: its text's, or, when the text mixes languages too evenly to tell (a
 * registry page's English labels around Spanish content), the language most of its insights are
 * written in.
 */
function documentLanguage(text: string, insights: readonly RawInsight[]): Language {
  const detected = detectLanguage(text);
  if (detected !== 'und') return detected;
  const votes = new Map<Language, number>();
  for (const insight of insights) {
    const own = detectLanguage(insight.headline ? `${insight.headline}\n${insight.text}` : insight.text);
    if (own !== 'und') votes.set(own, (votes.get(own) ?? 0) + 1);
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : 'und';
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
    const index = paragraphs.findIndex(
      (paragraph) => paragraph.includes(`(${acronym}`) || paragraph.startsWith(`${acronym} `) || paragraph.includes(`${acronym} (`),
    );
    return index === -1 ? Number.MAX_SAFE_INTEGER : index * 100_000 + Math.max(0, paragraphs[index]!.indexOf(acronym));
  };
  return [...found.map((acronym) => ({ acronym, order: orderOf(acronym.acronym) })), ...positioned]
    .sort((a, b) => a.order - b.order)
    .map((item) => item.acronym);
}

function toInsight(
  found: RawInsight,
  documentLanguage: Language,
  pageStarts: readonly number[],
  redefined: ReadonlySet<string>,
  concerned: ReadonlySet<string>,
): Insight {
  const raw = found.kind === 'RECOMMENDATION' ? withRecommendationFields(found) : found;
  const whole = raw.headline ? `${raw.headline}\n${raw.text}` : raw.text;
  // An insight may be in another language than its document (a page quoting an English
  // lesson); too short to tell, it takes the document's.
  const own = detectLanguage(whole);
  const language = own === 'und' ? documentLanguage : own;
  const addressee =
    raw.kind === 'RECOMMENDATION'
      ? (raw.addressee ?? leadAddressee(raw.text) ?? subjectAddressee(raw.text) ?? (raw.headline ? subjectAddressee(raw.headline) : null))
      : null;
  const addressees = addressee ? resolveAddressees(addressee) : [];
  const spans = raw.spans?.map((span) => ({ ...span, page: pageOf(pageStarts, span.start) }));
  return {
    kind: raw.kind,
    headline: raw.headline,
    text: raw.text,
    language,
    addressees,
    mentions: findMentions(whole, redefined, concerned),
    themes: findThemes(whole, language),
    provenance: {
      section: raw.section,
      start: raw.start,
      end: raw.end,
      ordinal: raw.ordinal,
      page: pageOf(pageStarts, raw.start),
      ...(spans && spans.length > 0 ? { spans } : {}),
    },
    fields: raw.fields,
  };
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
