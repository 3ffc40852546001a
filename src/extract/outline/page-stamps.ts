/**
 * A web page's own furniture left in its text copy: the stamp and the buttons under its content ("Date modified:
 * 2022-05-10" on Canada.ca, "Publisert 14.11.2013" / "Sist oppdatert 16.02.2015" on Norad, « Date de modification »,
 * "Fecha de actualización", "Share this page", "Report a problem on this page"). Copied as text, these lines run on
 * from the page's last list item or stand as a "label: value" line the item takes for one of its fields (a time
 * frame): they are no part of any item. The HTML reader leaves them out already (html-to-text.ts); this is for the
 * same page copied as text, or printed to PDF.
 */
import { foldForMatch } from '../../text/normalise.js';

/** The stamp's label, folded (no accents, lower case): when the page was published, modified or last updated. */
const STAMP_LABEL = new RegExp(
  String.raw`^(?:` +
    [
      // English (Canada.ca, GOV.UK, most sites).
      String.raw`date (?:modified|updated|published)`,
      String.raw`(?:page )?last (?:updated|modified|reviewed)(?: on)?`,
      String.raw`(?:updated|published|modified|posted)(?: on)?`,
      // French (Canada.ca, France, UN sites).
      String.raw`date de (?:modification|mise a jour|publication)`,
      String.raw`derniere (?:mise a jour|modification)(?: le)?`,
      String.raw`(?:mis a jour|modifie|publie)(?: le)?`,
      // Spanish.
      String.raw`fecha de (?:modificacion|actualizacion|publicacion)`,
      String.raw`ultima (?:actualizacion|modificacion)`,
      String.raw`(?:actualizado|modificado|publicado)(?: el)?`,
      // Norwegian, Swedish and Danish donors' sites (Norad, Sida, Danida).
      String.raw`publisert|sist (?:oppdatert|endret)|publicerad|senast (?:uppdaterad|andrad)|publiceret|senest (?:opdateret|aendret)`,
    ].join('|') +
    String.raw`)\s*:?`,
);

/** The stamp's date, or none ("Date Modified:" with its date on the next line): digits and month names, four words at most. */
const STAMP_VALUE = /^(?=.*\d|$)(?:[\p{L}\d]+[\s./,-]*){0,4}$/u;

/** The page's buttons, folded: share, print, report a problem, in the languages we read. */
const PAGE_BUTTON =
  /^(?:share(?: this page)?|print(?: this page)?|report a (?:problem|mistake)(?: or (?:a )?mistake)?(?: on this page)?|partager(?: cette page)?|imprimer(?: cette page)?|signaler un probleme(?: ou une erreur)?(?: sur cette page)?|compartir(?: esta pagina)?|imprimir(?: esta pagina)?|reportar un (?:problema|error)(?: en esta pagina)?|del denne siden|skriv ut(?: denne siden)?|dela sidan)$/;

/** The longest stamp or button line; a sentence that only opens with "Updated …" is longer. */
const MAX_STAMP_LENGTH = 60;

/** True for a line that is only a web page's date stamp or one of its buttons, in any language we read. */
export function isPageStamp(text: string): boolean {
  const line = text.trim();
  if (line === '' || line.length > MAX_STAMP_LENGTH) return false;
  const folded = foldForMatch(line)
    .toLowerCase()
    .replace(/[\s.:!]+$/, '');
  if (PAGE_BUTTON.test(folded)) return true;
  // A stamp opens with a capital: "published." or "updated on 12 May 2012." alone is a wrapped sentence's last line.
  const label = /^\p{Lu}/u.test(line) ? STAMP_LABEL.exec(folded) : null;
  if (label === null) return false;
  const value = folded.slice(label[0].length).trim();
  // "Published" or "Updated" alone may be a heading or a word in a table: with no date the stamp needs its colon.
  return STAMP_VALUE.test(value) && (value !== '' || /:\s*$/.test(line));
}

/** A line that is only a date ("2022-05-10", "10 May 2022"): the stamp's value set under its label. */
const DATE_ONLY = /^(?=.*\d{4})[\p{L}\d\s./,-]{4,30}$/u;

/** Which of a text's lines are page stamps: each stamp line, and the date alone under a stamp that has none ("Date modified:"). */
export function markPageStamps(lines: readonly string[]): boolean[] {
  const marked = lines.map((line) => isPageStamp(line));
  for (let index = 1; index < lines.length; index += 1) {
    if (marked[index - 1] && /:\s*$/.test(lines[index - 1]!) && DATE_ONLY.test(lines[index]!.trim())) marked[index] = true;
  }
  return marked;
}
