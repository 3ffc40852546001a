import { describe, expect, it } from '@jest/globals';
import { findAcronyms } from '../../src/extract/acronyms.js';
import { cleanInline, segmentBlocks, splitEnumeration } from '../../src/extract/text-cleanup.js';
import { classifyLabel, isNotAnInsight, isTableOfContentsLine } from '../../src/extract/templates/labelled-sections.js';
import { classifyHeading } from '../../src/extract/templates/ilo-ieval-summary.js';
import { SUMMARY_LABELS, classifyFactLabel, findPartnerNames } from '../../src/extract/templates/ilo-ieval-summary/labels.js';
import {
  normaliseOffice,
  parseDonorsBudget,
  parseMode,
  parseTiming,
  parseYearMonth,
  splitEvaluators,
  splitKeywords,
} from '../../src/extract/templates/value-parsers.js';

describe('cleanInline', () => {
  it('removes footnote markers, tags, emphasis and Markdown links', () => {
    expect(cleanInline('du CREDD<sup>1</sup> qui')).toBe('du CREDD qui');
    expect(cleanInline('<p><b>Principales leçons apprises</b></p>')).toBe('Principales leçons apprises');
    expect(cleanInline('*Mots clés:* [Lutte contre l’esclavage](#), plaidoyer.')).toBe('Mots clés: Lutte contre l’esclavage, plaidoyer.');
    expect(cleanInline('**Résultat 1 :** La connaissance')).toBe('Résultat 1 : La connaissance');
  });

  it('drops script content and decodes entities', () => {
    expect(cleanInline('A<script>alert("x")</script> &amp; B &#233;t&eacute;')).toBe('A & B été');
    expect(cleanInline('x &lt;script&gt;alert(1)&lt;/script&gt; y &lt;b&gt;z&lt;/b&gt; 3 &lt; 4')).toBe('x y z 3 < 4');
  });
});

describe('segmentBlocks', () => {
  it('keeps the sentence cut by a page break (paragraph + TAB row starting in lower case)', () => {
    const text = 'Intro\n\nLe contexte a été marqué par des déplacements des\n\n\t\t<p>populations vers les villes.</p> <p>Autre paragraphe.</p>\n';
    const blocks = segmentBlocks(text);
    expect(blocks.map((block) => block.text)).toEqual([
      'Intro',
      'Le contexte a été marqué par des déplacements des populations vers les villes.',
      'Autre paragraphe.',
    ]);
    const joined = blocks[1]!;
    expect(cleanInline(text.slice(joined.start, joined.end))).toBe('Le contexte a été marqué par des déplacements des populations vers les villes.');
  });

  it('reads TAB rows as a label followed by paragraphs, and a row without label as a continuation', () => {
    const blocks = segmentBlocks('<b>Collectivités</b>\tInscrire les actions.\n\t\tMobiliser des ressources\n');
    expect(blocks.map(({ kind, text, continuation }) => ({ kind, text, continuation }))).toEqual([
      { kind: 'label', text: 'Collectivités', continuation: false },
      { kind: 'paragraph', text: 'Inscrire les actions.', continuation: false },
      { kind: 'paragraph', text: 'Mobiliser des ressources', continuation: true },
    ]);
  });

  it('tells footnotes apart and marks bold headlines', () => {
    const blocks = segmentBlocks('**Titre gras**\n\n<sup>1</sup> CREDD : Cadre\n\nTexte.');
    expect(blocks.map(({ kind, bold }) => [kind, bold])).toEqual([
      ['paragraph', true],
      ['footnote', false],
      ['paragraph', false],
    ]);
  });
});

describe('splitEnumeration', () => {
  it('splits i) ii) iii), a) b) and 1. 2. enumerations', () => {
    expect(splitEnumeration('Trois volets i) la connaissance ; ii) l’accès aux services ; iii) le renforcement.').items).toEqual([
      'la connaissance',
      'l’accès aux services',
      'le renforcement.',
    ]);
    expect(splitEnumeration('a) Extend the clinics; b) Train inspectors; c) Publish a report.').items).toEqual([
      'Extend the clinics',
      'Train inspectors',
      'Publish a report.',
    ]);
    expect(splitEnumeration('1. First lesson. 2. Second lesson.').items).toEqual(['First lesson.', 'Second lesson.']);
  });

  it('leaves a sentence without an enumeration whole', () => {
    expect(splitEnumeration('Le partage des expériences avec les pays voisins (Niger et Mauritanie) Analyse comparative.').items).toHaveLength(1);
  });
});

describe('template values', () => {
  it('parses dates, placeholders being no date', () => {
    expect(parseYearMonth('Décembre 2022')).toBe('2022-12');
    expect(parseYearMonth('06/2023')).toBe('2023-06');
    expect(parseYearMonth('noviembre de 2021')).toBe('2021-11');
    expect(parseYearMonth('15 June 2021')).toBe('2021-06');
    expect(parseYearMonth('Cliquez ici pour entrer la date')).toBeNull();
    expect(parseYearMonth('Click here to enter a date.')).toBeNull();
  });

  it('dates a quarter or a half by its last month, in three languages', () => {
    expect(
      ['Q2 2022', 'By Q3/2024', '2024-Q3', '2nd quarter 2024', '4e trimestre 2025', 'IV trimestre 2025', 'T1 2026', 'H1 2025', 'S2 2024'].map(parseYearMonth),
    ).toEqual(['2022-06', '2024-09', '2024-09', '2024-06', '2025-12', '2025-12', '2026-03', '2025-06', '2024-12']);
    expect(parseYearMonth('Phase 2 2024')).toBe('2024');
  });

  it('maps timing and mode in three languages', () => {
    expect([parseTiming('Mi-parcours'), parseTiming('Final evaluation'), parseTiming('Evaluación intermedia')]).toEqual(['MIDTERM', 'FINAL', 'MIDTERM']);
    expect([parseMode('Indépendant'), parseMode('Independiente'), parseMode('Internal')]).toEqual(['INDEPENDENT', 'INDEPENDENT', 'INTERNAL']);
  });

  it('normalises offices, budgets, evaluators, keywords and partners', () => {
    expect(normaliseOffice('Co- Abidjan')).toBe('CO-Abidjan');
    expect(parseDonorsBudget("Département de la démocratie (DRL) du Département d'Etat américain (USDOS), USD 1,875,282.")).toEqual({
      donorText: "Département de la démocratie (DRL) du Département d'Etat américain (USDOS)",
      budget: { amount: 1875282, currency: 'USD' },
    });
    expect(parseDonorsBudget('Departamento de Trabajo (USDOL), US$ 3.200.000').budget).toEqual({ amount: 3200000, currency: 'USD' });
    expect(parseDonorsBudget('European Union, 2.5 million EUR').budget).toEqual({ amount: 2500000, currency: 'EUR' });
    expect(parseDonorsBudget('USDOL (US$ 5,000,000)')).toEqual({ donorText: 'USDOL', budget: { amount: 5000000, currency: 'USD' } });
    expect(parseDonorsBudget('Norvège')).toEqual({ donorText: 'Norvège', budget: null });
    expect(splitEvaluators('Vision ProActive ABDOURAHAMANE H. TOURE')).toEqual({ people: ['ABDOURAHAMANE H. TOURE'], firms: ['Vision ProActive'] });
    expect(splitEvaluators('Rosa E. QUISPE (Consultores del Sahel)')).toEqual({ people: ['Rosa E. QUISPE'], firms: ['Consultores del Sahel'] });
    expect(splitKeywords('A, sensibilisation des acteurs locaux, régionaux et nationaux, plaidoyer.')).toEqual([
      'A',
      'sensibilisation des acteurs locaux, régionaux et nationaux',
      'plaidoyer',
    ]);
    expect(findPartnerNames(['avec un partenariat entre OIT, Anti-Slavery International et TEMEDT en actions viables.'])).toEqual([
      'OIT',
      'Anti-Slavery International',
      'TEMEDT',
    ]);
    expect(findPartnerNames(['implemented through a partnership between the ILO, Timidria and Anti-Slavery International to provide legal aid.'])).toEqual([
      'ILO',
      'Timidria',
      'Anti-Slavery International',
    ]);
  });

  it('recognises a heading split over two lines only once joined', () => {
    expect(classifyHeading('Principales')).toBeNull();
    expect(classifyHeading('Principales recommandations et suivi')).toBe('recommendations');
    expect(classifyHeading('Main findings & conclusions')).toBe('findings');
    expect(classifyHeading('Principales hallazgos y conclusiones')).toBe('findings');
  });
});

describe('findAcronyms', () => {
  it('leaves out the words that announce a short name, and a possessive before the name', () => {
    expect(
      findAcronyms([
        'El Fideicomiso de Impuesto Sobre Nómina en adelante (FISN) del estado de Zacatecas.',
        'La Organización para la Cooperación y el Desarrollo Económico, en adelante (OCDE), publicó.',
        'Las reglas se publican en sus Reglas de Operación (ROP) cada año.',
      ]),
    ).toEqual([
      { acronym: 'FISN', expansion: 'Fideicomiso de Impuesto Sobre Nómina' },
      { acronym: 'OCDE', expansion: 'Organización para la Cooperación y el Desarrollo Económico' },
      { acronym: 'ROP', expansion: 'Reglas de Operación' },
    ]);
  });

  it('finds "Long Form (ACR)", "ACR : Long form" and "ACR (..., Long Form)", and invents nothing', () => {
    expect(
      findAcronyms([
        'trois principaux résultats intermédiaires (IO) avec',
        'sous sa forme Activités Génératrices de Revenus (AGR) est',
        'CREDD : Cadre Stratégique pour la Relance Economique et le Développement Durable (CREDD 2019- 2023) / Ministère',
        'les programmes des ADR (CROCSAD/CLOCSAD, Agences de Développement Régionales).',
        'des départements (justice, travail, OPJ, Administration)',
        'du travail (DRL) du Département d’Etat américain (USDOS)',
      ]),
    ).toEqual([
      { acronym: 'IO', expansion: 'résultats intermédiaires' },
      { acronym: 'AGR', expansion: 'Activités Génératrices de Revenus' },
      { acronym: 'CREDD', expansion: 'Cadre Stratégique pour la Relance Economique et le Développement Durable' },
      { acronym: 'ADR', expansion: 'Agences de Développement Régionales' },
    ]);
  });
});

describe('template label tables', () => {
  it('has the same sections and quick facts in French, English and Spanish', () => {
    const sections = (language: 'fr' | 'en' | 'es') => [...new Set(SUMMARY_LABELS[language].sections.map(([zone]) => zone))].sort();
    expect(sections('en')).toEqual(sections('fr'));
    expect(sections('es')).toEqual(sections('fr'));
    const facts = (language: 'fr' | 'en' | 'es') => [...new Set(SUMMARY_LABELS[language].facts.map(([field]) => field))].sort();
    expect(facts('en')).toEqual(facts('fr'));
    expect(facts('es')).toEqual(facts('fr'));
  });

  it('recognises the labels as written in each language', () => {
    expect(['Pays', 'Countries', 'País(es)'].map(classifyFactLabel)).toEqual(['countries', 'countries', 'countries']);
    expect(['Gestion d’évaluation', 'Evaluation manager', 'Gerente de la evaluación'].map(classifyFactLabel)).toEqual(['manager', 'manager', 'manager']);
    expect(['Donateur(s) & budget', 'Donor(s) & budget', 'Donante(s) y presupuesto'].map(classifyFactLabel)).toEqual([
      'donorsBudget',
      'donorsBudget',
      'donorsBudget',
    ]);
    expect(['Final evaluation', 'Evaluación final', 'Horaire d’évaluation'].map(classifyFactLabel)).toEqual(['timingWithDate', 'timingWithDate', 'timing']);
    expect(['INFORMATIONS RAPIDES', 'QUICK FACTS', 'DATOS RÁPIDOS'].map(classifyHeading)).toEqual(['quickFacts', 'quickFacts', 'quickFacts']);
    expect(['Bonnes pratiques', 'Good practices', 'Buenas prácticas'].map(classifyHeading)).toEqual(['goodPractices', 'goodPractices', 'goodPractices']);
    expect(['Lecciones aprendidas', 'Lessons learned', 'Principales leçons apprises'].map(classifyHeading)).toEqual(['lessons', 'lessons', 'lessons']);
  });

  it('tells labels, contents lines and announcements apart in other shapes', () => {
    expect(['Key lessons learned', 'Lesson Learned:', 'Buenas prácticas', 'Recommandations', 'Introduction'].map(classifyLabel)).toEqual([
      'LESSON_LEARNED',
      'LESSON_LEARNED',
      'GOOD_PRACTICE',
      'RECOMMENDATION',
      null,
    ]);
    expect(isTableOfContentsLine('RECOMMENDATIONS ...... 42')).toBe(true);
    expect(isTableOfContentsLine('Radio campaigns reached 42')).toBe(false);
    expect(isNotAnInsight('6) Identifier les leçons apprises et les bonnes pratiques')).toBe(true);
    expect(isNotAnInsight('The evaluation aims to draw lessons learned from the first phase.')).toBe(true);
    expect(isNotAnInsight('Was the design relevant to the needs of victims?')).toBe(true);
    expect(isNotAnInsight('Projects should document lessons on reprisals from the start.')).toBe(false);
  });
});
