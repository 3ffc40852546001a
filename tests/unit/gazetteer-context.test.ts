import { describe, expect, it } from '@jest/globals';
import { findCountriesConcerned, findCountryJudgements, findMentions } from '../../src/extract/gazetteer.js';
import { regionOfTitle } from '../../src/extract/world-regions.js';

const countries = (text: string) => findMentions(text).countries.map((country) => country.iso3);
const reasons = (text: string) => findCountryJudgements(text).map((judged) => [judged.iso3, judged.drop]);
const concerned = (
  text: string,
  evaluation: { title?: string } = {},
  project: { countries?: Array<{ id: string; iso3: string; name: string }>; title?: string } = {},
) => findCountriesConcerned(text, [], { evaluation, project }).map((country) => country.iso3);

describe('precise country mentions', () => {
  it('reads a lower-case « réunion » as a meeting, and a capitalised one followed by "de" too', () => {
    expect(countries('Une réunion de travail a eu lieu à Bamako.')).toEqual([]);
    expect(countries('Reunión de Directores generales; Reunion nacional de programación.')).toEqual([]);
    expect(countries('Les écoles de La Réunion et de l’île de la Réunion.')).toEqual(['REU']);
    expect(reasons('une réunion, Reunión de Directores')).toEqual([
      ['REU', 'lower-case'],
      ['REU', 'common-word'],
    ]);
  });

  it('reads "Jordan" and "Chad" as first names when a surname follows, not before a country word', () => {
    expect(countries('Interviews with Jordan Smith and Chad Johnson.')).toEqual([]);
    expect(countries('The Jordan Country Office and the Chad Government agreed.')).toEqual(['JOR', 'TCD']);
    expect(countries("Refugees in Jordan, Lebanon and Chad's east.")).toEqual(['JOR', 'LBN', 'TCD']);
  });

  it('reads lakes, rivers, gulfs, basins and deltas named like countries as places, not countries', () => {
    expect(countries('Floods along the Lake Chad basin and the River Niger, in the Gulf of Guinea and the Congo Basin.')).toEqual([]);
    expect(countries('Le bassin du Congo, le lac Tchad et le golfe de Guinée; la cuenca del Congo y el golfo de México.')).toEqual([]);
    expect(countries('Oil spills in the Niger Delta hurt Nigeria.')).toEqual(['NGA']);
  });

  it('reads a river named with its part between (« delta intérieur du Niger », "upper basin of the Congo") as the river', () => {
    expect(countries('Le projet restaure les bourgoutières du delta intérieur du Niger et de la boucle du Niger.')).toEqual([]);
    expect(countries('Fishing in the upper basin of the Congo; le haut bassin du Sénégal.')).toEqual([]);
    expect(reasons('delta intérieur du Niger')).toEqual([['NER', 'landform']]);
    expect(countries('Le projet intervient au Mali et au Niger.')).toEqual(['MLI', 'NER']);
  });

  it('reads a donor’s development agency named with its demonym as the donor, and a country after a funder’s clause as a place', () => {
    expect(concerned('Enabel, Belgian Development Agency, works in Benin.')).toEqual(['BEN']);
    expect(concerned('L’Agence belge de développement appuie les producteurs du Bénin.')).toEqual(['BEN']);
    expect(concerned('L’Agence malienne pour l’emploi des jeunes a formé 300 apprentis.')).toEqual(['MLI']);
    expect(concerned('Le projet, financé par l’Agence française de développement, intervient au Sénégal.')).toEqual(['SEN']);
    expect(concerned('Le projet est financé par l’Union européenne, la Belgique et la Suède. Il intervient au Niger.')).toEqual(['NER']);
  });

  it('leaves out the country of a photo’s caption: where a picture was taken is not where the work was', () => {
    expect(countries('Avertissement. Photo de couverture : marché de Sikasso (Mali), © Jean Martin pour l’agence, 2019.')).toEqual([]);
    expect(countries('Cover photo: a health post near Kisumu, Kenya. The evaluation covers Uganda.')).toEqual(['UGA']);
    expect(countries('Une école à Dori (Burkina Faso), © Awa Ba')).toEqual([]);
    expect(reasons('Photo : une coopérative au Togo')).toEqual([['TGO', 'photo']]);
    expect(countries('Les photos prises au Togo montrent des champs.')).toEqual(['TGO']);
  });

  it('tells Guinea-Bissau from Guinea, and keeps a city named after its country out', () => {
    expect(countries('Guinea-Bissau and Guinea')).toEqual(['GNB', 'GIN']);
    expect(countries('A workshop in Guatemala City and another in Ciudad de Panamá.')).toEqual([]);
    expect(countries('Programmes in Guatemala and Panama.')).toEqual(['GTM', 'PAN']);
  });

  it('reads Georgia as the US state next to Atlanta, a US university or USA', () => {
    expect(countries('The team met in Atlanta, Georgia and at the University of Georgia; Savannah, Georgia, USA.')).toEqual(['USA']);
    expect(countries('Displaced people in Georgia and Armenia.')).toEqual(['GEO', 'ARM']);
  });

  it('leaves addresses, contact lines and a reference’s publisher place out', () => {
    const text =
      'Case Postale 2500\n1211 Genève 2\nSwitzerland\nwww.unhcr.org\n\nThe evaluation worked in Pakistan.\n\nContact: Jean Doe, Tel: +41 22 739 8111, Geneva, Switzerland\n\n8 Tennant, V. (2011). A Model for Engagement. Geneva, Switzerland: UNHCR.';
    expect(countries(text)).toEqual(['PAK']);
  });

  it('drops a series of eight or more countries, keeps shorter enumerations', () => {
    const donors = 'The donors include the governments of Belgium, Britain, Canada, Denmark, Germany, Ireland, Italy, Japan and Sweden.';
    expect(countries(donors)).toEqual([]);
    expect(countries('The programme covers Burkina Faso, Mali, Mauritania, Niger and Chad.')).toEqual(['BFA', 'MLI', 'MRT', 'NER', 'TCD']);
    expect(findCountryJudgements(donors).every((judged) => judged.donor && judged.listLength === 9)).toBe(true);
  });

  it('reads a bare "Congo" as the Republic, unless the DRC’s places surround it', () => {
    expect(countries('In Congo, the Dimonika model forest was launched near Pointe-Noire.')).toEqual(['COG']);
    expect(countries('Fighting in eastern Congo displaced people around Goma in North Kivu.')).toEqual(['COD']);
    expect(countries('the Democratic Republic of the Congo (DRC)')).toEqual(['COD']);
  });
});

describe('findCountriesConcerned', () => {
  const country = (iso3: string, name: string) => ({ id: `country:${iso3}`, iso3, name });

  it('takes the countries a box states, and those the title names', () => {
    expect(
      concerned('Jordan and Lebanon host refugees; Geneva, Switzerland.', {}, { countries: [country('JOR', 'Jordan'), country('LBN', 'Lebanon')] }),
    ).toEqual(['JOR', 'LBN']);
    expect(
      concerned('The United States funded it. USA, USA, USA.', { title: 'Final performance evaluation of the Livestock for Growth activity in Mali' }),
    ).toEqual(['MLI']);
    expect(concerned('…', { title: 'Informe final, Gobierno del Estado de Zacatecas' })).toEqual(['MEX']);
  });

  it('without box or title, takes the dominant country of the text, not the donors, addresses or series', () => {
    const text = [
      'The operation assisted flood victims in Cameroon. Cameroon Red Cross volunteers worked in Cameroon villages.',
      'The donors include the governments of Belgium, Britain, Canada, Denmark, Germany, Ireland, Italy, Japan and Sweden.',
      'Contact: IFRC Geneva, Tel: +41 22 730 4222, Switzerland',
      'A team from Cameroon visited; Cameroon authorities agreed.',
    ].join('\n');
    expect(concerned(text)).toEqual(['CMR']);
  });

  it('keeps to the world region a title names: a funder’s home country outside it is not concerned', () => {
    const text = [
      'The Government of Canada funded the initiative. Canada, Canada and Canadian embassies; Natural Resources Canada; Canada’s commitments; Canada.',
      'In Cameroon, two model forests were strengthened. In Cameroon and Rwanda, work went on. Morocco hosts the Ifrane forest; in Morocco it grew.',
      'In Congo, the Dimonika model forest was launched.',
    ].join('\n');
    expect(concerned(text, { title: 'Evaluation Report: African Model Forest Initiative' })).toEqual(['CMR', 'MAR', 'RWA', 'COG']);
  });

  it('takes every country of a cross-border area the title names', () => {
    expect(
      concerned('Niger, Niger.', { title: 'Comprendre les défis de la gouvernance dans le Liptako-Gourma' }, { countries: [country('NER', 'Niger')] }),
    ).toEqual(['NER', 'MLI', 'BFA']);
  });

  it('reads a donor’s demonym as whose aid it is, not where the work was', () => {
    const text = 'La Direction de la coopération a commandé une évaluation des interventions au Cap-Vert, au Laos et au Vietnam.';
    expect(concerned(text, { title: 'Méta-Évaluation des interventions de la Coopération luxembourgeoise en hôtellerie' })).toEqual(['CPV', 'LAO', 'VNM']);
    expect(concerned('…', { title: 'Évaluation des stratégies belges de sortie de 6 pays de la coopération bilatérale directe' })).toEqual([]);
    expect(concerned('…', { title: 'Evaluation of Danish support to civil society in Ghana' })).toEqual(['GHA']);
    expect(concerned('…', { title: 'Evaluación del apoyo a la agricultura familiar paraguaya' })).toEqual(['PRY']);
  });

  it('takes every country a short text names as often as the first, and the one series a synthesis lists', () => {
    expect(concerned('The programme aimed at the MDGs in South Sudan in Sub-Saharan Africa and Lao PDR in South East Asia.')).toEqual(['SSD', 'LAO']);
    const synthesis = 'A synthesis of seven country programme evaluations (India, Kyrgyzstan, Myanmar, Romania, Rwanda, Senegal and Thailand).';
    expect(concerned(synthesis)).toEqual(['IND', 'KGZ', 'MMR', 'ROU', 'RWA', 'SEN', 'THA']);
    // Two different series (the work's and a comparison) say nothing certain.
    expect(concerned(`${synthesis} Results were compared with Chile, Peru, Brazil and Mexico.`)).toEqual([]);
    // Within a region the title names, the series lists the project's countries beside the one named most.
    const regional = 'The project worked across Algeria, Egypt, Jordan, Lebanon, Morocco and Tunisia, with a pilot in Tunisia. In Tunisia it grew.';
    expect(concerned(regional, { title: 'Promoting women entrepreneurs in the MENA region' })).toEqual(['TUN', 'DZA', 'EGY', 'JOR', 'LBN', 'MAR']);
  });

  it('reads a donor named in its title as the donor when the text places the work elsewhere', () => {
    const abroad = 'Volunteers worked in Fiji and Vanuatu. In Fiji, schools benefited; in Vanuatu, clinics.';
    expect(concerned(abroad, { title: 'Evaluation of the Australian Volunteers Program' })).toEqual(['FJI', 'VUT']);
    const domestic = 'Justice Canada funds provinces. Across Canada, courts benefited; Canada and the provinces agree. Unlike Australia, Canada shares costs.';
    expect(concerned(domestic, { title: 'Evaluation of the Canadian Family Justice Fund' })).toEqual(['CAN']);
    expect(concerned('UK aid’s support and UK-funded programmes reached farmers in Malawi. GOV.UK', { title: 'A response' })).toEqual(['MWI']);
  });

  it('reads a donor government’s foreign ministry, aid agency and disclaimer as the funder, not where the work was', () => {
    const cover = [
      'Regional Summary Report: Horn of Africa',
      'U.S. Department of State Bureau of Population, Refugees, and Migration',
      'The views expressed do not necessarily reflect the views of the United States Department of State or the United States Government.',
    ].join('\n');
    expect(concerned(cover)).toEqual([]);
    const fund = 'New Zealand Ministry of Foreign Affairs and Trade\nThe fund supported partners in Samoa.';
    expect(concerned(fund, { title: 'Evaluation of the Partnerships Fund' })).toEqual(['WSM']);
    expect(concerned('A grant of the Embassy of Japan built two schools in Laos. In Laos, enrolment rose.')).toEqual(['LAO']);
  });

  it('reads a country inside a National Society’s or an embassy’s name as the organisation, not where the work was', () => {
    const society = [
      'La Croix-Rouge de Belgique appuie la Croix-Rouge burundaise depuis 2010.',
      'La Croix Rouge de Belgique a financé les activités au Burundi ; la Croix-Rouge de Belgique assure le suivi.',
    ].join('\n');
    expect(concerned(society)).toEqual(['BDI']);
    expect(concerned('The Belgian Red Cross supported the Burundi Red Cross. The Belgian Red Cross funded work in Burundi.')).toEqual(['BDI']);
    expect(
      concerned('La Cruz Roja Hondureña trabajó con la Embajada de España en Bolivia. La Embajada de España financió; la Embajada de España evaluó.'),
    ).toEqual(['BOL']);
    expect(concerned('La Société du Croissant-Rouge qatari intervient au Yémen.')).toEqual(['YEM']);
    // Named elsewhere, the country still counts.
    expect(concerned('La Croix-Rouge de Belgique mène des actions en Belgique. En Belgique, les écoles ont participé.')).toEqual(['BEL']);
    expect(concerned('…', { title: 'Évaluation finale du programme de la Croix-Rouge de Belgique au Burundi' })).toEqual(['BDI']);
  });

  it('knows Turkey by its English name', () => {
    expect(countries('Portfolio evaluations in Moldova and Turkey.')).toEqual(['MDA', 'TUR']);
  });

  it('reads a short place name in capitals within ordinary text as an acronym', () => {
    expect(concerned('What GAO Found\nThe guidelines lack two of GAO’s leading practices. GAO recommends that they be added.')).toEqual([]);
    expect(concerned('RÉGION DE GAO\nLes femmes de Gao vendent le poisson à Gao.')).toEqual(['MLI']);
  });

  it('leaves out the town and country where a meeting sits', () => {
    const text = [
      'CONFERENCIA REGIONAL DE LA FAO',
      '36.º período de sesiones',
      'Managua (Nicaragua), (nueva fecha por determinar)',
      '',
      'Síntesis de las evaluaciones',
    ].join('\n');
    expect(reasons(text)).toEqual([['NIC', 'venue']]);
    expect(concerned('The project worked in Kayes (Mali), in Mali’s west, and in Mali.')).toEqual(['MLI']);
  });

  it('gives nothing for a text that names no country', () => {
    expect(concerned('A quarterly newsletter about nothing in particular.')).toEqual([]);
  });
});

describe('regionOfTitle', () => {
  it('reads world regions in three languages, the most specific first', () => {
    expect(regionOfTitle('African Model Forest Initiative')?.name).toBe('Africa');
    expect(regionOfTitle('Programme régional en Afrique de l’Ouest')?.name).toBe('Western Africa');
    expect(regionOfTitle('Lutte contre l’esclavage au Sahel')?.name).toBe('Sahel');
    expect(regionOfTitle('Iniciativa Regional América Latina y el Caribe')?.name).toBe('Latin America');
    expect(regionOfTitle('Evaluation of the Office of International Affairs')).toBeNull();
  });
});
