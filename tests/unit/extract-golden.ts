/**
 * The golden facts of the seed (what the seed evaluation summary holds, checked by hand), shared by the tests that
 * read it as text, PDF and Word: whatever the format, the same record must come out.
 */
import { expect } from '@jest/globals';
import { cleanInline } from '../../src/extract/text-cleanup.js';
import type { ExtractionRecord, Insight, InsightKind } from '../../src/model/records.js';

export const SEED_PATH = 'seeds/000_1b59a9dc3ded9035.txt';

export function ofKind(record: ExtractionRecord, kind: InsightKind): Insight[] {
  return record.insights.filter((insight) => insight.kind === kind);
}

export const SEED_FINDING_HEADLINES = [
  "Le Projet DRL Mali est en phase avec les textes et dispositions législatives et réglementaires internationales de lutte contre l'esclavage et les discriminations fondées sur l'esclavage.",
  "L'accès aux services d'autonomisation économique pour les victimes sous sa forme Activités Génératrices de Revenus (AGR) est insoutenable à moyen- long termes pour satisfaire les demandes des personnes victimes de l'esclavage.",
  "Aller vers un renforcement de la politique, les lois et mécanismes de mise en œuvre pour lutter contre l'esclavage.",
  'Les ressources allouées au projet ont été judicieusement utilisées.',
  "L'Efficacité du dispositif de gestion",
  "L'impact et la durabilité du projet dépendent de l'ancrage du projet dans les instances et organes des collectivités territoriales et la participation accrue du projet aux différents clusters.",
  "Le Genre et la non-discrimination des victimes de l'esclavage est une des clés de succès du projet.",
];

export const SEED_ADDRESSEES = [
  'org:ilo',
  'org:ilo',
  'org:anti-slavery-international',
  'org:anti-slavery-international',
  'org:temedt',
  'group:victims-of-slavery',
  'group:customary-religious-authorities',
  'group:local-authorities',
  'group:local-authorities',
  'group:government-and-non-governmental-agencies',
  'group:government-and-non-governmental-agencies',
  'group:government-and-non-governmental-agencies',
];

/** No markup, footnote marker or half sentence in any insight; offsets point at the text. */
export function expectCleanInsightsWithOffsets(record: ExtractionRecord, text: string): void {
  for (const insight of record.insights) {
    for (const value of [insight.text, insight.headline ?? '']) {
      expect(value).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(value).not.toMatch(/<sup>|\[\^\d+\]|\*\*/);
      expect(value).not.toMatch(/^\s*\d{1,2}\s+[A-Z]{3,}\s*:/);
    }
    expect(insight.text).toMatch(/^[A-ZÀ-ÝÉ]/);
    expect(insight.provenance.start).toBeGreaterThanOrEqual(0);
    expect(insight.provenance.end).toBeGreaterThan(insight.provenance.start);
    expect(insight.provenance.end).toBeLessThanOrEqual(text.length);
    const slice = cleanInline(text.slice(insight.provenance.start, insight.provenance.end));
    for (const paragraph of insight.text.split('\n\n')) expect(slice).toContain(paragraph);
    if (insight.headline) expect(slice).toContain(insight.headline);
  }
}

/** Every golden fact of the seed, exactly. */
export function expectSeedGolden(record: ExtractionRecord, text: string): void {
  expect(record.document.template).toBe('ilo-ieval-summary');
  expect(record.document.language).toBe('fr');
  expect(record.document.characters).toBe(text.length);

  const evaluation = record.evaluation!;
  expect(evaluation).not.toBeNull();
  expect(evaluation.title).toBe("Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali");
  expect(evaluation.type).toBe('PROJECT');
  expect(evaluation.timing).toBe('MIDTERM');
  expect(evaluation.mode).toBe('INDEPENDENT');
  expect(evaluation.completionDate).toBe('2022-12');
  expect(evaluation.approvalDate).toBeNull();
  expect(evaluation.administrativeOffice).toBe('CO-Abidjan');
  expect(evaluation.technicalOffice).toBe('FUNDAMENTALS');
  expect(evaluation.manager).toMatchObject({ id: 'person:marcelin-orsot', kind: 'PERSON', name: 'Marcelin Orsot' });
  expect(evaluation.evaluators.map(({ id, kind, name }) => ({ id, kind, name }))).toEqual([
    { id: 'person:abdourahamane-h-toure', kind: 'PERSON', name: 'Abdourahamane H. Toure' },
  ]);
  expect(evaluation.evaluationFirms.map(({ id, kind, name }) => ({ id, kind, name }))).toEqual([
    { id: 'org:vision-proactive', kind: 'ORGANISATION', name: 'Vision ProActive' },
  ]);

  const project = record.project!;
  expect(project.code).toBe('MLI/19/01/USA');
  expect(project.title).toBe("Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali");
  expect(project.countries.map((country) => country.iso3)).toEqual(['MLI']);
  expect(project.donors.map((donor) => donor.id)).toEqual(['org:drl']);
  expect(project.budget).toEqual({ amount: 1875282, currency: 'USD' });
  expect(project.partners.map((partner) => partner.id)).toEqual(['org:ilo', 'org:anti-slavery-international', 'org:temedt']);
  expect(project.places.map(({ id, region, country, asWritten }) => ({ id, region, country, asWritten }))).toEqual([
    { id: 'place:mli-anderamboukane', region: 'Ménaka', country: 'MLI', asWritten: 'Andaraboukane' },
    { id: 'place:mli-gossi', region: 'Tombouctou', country: 'MLI', asWritten: 'Gossi' },
    { id: 'place:mli-menaka', region: 'Ménaka', country: 'MLI', asWritten: 'Menaka' },
    { id: 'place:mli-kayes', region: 'Kayes', country: 'MLI', asWritten: 'Kayes' },
  ]);
  expect(project.objective).toBe(
    "L'objectif global du projet est de contribuer aux efforts nationaux de lutte contre l'esclavage et la discrimination fondée sur l'esclavage au Mali.",
  );
  expect(project.outcomes).toEqual([
    "La connaissance et la sensibilisation à l'esclavage et à la discrimination fondée sur l'esclavage au Mali et aux besoins et priorités des victimes sont améliorées",
    "L'accès à des services d'autonomisation économique, d'assistance sociale et juridique utiles, non discriminatoires et spécifiques au sexe par les victimes de l'esclavage et de la discrimination fondée sur l'esclavage est accru",
    "Renforcement de la politique, des lois et des mécanismes de mise en œuvre pour lutter contre l'esclavage et la discrimination fondée sur l'esclavage",
  ]);

  // Findings: bold headline + explanation; the footnote is not part of finding 5.
  const findings = ofKind(record, 'FINDING');
  expect(findings.map((finding) => finding.headline)).toEqual(SEED_FINDING_HEADLINES);
  expect(findings.map((finding) => finding.provenance.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(findings.every((finding) => finding.provenance.section === 'Résultats principaux et Conclusions')).toBe(true);
  expect(findings[0]!.text).toBe(
    "Le projet est en phase avec l'ensemble des textes internationaux qui luttent contre les pratiques de l'esclavage et le travail forcé.\n\n" +
      "En revanche dans son implémentation, le projet n'a pas surtout mis le lien avec les dispositifs nationaux et régionaux en s'inscrivant dans le cadre des priorités du CREDD qui fédère l'ensemble des politiques sectorielles au niveau pays.",
  );
  expect(findings[4]!.text).toBe(
    "Les rencontres hebdomadaires et mensuelles du projet sont tenues au niveau des trois partenaires (ILO, ASI, Temedt) pour faire l'état d'avancement des activités, le taux de consommation budgétaire, le point des défis pour les futures programmations.",
  );
  expect(findings.some((finding) => finding.text.includes('Cadre Stratégique'))).toBe(false);

  // Recommendations: 12, each with its addressee; mentions are not addressees.
  const recommendations = ofKind(record, 'RECOMMENDATION');
  expect(recommendations).toHaveLength(12);
  expect(recommendations.map((recommendation) => recommendation.addressees.map((actor) => actor.id))).toEqual(SEED_ADDRESSEES.map((id) => [id]));
  expect(recommendations.map((recommendation) => recommendation.provenance.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  expect(recommendations[0]!.addressees[0]!.asWritten).toBe('BIT/OIT');
  expect(recommendations[7]!.addressees[0]!.asWritten).toBe('Collectivités');
  const training = recommendations[3]!;
  expect(training.text).toBe('Former le personnel de TEMEDT sur le système de suivi-évaluation (partage des résultats)');
  expect(training.addressees.map((actor) => actor.id)).toEqual(['org:anti-slavery-international']);
  expect(training.mentions.organisations.map((actor) => actor.id)).toContain('org:temedt');
  expect(training.mentions.organisations.map((actor) => actor.id)).not.toContain('org:anti-slavery-international');
  expect(recommendations[8]!.text).toBe(
    'Mobiliser des ressources internes des instances et organes de ces outils de planification locale du développement pour la mise en œuvre des activités du Projet',
  );

  // Lessons learned: two inside the table row, one paragraph after it.
  expect(ofKind(record, 'LESSON_LEARNED').map((lesson) => lesson.text)).toEqual([
    "L'intervention du Projet a brisé le tabou autour de la question de l'esclavage. L'adhésion des autorités locales aux objectifs du projet est un acquis précieux pour déconstruire les idées reçues",
    "Les AGR ont contribué à une relance des activités en permettant aux bénéficiaires de faire face aux besoins familiaux et briser le cycle de l'assistance et de la précarité.",
    "La médiation sociale est un créneau très porteur dans l'émancipation des personnes victimes de l'esclavage.",
  ]);

  const practices = ofKind(record, 'GOOD_PRACTICE');
  expect(practices).toHaveLength(3);
  expect(practices[1]!.text).toBe(
    'Le partage des expériences avec les pays voisins (Niger et Mauritanie) Analyse comparative des lois, des politiques et des mécanismes de mise avec une série de recommandations pour le Mali.',
  );
  expect(practices[1]!.mentions.countries.map((country) => country.iso3)).toEqual(expect.arrayContaining(['NER', 'MRT']));
  expect(practices.every((practice) => practice.provenance.section === 'Bonnes pratiques')).toBe(true);

  // The evaluation purpose only announces lessons and recommendations.
  expect(record.insights.some((insight) => /Identifier les leçons apprises|Fournir des recommandations/.test(insight.text))).toBe(false);
  expect(record.insights).toHaveLength(25);
  expect(record.insights.every((insight) => insight.language === 'fr')).toBe(true);

  expect(record.keywords).toEqual([
    "Lutte contre l'esclavage et les discriminations fondées sur l'esclavage",
    'sensibilisation des acteurs locaux, régionaux et nationaux',
    "droits de l'Homme",
    "Accès aux ressources économiques et à l'emploi pour les victimes",
    'plaidoyer',
  ]);
  const acronyms = Object.fromEntries(record.acronyms.map(({ acronym, expansion }) => [acronym, expansion]));
  expect(acronyms).toMatchObject({
    DRL: "Département de la démocratie, des droits de l'homme et du travail",
    USDOS: "Département d'Etat américain",
    CREDD: 'Cadre Stratégique pour la Relance Economique et le Développement Durable',
    AGR: 'Activités Génératrices de Revenus',
    PDI: 'populations déplacées internes',
    IO: 'résultats intermédiaires',
    PRH: 'Plan de Réponse Humanitaire',
    ADR: 'Agences de Développement Régionales',
  });
  // OPJ is used but never defined in the seed: no invented expansion.
  expect(acronyms).not.toHaveProperty('OPJ');
  expect(record.acronyms.map((item) => item.acronym)).toEqual(['DRL', 'USDOS', 'IO', 'PDI', 'AGR', 'CREDD', 'ADR', 'PRH']);

  expect(record.mentions.countries.map((country) => country.iso3)).toEqual(expect.arrayContaining(['MLI', 'NER', 'MRT']));
  expectCleanInsightsWithOffsets(record, text);
}
