/**
 * found/04 — News article (Le Courrier du Nord, Mauritania, 2025), in French, on the presentation in
 * Kiffa (29 July 2025) of the evaluation of the ILO project « Vellahine » — « Mobilisation des
 * communautés pour lutter contre l’esclavage et les discriminations fondées sur l’esclavage en
 * Mauritanie » (2020–2024, funded by the US Treasury with 900,000 US dollars). Stored page excerpt (first
 * 2,000 bytes).
 *
 * What a reader finds: context paragraphs (the project's aims, its regions — the two Hodhs, Assaba,
 * Brakna, Gorgol — and its inspiration), then « Les résultats du projet »: the evaluator (Oumoul Khairy
 * Bâ) drew three main results — stronger anti-slavery organisations (SOS Esclaves, the Syndicat des
 * Agriculteurs de Mauritanie), victims' access to justice, and to social protection (cut by the excerpt).
 * One findings paragraph (or three findings, if split).
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 04 news article on the Vellahine evaluation, Mauritania slavery (TXT, FR)',
  file: found('04_ilo-mauritania-vellahine-slavery-evaluation-news-2025-fr.txt'),
  document: { kind: 'OTHER', language: 'fr' },
  counts: {
    // The results paragraph: one item, or its three results apart.
    FINDING: [1, 3],
    RECOMMENDATION: [0, 0],
    LESSON_LEARNED: [0, 0],
    GOOD_PRACTICE: [0, 0],
  },
  items: [
    {
      kind: 'FINDING',
      position: 'first',
      opening: ['L’experte en évaluation, Oumoul Khairy Bâ', 'Premièrement, le renforcement de capacité des organisations de lutte contre l’esclavage', 'Le renforcement de capacité des organisations'],
    },
  ],
  notItems: [
    { kind: 'FINDING', opening: 'Ce projet vise à combattre l’esclavage par ascendance', note: 'the project’s aim, not a result' },
  ],
  evaluation: { evaluators: ['Oumoul Khairy Bâ'] },
  project: {
    title: 'Mobilisation des communautés pour lutter contre l’esclavage',
    // « à hauteur de 900.000 dollars U.S » (a dot as thousands separator).
    budget: { amount: 900_000, currency: 'USD' },
    donors: ['Trésor'],
  },
  countries: { concerned: ['MRT'], exactly: true, notConcerned: ['USA'] },
  junk: { forbiddenOpenings: ['Les résultats du projet'] },
  gaps: {
    // « Après quatre ans de mise en œuvre … 2020-2024 ».
    'project.period': { start: '2020', end: '2024' },
  },
});
