import { describe, expect, it } from '@jest/globals';
import { findCoverAuthors } from '../../../src/extract/metadata/cover-authors.js';

describe('findCoverAuthors', () => {
  it('reads the names a cover prints one a line between its title and its date', () => {
    const cover = [
      'EVALUACIÓN FINAL DEL PROYECTO DE AGUA POTABLE Y SANEAMIENTO RURAL',
      '',
      'Informe final',
      '',
      'Juan Carlos Pérez López',
      '',
      'María Elena Gómez Ruiz',
      '',
      'Marzo de 2019',
    ].join('\n');
    expect(findCoverAuthors(cover)).toEqual(['Juan Carlos Pérez López', 'María Elena Gómez Ruiz']);
  });

  it('reads them over the institution they work for', () => {
    const cover = [
      'Evaluación de medio término del Programa de Gobernabilidad Local',
      'Informe de evaluación',
      'Ana Sofía Rivas',
      'Pedro Antonio Molina',
      'Centro de Estudios para el Desarrollo Local',
      'Setiembre 2013',
    ].join('\n');
    expect(findCoverAuthors(cover)).toEqual(['Ana Sofía Rivas', 'Pedro Antonio Molina']);
  });

  it('never takes an organisation, a region or a place for a person', () => {
    expect(findCoverAuthors('Evaluación final del programa regional\n\nCooperación Española\n\nAmérica Latina\n\nMarzo de 2019')).toEqual([]);
    expect(findCoverAuthors('Informe de evaluación del programa\n\nCosta Rica\n\n2019')).toEqual([]);
    // A firm with its legal form, and two names a transcript glued, are no one's name.
    expect(findCoverAuthors('INFORME DE EVALUACIÓN EXTERNA\nRESPONSABLES DE LA EVALUACIÓN\nEkkipa Andina SAC\nEquipo evaluador\n')).toEqual([]);
    expect(findCoverAuthors('INFORME DE EVALUACIÓN\n\nHans NusselderWilfredo Díaz\n\nSetiembre 2013')).toEqual([]);
  });

  it('needs a title above the names and a date, place or institution under them', () => {
    expect(findCoverAuthors('Juan Carlos Pérez López\nMaría Elena Gómez Ruiz\nMarzo de 2019')).toEqual([]);
    expect(findCoverAuthors('Evaluación final del proyecto\n\nJuan Carlos Pérez López\n\nEl proyecto se ejecutó en tres departamentos del país.')).toEqual([]);
  });
});
