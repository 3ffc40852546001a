/**
 * The ILO i-eval Discovery evaluation summary ("INFORMATIONS RAPIDES" / "QUICK FACTS" /
 * "DATOS RÁPIDOS"): quick facts as `**Label:** value` lines, then background, main findings
 * (bold headline + explanation), and recommendations (by addressee), lessons learned and good
 * practices. Pure: text in, raw strings with offsets out; reference data is applied later.
 *
 * The labels are tables per language below; a document is matched against all of them,
 * because converted summaries mix languages (French body, English field values).
 */
import type { Budget, EvaluationMode, EvaluationTiming, InsightKind, YearMonth } from '../../model/records.js';
import { foldForMatch } from '../normalise.js';
import { type Block, cleanInline, splitBoldLead, splitEnumeration, stripItemMarker } from '../text-cleanup.js';
import { type RawInsight, locateItems } from './raw-insight.js';
import { isRecommendationFieldLine } from './recommendation-fields.js';

export type SummaryLanguage = 'fr' | 'en' | 'es';

/** The quick-facts fields of the template. `timingWithDate` is the English/Spanish "Final evaluation: 06/2020". */
export type FactField =
  | 'countries'
  | 'completionDate'
  | 'approvalDate'
  | 'type'
  | 'timing'
  | 'timingWithDate'
  | 'mode'
  | 'administrativeOffice'
  | 'technicalOffice'
  | 'manager'
  | 'evaluators'
  | 'projectCode'
  | 'projectTitle'
  | 'donorsBudget'
  | 'keywords';

/** The sections of the template. */
export type SummaryZone =
  | 'quickFacts'
  | 'background'
  | 'projectSummary'
  | 'situation'
  | 'purpose'
  | 'methodology'
  | 'findings'
  | 'recommendationsContainer'
  | 'recommendations'
  | 'lessons'
  | 'goodPractices';

export interface TemplateLabels {
  /** Quick-facts labels (folded: lower case, no accents), tried in order. */
  facts: Array<[FactField, RegExp]>;
  /** Section headings (folded), tried in order: the first match wins. */
  sections: Array<[SummaryZone, RegExp]>;
  /** Outcome lines in the project summary ("Résultat 1 :"). */
  outcome: RegExp;
  /** The sentence that states the overall objective. */
  objective: RegExp;
  /** Words that introduce the list of implementing partners. */
  partnership: RegExp;
  /** Form placeholders that stand where a value was never typed. */
  placeholder: RegExp;
}

/** Labels of the French template (the seed). */
const FR: TemplateLabels = {
  facts: [
    ['countries', /^pays$/],
    ['completionDate', /^date a laquelle l'evaluation a ete completee|^date d'achevement|^date de fin/],
    ['approvalDate', /^date a laquelle l'evaluation a ete approuvee|^date d'approbation/],
    ['type', /^type d'evaluation$/],
    ['timingWithDate', /^evaluation (finale|a mi-parcours|mi-parcours|intermediaire|ex-post)$/],
    ['timing', /^(horaire|calendrier|moment|phase) d'evaluation$|^horaire de l'evaluation$/],
    ['mode', /^mode d'evaluation$/],
    ['administrativeOffice', /^bureau administratif$/],
    ['technicalOffice', /^bureau technique$/],
    ['manager', /^gestion(naire)? (d'|de l')evaluation$|^responsable de l'evaluation$/],
    ['evaluators', /^nom\(s\) de(s)? l?'?evaluateur|^evaluateur\(?s\)?|^consultant\(?s\)?/],
    ['projectCode', /^code du proje(c)?t$/],
    ['projectTitle', /^titre du projet$/],
    ['donorsBudget', /^donateur\(?s\)?\s*(&|et)\s*budget|^bailleur\(?s\)?\s*(&|et)\s*budget/],
    ['keywords', /^mots[- ]cles$/],
  ],
  sections: [
    ['quickFacts', /^informations rapides$/],
    ['recommendationsContainer', /^recommandations,? (et )?lecons/],
    ['background', /^contexte$|^contexte (et|&) /],
    ['projectSummary', /^resume du but/],
    ['situation', /^situation actuelle/],
    ['purpose', /^but, destinataire|^but et portee/],
    ['methodology', /^methodologie/],
    ['findings', /^(resultats principaux|principaux resultats|principales constatations|constatations)/],
    ['lessons', /^(principales )?lecons apprises/],
    ['goodPractices', /^(principales )?bonnes pratiques/],
    ['recommendations', /^(principales )?recommandations/],
  ],
  outcome: /^(?:resultat|objectif immediat|effet)\s*(?:intermediaire\s*)?\d{1,2}\s*:/,
  objective: /^(l'objectif (global|general|de developpement|principal)|l'objectif du projet)/,
  partnership: /\b(?:partenariat entre|partenariat avec|en partenariat avec|en collaboration avec|mis en (?:oeuvre|œuvre) par)\s+/i,
  placeholder: /^cliquez ici|^entrez|^saisissez|^n\/?a$|^-+$/,
};

/** Labels of the English template. */
const EN: TemplateLabels = {
  facts: [
    ['countries', /^countr(y|ies)$|^country\(ies\)$/],
    ['timingWithDate', /^(final|mid-?term|interim|ex-?post) evaluation$/],
    ['completionDate', /^date of completion|^completion date|^date the evaluation was completed|^date when the evaluation was completed/],
    ['approvalDate', /^date of approval|^approval date|^date the evaluation was approved|^date when the evaluation was approved/],
    ['type', /^(evaluation type|type of evaluation)$/],
    ['timing', /^(evaluation timing|timing of evaluation)$/],
    ['mode', /^evaluation mode$|^mode of evaluation$/],
    ['administrativeOffice', /^administrative office$/],
    ['technicalOffice', /^technical office$|^technical backstopping office$/],
    ['manager', /^evaluation manager$/],
    ['evaluators', /^evaluation consultant\(?s\)?$|^evaluator\(?s\)?$|^name\(s\) of (the )?evaluator/],
    ['projectCode', /^project code$/],
    ['projectTitle', /^project title$/],
    ['donorsBudget', /^donor\(?s\)?\s*(&|and)\s*budget$/],
    ['keywords', /^key ?words?$/],
  ],
  sections: [
    ['quickFacts', /^quick facts$/],
    ['recommendationsContainer', /^recommendations,? (and )?lessons/],
    ['background', /^background( & | and )context$|^background$/],
    ['projectSummary', /^summary of the project/],
    ['situation', /^present situation|^current situation/],
    ['purpose', /^purpose, scope/],
    ['methodology', /^methodology/],
    ['findings', /^(main |key )?findings/],
    ['lessons', /^(main |important |key )?lessons learn/],
    ['goodPractices', /^(main |important |key |emerging )?good practices?/],
    ['recommendations', /^(main |key )?recommendations/],
  ],
  outcome: /^(?:outcome|immediate objective|intermediate outcome|result)\s*\d{1,2}\s*:/,
  objective: /^(the (overall|development|general|main) objective|the objective of the project|the project'?s? (overall )?objective)/,
  partnership: /\b(?:partnership (?:between|with|of)|in partnership with|implemented by|in collaboration with)\s+/i,
  placeholder: /^click (here|or tap)|^enter a date|^n\/?a$|^-+$/,
};

/** Labels of the Spanish template. */
const ES: TemplateLabels = {
  facts: [
    ['countries', /^pais(\(es\)|es)?$/],
    ['timingWithDate', /^evaluacion (final|intermedia|de medio termino|de mitad de periodo|ex-?post)$/],
    ['completionDate', /^fecha de (finalizacion|conclusion)/],
    ['approvalDate', /^fecha de aprobacion/],
    ['type', /^tipo de (la )?evaluacion$/],
    ['timing', /^(momento|calendario) de (la )?evaluacion$/],
    ['mode', /^modo de (la )?evaluacion$|^modalidad de (la )?evaluacion$/],
    ['administrativeOffice', /^oficina administrativa$/],
    ['technicalOffice', /^oficina tecnica$/],
    ['manager', /^(gerente|responsable|gestor|gestora) de (la )?evaluacion$/],
    ['evaluators', /^consultor(\(es\)|es|a|as)?( de (la )?evaluacion)?$|^evaluador(\(es\)|es|a)?$/],
    ['projectCode', /^codigo del proyecto$/],
    ['projectTitle', /^titulo del proyecto$/],
    ['donorsBudget', /^donante\(?s\)?\s*(y|&)\s*presupuesto$/],
    ['keywords', /^palabras?[- ]clave$/],
  ],
  sections: [
    ['quickFacts', /^datos rapidos$/],
    ['recommendationsContainer', /^recomendaciones,? (y )?lecciones/],
    ['background', /^antecedentes( y contexto)?$/],
    ['projectSummary', /^resumen del proposito/],
    ['situation', /^situacion actual/],
    ['purpose', /^proposito, alcance/],
    ['methodology', /^metodologia/],
    ['findings', /^(principales hallazgos|hallazgos principales|hallazgos)/],
    ['lessons', /^(principales )?lecciones aprendidas/],
    ['goodPractices', /^(principales )?buenas practicas/],
    ['recommendations', /^(principales )?recomendaciones/],
  ],
  outcome: /^(?:resultado|objetivo inmediato|efecto)\s*(?:intermedio\s*)?\d{1,2}\s*:/,
  objective: /^(el objetivo (general|global|de desarrollo|principal)|el objetivo del proyecto)/,
  partnership: /\b(?:alianza entre|asociacion entre|asociación entre|en colaboracion con|en colaboración con|implementado por|ejecutado por)\s+/i,
  placeholder: /^haga clic|^haz clic|^escriba|^n\/?a$|^-+$/,
};

/** The template's labels per language (documentation and tests; matching tries all three). */
export const SUMMARY_LABELS: Readonly<Record<SummaryLanguage, TemplateLabels>> = { fr: FR, en: EN, es: ES };
const ALL_LABELS = [FR, EN, ES];

function foldLabel(text: string): string {
  return foldForMatch(text).replace(/[\s:.]+$/, '');
}

/** The section a heading names, in any of the three languages; null when it names none. */
export function classifyHeading(text: string): SummaryZone | null {
  const folded = foldLabel(text);
  if (!folded || folded.length > 120) return null;
  for (const labels of ALL_LABELS) for (const [zone, pattern] of labels.sections) if (pattern.test(folded)) return zone;
  return null;
}

/** The quick-facts field a label names, or null. */
export function classifyFactLabel(label: string): FactField | null {
  const folded = foldLabel(label);
  if (!folded || folded.length > 90) return null;
  for (const labels of ALL_LABELS) for (const [field, pattern] of labels.facts) if (pattern.test(folded)) return field;
  return null;
}

/** True when the value is a form placeholder ("Cliquez ici pour entrer la date"), i.e. no value. */
export function isPlaceholder(value: string): boolean {
  const folded = foldLabel(value);
  return folded === '' || ALL_LABELS.some((labels) => labels.placeholder.test(folded));
}

/** How strongly a text looks like an i-eval summary: the number of distinct quick-facts labels and template headings. */
export function scoreIloSummary(blocks: Block[]): number {
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'label' || block.bold) {
      const zone = classifyHeading(block.text);
      if (zone) seen.add(`zone:${zone}`);
    }
    if (block.kind === 'paragraph' || block.kind === 'label') {
      for (const fact of splitFacts(block)) {
        const field = classifyFactLabel(fact.label);
        if (field) seen.add(`fact:${field}`);
      }
    }
  }
  const facts = [...seen].filter((key) => key.startsWith('fact:')).length;
  return seen.has('zone:quickFacts') ? seen.size + 3 : facts >= 3 ? seen.size : 0;
}

const INLINE_FACT_LABEL = /(?:\*\*|\*|<b>|<strong>)([^*<]{2,120}?)(?:\*\*|\*|<\/b>|<\/strong>)\s*:?\s*/gi;

/**
 * Every fact of a quick-facts paragraph. Usually one; converters sometimes run two lines
 * together ("...US$ 3.200.000 *Palabras clave:* ..."), so an emphasised label that names a
 * fact starts a new one wherever it sits.
 */
function splitFacts(block: Block): Array<{ label: string; value: string }> {
  const labels = [...block.raw.matchAll(INLINE_FACT_LABEL)].filter((match) => match.index === block.raw.search(/\S/) || classifyFactLabel(cleanInline(match[1]!)) !== null);
  if (labels.length > 0 && labels[0]!.index === block.raw.search(/\S/)) {
    return labels.map((match, position) => {
      const valueEnd = position + 1 < labels.length ? labels[position + 1]!.index : block.raw.length;
      return { label: cleanInline(match[1]!).replace(/\s*:$/, ''), value: cleanInline(block.raw.slice(match.index! + match[0].length, valueEnd)) };
    });
  }
  const colon = block.text.indexOf(':');
  if (colon <= 1 || colon > 100) return [];
  return [{ label: block.text.slice(0, colon).trim(), value: block.text.slice(colon + 1).trim() }];
}

export interface FactValue {
  value: string;
  start: number;
  end: number;
}

/** What the summary template yields before reference data is applied. */
export interface SummaryParse {
  /** Title from the `## < ... >` heading (or the project-title fact). */
  title: string | null;
  facts: Partial<Record<FactField, FactValue>>;
  timingLabel: string | null;
  /** The paragraphs of the project summary (objective, outcomes, strategy), clean. */
  projectSummary: string[];
  objective: string | null;
  outcomes: string[];
  insights: RawInsight[];
  /** Clean texts of the footnotes, kept apart: a footnote is never part of an insight. */
  footnotes: string[];
  warnings: string[];
}

interface OpenItem {
  kind: InsightKind;
  headline: string | null;
  paragraphs: string[];
  section: string;
  start: number;
  end: number;
  addressee: string | null;
}

/** A paragraph that only introduces what follows ("Les principales leçons sont :"). */
function isIntroduction(text: string): boolean {
  return /:\s*$/.test(text) && text.split(/\s+/).length <= 25;
}

/**
 * Parses an i-eval summary from its blocks. Never throws: missing sections give warnings.
 */
export function parseIloSummary(blocks: Block[], fullText: string): SummaryParse {
  const parse: SummaryParse = { title: null, facts: {}, timingLabel: null, projectSummary: [], objective: null, outcomes: [], insights: [], footnotes: [], warnings: [] };
  // Assigned inside closures too: widen explicitly so TypeScript does not narrow it to 'preamble'.
  let zone = 'preamble' as SummaryZone | 'preamble' | 'other';
  let sectionName = '';
  let addressee: string | null = null;
  let containerLevel = 0;
  let pendingHeadline = null as { text: string; start: number } | null;
  let pendingFactLabel: { field: FactField; start: number } | null = null;
  let open = null as OpenItem | null;
  const findingIntro: Block[] = [];
  let findingsWithHeadline = 0;
  let findingsSection = '';
  const ordinals = new Map<string, number>();
  const zonesSeen = new Set<string>();

  const close = (): void => {
    if (!open) return;
    const item = open;
    open = null;
    if (item.paragraphs.length === 0 && !item.headline) return;
    const key = `${item.kind}|${item.section}`;
    const ordinal = (ordinals.get(key) ?? 0) + 1;
    ordinals.set(key, ordinal);
    parse.insights.push({
      kind: item.kind,
      headline: item.headline,
      text: item.paragraphs.length > 0 ? item.paragraphs.join('\n\n') : item.headline ?? '',
      section: item.section,
      start: item.start,
      end: item.end,
      ordinal,
      addressee: item.addressee,
      fields: null,
    });
  };

  const kindOfZone = (current: typeof zone): InsightKind | null =>
    current === 'findings' ? 'FINDING' : current === 'recommendations' || current === 'recommendationsContainer' ? 'RECOMMENDATION' : current === 'lessons' ? 'LESSON_LEARNED' : current === 'goodPractices' ? 'GOOD_PRACTICE' : null;

  const enterZone = (next: SummaryZone, name: string, level: number | null): void => {
    close();
    zone = next;
    zonesSeen.add(next === 'recommendationsContainer' ? 'recommendations' : next);
    if (next === 'findings') findingsSection = name;
    sectionName = name;
    addressee = null;
    pendingHeadline = null;
    // Addressees are the headings below the recommendations heading; a bold line or row label keeps the level.
    if ((next === 'recommendationsContainer' || next === 'recommendations') && level !== null) containerLevel = level;
  };

  // Items of list zones: one paragraph, or several when it holds an inline enumeration.
  const addListItems = (block: Block, kind: InsightKind, text: string = block.text): void => {
    if (isIntroduction(text)) return;
    const { items } = splitEnumeration(text);
    const located = locateItems(fullText, block, items);
    for (const item of located) {
      const headline: { text: string; start: number } | null = pendingHeadline;
      pendingHeadline = null;
      open = { kind, headline: headline?.text ?? null, paragraphs: [stripItemMarker(item.text)], section: sectionName, start: headline?.start ?? item.start, end: item.end, addressee: kind === 'RECOMMENDATION' ? addressee : null };
      close();
    }
  };

  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'footnote') {
      parse.footnotes.push(block.text);
      continue;
    }
    const headingLike = block.kind === 'heading' || block.kind === 'label' || (block.bold && block.text.split(/\s+/).length <= 12);
    if (headingLike) {
      let classified = classifyHeading(block.text);
      let name = block.text;
      // A heading split over two lines ("### Principales" / "### recommandations et suivi").
      const next = blocks[index + 1];
      if (!classified && block.kind === 'heading' && next?.kind === 'heading') {
        const merged = `${block.text} ${next.text}`;
        const mergedZone = classifyHeading(merged);
        if (mergedZone) {
          classified = mergedZone;
          name = merged;
          index += 1;
        }
      }
      if (classified) {
        enterZone(classified, name, block.kind === 'heading' ? block.level : null);
        continue;
      }
    }
    if (block.kind === 'heading') {
      // The template writes its title as `## < Title >`; before it, a first heading may be the
      // organisation's name, which the bracketed title replaces.
      const bracketed = /^<\s*[\s\S]+>$/.test(block.text);
      if (zone === 'preamble' && block.level <= 2 && (parse.title === null || bracketed)) {
        parse.title = block.text.replace(/^<\s*|\s*>$/g, '').trim() || null;
        continue;
      }
      if ((zone === 'recommendations' || zone === 'recommendationsContainer') && block.level > containerLevel) {
        addressee = block.text;
        continue;
      }
      if (block.level <= 2) {
        close();
        zone = 'other';
      }
      continue;
    }

    switch (zone) {
      case 'preamble':
      case 'quickFacts':
      case 'other':
      case 'background': {
        if (block.kind === 'label') {
          const field = classifyFactLabel(block.text);
          pendingFactLabel = field ? { field, start: block.start } : null;
          continue;
        }
        if (pendingFactLabel) {
          parse.facts[pendingFactLabel.field] ??= { value: block.text, start: block.start, end: block.end };
          pendingFactLabel = null;
          continue;
        }
        let factFound = false;
        for (const fact of splitFacts(block)) {
          const field = classifyFactLabel(fact.label);
          if (!field) continue;
          factFound = true;
          if (parse.facts[field]) continue;
          parse.facts[field] = { value: fact.value, start: block.start, end: block.end };
          if (field === 'timingWithDate') parse.timingLabel = fact.label;
        }
        if (factFound) continue;
        if (zone === 'background') parse.projectSummary.push(block.text);
        continue;
      }
      case 'projectSummary':
        parse.projectSummary.push(block.text);
        continue;
      case 'situation':
      case 'purpose':
      case 'methodology':
        continue;
      case 'findings': {
        if (block.bold || block.kind === 'label') {
          close();
          findingsWithHeadline += 1;
          open = { kind: 'FINDING', headline: block.text.replace(/^[-*•]\s*/, ''), paragraphs: [], section: sectionName, start: block.start, end: block.end, addressee: null };
          continue;
        }
        // "**Relevance.** The project ...": the headline opens the paragraph.
        const lead = block.row ? null : splitBoldLead(block.raw);
        if (lead) {
          close();
          findingsWithHeadline += 1;
          open = { kind: 'FINDING', headline: lead.headline, paragraphs: [lead.rest], section: sectionName, start: block.start, end: block.end, addressee: null };
          continue;
        }
        if (open) {
          const current: OpenItem = open;
          current.paragraphs.push(block.text);
          current.end = block.end;
        } else findingIntro.push(block);
        continue;
      }
      case 'recommendations':
      case 'recommendationsContainer': {
        if (block.kind === 'label' || (block.bold && block.text.split(/\s+/).length <= 8 && !/[.;]$/.test(block.text))) {
          addressee = block.text;
          continue;
        }
        const last = parse.insights[parse.insights.length - 1];
        if (last?.kind === 'RECOMMENDATION' && isRecommendationFieldLine(block.text)) {
          // "Priority: High" on its own line belongs to the recommendation above.
          last.text = `${last.text} ${block.text}`;
          last.end = block.end;
          continue;
        }
        addListItems(block, 'RECOMMENDATION');
        continue;
      }
      case 'lessons':
      case 'goodPractices': {
        const kind = kindOfZone(zone)!;
        if (block.kind === 'label' || (block.bold && !/[.;]$/.test(block.text))) {
          pendingHeadline = { text: block.text, start: block.start };
          continue;
        }
        const lead = block.row ? null : splitBoldLead(block.raw);
        if (lead) {
          pendingHeadline = { text: lead.headline, start: block.start };
          addListItems(block, kind, lead.rest);
          continue;
        }
        addListItems(block, kind);
        continue;
      }
    }
  }
  close();

  // Findings written as plain paragraphs (no bold headlines): one finding per paragraph.
  if (findingsWithHeadline === 0 && findingIntro.length > 0) {
    findingIntro
      .filter((block) => !isIntroduction(block.text))
      .forEach((block, position) => {
        parse.insights.push({ kind: 'FINDING', headline: null, text: block.text, section: findingsSection, start: block.start, end: block.end, ordinal: position + 1, addressee: null, fields: null });
      });
  }

  const projectFacts = summariseProject(parse.projectSummary);
  parse.objective = projectFacts.objective;
  parse.outcomes = projectFacts.outcomes;

  if (!zonesSeen.has('findings')) parse.warnings.push('Template ilo-ieval-summary: no "main findings" section found.');
  if (!zonesSeen.has('recommendations')) parse.warnings.push('Template ilo-ieval-summary: no "recommendations" section found.');
  if (!zonesSeen.has('lessons')) parse.warnings.push('Template ilo-ieval-summary: no "lessons learned" section found.');
  if (!zonesSeen.has('goodPractices')) parse.warnings.push('Template ilo-ieval-summary: no "good practices" section found.');
  parse.insights.sort((a, b) => a.start - b.start);
  return parse;
}

function summariseProject(paragraphs: string[]): { objective: string | null; outcomes: string[] } {
  let objective: string | null = null;
  const outcomes: string[] = [];
  for (const paragraph of paragraphs) {
    const folded = foldLabel(paragraph);
    const outcomeLabel = ALL_LABELS.map((labels) => labels.outcome.exec(folded)).find(Boolean);
    if (outcomeLabel) {
      const colon = paragraph.indexOf(':');
      const value = paragraph.slice(colon + 1).replace(/[\s;,.]+$/, '').trim();
      if (value) outcomes.push(value);
      continue;
    }
    if (objective === null && ALL_LABELS.some((labels) => labels.objective.test(folded))) {
      const sentence = /^[\s\S]*?[.!?](?=\s+[A-ZÀ-Ý]|\s*$)/.exec(paragraph);
      objective = (sentence ? sentence[0] : paragraph).trim();
    }
  }
  return { objective, outcomes };
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

function yearMonth(year: number, month: number | null): YearMonth | null {
  if (year < 1950 || year > 2100) return null;
  if (month === null) return String(year);
  if (month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Year-month of a date as written in any of the three languages ("Décembre 2022", "06/2020",
 * "15 June 2021", "2022-12"); null for placeholders and anything without a year.
 */
export function parseYearMonth(value: string): YearMonth | null {
  if (isPlaceholder(value)) return null;
  const folded = foldLabel(value);
  let match = /\b(\d{4})-(\d{1,2})(?:-\d{1,2})?\b/.exec(folded);
  if (match) return yearMonth(Number(match[1]), Number(match[2]));
  match = /\b(?:\d{1,2}[/.-])?(\d{1,2})[/.-](\d{4})\b/.exec(folded);
  if (match) return yearMonth(Number(match[2]), Number(match[1]));
  for (const word of folded.match(/[a-z]+/g) ?? []) {
    const month = MONTHS[word];
    if (month === undefined) continue;
    const year = /\b(\d{4})\b/.exec(folded);
    if (year) return yearMonth(Number(year[1]), month);
  }
  match = /\b(\d{4})\b/.exec(folded);
  return match ? yearMonth(Number(match[1]), null) : null;
}

/** MIDTERM / FINAL / ... from a timing value or a "Final evaluation" label. */
export function parseTiming(value: string): EvaluationTiming | null {
  const folded = foldLabel(value);
  if (!folded || isPlaceholder(value)) return null;
  if (/mi-?\s?parcours|mid-?\s?term|intermedia|medio termino|mitad de periodo/.test(folded)) return 'MIDTERM';
  if (/\bfinal/.test(folded)) return 'FINAL';
  if (/interim|intermediaire/.test(folded)) return 'INTERIM';
  if (/ex-?\s?post/.test(folded)) return 'EX_POST';
  return 'OTHER';
}

/** INDEPENDENT / INTERNAL / ... from a mode value. */
export function parseMode(value: string): EvaluationMode | null {
  const folded = foldLabel(value);
  if (!folded || isPlaceholder(value)) return null;
  if (/independ/.test(folded)) return 'INDEPENDENT';
  if (/auto-?\s?evaluation|self|autoevaluacion/.test(folded)) return 'SELF';
  if (/conjoint|joint|conjunt/.test(folded)) return 'JOINT';
  if (/intern/.test(folded)) return 'INTERNAL';
  return 'OTHER';
}

/** PROJECT / CLUSTER / THEMATIC / ... from the evaluation type as written in any language. */
export function parseEvaluationType(value: string): string | null {
  const folded = foldLabel(value);
  if (!folded || isPlaceholder(value)) return null;
  if (/^(project|projet|proyecto)s?$/.test(folded)) return 'PROJECT';
  if (/^(cluster|groupe|grupo|agrupad[ao])/.test(folded)) return 'CLUSTER';
  if (/^(thematic|thematique|tematic[ao])/.test(folded)) return 'THEMATIC';
  if (/^(strateg|estrateg)/.test(folded)) return 'STRATEGY';
  if (/^(policy|politique|politica)/.test(folded)) return 'POLICY';
  if (/^(country programme|programme pays|programa (de )?pais|dwcp)/.test(folded)) return 'COUNTRY_PROGRAMME';
  return folded.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '') || null;
}

/** "Co- Abidjan" -> "CO-Abidjan": ILO office codes (CO, RO, DWT, ...) joined to the city by a hyphen. */
export function normaliseOffice(value: string): string | null {
  if (isPlaceholder(value)) return null;
  const clean = value.replace(/\s+/g, ' ').trim();
  const office = /^(co|ro|do|dwt|sro|ilo|bit|oit)\s*[-–]\s*(.+)$/i.exec(clean) ?? /^(co|ro|dwt|sro)\s+(.+)$/i.exec(clean);
  if (office) return `${office[1]!.toUpperCase()}-${office[2]!.trim()}`;
  return clean || null;
}

const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:us\s?\$|usd|us dollars?|dollars? us|dolares)$/i, 'USD'],
  [/^(?:eur|euros?|€)$/i, 'EUR'],
  [/^(?:gbp|£|pounds?)$/i, 'GBP'],
  [/^(?:chf)$/i, 'CHF'],
  [/^(?:cad|can\$)$/i, 'CAD'],
  [/^(?:xof|f ?cfa|fcfa)$/i, 'XOF'],
  [/^(?:\$)$/i, 'USD'],
];

function currencyCode(token: string): string | null {
  for (const [pattern, code] of CURRENCIES) if (pattern.test(token.trim())) return code;
  return null;
}

function parseAmount(written: string): number | null {
  let digits = written.replace(/\s/g, '');
  // 1,875,282 / 1.875.282 / 1 875 282 / 1,875,282.50 / 1.875.282,50
  if (/^\d{1,3}([,.])\d{3}(\1\d{3})*([.,]\d{1,2})?$/.test(digits)) {
    const thousands = digits[digits.search(/[,.]/)]!;
    digits = digits.split(thousands).join('');
    digits = digits.replace(',', '.');
  } else if (/^\d+([.,]\d{1,2})?$/.test(digits)) digits = digits.replace(',', '.');
  else return null;
  const amount = Number(digits);
  return Number.isFinite(amount) && amount > 0 ? amount : null;
}

const CURRENCY = String.raw`(US\s?\$|USD|EUR|€|GBP|£|CHF|CAD|XOF|F\s?CFA|\$|euros?|dollars?(?: US)?|dólares|dolares)`;
const AMOUNT = String.raw`(\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(\s*(?:millions?|million|millones|M)\b)?`;
/** "USD 1,875,282": groups currency, amount, "million". */
const BUDGET_CURRENCY_FIRST = new RegExp(String.raw`${CURRENCY}\s*${AMOUNT}`, 'i');
/** "1 875 282 USD": groups amount, "million", currency. */
const BUDGET_AMOUNT_FIRST = new RegExp(String.raw`${AMOUNT}\s*${CURRENCY}`, 'i');

/**
 * Splits "Donor text, USD 1,875,282." into the donor text and the budget. The currency may
 * come before or after the amount; "million" multiplies.
 */
export function parseDonorsBudget(value: string): { donorText: string; budget: Budget | null } {
  const match = BUDGET_CURRENCY_FIRST.exec(value);
  const matchAfter = match ? null : BUDGET_AMOUNT_FIRST.exec(value);
  let budget: Budget | null = null;
  let cut = value.length;
  if (match) {
    const code = currencyCode(match[1]!);
    const number = parseAmount(match[2]!);
    if (code && number !== null) budget = { amount: match[3] ? number * 1_000_000 : number, currency: code };
    cut = match.index;
  } else if (matchAfter) {
    const code = currencyCode(matchAfter[3]!);
    const number = parseAmount(matchAfter[1]!);
    if (code && number !== null) budget = { amount: matchAfter[2] ? number * 1_000_000 : number, currency: code };
    cut = matchAfter.index;
  }
  // "USDOL (US$ 5,000,000)": the parenthesis opened for the budget is not part of the donor.
  const donorText = value.slice(0, cut).replace(/[\s,;:(–—-]+$/, '').trim();
  return { donorText, budget };
}

/**
 * Splits the evaluators' line into people and firms. In i-eval summaries the surname is
 * written in capitals ("Vision ProActive ABDOURAHAMANE H. TOURE"): a trailing run of capital
 * words is the person and what precedes it the firm. Parentheses hold firms
 * ("Jane Doe (Sahel Consulting)"); words like Consulting, Conseil, SARL, Ltd mark firms.
 */
export function splitEvaluators(value: string): { people: string[]; firms: string[] } {
  const people: string[] = [];
  const firms: string[] = [];
  if (isPlaceholder(value)) return { people, firms };
  const chunks = value
    .replace(/\(([^)]+)\)/g, (_whole, inner: string) => {
      firms.push(inner.trim());
      return ' ; ';
    })
    .split(/\s*[;,/]\s*|\s+(?:et|and|y|&)\s+/i)
    .map((chunk) => chunk.replace(/^[-–:\s]+|[-–:\s.]+$/g, '').trim())
    .filter((chunk) => chunk.length > 1);
  for (const chunk of chunks) {
    const firmLabel = /^(?:cabinet|bureau d'etudes?|firm|firma|empresa)\s*:\s*(.+)$/i.exec(chunk);
    if (firmLabel) {
      firms.push(firmLabel[1]!.trim());
      continue;
    }
    // "Vision ProActive ABDOURAHAMANE H. TOURE": a mixed-case prefix, then the NAME in capitals.
    // (Names are short; the length bound keeps the pattern's backtracking small on hostile text.)
    const capitals = chunk.length > 200 ? null : /^(.*?[a-zà-ÿ].*?)\s+((?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+|[A-ZÀ-Ý]\.)(?:\s+(?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+|[A-ZÀ-Ý]\.))+)$/.exec(chunk);
    if (capitals && !FIRM_WORDS.test(capitals[2]!)) {
      const prefix = capitals[1]!.trim();
      const words = prefix.split(/\s+/);
      // "Marcelin ORSOT": one given name before the capitals is part of the person's name.
      if (words.length === 1 && /^[A-ZÀ-Ý][a-zà-ÿ'’-]+$/.test(prefix) && !FIRM_WORDS.test(prefix)) people.push(chunk);
      else {
        firms.push(prefix);
        people.push(capitals[2]!);
      }
      continue;
    }
    if (FIRM_WORDS.test(chunk)) firms.push(chunk);
    else people.push(chunk);
  }
  return { people, firms: [...new Set(firms.filter((firm) => firm.length > 1))] };
}

const FIRM_WORDS = /\b(consult\w*|conseil|sarl|sa|s\.a\.|ltd|llc|inc|gmbh|group|groupe|grupo|associates|associ[ée]s|asociados|partners|agency|cabinet|bureau|institut\w*|international|sprl|consultores|consultoría|consultoria|research|analytics|proactive)\b/i;

/**
 * Names listed after "partenariat entre" / "partnership between" / "alianza entre": each
 * item cut to its leading capitalised words ("TEMEDT en actions viables" -> "TEMEDT").
 */
export function findPartnerNames(paragraphs: string[]): string[] {
  const names: string[] = [];
  for (const paragraph of paragraphs) {
    for (const labels of ALL_LABELS) {
      const trigger = labels.partnership.exec(paragraph);
      if (!trigger) continue;
      const rest = paragraph.slice(trigger.index + trigger[0].length).split(/[.;:()]/)[0] ?? '';
      for (const rawItem of rest.split(/\s*,\s*|\s+(?:et|and|y|e|&)\s+/)) {
        const item = rawItem.replace(/^(?:the|le|la|les|l'|l’|el|los|las)\s*/i, '').trim();
        const words = item.split(/\s+/);
        const kept: string[] = [];
        for (let i = 0; i < words.length; i += 1) {
          const word = words[i]!;
          if (/^[A-ZÀ-Ý0-9]/.test(word)) kept.push(word);
          else if (/^(of|de|du|des|for|pour|del|la|le|and|et)$/i.test(word) && /^[A-ZÀ-Ý]/.test(words[i + 1] ?? '')) kept.push(word);
          else break;
        }
        if (kept.length > 0) names.push(kept.join(' '));
        else break;
        if (kept.length < words.length) break;
      }
      break;
    }
  }
  return [...new Set(names)];
}

/**
 * Keywords as written, split on commas; a short lower-case piece that ends an enumeration
 * ("sensibilisation des acteurs locaux, régionaux et nationaux") stays with its keyword.
 */
export function splitKeywords(value: string): string[] {
  const pieces = value
    .split(/\s*[,;]\s*/)
    .map((piece) => piece.replace(/[\s.]+$/, '').trim())
    .filter(Boolean);
  const keywords: string[] = [];
  for (const piece of pieces) {
    const words = piece.split(/\s+/);
    const tail = words.length <= 3 && /^[a-zà-ÿ]/.test(piece) && /\s(et|and|y|ou|or)\s/.test(` ${piece} `);
    if (tail && keywords.length > 0) keywords[keywords.length - 1] = `${keywords[keywords.length - 1]}, ${piece}`;
    else keywords.push(piece);
  }
  return keywords;
}
