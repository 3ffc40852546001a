/**
 * The tag a recommendation closes with in WFP's evaluations and their management-response matrices ("… capacity of
 * government and community clinics. (CO, short-term):", "(Country office with support from RB; medium-term)"):
 * whom it is addressed to and its time frame, in brackets after the statement. Read as fields, it leaves the text.
 */

/** A time frame as such tags state it: a term, not a date ("(World Bank, 2016)" is a citation). */
const TERM =
  /^(?:(?:in the )?(?:short|medium|mid|long)(?:[- ]term)?|(?:short|medium|mid|long)[- ]to[- ](?:medium|mid|long)[- ]term|immediate(?:ly)?|ongoing|continuous|(?:a |à )?(?:court|moyen|long) terme|(?:a )?(?:corto|mediano|medio|largo) plazo|inmediato|imm[ée]diat)$/iu;
/** Whom the tag names: a few words opening with a capital ("CO", "Country office and RB", "HQ Nutrition Unit"). */
const ACTOR = /^\p{Lu}[\p{L}\d&/.' -]{0,60}$/u;
/** The most words an addressee in such a tag takes ("Country office with support from the regional bureau"). */
const MAX_ACTOR_WORDS = 8;
/** The bracket the statement ends with, and the colon or full stop after it. */
const CLOSING = /\s*\(([^()]{2,90})\)\s*[:.]?\s*$/u;

export interface ClosingTag {
  /** The statement without its tag. */
  text: string;
  /** Whom the tag names, or null when it gives only the time frame. */
  addressee: string | null;
  timeFrame: string;
}

/** The addressee and time frame a recommendation's closing bracket gives, or null when it ends otherwise. */
export function closingTag(text: string): ClosingTag | null {
  const match = CLOSING.exec(text);
  if (!match) return null;
  const parts = match[1]!.split(/\s*[,;]\s*/).filter((part) => part !== '');
  const timeFrame = parts.pop();
  if (!timeFrame || !TERM.test(timeFrame)) return null;
  if (parts.some((part) => !ACTOR.test(part) || part.split(/\s+/).length > MAX_ACTOR_WORDS)) return null;
  const statement = text.slice(0, match.index).trimEnd();
  if (statement === '') return null;
  return { text: statement, addressee: parts.length > 0 ? parts.join(', ') : null, timeFrame };
}
