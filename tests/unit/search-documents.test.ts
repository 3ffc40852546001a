import type { InsightSearchRow } from '../../src/model/search-rows.js';
import { loadReference } from '../../src/reference/load-reference.js';
import { insightsIndexName, insightsIndexSettings } from '../../src/search/search-index.js';
import { synonymsFromReference, toSynonyms } from '../../src/search/synonyms.js';
import { toInsightSearchDocument, toInsightSearchDocuments } from '../../src/search/to-search-documents.js';

const ilo = { id: 'org:ilo', name: 'International Labour Organization', acronym: 'ILO', aliases: ['ILO', 'OIT', 'BIT'] };
const row: InsightSearchRow = {
  insight: {
    id: 'insight:00000000000000aa',
    kind: 'GOOD_PRACTICE',
    headline: null,
    text: 'Le partage des expériences avec les pays voisins (Niger et Mauritanie)',
    language: 'fr',
    section: 'Bonnes pratiques',
    ordinal: 2,
    year: 2022,
  },
  documentId: 'document:k',
  evaluation: { id: 'evaluation:k', title: 'Projet', timing: 'MIDTERM', year: 2022 },
  project: { id: 'project:MLI/19/01/USA', code: 'MLI/19/01/USA', title: 'Projet combattre l’esclavage' },
  projectCountries: [{ id: 'country:MLI', iso3: 'MLI', name: 'Mali', nameFr: 'Mali', nameEs: 'Malí' }],
  projectPlaces: [{ id: 'place:mli-gossi', name: 'Gossi', aliases: [], country: 'MLI' }],
  donors: [{ id: 'org:drl', name: 'Bureau of Democracy, Human Rights, and Labor', acronym: 'DRL', aliases: ['DRL'] }],
  partners: [ilo],
  mentionedCountries: [
    { id: 'country:MLI', iso3: 'MLI', name: 'Mali', nameFr: 'Mali', nameEs: 'Malí' },
    { id: 'country:MRT', iso3: 'MRT', name: 'Mauritania', nameFr: 'Mauritanie', nameEs: 'Mauritania' },
    { id: 'country:NER', iso3: 'NER', name: 'Niger', nameFr: 'Niger', nameEs: 'Níger' },
  ],
  mentionedPlaces: [{ id: 'place:ner-tillaberi', name: 'Tillabéri', aliases: ['Tillaberi'], country: 'NER' }],
  mentionedActors: [],
  addressees: [],
  themes: [{ id: 'theme:south-south-cooperation', label: 'South-South cooperation', labelFr: 'Coopération Sud-Sud', labelEs: 'Cooperación Sur-Sur' }],
};

describe('search documents from graph rows', () => {
  it('maps one row to the document the API reads', () => {
    expect(toInsightSearchDocument(row)).toEqual({
      id: 'insight_00000000000000aa',
      graphId: 'insight:00000000000000aa',
      documentId: 'document:k',
      kind: 'GOOD_PRACTICE',
      headline: null,
      text: 'Le partage des expériences avec les pays voisins (Niger et Mauritanie)',
      language: 'fr',
      year: 2022,
      evaluationId: 'evaluation:k',
      evaluationTitle: 'Projet',
      timing: 'MIDTERM',
      projectId: 'project:MLI/19/01/USA',
      projectCode: 'MLI/19/01/USA',
      projectTitle: 'Projet combattre l’esclavage',
      countries: ['MLI', 'MRT', 'NER'],
      countryNames: ['Mali', 'Malí', 'Mauritania', 'Mauritanie', 'Niger', 'Níger'],
      places: ['place:mli-gossi', 'place:ner-tillaberi'],
      placeNames: ['Gossi', 'Tillabéri', 'Tillaberi'],
      themes: ['theme:south-south-cooperation'],
      themeLabels: ['South-South cooperation', 'Coopération Sud-Sud', 'Cooperación Sur-Sur'],
      actors: ['org:drl', 'org:ilo'],
      actorNames: ['Bureau of Democracy, Human Rights, and Labor', 'DRL', 'International Labour Organization', 'ILO', 'OIT', 'BIT'],
      donors: ['org:drl'],
      addressees: [],
      addresseeNames: [],
      section: 'Bonnes pratiques',
      ordinal: 2,
      namedActors: [],
      themeCountries: ['theme:south-south-cooperation|MLI', 'theme:south-south-cooperation|MRT', 'theme:south-south-cooperation|NER'],
      terms: ['partag', 'experient', 'pay', 'voisin', 'nig', 'mauritan'],
      canonicalId: 'insight:00000000000000aa',
      isCanonical: true,
      groupLanguages: ['fr'],
    });
  });

  it("counts the countries an insight concerns as the graph does: not the countries of its project's places (Gossi in Niger did not make a Mali project's insights Nigerien)", () => {
    const doc = toInsightSearchDocument({
      ...row,
      projectPlaces: [{ id: 'place:ner-gossi', name: 'Gossi', aliases: [], country: 'NER' }],
      mentionedCountries: [],
      mentionedPlaces: [],
    });
    expect(doc.countries).toEqual(['MLI']);
    expect(doc.themeCountries).toEqual(['theme:south-south-cooperation|MLI']);
  });

  it("names the actors an insight mentions or is addressed to, not its project's donors and partners, for comparable practices", () => {
    const temedt = { id: 'org:temedt', name: 'TEMEDT', acronym: 'TEMEDT', aliases: [] };
    const doc = toInsightSearchDocument({ ...row, insight: { ...row.insight, kind: 'RECOMMENDATION' }, mentionedActors: [temedt], addressees: [ilo] });
    expect(doc.namedActors).toEqual(['org:temedt', 'org:ilo']);
    expect(doc.actors).toEqual(['org:temedt', 'org:ilo', 'org:drl']);
  });

  it('carries the equivalence flags, so counts and rankings can keep one insight per group', () => {
    const repeat = toInsightSearchDocument({ ...row, insight: { ...row.insight, canonicalId: 'insight:0000000000000001', isCanonical: false } });
    expect(repeat).toMatchObject({ canonicalId: 'insight:0000000000000001', isCanonical: false });
    // Written before groups existed: alone, hence canonical.
    expect(toInsightSearchDocument({ ...row, insight: { ...row.insight, canonicalId: null, isCanonical: null } })).toMatchObject({
      canonicalId: 'insight:00000000000000aa',
      isCanonical: true,
    });
    expect(insightsIndexSettings({}).filterableAttributes).toContain('isCanonical');
    // The canonical insight of a group carries its members' languages (a dashboard filtered on a language reads them).
    expect(toInsightSearchDocument({ ...row, insight: { ...row.insight, groupLanguages: ['en', 'fr'] } }).groupLanguages).toEqual(['en', 'fr']);
    expect(insightsIndexSettings({}).filterableAttributes).toContain('groupLanguages');
  });

  it('counts addressees among the actors and keeps their names', () => {
    const doc = toInsightSearchDocument({ ...row, insight: { ...row.insight, kind: 'RECOMMENDATION' }, addressees: [ilo], partners: [] });
    expect(doc.addressees).toEqual(['org:ilo']);
    expect(doc.addresseeNames).toEqual(['International Labour Organization']);
    expect(doc.actors).toEqual(['org:ilo', 'org:drl']);
  });

  it('adds the country of a mentioned place even when the country is not named', () => {
    const doc = toInsightSearchDocument({ ...row, mentionedCountries: [] });
    expect(doc.countries).toEqual(['MLI', 'NER']);
  });

  it('sorts a batch by graph id', () => {
    const b = { ...row, insight: { ...row.insight, id: 'insight:b' } };
    const a = { ...row, insight: { ...row.insight, id: 'insight:a' } };
    expect(toInsightSearchDocuments([b, a]).map((d) => d.graphId)).toEqual(['insight:a', 'insight:b']);
  });

  it('keeps the hostile strings of a document as plain values', () => {
    const hostile = `'} DETACH DELETE n // kind = "FINDING" OR countries = MLI \\`;
    const doc = toInsightSearchDocument({ ...row, insight: { ...row.insight, text: hostile, headline: hostile } });
    expect(doc.text).toBe(hostile);
    expect(doc.headline).toBe(hostile);
  });
});

describe('synonyms', () => {
  it('makes every term of a group a synonym of the others, lower-cased and sorted', () => {
    expect(toSynonyms([['ILO', 'OIT', 'BIT'], ['OIT', 'Organisation internationale du Travail'], ['x'], ['Solo', 'solo']])).toEqual({
      bit: ['ilo', 'oit'],
      ilo: ['bit', 'oit'],
      oit: ['bit', 'ilo', 'organisation internationale du travail'],
      'organisation internationale du travail': ['oit'],
    });
  });

  it('generates the bilingual synonyms of the reference data', () => {
    const synonyms = synonymsFromReference(loadReference());
    expect(synonyms['oit']).toEqual(expect.arrayContaining(['ilo', 'bit']));
    expect(synonyms['agr']).toEqual(expect.arrayContaining(['activités génératrices de revenus', 'income-generating activities']));
    expect(synonyms['esclavage']).toEqual(expect.arrayContaining(['slavery']));
    expect(synonyms['travail forcé']).toEqual(expect.arrayContaining(['forced labour']));
    expect(synonyms['médiation sociale']).toEqual(expect.arrayContaining(['social mediation']));
    expect(synonyms['mauritanie']).toEqual(expect.arrayContaining(['mauritania']));
  });
});

describe('index settings', () => {
  it('names the index with the configured prefix', () => {
    expect(insightsIndexName({ meili: { host: '', port: 1, masterKey: '', indexPrefix: 'test_', maxIndexingMemory: '' } })).toBe('test_insights');
  });

  it('ranks searchable attributes, and turns typos off on codes', () => {
    const settings = insightsIndexSettings({});
    expect(settings.searchableAttributes!.slice(0, 5)).toEqual(['headline', 'text', 'themeLabels', 'actorNames', 'projectTitle']);
    expect(settings.typoTolerance).toMatchObject({ enabled: true, disableOnAttributes: ['projectCode', 'countries'] });
    expect(settings.sortableAttributes).toEqual(['year']);
    expect(settings.stopWords).toEqual(expect.arrayContaining(['le', 'la', 'les', 'the', 'and']));
    expect(settings.stopWords).not.toContain('sans');
  });
});
