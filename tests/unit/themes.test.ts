import { readFileSync } from 'node:fs';
import { findThemes, themeAncestors, themeRef } from '../../src/extract/themes.js';

const ids = (refs: { id: string }[]): string[] => refs.map((r) => r.id);

describe('findThemes', () => {
  it('tags the seed lesson on social mediation with social mediation and slavery', () => {
    const fr = "La médiation sociale est un créneau très porteur dans l'émancipation des personnes victimes de l'esclavage.";
    expect(findThemes(fr, 'fr')).toEqual([
      { id: 'theme:slavery', label: 'Slavery' },
      { id: 'theme:social-mediation', label: 'Social mediation' },
    ]);
  });

  it('gives the same theme ids for the same idea in English and Spanish', () => {
    const fr = "La médiation sociale est un créneau très porteur dans l'émancipation des personnes victimes de l'esclavage.";
    const en = 'Social mediation is a promising avenue for the emancipation of victims of slavery.';
    const es = 'La mediación social es una vía muy prometedora para la emancipación de las víctimas de la esclavitud.';
    expect(ids(findThemes(en, 'en'))).toEqual(ids(findThemes(fr, 'fr')));
    expect(ids(findThemes(es, 'es'))).toEqual(ids(findThemes(fr, 'fr')));
  });

  it('matches both stems of a word family (esclavage -> esclavag, esclaves -> esclav)', () => {
    expect(ids(findThemes('Les esclaves.', 'fr'))).toEqual(['theme:slavery']);
    expect(ids(findThemes("L'esclavagisme.", 'fr'))).toEqual(['theme:slavery']);
  });

  it('does not take a word for a trigger the English stemmer cut to a stem they share', () => {
    const themes = (text: string) => ids(findThemes(text, 'en'));
    // "informality" -> inform, "governance" -> govern, "participation" -> particip, "communication" -> commun, "reporting" -> report
    expect(themes('Key informants shared information with the government.')).toEqual([]);
    expect(themes('Participants from the community read the evaluation report and the action plan.')).toEqual([]);
    // The trigger's own family still matches.
    expect(themes('Workers in the informal economy.')).toContain('theme:informal-economy');
    expect(themes('Accountable institutions and good governance.')).toContain('theme:governance');
    expect(themes('Communities participated in every decision.')).toContain('theme:community-participation');
    expect(themes('The capacity of the labour inspectorate.')).toContain('theme:capacity-building');
    expect(themes('Progress was monitored every quarter.')).toContain('theme:monitoring-evaluation');
  });

  it('matches multi-word triggers and acronyms', () => {
    expect(ids(findThemes('Les AGR ont contribué à une relance des activités.', 'fr'))).toEqual(['theme:income-generating-activities']);
    expect(ids(findThemes('les activités génératrices de revenus', 'fr'))).toEqual(['theme:income-generating-activities']);
    expect(ids(findThemes('travail des enfants', 'fr'))).toEqual(['theme:child-labour']);
    expect(ids(findThemes('child labour in cocoa', 'en'))).toEqual(['theme:child-labour']);
  });

  it('orders by number of hits, then vocabulary order', () => {
    expect(ids(findThemes('Le plaidoyer, encore le plaidoyer, et la médiation.', 'fr'))).toEqual(['theme:advocacy', 'theme:social-mediation']);
  });

  it('tries every language for und', () => {
    expect(ids(findThemes('slavery', 'und'))).toEqual(['theme:slavery']);
  });

  it('tags the DAC criteria in findings', () => {
    expect(ids(findThemes('Les ressources allouées au projet ont été judicieusement utilisées.', 'fr'))).toEqual([
      'theme:resource-mobilisation',
      'theme:efficiency',
    ]);
  });

  it('does not confuse "forme" with "formation" or with the verb "former"', () => {
    expect(findThemes('sous sa forme actuelle, des formes durables', 'fr')).toEqual([{ id: 'theme:sustainability', label: 'Sustainability' }]);
    expect(ids(findThemes('Former le personnel de TEMEDT sur le système de suivi-évaluation', 'fr'))).toEqual([
      'theme:capacity-building',
      'theme:monitoring-evaluation',
    ]);
  });

  it('counts a phrase once even when a word of it is a trigger too ("social mediation")', () => {
    expect(ids(findThemes('Social mediation and slavery.', 'en'))).toEqual(['theme:slavery', 'theme:social-mediation']);
  });

  it('returns nothing for empty text', () => {
    expect(findThemes('', 'fr')).toEqual([]);
  });

  it('tags the whole seed with slavery first', () => {
    const seed = readFileSync(new URL('../../seeds/000_1b59a9dc3ded9035.txt', import.meta.url), 'utf8');
    expect(findThemes(seed, 'fr')[0]).toEqual({ id: 'theme:slavery', label: 'Slavery' });
  });
});

describe('themeAncestors', () => {
  it('walks the broader links up to the top', () => {
    expect(themeAncestors('theme:descent-based-slavery')).toEqual([
      'theme:slavery',
      'theme:forced-labour',
      'theme:fundamental-principles-rights-at-work',
      'theme:decent-work',
    ]);
    expect(themeAncestors('theme:efficiency')).toEqual(['theme:dac-criteria']);
    expect(themeAncestors('theme:dac-criteria')).toEqual([]);
    expect(themeAncestors('theme:unknown')).toEqual([]);
  });

  it('gives a ThemeRef for a known id', () => {
    expect(themeRef('theme:social-mediation')).toEqual({ id: 'theme:social-mediation', label: 'Social mediation' });
    expect(themeRef('theme:unknown')).toBeNull();
  });
});
