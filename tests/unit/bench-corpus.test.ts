import { readFileSync } from 'node:fs';
import { generateCorpus, type CorpusBase } from '../../src/bench/generate-corpus.js';
import { extractRecord } from '../../src/extract/extract-record.js';
import { readDocumentBytes } from '../../src/read/read-document.js';

/** The bench's own bases (src/bench/run-bench.ts corpusBases). */
const BASES: CorpusBase[] = [
  { name: 'fr', text: readFileSync('seeds/000_1b59a9dc3ded9035.txt', 'utf8'), projectCode: 'MLI/19/01/USA', countryValue: 'MALI', year: '2022' },
  { name: 'en', text: readFileSync('tests/fixtures/summary-en-niger.txt', 'utf8'), projectCode: 'NER/18/02/EUR', countryValue: 'NIGER', year: '2023' },
  {
    name: 'es',
    text: readFileSync('tests/fixtures/summary-es-mauritania.txt', 'utf8'),
    projectCode: 'MRT/20/03/USA',
    countryValue: 'MAURITANIA',
    year: '2021',
  },
];

describe('bench corpus', () => {
  it('is the same corpus for the same seed number', () => {
    expect(generateCorpus(BASES, 6)).toEqual(generateCorpus(BASES, 6));
  });

  // Regression: the word variations rewrote the labels "Code du project:" and "Código del
  // proyecto:", so two generated documents in three had no project code once extracted.
  it('gives documents whose project code, country and year the extractor reads back', async () => {
    const extracted = [];
    for (const document of generateCorpus(BASES, 6)) {
      const record = extractRecord(await readDocumentBytes(Buffer.from(document.text), document.fileName));
      extracted.push([
        document.fileName,
        record.document.template,
        record.project?.code,
        record.project?.countries.map((c) => c.iso3),
        record.evaluation?.completionDate,
        record.insights.length,
      ]);
    }
    expect(extracted).toEqual([
      ['00000-fr-sen.txt', 'ilo-ieval-summary', 'SEN/17/0000/DEU', ['SEN'], '2017-12', 25],
      ['00001-en-mrt.txt', 'ilo-ieval-summary', 'MRT/15/0100/USA', ['MRT'], '2015-06', 13],
      ['00002-es-ner.txt', 'ilo-ieval-summary', 'NER/18/0200/FRA', ['NER'], '2018-11', 11],
      ['00003-fr-mrt.txt', 'ilo-ieval-summary', 'MRT/21/0300/EUR', ['MRT'], '2021-12', 25],
      ['00004-en-tcd.txt', 'ilo-ieval-summary', 'TCD/21/0400/EUR', ['TCD'], '2021-06', 13],
      ['00005-es-sen.txt', 'ilo-ieval-summary', 'SEN/19/0500/NOR', ['SEN'], '2019-11', 11],
    ]);
  });
});
