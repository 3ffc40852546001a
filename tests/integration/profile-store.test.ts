import { jest } from '@jest/globals';
import type { Meilisearch } from 'meilisearch';
import { NO_FILTER, type ResolvedInsightFilter } from '../../src/model/filters.js';
import { closeSearchClient, createSearchClient } from '../../src/search/client.js';
import { freshProfiles, heldProfiles, type ProfileView } from '../../src/search/profile-store.js';
import { findCandidateProfiles, findDocumentFrequencies, findIndexedProfiles, type CandidateRequest } from '../../src/search/search-comparable.js';
import { insightsIndexName, waitForSearchTasks } from '../../src/search/search-index.js';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';

jest.setTimeout(240_000);

const SEED = 'seeds/000_1b59a9dc3ded9035.txt';
const ENGLISH = 'tests/fixtures/summary-en-niger.txt';
const SPANISH = 'tests/fixtures/summary-es-mauritania.txt';
/** The French version of ENGLISH's evaluation: its insights and ENGLISH's are groups of equivalent insights in en and fr. */
const FRENCH = 'tests/fixtures/identity/summary-fr-niger.txt';

/** Limits above the fixtures' size: neither side truncates, so both must find exactly the same candidates. */
const request = (overrides: Partial<CandidateRequest>): CandidateRequest => ({
  rare: [],
  keyWords: [],
  themes: [],
  actors: [],
  countries: [],
  excludeEvaluations: [],
  excludeProjects: [],
  filter: NO_FILTER,
  rareShared: 1000,
  sharing: 1000,
  byText: 50,
  ...overrides,
});

const filter = (overrides: Partial<ResolvedInsightFilter>): ResolvedInsightFilter => ({ ...NO_FILTER, ...overrides });
const ids = (profiles: ReadonlyArray<{ id: string }>) => profiles.map((profile) => profile.id).sort();

describe("comparable practices' profiles held in memory, against the index they are read from", () => {
  const config = testConfig();
  const indexUid = insightsIndexName(config);
  let search: Meilisearch;
  let view: ProfileView;

  beforeAll(async () => {
    await resetStores(config);
    await ingestFixtures(config, [SEED, ENGLISH, SPANISH, FRENCH]);
    search = createSearchClient(config);
    const fresh = await freshProfiles(search, indexUid, 500_000);
    expect(fresh).not.toBeNull();
    view = fresh as ProfileView;
  });
  afterAll(async () => {
    await closeSearchClient(search);
  });

  it("holds every canonical insight, with the index's own profile and the facet counts as rarities", async () => {
    const { total, df } = await findDocumentFrequencies(search, indexUid);
    expect(view.total).toBe(total);
    expect(total).toBeGreaterThan(40);
    for (const [id, count] of df) expect([id, view.frequency(id)]).toEqual([id, count]);
    const [indexed] = await findIndexedProfiles(search, indexUid, { insightId: (await anyInsightId(search, indexUid)) ?? '' });
    expect(indexed).toBeDefined();
    expect(view.profile(indexed!.id)).toMatchObject({ ...indexed, text: '' });
  });

  it.each<[string, Partial<CandidateRequest>]>([
    ['sharing a theme', { themes: ['theme:forced-labour', 'theme:social-mediation'] }],
    ['sharing an actor', { actors: ['org:temedt'] }],
    ['in a country or its neighbours', { countries: ['country:NER', 'country:MLI'] }],
    [
      'sharing a rare theme near the source',
      { rare: ['theme:social-mediation'], countries: ['country:MLI', 'country:NER'], themes: ['theme:youth-employment'] },
    ],
    ['other evaluations only', { themes: ['theme:forced-labour'], excludeEvaluations: ['evaluation:mli-19-01-usa-final'] }],
    [
      'kinds and years',
      { themes: ['theme:forced-labour', 'theme:social-mediation'], filter: filter({ kinds: ['RECOMMENDATION', 'LESSON_LEARNED'], yearFrom: 2019 }) },
    ],
    ['languages', { countries: ['country:NER', 'country:MLI', 'country:MRT'], filter: filter({ languages: ['es'] }) }],
    ['a language of groups in two', { countries: ['country:NER'], filter: filter({ languages: ['fr'] }) }],
    ['the country filter', { themes: ['theme:forced-labour', 'theme:social-mediation'], filter: filter({ countries: ['country:NER'] }) }],
    ['the actor filter', { countries: ['country:NER', 'country:MLI', 'country:MRT'], filter: filter({ actors: ['org:ilo'] }) }],
  ])('finds the same candidates as the index: %s', async (_, overrides) => {
    const asked = request(overrides);
    const fromIndex = await findCandidateProfiles(search, indexUid, asked);
    const fromMemory = view.candidates(asked);
    expect(ids(fromMemory)).toEqual(ids(fromIndex));
    expect(fromMemory.length).toBeGreaterThan(0);
    // Whatever the index found, the memory found it with the same profile (candidates from the
    // index come without their language, which scoring does not read).
    const byId = new Map(fromMemory.map((profile) => [profile.id, profile]));
    for (const profile of fromIndex) expect(byId.get(profile.id)).toMatchObject({ ...profile, text: '', language: expect.anything() });
  });

  it('keeps a group of equivalent insights under each of its languages, whichever member is canonical (memory and index alike)', async () => {
    // The Niger evaluation in English and in French: each canonical insight of the pair stands for
    // both, and both languages are canonical somewhere (which member is canonical goes by id).
    const niger = view.candidates(request({ countries: ['country:NER'] }));
    const pairs = niger.filter((profile) => profile.evaluationId === 'evaluation:ner-18-02-eur-final');
    expect(new Set(pairs.map((profile) => profile.language))).toEqual(new Set(['en', 'fr']));
    for (const language of ['en', 'fr']) {
      const asked = request({ countries: ['country:NER'], filter: filter({ languages: [language] }) });
      const fromMemory = ids(view.candidates(asked).filter((profile) => profile.evaluationId === 'evaluation:ner-18-02-eur-final'));
      const fromIndex = ids(
        (await findCandidateProfiles(search, indexUid, asked)).filter((profile) => profile.evaluationId === 'evaluation:ner-18-02-eur-final'),
      );
      // Filtering the canonical member's own language kept only those canonical in `language`.
      expect({ language, fromMemory, fromIndex }).toEqual({ language, fromMemory: ids(pairs), fromIndex: ids(pairs) });
    }
  });

  it('takes candidates most recent first when it must cut, then by id', () => {
    const all = view.candidates(request({ countries: ['country:NER', 'country:MLI', 'country:MRT'] }));
    const cut = view.candidates(request({ countries: ['country:NER', 'country:MLI', 'country:MRT'], sharing: 5 }));
    expect(cut).toEqual(all.slice(0, 5));
    const stored = all.map((profile) => view.profile(profile.id) as unknown as { year: number | null; id: string });
    const keys = stored.map((profile) => [-(profile.year ?? -Infinity), profile.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
  });

  it("finds candidates by the source's rarest terms, those sharing most of them first", () => {
    const source = view.candidates(request({ themes: ['theme:social-mediation'] }))[0];
    expect(source).toBeDefined();
    const found = view.textCandidates(request({ excludeEvaluations: [source!.evaluationId] }), source!.terms);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((candidate) => candidate.evaluationId !== source!.evaluationId)).toBe(true);
    expect(found.every((candidate) => candidate.terms.some((term) => source!.terms.includes(term)))).toBe(true);
  });

  it('holds no profiles past COMPARABLE_PROFILES_MAX (the index answers), and none when it is 0', async () => {
    const other = createSearchClient(config);
    try {
      expect(await freshProfiles(other, indexUid, 0)).toBeNull();
      expect(heldProfiles(other, indexUid, 0)).toBeNull();
      expect(await freshProfiles(other, indexUid, view.total - 1)).toBeNull();
      expect((await freshProfiles(other, indexUid, view.total))?.total).toBe(view.total);
    } finally {
      await closeSearchClient(other);
    }
  });

  it('is never used for a state of the index it was not read in: a write makes the next request read the profiles again', async () => {
    const before = view.total;
    const removedId = view.candidates(request({ countries: ['country:MRT'] }))[0]?.id;
    expect(removedId).toBeDefined();
    // The profiles held can be worked with while the index says whether they are its state.
    const held = heldProfiles(search, indexUid, 500_000);
    expect(held?.view.total).toBe(before);
    expect(await held!.fresh).toBe(true);
    const task = await search.index(indexUid).deleteDocuments({ filter: `graphId = "${removedId}"` });
    await waitForSearchTasks(search, [task.taskUid]);
    const stale = heldProfiles(search, indexUid, 500_000);
    expect(stale?.view.profile(removedId!)).not.toBeNull();
    expect(await stale!.fresh).toBe(false);
    const after = await freshProfiles(search, indexUid, 500_000);
    expect(after).not.toBeNull();
    expect(after!.total).toBe(before - 1);
    expect(after!.profile(removedId!)).toBeNull();
    expect(view.profile(removedId!)).not.toBeNull();
  });
});

async function anyInsightId(search: Meilisearch, indexUid: string): Promise<string | undefined> {
  const { hits } = await search.index<{ graphId: string }>(indexUid).search('', { filter: ['NOT isCanonical = false', 'kind = LESSON_LEARNED'], limit: 1 });
  return hits[0]?.graphId;
}
