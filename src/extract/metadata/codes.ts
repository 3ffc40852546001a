/**
 * Identifiers that evaluation documents carry: ILO project codes ("MLI/19/01/USA"), USAID
 * award and contract numbers ("AID-688-C-14-00004", "RAN-I-00-09-00019-00", "72068820C00001") and older
 * project numbers ("Project No. 615-0231"),
 * IFRC operation numbers ("MDRCM028"), GLIDE disaster numbers ("FL-2019-000134-CMR"), UNDEF
 * grant numbers ("UDF-MAU-10-359") and report references ("ES/2019/07"). Each code comes with what the words just before it say it
 * is (a contract, a task order, an award, a project, ...), because a USAID report names both
 * the evaluation's own contract and the evaluated activity's award, in the same shape.
 * Pure: no I/O, never throws.
 */
import { foldAccents } from '../../text/normalise.js';

export type CodeKind = 'ILO_PROJECT' | 'USAID_AWARD' | 'USAID_PROJECT' | 'IFRC_OPERATION' | 'GLIDE' | 'UNDEF_PROJECT' | 'REPORT_REFERENCE';

/** What the words before a code call it. */
export type CodeRole = 'contract' | 'task-order' | 'award' | 'project' | 'operation' | 'glide' | 'reference';

export interface CodeSpan {
  kind: CodeKind;
  /** The code normalised: upper case, spaces around separators removed. */
  code: string;
  /** What the words just before it call it; null when nothing says. */
  role: CodeRole | null;
  /** [start, end) in the text. */
  start: number;
  end: number;
}

const PATTERNS: Array<[CodeKind, RegExp]> = [
  // ILO: country or region (3 letters) / year / number / donor (3 letters); converters put spaces around slashes.
  // The donor part may be longer ("RLA/01/02/PCAN") or shorter ("BEN/19/02/EU", "BGD/13/07/UK"), the number carry a
  // letter ("RLA/01/02P/PCAN").
  ['ILO_PROJECT', /(?<![A-Za-z0-9/])[A-Z]{3}\s?\/\s?\d{2}\s?\/\s?\d{2,3}[A-Z]?\s?\/\s?[A-Z]{2,5}(?![A-Za-z0-9])/g],
  // UNDEF grants: UDF-MAU-10-359.
  ['UNDEF_PROJECT', /(?<![A-Za-z0-9-])UDF-[A-Z]{3}-\d{2}-\d{3,4}(?![A-Za-z0-9])/g],
  // USAID: AID-688-C-14-00004, AID-OAA-TO-16-00008, AID-OAA-A-11-00012.
  ['USAID_AWARD', /(?<![A-Za-z0-9-])AID-[A-Z0-9]{3}-[A-Z]{1,3}-\d{2}-\d{5}(?:-\d{2})?(?![A-Za-z0-9])/g],
  // USAID indefinite-quantity contracts: RAN-I-00-09-00019-00, GHS-A-00-09-00004-00.
  ['USAID_AWARD', /(?<![A-Za-z0-9-])[A-Z]{3}-[A-Z]-\d{2}-\d{2}-\d{5}-\d{2}(?![A-Za-z0-9])/g],
  // USAID since 2018: 72068820C00001, 7200AA18C00057.
  ['USAID_AWARD', /(?<![A-Za-z0-9])72[0-9A-Z]{4}\d{2}[A-Z]{1,2}\d{5}(?![A-Za-z0-9])/g],
  // USAID project numbers before 2000 (country code, then number: "Project No. 615-0231", "698-0462.03"): digits in a
  // shape that phone numbers and page ranges share, so only right after the word "project" (PROJECT_LABEL).
  ['USAID_PROJECT', /(?<![A-Za-z0-9-])\d{3}-\d{4}(?:\.\d{2})?(?![A-Za-z0-9-])/g],
  // IFRC DREF operations and emergency appeals: MDRCM028.
  ['IFRC_OPERATION', /(?<![A-Za-z0-9])MDR[A-Z]{2}\d{3}(?![A-Za-z0-9])/g],
  // GLIDE: hazard - year - number - country.
  ['GLIDE', /(?<![A-Za-z0-9-])[A-Z]{2}-\d{4}-\d{6}-[A-Z]{3}(?![A-Za-z0-9])/g],
  // Report references such as UNHCR's ES/2019/07.
  ['REPORT_REFERENCE', /(?<![A-Za-z0-9/])[A-Z]{2,6}\/\d{4}\/\d{1,3}(?![A-Za-z0-9/])/g],
];

/** Words that name what a code is, folded; the last one before the code wins. */
const ROLE_WORDS: Array<[CodeRole, RegExp]> = [
  ['task-order', /\b(?:task order|orden de trabajo|bon de commande)\b/],
  ['contract', /\b(?:contract|contrat|contrato)\b/],
  ['award', /\b(?:award|cooperative agreement|grant|agreement|subvencion|convenio|accord de subvention)\b/],
  ['operation', /\b(?:operation|operacion)\b/],
  ['glide', /\bglide\b/],
  ['project', /\b(?:project|projet|proyecto|programme|program|programa|tc\/symbol|symbol)\b/],
  ['reference', /\b(?:ref(?:erence)?|reference|n°|no\.)\b/],
];

/**
 * What the text right before a code calls it: the words on its own line, or the line above
 * when that line is a label waiting for its value ("USAID Contract Number:" then the code).
 */
export function roleBefore(before: string): CodeRole | null {
  const lines = before.split('\n');
  const own = lastRole(foldAccents(lines[lines.length - 1]!.slice(-80)));
  if (own || lines.length < 2) return own;
  const above = foldAccents(lines[lines.length - 2]!).trimEnd();
  return /(?::|#|\bnumber|\bno\.?|n°|\bnumero|\bnum\.?)$/.test(above) ? lastRole(above.slice(-80)) : null;
}

function lastRole(window: string): CodeRole | null {
  let best: { role: CodeRole; at: number } | null = null;
  for (const [role, pattern] of ROLE_WORDS) {
    const global = new RegExp(pattern.source, 'g');
    for (const m of window.matchAll(global)) if (!best || m.index > best.at) best = { role, at: m.index };
  }
  return best?.role ?? null;
}

/** The label right before an old USAID project number: "Project No.", "Project Number:", "Projet n°". */
const PROJECT_LABEL = /\b(?:project|projet|proyecto)\s*(?:no\.?|number|num(?:ber|ero)?\.?|n[°º]|#)?\s*:?\s*$/i;

/** Every code in a text, in text order (a span claimed by an earlier pattern is not read again). */
export function findCodes(text: string): CodeSpan[] {
  const spans: CodeSpan[] = [];
  const taken = (start: number, end: number): boolean => spans.some((s) => start < s.end && end > s.start);
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      if (kind === 'USAID_PROJECT' && !PROJECT_LABEL.test(text.slice(Math.max(0, start - 40), start))) continue;
      spans.push({ kind, code: m[0].replace(/\s+/g, '').toUpperCase(), role: roleBefore(text.slice(Math.max(0, start - 200), start)), start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The one code a labelled value holds ("MLI/19/01/USA", "Operation n° MDRCM028"); null when it holds none. */
export function parseCode(value: string): CodeSpan | null {
  return findCodes(value)[0] ?? null;
}
