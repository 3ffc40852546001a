/**
 * The authors a cover prints without a label: the evaluators' names, one a line, right under the title or its report
 * kind and right over the cover's date, place or institution ("EVALUACIÓN FINAL DEL PROYECTO …" / "Informe final" /
 * "Juan Carlos Pérez López" / "María Elena Gómez Ruiz" / "Marzo de 2019"; "INFORME DE EVALUACIÓN" / "Hans Nusselder" /
 * "Wilfredo Díaz" / "Centro de Estudios para el Desarrollo Rural"). Pure.
 */
import { foldAccentsAndQuotes } from '../../text/normalise.js';
import { findMentionSpans } from '../gazetteer.js';
import { parseDate } from './dates.js';
import { classifyLabel } from './labels.js';
import { isFirmName, isRolePhrase, looksLikeName } from './people.js';

/** Non-empty lines at the top of a document searched for a cover's authors. */
const COVER_LINES = 25;
/** Names a cover prints one a line, at most. */
const MAX_AUTHORS = 4;
/** Words of a person's name on a line of its own. */
const NAME_WORDS = { min: 2, max: 5 };
/** Words of a line that closes the names: a date, a place, an institution or a role. */
const CLOSING_WORDS = 12;

/** A title or a report's kind above the names: it names an evaluation or a report. */
const TITLE_WORD = /\b(?:evaluation|evaluations|evaluacion|evaluaciones|assessment|review|revue|rapport|report|informe|examen)\b/;

/**
 * Capitalised words of organisations' and regions' names that are nobody's name ("Cooperación Española", "Organización
 * Internacional", "América Latina", "Plan Internacional"), folded.
 */
const NOT_A_NAME_WORD =
  /^(?:cooperacion|cooperation|organizacion|organisation|organization|organisme|internacional|international|internationale|nacional|national|nationale|regional|regionale|espanola|francaise|europea|europeenne|european|america|americas|latina|latin|caribe|caribbean|africa|afrique|asia|plan|programa|programme|program|proyecto|projet|project|fondo|fonds|fund|agencia|agence|agency|sistema|systeme|system|desarrollo|developpement|development|naciones|nations|unidas|unies|united|mundial|world|social|rural|publica|public|publique|gobierno|government|final|finale|version|borrador|draft|volumen|volume|tomo|parte|part|anexos?|annex(?:es?)?|resumen|ejecutivo|executive|summary|sintesis|synthese|synthesis|management|response|responses|respuesta|reponse|gestion|direction|direccion|recommendations?|recomendaciones|findings|hallazgos|lessons|lecciones|conclusions?|conclusiones|contents|contenido|details|acknowledgements?|agradecimientos|foreword|preface|prologo|introduction|introduccion|bibliographic|document|documento)$/;

/** A line that is one person's name and nothing else. */
function isNameLine(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < NAME_WORDS.min || words.length > NAME_WORDS.max || /[\d,;:()]/.test(line)) return false;
  // "Hans NusselderWilfredo Díaz": two names a transcript glued, not one; "Ekkipo SAC", "Consorcio ABC": an acronym or
  // a legal form is no part of a person's name.
  if (/\p{Ll}\p{Lu}/u.test(line) || words.some((word) => /^\p{Lu}{2,4}\.?$/u.test(word))) return false;
  if (!looksLikeName(line) || isFirmName(line) || isRolePhrase(line) || classifyLabel(line)) return false;
  if (TITLE_WORD.test(foldAccentsAndQuotes(line))) return false;
  if (words.some((word) => NOT_A_NAME_WORD.test(foldAccentsAndQuotes(word).replace(/[.]$/, '')))) return false;
  // A country, a place or a known organisation ("Costa Rica", "Naciones Unidas") is nobody's name.
  return findMentionSpans(line).length === 0;
}

/** The line under the names: the cover's date, a place, an institution or firm, or a role ("Consultora independiente"). */
function closesNames(line: string): boolean {
  if (line.split(/\s+/).length > CLOSING_WORDS) return false;
  if (parseDate(line) || /\b(?:19|20)\d{2}\b/.test(line)) return true;
  return isFirmName(line) || isRolePhrase(line) || findMentionSpans(line).some((span) => span.kind === 'place' || span.kind === 'country');
}

/**
 * The names printed one a line on a cover between its title (or the report's kind under it: "Informe final") and its
 * date, place or institution; none when the run is longer than a team's list, stands anywhere else, or the cover names
 * no evaluation or report above it. Only the first run of names counts.
 */
export function findCoverAuthors(text: string): string[] {
  const lines = text
    .slice(0, 4000)
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^#+\s*/, '')
        .replace(/\*\*/g, ''),
    )
    .filter(Boolean)
    .slice(0, COVER_LINES);
  const first = lines.findIndex((line, index) => index > 0 && isNameLine(line));
  if (first < 0) return [];
  let end = first;
  while (end < lines.length && isNameLine(lines[end]!)) end += 1;
  const names = lines.slice(first, end);
  const above = lines[first - 1]!;
  const below = lines[end];
  // Under a sentence or a label ("Saved in:"), names are no cover's authors.
  if (names.length > MAX_AUTHORS || /[.!?:]$/.test(above) || above.length > 200) return [];
  if (!lines.slice(0, first).some((line) => TITLE_WORD.test(foldAccentsAndQuotes(line)))) return [];
  return below === undefined || closesNames(below) ? names : [];
}
