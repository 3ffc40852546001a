/**
 * What the top of a document says about itself when no box says it: its title (the first
 * level-1 heading, or the run of short title lines of a cover page), its date (a date standing
 * alone on the cover: "NOVEMBER 2019", "May 15, 2020", "Octubre, 2018") and what kind of
 * document it is (a summary, a brief, a report, a management response). Pure.
 */
import type { DocumentKind, EvaluationMode, EvaluationTiming } from '../../model/records.js';
import { findDates, parseDate } from './dates.js';
import { classifyLabel } from './labels.js';
import { findMentionSpans } from '../gazetteer.js';
import { titleRatio } from '../outline/build-outline.js';
import { collapseWhiteSpace, foldAccents } from '../../text/normalise.js';

/** A heading of the outline (the extractor's blocks, or '#' lines of the dialect). */
export interface CoverHeading {
  text: string;
  level: number;
  start: number;
}

/** Characters of the top of a document searched for a cover. */
const COVER_CHARS = 8000;
/** Non-empty lines of the top of a document searched for a cover. */
const COVER_LINES = 80;

/** Words that make a heading or a cover the title of an evaluation (folded). */
const EVALUATION_WORDS = /\b(?:evaluation|evaluations|evaluating|evaluacion|evaluaciones|assessment|reviews?|revue|examen|evaluer|evaluar)\b/;
/** A cover line that only says what kind of report it is ("FINAL REPORT", "Informe final", OCR's "Fina Report"). */
const KIND_ONLY =
  /^(?:(?:fina?l?|interim|draft|mid-?term|evaluation|annual) )?(?:report|rapport|informe)(?: (?:final|finale|de evaluacion|d'evaluation|final de evaluacion))?$/;

function fold(s: string): string {
  return collapseWhiteSpace(foldAccents(s).replace(/[’‘]/g, "'")).trim();
}

/** A page number set apart in columns at a line's end ("          Page 14 sur 22", "   Página 3 de 40"). */
const PAGE_MARK = /\s{3,}(?:page|p\.|p[áa]gina|p[áa]g\.)\s*\d{1,4}(?:\s*(?:sur|of|de|\/)\s*\d{1,4})?\s*$/i;

function clean(line: string): string {
  let out = line.replace(/^#{1,6}\s+/, '');
  // Most lines hold no markup: skip the passes that cannot match.
  if (out.includes('**') || out.includes('__')) out = out.replace(/\*\*|__/g, '');
  if (out.includes('<')) out = out.replace(/<[^>]{1,40}>/g, ' ');
  // A running header's page number set apart in columns ("… – Tchad          Page 14 sur 22").
  out = out.replace(PAGE_MARK, '');
  return collapseWhiteSpace(out).trim();
}

interface CoverLine {
  text: string;
  start: number;
  /** Printed with a page number set apart in columns ("… – Tchad          Page 14 sur 22"): a page's header. */
  paged?: boolean;
  /** A table's row (its cells TAB-separated): a box's, never a title's. */
  row?: boolean;
  /** A footnote ("** El resumen del informe … se publica en todos los idiomas oficiales."): a note on the page, never a title. */
  note?: boolean;
}

/**
 * A footnote's line: it opens with the note's mark and a space ("** El resumen …", "* E/ICEF/2018/1.", "† …"), as UN
 * Executive Board documents print them under the title. Never bold markup ("**Title**" holds no space after its mark).
 */
const FOOTNOTE_MARK = /^\s*(?:\*{1,3}|[†‡§])\s+\S/;

/** A cover line that may hold the title: no table's row, no footnote, and shaped like a title. */
function holdsTitle(line: CoverLine): boolean {
  return !line.row && !line.note && isTitleLine(line.text);
}

/** The last text coverLines read and its lines: findTitle, findCoverDate, coverEvaluationKind and documentKindHints all read the same document's cover. */
let lastCover: { text: string; lines: readonly CoverLine[] } | undefined;

/** The non-empty lines of the top of the document. */
function coverLines(text: string): readonly CoverLine[] {
  if (lastCover?.text !== text) lastCover = { text, lines: readCoverLines(text) };
  return lastCover.lines;
}

function readCoverLines(text: string): CoverLine[] {
  const lines: CoverLine[] = [];
  let at = 0;
  const dump = isPageDump(text);
  for (const raw of text.slice(0, COVER_CHARS).split('\n')) {
    for (const [offset, part] of dump ? splitPageLine(raw) : splitDateLabel(raw)) {
      // Table rows are boxes, not titles: their cells are kept apart, and the line is marked.
      const line = clean(part.replace(/\t/g, ' \u0009 '));
      if (line)
        lines.push({
          text: line,
          start: at + offset,
          ...(PAGE_MARK.test(part) ? { paged: true } : {}),
          ...(/\S\t+\S/.test(part) ? { row: true } : {}),
          ...(FOOTNOTE_MARK.test(part) ? { note: true } : {}),
        });
    }
    at += raw.length + 1;
    if (lines.length >= COVER_LINES) break;
  }
  return lines;
}

/**
 * A text dump that prints each page as one line after its number ("1 Évaluation du Programme du multiculturalisme
 * Division de l évaluation Mars 2012 Recherche et Évaluation", "2 Ci4-86/2012F-PDF …", "3 Acronymes …", as document
 * sharing sites give a PDF): its first three non-empty lines open with the page numbers 1, 2 and 3, and one of them
 * holds a whole page (more words than a heading: "1 Introduction", "2 Background", "3 Findings" are a list of parts).
 */
function isPageDump(text: string): boolean {
  const first = text
    .slice(0, COVER_CHARS)
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, 3);
  return (
    first.length === 3 &&
    first.every((line, index) => new RegExp(`^\\s*${index + 1}\\s+\\S`).test(line)) &&
    /^\s*1\s+\p{L}/u.test(first[0]!) &&
    first.some((line) => line.split(/\s+/).length > PAGE_WORDS)
  );
}

/** Words beyond which a numbered line holds a page's text rather than a heading (a long title is 16 words at most). */
const PAGE_WORDS = 16;

/**
 * A page of a page dump, without its number, cut into the cover's lines it glued: before each date ("Mars 2012") and
 * each evaluation office's name ("Division de l évaluation"), which stand on lines of their own on the cover. Each part
 * with its offset in the line.
 */
function splitPageLine(raw: string): Array<[number, string]> {
  const number = /^\s*\d{1,4}\s+/.exec(raw);
  const body = number ? number[0].length : 0;
  const cuts = new Set<number>();
  for (const span of findDates(raw.slice(body))) cuts.add(body + span.start).add(body + span.end);
  for (const word of raw.slice(body).matchAll(/(?<=\s)\p{Lu}/gu)) {
    const at = body + word.index;
    if (EVALUATION_OFFICE.test(fold(raw.slice(at)).toLowerCase())) cuts.add(at);
  }
  const bounds = [body, ...[...cuts].filter((cut) => cut > body && cut < raw.length).sort((a, b) => a - b), raw.length];
  const parts: Array<[number, string]> = [];
  for (let index = 0; index + 1 < bounds.length; index += 1) parts.push([bounds[index]!, raw.slice(bounds[index], bounds[index + 1])]);
  return parts;
}

/**
 * A cover line cut before a dated label that a PDF's paragraph joined to the title above it ("… Cooperation in Niger Date
 * of management response: 15 March 2022", « … MDRBF015 Date de publication : 18 mars 2021 »): the label and its date are
 * a line of their own. Each part with its offset in the line.
 */
function splitDateLabel(raw: string): Array<[number, string]> {
  const m = DATE_LABEL.exec(raw);
  if (!m || m.index === 0 || findDates(raw.slice(m.index)).length === 0) return [[0, raw]];
  return [
    [0, raw.slice(0, m.index)],
    [m.index, raw.slice(m.index)],
  ];
}

/** A date's label inside a line, after other words: "Date of management response:", « Date de publication : », "Fecha de aprobación:". */
const DATE_LABEL = /(?<=\S\s+)(?:date|fecha)(?:\s+(?:of|de|d'|del|de la)\s*[\p{L}' ]{1,40}?)?\s?:\s/iu;

/** A date standing alone on a line ("NOVEMBER 2019", "12 de octubre de 2018.", "DECEMBER 201" as OCR left it). */
function isDateLine(line: string): boolean {
  if (parseDate(line)) return true;
  return /^(?:[a-zé]+\.?,? )?\d{1,4}\.?$/i.test(line.trim()) && /\d{3}/.test(line);
}

/** A credit line's opening participle, in the three languages. */
const CREDIT_LINE =
  /^(?:PREPARED|SUBMITTED|PRESENTED|PRODUCED|WRITTEN|ELABORADO|ELABORADA|PRESENTADO|PRESENTADA|PREPARADO|PREPARADA|REALIZADO|REALIZADA|PRÉPARÉ|PRÉPARÉE|ÉLABORÉ|ÉLABORÉE|SOUMIS|RÉALISÉ|RÉALISÉE)(?=\s|$)/u;

/** Words of a capitals line that may end a part of a title on its colon or the whole title on its stop. */
const CAPITALS_PART_WORDS = { min: 2, max: 12 };

/**
 * A line of a title set in capitals that ends on the colon before the rest of the title ("PROGRAMA CONJUNTO SDG-F:",
 * then "TERRITORIOS PRODUCTIVOS …") or on the title's full stop ("ESTRATÉGICOS EN EL CAUCA, COLOMBIA."): no lower case,
 * no stop or colon inside, and no label ("PREPARADO POR:", "IN PARTNERSHIP WITH:", "AUTORES:").
 */
function endsCapitalsTitlePart(line: string): boolean {
  if (line !== line.toUpperCase() || !/\p{Lu}{3}/u.test(line) || /[.:;]\s/.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words < CAPITALS_PART_WORDS.min || words > CAPITALS_PART_WORDS.max) return false;
  // "PREPARED BY MANAGEMENT SYSTEMS INTERNATIONAL.", « ÉLABORÉ PAR … »: a credit, not the title's end.
  if (CREDIT_LINE.test(line)) return false;
  if (!line.endsWith(':')) return line.endsWith('.');
  const label = line.slice(0, -1).trim();
  return !classifyLabel(label) && !BY_OR_FOR.test(label) && !/\b(?:with|con|avec)$/i.test(label);
}

/**
 * A file's line in a registry's or a listing page's list of documents ("Download document Informe Final Evaluación EbA
 * Amazonía.pdf report Spanish 1275.03 KB Posted 67"): a link to a file and its size, never a title.
 */
const FILE_LINE = /\.(?:pdf|docx?|xlsx?|pptx?|zip)\b.*?\b\d+(?:[.,]\d+)?\s?(?:KB|MB|GB|Ko|Mo)\b/i;

/** A line that can be part of a title: short, not a sentence, not a label, a date, an address or a number. */
function isTitleLine(line: string): boolean {
  if (line.includes('\t')) return false;
  const words = line.split(/\s+/);
  const long = opensOrEndsOnEvaluation(line) ? { words: 45, chars: 320 } : { words: 16, chars: 160 };
  if (words.length > long.words || line.length > long.chars) return false;
  // "… ouragan Matthew en Haïti, Vol 1.": a volume's number closes a title with its full stop, as an initial does.
  if (
    /[.:;]$/.test(line) &&
    !/\b[A-Z]\.$/.test(line) &&
    !/\)\.$/.test(line) &&
    !endsCapitalsTitlePart(line) &&
    !/\b(?:vol(?:ume)?|tome|tomo)\.?\s*(?:\d{1,2}|[IVX]{1,4})\.$/i.test(line)
  )
    return false;
  if (isDateLine(line) || /^\d+$/.test(line) || /@|https?:|www\./i.test(line) || FILE_LINE.test(line)) return false;
  // « Cette évaluation se concentre sur la période 2000-2012. Durant cette période, … »: two sentences are prose, however
  // the first opens (not "St. Lucia", "U.S. Government": one letter before the dot).
  if (/[\p{Ll}\d]{2,}\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(line)) return false;
  if (CONTACT.test(line) || LINK_TEXT.test(line)) return false;
  if (isPublisherLine(line)) return false;
  // « Cette publication est aussi disponible en français : … », "Item 3 of the provisional agenda": a note on the
  // cover about another edition, a UN board's agenda point, never the title.
  if (OTHER_EDITION.test(fold(line)) || AGENDA_ITEM.test(fold(line))) return false;
  const colon = /^([^:]{2,40}):\s+(.*)$/.exec(line);
  // "Budget: 4.2 million", "Note: the figures …": a label and its value; "Independent Final Evaluation: Promoting Decent
  // Work in …" is a title that names the evaluation before its subject, "Chile: Estudio de Evaluación de Impacto …" one
  // that names its country first.
  if (
    classifyLabel(line) ||
    (colon &&
      (classifyLabel(colon[1]!) ||
        // "INFORME FINAL Elaborado por: Nieves Rodríguez López, Consultora": a by-line, whatever precedes its label.
        BY_OR_FOR.test(colon[1]!.trim()) ||
        (!EVALUATION_KIND.test(fold(colon[1]!)) &&
          !countryBeforeTitle(colon[1]!, colon[2]!) &&
          !titleAcrossColon(colon[1]!, colon[2]!) &&
          (/\d/.test(colon[2]!) || colon[2]!.split(/\s+/).length > 6))))
  )
    return false;
  if (ATTRIBUTE_OF_EVALUATION.test(fold(line))) return false;
  return /\p{L}{3}/u.test(line);
}

/**
 * A contact line ("Oscar A. Garcia, Director, Independent Office of Evaluation of IFAD, Tel.: +39 06 5459 2274, e-mail:
 * …", an Executive Board cover's focal points): a telephone, fax or e-mail label, or an international number.
 */
const CONTACT =
  /\b(?:tel|t[ée]l|phone|telephone|t[ée]l[ée]phone|tel[ée]fono|fax|e-?mail|courriel|correo(?: electr[óo]nico)?)\.?\s*:|\+\d{1,3}[\s()]*\d{1,4}[\s\d()-]{5,}/i;

/** A web page's link text ("All evaluations can be found at the Evaluation Resource Center through the following link"). */
const LINK_TEXT = /\b(?:can|may) be (?:found|accessed|downloaded|consulted|viewed)\b|\bfollowing link\b|\bclick here\b/i;

/**
 * A title naming the evaluation may be long ("Evaluación Intermedia del Proyecto de apoyo a … Fase IV: …"): it opens
 * with the evaluation, ends with it ("Projet d'appui … au Sénégal - Évaluation finale"), or its subtitle opens with it
 * ("Hacia la mejora de las respuestas de emergencia: síntesis de las evaluaciones del UNICEF en materia de …", a UN
 * Executive Board summary's title).
 */
function opensOrEndsOnEvaluation(line: string): boolean {
  const opens = (part: string, words: number): boolean => EVALUATION_WORDS.test(fold(part.split(/\s+/).slice(0, words).join(' ')));
  // The subtitle of a title set in words (no list's dash, no quotation): "síntesis de las evaluaciones", "an evaluation of".
  const subtitle = /^\p{Lu}[^:–—"“]*[:–—]\s+(\p{L}.+)$/u.exec(line)?.[1];
  return opens(line, 6) || EVALUATION_WORDS.test(fold(line.split(/\s+/).slice(-3).join(' '))) || (subtitle !== undefined && opens(subtitle, SUBTITLE_WORDS));
}

/**
 * A cover's note on another edition: « Cette publication est aussi disponible en français », "This publication is also
 * available in English", "Disponible también en inglés" (folded, lower case).
 */
const OTHER_EDITION =
  /\b(?:(?:also|is) available in|(?:aussi|egalement) disponible en|disponible (?:aussi|egalement|tambien) en|tambien (?:esta )?disponible en)\b/;

/**
 * A UN Executive Board document's agenda point, printed over its title: « Point 2 de l'ordre du jour provisoire », "Item
 * 3 of the provisional agenda", "Tema 4 del programa provisional" (folded, lower case).
 */
const AGENDA_ITEM =
  /^(?:point|item|tema|punto)\s+\d{1,2}(?:\s*\([a-z]\))?\s+(?:de l'ordre du jour|of the (?:provisional |annotated )?agenda|del (?:programa|orden del dia))\b/;

/**
 * "Annual report 2016/2017: Evaluation of Norwegian Development Cooperation: …", "CIDA Learns: Lessons from Evaluations
 * 2011-2012": a title in two parts whose second names an evaluation, both set in title case, not a label and its value
 * ("Note: the evaluation found …" is a sentence; a known label is read as one before this).
 */
function titleAcrossColon(label: string, value: string): boolean {
  if (!EVALUATION_WORDS.test(fold(value)) || !/^\p{Lu}/u.test(label.trim()) || !/^\p{Lu}/u.test(value.trim())) return false;
  return titleRatio(label).ratio >= TITLE_CASE_SHARE && titleRatio(value).ratio >= TITLE_CASE_SHARE;
}

/** Share of a part's long words capitalised from which it is set in title case ("Lessons from Evaluations": two of three). */
const TITLE_CASE_SHARE = 0.5;

/** Words of a subtitle within which it names the evaluation ("síntesis de las evaluaciones", "A Synthesis of Evaluations"). */
const SUBTITLE_WORDS = 4;

/**
 * "Chile: Estudio de Evaluación de Impacto del Programa …" (World Bank and IFAD covers): a country's name alone before
 * the colon, and a subject naming the evaluation after it, is a title, not a label and its value. An evaluation
 * database's listing puts the report's year first ("2015 Haiti: Evaluation du Projet d’Appui …", UNICEF's).
 */
function countryBeforeTitle(label: string, value: string): boolean {
  if (!EVALUATION_WORDS.test(fold(value)) && !REPORT_KIND.test(fold(value))) return false;
  const name = label.trim().replace(/^(?:19|20)\d\d\s+/, '');
  return findMentionSpans(name).some((span) => span.kind === 'country' && span.start === 0 && span.end >= name.length);
}

/**
 * A field's label about the evaluation, left on a web page with its value empty or on the next line ("Estado de la
 * evaluación", "Costo de la evaluación", "Status of the evaluation", « Type d'évaluation »): it names no subject and is
 * never a title.
 */
const ATTRIBUTE_OF_EVALUATION =
  /^(?:estado|status|statut|etat|tipo|type|fecha|fechas|dates?|costo|coste|cout|cost|ano|year|annee|duracion|duration|duree|periodo|period|periode|calendario|calendrier|timeline|modalidad|modalite|mode|responsable|gerente|manager|equipo|team|equipe|ficha|datos|donnees|data)s? (?:de la |del |de l'|d'|de |of the |of )?(?:evaluacion|evaluation)$/;

/** The kind line of a lender's completion report cover. */
const COMPLETION_REPORT =
  /^(?:implementation completion (?:and results )?report|project completion report|rapport de fin d'execution(?: et de resultats)?|rapport d'achevement(?: de projet)?|informe (?:final )?de (?:ejecucion|finalizacion|terminacion)(?: y (?:de )?resultados)?(?: de la ejecucion| del proyecto)?)\b/i;

/**
 * A lender's completion report cover: "IMPLEMENTATION COMPLETION AND RESULTS REPORT (IDA-58120) ON A CREDIT … TO THE
 * REPUBLIC OF SENEGAL FOR THE QUALITY IMPROVEMENT PROJECT (PAQEB)" (« … POUR LE PROJET D'AMÉLIORATION … », "… PARA EL
 * PROYECTO …"): the report's kind and the project it was for.
 */
function financedProjectTitle(lines: readonly CoverLine[]): string | null {
  const top = lines.slice(0, 30);
  const kind = top.findIndex((line) => COMPLETION_REPORT.test(fold(line.text)));
  if (kind === -1) return null;
  for (let index = kind + 1; index < Math.min(top.length, kind + 14); index += 1) {
    const lead = /^(?:for (?:the|a|an)|pour (?:le|la|les|l['’])|para (?:el|la|los|las))(?:\s+(.*))?$/i.exec(top[index]!.text);
    // "FOR THE" alone, or before the project's name in capitals or title case; not "For the purposes of this report, …".
    if (!lead || (lead[1] && (/,/.test(lead[1]) || (lead[1] !== lead[1].toUpperCase() && titleRatio(lead[1]).ratio < 0.5)))) continue;
    const project: string[] = lead[1] ? [lead[1]] : [];
    for (const line of top.slice(index + 1, index + 4)) {
      if (isDateLine(line.text) || findDates(line.text).length > 0 || !isTitleLine(line.text) || project.length >= 3) break;
      project.push(line.text);
      if (/\)$/.test(line.text)) break;
    }
    if (project.length === 0) return null;
    const kindLine = clean(top[kind]!.text).replace(/\s*\([^)]*\)\s*$/, '');
    return `${kindLine}: ${project.join(' ')}`.slice(0, 300);
  }
  return null;
}

/** A kind of evaluation and nothing more, before a title's colon ("Independent Final Evaluation", « Évaluation finale »). */
const EVALUATION_KIND =
  /^(?:(?:independent|final|mid-?term|midterm|terminal|interim|ex-?post|thematic|strategic|summative|formative|joint|impact|country programme|cluster|project|programme|decentrali[sz]ed|corporate)\s+)*(?:evaluation|review|assessment)$|^(?:evaluation|evaluacion)(?:\s+(?:finale?|independante?|independiente|intermedia|a mi-parcours|de medio termino|ex-post|thematique|tematica|de impacto|d'impact))*$/i;

/** A line that only names the organisation publishing the document ("BANQUE AFRICAINE DE DÉVELOPPEMENT", "Document de la Banque mondiale"). */
function isPublisherLine(line: string): boolean {
  // "Independent Evaluation Department", « Bureau indépendant d'évaluation »: the evaluation office that publishes it.
  if (isEvaluationOffice(line) && line.split(/\s+/).length <= 8) return true;
  const name = line.replace(/^(?:document (?:of|de) (?:the |la |l['’])?|documento (?:del|de la) )/i, '');
  if (name.split(/\s+/).length < 2 || name.split(/\s+/).length > 8) return false;
  const offset = line.length - name.length;
  const spans = findMentionSpans(line);
  const end = line.trimEnd().length - 1;
  // « SYSTEME DES NATIONS UNIES AU NIGER », "UNICEF Haiti": the organisation's presence in a country publishes it too.
  const inCountry = (from: number): boolean =>
    spans.some(
      (span) => span.kind === 'country' && span.end >= end && /^\s+(?:(?:au|aux|en|in|à|a|du|de|del|for|pour|para)\s+)?$/i.test(line.slice(from, span.start)),
    );
  return spans.some((span) => span.kind === 'organisation' && span.start <= offset + 1 && (span.end >= end || inCountry(span.end)));
}

/** Words that end a line whose title goes on ("… EVALUATION OF THE", "… de la"). */
const CONTINUES = /\b(?:of|the|and|for|in|on|to|a|an|de|du|des|la|le|les|l'|d'|del|el|los|las|en|y|et|e|pour|para|por|sur|au|aux)$/i;

/** A line that goes on with the line above: lower case, or a preposition ("du Programme …", "of the National …", "OF THE …"). */
const CONTINUATION = /^(?:\p{Ll}|(?:of|for|on|du|de|des|del|sur|pour|para|sobre|OF|FOR|ON|DU|DE|DES|DEL|SUR|POUR|PARA|SOBRE)\s)/u;

/** A line set in capitals ("PROJET DE REHABILITATION DES ECOSYSTEMES"): no lower-case letter, at least one capital. */
const inCapitals = (text: string): boolean => text === text.toUpperCase() && /\p{Lu}/u.test(text);

/** Splits a run of cover lines into titles: wrapped lines (a line ending on "of the", capitals, a lower-case start) stay together. */
function titleSegments(lines: readonly string[]): string[][] {
  const segments: string[][] = [];
  for (const line of lines) {
    const current = segments[segments.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && (CONTINUES.test(previous) || /^\p{Ll}/u.test(line) || (inCapitals(previous) && inCapitals(line)))) current.push(line);
    else segments.push([line]);
  }
  return segments.map(printedOnce);
}

/**
 * A title's lines printed twice in a row ("INFORME DE" / "EVALUACIÓN EXTERNA" / "PROYECTO …" and the same lines again,
 * as a document-sharing site's transcript repeats a cover): the title once.
 */
function printedOnce(segment: string[]): string[] {
  const half = segment.length / 2;
  if (!Number.isInteger(half) || half < 1) return segment;
  return segment.slice(0, half).every((line, index) => fold(line) === fold(segment[half + index]!)) ? segment.slice(0, half) : segment;
}

/** A heading the outline joined from a cover printed twice in a row ("INFORME DE … EMPLEO INFORME DE … EMPLEO"): once. */
function wordsOnce(heading: string): string {
  const words = heading.split(' ');
  return printedOnce(words).join(' ');
}

/**
 * A title that ends on a word that cannot end it ("… en Honduras en el", "… DE UNICEF EN LAC A LA") goes on over the
 * cover's next lines ("período 2002-2007", "EPIDEMIA DEL VIRUS DEL ZIKA"), across the blank line a text dump sets
 * between them, where the outline took its first line for a heading of its own or the next one for a date.
 */
function finishWrapped(title: string, lines: readonly CoverLine[], after: number): string {
  let out = title;
  for (const line of lines) {
    // A heading the outline joined from several lines holds them already.
    if (line.start <= after || (out === title && ` ${fold(title)} `.includes(` ${fold(line.text)} `))) continue;
    // "… DE LA REGIÓN ANDINA DEL SUR": the Spanish "Sur" is the south, not the French preposition.
    const cut = CONTINUES.test(out) && !/\b(?:del|el) sur$/i.test(out);
    // "… DEGRADES DU DELTA" over "INTERIEUR DU NIGER (REDDIN) …": a title in capitals goes on over the capitals lines
    // under it, as titleSegments joins them on a cover; not over a cover printed again (a line it holds already).
    const capitals = inCapitals(out) && inCapitals(line.text) && !` ${fold(out)} `.includes(` ${fold(line.text)} `);
    // « EVALUATION EXTERNE DU PROJET » over « « Renforcement de la résilience … » »: the project's quoted name, to its
    // closing quote.
    const quoted = (NAMES_WORK_LAST.test(fold(out)) && /^[«"“]/.test(line.text)) || openQuote(out);
    if (!(cut || capitals || quoted) || !goesOnTitle(line)) break;
    out = `${out} ${line.text.replace(/\.$/, '')}`;
  }
  return out;
}

/** A title that ends on the kind of work it is about (« … du projet », "… of the programme", "… del proyecto"), folded. */
const NAMES_WORK_LAST = /\b(?:du|de la|of the|del|de)\s+(?:projet|programme|project|program|proyecto|programa|intervention|intervencion)$/i;

/** A title whose quotation a line break left open (« Évaluation du projet « Renforcement de … »). */
function openQuote(title: string): boolean {
  const opened = (title.match(/[«“]/g) ?? []).length;
  const closed = (title.match(/[»”]/g) ?? []).length;
  return opened > closed || (title.match(/"/g) ?? []).length % 2 === 1;
}

/** Words beyond which a line under a wrapped title is no part of it. */
const TAIL_WORDS = 16;

/** A cover line that can finish a wrapped title: short, no label, table row, note, address or chapter heading. */
function goesOnTitle(line: CoverLine): boolean {
  const text = line.text;
  if (line.row || line.note || /[:;]$/.test(text) || /@|https?:|www\./i.test(text) || FILE_LINE.test(text)) return false;
  if (text.split(/\s+/).length > TAIL_WORDS || classifyLabel(text) || isBareLabel(text) || isChapterBreak(text)) return false;
  // "INFORME FINAL DE EVALUACIÓN" under the title: the report's kind, no part of its subject.
  if (KIND_ONLY.test(fold(text))) return false;
  return /\p{L}{3}/u.test(text);
}

/** Words that make a title generic (a kind of report, a kind of evaluation or review, an agency acronym), folded. */
const GENERIC_WORD =
  /^(?:evaluation|evaluacion|evaluations|evaluaciones|report|rapport|informe|final|finale|terminal|terminale|interim|intermediate|intermedia|mid-?term|revue|review|examen|revision|mi-parcours|a|independent|independiente|independante|de|du|d'evaluation|d|of|the|la|el|del|y|and|et|design|diseno|desempeno|performance|process|procesos|impact|impacto|projet|proyecto|project|programme|programa|program|terminacion|achevement|completion|validation|cierre|[a-z]{2,5})$/;

/** "EVALUACIÓN DE DISEÑO", "RAPPORT D’ÉVALUATION", "Evaluación IPEC": a title that names no project. */
function isGenericTitle(title: string): boolean {
  const words = fold(title)
    .replace(/[’']/g, "'")
    .split(/[\s’']+/)
    .map((word) => word.replace(/^\(|\)$/g, ''))
    .filter(Boolean);
  // "Rapport d'évaluation de projet", "Informe de terminación de proyecto (PCR)": a kind of report.
  if (words.length <= 7 && /^(?:report|rapport|informe)$/.test(words[0] ?? '') && words.every((word) => GENERIC_WORD.test(word))) return true;
  if (words.length <= 4 && words.every((word) => GENERIC_WORD.test(word) || /^[A-Z]{2,6}$/.test(word))) return true;
  // "Emergency Plan of Action Final Report": a kind of report, its subject on the next line ("Cameroon: Floods").
  return words.length <= 7 && /\b(?:final report|rapport final|informe final)$/.test(words.join(' ')) && !EVALUATION_WORDS.test(words.join(' '));
}

/** Words of a title that only says what kind of document it is, lower case and folded. */
const KIND_TITLE_WORD =
  /^(?:project|programme|program|projet|proyecto|programa|completion|implementation|results|performance|review|reviews|annual|mid-?term|final|summary|sheet|note|brief|evaluation|evaluacion|assessment|validation|report|rapport|informe|revue|examen|fiche|synthese|resumen|ficha|nota|d'achevement|achevement|de|du|d'|of|the|and|et|y|del|la|el|-|–|—|:)$/;

/**
 * A title that only says what kind of document it is ("Project Completion Review", "Annual Review - Summary Sheet",
 * "Project Completion Report Evaluation Note (PCREN)"): the subject is stated elsewhere (a "Title:" or "Project name:"
 * field).
 */
export function namesKindOnly(title: string): boolean {
  const words = fold(title)
    .toLowerCase()
    .replace(/\([^)]{1,12}\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((word) => KIND_TITLE_WORD.test(word));
}

/** A line printed on most pages (a running header or footer left in a text dump) is never the title. */
function isRunningHeader(text: string, line: string): boolean {
  if (line.length < 12) return false;
  let count = 0;
  // Printed as a line of its own (or beside a page number in columns), not inside a longer line ("Évaluation finale"
  // over the cover, and in "Évaluation finale du PARMS – Rapport final" atop every page).
  for (let at = text.indexOf(line); at !== -1 && count < 3; at = text.indexOf(line, at + line.length)) {
    const before = text.slice(text.lastIndexOf('\n', at) + 1, at);
    const after = text.slice(at + line.length, at + line.length + 3);
    // A page number may stand before it on even pages ("2     UNICEF Evaluation Report Series").
    if (/^[\s#*]*(?:(?:\d{1,4}|[ivxl]{1,6})\s{2,})?$/i.test(before) && /^(?:\s*(?:\n|$)| {3}|\s*\t)/.test(after)) count += 1;
  }
  return count >= 3;
}

/** "… ASSESSMENT FINAL REPORT" -> "… ASSESSMENT": a report kind trailing a title that names its subject. */
export function trimKind(title: string): string {
  const trimmed = title
    // "…: synthesis report", "… evaluation report": a report named by its own kind stays whole.
    .replace(
      /(?:[\s,–—-]+(?:final report|rapport final|informe final|fina report)|\s*[,–—-]\s*report|\s+(?<!\b(?:synthesis|summary|annual|progress|inception|completion|country|thematic)\s+)report)\.?$/i,
      '',
    )
    // Not the kind that opens a longer one ("INFORME FINAL DE EVALUACIÓN INTERMEDIA …": no title opens with "DE").
    .replace(/^(?:informe final|final report|rapport final)(?![\s:,–—-]+(?:de|del|of|d['’])\s)[\s:,–—-]+/i, '')
    .trim();
  return trimmed.split(/\s+/).length >= 2 ? trimmed : title;
}

/** A title without a leading project code ("UDF-MAU-10-359 Renforcement …"). */
function withoutLeadingCode(title: string): string {
  return title.replace(/^(?:[A-Z]{2,5}[-/][A-Z0-9]{2,5}(?:[-/][A-Z0-9]{2,5}){1,3}\s+)+/, '').trim();
}

/**
 * A title as written, without a trailing report kind and date ("… Labour Stream – Final report
 * November 28, 2017"), and the date it carried (YYYY-MM) when it carried one.
 */
export function splitTitleDate(title: string): { title: string; date: string | null } {
  // Not the dash of a range of years ("Malawi 2017-2022", "(2017–2022)").
  const m = /(?<![\d(]\s*)\s*[–—-]\s*((?:final report|rapport final|informe final|evaluation report)?\s*(.*?))\s*$/i.exec(title);
  if (m) {
    const date = parseDate(m[2]!);
    if (date && m.index > 10) return { title: title.slice(0, m.index).trim(), date: date.length >= 7 ? date.slice(0, 7) : null };
  }
  return { title: title.trim(), date: null };
}

/**
 * The title of the document: the first level-1 heading that names an evaluation, else the
 * first title on the cover that names one (an evaluation word, or "final report") with at
 * least four words; wrapped lines are joined, OCR debris and kind-only lines ("FINAL REPORT")
 * dropped. A generic title ("EVALUACIÓN DE DISEÑO", "RAPPORT D’ÉVALUATION") takes the title
 * line that follows it. Null when nothing qualifies.
 */
export function findTitle(text: string, headings: readonly CoverHeading[]): string | null {
  const title = coverTitle(text, headings);
  return title === null ? null : tidyTitle(title);
}

/**
 * A title without what its page printed around it: a field's label without its colon ("Title Evaluation of UNHCR
 * Response …", a management response matrix's first row), a file's extension (a listing page's link "… (Phase II).pdf")
 * and a colon left where a report's kind was cut ("Country Programme Evaluation: Malawi: Final Report").
 */
function tidyTitle(title: string): string {
  const tidied = title
    .replace(/^(?:Title|TITLE|Titre|TITRE|T[íi]tulo|T[ÍI]TULO)\s+(?=\p{Lu}\p{L})/u, '')
    .replace(/\.(?:pdf|docx?|html?)$/i, '')
    // ": Mid-term evaluation of …": a registry's field line whose label the copy lost.
    .replace(/^:\s+/, '')
    .replace(/\s*[:;,]$/, '')
    // "… EN EL CAUCA, COLOMBIA.": a title set in capitals keeps no full stop.
    .replace(/(?<=\p{Lu}{2})\.$/u, '')
    .trim();
  return tidied.split(/\s+/).length >= 2 ? tidied : title;
}

/** The title as the cover or the headings print it, before tidyTitle. */
function coverTitle(text: string, headings: readonly CoverHeading[]): string | null {
  const lines = coverLines(text).filter((line) => !isRunningHeader(text, line.text));
  // The title lines that follow an offset, wrapped lines joined.
  const after = (start: number): string | null => {
    const following: string[] = [];
    for (const line of lines) {
      if (line.start <= start) continue;
      // "# Final evaluation" then "## Recommendations": the document's first chapter, no part of its title.
      if (following.length === 0 && isChapterBreak(line.text)) return null;
      // "INFORME DE EVALUACIÓN FINAL" then "Presentado a:" and "Secretariado del F-ODM": the line under a label is the
      // label's value (who it was submitted to, who prepared it), not the subject of the report's kind.
      if (following.length === 0 && isBareLabel(line.text)) return null;
      if (!holdsTitle(line)) {
        if (following.length > 0) break;
        continue;
      }
      following.push(line.text);
    }
    const segment = titleSegments(following)[0];
    return segment ? withoutLeadingCode(segment.join(' ')) : null;
  };
  const financed = financedProjectTitle(lines);
  if (financed) return financed;
  const h1 = headings.find(
    (heading) =>
      heading.level === 1 &&
      EVALUATION_WORDS.test(fold(heading.text)) &&
      !isRunningHeader(text, heading.text) &&
      !isChapterHeading(heading.text) &&
      !isEvaluationOffice(heading.text) &&
      !isSeriesLine(clean(heading.text)) &&
      !isKicker(clean(heading.text)) &&
      !namesAuthor(lines, heading.text),
  );
  // A heading under the document's first part ("EXECUTIVE SUMMARY" then "EVALUATION PURPOSE AND QUESTIONS", "IV.
  // RECOMMENDATIONS" then "ANNEX I: EVALUATION STATEMENT OF WORK") is the body's: the cover's title lines above that
  // part come first, the heading only when they give none.
  const firstPart = headings.find((heading) => isChapterBreak(heading.text))?.start ?? Number.POSITIVE_INFINITY;
  const bodyHeading = h1 !== undefined && h1.start > firstPart;
  // "# UDF-DJI-11-436: Ensemble contre …": the project a coded heading names, over a series' clause line in capitals.
  const coded = codedHeadingTitle(text, headings, firstPart);
  if (coded) return coded;
  if (h1 && !bodyHeading) {
    const heading = trimKind(wordsOnce(clean(h1.text)));
    const subject = namesKindOnly(heading) ? headingUnder(text, headings, h1) : null;
    if (subject) return subject;
    // "Final Independent Project Evaluation of the" over "Umbrella project in support to the …": a heading the layout cut
    // where its line ends goes on with the title lines under it (those that can go on a title, else the next one).
    if (CONTINUES.test(heading)) {
      const wrapped = finishWrapped(heading, lines, h1.start);
      const goesOn = wrapped === heading ? after(h1.start) : null;
      if (wrapped !== heading || goesOn) return (goesOn ? `${heading} ${goesOn}` : wrapped).slice(0, 300);
    }
    if (!isGenericTitle(heading)) return finishWrapped(heading, lines, h1.start);
    const next = after(h1.start);
    if (next) return KIND_ONLY.test(fold(heading)) ? next : `${heading} ${next}`;
  }
  let run: CoverLine[] = [];
  const runs: CoverLine[][] = [];
  for (const line of lines) {
    // A chapter heading ("Recommendations", "2. Findings") ends the cover's title lines.
    if (holdsTitle(line) && !(run.length > 0 && isChapterBreak(line.text))) run.push(line);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  for (let runIndex = 0; runIndex < runs.length; runIndex += 1) {
    const candidate = runs[runIndex]!;
    const segments = runSegments(candidate);
    for (let index = 0; index < segments.length; index += 1) {
      const segment = segments[index]!;
      const folded = fold(segment);
      if (!EVALUATION_WORDS.test(folded) && !REPORT_KIND.test(folded)) continue;
      // "Bureau indépendant de l'évaluation du FIDA", "EVALUATION BRIEF | No. 14 | November 2022": who publishes it, in which series.
      if (isEvaluationOffice(segment) || isSeriesLine(segment) || isChapterHeading(segment) || isKicker(segment)) continue;
      // A point of a list ("(b) include on-the-job training in stock assessment; and"), not a title.
      if (/^\(?[a-z0-9]{1,3}[.)]\s|[;,]$|\s(?:and|or|et|ou|y|o)$/i.test(segment.trim())) continue;
      if (KIND_ONLY.test(folded)) continue;
      if (isGenericTitle(segment)) {
        const next = segments[index + 1];
        if (next && !KIND_ONLY.test(fold(next)) && findDates(next).length === 0) return `${segment} ${withoutLeadingCode(next)}`.slice(0, 300);
        // The subject printed above its kind ("Programme intégré … (PIRAM)" then "Rapport d'évaluation de projet").
        const previous = segments[index - 1];
        if (previous && previous.split(/\s+/).length >= 4 && !isEvaluationOffice(previous) && !isSeriesLine(previous))
          return `${segment}: ${withoutLeadingCode(previous)}`.slice(0, 300);
        const later = subjectPastDates([...segments.slice(index + 1), ...nextRunSegments(lines, candidate, runs[runIndex + 1])]);
        if (later) return `${segment} ${later}`.slice(0, 300);
        continue;
      }
      if (folded.split(' ').length < 4) continue;
      const last = [...candidate].reverse().find((line) => segment.endsWith(line.text));
      return trimKind(withoutLeadingCode(last ? finishWrapped(segment, lines, last.start) : segment)).slice(0, 300);
    }
  }
  if (h1 && bodyHeading) {
    const heading = trimKind(clean(h1.text));
    if (!isGenericTitle(heading)) return heading;
  }
  const field = titleFieldLine(coverLines(text));
  if (field) return field;
  // A title that names no evaluation ("Cash for Work in Northern Uganda: Did it Build Resilience?" over "This brief
  // summarises the final evaluation of …"): the document's first top heading, near its top, when it is not a chapter's.
  // Only in a document about an evaluation (a blog or an annual report names none at its top). Else the running header
  // that names the report.
  return topHeadingTitle(text, headings) ?? runningHeaderTitle(text) ?? topLineTitle(text, headings);
}

/**
 * The heading printed right under a level-1 heading that only names the document's kind ("# Evaluation Summary" then
 * "## Evaluation of International Assistance Programming in Middle-Income Countries"): the summary's subject, when it
 * names an evaluation and is no chapter's.
 */
function headingUnder(text: string, headings: readonly CoverHeading[], top: CoverHeading): string | null {
  const next = headings.find((heading) => heading.start > top.start);
  if (!next || next.level <= top.level) return null;
  // Nothing but the kind's own line stands between them (an outline's heading starts past its '#' marks).
  const between = text
    .slice(top.start, next.start)
    .split('\n')
    .filter((line) => line.replace(/#/g, '').trim());
  if (between.length > 1) return null;
  const subject = trimKind(clean(next.text));
  if (!EVALUATION_WORDS.test(fold(subject)) || subject.split(/\s+/).length < MIN_TITLE_WORDS) return null;
  return isChapterHeading(subject) || isGenericTitle(subject) || namesKindOnly(subject) ? null : subject;
}

/** Words from which a cover line names a subject rather than a kind ("Evaluation of … Countries"). */
const MIN_TITLE_WORDS = 4;

/** A project's code before a title's colon ("UDF-DJI-11-436: Ensemble contre …", a UNDEF report's heading). */
const CODED_HEADING = /^[A-Z]{2,5}(?:[-/][A-Z0-9]{2,5}){2,4}\s*:\s+(\p{Lu}.+)$/u;

/**
 * A level-1 heading that opens with the project's code before a colon ("# UDF-DJI-11-436: Ensemble contre la violence et
 * la discrimination des femmes à Djibouti", under a series' clause line in capitals): the project it names is the title,
 * in a document that names an evaluation near its top.
 */
function codedHeadingTitle(text: string, headings: readonly CoverHeading[], firstPart: number): string | null {
  if (!EVALUATION_WORDS.test(fold(text.slice(0, COVER_CHARS / 4)))) return null;
  for (const heading of headings) {
    // On the cover: before the document's first part, within the characters searched for a cover.
    if (heading.start > firstPart || heading.start > COVER_CHARS) break;
    if (heading.level !== 1) continue;
    const subject = CODED_HEADING.exec(clean(heading.text))?.[1]?.trim();
    if (subject && subject.split(/\s+/).length >= MIN_TITLE_WORDS && !isChapterHeading(subject)) return trimKind(subject);
  }
  return null;
}

/** Non-empty lines at the top of a page saved as text among which its heading stands (a status value may come first). */
const TOP_LINES = 3;

/**
 * A web page saved as text keeps no heading: its heading is a line of its own among the first few ("Concluida", then
 * "Las organizaciones cooperativas para el bienestar de la mujer productiva rural", then the page's fields "Tipo de
 * evaluación", "Consultor", …, an evaluation portal's page). Taken only above the document's first heading (a field's
 * caption the outline took for one: "Objetivos", "Principales conclusiones") and when the document names an evaluation
 * near its top, as a first top heading is.
 */
function topLineTitle(text: string, headings: readonly CoverHeading[]): string | null {
  if (!EVALUATION_WORDS.test(fold(text.slice(0, 800)))) return null;
  // The page's field captions the outline took for headings ("Objetivos", "Principales conclusiones") come after its
  // heading line: only the paragraphs above the first heading are read.
  const top = text.slice(0, Math.min(COVER_CHARS, headings[0]?.start ?? COVER_CHARS));
  const paragraphs = top
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  for (const paragraph of paragraphs.slice(0, TOP_LINES)) {
    // A line standing alone as its own paragraph, shaped like a title and naming something (four words or more).
    // Not a table's row (its cells TAB-separated), a marked heading or a footnote.
    if (/[\n\t]/.test(paragraph) || paragraph.startsWith('#') || FOOTNOTE_MARK.test(paragraph)) continue;
    const line = clean(paragraph);
    if (line.split(/\s+/).length >= 4 && isTitleLine(line) && !isChapterHeading(line) && !isSeriesLine(line) && !FRONT_MATTER.test(fold(line).toLowerCase()))
      return line;
  }
  return null;
}

/** A run of cover title lines split into titles, OCR debris and kind-only lines dropped. */
function runSegments(run: readonly CoverLine[]): string[] {
  const texts = run.map((line) => line.text);
  // OCR debris of a cover (one-word lines) before the title lines.
  while (texts.length > 2 && texts[0]!.split(/\s+/).length === 1 && texts.slice(1).some((line) => line.split(/\s+/).length >= 3)) texts.shift();
  return titleSegments(texts).map((segment) => {
    const kept = [...segment];
    // "FINAL REPORT" over the title goes; "RAPPORT D'ÉVALUATION" over "du Programme national …" opens it.
    while (kept.length > 1 && KIND_ONLY.test(fold(kept[0]!)) && !CONTINUATION.test(kept[1]!)) kept.shift();
    while (kept.length > 1 && KIND_ONLY.test(fold(kept[kept.length - 1]!))) kept.pop();
    return kept.join(' ').replace(/\s+/g, ' ').trim();
  });
}

/** Cover lines a generic title's subject may be printed past: the period evaluated and the project's code line. */
const MAX_LINES_BEFORE_SUBJECT = 2;
/** A project's code line ("PROYECTO AD/HON/04/H88", "Project 00012345"): a kind word and a code, no subject. */
const CODE_LINE = /^(?:(?:proyecto|projet|project|programa|programme|program)\s+)?(?=[A-Z0-9/-]*\d)[A-Z0-9]{2,8}(?:[-/][A-Z0-9]{1,8}){0,5}$/i;

/**
 * The subject of a generic title printed past the period evaluated and a code line ("EVALUACION FINAL DE PROYECTO",
 * "Enero 2008 – Julio 2010", "PROYECTO AD/HON/04/H88", then "Programas Especiales de Empleo para …", a UNODC cover):
 * the first title after them that names something. Null when anything else comes first.
 */
function subjectPastDates(following: readonly string[]): string | null {
  let skipped = 0;
  for (const segment of following) {
    const folded = fold(segment);
    if ((CODE_LINE.test(segment) || isDateLine(segment) || findDates(segment).length > 0) && skipped < MAX_LINES_BEFORE_SUBJECT) {
      skipped += 1;
      continue;
    }
    if (segment.split(/\s+/).length < 3 || isGenericTitle(segment) || KIND_ONLY.test(folded)) return null;
    if (isChapterHeading(segment) || isSeriesLine(segment) || EVALUATION_OFFICE.test(folded)) return null;
    return withoutLeadingCode(segment);
  }
  return null;
}

/** The next run's segments, when only dates stand between it and this run (the period evaluated set apart). */
function nextRunSegments(lines: readonly CoverLine[], run: readonly CoverLine[], next: readonly CoverLine[] | undefined): string[] {
  if (!next) return [];
  const gap = lines.slice(lines.indexOf(run[run.length - 1]!) + 1, lines.indexOf(next[0]!));
  if (gap.length > MAX_LINES_BEFORE_SUBJECT || !gap.every((line) => isDateLine(line.text) || findDates(line.text).length > 0)) return [];
  return runSegments(next);
}

/**
 * A label alone on its line, its value on the next: a few words ending on the preposition that introduces who the
 * report is by or for ("Presentado a:", "Prepared for:", « Soumis à : », "Elaborado por:"). Not a title's line cut at
 * its colon ("PROGRAMA CONJUNTO SDG-F:" over its subject).
 */
function isBareLabel(line: string): boolean {
  const m = /^([^:]{2,40})\s*:$/.exec(line.trim());
  return m !== null && m[1]!.split(/\s+/).length <= 5 && BY_OR_FOR.test(m[1]!.trim());
}

/** A by-line: "Prepared by Dr Susanna Kelly and …", "Submitted by:", « Rédigé par », "Elaborado por". */
const BY_LINE =
  /^(?:prepared|submitted|produced|written|compiled|conducted|commissioned|elaborado|preparado|realizado|r[ée]dig[ée]|pr[ée]par[ée]|r[ée]alis[ée])\s+(?:by|par|por)\b/i;

/**
 * A heading that the cover prints right under a by-line names who wrote the report ("Prepared by Dr Susanna Kelly and
 * Dr Kara Scally-Irvine" over "Evaluation Consult", the firm), never its title, wherever the cover repeats it.
 */
function namesAuthor(lines: readonly CoverLine[], heading: string): boolean {
  const text = clean(heading);
  return lines.some((line, index) => index > 0 && line.text === text && BY_LINE.test(lines[index - 1]!.text));
}

/** The preposition that ends a label naming who a report is by, for or submitted to. */
const BY_OR_FOR = /(?:^|\s)(?:by|for|to|par|pour|à|a|por|para)$/i;

/**
 * A registry's "Title" field copied without its column's gap ("Title Gestión Integrada del Cambio Climático …" among
 * "Evaluation Type: Final Project", "Countries: PERU"): its value, when the next line is a field of the same box or
 * the value repeats a line above it (the page's heading).
 */
function titleFieldLine(lines: readonly CoverLine[]): string | null {
  for (let index = 0; index < lines.length; index += 1) {
    const m = /^(?:[Tt]itle|[Tt]itre|[Tt][íi]tulo)\s+(\p{Lu}.{9,299})$/u.exec(lines[index]!.text);
    if (!m) continue;
    const value = m[1]!.trim();
    const next = lines[index + 1]?.text ?? '';
    const colon = /^([^:]{2,40}):\s+\S/.exec(next);
    if ((colon && classifyLabel(colon[1]!)) || lines.slice(0, index).some((line) => line.text === value)) return value;
  }
  return null;
}

/**
 * A page header that names the report beside the page's number ("Rapport d'achèvement de projet – PAEPA-MSU – Tchad
 * Page 14 sur 22", printed over each page of an extract): the title when the cover gives none. A header without its
 * page number may be a series or a code line and is never the title.
 */
function runningHeaderTitle(text: string): string | null {
  for (const line of coverLines(text)) {
    const folded = fold(line.text).toLowerCase();
    if (!line.paged || line.text.split(/\s+/).length < 4 || !isRunningHeader(text, line.text)) continue;
    if (!EVALUATION_WORDS.test(folded) && !REPORT_KIND.test(folded)) continue;
    if (EVALUATION_OFFICE.test(folded) || isSeriesLine(line.text) || isChapterHeading(line.text)) continue;
    return trimKind(line.text).slice(0, 300);
  }
  return null;
}

/**
 * A government body's name on a cover ("New Zealand Ministry of Foreign Affairs and Trade", "U.S. Department of State
 * Bureau of Population, Refugees, and Migration"): who commissioned the report, never its title.
 */
const GOVERNMENT_BODY = /^(?:\S+\s+){0,4}(?:ministry|minist[èe]re|ministerio|department|d[ée]partement|departamento|secretar[ií]a) (?:of|for|de|du|des|del)\s/i;

/** The document's first top heading near its top, when it is no chapter's and the document is about an evaluation. */
function topHeadingTitle(text: string, headings: readonly CoverHeading[]): string | null {
  const top = text.slice(0, 800);
  // Letter-spaced capitals ("I E G P R É C I S · P R O J E C T P E R F O R M A N C E A S S E S S M E N T") keep no
  // word boundaries: their letters are searched for the words.
  const spaced = [...top.matchAll(/(?<![\p{L}])\p{Lu}(?: \p{Lu}(?![\p{L}])){3,}/gu)].map((run) => fold(run[0].replace(/ /g, '')));
  if (!EVALUATION_WORDS.test(fold(top)) && !spaced.some((run) => /evaluation|evaluacion|assessment|review|revue/.test(run))) return null;
  const first = headings.find(
    (heading) =>
      heading.level === 1 &&
      heading.start < 1500 &&
      !isChapterHeading(heading.text) &&
      !FRONT_MATTER.test(fold(clean(heading.text)).toLowerCase()) &&
      !isRunningHeader(text, heading.text) &&
      !isKicker(clean(heading.text)) &&
      !GOVERNMENT_BODY.test(clean(heading.text)),
  );
  const words = first ? clean(first.text).split(/\s+/).length : 0;
  // Not a sentence cut short or announcing a list ("Les idées principales … sont:", "… mettent en évidence la nécessi…").
  return first && words >= 3 && words <= 30 && !/[:…]\s*$|\.\.\.\s*$/.test(first.text.trim()) ? trimKind(clean(first.text)) : null;
}

/**
 * A product line printed above a brief's title, in capitals: its series and kind only ("IEG PRÉCIS · PROJECT
 * PERFORMANCE ASSESSMENT", "EVALUATION BRIEF", « NOTE D'ÉVALUATION »), acronyms and kind words, nothing of a subject.
 */
function isKicker(segment: string): boolean {
  const words = segment.split(/[\s·•|/–—-]+/).filter(Boolean);
  if (words.length === 0 || words.some((word) => /\p{Ll}/u.test(word))) return false;
  // "IMPACT EVALUATION | PERFORMANCE EVALUATION | STRATEGY, PERFORMANCE & CAPACITY BUILDING": a firm's services set
  // apart by bars on its cover, three short parts or more.
  const parts = segment.split(/\s+[|·•]\s+/);
  if (parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 5)) return true;
  // Set apart by a separator, or naming a product ("EVALUATION BRIEF"): a title in capitals runs on ("INFORME FINAL
  // EVALUACIÓN DE DISEÑO"), a report's kind ("RAPPORT D'ÉVALUATION") opens the title under it.
  if (!/[·•|]/.test(segment) && !(words.length <= 3 && /\b(?:pr[ée]cis|briefs?|notes?|highlights|insights|series|s[ée]rie)\b/i.test(segment))) return false;
  return words.every(
    (word) =>
      /^\p{Lu}{2,4}$/u.test(word) ||
      KICKER_WORDS.has(
        fold(word)
          .toLowerCase()
          .replace(/^(?:d|l)'/, ''),
      ),
  );
}

const KICKER_WORDS = new Set(
  (
    'precis brief briefs note notes summary synthesis highlights insights learning project projet proyecto programme program programa ' +
    'country pays pais thematic thematique tematica performance desempeno assessment evaluation evaluacion review revue impact ' +
    'final finale mid-term interim completion validation report rapport informe series serie de du des la el of and et y'
  ).split(' '),
);

/** A report's kind that makes a cover line a title's: "final report", « rapport d'achèvement », "informe de terminación". */
const REPORT_KIND =
  /\b(?:final report|rapport final|informe final|completion report|project completion|rapport d'achevement|informe de terminacion|informe de cierre)\b/;

/** An evaluation office's name: "Independent Evaluation Office", « Bureau indépendant de l'évaluation du FIDA », "Oficina de Evaluación". */
const EVALUATION_OFFICE =
  /^(?:the )?(?:independent )?(?:evaluation )?(?:office|bureau|oficina|unit|unite|unidad|department|departement|departamento|division|direction|direccion|group|groupe|grupo|service|servicio)\b(?: (?:independant|independiente|independent|de la|de l'?|del|de|of|for|d'))*\s*(?:independent |independiente )?(?:evaluation|evaluacion)\b(?!.*\b(?:of the|du projet|de la evaluacion del|del proyecto|du programme|del programa)\b)/;
/**
 * An organisation's evaluation unit named with the evaluation first ("Evaluation Unit", "Independent Evaluation Office",
 * "Technische Zusammenarbeit (GTZ) GmbH Evaluation Unit", a cover's producer line): the line ends on the unit, holds no
 * "of" (a title about the office: "Review of the Evaluation Office") and is short. Folded, lower case.
 */
const EVALUATION_UNIT_LAST =
  /^(?!.*\b(?:of|de|du|del|des)\s)(?:\S+\s+){0,6}(?:evaluation|evaluacion) (?:office|unit|department|division|section|service|group|directorate)$/;

/** A line that only names an evaluation office ("Office of Evaluation", "Evaluation Unit", « Bureau indépendant de l'évaluation »). */
function isEvaluationOffice(line: string): boolean {
  const folded = fold(line).toLowerCase();
  return EVALUATION_OFFICE.test(folded) || EVALUATION_UNIT_LAST.test(folded);
}

/** A series line: "EVALUATION BRIEF | No. 14 | November 2022", "Evaluation Series No. 12". */
const SERIES_LINE =
  /\b(?:series|serie|série|brief|briefs|note|notes|paper|papers|bulletin|insights?|issue)\b[^.]{0,20}\b(?:no|n°|nº|num(?:ero|ber)?)\.?\s*\d{1,4}\b|\s\|\s*(?:no|n°|nº|issue|vol)\.?\s*\d/i;

/**
 * A series named on a cover ("Série Evaluation et capitalisation", AFD's ExPost; "Serie Estudios y Perspectivas",
 * "Evaluation Report Series"): a few words opening or ending with the series, not a subject ("Serie de evaluaciones del
 * programa …" names one).
 */
const SERIES_NAME =
  /^(?:s[ée]rie|series|collection|colecci[óo]n)\b(?!\s+(?:of|de|d'|des|del|on|sur|sobre)\s+\p{Ll})(?:\s+\S+){0,5}$|^(?!.*\b(?:of|de|du|des|del|on)\s)(?:\S+\s+){0,5}(?:s[ée]rie|series)$/iu;

/** A series line, numbered ("EVALUATION BRIEF | No. 14 | November 2022") or named ("Série Evaluation et capitalisation"). */
function isSeriesLine(line: string): boolean {
  return SERIES_LINE.test(line) || SERIES_NAME.test(line.trim());
}

/**
 * A chapter's heading, not a title: numbered ("3. APPRÉCIATION SELON LES CRITÈRES D'ÉVALUATION", "III.
 * EVALUATION OF PERFORMANCE") or a part of the report ("Résumé de l'évaluation", "Hallazgos de la evaluación").
 */
function isChapterHeading(heading: string): boolean {
  const folded = fold(clean(heading)).toLowerCase();
  // "3. …", "3.2 …", "III. …"; not "25 Years of Community Forestry", "10 Million Trees".
  if (/^(?:\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[ivxl]{1,5}[.)])\s+\S/.test(folded)) return true;
  if (isLetteredPart(folded)) return true;
  // "Résumé de l'évaluation", "Hallazgos de la evaluación", « Les constats principaux de l'évaluation »; not "Summary of
  // the Evaluation of the Youth Employment Project".
  const bare = folded.replace(/^(?:les|le|la|l'|the|los|las|el)\s*/, '');
  return (CHAPTER_WORDS.test(bare) && folded.split(/\s+/).length <= 5) || CRITERION_ASSESSMENT.test(folded);
}

/**
 * The assessment of one evaluation criterion, a chapter's or a scoring form's heading (« Évaluation de la PERTINENCE : note
 * totale », "Assessment of effectiveness", "Valoración de la sostenibilidad"), folded: never the title. A study of one
 * criterion names its subject after it (« Évaluation de l'efficacité de l'aide au Mali »).
 */
const CRITERION_ASSESSMENT =
  /^(?:evaluation|appreciation|analyse|assessment|analysis|evaluacion|valoracion|analisis) (?:de la |de l'|du |de |of the |of )?(?:pertinence|relevance|pertinencia|efficacite|effectiveness|eficacia|efficience|efficiency|eficiencia|durabilite|viabilite|sustainability|sostenibilidad|coherence|coherencia)(?:\s*:(?:\s+\S+){0,4})?$/;

/**
 * A part lettered instead of numbered ("A. RESUMEN EJECUTIVO", "B. Conclusions", a World Bank report's parts): a letter
 * and a part's bare name. Not "A. Smith" or "A Review of …" (no point, or no part's name).
 */
function isLetteredPart(folded: string): boolean {
  const part = /^[a-h][.)]\s+(.+)$/.exec(folded)?.[1];
  return part !== undefined && isPartName(part);
}

/** A part's bare name and its joiners only ("executive summary and key recommendations", « conclusions et enseignements tirés »). */
function isPartName(folded: string): boolean {
  if (!CHAPTER_WORDS.test(folded)) return false;
  return folded
    .replace(/[:.,;]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => CHAPTER_NAME_WORD.test(word));
}

/**
 * A chapter's heading that ends a cover's title lines: numbered ("2. Findings") or a part's bare name
 * ("RECOMMENDATIONS", "Lessons learned", « Résumé de l'évaluation »); not a title's line that starts with such a word
 * ("LESSONS FROM CASH TRANSFERS", "ANALYSIS OF GENDER MAINSTREAMING", "CONTEXTO Y RESULTADOS DEL PROGRAMA").
 */
function isChapterBreak(line: string): boolean {
  const folded = fold(clean(line)).toLowerCase();
  if (/^(?:\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[ivxl]{1,5}[.)])\s+\S/.test(folded)) return true;
  // "EXECUTIVE SUMMARY AND KEY RECOMMENDATIONS", « CONCLUSIONS ET ENSEIGNEMENTS TIRÉS »: parts' names and their joiners only.
  return isLetteredPart(folded) || isPartName(folded);
}

/** The words of a part's bare name (folded, lower case): "learned", "of the evaluation", "and key recommendations". */
const CHAPTER_NAME_WORD =
  /^(?:and|et|y|&|of|the|de|la|l'evaluation|d'evaluation|evaluation|evaluacion|del|des|les|du|key|main|principa(?:l|les|ux)|cles?|clave|executive|summary|resume|executif|analytique|resumen|ejecutivo|synthese|sintesis|report|rapport|informe|lessons?|learned|learnt|lecons?|apprises|tire(?:e|es|s)?|enseignements?|table|tabla|contents|matieres|sommaire|indice|contenidos?|lecciones|aprendidas|recommendations?|recommandations?|recomendaciones|conclusions?|conclusiones|findings?|constats?|hallazgos|introduction|introduccion|background|contexte|contexto|methodology|methodologie|metodologia|good|practices?|bonnes?|pratiques?|buenas|practicas|annex(?:es)?|annexe?s?|anexos?|appendix|appreciation|analysis|analyse|analisis)$/;

/** Headings of a report's front matter, and a web page's banner left in its text ("IOE ASSET BANNER"): never its title. */
const FRONT_MATTER =
  /^(?:[a-z ]{0,40}banner$|acknowledg|acronyms|abbreviations|list of|table of contents|table des matieres|tabla de contenido|sommaire\b|indice(?: de contenidos?| general)?$|contents|foreword|preface|disclaimer|key messages|messages cles|mensajes clave|remerciements|sigles|abreviations|avant-propos|agradecimientos|siglas|acronimos|prologo|presentacion|about this|a propos|acerca de|executive summary|summary|resume|resumen)/;

/** Words that open the heading of a report's part. */
const CHAPTER_WORDS =
  /^(?:(?:main|key|major|principa(?:l|les|ux)) (?:conclusions?|conclusiones|recommendations?|recommandations?|recomendaciones|lessons|lecons|lecciones|enseignements)|(?:detailed )?responses? to (?:the )?(?:evaluation )?recommendations|evaluation recommendations?|reponses? (?:detaillees? )?aux recommandations|respuestas? (?:detalladas? )?a las recomendaciones|executive summary|summary|resume(?: executif| analytique)?|resumen(?: ejecutivo)?|synthese|sintesis|findings|key findings|main findings|constats|principaux constats|hallazgos|principales hallazgos|conclusions?|conclusiones|recommendations?|recommandations?|recomendaciones|lessons|lecons|enseignements|lecciones|introduction|introduccion|methodology|methodologie|metodologia|annex|annexe|anexo|appendix|table of contents|table des matieres|tabla de contenidos?|sommaire|indice|contents|appreciation|analysis|analyse|analisis|background|contexte|contexto|purpose|scope|objectives?|objet|objectifs?|objetivos?|alcance|limitations|limites|limitaciones)\b/;

/**
 * Timing and mode the top of a cover states when the title does not: "FINAL REPORT" or
 * "Informe final" printed alone (a final evaluation), « ÉVALUATIONS A POSTERIORI DES PROJETS … »,
 * "Evaluación independiente realizada por …".
 */
export function coverEvaluationKind(text: string): Pick<EvaluationKind, 'timing' | 'mode'> {
  let timing: EvaluationTiming | null = null;
  let mode: EvaluationMode | null = null;
  for (const line of coverLines(text).slice(0, 20)) {
    const folded = fold(line.text);
    if (KIND_ONLY.test(folded) && /\bfina?l?e?\b/.test(folded) && !/\bannual\b/.test(folded)) timing ??= 'FINAL';
    if (!EVALUATION_WORDS.test(folded) || folded.length > 400) continue;
    // "… – Final Report [PDF]": the report is final, not the evaluation.
    const kind = classifyEvaluationKind(line.text.replace(/\b(?:final report|rapport final|informe final)\b/gi, ' '), 'value');
    timing ??= kind.timing;
    mode ??= kind.mode;
  }
  return { timing, mode };
}

/** The date printed alone on the cover ("NOVEMBER 2019", "May 15, 2020"), as YYYY-MM; null when none. */
export function findCoverDate(text: string): string | null {
  let afterModified = false;
  for (const line of coverLines(text)) {
    // A web page's "Date modified:" and the date under it are chrome, not the report's date.
    const modified = /date modified|fecha de modificacion|date de modification|derniere mise a jour|last updated/.test(fold(line.text));
    const skip = modified || afterModified;
    afterModified = modified && !parseDate(line.text.replace(/^[^:]*:/, ''));
    if (skip) continue;
    const date = parseDate(line.text);
    if (date && date.length >= 7) return date.slice(0, 7);
    // "Date: 27 Janvier 2015 Executive Summary in English", "San José Noviembre 2004".
    const labelled = /^(?:date|fecha|dated)\s*:\s*/i.exec(line.text);
    const spans = findDates(line.text);
    if (labelled && spans[0] && spans[0].start <= labelled[0].length + 1) return spans[0].date.slice(0, 7);
    const last = spans[spans.length - 1];
    if (last && line.text.split(/\s+/).length <= 8 && /^[\s.,;)]*$/.test(line.text.slice(last.end))) return last.date.slice(0, 7);
  }
  return null;
}

/** Kinds of document a title announces, strongest first. */
const KIND_SIGNALS: Array<[DocumentKind, RegExp]> = [
  [
    'MANAGEMENT_RESPONSE',
    /\b(?:management response|reponse de (?:la (?:direction|gestion|administration)|l'administration)|respuesta de la (?:gerencia|administracion|direccion))\b/,
  ],
  ['LESSON_RECORDS', /\b(?:lessons? learned records?|fiches? de lecons?)\b/],
  ['BRIEF', /\b(?:evaluation brief|brief|note d'evaluation|note de synthese|nota de evaluacion|nota informativa)\b/],
  [
    'SUMMARY',
    /\b(?:summary of|evaluation summary|summary report|results at a glance|at a glance|highlights|faits saillants|resume de l'evaluation|synthese de l'evaluation|resumen de la evaluacion|formato para la difusion de los resultados)\b/,
  ],
  [
    'REPORT',
    // Lenders' completion reports and their reviews (the World Bank's ICR and IEG's ICR Review, AfDB's « rapport
    // d'achèvement », IDB's « informe de terminación ») are reports too.
    /\b(?:evaluation report|final report|assessment report|rapport (?:final|d'evaluation)|informe (?:final|de evaluacion)|completion (?:and results )?report|validation report|review report|rapport d'achevement|rapport de fin d'execution|informe de terminacion)\b/,
  ],
];
/** Names of forms and document types printed at the top of a page rather than in its title. */
const TOP_SIGNALS: Array<[DocumentKind, RegExp]> = [
  ['SUMMARY', /\bformato para la difusion de los resultados\b/],
  // Not a registry's field that only says whether there is one ("Management Response: Yes" on an evaluation's page).
  ['MANAGEMENT_RESPONSE', /^(?:management response|reponse de (?:la direction|l'administration)|respuesta de la gerencia)\b(?!\s*:\s*(?:yes|no|oui|non|si)\b)/],
  ['BRIEF', /^(?:evaluation brief|note d'evaluation)\b/],
  ['REPORT', /^(?:rapport d'evaluation|evaluation report|informe de evaluacion|rapport final d'evaluation|final evaluation report)$/],
  // i-eval Discovery's record pages open with the record's kind.
  ['LESSON_RECORDS', /^(?:good practice|lesson learned|lessons learned|bonne pratique|lecon apprise|buena practica|leccion aprendida)s?$/],
];

/**
 * What kind of document the title (and a form name at the very top) announces: "Results at a
 * Glance", "Summary of the Evaluation of …" and the CONAC "Formato para la difusión de los
 * resultados" are summaries, "Evaluation brief" a brief, "Management response" a management
 * response, "Final report", "Evaluation of …" a report. Strongest first; empty when nothing says.
 */
export function documentKindHints(title: string | null, text: string): DocumentKind[] {
  const hints: DocumentKind[] = [];
  const folded = title ? fold(title) : '';
  for (const [kind, pattern] of KIND_SIGNALS) if (folded && pattern.test(folded) && !hints.includes(kind)) hints.push(kind);
  for (const line of coverLines(text).slice(0, 5)) {
    for (const [kind, pattern] of TOP_SIGNALS) if (pattern.test(fold(line.text)) && !hints.includes(kind)) hints.unshift(kind);
  }
  return hints;
}

/** What an evaluation's type, timing and mode are, from a "Type of evaluation" value or a title. */
export interface EvaluationKind {
  type: string | null;
  timing: EvaluationTiming | null;
  mode: EvaluationMode | null;
}

/** Types named in values and titles, folded; specific before general. */
const TYPES: Array<[string, RegExp, boolean]> = [
  // [type, pattern, read in titles too]
  ['CONSISTENCY_AND_RESULTS', /\b(?:consistencia y resultados|consistency and results)\b/, true],
  ['DESIGN', /\b(?:design|diseno|conception)\b/, true],
  ['PROCESS', /\b(?:process|procesos|processus)\b/, true],
  ['IMPACT', /\b(?:impact|impacto)\b/, true],
  ['PERFORMANCE', /\b(?:performance|desempeno)\b/, true],
  ['THEMATIC', /\b(?:thematic|thematique|tematica|tematico)\b/, true],
  ['COUNTRY_PROGRAMME', /\b(?:country programme|country program|programme pays|programa (?:de )?pais|dwcp)\b/, true],
  ['STRATEGY', /\b(?:strategic|strategy|strategique|estrategica|estrategico)\b/, true],
  ['POLICY', /\b(?:policy|politique|politica)\b/, true],
  ['CLUSTER', /\b(?:cluster|groupee|agrupada)\b/, true],
  ['CENTRALIZED', /\b(?:centrali[sz]ed|centralisee|centralizada)\b/, false],
  ['DECENTRALIZED', /\b(?:decentrali[sz]ed|decentralisee|descentralizada)\b/, false],
  ['PROJECT', /\b(?:project|projet|proyecto)\b/, false],
  ['PROGRAMME', /\b(?:programme|program|programa)\b/, false],
];

/**
 * Type, timing and mode from a value such as "Final Independent", "Midterm, independent",
 * "Diseño.", "Centralized evaluation (theory-based)", or from a title ("Final Performance
 * Evaluation of …", "Evaluación de Diseño …"). From a title only the specific types are read
 * (a title naming "the project" does not make a project evaluation).
 */
export function classifyEvaluationKind(written: string, from: 'value' | 'title'): EvaluationKind {
  const folded = fold(written);
  let timing: EvaluationTiming | null = null;
  if (/\b(?:mid-?\s?term|midterm|mi-?\s?parcours|intermedia|de medio termino|de mitad de periodo)\b/.test(folded)) timing = 'MIDTERM';
  else if (/\bex-?\s?post\b|\ba posteriori\b/.test(folded)) timing = 'EX_POST';
  else if (/\b(?:final|finale)\b/.test(folded)) timing = 'FINAL';
  else if (/\b(?:interim|intermediaire)\b/.test(folded)) timing = 'INTERIM';
  let mode: EvaluationMode | null = null;
  if (/\b(?:independent|independante?|independiente)\b/.test(folded)) mode = 'INDEPENDENT';
  else if (/\b(?:self|auto-?\s?evaluation|autoevaluacion)\b/.test(folded)) mode = 'SELF';
  else if (/\b(?:joint|conjointe?|conjunta)\b/.test(folded)) mode = 'JOINT';
  else if (/\b(?:internal|interne|interna)\b/.test(folded)) mode = 'INTERNAL';
  let type: string | null = null;
  // In a title, a type qualifies the evaluation word ("Final Performance Evaluation", "Evaluación de Diseño"), not the subject.
  const word = /\b(?:evaluation|evaluacion|assessment|review)\b/.exec(folded);
  const scope = from === 'value' ? folded : word ? folded.slice(Math.max(0, word.index - 40), word.index + word[0].length + 60) : '';
  for (const [name, pattern, inTitles] of TYPES) {
    if (from === 'title' && !inTitles) continue;
    if (pattern.test(scope)) {
      type = name;
      break;
    }
  }
  return { type, timing, mode };
}
