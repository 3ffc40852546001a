import { jest } from '@jest/globals';
import { ingestFixtures, resetStores } from '../support/engines.js';
import { testConfig } from '../support/test-config.js';
import { startTestApi, type TestApi } from './support/api-harness.js';

jest.setTimeout(60_000);

const PROJECT =
  'project { code title budget { amount currency } countries { iso3 } places { id name } donors { id name } partners { id name } evaluations { id timing } }';
const COUNTRY = 'neighbours { iso3 name } places { id name } projects { code }';
const ACTOR = 'name projects { role project { code } } evaluations { id } memberOf { id }';

/**
 * Entity pages read in one query (graph/queries/entity-pages.ts) must give what the relation
 * loaders give: the same lists reached through a nested field, which the loaders resolve.
 */
describe('entity pages in one query', () => {
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig();
    await resetStores(config);
    const report = await ingestFixtures(config, ['seeds', 'tests/fixtures']);
    expect(report.failed).toBe(0);
    api = await startTestApi();
  }, 300_000);
  afterAll(async () => {
    await api?.close();
  });

  it("a project page with its countries, places, donors, partners and evaluations is one Cypher query, with the loaders' answer", async () => {
    api.cypherLog.length = 0;
    const page = await api.gql(`{ ${PROJECT.replace('project {', 'project(code: "mli/19/01/usa") {')} }`);
    expect(page.errors).toBeUndefined();
    expect(api.cypherLog).toHaveLength(1);
    const viaLoaders = await api.gql(
      `{ projects(first: 100) { code title budget { amount currency } countries { iso3 } places { id name } donors { id name } partners { id name } evaluations { id timing } } }`,
    );
    expect(page.data.project).toEqual(viaLoaders.data.projects.find((p: { code: string }) => p.code === 'MLI/19/01/USA'));
    expect(page.data.project.partners.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['org:ilo', 'org:temedt']));
  });

  it("a country page with its neighbours, places and projects is one Cypher query, with the loaders' answer (by ISO3 and ISO2)", async () => {
    api.cypherLog.length = 0;
    const page = await api.gql(`{ country(code: "ml") { iso3 ${COUNTRY} } }`);
    expect(page.errors).toBeUndefined();
    expect(api.cypherLog).toHaveLength(1);
    const viaLoaders = await api.gql(`{ project(code: "MLI/19/01/USA") { countries { iso3 ${COUNTRY} } } }`);
    expect(page.data.country).toEqual(viaLoaders.data.project.countries[0]);
    expect(page.data.country.neighbours.map((c: { iso3: string }) => c.iso3)).toEqual(expect.arrayContaining(['NER', 'MRT']));
    expect((await api.gql(`{ country(code: "MLI") { iso3 ${COUNTRY} } }`)).data.country).toEqual(page.data.country);
    expect((await api.gql(`{ country(code: "ZZ") { ${COUNTRY} } }`)).data.country).toBeNull();
  });

  it("an actor page with its projects, evaluations and organisations is one Cypher query, with the loaders' answer", async () => {
    api.cypherLog.length = 0;
    const page = await api.gql(`{ actor(id: "org:ilo") { id ${ACTOR} } }`);
    expect(page.errors).toBeUndefined();
    expect(api.cypherLog).toHaveLength(1);
    const viaLoaders = await api.gql(`{ project(code: "MLI/19/01/USA") { partners { id ${ACTOR} } } }`);
    expect(page.data.actor).toEqual(viaLoaders.data.project.partners.find((a: { id: string }) => a.id === 'org:ilo'));
    expect(page.data.actor.projects).toContainEqual({ role: 'PARTNER', project: { code: 'MLI/19/01/USA' } });
    expect((await api.gql(`{ actor(id: "org:nobody-at-all") { ${ACTOR} } }`)).data.actor).toBeNull();
  });

  it("an actor page reading only its projects' codes still gives their titles and budgets to a nested field that asks (its rows prime the loaders)", async () => {
    const fields = 'code title budget { amount currency }';
    const page = await api.gql(`{ actor(id: "org:ilo") { projects { project { code partners { id projects { role project { ${fields} } } } } } } }`);
    expect(page.errors).toBeUndefined();
    const nested = page.data.actor.projects
      .flatMap((p: { project: { partners: Array<{ id: string }> } }) => p.project.partners)
      .find((a: { id: string }) => a.id === 'org:ilo');
    const viaLoaders = await api.gql(`{ projects(first: 100) { partners { id projects { role project { ${fields} } } } } }`);
    const expected = viaLoaders.data.projects.flatMap((p: { partners: Array<{ id: string }> }) => p.partners).find((a: { id: string }) => a.id === 'org:ilo');
    expect(nested).toEqual(expected);
    expect(nested.projects).toContainEqual({
      role: 'PARTNER',
      project: { code: 'MLI/19/01/USA', title: "Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali", budget: expect.anything() },
    });
  });
});
