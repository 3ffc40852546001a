import type { ProjectSearchRow } from '../../src/model/search-rows.js';
import { loadReference } from '../../src/reference/load-reference.js';
import { insightsIndexSettings, projectsIndexName, projectsIndexSettings } from '../../src/search/search-index.js';
import { NO_PROJECT_FILTER } from '../../src/model/filters.js';
import { toProjectMeiliFilter } from '../../src/search/search-projects.js';
import { synonymsFromReference } from '../../src/search/synonyms.js';
import { toProjectSearchDocument, toProjectSearchDocuments } from '../../src/search/to-project-search-documents.js';

const ilo = { id: 'org:ilo', name: 'International Labour Organization', acronym: 'ILO', aliases: ['ILO', 'OIT', 'BIT'] };
const drl = { id: 'org:drl', name: 'Bureau of Democracy, Human Rights, and Labor', acronym: 'DRL', aliases: ['DRL'] };
const row: ProjectSearchRow = {
  project: {
    id: 'project:MLI/19/01/USA',
    code: 'MLI/19/01/USA',
    title: "Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali",
    objective: "Contribuer à la lutte contre l'esclavage",
    outcomes: ['Résultat 1', 'Résultat 2', 'Résultat 1'],
  },
  countries: [{ id: 'country:MLI', iso3: 'MLI', name: 'Mali', nameFr: 'Mali', nameEs: 'Malí' }],
  places: [
    { id: 'place:mli-gossi', name: 'Gossi', aliases: [], country: 'MLI' },
    { id: 'place:mli-menaka', name: 'Ménaka', aliases: ['Menaka'], country: 'MLI' },
  ],
  donors: [drl],
  partners: [ilo, { id: 'org:temedt', name: 'TEMEDT', acronym: null, aliases: null }],
  themes: [
    { id: 'theme:slavery', label: 'Slavery', labelFr: 'Esclavage', labelEs: 'Esclavitud' },
    { id: 'theme:social-mediation', label: 'Social mediation', labelFr: 'Médiation sociale', labelEs: null },
  ],
  evaluations: [
    { id: 'evaluation:mli-19-01-usa-final', timing: 'FINAL', year: 2024 },
    { id: 'evaluation:mli-19-01-usa-midterm', timing: 'MIDTERM', year: 2022 },
  ],
  insightCounts: [
    { kind: 'FINDING', count: 7 },
    { kind: 'GOOD_PRACTICE', count: 3 },
    { kind: 'LESSON_LEARNED', count: 3 },
    { kind: 'RECOMMENDATION', count: 12 },
  ],
};

describe('project search documents from graph rows', () => {
  it('maps one row to the document searchProjects reads', () => {
    expect(toProjectSearchDocument(row)).toEqual({
      id: 'project_MLI-2f-19-2f-01-2f-USA',
      graphId: 'project:MLI/19/01/USA',
      code: 'MLI/19/01/USA',
      title: "Projet combattre l'esclavage et la discrimination fondée sur l'esclavage au Mali",
      objective: "Contribuer à la lutte contre l'esclavage",
      outcomes: ['Résultat 1', 'Résultat 2'],
      countries: ['MLI'],
      countryNames: ['Mali', 'Malí'],
      places: ['place:mli-gossi', 'place:mli-menaka'],
      placeNames: ['Gossi', 'Ménaka', 'Menaka'],
      donors: ['org:drl'],
      partners: ['org:ilo', 'org:temedt'],
      actors: ['org:drl', 'org:ilo', 'org:temedt'],
      actorNames: ['Bureau of Democracy, Human Rights, and Labor', 'DRL', 'International Labour Organization', 'ILO', 'OIT', 'BIT', 'TEMEDT'],
      themes: ['theme:slavery', 'theme:social-mediation'],
      themeLabels: ['Slavery', 'Esclavage', 'Esclavitud', 'Social mediation', 'Médiation sociale'],
      evaluations: ['evaluation:mli-19-01-usa-final', 'evaluation:mli-19-01-usa-midterm'],
      timings: ['FINAL', 'MIDTERM'],
      years: [2022, 2024],
      insightCounts: { FINDING: 7, RECOMMENDATION: 12, LESSON_LEARNED: 3, GOOD_PRACTICE: 3 },
      insightTotal: 25,
    });
  });

  it('a project without code, places, actors or insights still gives a complete document', () => {
    const bare: ProjectSearchRow = {
      project: { id: 'project:some-report', code: null, title: null, objective: null, outcomes: null },
      countries: [],
      places: [{ id: 'place:ner-tillaberi', name: 'Tillabéri', aliases: null, country: 'NER' }],
      donors: [],
      partners: [],
      themes: [],
      evaluations: [{ id: 'evaluation:some-report', timing: null, year: null }],
      insightCounts: [],
    };
    expect(toProjectSearchDocument(bare)).toMatchObject({
      id: 'project_some-report',
      outcomes: [],
      countries: ['NER'],
      countryNames: [],
      timings: [],
      years: [],
      insightCounts: { FINDING: 0, RECOMMENDATION: 0, LESSON_LEARNED: 0, GOOD_PRACTICE: 0 },
      insightTotal: 0,
    });
  });

  it('sorts many rows by graph id', () => {
    const other = { ...row, project: { ...row.project, id: 'project:MLI/10/01/USA' } };
    expect(toProjectSearchDocuments([row, other]).map((d) => d.graphId)).toEqual(['project:MLI/10/01/USA', 'project:MLI/19/01/USA']);
  });
});

describe('projects index settings', () => {
  it('ranks code, title, objective, outcomes, themes, actors, countries, places; typo tolerance off on the code', () => {
    const settings = projectsIndexSettings({});
    expect(projectsIndexName({ meili: { indexPrefix: 'test_' } } as never)).toBe('test_projects');
    expect(settings.searchableAttributes).toEqual(['code', 'title', 'objective', 'outcomes', 'themeLabels', 'actorNames', 'countryNames', 'placeNames']);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['countries', 'themes', 'actors', 'donors', 'years']));
    expect(settings.typoTolerance).toMatchObject({ enabled: true, disableOnAttributes: ['code'] });
  });

  it('has the same stop words and synonyms as the insights index', () => {
    const synonyms = synonymsFromReference(loadReference());
    const projects = projectsIndexSettings(synonyms);
    const insights = insightsIndexSettings(synonyms);
    expect(projects.stopWords).toEqual(insights.stopWords);
    expect(projects.synonyms).toEqual(insights.synonyms);
    expect(projects.synonyms!['esclavage']).toContain('slavery');
  });
});

describe('project filters built from typed values', () => {
  it('ANDs one expression per field, values quoted, countries as ISO3', () => {
    expect(
      toProjectMeiliFilter({
        countries: ['country:NER'],
        themes: ['theme:slavery'],
        actors: ['org:ilo'],
        donors: ['org:drl'],
        yearFrom: 2020,
        yearTo: 2023,
      }),
    ).toEqual(['countries IN ["NER"]', 'themes IN ["theme:slavery"]', 'actors IN ["org:ilo"]', 'donors IN ["org:drl"]', 'years >= 2020', 'years <= 2023']);
    expect(toProjectMeiliFilter(NO_PROJECT_FILTER)).toEqual([]);
  });

  it('a hostile value stays one value; a non-integer year is rejected', () => {
    expect(toProjectMeiliFilter({ ...NO_PROJECT_FILTER, donors: ['org:x" OR countries = "NER'] })).toEqual(['donors IN ["org:x\\" OR countries = \\"NER"]']);
    expect(() => toProjectMeiliFilter({ ...NO_PROJECT_FILTER, yearFrom: 2020.5 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
