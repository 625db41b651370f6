// rules-count-3: records of one logic under one name (each folded name fires on its own forms, with its span), the
// names gone from the inventory, and namedAgain, the one test of a target named again (facilities and people).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { Scope } from '../src/core/refine/scope.js';
import { ruleInventory } from '../src/core/rules/registry.js';
import { findActors, findResponsibility } from '../src/core/extract/actors/index.js';
import { findPlaces } from '../src/core/extract/places/index.js';
import { findWeapons } from '../src/core/extract/weapons/index.js';
import type { RuleFiring } from '../src/core/types.js';

const run = (text: string, scope: Scope = 'all', published = '2024-05-14') => extract(text, { published, explain: true, scope });
/** [rule, text] of each reject, its span checked. */
function rejects(text: string, scope: Scope = 'all', published?: string): [string, string][] {
  const r = run(text, scope, published);
  for (const f of r.trace ?? []) expect(text.slice(f.start, f.end)).toBe(f.text);
  return (r.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text]);
}

describe('folded names fire on each of their forms', () => {
  it('not-another-kind: a heart attack, a flu shot, a bomb threat, a murder trial; an attack stays', () => {
    expect(rejects('The minister died of a heart attack on Sunday.')).toContainEqual(['not-another-kind', 'attack']);
    expect(rejects('Officials urged people to get a flu shot before the winter.')).toContainEqual(['not-another-kind', 'shot']);
    expect(rejects('A bomb threat forced the evacuation of the airport.')).toContainEqual(['not-another-kind', 'bomb']);
    expect(rejects('The murder trial opened in Bogota on Monday.')).toContainEqual(['not-another-kind', 'murder']);
    expect(rejects('A suicide attack killed six people in the market.').map(([r]) => r)).not.toContain('not-another-kind');
  });
  it('not-figurative-object: a flop, a plan executed, crops destroyed; not-victim-object: an animal, tyres, a drone', () => {
    expect(rejects('The sequel bombed at the box office.')).toEqual([['not-figurative-object', 'bombed']]);
    expect(rejects('The unit executed the plan without delay.')).toContainEqual(['not-figurative-object', 'executed']);
    expect(rejects('Troops destroyed coca crops near the border.')).toContainEqual(['not-figurative-object', 'destroyed']);
    expect(rejects('Police shot dead a tiger that had escaped from a circus.')).toContainEqual(['not-victim-object', 'shot dead']);
    expect(rejects('Farmers set fire to tyres near the parliament.')).toContainEqual(['not-victim-object', 'set fire to']);
    expect(rejects('Air defences shot down 12 of the 15 drones overnight.')).toContainEqual(['not-victim-object', 'shot']);
    expect(rejects('Rebels destroyed the police station.')).toEqual([]);
  });
  it('not-metaphor-or-simile, not-hit-idiom, not-disaster-or-accident on their forms', () => {
    expect(rejects('There was a loud bang, like a bomb going off.')).toContainEqual(['not-metaphor-or-simile', 'bomb']);
    expect(rejects('The new tax plan is a bomb for small businesses.')).toContainEqual(['not-metaphor-or-simile', 'bomb']);
    expect(rejects('France has been hit by a wave of Islamist attacks since 2015.')).toContainEqual(['not-hit-idiom', 'hit']);
    expect(rejects('Three people were killed in a car accident near Lima.')).toContainEqual(['not-disaster-or-accident', 'killed']);
    expect(rejects('The storm killed five people in the north.')).toContainEqual(['not-disaster-or-accident', 'killed']);
  });
  it('the terrorism scope: a unit under attack is terrorism-military-object, a tally terrorism-battle-casualties (not under all)', () => {
    const unit = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] THE 1ST INFANTRY BRIGADE IN SAN SALVADOR WAS ATTACKED AT DAWN.';
    expect(rejects(unit, 'terrorism', '1989-11-12')).toContainEqual(['terrorism-military-object', 'ATTACKED']);
    expect(rejects(unit, 'all', '1989-11-12').map(([r]) => r)).not.toContain('terrorism-military-object');
    const tally = 'BOGOTA, 12 NOV 89 -- [TEXT] COL PONCE SAID THAT 655 GUERRILLAS HAVE BEEN KILLED AND 491 HAVE BEEN WOUNDED.';
    expect(rejects(tally, 'terrorism', '1989-11-12')).toContainEqual(['terrorism-battle-casualties', 'KILLED']);
  });
  it('the fallback: fallback-target-skip (cited), fallback-not-agent-skip (against), fallback-victim (a person)', () => {
    const cited = 'PANAMA CITY, 21 DEC 89 -- [TEXT] A BOMB EXPLODED IN THE CITY TODAY, ACCORDING TO THE DOCTOR.';
    expect(rejects(cited, 'terrorism', '1989-12-21')).toContainEqual(['fallback-target-skip', 'DOCTOR']);
    const against = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] A BOMB EXPLODED TODAY AT THE MARKET OF SAN MIGUEL DURING AN ARMY OPERATION AGAINST THE GUERRILLAS.';
    expect(rejects(against, 'terrorism', '1989-11-12')).toContainEqual(['fallback-not-agent-skip', 'GUERRILLAS']);
    // a person named beside the incident, no other target: the fallback's victim, as a facility would be
    const person = '   BOGOTA, 5 FEB 90 -- [TEXT] THE POLICE ARRESTED SMUGGLER JOSE ANTONIO MURILLO IN CALI TODAY.\n\n   A BOMB EXPLODED IN MEDELLIN YESTERDAY, TWO HOURS BEFORE THE ARREST OF JOSE ANTONIO MURILLO WAS ANNOUNCED.\n';
    const explained = run(person, 'terrorism', '1989-03-14').events.flatMap((e) => e.explain?.targets ?? []);
    expect(explained.filter((r) => /fallback/.test(r))).toEqual(['fallback-victim']);
  });
  it('weapons: a coal mine is not-weapon-of-another-sense; what attackers were armed with, not-weapon-in-use (terrorism)', () => {
    const trace: RuleFiring[] = [];
    findWeapons('Rescuers reached the coal mine on Monday.', 'rescuers reached the coal mine on monday.', 0, 41, trace);
    expect(trace.map((f) => [f.rule, f.text])).toEqual([['not-weapon-of-another-sense', 'mine']]);
    const armed = 'LIMA, 5 APR 90 -- [TEXT] APPROXIMATELY 20 TERRORISTS BARGED INTO THE PLANT ARMED WITH SUBMACHINEGUNS AND KILLED TWO GUARDS.';
    expect(rejects(armed, 'terrorism', '1990-04-05')).toContainEqual(['not-weapon-in-use', 'SUBMACHINEGUNS']);
  });
  it('a claimant before its apposition is actor-claimant-named', () => {
    const t = 'Ittehad-ul-Mujahideen Pakistan, an alliance of militant factions formed last year, claimed the bombing in a message to journalists.';
    const c = findResponsibility(t).find((x) => x.value === 'claimed');
    expect([c?.actor?.rule, c?.actor?.text]).toEqual(['actor-claimant-named', 'Ittehad-ul-Mujahideen Pakistan']);
  });
  it('a neighbourhood of the dateline city and a small namesake abroad keep one name each', () => {
    const text = 'SAN SALVADOR, 7 DEC 89 (ACAN-EFE) -- Urban commandos opened fire on two helicopters in the Zacamil neighborhood today.';
    const z = findPlaces(text).find((p) => p.text === 'Zacamil');
    expect([z?.place, z?.rule]).toEqual(['San Salvador', 'place-unknown-after-preposition>place-neighbourhood-of-city']);
    const soyapango = 'SAN SALVADOR, 7 DEC 89 -- Guerrillas attacked the houses at Prados de Venecia in Soyapango on Sunday.';
    const v = findPlaces(soyapango).find((p) => p.text === 'Prados de Venecia');
    if (v) expect([v.place, v.rule.split('>').pop()]).toEqual(['Soyapango', 'place-neighbourhood-of-city']);
  });
  it('the folded names are gone from the inventory', () => {
    const names = new Set(ruleInventory().map((r) => r.name));
    for (const n of ['actor-caps-titled', 'not-bomb-flop', 'not-shot-noun', 'not-interception', 'terrorism-unit-passive', 'terrorism-counted-tally', 'fallback-target-agent-skip', 'fallback-after-prep-skip', 'not-mine-pit', 'not-weapon-carried', 'place-unlisted-in-city', 'reading-animal-report'])
      expect(names.has(n), n).toBe(false);
    for (const n of ['not-another-kind', 'not-victim-object', 'terrorism-military-object', 'fallback-target-skip', 'not-weapon-in-use', 'generic-perfect-bare-plural']) expect(names.has(n), n).toBe(true);
  });
});

describe('namedAgain: a target named again by a part of its name is one target, the fuller name kept', () => {
  it('a bare facility word beside the fuller facility', () => {
    const text = 'LIMA, 10 OCT 88 -- [TEXT] TERRORISTS BOMBED THE HOME OF GENERAL ENRIQUE FRANCO. THE HOME WAS DESTROYED.';
    const [e] = run(text, 'terrorism', '1988-10-10').events;
    const homes = e!.targets.filter((t) => /home/i.test(t.name));
    expect(homes.length).toBeLessThanOrEqual(1);
    for (const t of e!.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('people named twice: the fuller name kept, the shorter rejected under target-named-once', () => {
    const text = 'SAN SALVADOR, 16 NOV 89 -- [TEXT] UNIDENTIFIED MEN MURDERED SIX JESUIT PRIESTS TODAY. THE PRIESTS WERE SHOT IN THE HEAD.';
    const r = run(text, 'terrorism', '1989-11-16');
    expect((r.trace ?? []).filter((f) => f.rule === 'target-named-once').map((f) => f.text)).toEqual(['PRIESTS']);
    expect(r.events.flatMap((e) => e.targets.map((t) => t.name.toUpperCase()))).toEqual(['JESUIT PRIESTS']);
  });
});

// (findActors: the upper-case wire is truecased in the pipeline, so no person comes of a caps title alone)
describe('actor-caps-titled is gone', () => {
  it('a raw caps title before a name gives no person mention by itself', () => {
    expect(findActors('COLONEL GUILLERMO BENAVIDES WAS ARRESTED.').filter((a) => a.rule === 'actor-given-name' && a.name === 'BENAVIDES')).toEqual([]);
  });
});
