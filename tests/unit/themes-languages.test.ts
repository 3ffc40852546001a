import { findThemes } from '../../src/extract/themes.js';

/** One idea per theme, said in French, English and Spanish: each must carry the theme. */
const CASES: [string, string, string, string][] = [
  ['theme:forced-labour', 'Le travail forcé persiste.', 'Forced labour persists.', 'El trabajo forzoso persiste.'],
  [
    'theme:descent-based-slavery',
    "L'esclavage par ascendance reste toléré.",
    'Descent-based slavery is still tolerated.',
    'La esclavitud por ascendencia sigue tolerada.',
  ],
  [
    'theme:slavery-based-discrimination',
    "La discrimination fondée sur l'esclavage persiste.",
    'Slavery-based discrimination persists.',
    'La discriminación basada en la esclavitud persiste.',
  ],
  ['theme:human-trafficking', 'La traite des personnes augmente.', 'Human trafficking is rising.', 'La trata de personas aumenta.'],
  ['theme:child-labour', 'Le travail des enfants recule.', 'Child labour is declining.', 'El trabajo infantil disminuye.'],
  [
    'theme:income-generating-activities',
    'Les activités génératrices de revenus ont aidé.',
    'Income-generating activities helped.',
    'Las actividades generadoras de ingresos ayudaron.',
  ],
  ['theme:social-protection', 'La protection sociale reste faible.', 'Social protection remains weak.', 'La protección social sigue siendo débil.'],
  ['theme:gender-equality', "L'égalité de genre progresse.", 'Gender equality is improving.', 'La igualdad de género avanza.'],
  ['theme:advocacy', 'Le plaidoyer a porté ses fruits.', 'Advocacy paid off.', 'La incidencia política dio frutos.'],
  ['theme:legal-policy-reform', 'La législation a été révisée.', 'The legislation was revised.', 'La legislación fue revisada.'],
  [
    'theme:capacity-building',
    'Le renforcement des capacités des partenaires.',
    'Capacity building of partners.',
    'El fortalecimiento de capacidades de los socios.',
  ],
  ['theme:social-mediation', 'La médiation sociale a apaisé les tensions.', 'Social mediation eased tensions.', 'La mediación social alivió las tensiones.'],
  [
    'theme:humanitarian-coordination',
    'La coordination humanitaire était faible.',
    'Humanitarian coordination was weak.',
    'La coordinación humanitaria era débil.',
  ],
  [
    'theme:local-governance',
    'La décentralisation renforce les communes.',
    'Decentralisation strengthens municipalities.',
    'La descentralización fortalece los municipios.',
  ],
  ['theme:displacement', 'Les déplacés internes sont nombreux.', 'The internally displaced are many.', 'Los desplazados internos son numerosos.'],
  [
    'theme:vocational-training',
    'La formation professionnelle des jeunes.',
    'Vocational training for young people.',
    'La formación profesional de los jóvenes.',
  ],
  [
    'theme:monitoring-evaluation',
    'Le système de suivi-évaluation est faible.',
    'The monitoring and evaluation system is weak.',
    'El sistema de seguimiento y evaluación es débil.',
  ],
  ['theme:partnerships', 'Le partenariat a bien fonctionné.', 'The partnership worked well.', 'La alianza funcionó bien.'],
  ['theme:awareness-raising', 'La sensibilisation des communautés.', 'Awareness raising in communities.', 'La sensibilización de las comunidades.'],
  ['theme:access-to-justice', "L'accès à la justice reste difficile.", 'Access to justice remains difficult.', 'El acceso a la justicia sigue siendo difícil.'],
  [
    'theme:fundamental-principles-rights-at-work',
    'Les principes et droits fondamentaux au travail.',
    'Fundamental principles and rights at work.',
    'Los principios y derechos fundamentales en el trabajo.',
  ],
  ['theme:relevance', 'La pertinence du projet est forte.', 'The relevance of the project is high.', 'La pertinencia del proyecto es alta.'],
  ['theme:coherence', 'La cohérence interne est bonne.', 'Internal coherence is good.', 'La coherencia interna es buena.'],
  ['theme:effectiveness', "L'efficacité du projet est moyenne.", 'The effectiveness of the project is average.', 'La eficacia del proyecto es media.'],
  ['theme:efficiency', "L'efficience du projet est bonne.", 'The efficiency of the project is good.', 'La eficiencia del proyecto es buena.'],
  ['theme:impact', "L'impact du projet est visible.", 'The impact of the project is visible.', 'El impacto del proyecto es visible.'],
  [
    'theme:sustainability',
    'La durabilité des acquis est incertaine.',
    'The sustainability of the gains is uncertain.',
    'La sostenibilidad de los logros es incierta.',
  ],
];

describe.each(CASES)('%s', (themeId, fr, en, es) => {
  it('is found in French, English and Spanish', () => {
    expect(findThemes(fr, 'fr').map((t) => t.id)).toContain(themeId);
    expect(findThemes(en, 'en').map((t) => t.id)).toContain(themeId);
    expect(findThemes(es, 'es').map((t) => t.id)).toContain(themeId);
  });
});

it('keeps the French efficacité (effectiveness) and efficience (efficiency) apart', () => {
  expect(findThemes("L'efficacité du projet.", 'fr').map((t) => t.id)).toEqual(['theme:effectiveness']);
  expect(findThemes("L'efficience du projet.", 'fr').map((t) => t.id)).toEqual(['theme:efficiency']);
  expect(findThemes('The effect of the project.', 'en')).toEqual([]);
});
