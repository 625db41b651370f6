// Trigger senses on the language layer (src/core/extract/events/sense-rules.ts) and the weapon senses
// (extract/weapons/lexicon.ts): every example of every record, and the spans the rules reject.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { SENSE_RULES, senseCue } from '../src/core/extract/events/sense-rules.js';
import { WEAPON_SENSE_RULES } from '../src/core/extract/weapons/lexicon.js';
import { findWeapons } from '../src/core/extract/weapons/index.js';
import type { RuleFiring } from '../src/core/types.js';

const rejects = (text: string) => (extract(text, { published: '2023-05-02', explain: true }).trace ?? []).filter((f) => f.action === 'reject');
const weaponRejects = (text: string) => {
  const trace: RuleFiring[] = [];
  findWeapons(text, text.toLowerCase(), 0, text.length, trace);
  return trace;
};

describe('every sense rule holds on its positive examples and not on its negative ones', () => {
  for (const rule of SENSE_RULES) {
    for (const s of rule.examples.pos) it(`${rule.name} holds: ${s}`, () => expect(rejects(s).map((f) => f.rule)).toContain(rule.name));
    for (const s of rule.examples.neg) it(`${rule.name} does not hold: ${s}`, () => expect(rejects(s).map((f) => f.rule)).not.toContain(rule.name));
  }
  for (const rule of WEAPON_SENSE_RULES) {
    for (const s of rule.examples.pos) it(`${rule.name} holds: ${s}`, () => expect(weaponRejects(s).map((f) => f.rule)).toContain(rule.name));
    for (const s of rule.examples.neg) it(`${rule.name} does not hold: ${s}`, () => expect(weaponRejects(s).map((f) => f.rule)).not.toContain(rule.name));
  }
});

describe('names and spans', () => {
  const fired = (text: string, rule: string) => rejects(text).filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));
  it('names each sense of a folded rule apart: a gas explosion, a heart attack, water bombing, a flop', () => {
    expect(fired('A gas explosion destroyed a block of flats.', 'not-nonviolent-fire-or-blast')).toEqual(['explosion']);
    expect(fired('The minister died of a heart attack on Sunday.', 'not-another-kind')).toEqual(['attack']);
    expect(fired('Helicopters carried out water bombing over the blaze.', 'not-another-kind')).toEqual(['bombing']);
    expect(fired('The sequel bombed at the box office.', 'not-figurative-object')).toEqual(['bombed']);
    expect(fired('Exporters were hit hard by the recession.', 'not-disaster-or-accident')).toEqual(['hit']);
    expect(fired('A boy was struck by a truck on the highway.', 'not-disaster-or-accident')).toEqual(['struck']);
  });
  it('reads the complement\'s head, not its first word: an attack on the tax office stays', () => {
    expect(fired('The opposition attacked Conservative tax plans.', 'not-attack-on-idea')).toEqual(['attacked']);
    const r = extract('Gunmen attacked the tax office in the capital on Monday.', { published: '2023-05-02', explain: true });
    expect(r.events.map((e) => e.trigger.text)).toEqual(['attacked']);
  });
  it('reads the agent in the clause before a relative or participle clause, and what follows in a subordinate one', () => {
    expect(fired('The floods follow the worst drought in 40 years, which killed livestock.', 'not-disaster-or-accident')).toEqual(['killed']);
    expect(fired('Eight people were killed when a passenger bus crashed on the highway.', 'not-disaster-or-accident')).toEqual(['killed']);
  });
  it('a fight for a cause is none; one that lasted an hour, or with dead told after it, is kept', () => {
    expect(fired('The separatists have been fighting for independence since 2017.', 'not-fight-for-cause')).toEqual(['fighting']);
    expect(fired('Guerrillas and troops fought for an hour near the bridge.', 'not-fight-for-cause')).toEqual([]);
  });
  it('weapon senses: the same bomb compounds as the trigger senses', () => {
    expect(weaponRejects('A bomb scare closed the station.').map((f) => [f.rule, f.text])).toEqual([['not-weapon-of-another-sense', 'bomb']]);
    expect(weaponRejects('Rebels laid mines on the road.')).toEqual([]);
  });
  it('a rule on the layer has a cue made from its words, and the cue is no condition of its own', () => {
    // the blast of gas or bomb disposal, the second record of its name (the first reads drills and tests)
    const cue = senseCue(SENSE_RULES.filter((r) => r.name === 'not-nonviolent-fire-or-blast')[1]!)!;
    expect(cue.test('a gas explosion')).toBe(true);
    expect(cue.test('a bomb explosion')).toBe(false);
  });
});
