import { describe, expect, it } from '@jest/globals';
import { isFirmName, looksLikeName, normalisePersonName, parsePeopleList, personKey } from '../../../src/extract/metadata/people.js';

const names = (written: string) => parsePeopleList(written).people.map((p) => [p.name, p.role, p.firm]);

describe('parsePeopleList', () => {
  it('reads a firm in parentheses after the person', () => {
    expect(parsePeopleList('Abdourahamane H. TOURE (Vision ProActive)')).toEqual({
      people: [{ name: 'Abdourahamane H. Toure', asWritten: 'Abdourahamane H. TOURE', role: null, roleText: null, firm: 'Vision ProActive' }],
      firms: ['Vision ProActive'],
    });
  });

  it('keeps the commas of an affiliation in brackets inside it', () => {
    expect(
      names(
        'Mark Example (Deakin University, Australia), Elisabeth Sample (Principal, Sapere Research Group, New Zealand) and Neil Test (Sapere Research Group)',
      ).map(([name]) => name),
    ).toEqual(['Mark Example', 'Elisabeth Sample', 'Neil Test']);
  });

  it('reads the i-eval writing: the firm, then the name in capitals', () => {
    expect(names('Vision ProActive ABDOURAHAMANE H. TOURE')).toEqual([['Abdourahamane H. Toure', null, 'Vision ProActive']]);
    expect(names('Marcelin ORSOT')).toEqual([['Marcelin Orsot', null, null]]);
  });

  it('reads "Team leader: …; Team members: …"', () => {
    expect(names('Team leader: Jane Doe; Team members: John Roe, Ana Pérez and Moussa Diallo')).toEqual([
      ['Jane Doe', 'LEAD', null],
      ['John Roe', 'MEMBER', null],
      ['Ana Pérez', 'MEMBER', null],
      ['Moussa Diallo', 'MEMBER', null],
    ]);
    expect(names("Chef d'équipe : Awa Traoré ; Membres de l'équipe : Ibrahim Maïga")).toEqual([
      ['Awa Traoré', 'LEAD', null],
      ['Ibrahim Maïga', 'MEMBER', null],
    ]);
  });

  it('reads one person per line with a role after the comma (USAID title page)', () => {
    const list = parsePeopleList(
      'Philip Boyle, Team Leader\nEmbry Howell, Senior Evaluation Specialist\nAlmouzar Maiga, Livestock Specialist\nJessica Payton, Research Assistant',
    );
    expect(list.people.map((p) => [p.name, p.role, p.roleText])).toEqual([
      ['Philip Boyle', 'LEAD', 'Team Leader'],
      ['Embry Howell', 'MEMBER', 'Senior Evaluation Specialist'],
      ['Almouzar Maiga', 'MEMBER', 'Livestock Specialist'],
      ['Jessica Payton', 'MEMBER', 'Research Assistant'],
    ]);
  });

  it('gives each person the firm named after "of", and keeps ", Inc" with its firm', () => {
    const list = parsePeopleList(
      'David Nelson (Team Leader), Rose Schneider, Pedro Jesus Mendoza Arana of Social Impact, Inc (SI) and Elvira Beracochea of MIDEGO, Inc.',
    );
    expect(list.people.map((p) => [p.name, p.role, p.firm])).toEqual([
      ['David Nelson', 'LEAD', 'Social Impact, Inc'],
      ['Rose Schneider', null, 'Social Impact, Inc'],
      ['Pedro Jesus Mendoza Arana', null, 'Social Impact, Inc'],
      ['Elvira Beracochea', null, 'MIDEGO, Inc.'],
    ]);
    expect(list.firms).toEqual(['Social Impact, Inc', 'MIDEGO, Inc.']);
  });

  it('keeps a firm with "&" whole, and drops honorifics and list markers', () => {
    expect(parsePeopleList('Ortega & Trujillo Consultoría S.C.')).toEqual({ people: [], firms: ['Ortega & Trujillo Consultoría S.C.'] });
    expect(names('C.P. Valeria Blanco Manzano e Ing. Andrés Ríos Cereceres')).toEqual([
      ['Valeria Blanco Manzano', null, null],
      ['Andrés Ríos Cereceres', null, null],
    ]);
    expect(names('a). Yolanda Trujillo Carrillo')).toEqual([['Yolanda Trujillo Carrillo', null, null]]);
    // A registry's team row: the name, then the person's title and nationality.
    expect(names('Gabriela Pinto Salas Mrs. PERU')).toEqual([['Gabriela Pinto Salas', null, null]]);
    // A role word in a firm's name ("Consultores") does not cut it at "del": the legal form makes the whole line a firm.
    expect(parsePeopleList('Evaluadores Unidos del Norte S.C.')).toEqual({ people: [], firms: ['Evaluadores Unidos del Norte S.C.'] });
    expect(parsePeopleList('Consultores Reunidos de Occidente, S.C.')).toEqual({ people: [], firms: ['Consultores Reunidos de Occidente, S.C.'] });
    expect(names('b) Rocío Magnolia Villafaña García y María Teresa Ortega Lecona.')).toEqual([
      ['Rocío Magnolia Villafaña García', null, null],
      ['María Teresa Ortega Lecona', null, null],
    ]);
  });

  it('drops e-mail addresses and keeps the names of a plain list', () => {
    expect(names('Christine Fu - fu@unhcr.org')).toEqual([['Christine Fu', null, null]]);
    expect(names('Stephen Ladek, Nur Abdelkhaliq Zamora, Scott Cameron, Siobhan Green, and Caitlin Procter').map((p) => p[0])).toEqual([
      'Stephen Ladek',
      'Nur Abdelkhaliq Zamora',
      'Scott Cameron',
      'Siobhan Green',
      'Caitlin Procter',
    ]);
  });
});

describe('person names and keys', () => {
  it('gives one key however the name is written', () => {
    const key = personKey('Abdourahamane H. TOURE');
    expect(key).toBe('abdourahamane-h-toure');
    expect(personKey('abdourahamane h. touré')).toBe(key);
    expect(personKey('TOURE Abdourahamane H.')).toBe(key);
    expect(personKey('Dr. Abdourahamane H. Touré')).toBe(key);
  });

  it('normalises honorifics, degrees and a surname written first', () => {
    expect(normalisePersonName('C.P.C Jorge Julio Ortiz Blanco')).toBe('Jorge Julio Ortiz Blanco');
    expect(normalisePersonName('M.A Ivan Sánchez Jasso')).toBe('Ivan Sánchez Jasso');
    expect(normalisePersonName('Lic. Jorge Escareño Benítez')).toBe('Jorge Escareño Benítez');
    expect(normalisePersonName('DIALLO Aminata')).toBe('Aminata Diallo');
    expect(normalisePersonName('Jane Doe, PhD')).toBe('Jane Doe');
    expect(normalisePersonName('42')).toBeNull();
  });

  it('drops Spanish courtesy titles, not an initial', () => {
    expect(normalisePersonName('D. Juan Pérez García')).toBe('Juan Pérez García');
    expect(normalisePersonName('Dña. María López')).toBe('María López');
    expect(normalisePersonName('Dª Ana Gómez')).toBe('Ana Gómez');
    expect(normalisePersonName('Da. Ana Gómez Torres')).toBe('Ana Gómez Torres');
    expect(normalisePersonName('D. J. Smith')).toBe('D. J. Smith');
    expect(names('D. Juan Pérez García, economista, coordinador de la evaluación')).toEqual([['Juan Pérez García', 'LEAD', null]]);
  });

  it('reads no organisation or form label as a person’s name', () => {
    expect(looksLikeName('Croix-Rouge de Belgique')).toBe(false);
    expect(looksLikeName('Ayuntamiento de Madrid')).toBe(false);
    expect(looksLikeName('Approved By')).toBe(false);
    expect(looksLikeName('Dña. María López Ruiz')).toBe(true);
  });

  it('tells firms from people', () => {
    expect(isFirmName('Galaz, Yamazaki, Ruiz Urquiza, S.C.')).toBe(true);
    expect(isFirmName('IOD PARC')).toBe(true);
    expect(isFirmName('ME&A')).toBe(true);
    expect(isFirmName('Marcelin Orsot')).toBe(false);
  });
});
