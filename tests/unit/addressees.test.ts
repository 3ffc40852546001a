import { resolveAddressees, splitAddresseeLabel } from '../../src/extract/addressees.js';

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

  it('keeps what each addressee was written as', () => {
    expect(resolveAddressees('SET with DIP*').map((actor) => actor.asWritten)).toEqual(['SET', 'DIP*']);
  });
});
