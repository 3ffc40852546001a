import { describe, expect, it } from '@jest/globals';
import { dateOrderOfLabel, findDates, findPeriod, isDatePlaceholder, parseDate, parsePeriod } from '../../../src/extract/metadata/dates.js';

describe('parseDate: fr/en/es writings at the precision written', () => {
  it.each([
    ['December 2022', '2022-12'],
    ['Décembre 2022', '2022-12'],
    ['déc. 2022', '2022-12'],
    ['diciembre de 2022', '2022-12'],
    ['Octubre, 2018', '2018-10'],
    ['NOVEMBER 2019', '2019-11'],
    ['15/05/2020', '2020-05-15'],
    ['06/08/2018', '2018-08-06'],
    ['May 15, 2020', '2020-05-15'],
    ['September 30, 2014', '2014-09-30'],
    ['27 October 2020', '2020-10-27'],
    ['1er mars 2021', '2021-03-01'],
    ['le 1er mars 2021', '2021-03-01'],
    ['12 de octubre de 2018', '2018-10-12'],
    ['15th of May 2020', '2020-05-15'],
    ['2022-12-15', '2022-12-15'],
    ['2022-12', '2022-12'],
    ['06/2020', '2020-06'],
    ['2019', '2019'],
    ['Sept. 2019', '2019-09'],
  ])('%s -> %s', (written, expected) => {
    expect(parseDate(written)).toBe(expected);
  });

  it('reads the US order only when told, or when the day cannot be a month', () => {
    expect(parseDate('05/06/2020')).toBe('2020-06-05');
    expect(parseDate('05/06/2020', { monthFirst: true })).toBe('2020-05-06');
    expect(parseDate('05/15/2020')).toBe('2020-05-15');
  });

  it('gives no date for placeholders, broken OCR and impossible dates', () => {
    expect(parseDate('Cliquez ici pour entrer la date')).toBeNull();
    expect(parseDate('Cliquez ou appuyez ici pour entrer une date.')).toBeNull();
    expect(parseDate('Click here to enter a date.')).toBeNull();
    expect(parseDate('Click or tap to enter a date.')).toBeNull();
    expect(parseDate('Haga clic aquí para escribir una fecha.')).toBeNull();
    expect(parseDate('dd/mm/aaaa')).toBeNull();
    expect(parseDate('N/A')).toBeNull();
    expect(parseDate('DECEMBER 201')).toBeNull();
    expect(parseDate('31/02/2020')).toBeNull();
    expect(parseDate('The evaluation was completed')).toBeNull();
  });

  it('knows a placeholder when it sees one', () => {
    expect(isDatePlaceholder('Haga clic o pulse aquí para escribir una fecha.')).toBe(true);
    expect(isDatePlaceholder('—')).toBe(true);
    expect(isDatePlaceholder('March 2020')).toBe(false);
  });

  it('reads the order a label announces', () => {
    expect(dateOrderOfLabel('Fecha de inicio de la evaluación (dd/mm/aaaa)')).toEqual({ monthFirst: false });
    expect(dateOrderOfLabel('Date (mm/dd/yyyy)')).toEqual({ monthFirst: true });
    expect(dateOrderOfLabel('Date of the evaluation')).toBeNull();
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2009-10 to 2013-14', { start: '2009', end: '2014', fiscal: true }],
    ['2009-2010 to 2013-2014', { start: '2009', end: '2014', fiscal: true }],
    ['2012-13 to 2017-18', { start: '2012', end: '2018', fiscal: true }],
    ['du 1er mars au 30 avril 2021', { start: '2021-03-01', end: '2021-04-30' }],
    ['2017 – March 2019', { start: '2017', end: '2019-03' }],
    ['August 2018 – April 2019', { start: '2018-08', end: '2019-04' }],
    ['April 1, 2012 to September 30, 2017', { start: '2012-04-01', end: '2017-09-30' }],
    ['Between April 2012 and March 2018', { start: '2012-04', end: '2018-03' }],
    ['enero-junio 2019', { start: '2019-01', end: '2019-06' }],
    ['de marzo a mayo de 2020', { start: '2020-03', end: '2020-05' }],
    ['15/05/2020 - 30/06/2020', { start: '2020-05-15', end: '2020-06-30' }],
    ['2012-2018', { start: '2012', end: '2018' }],
    ['ejercicio fiscal 2017', { start: '2017', end: '2017', fiscal: true }],
    ['Ejercicio Fiscal Evaluado 2017', { start: '2017', end: '2017', fiscal: true }],
    ['FY 2016-17', { start: '2016', end: '2017', fiscal: true }],
    ['December 2022', { start: '2022-12', end: '2022-12' }],
  ])('%s', (written, expected) => {
    expect(parsePeriod(written)).toEqual(expected);
  });

  it('gives months to fiscal years when their first month is known', () => {
    expect(parsePeriod('2009-10 to 2013-14', { fiscalYearStart: 4 })).toEqual({ start: '2009-04', end: '2014-03', fiscal: true });
    expect(parsePeriod('ejercicio fiscal 2017', { fiscalYearStart: 1 })).toEqual({ start: '2017-01', end: '2017-12', fiscal: true });
  });

  it('gives nothing for a placeholder or a sentence without dates', () => {
    expect(parsePeriod('Cliquez ici pour entrer la date')).toBeNull();
    expect(parsePeriod('during the rainy season')).toBeNull();
  });
});

describe('findDates and findPeriod in running text', () => {
  it('finds dates inside sentences with offsets', () => {
    const text = 'Issued on 27 October 2020; the operation ran until 23 January 2020.';
    expect(findDates(text)).toEqual([
      { date: '2020-10-27', start: 10, end: 25 },
      { date: '2020-01-23', start: 51, end: 66 },
    ]);
  });

  it('finds the period a sentence names', () => {
    expect(findPeriod('The evaluation covered the 2009-2010 to 2013-2014 period with expenses of $13 million.')?.period).toEqual({
      start: '2009',
      end: '2014',
      fiscal: true,
    });
    expect(findPeriod('focusing on activities conducted from April 2012 to September 2017.')?.period).toEqual({ start: '2012-04', end: '2017-09' });
    expect(findPeriod('The evaluation covered the period from April 1, 2012 to September 30, 2017, and included all activities.')?.period).toEqual({
      start: '2012-04-01',
      end: '2017-09-30',
    });
    expect(findPeriod('It was a good year.')).toBeNull();
  });
});

describe('texts without a digit', () => {
  it('hold no date: a month alone, a sentence, non-ASCII digits', () => {
    expect(parseDate('Noviembre')).toBeNull();
    expect(parseDate('Noviembre 2004')).toBe('2004-11');
    expect(parseDate('２０１９')).toBeNull();
    expect(findDates('Rapport final, juin')).toEqual([]);
    expect(findDates('Rapport final, juin 2019')).toEqual([{ date: '2019-06', start: 15, end: 24 }]);
  });
});
