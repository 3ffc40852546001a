import { resolveAddressees, splitAddresseeLabel, subjectAddressee } from '../../src/extract/addressees.js';

const ids = (written: string) => resolveAddressees(written).map((actor) => actor.id);

describe("a recommendation's addressees from the label that names them", () => {
  it.each<[string, string[]]>([
    // Several addressees: each side of the separator names one.
    ['SET with DPSM', ['org:set', 'org:dpsm']],
    ['SET with DIP*', ['org:set', 'org:dip']],
    ['SET and Regional Bureaux', ['org:set', 'org:regional-bureaux']],
    ['M&E unit with Regional Bureau Dakar', ['org:m-e-unit', 'org:regional-bureau-dakar']],
    ['Unité Résilience / Unité Opérations', ['org:unite-resilience', 'org:unite-operations']],
    ['DG/DPSM', ['org:dg', 'org:dpsm']],
    ['ILO CO-Abidjan and the Ministry of Labour', ['org:ilo', 'org:ministry-of-labour']],
    ['Government of Niger and ILO', ['org:government-of-niger', 'org:ilo']],
    ['Gobierno de Mauritania y OIT', ['org:government-of-mauritania', 'org:ilo']],
    ['Le BIT et les mandants tripartites', ['org:ilo', 'group:social-partners']],
    ['Timidria and SOS Esclaves', ['org:timidria', 'org:sos-esclaves']],
    ['Secretaría de Finanzas y la Coordinación Estatal', ['org:secretaria-de-finanzas', 'org:la-coordinacion-estatal']],
    // One name with a conjunction or a comma inside it.
    ['Unidad de Monitoreo y Evaluación', ['org:unidad-de-monitoreo-y-evaluacion']],
    ['Ministry of Labour and Legal Affairs', ['org:ministry-of-labour-and-legal-affairs']],
    ['Monitoring and Evaluation Unit', ['org:monitoring-and-evaluation-unit']],
    ['Ministerio de Trabajo y Promoción del Empleo', ['org:ministerio-de-trabajo-y-promocion-del-empleo']],
    ['Direction générale du Travail et de la Sécurité sociale', ['org:direction-generale-du-travail-et-de-la-securite-sociale']],
    ['Bureau of Democracy, Human Rights, and Labor', ['org:drl']],
    ['Agences gouvernementales et non gouvernementales', ['group:government-and-non-governmental-agencies']],
    // A name repeated, or in two languages, is one addressee.
    ['OIA-DG / OIA-DG', ['org:oia-dg']],
    ['BIT/OIT', ['org:ilo']],
    // The article before an institution is not part of its name; before a name, it is.
    ['to the Ministry of Labour', ['org:ministry-of-labour']],
    ['La Strada International', ['org:la-strada-international']],
  ])('%s', (written, expected) => {
    expect(ids(written)).toEqual(expected);
  });

  it('puts a part that names no addressee back with its neighbour, as written', () => {
    expect(splitAddresseeLabel('ILO, Ministry of Labour, Employment and Social Protection')).toEqual([
      'ILO',
      'Ministry of Labour, Employment and Social Protection',
    ]);
    // The first part goes with the one after it.
    expect(splitAddresseeLabel('Research and Development Department and the ILO')).toEqual(['Research and Development Department', 'the ILO']);
    expect(splitAddresseeLabel('Monitoring, Evaluation and Learning')).toEqual(['Monitoring, Evaluation and Learning']);
  });

  it('keeps what each addressee was written as, and names it without its footnote marker', () => {
    expect(resolveAddressees('SET with DIP*').map((actor) => [actor.name, actor.asWritten])).toEqual([
      ['SET', 'SET'],
      ['DIP', 'DIP*'],
    ]);
    expect(resolveAddressees('Ministry of Labour¹').map((actor) => [actor.id, actor.name])).toEqual([['org:ministry-of-labour', 'Ministry of Labour']]);
  });
});

describe("a recommendation's addressee from its wording, when the layout names none", () => {
  it.each<[string, string | null]>([
    ['USAID should expand the programme.', 'USAID'],
    ['Depending on resources, the ILO should support the unions.', 'ILO'],
    ['The Ministry of Labour should review the law.', 'Ministry of Labour'],
    ['The Government of Ghana should adopt a plan.', 'Government of Ghana'],
    ['Donors should fund the second phase.', 'Donors'],
    ['FAO and the Ministry of Animal Resources should transfer the fodder banks.', 'FAO and the Ministry of Animal Resources'],
    ["Le ministère de l'Élevage devrait inscrire l'entretien des balises au budget.", "ministère de l'Élevage"],
    ['La Secretaría de Trabajo debería incluir servicios de cuidado infantil.', 'Secretaría de Trabajo'],
    ['The evaluation recommends that UNHCR develop a data strategy.', 'UNHCR'],
    // A subject set off by commas: its unit belongs to it, how it acts does not.
    [
      'The Assistant Deputy Minister, Partnerships for Innovation in Development, should develop a strategy.',
      'Assistant Deputy Minister, Partnerships for Innovation in Development',
    ],
    ["Le sous-ministre adjoint, Partenariats pour l'innovation, devrait élaborer une stratégie.", "sous-ministre adjoint, Partenariats pour l'innovation"],
    ['The Ministry of Public Works, in consultation with the counties, should agree a maintenance allocation.', 'Ministry of Public Works'],
    // A relative clause says which ones, not who.
    ['Las agencias donantes que establezcan fondos o financien programas conjuntos, deben abrir sus convocatorias.', 'agencias donantes'],
    ['The donors that fund joint programmes should open their calls.', 'donors'],
    ['La evaluación recomienda que la Secretaría de Economía revise las reglas.', 'Secretaría de Economía'],
    // An article is a word of its own: "Leaders", "Elected" and "Las" keep their letters.
    ['Leaders of the cooperatives should meet monthly.', 'Leaders of the cooperatives'],
    ['Las autoridades locales deben asumir el mantenimiento.', 'autoridades locales'],
    // What the sentence is about, not who acts: a passive, a topic, a word that refers back.
    ['The VDIM should be institutionalized in the MOH.', null],
    ['Credit linkages between SVPPs and local banks need to be prioritized.', null],
    ['El Ministerio de Trabajo debe ser fortalecido.', null],
    ['The project should extend its activities to the north.', null],
    ['Future activities should include women.', null],
    ["L'Agence devrait conditionner tout nouveau puits.", null],
    ['It is recommended that capacity building be continued.', null],
  ])('%s', (text, expected) => {
    expect(subjectAddressee(text)).toBe(expected);
  });
});
