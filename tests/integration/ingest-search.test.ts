import { createSearchClient } from '../../src/search/client.js';
import { insightsIndexName } from '../../src/search/search-index.js';
import type { InsightSearchDocument } from '../../src/search/to-search-documents.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const SOCIAL_MEDIATION = 'La médiation sociale est un créneau très porteur';

describe('searching the seed in Meilisearch', () => {
  const config = testConfig();
  const index = createSearchClient(config).index<InsightSearchDocument>(insightsIndexName(config));

  beforeAll(async () => {
    await resetStores(config);
    const report = await ingestFixtures(config, [SEED]);
    expect(report.added).toBe(1);
  }, 180_000);

  it.each([['médiation sociale'], ['mediation socale'], ['social mediation']])('finds the lesson on social mediation for "%s"', async (query) => {
    const { hits } = await index.search(query, { limit: 3 });
    expect(hits[0]).toMatchObject({ kind: 'LESSON_LEARNED', projectCode: 'MLI/19/01/USA' });
    expect(hits[0]!.text).toContain(SOCIAL_MEDIATION);
  });

  it('finds 3 good practices in Mali with the filters kind and country', async () => {
    const { hits, estimatedTotalHits } = await index.search('', { filter: [['kind = GOOD_PRACTICE'], ['countries = MLI']], limit: 10 });
    expect(estimatedTotalHits).toBe(3);
    expect(hits.map((h) => h.kind)).toEqual(['GOOD_PRACTICE', 'GOOD_PRACTICE', 'GOOD_PRACTICE']);
  });

  it('counts insights by kind in facets: 7 / 12 / 3 / 3', async () => {
    const { facetDistribution } = await index.search('', { facets: ['kind'], limit: 0 });
    expect(facetDistribution?.kind).toEqual({ FINDING: 7, RECOMMENDATION: 12, LESSON_LEARNED: 3, GOOD_PRACTICE: 3 });
  });

  it('finds the good practice shared with Niger and Mauritania by country code', async () => {
    const { hits } = await index.search('', { filter: 'countries = NER AND countries = MRT' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'GOOD_PRACTICE', countries: ['MLI', 'MRT', 'NER'] });
  });

  it('expands acronyms and translations with the synonyms from reference data', async () => {
    const agr = await index.search('income-generating activities', { limit: 5 });
    expect(agr.hits.some((h) => h.text.startsWith('Les AGR ont contribué'))).toBe(true);
    const ilo = await index.search('ILO', { filter: 'kind = RECOMMENDATION', limit: 20 });
    // Written "BIT/OIT" and "OIT/BIT" in the seed: found through the ILO's acronyms.
    expect(ilo.hits.filter((h) => h.addressees.includes('org:ilo'))).toHaveLength(2);
  });

  it('carries the ids and names the API reads', async () => {
    const { hits } = await index.search('médiation sociale', { limit: 1 });
    const hit = hits[0]!;
    expect(hit.id).toBe(hit.graphId.replace(':', '_'));
    expect(hit).toMatchObject({
      documentId: 'document:mli-19-01-usa-midterm-fr-summary',
      evaluationId: 'evaluation:mli-19-01-usa-midterm',
      projectId: 'project:MLI/19/01/USA',
      projectTitle: expect.any(String),
      language: 'fr',
      year: 2022,
      timing: 'MIDTERM',
      countries: ['MLI'],
      donors: ['org:drl'],
    });
    expect(hit.themes).toContain('theme:social-mediation');
    expect(hit.themeLabels).toEqual(expect.arrayContaining(['Social mediation', 'Médiation sociale']));
    expect(hit.countryNames).toEqual(expect.arrayContaining(['Mali']));
    expect(hit.actors).toEqual(expect.arrayContaining(['org:drl', 'org:ilo', 'org:anti-slavery-international', 'org:temedt']));
    expect(hit.actorNames).toEqual(expect.arrayContaining(['International Labour Organization', 'OIT', 'BIT']));
    expect(hit.places).toEqual(expect.arrayContaining(['place:mli-gossi', 'place:mli-kayes', 'place:mli-menaka', 'place:mli-anderamboukane']));
  });

  it('applies the index settings explicitly', async () => {
    const settings = await index.getSettings();
    expect(settings.searchableAttributes?.slice(0, 5)).toEqual(['headline', 'text', 'themeLabels', 'actorNames', 'projectTitle']);
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(['kind', 'countries', 'places', 'themes', 'actors', 'donors', 'year', 'language', 'timing']),
    );
    expect(settings.sortableAttributes).toEqual(['year']);
    expect([...(settings.typoTolerance?.disableOnAttributes ?? [])].sort()).toEqual(['countries', 'projectCode']);
    expect(settings.stopWords).toEqual(expect.arrayContaining(['les', 'des', 'the', 'of']));
    expect(settings.synonyms?.['oit']).toEqual(expect.arrayContaining(['ilo', 'bit']));
    expect(settings.synonyms?.['agr']).toEqual(expect.arrayContaining(['activités génératrices de revenus', 'income-generating activities']));
    expect(settings.synonyms?.['esclavage']).toEqual(expect.arrayContaining(['slavery']));
    expect(settings.synonyms?.['travail forcé']).toEqual(expect.arrayContaining(['forced labour']));
  });
});
