/**
 * Label/value pairs of metadata boxes, wherever they sit and however the reader laid them out:
 * - key-value lines: `Project code: MLI/19/01/USA`, `**Pays:** MALI`, `1.2 Fecha de inicio de la
 *   evaluación (dd/mm/aaaa): 06/08/2018`;
 * - several pairs on one line, as two-column boxes come out of PDFs: `Title of the evaluation:
 *   … Timeframe covered: 2017 – March 2019`;
 * - table rows: `Donor\tUSDOL`, `Date of Issue: 27 October 2020\tGlide number: FL-…`;
 * - a label line followed by its value on the next line(s): `Submitted by:` then one person a
 *   line (plain-text dumps), or `Casa Evaluadora:` then a paragraph (PDF dialect);
 * - a label broken over several short lines, as table cells come out of PDFs
 *   (`Nombre del` / `coordinador de la` / `evaluación` / `Yolanda Trujillo Carrillo`).
 * Labels come from the lexicon in labels.ts; nothing here knows one document's wording.
 * Pure: text in, pairs with offsets out.
 */
import { splitLines, type TextLine } from '../../text/lines.js';
import { type MetaField, MULTI_LINE_FIELDS, classifyLabel } from './labels.js';
import { isFirmName, isRolePhrase, looksLikeName } from './people.js';
import { foldAccents } from '../../text/normalise.js';

export interface MetaPair {
  field: MetaField;
  /** The label as written (markup removed). */
  label: string;
  /** The value as written (markup removed); lines of a multi-line value joined by "\n". Empty when the label had no value. */
  value: string;
  /** [start, end) of the whole pair (label and value) in the text. */
  start: number;
  end: number;
  /** A weak label (see labels.ts). */
  weak: boolean;
  /** Another pair sits within a few lines: the pair is part of a box. */
  inBox: boolean;
  /**
   * A form with one column per activity (a statement of work comparing two activities): the
   * value of each column, in order; `value` is the first. `form` numbers the form, so the caller
   * can take the same column of every field of one form.
   */
  columns?: string[];
  form?: number;
}

/** Lines longer than this are prose, never a label or a box value. */
const MAX_VALUE_LINE = 400;
/** A label broken over lines is at most this many lines. */
const MAX_LABEL_LINES = 6;
/** Lines (non-empty) within which two pairs make a box (a table's cells come out as many short lines). */
const BOX_DISTANCE = 15;
/** Characters within which two pairs make a box (a table with long cells). */
const BOX_CHARS = 3000;

/** Markup that does not change a label or a value: bold, italics, links, HTML tags. */
function stripMarkup(s: string): string {
  let out = s;
  // Most lines hold no markup: skip the passes that cannot match.
  if (out.includes('<')) out = out.replace(/<sup>[^<]{0,40}<\/sup>/gi, '').replace(/<[^>]{1,40}>/g, ' ');
  if (out.includes('[')) out = out.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (out.includes('**') || out.includes('__')) out = out.replace(/\*\*|__/g, '');
  if (out.includes('*')) out = out.replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|$|[:.,;])/g, '$1$2');
  return out
    .replace(/^#{1,6}\s+/, '')
    .replace(/[ \u00a0]+/g, ' ')
    .trim();
}

/** Word starts of a string (offsets), for trying label candidates that end at a colon. */
function wordStarts(s: string, from: number, to: number): number[] {
  const starts: number[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) starts.push(m.index);
  return starts;
}

/** Fields whose label may end a sentence, the value on the next line ("… under USAID Contract Number:"). */
const PROSE_LABEL_FIELDS: ReadonlySet<MetaField> = new Set<MetaField>(['contractNumber', 'projectCode', 'glide', 'reference']);

/**
 * "4.6 Correo electrónico del coordinador de la evaluación:": a numbered label the lexicon does
 * not know still ends the value before it (numbered forms such as Mexico's CONAC form).
 */
const NUMBERED_LABEL = /(?:^|\s)\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\p{Lu}[^:]{0,120}$/u;

interface InlinePair {
  field: MetaField;
  weak: boolean;
  labelStart: number;
  colon: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * The pairs written inline in one cell: each colon that follows a known label starts a value
 * that runs to the next such label. The label is the longest run of words before the colon that
 * the lexicon knows; it may reach back over an earlier colon ("Donor: country and budget US$:").
 */
function inlinePairs(cell: string): InlinePair[] {
  const pairs: InlinePair[] = [];
  // "Elaboración:Consorcio XYZ", « Commanditaire:Croix-Rouge »: a label glued to its value (a converter lost the space)
  // ends at a colon right between a letter and a capital, a digit or a quote.
  const colons = [...cell.matchAll(/:(?=\s|$)|(?<=\p{L}):(?=[\p{Lu}\d«"“])/gu)].map((m) => m.index);
  let floor = 0;
  for (const colon of colons) {
    const starts = wordStarts(cell, floor, colon).filter((start) => colon - start <= 160);
    let found: { field: MetaField; weak: boolean; start: number } | null = null;
    for (const start of starts) {
      const match = classifyLabel(cell.slice(start, colon));
      if (match) {
        found = { ...match, start };
        break;
      }
    }
    // "4.6 Correo electrónico del coordinador de la evaluación:": the known words end a label the
    // lexicon does not know, which its numbering opens.
    const numberedStart = NUMBERED_LABEL.exec(cell.slice(floor, colon));
    if (found && numberedStart) {
      const at = floor + numberedStart.index + (numberedStart[0].startsWith(' ') ? 1 : 0);
      if (at < found.start && !cell.slice(at, found.start).includes(':'))
        found = classifyLabel(cell.slice(at, colon)) ? { ...classifyLabel(cell.slice(at, colon))!, start: at } : null;
    }
    if (!found) {
      const numbered = NUMBERED_LABEL.exec(cell.slice(floor, colon));
      const previous = pairs[pairs.length - 1];
      if (numbered && previous && previous.valueEnd === cell.length) {
        previous.valueEnd = floor + numbered.index;
        floor = floor + numbered.index + 1;
      }
      continue;
    }
    const previous = pairs[pairs.length - 1];
    if (previous && found.start <= previous.labelStart) pairs.pop();
    else if (previous) previous.valueEnd = found.start;
    pairs.push({ field: found.field, weak: found.weak, labelStart: found.start, colon, valueStart: colon + 1, valueEnd: cell.length });
    floor = found.start;
  }
  // Only a pair whose label opens the cell, or follows an earlier pair, is a key-value; a known
  // label in the middle of prose ("… under USAID Contract Number:") is kept when nothing follows
  // it on the line (its value is on the next line).
  return pairs.filter(
    (pair, index) =>
      index > 0 ||
      // "Date of disaster: 4 October 2019 Operation start date: …": a pair after one the lexicon does not know.
      /^[^:]{2,60}:\s*\S/.test(cell.slice(0, pair.labelStart)) ||
      /^[\s\-•*#\d.)(a-z\p{Co}\p{So}]{0,8}$/iu.test(cell.slice(0, pair.labelStart)) ||
      (cell.slice(pair.valueStart).trim() === '' &&
        PROSE_LABEL_FIELDS.has(pair.field) &&
        cell.slice(pair.labelStart, pair.colon).trim().split(/\s+/).length >= 2),
  );
}

/**
 * The label a run of lines starting at `index` forms (one line, or a label broken over short
 * lines), with the line it ends on. A label written without a colon is weak: it names a field
 * only inside a box (an acronym list's "Implementing Partner" line is not a label).
 */
function labelAt(lines: TextLine[], index: number): { field: MetaField; weak: boolean; last: number; label: string } | null {
  const first = stripMarkup(lines[index]!.text);
  if (!first || first.includes('\t')) return null;
  // « Par : » alone on a cover's line, the authors under it; inside a line "by" is another label's end ("Approved by:").
  if (/^(?:par|by|por)\s*:$/i.test(first)) return { field: 'evaluators', weak: false, last: index, label: first.replace(/\s*:$/, '') };
  const single = classifyLabel(first);
  if (single && /:\s*$/.test(first)) return { ...single, last: index, label: first.replace(/\s*:\s*$/, '') };
  let best: { field: MetaField; weak: boolean; last: number; label: string } | null =
    single && !/[.;]$/.test(first) ? { ...single, weak: true, last: index, label: first } : null;
  // A label broken over short lines (blank lines between them are the reader's paragraph breaks).
  if (first.split(/\s+/).length > 8 || /[.;:]$/.test(first)) return best;
  let joined = first;
  let taken = 1;
  // A label opens with a capital or a number; the lines the layout cut from it go on in lower case.
  if (!/^[\p{Lu}\d]/u.test(first)) return best;
  for (let k = index + 1; k < lines.length && taken < MAX_LABEL_LINES; k += 1) {
    const next = stripMarkup(lines[k]!.text);
    if (!next) continue;
    if (next.includes('\t') || next.split(/\s+/).length > 6 || !/^[\p{Ll}\d(]/u.test(next)) break;
    joined = `${joined} ${next}`;
    taken += 1;
    const match = classifyLabel(joined);
    if (match) best = { ...match, weak: match.weak || !/:\s*$/.test(next), last: k, label: joined.replace(/\s*:\s*$/, '') };
    if (/[:.;]$/.test(next)) break;
  }
  return best;
}

/**
 * A label whose first words ended the line above, after that line's value ("Countries covered:
 * … Zambia Evaluation manager /" then "contact in UNHCR:"), as two-column boxes come out of
 * PDFs. The words are taken back from the value of the pair above.
 */
function labelCutByLineBreak(lines: TextLine[], index: number, pairs: MetaPair[]): { field: MetaField; weak: boolean; last: number; label: string } | null {
  const text = stripMarkup(lines[index]!.text);
  if (!/:\s*$/.test(text) || text.split(/\s+/).length > 6) return null;
  const previous = pairs[pairs.length - 1];
  if (!previous || previous.end < lines[index]!.start - 200) return null;
  const words = previous.value.split(/\s+/);
  for (let k = Math.min(6, words.length - 1); k >= 1; k -= 1) {
    const head = words.slice(words.length - k).join(' ');
    const match = classifyLabel(`${head} ${text}`);
    if (!match) continue;
    previous.value = words.slice(0, words.length - k).join(' ');
    return { ...match, last: index, label: `${head} ${text}`.replace(/\s*:\s*$/, '') };
  }
  return null;
}

/**
 * "Commissioned by UNHCR Evaluation Service", "Réalisée par le cabinet X": a cover line that
 * opens with a "… by" label and no colon, the value a name right after it.
 */
function byLabelLine(raw: string): { field: MetaField; label: string; value: string } | null {
  const text = stripMarkup(raw);
  // The cheap tests first: most lines are prose ending with a full stop.
  if (text.includes(':') || /[.;]$/.test(text) || text.split(/\s+/).length > 14) return null;
  const m = /^(\p{L}+(?:\s+\p{L}+)?\s+(?:by|par|por))\s+(?:the\s+|le\s+|la\s+|el\s+)?(\p{Lu}.*)$/u.exec(text);
  if (!m) return null;
  const match = classifyLabel(m[1]!);
  return match && !match.weak ? { field: match.field, label: m[1]!, value: m[2]! } : null;
}

/** Fields whose value is a date or a period, which a cover may print after the label without a colon. */
const DATED_FIELDS: ReadonlySet<MetaField> = new Set<MetaField>(['periodCovered', 'evaluationDates', 'completionDate', 'approvalDate']);

/** "Ejercicio Fiscal Evaluado 2017", "Période couverte 2018-2021": a dated label and its value on one line, without a colon. */
function datedLabelLine(raw: string): { field: MetaField; label: string; value: string } | null {
  const text = stripMarkup(raw);
  const words = text.split(/\s+/);
  if (text.includes(':') || words.length > 10 || !/\b(?:19|20)\d\d\b/.test(text)) return null;
  for (let cut = words.length - 1; cut >= 1; cut -= 1) {
    const match = classifyLabel(words.slice(0, cut).join(' '));
    if (match && !match.weak && DATED_FIELDS.has(match.field))
      return { field: match.field, label: words.slice(0, cut).join(' '), value: words.slice(cut).join(' ') };
  }
  return null;
}

/**
 * "Evaluation Title EVALUATION FINALE DU 7ème PROGRAMME", « Titre de l'évaluation Évaluation finale du … »: the title's
 * label and the title on one line, without a colon (a form's two cells, as a PDF or a web copy gives them). The title
 * opens with a capital and has three words or more.
 */
function titleLabelLine(raw: string): { field: MetaField; label: string; value: string } | null {
  const text = stripMarkup(raw);
  const words = text.split(/\s+/);
  if (text.includes(':') || words.length > 40) return null;
  for (let cut = Math.min(5, words.length - 3); cut >= 2; cut -= 1) {
    const match = classifyLabel(words.slice(0, cut).join(' '));
    if (match?.field === 'evaluationTitle' && /^\p{Lu}/u.test(words[cut]!))
      return { field: match.field, label: words.slice(0, cut).join(' '), value: words.slice(cut).join(' ') };
  }
  return null;
}

/** A line of a role, a wide gap, then a person's name ("Consultant national, expert en santé   Dr. Cheikh Oumar Diop"), or null. */
function roleThenName(raw: string): { role: string; name: string } | null {
  const m = /^\s*(\S.*?\S)\s{3,}(\S.*?)\s*$/.exec(raw);
  if (!m) return null;
  const role = m[1]!.replace(/\s+/g, ' ');
  return isRolePhrase(role) && !isFirmName(role) && looksLikeName(m[2]!) ? { role, name: m[2]! } : null;
}

/** A name written in capitals (dots, "&" and legal forms allowed): "I.C.G. INTERNACIONAL DE COOPERACIÓN", "Y GESTIÓN S.L.". */
function isCapitalsName(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text) && text.split(/\s+/).length <= 8;
}

/** Fields whose value names the evaluation's people. */
const PEOPLE_FIELDS: ReadonlySet<MetaField> = new Set<MetaField>(['evaluators', 'leadEvaluator', 'collaborators']);

/** The person a line of a people list opens with, before the role a comma or a bracket sets apart ("Jane Doe, consultante"). */
function opensWithName(line: string): boolean {
  return looksLikeName(line.replace(LIST_POINT, '').split(/\s*[,(]\s*/)[0]!);
}

/**
 * « Auteurs Jean-Martial BONIS CHARANCLE, Martin VIELAJUS, Pauline SIMON »: the authors' label and their names after it on
 * one line, without a colon (a cover's credit line as a PDF gives it). Every name of the line reads as a person's.
 */
function peopleLabelLine(raw: string): { field: MetaField; label: string; value: string } | null {
  const text = stripMarkup(raw);
  const words = text.split(/\s+/);
  if (text.includes(':') || /[.;]$/.test(text) || words.length > 24) return null;
  // Only the authors' label: "Consultants Nord-Sud" is a firm's name, not a label and a name.
  if (words.length < 3 || !/^(?:auteur|author|autor)(?:e|a)?s?$/i.test(words[0]!)) return null;
  const value = words.slice(1).join(' ');
  const names = value.split(/\s*,\s*|\s+(?:et|and|y)\s+/);
  return names.every((name) => looksLikeName(name)) ? { field: 'evaluators', label: words[0]!, value } : null;
}

/** The roles of an evaluation team a cover prints after a name (folded). */
const EVALUATOR_ROLE =
  /^(?:consultante?s?|evaluat(?:eur|rice)s?|evaluators?|evaluador(?:a|es)?|consultor(?:a|es)?|chef(?:fe)? (?:de mission|d'equipe)|team leader|lead evaluator)\b/;

/** Characters from the start within which a cover's "name : role" lines stand. */
const COVER_CHARS = 6000;

/**
 * « Dr Paul SARAMBE : Consultant Principal » / « M. Seydou TRAORE : Consultant Assistant »: a cover's team, each person
 * before a colon and the evaluation role after it. A list of people met names other roles (« M. Diallo : Directeur »).
 */
function nameRoleLine(raw: string): { field: MetaField; label: string; value: string } | null {
  const m = /^([^:]{3,60}?)\s*:\s*([^:]{3,60})$/.exec(stripMarkup(raw));
  if (!m || !looksLikeName(m[1]!) || !EVALUATOR_ROLE.test(foldAccents(m[2]!).replace(/[’‘]/g, "'"))) return null;
  return { field: 'evaluators', label: m[2]!, value: `${m[1]!} (${m[2]!})` };
}

/** True when a line starts a new label or holds an inline pair: a value never runs into it. */
function startsPair(lines: TextLine[], index: number): boolean {
  const text = stripMarkup(lines[index]!.text);
  if (!text) return false;
  if (labelAt(lines, index)) return true;
  return text.split('\t').some((cell) => inlinePairs(cell).length > 0);
}

/** Lines of a value that follows a label line: the next non-empty line, or several for list fields. */
function valueLines(lines: TextLine[], from: number, field: MetaField): { text: string; last: number } {
  const taken: string[] = [];
  let last = from - 1;
  // The value is a list of points: every point goes on with it.
  let listed = false;
  let biographies = false;
  let roleRows = false;
  const max = MULTI_LINE_FIELDS.has(field) ? 12 : 1;
  for (let k = from; k < lines.length && taken.length < max; k += 1) {
    const raw = lines[k]!.text;
    const text = stripMarkup(raw);
    if (!text) {
      // Two blank lines end a value in plain text; the dialect's single blank line between paragraphs does not.
      if (k + 1 < lines.length && !lines[k + 1]!.text.trim() && taken.length > 0) break;
      continue;
    }
    if (/^#{1,6}\s/.test(raw.trim()) || startsPair(lines, k)) break;
    // "D. Juan Pérez García, economista, coordinador. Licenciado en …": a team member's biography under a people label
    // gives the person and the role, up to the sentence's end; the rest (degrees, career) is neither a name nor an actor.
    const biography = PEOPLE_FIELDS.has(field) && opensWithName(text) ? /^[^,(]+[,(].*?\p{Ll}{2}[.;](?=\s+\p{Lu}|$)/u.exec(text) : null;
    if (biography && (taken.length === 0 || biographies)) {
      taken.push(biography[0]);
      biographies = true;
      last = k;
      continue;
    }
    if (biographies) break;
    // "Chef d’équipe            Françoise Coupal" (a team table's two columns as a PDF lays them out): the role, then
    // the person; a role's wrapped end in lower case under it ("et maternelle") goes with it.
    const row = PEOPLE_FIELDS.has(field) ? roleThenName(raw) : null;
    if (row && (taken.length === 0 || roleRows)) {
      taken.push(`${row.name} (${row.role})`);
      roleRows = true;
      last = k;
      continue;
    }
    if (roleRows && /^\p{Ll}/u.test(text) && text.split(/\s+/).length <= 4) {
      last = k;
      continue;
    }
    if (roleRows) break;
    if (text.length > MAX_VALUE_LINE) break;
    // "La evaluación ha sido realizada por el siguiente equipo:" under a people label: a sentence that introduces the
    // list, not a name.
    if (PEOPLE_FIELDS.has(field) && taken.length === 0 && /:$/.test(text) && /\s\p{Ll}+\s+\p{Ll}+\s/u.test(text)) {
      last = k;
      continue;
    }
    // A form's prompt ("> Please indicate what partners …?") is not its answer.
    if (/^\s*>/.test(raw) || /\?\s*\)?$/.test(text) || /^(?:please|veuillez|merci de|por favor|favor de)\b/i.test(text)) {
      if (taken.length > 0) break;
      continue;
    }
    // "Auteurs" / "- François Mouterde, directeur associé" / "- Justine Eude, consultante": a list of people with their
    // roles, one a point, each point one of them (a role in lower case ends no such list).
    // A numbered line after a value that was no point ("5. DATOS DE LA INSTANCIA EVALUADORA") is the form's next part.
    const point: RegExpExecArray | null = ACTOR_FIELDS.has(field) && (taken.length === 0 || listed) ? LIST_POINT.exec(text) : null;
    const value = point ? text.slice(point[0].length) : PEOPLE_FIELDS.has(field) ? text.replace(LIST_POINT, '') : text;
    // "I.C.G. INTERNACIONAL DE COOPERACIÓN" over "Y GESTIÓN S.L.": a name in capitals wrapped before its conjunction is
    // one name, not two.
    const previous = taken[taken.length - 1];
    if (ACTOR_FIELDS.has(field) && previous && isCapitalsName(previous) && isCapitalsName(value) && /^(?:Y|E|ET|AND|&)\s/.test(value)) {
      taken[taken.length - 1] = `${previous} ${value}`;
      last = k;
      continue;
    }
    if (taken.length > 0 && !(point && listed) && !continuesList(value, field)) break;
    if (taken.length === 0) listed = point !== null;
    taken.push(value);
    last = k;
  }
  return { text: taken.join('\n'), last };
}

/** A field's label opening a line ("Key Stakeholders: …"): capitalised, a few words, its colon. */
const FIELD_LABEL = /^(\p{Lu}[\p{L}'’()/ -]{0,40}?)\s?:\s/u;

/** A list point's marker before a name under a label of people ("- ", "• ", "1. "). */
const LIST_POINT = /^\s*(?:[-–•*▪◦]|\d{1,2}[.)])\s+/;

/** Fields whose value names people or organisations. */
const ACTOR_FIELDS: ReadonlySet<MetaField> = new Set<MetaField>([
  'evaluators',
  'collaborators',
  'leadEvaluator',
  'manager',
  'evaluationFirm',
  'commissioner',
  'partners',
  'donors',
]);
/** Lower-case words allowed in a line of names ("Jean de la Fontaine", "Smith and Jones", "Ministère des Affaires étrangères"). */
const NAME_FILLERS = /^(?:and|et|y|e|of|the|de|del|des|du|la|le|las|los|da|do|dos|van|von|der|for|pour|para|en|in|à|a|und|d'.*|l'.*)$/i;

/**
 * A publication's other credit under its authors ("Traducción: Strategic Agenda LLP", « Mise en page : … », "Layout:
 * …", "Photos: …"): who translated, laid out or photographed the report, not the label's people.
 */
const OTHER_CREDIT =
  /^(?:traducci[oó]n|traduction|translation|translated by|traducido por|traduit par|mise en page|maquette|layout|design|dise[nñ]o(?: gr[aá]fico)?|graphic design|photos?|fotos?|fotograf[ií]as?|photographs?|cover photo|edici[oó]n|editing|edited by|[eé]dition|impression|printing|impresi[oó]n)\s*:/i;

/** A further line of a list value: short, not a label, and for actors a line of names (no digits, no prose). */
function continuesList(text: string, field: MetaField): boolean {
  // A form's sub-fields of one field ("Nombre: …", "Unidad administrativa: …") belong to it.
  if (field === 'manager' && /^(?:nombre|name|nom|unidad administrativa|unit[ée]? administrative|unit)\s*:/i.test(text)) return true;
  if (text.split(/\s+/).length > 14 || /:\s*$/.test(text)) return false;
  if (ACTOR_FIELDS.has(field)) {
    if (OTHER_CREDIT.test(text)) return false;
    // "GEF Evaluation: No", "Key Stakeholders: SERNANP, …" under a registry's team rows: the box's next fields, not
    // people ("Team members: …", a role's label, goes on with the list).
    const label = FIELD_LABEL.exec(text)?.[1];
    if (label !== undefined && !isRolePhrase(label)) return false;
    if (/\S+@\S+/.test(text) || /^(?:and|et|y)$/i.test(text)) return true;
    if (/\d/.test(text)) return false;
    // "Kossi Amegan, expert agronome", "- Sémou N’DIAYE, Socio-Anthropologue, Consultant Associé": a person before a role.
    if (PEOPLE_FIELDS.has(field) && opensWithName(text)) return true;
    const words = text
      .replace(/\([^)]*\)/g, ' ')
      .split(/[\s,;/]+/)
      .filter((w) => /\p{L}/u.test(w));
    const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_FILLERS.test(w));
    return lower.length === 0;
  }
  return !/[.;]$/.test(text) || /\b(?:Inc|Ltd|S\.C|S\.A|LLC)\.$/.test(text);
}

/** Keys of a Markdown front matter or of wiki tags that the lexicon does not read as labels, and the field they give. */
const TAG_KEYS: Record<string, MetaField> = {
  title: 'documentTitle',
  date: 'publicationDate',
  year: 'publicationDate',
  country: 'countries',
  countries: 'countries',
  pays: 'countries',
  pais: 'countries',
  author: 'evaluators',
  authors: 'evaluators',
  type: 'documentType',
  doctype: 'documentType',
};

/** Where a Markdown front matter (`---` … `---` at the very top) ends; 0 when there is none. */
function frontMatterEnd(text: string): number {
  if (!/^---[ \t]*\n/.test(text)) return 0;
  const close = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : 0;
}

/**
 * Metadata written as data rather than as a box: a Markdown front matter (`title: …`, `date: …`,
 * `country: …`) and wiki tags (`[[country:Niger]]`, `[[year:2023]]`, `[[type:learningplan]]`,
 * as knowledge platforms export them). Keys are read through the lexicon, else TAG_KEYS.
 */
function taggedPairs(text: string): MetaPair[] {
  const pairs: MetaPair[] = [];
  const add = (key: string, value: string, start: number, end: number): void => {
    const clean = value.trim().replace(/^["']|["']$/g, '');
    if (!clean) return;
    // A front matter's "title" is the document's own, not a box's "Title:" field.
    const labelled = classifyLabel(key)?.field;
    const field =
      (labelled === 'titleField' ? 'documentTitle' : labelled) ??
      TAG_KEYS[
        key
          .trim()
          .toLowerCase()
          .replace(/[\s_-]+/g, '')
      ];
    if (field) pairs.push({ field, label: key.trim(), value: clean, start, end, weak: false, inBox: true });
  };
  const end = frontMatterEnd(text);
  if (end > 0) {
    let at = text.indexOf('\n') + 1;
    for (const line of text.slice(at, end).split('\n')) {
      const m = /^([A-Za-z][\w -]{0,40}):\s*(.+)$/.exec(line);
      if (m) add(m[1]!, m[2]!, at, at + line.length);
      at += line.length + 1;
    }
  }
  for (const m of text.matchAll(/\[\[([^:\]\n]{2,40}):([^\]\n]{1,300})\]\]/g)) add(m[1]!, m[2]!, m.index, m.index + m[0].length);
  return pairs;
}

/** "2. Award Number", "I. Project/Activity Title" (OCR reads 1 as I): a numbered line of a form. */
const NUMBERED_FIELD = /^\s*(?:\d{1,2}|[IVX]{1,3}|l)[.)]\s+(\S.*)$/;

/**
 * Forms with one column per activity, as text dumps of PDF tables leave them: each numbered
 * label is followed by one value per column, and a label the layout cut in two ends after its
 * values ("4. Project/Activity" / "$14,489,448" / "$24,971,628" / "Funding"). Returns the pairs
 * (with all column values) and the lines they took. A form needs a title field with two or more
 * values and three numbered fields.
 */
function columnForms(lines: TextLine[]): { pairs: MetaPair[]; taken: Set<number> } {
  const pairs: MetaPair[] = [];
  const taken = new Set<number>();
  let form = 0;
  const numbered = lines.map((line, index) => (NUMBERED_FIELD.test(line.text) ? index : -1)).filter((index) => index >= 0);
  for (let n = 0; n < numbered.length; n += 1) {
    const start = numbered[n]!;
    const first = fieldAt(lines, start, numbered[n + 1] ?? Math.min(lines.length, start + 12));
    if (!first || first.field !== 'projectTitle' || first.values.length < 2) continue;
    const columns = first.values.length;
    form += 1;
    const fields = [first];
    let m = n + 1;
    for (; m < numbered.length && numbered[m]! - numbered[m - 1]! <= 10; m += 1) {
      const next = fieldAt(lines, numbered[m]!, numbered[m + 1] ?? Math.min(lines.length, numbered[m]! + 10));
      if (next) fields.push(next);
    }
    if (fields.length < 3) continue;
    for (const field of fields) {
      const values = field.values.length > columns ? field.values.filter((value) => shapeFits(field.field, value)) : field.values;
      if (values.length === 0) continue;
      for (let k = field.from; k <= field.to; k += 1) taken.add(k);
      pairs.push({
        field: field.field,
        label: field.label,
        value: values[0]!,
        columns: values.slice(0, columns),
        form,
        start: lines[field.from]!.start,
        end: lines[field.to]!.end,
        weak: false,
        inBox: true,
      });
    }
    n = m - 1;
  }
  return { pairs, taken };
}

/** One numbered field of a column form: its label (with the words the layout put after the values) and its values. */
function fieldAt(lines: TextLine[], from: number, next: number): { field: MetaField; label: string; values: string[]; from: number; to: number } | null {
  const head = NUMBERED_FIELD.exec(lines[from]!.text)![1]!.trim();
  const body = lines
    .slice(from + 1, next)
    .map((line) => line.text.trim())
    .filter(Boolean);
  for (let tail = 0; tail <= Math.min(2, body.length); tail += 1) {
    const label = [head, ...body.slice(body.length - tail)].join(' ');
    const match = classifyLabel(label);
    if (match) return { field: match.field, label, values: body.slice(0, body.length - tail), from, to: next - 1 };
  }
  return null;
}

/** A value of the shape a field takes (a code for a code, an amount for a budget), to pick the columns out of interleaved lines. */
function shapeFits(field: MetaField, value: string): boolean {
  if (field === 'projectCode' || field === 'contractNumber') return /\d/.test(value) && !/\s\S+\s/.test(value);
  if (field === 'budget' || field === 'expenditure' || field === 'cost') return /[$€£]|\d[\d,.]{3,}/.test(value);
  return true;
}

/**
 * A Markdown pipe-table row read as a tab-separated one, offsets kept: the outer pipes become spaces
 * and the inner ones tabs (`| Country | Burkina Faso |`); the delimiter row (`| --- | --- |`) is empty.
 * Any other line is returned as it is.
 */
function pipesAsTabs(text: string): string {
  if (!/^\s*\|.*\|\s*$/.test(text) || text.split('|').length < 4) return text;
  if (/^[\s|:-]+$/.test(text)) return '';
  const open = text.indexOf('|');
  const close = text.lastIndexOf('|');
  let out = '';
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (char !== '|' || text[at - 1] === '\\') out += char;
    else out += at === open || at === close ? ' ' : '\t';
  }
  return out;
}

/** A pair whose label (without a colon) fills line `label` and whose value fills the next line. */
interface FieldLine {
  pair: MetaPair;
  label: number;
}

/** Lines between two pairs of one run of field lines: an empty field's label ("Tipo de evaluación") at most. */
const MAX_FIELD_GAP = 2;

/**
 * A web page saved as text, one field a line ("Consultor" / "Arias Marroquin y Asociados S.C." / "Costo de evaluación"
 * / "$97,500", an evaluation portal's record): labels without a colon, each over its value, one pair right after the
 * other. Two such pairs or more are a box, although no label there has a colon to make it strong.
 */
function markFieldLineRuns(fieldLines: readonly FieldLine[], lines: readonly TextLine[]): void {
  const nonBlankBetween = (from: number, to: number): number => lines.slice(from, to).filter((line) => line.text.trim() !== '').length;
  let run: FieldLine[] = [];
  const flush = (): void => {
    if (run.length >= 2) for (const field of run) field.pair.inBox = true;
  };
  for (const field of fieldLines) {
    const last = run[run.length - 1];
    // The next pair follows the value line at once, or after the labels of empty fields, never across a blank line.
    const follows = last !== undefined && field.label > last.label + 1 && field.label - (last.label + 2) <= MAX_FIELD_GAP;
    if (follows && nonBlankBetween(last.label + 2, field.label) === field.label - (last.label + 2)) run.push(field);
    else {
      flush();
      run = [field];
    }
  }
  flush();
}

/**
 * Every label/value pair of the text, in text order. A pair with a weak label is kept only
 * inside a box; the caller decides which occurrence of a field wins (usually the first).
 */
export function findMetaPairs(text: string): MetaPair[] {
  const lines = splitLines(text);
  const columns = columnForms(lines);
  const pairs: Array<MetaPair & { lineIndex: number }> = [
    ...columns.pairs.map((pair) => ({ ...pair, lineIndex: lines.findIndex((line) => line.start === pair.start) })),
    ...taggedPairs(text).map((pair) => ({ ...pair, lineIndex: lines.findIndex((line) => line.end >= pair.start) })),
  ];
  const frontMatter = frontMatterEnd(text);
  // Weak labels on a line of their own with their value on the very next line, to find a page's run of field lines.
  const fieldLines: FieldLine[] = [];
  const add = (field: MetaField, weak: boolean, label: string, value: string, start: number, end: number, lineIndex: number): void => {
    pairs.push({ field, weak, label: label.trim(), value: value.trim(), start, end, inBox: false, lineIndex });
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const raw = pipesAsTabs(line.text);
    if (!raw.trim() || raw.length > 2000 || columns.taken.has(i) || line.start < frontMatter) continue;
    const cells = raw.split('\t');
    // A table's header row ("Project title\tPartner country\tStart date"): labels without values. A single row under it
    // holds their values (IEG's "Project ID | Project Name" over "P148972 | …"); several rows list several projects.
    if (cells.length > 1 && cells.filter((cell) => classifyLabel(stripMarkup(cell))).length >= 2 && cells.every((cell) => !/:/.test(cell))) {
      const rowAfter = (from: number): number => {
        let at = from + 1;
        while (at < lines.length && !pipesAsTabs(lines[at]!.text).trim()) at += 1;
        return at;
      };
      const valueRow = (at: number): string[] | null => {
        const row = at < lines.length && !columns.taken.has(at) ? pipesAsTabs(lines[at]!.text).split('\t') : [];
        return row.length === cells.length && row.every((value) => !classifyLabel(stripMarkup(value))) ? row : null;
      };
      const next = rowAfter(i);
      const values = valueRow(next);
      if (values && !valueRow(rowAfter(next))) {
        let valueStart = lines[next]!.start;
        cells.forEach((cell, c) => {
          const label = classifyLabel(stripMarkup(cell));
          const value = stripMarkup(values[c]!);
          if (label && value) add(label.field, label.weak, stripMarkup(cell), value, valueStart, valueStart + values[c]!.length, next);
          valueStart += values[c]!.length + 1;
        });
        i = next;
      }
      continue;
    }
    let cellStart = line.start;
    let pendingLabel: { field: MetaField; weak: boolean; label: string; start: number } | null = null;
    let lineHadPair = false;
    for (let c = 0; c < cells.length; c += 1) {
      const cellRaw = cells[c]!;
      const cell = stripMarkup(cellRaw);
      const offset = cellStart;
      cellStart += cellRaw.length + 1;
      if (!cell) continue;
      if (pendingLabel) {
        // A two-cell row: the label cell, then its value cell.
        add(pendingLabel.field, pendingLabel.weak, pendingLabel.label, cell, pendingLabel.start, offset + cellRaw.length, i);
        pendingLabel = null;
        lineHadPair = true;
        continue;
      }
      const inline = inlinePairs(cell);
      if (inline.length > 0) {
        for (const pair of inline) {
          const value = cell.slice(pair.valueStart, pair.valueEnd).trim();
          const label = cell.slice(pair.labelStart, pair.colon);
          if (value && /:$/.test(value) && c === cells.length - 1) {
            // "Nombre: Unidad administrativa:" then the unit on the next line: the last sub-label's value follows.
            const next = valueLines(lines, i + 1, pair.field);
            add(
              pair.field,
              pair.weak,
              label,
              next.text ? `${value} ${next.text}` : value,
              offset,
              next.last > i ? lines[next.last]!.end : offset + cellRaw.length,
              i,
            );
            if (next.last > i) i = next.last;
          } else if (value) add(pair.field, pair.weak, label, value, offset, offset + cellRaw.length, i);
          else if (c === cells.length - 1 || cells.slice(c + 1).every((rest) => !rest.trim())) {
            // "Submitted by:" at the end of its line: the value follows on the next line(s).
            const next = valueLines(lines, i + 1, pair.field);
            add(pair.field, pair.weak, label, next.text, line.start, next.last >= 0 ? lines[Math.max(i, next.last)]!.end : line.end, i);
            if (next.last > i) i = next.last;
          } else pendingLabel = { field: pair.field, weak: pair.weak, label, start: offset };
          lineHadPair = true;
        }
        continue;
      }
      const whole = classifyLabel(cell);
      if (whole && cells.length > 1) pendingLabel = { ...whole, label: cell.replace(/\s*:\s*$/, ''), start: offset };
    }
    if (lineHadPair || cells.length > 1) {
      // "Countries covered: … Zambia Evaluation manager /" then "contact in UNHCR:": a label the line break cut.
      continue;
    }
    const byLine =
      byLabelLine(raw) ?? datedLabelLine(raw) ?? titleLabelLine(raw) ?? peopleLabelLine(raw) ?? (line.start < COVER_CHARS ? nameRoleLine(raw) : null);
    if (byLine) {
      add(byLine.field, false, byLine.label, byLine.value, line.start, line.end, i);
      continue;
    }
    const label = labelAt(lines, i) ?? labelCutByLineBreak(lines, i, pairs);
    if (!label) continue;
    const value = valueLines(lines, label.last + 1, label.field);
    // « Auteurs » alone over one person a line ("Claire Dubois, cheffe de mission"): a people label needs no colon there.
    const namesUnder =
      PEOPLE_FIELDS.has(label.field) &&
      label.last === i &&
      value.text !== '' &&
      value.text.split('\n').every((line) => opensWithName(line) && !isFirmName(line.replace(LIST_POINT, '').split(/\s*[,(]\s*/)[0]!));
    add(label.field, label.weak && !namesUnder, label.label, value.text, line.start, lines[Math.max(label.last, value.last)]!.end, i);
    if (label.weak && label.last === i && value.last === i + 1) fieldLines.push({ pair: pairs[pairs.length - 1]!, label: i });
    i = Math.max(label.last, value.last);
  }
  markFieldLineRuns(fieldLines, lines);

  // Boxes: pairs within a few non-empty lines of each other.
  const nonEmptyIndex: number[] = [];
  let count = 0;
  for (const line of lines) {
    if (line.text.trim()) count += 1;
    nonEmptyIndex.push(count);
  }
  for (const pair of pairs) {
    pair.inBox ||= pairs.some(
      (other) =>
        other !== pair &&
        !other.weak &&
        (Math.abs(nonEmptyIndex[other.lineIndex]! - nonEmptyIndex[pair.lineIndex]!) <= BOX_DISTANCE || Math.abs(other.start - pair.start) <= BOX_CHARS),
    );
  }
  return pairs
    .sort((a, b) => a.start - b.start)
    .filter((pair) => !pair.weak || pair.inBox)
    .map(({ lineIndex: _line, ...pair }) => pair);
}
