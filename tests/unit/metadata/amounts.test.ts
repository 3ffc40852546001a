import { describe, expect, it } from '@jest/globals';
import { currencyOfLabel, findMoney, parseMoney, parseNumber } from '../../../src/extract/metadata/amounts.js';

describe('parseMoney: every common writing', () => {
  it.each([
    ['US $ 2,450,000', 2_450_000, 'USD'],
    ['US$2.45 million', 2_450_000, 'USD'],
    ['48.250 USD', 48_250, 'USD'],
    ['1 875 282 USD', 1_875_282, 'USD'],
    ['1\u00a0875\u00a0282 USD', 1_875_282, 'USD'],
    ['1.875.282 dólares', 1_875_282, 'USD'],
    ['EUR 12.5 million', 12_500_000, 'EUR'],
    ["12,5 millions d'euros", 12_500_000, 'EUR'],
    ['12,5 millions d’euros', 12_500_000, 'EUR'],
    ['150 000 000 FCFA', 150_000_000, 'XOF'],
    ['CAD 310,000', 310_000, 'CAD'],
    ['$310,000 (CAD)', 310_000, 'CAD'],
    ['MXN 4,500,000.00', 4_500_000, 'MXN'],
    ['CHF 123,456', 123_456, 'CHF'],
    ['CHF 78,140', 78_140, 'CHF'],
    ['USD 1,875,282.', 1_875_282, 'USD'],
    ['US$ 3.200.000', 3_200_000, 'USD'],
    ['1.234.567,89 €', 1_234_567.89, 'EUR'],
    ['€2.5m', 2_500_000, 'EUR'],
    ['3,5 millones de dólares', 3_500_000, 'USD'],
    ['2 millions de dollars US', 2_000_000, 'USD'],
    ['1,000 CFAF', 1_000, 'XOF'],
    ["CHF 123'456", 123_456, 'CHF'],
    ['USD 1.8M', 1_800_000, 'USD'],
    ['GBP 1.2bn', 1_200_000_000, 'GBP'],
  ])('%s', (written, amount, currency) => {
    expect(parseMoney(written)).toEqual({ amount, currency });
  });

  it('reads a bare "$" by the locale signal the caller gives (CAD in Canada, MXN in Mexico), USD by default', () => {
    expect(parseMoney('$13 million', { dollar: 'CAD' })).toEqual({ amount: 13_000_000, currency: 'CAD' });
    expect(parseMoney('$ 208,800.00 con el Impuesto al Valor Agregado', { dollar: 'MXN' })).toEqual({ amount: 208_800, currency: 'MXN' });
    expect(parseMoney('$96.7M')).toEqual({ amount: 96_700_000, currency: 'USD' });
    expect(parseMoney('$**13,016,769**', { dollar: 'CAD' })).toEqual({ amount: 13_016_769, currency: 'CAD' });
  });

  it('reads francs CFA as XAF in Central Africa when told so', () => {
    expect(parseMoney('150 000 000 FCFA', { cfaFranc: 'XAF' })).toEqual({ amount: 150_000_000, currency: 'XAF' });
  });

  it('is no money without a currency, unless the label gave one', () => {
    expect(parseMoney('1,875,282')).toBeNull();
    expect(parseMoney('in 2019 and 2020')).toBeNull();
    expect(parseMoney('United States, 1,875,282', { defaultCurrency: 'USD' })).toEqual({ amount: 1_875_282, currency: 'USD' });
    expect(parseMoney('$')).toBeNull();
    expect(parseMoney('TOP 10 recommendations')).toBeNull();
  });

  it('keeps three decimals for the currencies that have them', () => {
    expect(parseMoney('1.250 TND')).toEqual({ amount: 1.25, currency: 'TND' });
  });
});

describe('findMoney', () => {
  it('finds every amount with its offsets', () => {
    const text = 'Contributions total $15 million; actual expenses amounting to $**13,016,769** are set out below.';
    expect(findMoney(text, { dollar: 'CAD' })).toEqual([
      { amount: 15_000_000, currency: 'CAD', start: 20, end: 31, asWritten: '$15 million' },
      { amount: 13_016_769, currency: 'CAD', start: 62, end: 77, asWritten: '$**13,016,769**' },
    ]);
  });

  it('does not glue a year to an amount', () => {
    expect(findMoney('In 2019 USD 5,000 went to 12 000 people.').map((m) => m.amount)).toEqual([5_000]);
  });
});

describe('parseNumber: separators decided by the writing', () => {
  it('groups thousands with one separator and three digits, decimals otherwise', () => {
    expect(parseNumber('48.250')).toBe(48_250);
    expect(parseNumber('48,25')).toBe(48.25);
    expect(parseNumber('1,875', { scaled: true })).toBe(1.875);
    expect(parseNumber('1,875,282.50')).toBe(1_875_282.5);
    expect(parseNumber('1.875.282,50')).toBe(1_875_282.5);
    expect(parseNumber('1,87,5')).toBeNull();
  });
});

describe('currencyOfLabel', () => {
  it('reads the currency a label names', () => {
    expect(currencyOfLabel('Donor: country and budget US$')).toBe('USD');
    expect(currencyOfLabel('Budget (CHF)')).toBe('CHF');
    expect(currencyOfLabel('Costo total de la evaluación')).toBeNull();
    expect(currencyOfLabel('Budget en euros')).toBe('EUR');
  });
});
