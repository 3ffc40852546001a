/**
 * The worldwide subdivisions of places-world.json (ISO 3166-2) need their country: they are read
 * only where the text or its document concerns that country, and they never make a country
 * concerned. The curated places of places.json keep their behaviour.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import { findCountriesConcerned, findMentions, resolvePlace } from '../../src/extract/gazetteer.js';
import type { ReadResult } from '../../src/model/read-result.js';

const ids = (refs: { id: string }[]): string[] => refs.map((r) => r.id);
const places = (text: string, concerned: string[] = []): string[] => ids(findMentions(text, new Set(), new Set(concerned)).places);
const concernedBy = (text: string): string[] => findCountriesConcerned(text, [], { evaluation: {}, project: {} }).map((c) => c.iso3);

function readOf(text: string): ReadResult {
  return { sourcePath: 'inline.md', sha256: '0'.repeat(64), format: 'md', text, encoding: 'utf-8', warnings: [], pageStarts: [] };
}

describe('places that need their country', () => {
  it('reads Turkana and Marsabit in a text about Kenya', () => {
    expect(places('The drought programme in Kenya worked in Turkana and Marsabit counties.')).toEqual(['place:ken-turkana', 'place:ken-marsabit']);
  });

  it('reads neither the place nor Kenya where Kenya is not named, or only another country is', () => {
    expect(findMentions('Herders in Turkana and Marsabit lost their cattle.')).toMatchObject({ countries: [], places: [] });
    const ethiopian = findMentions('In Ethiopia, herders moved towards Turkana and Marsabit.');
    expect(ids(ethiopian.countries)).toEqual(['country:ETH']);
    expect(ethiopian.places).toEqual([]);
  });

  it('reads no subdivision that ends a longer name ("Public Health England"), but one after a compass point or opening a sentence', () => {
    expect(places('In the United Kingdom, Public Health England advised the team.')).toEqual([]);
    expect(places('In Kenya, Northern Turkana was hit hardest. Turkana herders moved south.')).toEqual(['place:ken-turkana']);
  });

  it('never makes a country concerned, however often it is named', () => {
    const text = 'The evaluation in Ethiopia looked at Turkana. Turkana, Marsabit, Turkana, Marsabit and Turkana again. Nairobi.';
    expect(concernedBy(text)).toEqual(['ETH']);
    expect(concernedBy('Turkana, Marsabit and Turkana: pastoralism in Turkana.')).toEqual([]);
  });

  it("reads a part of a document (an insight) that names the place but not the document's country", () => {
    expect(places('Early warning in Turkana needs county ownership.')).toEqual([]);
    expect(places('Early warning in Turkana needs county ownership.', ['KEN'])).toEqual(['place:ken-turkana']);
    const record = extractRecord(
      readOf('# Drought resilience in Kenya: final evaluation\n\n## Lessons learned\n\n1. Early warning in Turkana needs county ownership.\n'),
    );
    expect(ids(record.project!.countries)).toEqual(['country:KEN']);
    expect(record.insights.map((insight) => ids(insight.mentions.places))).toEqual([['place:ken-turkana']]);
  });

  it('never reads a subdivision named like a common word, an ambiguous name or its bare river', () => {
    expect(places('In Ghana, the Central, Eastern and Western regions; the Upper East too.')).toEqual(['place:gha-upper-east']);
    expect(places('South Sudan: Lakes, Unity and Upper Nile. Later Lakes State and Unity State.')).toEqual([
      'place:ssd-upper-nile',
      'place:ssd-lakes',
      'place:ssd-unity',
    ]);
    expect(places('Bolivia: La Paz, Santa Cruz and Oruro.')).toEqual(['place:bol-oruro']);
    expect(places('Brazil: Amazonas, Pará and Bahia.')).toEqual(['place:bra-bahia']);
    expect(places('In Australia, Victoria; in the United States, Florida, Georgia, New York and Washington.')).toEqual([]);
    expect(places('Tanzania: the Coast region and Dar es Salaam.')).toEqual(['place:tza-dar-es-salaam']);
    expect(places('South Africa: the Limpopo Basin, and Limpopo Province.')).toEqual(['place:zaf-limpopo']);
    expect(places('Kenya: fisheries of Lake Turkana.')).toEqual([]);
  });

  it('gives a name shared by several countries to the one concerned, and to none when both are', () => {
    expect(places('Floods in Pakistan hit Punjab.')).toEqual(['place:pak-punjab']);
    expect(places('In India, Punjab.')).toEqual(['place:ind-punjab']);
    expect(places('India and Pakistan: Punjab.')).toEqual([]);
  });

  it('reads English exonyms of local names', () => {
    expect(places('Indonesia: West Java and East Nusa Tenggara.')).toEqual(['place:idn-jawa-barat', 'place:idn-nusa-tenggara-timur']);
    expect(places('Ethiopia: Amhara and Tigray.')).toEqual(['place:eth-amara', 'place:eth-tigrai']);
    expect(places('Bangladesh: Chittagong and Barisal.')).toEqual(['place:bgd-chattogram', 'place:bgd-barishal']);
    expect(resolvePlace('West Java')?.id).toBe('place:idn-jawa-barat');
  });

  it('hides no country, organisation or curated place: "Panamá Oeste" still names Panama', () => {
    expect(ids(findMentions('La provincia de Panamá Oeste.').countries)).toEqual(['country:PAN']);
    expect(places('Au Niger, Tahoua. Au Nigeria, Kano et Lagos.')).toEqual(['place:ner-tahoua', 'place:nga-kano', 'place:nga-lagos']);
  });
});

describe('curated places, unchanged', () => {
  it('reads Sahel and Mexican places without their country and counts them for it', () => {
    expect(places('Les communes de Tahoua et Gossi.')).toEqual(['place:ner-tahoua', 'place:mli-gossi']);
    expect(places('Gobierno del Estado de Zacatecas.')).toEqual(['place:mex-zacatecas']);
    expect(concernedBy('Zacatecas, Sonora y Zacatecas: el programa en Zacatecas.')).toEqual(['MEX']);
  });
});
