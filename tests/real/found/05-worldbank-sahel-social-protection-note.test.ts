/**
 * found/05 — World Bank, Sahel Adaptive Social Protection Program (PPSAS) policy note 14, « Voies
 * d’expansion : développer l’inclusion économique pour l’emploi et la résilience au Sahel », Margaux
 * Vinez, May 2025, in French. The World Bank's own text rendering of the PDF (stored as .txt on its
 * documents site); stored page excerpt (first 2,000 bytes).
 *
 * What a reader finds: the title, author and series lines run together with the running header
 * (« Série de notes politiques du PPSAS NOTE POLITIQUE 14 | MAI 2025 … 2 Mai 2025 1 »), then « PRINCIPALES
 * RECOMMANDATIONS » whose text is two columns interleaved line by line (« … un outil essentiel
 * développement économique en fournissant un ensemble complet pour faire face à la crise de l’emploi … »):
 * no sentence can be read as a recommendation. A careful reader takes nothing from it; an extractor may
 * at most keep the block as one (garbled) recommendation.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 05 World Bank Sahel social protection policy note, two columns interleaved (TXT, FR)',
  file: found('05_worldbank-sahel-adaptive-social-protection-policy-note-2025-fr.txt'),
  document: { kind: ['BRIEF', 'OTHER'], language: 'fr' },
  counts: { FINDING: [0, 0], RECOMMENDATION: [0, 1], LESSON_LEARNED: [0, 0], GOOD_PRACTICE: [0, 0] },
  junk: {
    forbiddenOpenings: ['Série de notes politiques du PPSAS', 'NOTE POLITIQUE 14', 'VOIES D’EXPANSION', 'Par Margaux Vinez'],
  },
});
