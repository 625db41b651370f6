// MUC-4 targets, third pass: whom the fallback does not take for the victim (record.ts FALLBACK_TARGET_SKIP_RULES,
// read on the language layer): a party that acts in its clause, one a report cites, a singular possessor, a nation.
// Every record's examples, and values, spans and rule names with negative cases.
import { describe, expect, it } from 'vitest';
import { FALLBACK_TARGET_SKIP_RULES } from '../src/core/refine/record.js';
import { termMatches } from '../src/core/lang/match.js';
import type { Term } from '../src/core/lang/layer.js';
import { coded, events, target } from './helpers/targets.js';

/** The texts a rule rejected, with their spans checked against the story. */
const rejected = (text: string, rule: string, scope: 'all' | 'terrorism' = 'terrorism') =>
  (coded(text, scope).trace ?? [])
    .filter((f) => f.rule === rule && f.action === 'reject')
    .map((f) => {
      expect(text.slice(f.start!, f.end!)).toBe(f.text);
      return f.text;
    });

describe('every fallback target skip holds on its examples', () => {
  for (const r of FALLBACK_TARGET_SKIP_RULES) {
    for (const t of r.examples.pos) it(`${r.name} skips: ${t.slice(34, 110)}`, () => expect(rejected(t, r.name).length).toBeGreaterThan(0));
    for (const t of r.examples.neg) it(`${r.name} does not skip: ${t.slice(34, 110)}`, () => expect(rejected(t, r.name)).toEqual([]));
  }
});

describe('fallback-target-skip', () => {
  const acted = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] A BOMB EXPLODED IN SOYAPANGO TODAY. A HELICOPTER BOMBED HEAVILY POPULATED AREAS IN CIUDAD DELGADO.';
  it('the helicopter that bombed is no victim: no target, and the skip names it', () => {
    expect(events(acted).flatMap((e) => e.targets)).toEqual([]);
    expect(rejected(acted, 'fallback-target-skip')).toEqual(['HELICOPTER']);
  });
  it('the helicopter destroyed is: the passive subject gives it, at its span', () => {
    const text = acted.replace('A HELICOPTER BOMBED HEAVILY POPULATED AREAS IN', 'THE HELICOPTER WAS DESTROYED IN');
    const t = target(events(text), 'HELICOPTER');
    expect(t?.rule).toBe('passive-subject');
    expect(text.slice(t!.start, t!.end)).toBe('HELICOPTER');
  });
  it('residents who slept while it happened stay the victims of the fallback', () => {
    const text = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] GUERRILLAS OPENED FIRE ON A VILLAGE LAST NIGHT, WHILE RESIDENTS SLEPT.';
    const t = target(events(text), 'RESIDENTS');
    expect(t?.rule).toBe('fallback-victim');
    expect(text.slice(t!.start, t!.end)).toBe('RESIDENTS');
  });
  it('only under --scope terrorism: with scope all the fallback keeps its party', () => {
    const text = 'Gunmen stormed a television studio in Guayaquil on Tuesday. President Daniel Noboa declared an armed conflict after the attack.';
    expect(rejected(text, 'fallback-target-skip')).toEqual(['Daniel Noboa']);
    expect(rejected(text, 'fallback-target-skip', 'all')).toEqual([]);
  });
});

describe('fallback-target-skip: cited, possessor, people', () => {
  it('whom a report cites is no victim ("ACCORDING TO THE DOCTOR"); the doctor killed is, by casualty-victims', () => {
    const cited = 'PANAMA CITY, 21 DEC 89 -- [TEXT] A BOMB EXPLODED IN THE CITY TODAY, ACCORDING TO THE DOCTOR.';
    expect(events(cited).flatMap((e) => e.targets)).toEqual([]);
    const killed = cited.replace('ACCORDING TO', 'KILLING');
    expect(target(events(killed), 'DOCTOR')?.rule).toBe('casualty-victims');
  });
  it("a singular possessor is skipped (\"THE PRESIDENT'S VISIT\"), the president of an of-phrase is not", () => {
    const own = "BOGOTA, 15 FEB 90 -- [TEXT] A BOMB EXPLODED IN BOGOTA TODAY, HOURS BEFORE THE PRESIDENT'S VISIT.";
    expect(events(own).flatMap((e) => e.targets)).toEqual([]);
    expect(rejected(own, 'fallback-target-skip')).toEqual(['PRESIDENT']);
    const of = 'BOGOTA, 15 FEB 90 -- [TEXT] A BOMB EXPLODED IN BOGOTA TODAY, HOURS BEFORE THE VISIT OF THE PRESIDENT.';
    expect(target(events(of), 'PRESIDENT')?.rule).toBe('fallback-victim');
  });
  it('a nation is no victim; four people killed are', () => {
    const nation = 'SAN SALVADOR, 16 NOV 89 -- [TEXT] THE FMLN SAID THE BOMBINGS ARE A GENOCIDE AGAINST THE SALVADORAN PEOPLE.';
    expect(events(nation).flatMap((e) => e.targets)).toEqual([]);
    expect(rejected(nation, 'fallback-target-skip')).toEqual(['SALVADORAN PEOPLE']);
    const four = 'SAN SALVADOR, 16 NOV 89 -- [TEXT] THE FMLN SAID THE BOMBINGS KILLED FOUR PEOPLE.';
    const t = target(events(four), 'PEOPLE');
    expect(t?.rule).toBe('object-target');
    expect(four.slice(t!.start, t!.end)).toBe('PEOPLE');
  });
});

describe('TermTest.ends (match.ts)', () => {
  const term = (normal: string): Term => ({ text: normal.toUpperCase(), start: 0, end: normal.length, normal, tags: new Set(['Noun', 'Possessive']), chunk: 'Noun', post: '' });
  it("holds for a singular possessive and not for the plural one's bare form", () => {
    expect(termMatches(term("bush's"), { tags: ['Possessive'], ends: ["'s"] })).toBe(true);
    expect(termMatches(term('villagers'), { tags: ['Possessive'], ends: ["'s"] })).toBe(false);
  });
});
