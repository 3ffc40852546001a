/**
 * found/06 — UNDP Niger blog « Comprendre les défis de la gouvernance et de la décentralisation dans le
 * Liptako-Gourma … » (21 August 2020): a regional workshop co-organised by UNDP and BMZ for the Alliance
 * Sahel. Whole Markdown file (MIT), with the page's navigation and footer kept as text.
 *
 * What a reader finds: navigation lines (« Aller au contenu principal », « NOUS CONNAÎTRE » …), the
 * title twice (once in capitals), a photo caption « Table de séance », paragraphs on the workshop's four
 * steps; « Quelles leçons en tirer ? » is a question put to participants, not a lesson; two problems
 * identified by issue mapping (« 1) le transfert effectif de compétences et de ressources vers les
 * collectivités territoriales ; 2) la gestion partagée des ressources ») — findings of the workshop at
 * most; then teasers of other posts (« LIRE LA SUITE ») and the footer. No recommendation, no lesson.
 * The Liptako-Gourma spans Mali, Burkina Faso and Niger; Germany (BMZ) co-organised.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 06 UNDP Niger blog, Liptako-Gourma governance workshop (MD, FR)',
  file: found('06_undp-niger-liptako-gourma-governance-blog-2020-fr.md'),
  document: { kind: 'OTHER', language: 'fr' },
  counts: {
    // At most the two problems the workshop identified.
    FINDING: [0, 2],
    RECOMMENDATION: [0, 0],
    LESSON_LEARNED: [0, 0],
    GOOD_PRACTICE: [0, 0],
  },
  notItems: [
    { kind: 'LESSON_LEARNED', opening: 'Puis, s’intéresser à l’action actuellement mise en place', note: 'a question put to the workshop' },
    { kind: 'RECOMMENDATION', opening: 'Renforcer la gouvernance locale', note: 'a statement of the speakers, not a recommendation' },
    { kind: 'FINDING', opening: 'Des solutions locales face aux problèmes de développement au Niger', note: 'a teaser of another post' },
  ],
  countries: {
    concerned: ['NER', 'MLI', 'BFA'],
    exactly: true,
    notConcerned: ['DEU'],
  },
  junk: {
    forbiddenOpenings: [
      'Aller au contenu principal',
      'NOUS CONNAÎTRE',
      'LIRE LA SUITE',
      'Programme des Nations Unies',
      'Table de séance',
      'COMPRENDRE LES DÉFIS',
      'Signaler une fraude',
    ],
    forbiddenFragments: ['LIRE LA SUITE', '[['],
  },
});
