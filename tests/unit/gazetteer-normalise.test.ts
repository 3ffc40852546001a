import { foldForMatch, normaliseName, slugify } from '../../src/text/normalise.js';

describe('normalise', () => {
  it('folds accents, case, apostrophes, dashes and spaces', () => {
    expect(foldForMatch('  Côte d’Ivoire ')).toBe("cote d'ivoire");
    expect(foldForMatch('Mise en Œuvre\u00a0–\tSUIVI')).toBe('mise en oeuvre - suivi');
    expect(foldForMatch('ÉTATS-UNIS')).toBe('etats-unis');
  });

  it('slugifies for ids', () => {
    expect(slugify('Vision ProActive')).toBe('vision-proactive');
    expect(slugify("N'Guigmi")).toBe('nguigmi');
    expect(slugify('Marcelin Orsot')).toBe('marcelin-orsot');
    expect(slugify(' -- ')).toBe('');
  });

  it('normalises person names', () => {
    expect(normaliseName('ABDOURAHAMANE H. TOURE')).toBe('Abdourahamane H. Toure');
    expect(normaliseName('Marcelin ORSOT')).toBe('Marcelin Orsot');
    expect(normaliseName('jean-pierre  DE LA FONTAINE')).toBe('Jean-Pierre de la Fontaine');
    expect(normaliseName("O'BRIEN McDonald")).toBe("O'Brien McDonald");
  });
});
