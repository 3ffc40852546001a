import {
  asDateTime,
  asIsoDate,
  asYearMonth,
  toEvaluationType,
  toManagementResponseStatus,
  toMode,
  toOrganisationType,
  toTiming,
} from '../../../src/graphql/enums.js';

describe('enum-like stored values as GraphQL enums', () => {
  it('evaluation timing, mode and type: the known values, OTHER for the rest, null when absent', () => {
    expect([toTiming('MIDTERM'), toTiming('EX_POST'), toTiming('final'), toTiming('baseline'), toTiming(null)]).toEqual([
      'MIDTERM',
      'EX_POST',
      'FINAL',
      'OTHER',
      null,
    ]);
    expect([toMode('INDEPENDENT'), toMode('SELF'), toMode('peer'), toMode('')]).toEqual(['INDEPENDENT', 'SELF', 'OTHER', null]);
    expect([toEvaluationType('PROJECT'), toEvaluationType('COUNTRY_PROGRAMME'), toEvaluationType('FORMATIVE')]).toEqual([
      'PROJECT',
      'COUNTRY_PROGRAMME',
      'OTHER',
    ]);
  });

  it("organisation types from the reference data's words", () => {
    expect(['UN agency', 'UN', 'UN mission', 'NGO', 'employers organisation', 'development bank', 'think tank', undefined].map(toOrganisationType)).toEqual([
      'UN_AGENCY',
      'UNITED_NATIONS',
      'UN_MISSION',
      'NGO',
      'EMPLOYERS_ORGANISATION',
      'DEVELOPMENT_BANK',
      'OTHER',
      null,
    ]);
  });

  it('management-response status from English, French and Spanish wording, the most specific first', () => {
    const cases: Array<[string, string]> = [
      ['Completed', 'COMPLETED'],
      ['Réalisé', 'COMPLETED'],
      ['Cumplida', 'COMPLETED'],
      ['Partially completed', 'PARTIALLY_COMPLETED'],
      ['Partiellement réalisé', 'PARTIALLY_COMPLETED'],
      ['Ongoing', 'IN_PROGRESS'],
      ['En cours', 'IN_PROGRESS'],
      ['Initiated', 'IN_PROGRESS'],
      ['Not initiated', 'NOT_STARTED'],
      ['Non commencé', 'NOT_STARTED'],
      ['No longer applicable', 'NOT_APPLICABLE'],
      ['Deferred to 2024', 'OTHER'],
    ];
    expect(cases.map(([text]) => toManagementResponseStatus(text))).toEqual(cases.map(([, status]) => status));
    expect(toManagementResponseStatus('  ')).toBeNull();
  });

  it('dates: YearMonth (YYYY-MM or YYYY) and DateTime (RFC 3339), null for anything else', () => {
    expect(['2022-12', '2022', '2022-13', 'Cliquez ici pour entrer la date', null].map(asYearMonth)).toEqual(['2022-12', '2022', null, null, null]);
    expect(['2026-11-29T10:15:00.000Z', '2026-11-29', 42].map(asDateTime)).toEqual(['2026-11-29T10:15:00.000Z', null, null]);
  });

  it('dates: IsoDate (YYYY-MM-DD, YYYY-MM or YYYY, the ends of periods), null for anything else', () => {
    expect(['2018-08-06', '2018-08', '2018', '2018-08-32', '2018-13', '06/08/2018', 2018, null].map(asIsoDate)).toEqual([
      '2018-08-06',
      '2018-08',
      '2018',
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
