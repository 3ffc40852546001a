/**
 * The evaluation team as a credits page or an acknowledgement states it in a sentence: a team, the
 * firm it comes from, then its members after "composed of" or after a colon that ends the clause
 * saying what the team did:
 * - « La présente évaluation a été menée par une équipe de consultants externes de la firme Goss Gilroy
 *   Inc. composée de Louise Mailloux (chef d'équipe), Catherine Gander, Ali Anwer et Lindsay Renault. »
 * - « … l'équipe de consultants d'Universalia Management Group qui ont effectué cette évaluation :
 *   Marie-Hélène Adrien (chef de l'équipe d'évaluation), Halcyon Louis, … »
 * - « L'évaluation a été réalisée par une équipe EY France composée d'évaluateurs et d'experts : » over
 *   one member a line ("► Marie Brunagel, Directrice associée");
 * - « … une équipe mise en place par le Cabinet AWADIA-SARL et composée de : 1. Amadou Wade Diagne
 *   2. Boubacar Ndiaye … »;
 * - "The evaluation team from Itad, composed of Jane Doe (team leader) and John Roe", "el equipo de
 *   Econometría integrado por Ana Pérez y Luis Gómez".
 * Pure: text in, the team's firm and its members as written out (parsePeopleList reads the members).
 */
import { joinWrappedLines } from './prose.js';
import { looksLikeName } from './people.js';

/** One team a sentence names: its firm (as written, or null) and its members as written, one chunk a line or comma. */
export interface TeamComposition {
  firm: string | null;
  members: string;
}

/** The team's noun. */
const TEAM = /(?<!\p{L})(?:[ÉéEe]quipe|[Tt]eam|[Ee]quipo)(?!\p{L})/gu;
/** "composée de", "composed of", "integrado por": what follows lists the members. */
const COMPOSED =
  /(?<!\p{L})(?:(?:compos|constitu)[ée]e?s?[ \t]+(?:de\b|d['’])|composed of\b|comprised of\b|comprising\b|consisting of\b|made up of\b|(?:integrad|compuest|conformad)[oa]s?[ \t]+por\b)[ \t]*/iu;
/** The clause before a colon says the team did the evaluation ("qui ont effectué cette évaluation :", "qui a mené ce mandat :", "who conducted the review:"). */
const DID_THE_WORK =
  /(?<!\p{L})(?:effectu|men[ée]|r[ée]alis|conduit|conduct|carried out|undert|realiz|llev)\p{L}*\s+(?:(?:cette|ce|la|le|l['’]|this|the|esta|este|el)\s*)?(?:[ée]valuation|evaluaci[óo]n|mandat|mandate|mission|[ée]tude|study|review|revue|examen|revisi[óo]n|estudio)/iu;
/** The team of a project, a country office or a management, not the evaluation's: its qualifier right before or after the noun. */
const OTHER_TEAM_BEFORE = /(?:project|programme|program|country|management|implementation|coordination)\s+$/i;
const OTHER_TEAM_AFTER =
  /^\S+\s+(?:du |de |de la |de l['’]|of the |del |de la )?(?:projet|project|proyecto|programme|program|programa|gestion|management|pays|country|coordination|mise en (?:oe|œ)uvre)/iu;
/** What the sentence around the team is about: an evaluation, a review, a report, a mandate. */
const ABOUT_THE_WORK = /[ée]valuation|evaluaci[óo]n|review|revue|examen|[ée]tude|study|estudio|rapport|report|informe|mandat|mandate|mission/i;
/** A capitalised name: words that open with a capital or a digit, "&" between them. */
const NAME = String.raw`\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*)*`;
/** Where the team phrase names its firm: « de la firme X », « du cabinet X », « par le Cabinet X », "from X". */
const FIRM_CUES = [
  // Cases spelled out: an "i" flag would let \p{Lu} match lower case too.
  new RegExp(
    String.raw`(?<!\p{L})(?:de la firme|du [Cc]abinet|du [Bb]ureau(?: d['’][ée]tudes?)?|de la soci[ée]t[ée]|(?:mise en place |constitu[ée]e )?par (?:le |la |l['’])?(?:[Cc]abinet|[Bb]ureau|[Ff]irme)?|from(?: the)?|del? (?:la )?(?:firma|empresa|consultora))\s*(${NAME})`,
    'u',
  ),
  new RegExp(
    String.raw`(?:consultants?|experts?|[ée]valuat(?:eurs|rices)|consultores|evaluadores|specialists?)(?:\s+(?:externes?|ind[ée]pendants?|independent|external|externos))?\s+(?:de |d['’]|of )(${NAME})`,
    'u',
  ),
  new RegExp(String.raw`^(?:[ÉéEe]quipe|[Tt]eam|[Ee]quipo)\s+(${NAME})`, 'u'),
];

/** A firm's name as the phrase wrote it: a trailing full stop dropped, unless it closes an abbreviation ("Inc."). */
function cleanFirmName(name: string): string {
  const trimmed = name.trim();
  return /(?:\b(?:Inc|Ltd|Co|Corp)|\p{Lu}\.\p{Lu})\.$/u.test(trimmed) ? trimmed : trimmed.replace(/\.$/, '');
}

/** The firm the team phrase (from the team's noun to the list) names; null when none. */
function firmOf(phrase: string): string | null {
  for (const cue of FIRM_CUES) {
    const m = cue.exec(phrase);
    if (m) return cleanFirmName(m[1]!);
  }
  return null;
}

/** A list point's marker before a capital ("► Marie Brunagel", "- Jane Doe", "1. Amadou Wade Diagne"). */
const LIST_MARKER = /^\s*(?:[-–•*▪◦►]|\d{1,2}[.)])\s+\p{Lu}/u;

/** A line that goes on with a list of members: a point ("► …", "- …", "1. …") or a name before its role ("Jane Doe, consultante"). */
function memberLine(line: string): boolean {
  const text = line.trim();
  if (LIST_MARKER.test(text)) return true;
  const head = text.split(/\s*[,(]\s*/)[0]!;
  return looksLikeName(head);
}

/** Points inline ("1. Amadou Wade Diagne 2. Boubacar Ndiaye") and list markers become one member a line. */
function memberChunks(members: string): string {
  return members
    .replace(/\s+\d{1,2}[.)]\s+(?=\p{Lu})/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-–•*▪◦►]|\d{1,2}[.)])\s+/u, '').trim())
    .filter(Boolean)
    .join('\n');
}

/** The members after the cue: to the sentence's end on the same line, else the member lines under it. */
function membersAfter(text: string, from: number): string {
  const lineEnd = text.indexOf('\n', from);
  const rest = text.slice(from, lineEnd === -1 ? text.length : lineEnd);
  if (rest.trim() && !LIST_MARKER.test(rest)) {
    const end = /(?<!\b(?:Inc|Ltd|Co|\p{Lu}))\.(?=\s+\p{Lu}|\s*$)/u.exec(rest);
    return rest.slice(0, end ? end.index : rest.length);
  }
  const lines: string[] = [];
  for (const line of text
    .slice(from)
    .split('\n')
    .slice(rest.trim() ? 0 : 1)) {
    if (!line.trim()) continue;
    if (!memberLine(line) || lines.length >= 12) break;
    lines.push(line);
  }
  return lines.join('\n');
}

/**
 * The teams the opening of a document names with their members, in text order. A team's phrase runs
 * from its noun to "composed of" (or to a colon after a clause saying what the team did) within one
 * sentence; lower-case words between the cue and a colon ("composée d'évaluateurs et d'experts :")
 * describe the team, and the members follow the colon.
 */
export function findTeamCompositions(text: string): TeamComposition[] {
  const joined = joinWrappedLines(text);
  const found: TeamComposition[] = [];
  for (const team of joined.matchAll(TEAM)) {
    const window = joined.slice(team.index, team.index + 260);
    const sentenceEnd = /[.!?](?=\s+\p{Lu}\p{Ll}{2})|\n\s*\n/u.exec(window);
    const phraseWindow = sentenceEnd ? window.slice(0, sentenceEnd.index) : window;
    if (OTHER_TEAM_BEFORE.test(joined.slice(Math.max(0, team.index - 20), team.index)) || OTHER_TEAM_AFTER.test(window)) continue;
    const composed = COMPOSED.exec(phraseWindow);
    const colon = /:[ \t]*/.exec(phraseWindow);
    let phraseEnd: number;
    let listStart: number;
    if (composed) {
      phraseEnd = composed.index;
      listStart = composed.index + composed[0].length;
      // « composée d'évaluateurs et d'experts : » then the members: the words before the colon describe the team.
      const described = /^[\p{Ll} \t'’,-]{0,80}:[ \t]*/u.exec(window.slice(listStart));
      if (described) listStart += described[0].length;
    } else if (colon && DID_THE_WORK.test(phraseWindow.slice(0, colon.index))) {
      phraseEnd = colon.index;
      listStart = colon.index + colon[0].length;
    } else continue;
    if (!ABOUT_THE_WORK.test(joined.slice(Math.max(0, team.index - 160), team.index + phraseEnd))) continue;
    const members = memberChunks(membersAfter(joined, team.index + listStart));
    if (!members.split('\n').some((line) => looksLikeName(line.split(/\s*[,(]\s*/)[0]!))) continue;
    found.push({ firm: firmOf(window.slice(0, phraseEnd)), members });
  }
  return found;
}
