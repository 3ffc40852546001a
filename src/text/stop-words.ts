/**
 * Stop words of the insights index: French and English function words, ignored at indexing
 * and query time. Negations (pas, sans, ne, ni, no, not, nor) are deliberately absent: a lesson
 * "sans appui" is not a lesson "avec appui".
 */
export const FRENCH_STOP_WORDS: readonly string[] = [
  'a', 'afin', 'ai', 'aie', 'aient', 'aies', 'ait', 'as', 'au', 'aucun', 'aucune', 'auquel', 'aussi',
  'autre', 'autres', 'aux', 'auxquelles', 'auxquels', 'avaient', 'avais', 'avait', 'avec', 'avez', 'aviez',
  'avions', 'avons', 'ayant', 'ce', 'ceci', 'cela', 'celle', 'celles', 'celui', 'ces', 'cet', 'cette',
  'ceux', 'chaque', 'ci', 'comme', 'comment', 'd', 'dans', 'de', 'des', 'donc', 'dont', 'du', 'elle',
  'elles', 'en', 'entre', 'es', 'est', 'et', 'eu', 'eux', 'fait', 'faites', 'furent', 'fut', 'il', 'ils',
  'j', 'je', 'l', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'm', 'ma', 'mais', 'me', 'mes', 'moi', 'mon',
  'même', 'mêmes', 'n', 'nos', 'notre', 'nous', 'on', 'ont', 'or', 'ou', 'où', 'par', 'parce', 'peu', 'peut',
  'plus', 'pour', 'pourquoi', 'qu', 'quand', 'que', 'quel', 'quelle', 'quelles', 'quels', 'qui', 'quoi', 's',
  'sa', 'se', 'ses', 'si', 'son', 'sont', 'sous', 'sur', 't', 'ta', 'te', 'tes', 'toi', 'ton', 'tous',
  'tout', 'toute', 'toutes', 'très', 'tu', 'un', 'une', 'unes', 'uns', 'vos', 'votre', 'vous', 'y', 'à',
  'étaient', 'étais', 'était', 'étant', 'été', 'être',
];

export const ENGLISH_STOP_WORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did',
  'do', 'does', 'doing', 'down', 'during', 'each', 'few', 'for', 'from', 'further', 'had', 'has', 'have',
  'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'in', 'into',
  'is', 'it', 'its', 'itself', 'just', 'me', 'more', 'most', 'my', 'myself', 'now', 'of', 'off', 'on',
  'once', 'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'same', 'she', 'should',
  'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there',
  'these', 'they', 'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 'very', 'was', 'we',
  'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you',
  'your', 'yours', 'yourself', 'yourselves',
];
