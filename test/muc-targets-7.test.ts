// MUC-4 targets, pass 7: victims listed after a colon or "those who were hurt are", the victims identified between
// the verb and "as"; what the incident's other sentences say was damaged or harmed (record.ts sentenceTargets): values,
// spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { events, expectTarget, fired, target } from './helpers/targets.js';

describe('victims-identified-as, widened', () => {
  it('a list of victims opened by a colon', () => {
    const text = 'SAN SALVADOR, 20 MAR 89 -- [TEXT] MILITARY PATROLS KILLED THREE JOURNALISTS: ROBERTO NAVAS, A REUTER PHOTOGRAPHER, AND MAURICIO PINEDA, A STAFF MEMBER OF CHANNEL 12.';
    expectTarget(text, 'MAURICIO PINEDA', 'victims-identified-as');
  });
  it('"those who were hurt are"', () => {
    const text = 'GUATEMALA CITY, 27 SEP 89 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED AT A HOTEL IN TECUN UMAN LAST NIGHT. THOSE WHO WERE HURT ARE JOSE MARIA MARTINEZ, 55, FROM SPAIN; AND LUIS ROSSI, 35, FROM ITALY.';
    expectTarget(text, 'LUIS ROSSI', 'victims-identified-as');
  });
  it('the victims between "identified" and "as"', () => {
    const text = 'SAN SALVADOR, 10 NOV 89 -- [TEXT] UNIDENTIFIED GUNMEN KILLED TWO MEN ON 8 NOVEMBER IN SOYAPANGO. JUDGE LARRY OVIEDO IDENTIFIED THE DEAD MEN AS SALVADOR BONILLA, 38, AND JOSE ANTONIO MARQUEZ, 42.';
    expectTarget(text, 'JOSE ANTONIO MARQUEZ', 'victims-identified-as');
  });
  it('no colon list of victims: a colon after a report', () => {
    const es = events('SAN SALVADOR, 20 MAR 89 -- [TEXT] MILITARY PATROLS KILLED THREE JOURNALISTS TODAY. THE ARMY SAID: ROBERTO NAVAS IS TO BLAME.');
    expect(fired(es, 'victims-identified-as')).toBe(false);
  });
});

describe('sentenceTargets: damage and harm told in the incident\'s other sentences', () => {
  it('a passive damage clause with no agent in the next sentence', () => {
    const text = 'BOGOTA, 2 SEP 89 -- [TEXT] A BOMB EXPLODED AT THE CARACOL RADIO STATION TODAY. TWO BANK BUILDINGS AND A RESTAURANT WERE SERIOUSLY DAMAGED.';
    expectTarget(text, 'RESTAURANT', 'blast-damage-target');
  });
  it('the blast as the subject of an active damage clause', () => {
    const text = 'SANTIAGO, 17 JAN 90 -- [TEXT] A BOMB EXPLODED AT THE PILMAIQUEN TELEPHONE COMPANY BUILDING LAST NIGHT. IT ALSO DESTROYED A PUBLIC TELEPHONE BOOTH.';
    expectTarget(text, 'PUBLIC TELEPHONE BOOTH', 'blast-damage-target');
  });
  it('not what an agent other than the blast damaged', () => {
    const es = events('BOGOTA, 2 SEP 89 -- [TEXT] A BOMB EXPLODED AT THE CARACOL RADIO STATION TODAY. TWO BANK BUILDINGS WERE DAMAGED BY THE RAINS.');
    expect(target(es, 'BANK BUILDINGS')).toBeNull();
  });
  it('persons named as injured in the next sentence', () => {
    const text = 'SAN SALVADOR, 30 MAR 89 -- [TEXT] A BOMB EXPLODED AT THE VICAS STORE TONIGHT. LUCIO GUTIERREZ AND ELMER ANTONIO ALVARENGA WERE INJURED.';
    expectTarget(text, 'ELMER ANTONIO ALVARENGA', 'harm-clause-target');
  });
  it('not a harm urged or feared in the next sentence', () => {
    const es = events('SAN SALVADOR, 30 MAR 89 -- [TEXT] A BOMB EXPLODED AT THE VICAS STORE TONIGHT. THE POLICE FEAR THAT LUCIO GUTIERREZ MAY HAVE BEEN MURDERED.');
    expect(target(es, 'LUCIO GUTIERREZ')?.rule).not.toBe('harm-clause-target');
  });
});

describe('harm-clause-target: the hostages a kidnapping\'s later sentence says were released', () => {
  it('every person of the list released, with its span', () => {
    const text = 'BRASILIA, 2 JUN 89 -- [TEXT] COLOMBIAN GUERRILLAS KIDNAPPED THREE BRAZILIAN ENGINEERS LAST WEEK. ENGINEERS AUGUSTO CARNEIRO MOREIRA JUNIOR, CESAR PAIM DE OLIVEIRA, AND JOSE ROBERTO REIS WERE RELEASED TODAY.';
    expectTarget(text, 'JOSE ROBERTO REIS', 'harm-clause-target');
    const e = events(text).find((x) => x.targets.some((t) => t.text.startsWith('CESAR PAIM')))!;
    expect(e.explain?.targets?.[e.targets.findIndex((t) => t.text.startsWith('CESAR PAIM'))]).toBe('coordinated-target');
  });
  it('not after an incident with no target of its own sentence', () => {
    const es = events('BRASILIA, 2 JUN 89 -- [TEXT] A KIDNAPPING TOOK PLACE LAST WEEK. AUGUSTO CARNEIRO MOREIRA AND JOSE ROBERTO REIS WERE RELEASED TODAY.');
    expect(fired(es, 'harm-clause-target')).toBe(false);
  });
});
