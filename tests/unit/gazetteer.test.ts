import { readFileSync } from 'node:fs';
import {
  countryNeighbours,
  findMentions,
  findMentionSpans,
  resolveActor,
  resolveCountry,
  resolveGovernment,
  resolveOrganisation,
  resolvePerson,
  resolvePlace,
} from '../../src/extract/gazetteer.js';

const seed = readFileSync(new URL('../../seeds/000_1b59a9dc3ded9035.txt', import.meta.url), 'utf8');
const ids = (refs: { id: string }[]): string[] => refs.map((r) => r.id);

describe('findMentions: countries', () => {
  it("finds Niger and Mauritania in the seed's second good practice", () => {
    const text =
      'Le partage des expériences avec les pays voisins (Niger et Mauritanie) Analyse comparative des lois, des politiques et des mécanismes de mise avec une série de recommandations pour le Mali.';
    expect(findMentions(text).countries).toEqual([
      { id: 'country:NER', iso3: 'NER', name: 'Niger' },
      { id: 'country:MRT', iso3: 'MRT', name: 'Mauritania' },
      { id: 'country:MLI', iso3: 'MLI', name: 'Mali' },
    ]);
  });

  it('does not read Mali in Somalie/Somalia, nor Niger in Nigeria/nigérian', () => {
    expect(ids(findMentions('La Somalie et la Somalia.').countries)).toEqual(['country:SOM']);
    expect(ids(findMentions('Le Nigeria et un ressortissant nigérian.').countries)).toEqual(['country:NGA']);
  });

  it('reads "Niger Delta" as a place in Nigeria, not as Niger', () => {
    const m = findMentions('Oil spills in the Niger Delta and the delta du Niger.');
    expect(m.countries).toEqual([]);
    expect(m.places).toEqual([{ id: 'place:nga-niger-delta', name: 'Niger Delta', asWritten: 'Niger Delta', region: 'Niger Delta', country: 'NGA' }]);
  });

  it('lets the longest name win: Guinea-Bissau, Equatorial Guinea, Guinea', () => {
    expect(ids(findMentions('Guinea-Bissau, Equatorial Guinea and Guinea; Guinée-Bissau.').countries)).toEqual(['country:GNB', 'country:GNQ', 'country:GIN']);
  });

  it('reads names in French, English and Spanish, and demonyms, accent- and case-insensitively', () => {
    expect(ids(findMentions('Côte d’Ivoire, COTE D IVOIRE, Níger, Mauritanie, Burkina Faso, Sénégal, Tchad, Algérie').countries)).toEqual([
      'country:CIV',
      'country:NER',
      'country:MRT',
      'country:BFA',
      'country:SEN',
      'country:TCD',
      'country:DZA',
    ]);
    expect(ids(findMentions('les autorités maliennes, des réfugiés nigériens, mauritanos y senegaleses').countries)).toEqual([
      'country:MLI',
      'country:NER',
      'country:MRT',
      'country:SEN',
    ]);
  });

  it('ignores phrases that only contain a country name, and language names', () => {
    expect(findMentions('Le fleuve Niger traverse le golfe de Guinée; the report is in French.').countries).toEqual([]);
    expect(findMentions('South American and Latin American partners on an island.').countries).toEqual([]);
    expect(findMentions('The Ibero-American Model Forest Network and the Red Iberoamericana de Bosques Modelo.').countries).toEqual([]);
  });

  it('does not read USA inside a project code, but does in running text', () => {
    expect(findMentions('Code du projet: MLI/19/01/USA').countries).toEqual([]);
    expect(ids(findMentions('funded by the USA').countries)).toEqual(['country:USA']);
  });
});

describe('findMentions: places, organisations, groups', () => {
  it('finds the seed places with their spellings and regions', () => {
    const text =
      "Avec TEMEDT le projet travail dans le Nord du Mali (les localités d'Andaraboukane, de Gossi dans la région de Tombouctou, de Menaka et de Kayes).";
    expect(findMentions(text).places).toEqual([
      { id: 'place:mli-anderamboukane', name: 'Andéramboukane', asWritten: 'Andaraboukane', region: 'Ménaka', country: 'MLI' },
      { id: 'place:mli-gossi', name: 'Gossi', asWritten: 'Gossi', region: 'Tombouctou', country: 'MLI' },
      { id: 'place:mli-tombouctou-region', name: 'Tombouctou', asWritten: 'région de Tombouctou', region: 'Tombouctou', country: 'MLI' },
      { id: 'place:mli-menaka', name: 'Ménaka', asWritten: 'Menaka', region: 'Ménaka', country: 'MLI' },
      { id: 'place:mli-kayes', name: 'Kayes', asWritten: 'Kayes', region: 'Kayes', country: 'MLI' },
    ]);
  });

  it('finds the seed partners and donor, deduplicated in order of first appearance', () => {
    expect(findMentions('un partenariat entre OIT, Anti-Slavery International et TEMEDT; les trois partenaires (ILO, ASI, Temedt).').organisations).toEqual([
      { id: 'org:ilo', kind: 'ORGANISATION', name: 'International Labour Organization', asWritten: 'OIT' },
      { id: 'org:anti-slavery-international', kind: 'ORGANISATION', name: 'Anti-Slavery International', asWritten: 'Anti-Slavery International' },
      { id: 'org:temedt', kind: 'ORGANISATION', name: 'TEMEDT', asWritten: 'TEMEDT' },
    ]);
    expect(ids(findMentions(seed).organisations)).toEqual([
      'org:ilo',
      'org:vision-proactive',
      'org:drl',
      'org:us-department-of-state',
      'org:anti-slavery-international',
      'org:temedt',
      'org:ocha',
    ]);
  });

  it('reads organisations and places only where they are written with a capital, as names are', () => {
    expect(findMentions('Se instaló una alarma sonora en cada centro.').places).toEqual([]);
    expect(ids(findMentions('El estado de Sonora recibió apoyo.').places)).toEqual(['place:mex-sonora']);
    // ACTED is also an acronym: matched as written in capitals only.
    expect(findMentions('Acted as the international secretariat of the network.').organisations).toEqual([]);
    expect(ids(findMentions('ACTED distributed kits.').organisations)).toEqual(['org:acted']);
    expect(ids(findMentions('Temedt and Timidria supported victims.').organisations)).toEqual(['org:temedt', 'org:timidria']);
  });

  it('matches acronyms case-sensitively', () => {
    expect(findMentions('Asi pues, a bit of drl.').organisations).toEqual([]);
    expect(ids(findMentions('ASI, BIT et DRL').organisations)).toEqual(['org:anti-slavery-international', 'org:ilo', 'org:drl']);
  });

  it('keeps "BIT/OIT" as written', () => {
    expect(findMentions('Renforcer les appuis de l’OIT/BIT').organisations).toEqual([
      { id: 'org:ilo', kind: 'ORGANISATION', name: 'International Labour Organization', asWritten: 'OIT/BIT' },
    ]);
  });

  it('finds stakeholder groups named in a text', () => {
    expect(
      ids(findMentions("L'adhésion des autorités locales ... les populations déplacées internes (PDI) et les victimes de l'esclavage.").stakeholderGroups),
    ).toEqual(['group:local-authorities', 'group:displaced-persons', 'group:victims-of-slavery']);
  });

  it('keeps place names that are common words out of running text', () => {
    expect(findMentions('Il faut dire que le sud-ouest et les cascades du Sahel, à San José.').places).toEqual([]);
    expect(resolvePlace('Diré')?.id).toBe('place:mli-dire');
  });

  it('returns spans with offsets into the text', () => {
    const text = 'Au Mali et au Niger.';
    expect(findMentionSpans(text)).toEqual([
      { kind: 'country', id: 'country:MLI', start: 3, end: 7, asWritten: 'Mali' },
      { kind: 'country', id: 'country:NER', start: 14, end: 19, asWritten: 'Niger' },
    ]);
  });

  it('keeps offsets and spelling right on decomposed (NFD) text', () => {
    const text = 'à Me\u0301naka.'.normalize('NFD'); // 'a' + U+0300 takes two code units
    expect(findMentionSpans(text)).toEqual([{ kind: 'place', id: 'place:mli-menaka', start: 3, end: 10, asWritten: 'Me\u0301naka' }]);
  });

  it('reads a name broken over lines as one spelling', () => {
    expect(findMentions('Organisation  \ninternationale  \ndu Travail').organisations).toEqual([
      { id: 'org:ilo', kind: 'ORGANISATION', name: 'International Labour Organization', asWritten: 'Organisation internationale du Travail' },
    ]);
  });

  it('finds the seed countries', () => {
    expect(ids(findMentions(seed).countries)).toEqual(['country:MLI', 'country:NER', 'country:MRT']);
  });
});

describe('resolvers', () => {
  const ilo = (asWritten: string) => ({ id: 'org:ilo', kind: 'ORGANISATION', name: 'International Labour Organization', asWritten });

  it('OIT = BIT = ILO = BIT/OIT', () => {
    expect(resolveOrganisation('OIT')).toEqual(ilo('OIT'));
    expect(resolveOrganisation('BIT')).toEqual(ilo('BIT'));
    expect(resolveOrganisation('ILO')).toEqual(ilo('ILO'));
    expect(resolveOrganisation('BIT/OIT')).toEqual(ilo('BIT/OIT'));
    expect(resolveOrganisation("L'Organisation internationale du Travail")).toEqual(ilo("L'Organisation internationale du Travail"));
    expect(resolveActor('BIT/OIT')).toEqual(ilo('BIT/OIT'));
  });

  it('Anti-Slavery International = ASI', () => {
    expect(resolveOrganisation('ASI').id).toBe('org:anti-slavery-international');
    expect(resolveOrganisation('Anti-Slavery International').id).toBe('org:anti-slavery-international');
  });

  it("resolves the seed's donor string to the DRL", () => {
    expect(
      resolveOrganisation("Département de la démocratie, des droits de l'homme et du travail (DRL) du Département d'Etat américain (USDOS), USD 1,875,282."),
    ).toEqual({
      id: 'org:drl',
      kind: 'ORGANISATION',
      name: 'Bureau of Democracy, Human Rights, and Labor',
      asWritten: "Département de la démocratie, des droits de l'homme et du travail (DRL) du Département d'Etat américain (USDOS), USD 1,875,282.",
    });
  });

  it('derives an id for an unknown organisation', () => {
    expect(resolveOrganisation('Cabinet Sahel Conseil')).toEqual({
      id: 'org:cabinet-sahel-conseil',
      kind: 'ORGANISATION',
      name: 'Cabinet Sahel Conseil',
      asWritten: 'Cabinet Sahel Conseil',
    });
    expect(resolveOrganisation('Vision ProActive').id).toBe('org:vision-proactive');
    expect(() => resolveOrganisation(' -- ')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => resolveActor('')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it("resolves the seed's addressees", () => {
    const actor = (label: string) => {
      const a = resolveActor(label);
      return [a.id, a.kind];
    };
    expect(actor('TEMEDT')).toEqual(['org:temedt', 'ORGANISATION']);
    expect(actor('ASI')).toEqual(['org:anti-slavery-international', 'ORGANISATION']);
    expect(actor("Personnes victimes de l'esclavage")).toEqual(['group:victims-of-slavery', 'STAKEHOLDER_GROUP']);
    expect(actor('Autorités coutumières et religieuses')).toEqual(['group:customary-religious-authorities', 'STAKEHOLDER_GROUP']);
    expect(actor('Collectivités')).toEqual(['group:local-authorities', 'STAKEHOLDER_GROUP']);
    expect(actor('Agences gouvernementales et non gouvernementales')).toEqual(['group:government-and-non-governmental-agencies', 'STAKEHOLDER_GROUP']);
    expect(resolveActor('Collectivités')).toEqual({
      id: 'group:local-authorities',
      kind: 'STAKEHOLDER_GROUP',
      name: 'Local authorities',
      asWritten: 'Collectivités',
    });
    expect(actor('Ministère de la Justice du Mali')).toEqual(['org:ministere-de-la-justice-du-mali', 'ORGANISATION']);
  });

  it("gives one organisation for a country's government in any language", () => {
    const niger = { id: 'org:government-of-niger', kind: 'ORGANISATION', name: 'Government of Niger' };
    expect(resolveGovernment('Government of Niger')).toEqual({ ...niger, asWritten: 'Government of Niger' });
    expect(resolveGovernment('Gouvernement du Niger')).toEqual({ ...niger, asWritten: 'Gouvernement du Niger' });
    expect(resolveGovernment('Gobierno de Níger')).toEqual({ ...niger, asWritten: 'Gobierno de Níger' });
    expect(resolveGovernment('Gouvernement nigérien')).toEqual({ ...niger, asWritten: 'Gouvernement nigérien' });
    expect(resolveGovernment('Malian Government')?.id).toBe('org:government-of-mali');
    expect(resolveGovernment('Gouvernement')).toBeNull();
    expect(resolveGovernment('Government of Atlantis')).toBeNull();
    // The English label derives the same id without it.
    expect(resolveActor('Government of Niger').id).toBe('org:government-of-niger');
  });

  it('resolves people with normalised names', () => {
    expect(resolvePerson('ABDOURAHAMANE H. TOURE')).toEqual({
      id: 'person:abdourahamane-h-toure',
      kind: 'PERSON',
      name: 'Abdourahamane H. Toure',
      asWritten: 'ABDOURAHAMANE H. TOURE',
    });
    expect(resolvePerson(' Marcelin ORSOT ')).toEqual({ id: 'person:marcelin-orsot', kind: 'PERSON', name: 'Marcelin Orsot', asWritten: 'Marcelin ORSOT' });
    expect(() => resolvePerson(' 42 ')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it('resolves countries from codes and names', () => {
    const mali = { id: 'country:MLI', iso3: 'MLI', name: 'Mali' };
    expect(resolveCountry('MALI')).toEqual(mali);
    expect(resolveCountry('mli')).toEqual(mali);
    expect(resolveCountry('ML')).toEqual(mali);
    expect(resolveCountry('Malí')).toEqual(mali);
    expect(resolveCountry('le Mali')).toEqual(mali);
    expect(resolveCountry('Mauritanie')?.iso3).toBe('MRT');
    expect(resolveCountry('Níger')?.iso3).toBe('NER');
    expect(resolveCountry("Côte d'Ivoire")?.iso3).toBe('CIV');
    expect(resolveCountry('Atlantis')).toBeNull();
    expect(resolveCountry('Mali, Niger')).toBeNull();
  });

  it('resolves places with their regions', () => {
    expect(resolvePlace('Andaraboukane')).toEqual({
      id: 'place:mli-anderamboukane',
      name: 'Andéramboukane',
      asWritten: 'Andaraboukane',
      region: 'Ménaka',
      country: 'MLI',
    });
    expect(resolvePlace('Menaka')).toEqual({ id: 'place:mli-menaka', name: 'Ménaka', asWritten: 'Menaka', region: 'Ménaka', country: 'MLI' });
    expect(resolvePlace('Gossi', 'MLI')).toEqual({ id: 'place:mli-gossi', name: 'Gossi', asWritten: 'Gossi', region: 'Tombouctou', country: 'MLI' });
    expect(resolvePlace('Kayes')).toEqual({ id: 'place:mli-kayes', name: 'Kayes', asWritten: 'Kayes', region: 'Kayes', country: 'MLI' });
    expect(resolvePlace('région de Kayes')?.id).toBe('place:mli-kayes-region');
    expect(resolvePlace('Anderamboukane')?.id).toBe('place:mli-anderamboukane');
    expect(resolvePlace('Andéraboukane')?.id).toBe('place:mli-anderamboukane');
    expect(resolvePlace('Gossi', 'NER')).toBeNull();
    expect(resolvePlace('Nowhere')).toBeNull();
  });

  it('gives country neighbours', () => {
    expect(countryNeighbours('mli').sort()).toEqual(['BFA', 'CIV', 'DZA', 'GIN', 'MRT', 'NER', 'SEN']);
    expect(countryNeighbours('XXX')).toEqual([]);
  });
});
