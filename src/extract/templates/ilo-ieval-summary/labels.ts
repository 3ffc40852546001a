/**
 * The i-eval Discovery summary's labels: quick-facts fields and section headings per language
 * (French, English, Spanish), and what they recognise. A document is matched against all three
 * tables, because converted summaries mix languages (French body, English field values).
 */
import type { Block } from '../../text-cleanup.js';
import { cleanInline } from '../../text-cleanup.js';
import { foldLabel } from '../value-parsers.js';

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
};

/**
 * The template's labels per language (documentation and tests; matching tries all three).
 * @internal Exported for its unit tests only (knip --production reports anything else).
 */
export const SUMMARY_LABELS: Readonly<Record<SummaryLanguage, TemplateLabels>> = { fr: FR, en: EN, es: ES };
/** All three tables, in the order they are tried. */
export const ALL_LABELS: readonly TemplateLabels[] = [FR, EN, ES];

/** The section a heading names, in any of the three languages; null when it names none. */
export function classifySummaryHeading(text: string): SummaryZone | null {
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

/** How strongly a text looks like an i-eval summary: the number of distinct quick-facts labels and template headings. */
export function scoreIloSummary(blocks: readonly Block[]): number {
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'label' || block.bold) {
      const zone = classifySummaryHeading(block.text);
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
export function splitFacts(block: Block): Array<{ label: string; value: string }> {
  const labels = [...block.raw.matchAll(INLINE_FACT_LABEL)].filter(
    (match) => match.index === block.raw.search(/\S/) || classifyFactLabel(cleanInline(match[1]!)) !== null,
  );
  if (labels.length > 0 && labels[0]!.index === block.raw.search(/\S/)) {
    return labels.map((match, position) => {
      const valueEnd = position + 1 < labels.length ? labels[position + 1]!.index : block.raw.length;
      return { label: cleanInline(match[1]!).replace(/\s*:$/, ''), value: cleanInline(block.raw.slice(match.index + match[0].length, valueEnd)) };
    });
  }
  const colon = block.text.indexOf(':');
  if (colon <= 1 || colon > 100) return [];
  return [{ label: block.text.slice(0, colon).trim(), value: block.text.slice(colon + 1).trim() }];
}

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
