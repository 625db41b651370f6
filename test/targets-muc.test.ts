// MUC-4 targets (issue 13): the clause rules (roles.ts CLAUSE_ROLE_RULES), owners of a facility (OWNER_RULES), victims
// named in a sentence of their own (IDENTIFIED_RULES), generic victims beside a target, and the given names the
// lexicon lacks: every record's examples, and the values, spans and rule names of each family, with negative cases.
import { describe, expect, it } from 'vitest';
import { CLAUSE_ROLE_RULES, IDENTIFIED_RULES, OWNER_RULES } from '../src/core/refine/roles.js';
import { findActors } from '../src/core/extract/actors/index.js';
import { isGivenName } from '../src/core/extract/actors/names.js';
import { events, expectTarget, fired, target } from './helpers/targets.js';

describe('every MUC target rule holds on its examples', () => {
  for (const r of [...CLAUSE_ROLE_RULES, ...OWNER_RULES, ...IDENTIFIED_RULES]) {
    for (const t of r.examples.pos) it(`${r.name} fires: ${t.slice(40, 100)}`, () => expect(fired(events(t), r.name)).toBe(true));
    for (const t of r.examples.neg) it(`${r.name} does not fire: ${t.slice(40, 100)}`, () => expect(fired(events(t), r.name)).toBe(false));
  }
});

describe('clause rules', () => {
  it('appositive-passive-subject: the person before the apposition, not the embassy inside it', () => {
    const text = 'GUATEMALA CITY, 21 DEC 89 (ACAN-EFE) -- [TEXT] OFFICIAL SOURCES HAVE CONFIRMED THAT JORGE ADOLFO VARGAS, SECOND SECRETARY AT THE NICARAGUAN EMBASSY IN GUATEMALA, WAS SHOT TO DEATH TODAY IN GUATEMALA CITY BY SEVERAL UNIDENTIFIED MEN.';
    expectTarget(text, 'JORGE ADOLFO VARGAS', 'appositive-passive-subject');
  });
  it('appositive-passive-subject: a relative clause is no apposition', () => {
    const es = events('SAN SALVADOR, 14 JAN 89 -- [TEXT] MOHAMED ABDI GURE, WHO HAD GOVERNED THE DISTRICT SINCE 1987, WAS SHOT BY TWO MEN TODAY.');
    expect(fired(es, 'appositive-passive-subject')).toBe(false);
  });
  it('appositive-passive-subject: the name in the apposition, not the noun before it', () => {
    const es = events('MEDELLIN, 9 NOV 89 -- [TEXT] HIS BODYGUARD, POLICE AGENT LUIS FERNANDO RESTREPO, WAS SHOT TODAY BY TWO HIRED GUNMEN.');
    expect(target(es, 'BODYGUARD')?.rule).not.toBe('appositive-passive-subject');
  });
  it('appositive-passive-subject: not under the default scope', () => {
    const es = events('Quito, 10 Aug 23 -- Fernando Villavicencio, a presidential candidate, was shot dead in Quito on Wednesday.', 'all');
    expect(fired(es, 'appositive-passive-subject')).toBe(false);
  });
  it('victim-subject-pp-trigger: the subject of "died" whose phrase holds the attack', () => {
    const text = 'LIMA, 9 JAN 90 (EFE) -- [TEXT] AUTHORITIES HAVE REPORTED THAT FORMER PERUVIAN DEFENSE MINISTER ENRIQUE LOPEZ ALBUJAR DIED TODAY IN LIMA AS A CONSEQUENCE OF A TERRORIST ATTACK.';
    expectTarget(text, 'ENRIQUE LOPEZ ALBUJAR', 'victim-subject-pp-trigger');
  });
  it('victim-subject-pp-trigger: not the subject of another verb ("was arrested after the attack")', () => {
    const es = events('LIMA, 9 JAN 90 (EFE) -- [TEXT] AUTHORITIES HAVE REPORTED THAT JOSE MARIA SALAZAR WAS ARRESTED TODAY IN LIMA AFTER A TERRORIST ATTACK.');
    expect(es.length).toBeGreaterThan(0);
    expect(fired(es, 'victim-subject-pp-trigger')).toBe(false);
  });
});

describe('facility-owner-target', () => {
  const text = 'SAN SALVADOR, 24 JAN 90 (DPA) -- [TEXT] MILITARY AUTHORITIES HAVE REPORTED THAT GUERRILLAS ATTACKED THE HOME OF RETIRED COLONEL CARLOS HUMBERTO FIGUEROA THIS MORNING.';
  it('the owner beside the home attacked, under --scope terrorism', () => {
    const es = events(text);
    expect(target(es, 'HOME')).not.toBeNull();
    const t = target(es, 'CARLOS HUMBERTO FIGUEROA')!;
    expect(t.rule).toBe('facility-owner-target');
    expect(text.slice(t.start, t.end)).toBe('CARLOS HUMBERTO FIGUEROA');
  });
  it('not in the default scope', () => expect(fired(events(text, 'all'), 'facility-owner-target')).toBe(false));
  it('not the owner of an office', () => {
    const es = events('SAN SALVADOR, 24 JAN 90 (DPA) -- [TEXT] GUERRILLAS ATTACKED THE OFFICES OF LAWYER LUIS ROSSMAN THIS MORNING.');
    expect(fired(es, 'facility-owner-target')).toBe(false);
  });
});

describe('victims named in a sentence of their own', () => {
  it('victims-identified-as: each person named, with its span', () => {
    const text = 'BOGOTA, 5 FEB 89 -- [TEXT] GUERRILLAS KILLED FIVE PEASANTS IN URABA YESTERDAY. THE VICTIMS WERE IDENTIFIED AS JOSE MANUEL JIMENEZ RIVERA AND PEDRO RAFAEL ORDONEZ.';
    const es = events(text);
    for (const name of ['JOSE MANUEL JIMENEZ RIVERA', 'PEDRO RAFAEL ORDONEZ']) {
      const t = target(es, name)!;
      expect(t.rule).toBe('victims-identified-as');
      expect(text.slice(t.start, t.end)).toBe(name);
    }
    expect(target(es, 'PEASANTS')).not.toBeNull();
  });
  it('not a person named before the cue, nor one in a sentence that tells another incident', () => {
    const es = events('BOGOTA, 5 FEB 89 -- [TEXT] GUERRILLAS KILLED FIVE PEASANTS IN URABA YESTERDAY. MAYOR JOSE MANUEL JIMENEZ RIVERA SAID THE VICTIMS WERE IDENTIFIED AS PEASANTS.');
    expect(target(es, 'JOSE MANUEL JIMENEZ RIVERA')).toBeNull();
  });
  it('not in the default scope', () => {
    const es = events('BOGOTA, 5 FEB 89 -- [TEXT] GUERRILLAS KILLED FIVE PEASANTS IN URABA YESTERDAY. THE VICTIMS WERE IDENTIFIED AS JOSE MANUEL JIMENEZ RIVERA AND PEDRO RAFAEL ORDONEZ.', 'all');
    expect(fired(es, 'victims-identified-as')).toBe(false);
  });
  it('victims-identified-as (named): "THEY ARE" with names, not "THEY ARE BADLY INJURED"', () => {
    const text = 'BOGOTA, 30 MAY 89 -- [TEXT] FOUR PEOPLE WERE KILLED IN THE BOMB ATTACK IN BOGOTA TODAY. THEY ARE OMAYRA CASTRO REYES, FRANCI ELENA SARMIENTO, AND POLICEMAN LEON GOMEZ VIGIA.';
    expectTarget(text, 'OMAYRA CASTRO REYES', 'victims-identified-as');
  });
});

describe('generic victims beside a target', () => {
  const text = 'CARTAGENA, 3 SEP 89 -- [TEXT] A POWERFUL BOMB EXPLODED IN A HOTEL IN CARTAGENA TODAY, KILLING TWO PEOPLE.';
  it('MUC-4 codes PEOPLE beside the hotel (--scope terrorism)', () => {
    const es = events(text);
    expect(target(es, 'HOTEL')).not.toBeNull();
    expect(target(es, 'PEOPLE')).not.toBeNull();
  });
  it('other codings keep the hotel alone (generic-victims-beside-target)', () => {
    const es = events(text, 'all');
    expect(target(es, 'HOTEL')).not.toBeNull();
    expect(target(es, 'PEOPLE')).toBeNull();
  });
});

describe('given names the lexicon lacks', () => {
  it('Iberian given names start a person (actor-given-name)', () => {
    const text = 'LIMA, 30 MAR 89 -- [TEXT] INSPECTOR EULOGIO FLORES DIED IN THE EXPLOSION, AND BODYGUARD JAIRO ORTEGA WAS WOUNDED.';
    const a = findActors(text).filter((x) => x.rule === 'actor-given-name').map((x) => x.text);
    expect(a).toEqual(['EULOGIO FLORES', 'JAIRO ORTEGA']);
  });
  it('a name the lexicon holds as an ordinary word stays out', () => {
    expect(isGivenName('jairo')).toBe(true);
    expect(isGivenName('pastor')).toBe(false);
  });
  it('a surname that is a town after a given name (name-town-surname), not a town after a saint', () => {
    const text = 'BOGOTA, 16 AUG 89 -- [TEXT] THE MURDER OF JUSTICE CARLOS VALENCIA GARCIA LED THE MAGISTRATES TO STRIKE IN SAN CARLOS, MENDOZA.';
    const a = findActors(text).filter((x) => x.rule === 'actor-given-name');
    expect(a.map((x) => text.slice(x.start, x.end))).toEqual(['CARLOS VALENCIA GARCIA']);
  });
});
