// Killed and wounded counts (muc-counts-7): a zero beside a figure of persons hurt (`counts.zero-yields`), a wire's fused
// number word ("THIRTYTHREE"), and one person named before a figure of others ("X AND TWO OTHER PARTY SUPPORTERS").
import { describe, expect, it } from 'vitest';
import { figures, spansHold } from './helpers/counts.js';
import { parseQuantity } from '../src/core/extract/counts/index.js';
import { extract } from '../src/core/index.js';

const article = (body: string) => `SAN SALVADOR, 3 JUL 89 (AFP) -- [TEXT] ${body}`;
const record = (body: string) => extract(article(body), { published: '1989-07-03', explain: true, scope: 'terrorism' }).events;

describe('counts.fused-number: tens and units written as one word', () => {
  it('reads "THIRTYTHREE" as 33, its span the phrase', () => {
    const t = 'THIRTYTHREE SOVIET SEAMEN HAVE BEEN INJURED IN THE PERUVIAN PORT OF CALLAO.';
    expect(figures(t)).toEqual([['wounded', 33, 'THIRTYTHREE SOVIET SEAMEN HAVE BEEN INJURED', 'counts.passive']]);
    expect(spansHold(t)).toBe(true);
    expect(parseQuantity('twentyfive')).toMatchObject({ value: 25 });
  });
  it('not a word that only starts like a number', () => {
    expect(parseQuantity('thirtyish')).toBeNull();
    expect(parseQuantity('twentyten')).toBeNull();
    expect(figures('THIRTYISH MEN WERE INJURED.')).toEqual([]);
  });
});

describe('counts.lead-one: a person named before a figure of others', () => {
  it('"X and two other party supporters" is three; "X, five other Jesuits, and two women" is eight', () => {
    const t = 'THE ARMY KILLED PARTY LEADER CECILIO RIVERA AND TWO OTHER PARTY SUPPORTERS.';
    expect(figures(t)).toEqual([['killed', 3, 'KILLED PARTY LEADER CECILIO RIVERA AND TWO OTHER PARTY SUPPORTERS', 'counts.active']]);
    expect(spansHold(t)).toBe(true);
    const u = 'THE ASSASSINATION OF CENTRAL AMERICA UNIVERSITY RECTOR IGNACIO ELLACURIA, FIVE OTHER JESUITS, AND TWO WOMEN IN SAN SALVADOR.';
    expect(figures(u)).toEqual([['killed', 8, 'ASSASSINATION OF CENTRAL AMERICA UNIVERSITY RECTOR IGNACIO ELLACURIA, FIVE OTHER JESUITS, AND TWO WOMEN', 'counts.killing_of']]);
  });
  it('not others who start a clause of their own', () => {
    expect(figures('GUNMEN KILLED JUAN PEREZ AND TWO OTHERS ESCAPED.')).toEqual([]);
    expect(figures('GUNMEN KILLED JUAN PEREZ, AND TWO OTHERS WERE WOUNDED.')).toEqual([['wounded', 2, 'TWO OTHERS WERE WOUNDED', 'counts.passive']]);
  });
});

describe('counts.zero-yields: a zero beside a figure of persons hurt', () => {
  it('the figure is the toll, the zero stays in the range', () => {
    const [e] = record('POLICE SOURCES HAVE CONFIRMED THAT TWO CIVILIANS WERE WOUNDED THIS MORNING DURING AN ATTACK BY URBAN GUERRILLAS ON A SECURITY POST. POLICEMEN DISPATCHED TO THE SCENE REPORTED THAT THEY DID NOT SUSTAIN ANY CASUALTIES.');
    expect(e!.wounded).toMatchObject({ value: 2, low: 0, high: 2, text: 'TWO CIVILIANS WERE WOUNDED' });
    expect(e!.explain?.wounded).toContain('counts.passive');
  });
  it('a zero alone is still the figure', () => {
    const [e] = record('URBAN GUERRILLAS ATTACKED A SECURITY POST THIS MORNING. POLICEMEN DISPATCHED TO THE SCENE REPORTED THAT THEY DID NOT SUSTAIN ANY CASUALTIES.');
    expect(e!.wounded).toMatchObject({ value: 0 });
  });
});

describe('a wire\'s bracketed note after a group of victims', () => {
  it('"10 OTHER PEOPLE [NOT FURTHER IDENTIFIED] WERE ALSO INJURED" is ten, additive to the figure before', () => {
    const t = 'THE POLICE REPORTED THAT 10 OTHER PEOPLE [NOT FURTHER IDENTIFIED] WERE ALSO INJURED AND 2 VEHICLES WERE DAMAGED.';
    expect(figures(t)).toEqual([['wounded', 10, '10 OTHER PEOPLE [NOT FURTHER IDENTIFIED] WERE ALSO INJURED', 'counts.passive']]);
    expect(spansHold(t)).toBe(true);
    const [e] = record('EIGHT SOVIET CITIZENS WERE SERIOUSLY INJURED TODAY WHEN A BOMB EXPLODED INSIDE A TOURIST BUS. THE POLICE REPORTED THAT 10 OTHER PEOPLE [NOT FURTHER IDENTIFIED] WERE ALSO INJURED.');
    expect(e!.wounded).toMatchObject({ value: 18 });
  });
  it('not a note too long to be an aside', () => {
    expect(figures('10 OTHER PEOPLE [THE REST OF THIS PASSAGE WAS NOT RECEIVED CLEARLY BY THE MONITOR] WERE ALSO INJURED.')).toEqual([]);
  });
});

describe('counts.zero-yields in a record: a zero of the wounded yields to a person named as wounded', () => {
  const text = 'GUERRILLA URBAN COMMANDO UNITS ATTACKED THE HOME OF NATIONAL ASSEMBLY PRESIDENT RICARDO ALVARENGA VALDIVIESO TODAY AT NOON. DURING THE ATTACK, NATIONAL POLICE OFFICER FIDEL SANCHEZ SANCHEZ WAS SERIOUSLY WOUNDED. ALVARENGA SUFFERED NO INJURIES.';
  it('the named person is the figure, the zero the low end', () => {
    const [e] = record(text);
    expect(e!.wounded).toMatchObject({ value: 1, low: 0 });
    expect(e!.explain?.wounded).toContain('named-victims-wounded');
    expect(article(text).slice(e!.wounded!.start, e!.wounded!.end)).toBe(e!.wounded!.text);
  });
  it('a zero of the dead stays: nobody named beside it is read over it', () => {
    const [e] = record('UNIDENTIFIED INDIVIDUALS ATTACKED THE COUNTRY CLUB LAST NIGHT. HOWEVER, NOT A SINGLE PERSON WAS KILLED IN MEDELLIN.');
    expect(e!.killed).toMatchObject({ value: 0 });
  });
});
