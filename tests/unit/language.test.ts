import { detectLanguage } from '../../src/extract/language.js';
import { readFileSync } from 'node:fs';

describe('detectLanguage', () => {
  it('tells French, English and Spanish sentences apart', () => {
    expect(detectLanguage("L'intervention du Projet a brisé le tabou autour de la question de l'esclavage.")).toBe('fr');
    expect(detectLanguage('The intervention of the project broke the taboo around the question of slavery.')).toBe('en');
    expect(detectLanguage('La intervención del proyecto rompió el tabú en torno a la cuestión de la esclavitud.')).toBe('es');
  });

  it('is not swayed by words two languages share', () => {
    expect(detectLanguage('On a vu un an de travail sur le terrain, or les résultats sont là.')).toBe('fr');
    expect(detectLanguage('Entre las comunidades, el proyecto fue bien recibido por las autoridades.')).toBe('es');
  });

  it('reads the seed as French', () => {
    expect(detectLanguage(readFileSync(new URL('../../seeds/000_1b59a9dc3ded9035.txt', import.meta.url), 'utf8'))).toBe('fr');
  });

  it('answers und for text too short or without words', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('MLI/19/01/USA 1,875,282')).toBe('und');
    expect(detectLanguage('RECOMMANDATIONS')).toBe('und');
  });
});
