// Killed and wounded counts (counts-4): a partitive's part, an age before the noun, wounds sustained, an apposition of one.
import { describe, expect, it } from 'vitest';
import { figures, spansHold } from './helpers/counts.js';

describe('counts.passive', () => {
  it('"two of the 30 passengers were hurt" is two, not the 30 of the group', () => {
    const t = 'Two of the 30 passengers were hurt when gunmen attacked the bus.';
    expect(figures(t)).toEqual([['wounded', 2, 'Two of the 30 passengers were hurt', 'counts.passive']]);
    expect(spansHold(t)).toBe(true);
  });
  it('an age before the noun: "a 19-year-old man was stabbed to death" is one death', () => {
    const t = 'A 19-year-old man was stabbed to death in Birmingham on Saturday, police said.';
    expect(figures(t)).toEqual([['killed', 1, 'A 19-year-old man was stabbed to death', 'counts.passive']]);
    expect(spansHold(t)).toBe(true);
  });
  it('not a list that starts after "including" (part of the clause before)', () => {
    const t = 'Three people were killed, including a 14-year-old boy, and 24 others were injured, among them four children.';
    expect(figures(t)).toEqual([['killed', 3, 'Three people were killed', 'counts.passive'], ['wounded', 24, '24 others were injured', 'counts.passive']]);
  });
  it('wounds sustained or suffered, and a light wound', () => {
    const t = 'One of the drivers was shot dead during the attack and two passengers sustained gunshot injuries.';
    expect(figures(t)).toEqual([['killed', 1, 'One of the drivers was shot dead', 'counts.passive'], ['wounded', 2, 'two passengers sustained gunshot injuries', 'counts.passive']]);
    expect(spansHold(t)).toBe(true);
    expect(figures('ONE PERSON SUFFERED MINOR INJURIES.')).toEqual([['wounded', 1, 'ONE PERSON SUFFERED MINOR INJURIES', 'counts.passive']]);
    expect(figures('Two other staff members were lightly injured.')).toEqual([['wounded', 2, 'Two other staff members were lightly injured', 'counts.passive']]);
  });
  it('a bare figure that sustains wounds is a part of a group told before, no figure of its own', () => {
    const t = 'SEVEN U.S. SOLDIERS WERE WOUNDED. FOUR SUSTAINED VERY MINOR INJURIES, WHILE THREE WERE SERIOUSLY WOUNDED.';
    expect(figures(t).map((f) => f[2])).not.toContain('FOUR SUSTAINED VERY MINOR INJURIES');
  });
  it('no figure, no count: "the victim suffered life-threatening injuries"', () => {
    expect(figures('The victim suffered life-threatening injuries.')).toEqual([]);
    expect(figures('ALVARENGA SUFFERED NO INJURIES.')).toEqual([['wounded', 0, 'NO INJURIES', 'counts.zero']]);
  });
});

describe('counts.active: an apposition of one is no more victims', () => {
  it('"injured one civilian, a female street peddler" is one (DEV-MUC3-0630)', () => {
    const t = 'THE BOMB INJURED ONE CIVILIAN, A FEMALE STREET PEDDLER, AND DAMAGED A CAR.';
    expect(figures(t)).toEqual([['wounded', 1, 'INJURED ONE CIVILIAN, A FEMALE STREET PEDDLER', 'counts.active']]);
    expect(spansHold(t)).toBe(true);
  });
  it('not where the list goes on after it: "the six Jesuits, a woman, and her daughter" (DEV-MUC3-0882)', () => {
    const t = 'THE MURDER OF THE SIX JESUITS, A WOMAN, AND HER DAUGHTER WAS AN ACTION BY THE ARMED FORCES.';
    // (r2-counts: "AND HER DAUGHTER", a singular role after a possessive at the list's end, is one more: eight)
    expect(figures(t)).toEqual([['killed', 8, 'MURDER OF THE SIX JESUITS, A WOMAN, AND HER DAUGHTER', 'counts.killing_of']]);
  });
  it('a list with "and" at its end still counts every group', () => {
    expect(figures('Gunmen killed a policeman, a teacher and two farmers.')).toEqual([['killed', 4, 'killed a policeman, a teacher and two farmers', 'counts.active']]);
  });
  it('two sources after the list are no victims (NOT_REPORTER)', () => {
    const t = 'Gunmen ambushed a convoy, killing seven drivers and two soldiers escorting them, a security source and a local official told Reuters.';
    expect(figures(t)).toEqual([['killed', 9, 'killing seven drivers and two soldiers escorting them', 'counts.active']]);
    expect(spansHold(t)).toBe(true);
  });
});
