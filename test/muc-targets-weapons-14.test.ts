// MUC-4 targets and weapons (muc-targets-weapons-14): the subject of a passive told in a relative clause ("X, WHO WAS
// KIDNAPPED"): values, spans and the rules that fired, with negative cases.
import { describe, expect, it } from 'vitest';
import { events, expectTarget, target } from './helpers/targets.js';

const HEAD = 'GUATEMALA CITY, 13 JAN 90 (NOTIMEX) -- [TEXT] ';

describe('passive-subject: the subject of a relative clause\'s passive', () => {
  it('"X, WHO WAS KIDNAPPED": X is the victim', () => {
    expectTarget(`${HEAD}MARIO SOLORZANO REPORTED TODAY THAT THE SALVADORAN POLITICAL LEADER HECTOR OQUELI, WHO WAS KIDNAPPED IN GUATEMALA, WAS FOUND DEAD.`, 'HECTOR OQUELI', 'passive-subject');
  });
  it('past an apposition: "SIX JESUIT PRIESTS, FIVE OF THEM SPANIARDS, WHO WERE KILLED"', () => {
    expectTarget(`${HEAD}THE MINISTER ATTENDED THE FUNERAL OF SIX JESUIT PRIESTS, FIVE OF THEM SPANIARDS, WHO WERE KILLED ON THURSDAY.`, 'JESUIT PRIESTS', 'passive-subject');
  });
  it('"X, WHICH WERE DYNAMITED": a facility too', () => {
    expectTarget(`${HEAD}PRESIDENT GARCIA VISITED THE EL ESPECTADOR NEWSPAPER OFFICES, WHICH WERE DYNAMITED ON SATURDAY.`, 'EL ESPECTADOR NEWSPAPER OFFICES', 'passive-subject');
  });
  it('not the subject of a relative clause with a verb of its own: "X, WHO DENOUNCED THAT … WERE KILLED"', () => {
    const es = events(`${HEAD}HECTOR OQUELI, WHO DENOUNCED THAT TWO PEASANTS WERE KILLED, SPOKE IN GUATEMALA TODAY.`);
    expect(target(es, 'HECTOR OQUELI')).toBeNull();
  });
});

describe('blast-damage-target: a damage list past "as well as" and "with"', () => {
  const H = 'MEDELLIN, 12 MAR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY NEAR A POLICE PATROL. ';
  it('the facilities after "as well as" are what the blast damaged', () => {
    const text = `${H}THE EXPLOSION SERIOUSLY DAMAGED THREE BUSES WITH PASSENGERS AS WELL AS A DOZEN BUSINESS ESTABLISHMENTS AND PRIVATE RESIDENCES.`;
    expectTarget(text, 'BUSINESS ESTABLISHMENTS', 'blast-damage-target');
    expectTarget(text, 'PRIVATE RESIDENCES', 'blast-damage-target');
  });
  it('not a facility after another preposition ("at")', () => {
    const es = events(`${H}THE EXPLOSION SERIOUSLY DAMAGED THREE BUSES AT THE HOTEL.`);
    expect(target(es, 'HOTEL')?.rule).not.toBe('blast-damage-target');
  });
});
