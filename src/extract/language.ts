import type { Language } from '../model/records.js';
import { foldForMatch } from '../text/normalise.js';

/**
 * Stop-word profiles: frequent function words that belong to one of our three languages
 * and not to the others (shared ones such as "la", "de", "en", "un", "que" would only blur
 * the vote; English "on", "an", "or" are French words too). Folded like the text they are
 * compared with.
 */
const PROFILES: Record<Exclude<Language, 'und'>, ReadonlySet<string>> = {
  fr: new Set(
    (
      'le les des du et est une dans pour qui avec sur au aux ce cette ces sont pas ont leur leurs ou mais nous vous il ils elle elles ' +
      'etre ete fait plus tres aussi sans sous dont donc ainsi meme comme apres avant chez selon notamment lors afin ' +
      'd l qu n j avoir peut doit sera seront etait etaient'
    ).split(' '),
  ),
  en: new Set(
    (
      'the of and to in is was for with that this by are be from has have were which it its as at not but been ' +
      'their they we our these those who will would should can could also such into than more other about between through ' +
      'during after before while where when what how all any each both there here only'
    ).split(' '),
  ),
  es: new Set(
    (
      'el los las del y es por para una su sus al lo como mas fue esta estan sobre tambien pero sin ' +
      'hasta desde durante muy ya ha han hay ser sido cuando donde porque segun cada otros otras este estos estas ese esa ' +
      'nos ni tiene tienen puede pueden debe deben'
    ).split(' '),
  ),
};

/** Words shared by French and Spanish: evidence that the text is prose, not a vote for either. */
const SHARED = new Set(['la', 'de', 'en', 'un', 'que', 'a', 'se', 'con', 'son', 'entre']);

const LANGUAGES: readonly Exclude<Language, 'und'>[] = ['fr', 'en', 'es'];

/** Below this many profile or shared words in total the text is too short to tell. */
const MIN_HITS = 3;
/** The winner must beat the runner-up by this factor. */
const MIN_RATIO = 1.5;

/**
 * Language of a text from stop-word profiles: `fr`, `en` or `es`, or `und` when the text is
 * too short or too mixed to tell (fewer than 3 function words, or no clear winner).
 * Only the first 20,000 characters are read: enough for any document, fast for huge ones.
 */
export function detectLanguage(text: string): Language {
  const tokens = foldForMatch(text.slice(0, 20_000)).split(/[^a-z]+/);
  const scores: Record<Exclude<Language, 'und'>, number> = { fr: 0, en: 0, es: 0 };
  let shared = 0;
  for (const token of tokens) {
    if (token.length === 0) continue;
    if (SHARED.has(token)) shared += 1;
    for (const language of LANGUAGES) if (PROFILES[language].has(token)) scores[language] += 1;
  }
  const ranked = [...LANGUAGES].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0]!;
  const second = ranked[1]!;
  const total = scores.fr + scores.en + scores.es + shared;
  if (total < MIN_HITS || scores[best] === 0 || scores[best] < MIN_RATIO * scores[second]) return 'und';
  return best;
}
