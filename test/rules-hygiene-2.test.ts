// rules-hygiene-2: a rule name is one logic (names once shared split or made one record), the actor mention rules in
// the inventory and the gate, date merges by properties of the result, bounded reads where a sentence has no layer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../src/core/index.js';
import type { Actor, ActorKind } from '../src/core/types.js';
import { namesInTwoTables, ruleInventory } from '../src/core/rules/registry.js';
import { runRules } from '../src/eval/rules.js';
import { findCasualties } from '../src/core/extract/counts/index.js';
import { acledActor } from '../src/core/acled/index.js';
import { MODALITY } from '../src/core/extract/events/lexicon.js';
import { NEWS_PARSERS } from '../src/core/extract/dates/rules.js';

const PUB = '2024-03-12';
/** The rejections of the trace: [rule, text], each with its span checked. */
function rejections(text: string, published = PUB): [string, string][] {
  const r = extract(text, { explain: true, published });
  for (const f of r.trace ?? []) expect(text.slice(f.start, f.end)).toBe(f.text);
  return (r.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text]);
}
const kindOf = (name: string) => ruleInventory().find((r) => r.name === name)?.kind;

describe('names once shared: each its own logic', () => {
  it('a cause ruled out is negated, a modality pattern read on the layer (cleanup-5: cause-ruled-out folded in)', () => {
    expect(rejections('Sabotage was not suspected, a railway official said.')).toEqual([['negated', 'Sabotage']]);
    expect(rejections('The army said there was no indication that the helicopter had been attacked by rebels.')).toContainEqual(['negated', 'attacked']);
    expect(kindOf('cause-ruled-out')).toBeUndefined();
    expect(kindOf('negated')).toBe('events.modality');
  });
  it('the generic readings have their own names; the modality patterns keep generic-or-habitual', () => {
    expect(rejections('Militants carry out attacks on police posts in the region, the minister said.')).toEqual([['generic-bare-plural', 'attacks']]);
    expect(rejections('The jihadists have also attacked truffle hunters directly.')).toEqual([['generic-perfect-bare-plural', 'attacked']]);
    expect(rejections('Militants routinely attack convoys in the region.')).toEqual([['generic-or-habitual', 'attack']]);
    // the two window patterns are one record: "often attacked" and a group's record
    expect(MODALITY.filter((r) => r.name === 'generic-or-habitual' && !r.reach)).toHaveLength(1);
    expect(rejections('The TTP, which has carried out most of the attacks on security forces in the province, said it was not involved.')).toContainEqual(['generic-or-habitual', 'attacks']);
    // a specific attack is none of them
    expect(rejections('Militants attacked a police post in the region on Sunday, killing two officers.')).toEqual([]);
  });
  it('a bomb compound is not-another-kind, a flop not-figurative-object; the weapons rule on the compound keeps not-weapon-of-another-sense', () => {
    expect(rejections('A bomb threat forced the evacuation of the airport.')).toContainEqual(['not-another-kind', 'bomb']);
    expect(rejections('The sequel bombed at the box office.')).toEqual([['not-figurative-object', 'bombed']]);
    expect(rejections('Warplanes bombed the town at dawn.')).toEqual([]);
    expect([kindOf('not-another-kind'), kindOf('not-figurative-object'), kindOf('not-weapon-of-another-sense')]).toEqual(['events.sense', 'events.sense', 'weapons.sense']);
  });
  it('a past incident named by its year is background-named-past, one placed by a phrase after it background-earlier-incident', () => {
    expect(rejections('The 2015 Paris attacks changed the way the city polices large events.').map(([r]) => r)).toContain('background-named-past');
    expect(rejections('The city banned fireworks after clashes in previous years.')).toContainEqual(['background-earlier-incident', 'clashes']);
  });
  it('a role named right after the verb is counts.role_victim; a name then a role, counts.named_victim', () => {
    const role = findCasualties('Gunmen shot dead the mayor of a small town on Friday.');
    expect(role.map((c) => [c.rule, c.value, c.text])).toContainEqual(['counts.role_victim', 1, 'shot dead the mayor']);
    const named = findCasualties('The raid resulted in the death of Usamah al-Muhajir, a senior ISIS leader.');
    expect(named.map((c) => [c.rule, c.value])).toEqual([['counts.named_victim', 1]]);
  });
  it('a military site is acled-force-site, the forces themselves acled-state-forces', () => {
    const actor = (name: string, kind: ActorKind): Actor => ({ name, text: name, start: 0, end: 0, kind, country_code: null, affiliation: null });
    expect(acledActor(actor('military checkpoint', 'facility'), 'target', 'YE')).toEqual({ acled_actor: 'Military Forces of Yemen', inter: 1, rule: 'acled-force-site' });
    expect(acledActor(actor('Army', 'military'), 'attacker', 'YE')).toMatchObject({ rule: 'acled-state-forces' });
    expect(acledActor(actor('market', 'facility'), 'target', 'YE')).toMatchObject({ acled_actor: null, rule: 'acled-property' });
  });
  it('a day by publication: day-by-publication (one record), dawn its own', () => {
    expect(NEWS_PARSERS.filter((r) => r.name === 'day-by-publication')).toHaveLength(1);
    const date = (t: string) => {
      const e = extract(t, { explain: true, published: PUB }).events[0];
      return [e?.date?.value, e?.date?.text, e?.explain?.date];
    };
    expect(date('In the past few hours, rebels attacked the post, killing two soldiers.')).toEqual([PUB, 'In the past few hours', ['day-by-publication']]);
    expect(date('Gunmen attacked the village at dawn yesterday, killing two.')).toEqual(['2024-03-11', 'at dawn yesterday', ['dawn']]);
  });
  it('no name is given by two tables (wirecoder rules would sum two logics as one)', () => {
    expect(namesInTwoTables()).toEqual([]);
    const names = ruleInventory().map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('casual-day-with-date reads the results, not their rule names', () => {
  it('a day by publication with a date in apposition is one mention and the date decides', () => {
    const e = extract('Rebels attacked the post yesterday, 10 March, killing two soldiers.', { explain: true, published: PUB }).events[0]!;
    expect([e.date?.value, e.date?.text]).toEqual(['2024-03-10', 'yesterday, 10 March']);
    expect(e.explain?.date?.[0]?.split('>')).toContain('casual-day-with-date');
  });
  it('a weekday with its date is weekday-with-date; a day by publication and a weekday are not merged', () => {
    const w = extract('Rebels attacked the post on Saturday night, 9 March, killing two soldiers.', { explain: true, published: PUB }).events[0]!;
    expect(w.date?.value).toBe('2024-03-09');
    expect(w.explain?.date?.[0]?.split('>')).toContain('weekday-with-date');
    const two = extract('Rebels attacked the post yesterday, Sunday, killing two soldiers.', { explain: true, published: PUB }).events[0]!;
    expect(two.explain?.date?.[0]?.split('>') ?? []).not.toContain('casual-day-with-date');
  });
});

describe('a sentence with no layer (too long to tag) is read within a bound', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `the road from Kilo ${i} to the next market was closed`).join(', ');
  it('IMPACT_AFTER: a toll far after a bare plural does not make it specific', () => {
    const far = `Attacks on police posts in the district, ${filler.slice(0, 150)}, killed two officers, ${filler}.`;
    expect(far.length).toBeGreaterThan(1500);
    expect(rejections(far)).toEqual([['generic-bare-plural', 'Attacks']]);
    const near = `Attacks on police posts killed two officers in the district, ${filler}.`;
    expect(rejections(near)).toEqual([]);
  });
});

describe('actor mention rules: in the inventory and counted by wirecoder rules', () => {
  let tmp = '';
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-hygiene-'));
    fs.writeFileSync(path.join(tmp, 'a.txt'), 'Gunmen shot dead Gustavo Jacome Quintero in Medellin on Friday, police said.\n');
    fs.writeFileSync(path.join(tmp, 'a.gold.json'), JSON.stringify({ id: 'a', published: '2024-03-12', events: [{ type: 'armed_assault', targets: ['Gustavo Jacome Quintero'] }] }));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  it('lists the records and labels of the actor extractor under actors.mention', () => {
    for (const n of ['actor-given-name', 'actor-known-surname', 'actor-postmodified', 'actor-claimant-named', 'actor-dict', 'actor-descriptive']) expect(kindOf(n)).toBe('actors.mention');
  });
  it("names each party's mention rule in explain, beside its role rule", () => {
    const e = extract('Gunmen shot dead Gustavo Jacome Quintero in Medellin on Friday, police said.', { explain: true, published: PUB }).events[0]!;
    expect(e.targets.map((t) => t.name)).toEqual(['Gustavo Jacome Quintero']);
    expect(e.explain?.targets_mention).toEqual(['actor-given-name']);
    expect(e.explain?.attackers_mention).toEqual(['actor-descriptive']);
  });
  it('counts the mention rule and scores it on the slots of its field', () => {
    const by = new Map(runRules([tmp]).rules.map((r) => [r.name, r]));
    expect(by.get('actor-given-name')).toMatchObject({ kind: 'actors.mention', articles: 1, events: 1, eventsRight: 1, pairedRight: 1, pairedWrong: 0 });
  });
});
