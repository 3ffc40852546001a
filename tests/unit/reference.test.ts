import { checkReferenceIntegrity, loadReference, loadReferenceFrom, referenceDirectory } from '../../src/reference/load-reference.js';
import {
  countriesFileSchema,
  organisationsFileSchema,
  placesFileSchema,
  stakeholderGroupsFileSchema,
  themesFileSchema,
} from '../../src/reference/reference-schema.js';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(referenceDirectory(), file), 'utf8'));

describe('reference data files', () => {
  it('each file validates against its zod schema', () => {
    expect(countriesFileSchema.safeParse(readJson('countries.json')).success).toBe(true);
    expect(placesFileSchema.safeParse(readJson('places.json')).success).toBe(true);
    expect(placesFileSchema.safeParse(readJson('places-world.json')).success).toBe(true);
    expect(organisationsFileSchema.safeParse(readJson('organisations.json')).success).toBe(true);
    expect(stakeholderGroupsFileSchema.safeParse(readJson('stakeholder-groups.json')).success).toBe(true);
    expect(themesFileSchema.safeParse(readJson('themes.json')).success).toBe(true);
  });

  it('passes the cross-file integrity checks', () => {
    expect(checkReferenceIntegrity(loadReferenceFrom(referenceDirectory()))).toEqual([]);
  });

  it('is loaded once and cached', () => {
    expect(loadReference()).toBe(loadReference());
  });

  it('has no duplicate id across all files', () => {
    const ref = loadReference();
    const ids = [
      ...ref.countries.map((c) => `country:${c.iso3}`),
      ...ref.places.map((p) => p.id),
      ...ref.organisations.map((o) => o.id),
      ...ref.stakeholderGroups.map((g) => g.id),
      ...ref.themes.map((t) => t.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every border is symmetric and points at a known country', () => {
    const ref = loadReference();
    const asymmetric: string[] = [];
    for (const c of ref.countries) {
      for (const b of c.borders) if (!ref.countryByIso3.get(b)?.borders.includes(c.iso3)) asymmetric.push(`${c.iso3}-${b}`);
    }
    expect(asymmetric).toEqual([]);
  });

  it('every broader theme exists and the DAC criteria sit under theme:dac-criteria', () => {
    const ref = loadReference();
    expect(ref.themes.filter((t) => t.broader !== null && !ref.themeById.has(t.broader)).map((t) => t.id)).toEqual([]);
    expect(ref.themes.filter((t) => t.broader === 'theme:dac-criteria').map((t) => t.id)).toEqual([
      'theme:relevance',
      'theme:coherence',
      'theme:effectiveness',
      'theme:efficiency',
      'theme:impact',
      'theme:sustainability',
    ]);
    expect(ref.themes.length).toBeGreaterThanOrEqual(40);
    expect(ref.themes.length).toBeLessThanOrEqual(80);
  });

  it('knows all countries, with the Sahel borders right', () => {
    const ref = loadReference();
    expect(ref.countries).toHaveLength(250);
    const borders = (iso3: string): string[] => [...ref.countryByIso3.get(iso3)!.borders].sort();
    expect(borders('MLI')).toEqual(['BFA', 'CIV', 'DZA', 'GIN', 'MRT', 'NER', 'SEN']);
    expect(borders('NER')).toEqual(['BEN', 'BFA', 'DZA', 'LBY', 'MLI', 'NGA', 'TCD']);
    expect(borders('MRT')).toEqual(['DZA', 'ESH', 'MLI', 'SEN']);
    expect(borders('BFA')).toEqual(['BEN', 'CIV', 'GHA', 'MLI', 'NER', 'TGO']);
    expect(borders('SEN')).toEqual(['GIN', 'GMB', 'GNB', 'MLI', 'MRT']);
    expect(borders('TCD')).toEqual(['CAF', 'CMR', 'LBY', 'NER', 'NGA', 'SDN']);
    const mali = ref.countryByIso3.get('MLI')!;
    expect(mali.names).toEqual({ en: 'Mali', fr: 'Mali', es: 'Malí' });
    expect(mali.demonyms.fr).toEqual(['malien', 'malienne', 'maliens', 'maliennes']);
    expect(ref.countryByIso3.get('NER')!.demonyms.fr).toEqual(['nigérien', 'nigérienne', 'nigériens', 'nigériennes']);
    expect(ref.countryByIso3.get('MRT')!.demonyms.fr).toEqual(['mauritanien', 'mauritanienne', 'mauritaniens', 'mauritaniennes']);
  });

  it('holds the seed places with their regions', () => {
    const ref = loadReference();
    const place = (id: string) => {
      const p = ref.placeById.get(id)!;
      return { name: p.name, type: p.type, region: p.region, country: p.country };
    };
    expect(place('place:mli-anderamboukane')).toEqual({ name: 'Andéramboukane', type: 'commune', region: 'Ménaka', country: 'MLI' });
    expect(place('place:mli-gossi')).toEqual({ name: 'Gossi', type: 'commune', region: 'Tombouctou', country: 'MLI' });
    expect(place('place:mli-menaka')).toEqual({ name: 'Ménaka', type: 'town', region: 'Ménaka', country: 'MLI' });
    expect(place('place:mli-kayes')).toEqual({ name: 'Kayes', type: 'town', region: 'Kayes', country: 'MLI' });
    expect(place('place:mli-kayes-region')).toEqual({ name: 'Kayes', type: 'region', region: 'Kayes', country: 'MLI' });
    for (const iso3 of ['MLI', 'NER', 'MRT', 'BFA', 'SEN']) {
      expect(ref.places.filter((p) => p.country === iso3 && p.type === 'region').length).toBeGreaterThanOrEqual(8);
    }
  });

  it('holds the first-level subdivisions of the other countries, each needing its country', () => {
    const ref = loadReference();
    const world = ref.places.filter((p) => p.needsCountry === true);
    expect(new Set(world.map((p) => p.country)).size).toBeGreaterThanOrEqual(190);
    expect(world.filter((p) => ['MLI', 'NER', 'MRT', 'BFA', 'SEN', 'MEX'].includes(p.country))).toEqual([]);
    expect(ref.places.filter((p) => p.needsCountry !== true)).toHaveLength(280);
    expect(world.filter((p) => p.country === 'KEN')).toHaveLength(47);
    expect(ref.placeById.get('place:ken-turkana')).toEqual({
      id: 'place:ken-turkana',
      name: 'Turkana',
      type: 'region',
      region: 'Turkana',
      country: 'KEN',
      aliases: [],
      needsCountry: true,
    });
    expect(ref.placeById.get('place:idn-jawa-barat')!.aliases).toEqual(['West Java']);
    expect(ref.placeById.get('place:bol-la-paz')!.matchName).toBe(false);
  });

  it('rejects a misspelt key and a malformed id', () => {
    const place = { id: 'place:mli-gossi', name: 'Gossi', type: 'commune', region: 'Tombouctou', country: 'MLI', aliases: [] };
    expect(placesFileSchema.safeParse({ version: 1, note: '', places: [place] }).success).toBe(true);
    expect(placesFileSchema.safeParse({ version: 1, note: '', places: [{ ...place, matchname: false }] }).success).toBe(false);
    expect(placesFileSchema.safeParse({ version: 1, note: '', places: [{ ...place, id: 'place:Gossi' }] }).success).toBe(false);
  });

  it('names the file and the problem when a data file is broken or inconsistent', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reference-'));
    try {
      for (const file of ['countries.json', 'places.json', 'places-world.json', 'organisations.json', 'stakeholder-groups.json', 'themes.json']) {
        copyFileSync(path.join(referenceDirectory(), file), path.join(dir, file));
      }
      const themes = JSON.parse(readFileSync(path.join(dir, 'themes.json'), 'utf8'));
      themes.themes[0].broader = 'theme:nowhere';
      writeFileSync(path.join(dir, 'themes.json'), JSON.stringify(themes));
      expect(() => loadReferenceFrom(dir)).toThrow('themes.json: theme:decent-work has unknown broader theme:nowhere');
      themes.themes[0].broader = null;
      writeFileSync(path.join(dir, 'themes.json'), JSON.stringify(themes));
      const world = JSON.parse(readFileSync(path.join(dir, 'places-world.json'), 'utf8'));
      delete world.places[0].needsCountry;
      writeFileSync(path.join(dir, 'places-world.json'), JSON.stringify(world));
      expect(() => loadReferenceFrom(dir)).toThrow('places-world.json: place:and-canillo lacks needsCountry: true');
      writeFileSync(path.join(dir, 'places.json'), '{ "version": 1, ');
      expect(() => loadReferenceFrom(dir)).toThrow(`reference file ${path.join(dir, 'places.json')}: cannot read or parse JSON`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks the DRL as part of the US Department of State', () => {
    expect(loadReference().organisationById.get('org:drl')!.parent).toBe('org:us-department-of-state');
  });
});
