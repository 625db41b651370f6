// MUC-4 targets, sixth pass: whom a harm clause of the story names (HARM_RULES, `harm-clause-target`), a target named
// again by a part of its name (NAMED_ONCE_RULES, `target-named-once`), and "in front of" a facility read as what the
// blast reached, not a place (`object-target` over `location-skip`): every record's examples, and values, spans and
// rule names with negative cases.
import { describe, expect, it } from 'vitest';
import { HARM_RULES, NAMED_ONCE_RULES } from '../src/core/refine/roles.js';
import { coded, events, expectTarget, fired, target } from './helpers/targets.js';

const rejected = (text: string, rule: string) => (coded(text).trace ?? []).filter((f) => f.rule === rule && f.action === 'reject').map((f) => f.text);

describe('every rule of this pass holds on its examples', () => {
  for (const r of HARM_RULES) {
    for (const t of r.examples.pos) it(`${r.name} fires: ${t.slice(30, 100)}`, () => expect(fired(events(t), r.name)).toBe(true));
    for (const t of r.examples.neg) it(`${r.name} does not fire: ${t.slice(30, 100)}`, () => expect(fired(events(t), r.name)).toBe(false));
  }
  for (const r of NAMED_ONCE_RULES) {
    for (const t of r.examples.pos) it(`${r.name} drops: ${t.slice(30, 100)}`, () => expect(rejected(t, r.name).length).toBeGreaterThan(0));
    for (const t of r.examples.neg) it(`${r.name} keeps: ${t.slice(30, 100)}`, () => expect(rejected(t, r.name)).toEqual([]));
  }
});

describe('harm-clause-target', () => {
  const text = 'BOGOTA, 10 OCT 89 (INRAVISION) -- [TEXT] MARTA LUZ LOPEZ, MANAGER OF EL ESPECTADOR IN MEDELLIN, WAS KILLED BY MOTORCYCLE-RIDING GUNMEN AT NOON TODAY.  HER MOTHER, MARTA OROZCO LOPEZ, WAS WOUNDED IN THE ATTACK AND IS NOW BEING TREATED AT THE SOMA CLINIC.';
  it('the passive subject of a harm verb in a sentence of the incident, through its apposition, with its span', () => {
    expectTarget(text, 'MARTA OROZCO LOPEZ', 'harm-clause-target');
    const es = events(text);
    expect(es).toHaveLength(1);
    expect(es[0]!.targets.map((t) => t.text)).toEqual(['MARTA LUZ LOPEZ', 'MARTA OROZCO LOPEZ']);
  });
  it('the object of a harm participle after the trigger', () => {
    const t = "SAN SALVADOR, 3 APR 89 -- [TEXT] A BOMB EXPLODED TODAY AT THE VICAS STORE, WOUNDING SILVIA AYALA, WHO LIVES IN SOYAPANGO.";
    expectTarget(t, 'SILVIA AYALA', 'harm-clause-target');
  });
  it('not who only speaks or is taken somewhere', () => {
    const t = 'BOGOTA, 10 OCT 89 (INRAVISION) -- [TEXT] MARTA LUZ LOPEZ, MANAGER OF EL ESPECTADOR IN MEDELLIN, WAS KILLED BY MOTORCYCLE-RIDING GUNMEN AT NOON TODAY.  HER MOTHER, MARTA OROZCO LOPEZ, SAID THE GUNMEN FLED.';
    expect(target(events(t), 'MARTA OROZCO LOPEZ')).toBeNull();
  });
  it('not an armed side, nor a group that is not a person named', () => {
    const t = 'LIMA, 3 MAY 89 -- [TEXT] A BOMB EXPLODED TODAY AT THE MINISTRY. LATER, POLICE KILLED TWO GUERRILLAS IN A NEARBY STREET.';
    const es = events(t);
    expect(target(es, 'GUERRILLAS')).toBeNull();
    expect(es.some((e) => fired([e], 'harm-clause-target'))).toBe(false);
  });
  it('only under --scope terrorism', () => {
    const es = events(text, 'all');
    expect(fired(es, 'harm-clause-target')).toBe(false);
  });
});

describe('target-named-once', () => {
  it('drops the shorter name of a target named twice, keeps the fuller one', () => {
    const t = 'SAN SALVADOR, 16 NOV 89 -- [TEXT] UNIDENTIFIED MEN MURDERED SIX JESUIT PRIESTS TODAY. THE PRIESTS WERE SHOT IN THE HEAD.';
    const es = events(t);
    expect(es.flatMap((e) => e.targets.map((x) => x.text))).toEqual(['JESUIT PRIESTS']);
    expect(rejected(t, 'target-named-once')).toEqual(['PRIESTS']);
  });
  it('keeps two persons who share no whole name', () => {
    const t = 'BOGOTA, 19 AUG 89 -- [TEXT] GUNMEN MURDERED SENATOR LUIS CARLOS GALAN AND HIS BODYGUARD JOSE GALINDO TONIGHT IN SOACHA.';
    const names = events(t).flatMap((e) => e.targets.map((x) => x.text));
    expect(names).toContain('LUIS CARLOS GALAN');
    expect(names).toContain('JOSE GALINDO');
    expect(rejected(t, 'target-named-once')).toEqual([]);
  });
});

describe('"in front of" a facility is object-target, not location-skip', () => {
  const text = 'LIMA, 23 MAR 90 (EFE) -- [EXCERPT] A CAR FULL OF DYNAMITE EXPLODED IN FRONT OF THE ECONOMY MINISTRY IN LIMA TODAY, KILLING ONE PERSON.';
  it('the facility in front of which the bomb went off is the target, with its span', () => {
    expectTarget(text, 'ECONOMY MINISTRY', 'object-target');
  });
  it('"inside the" and "of the" still read a place', () => {
    const t = 'LIMA, 23 MAR 90 (EFE) -- [EXCERPT] A CAR BOMB EXPLODED TODAY NEAR THE OFFICES OF THE ECONOMY MINISTRY.';
    expect(rejected(t, 'location-skip')).toContain('ECONOMY MINISTRY');
  });
});
