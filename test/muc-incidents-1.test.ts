// Incident boundaries in wires that tell several incidents (src/core/refine/attach.ts referenceOf, roles.ts
// OFFSET_CLAUSE; src/core/refine/merge.ts): a clause that an offset ("a few hours after …") opens names another
// incident, whatever the number of words between its "after" and its trigger; its values stay its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1989-09-04'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const spanOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    for (const a of [...e.attackers, ...e.targets, ...e.weapons]) expect(text.slice(a.start, a.end)).toBe(a.text);
    for (const c of [e.killed, e.wounded]) if (c) expect(text.slice(c.start, c.end)).toBe(c.text);
  }
};

describe('time-offset-reference, told as a clause of its own (OFFSET_CLAUSE)', () => {
  it('an offset clause with a subject before its verb ("a few hours after a man … killed") is another incident: its toll stays its own', () => {
    const text =
      'BOGOTA, 4 SEP 89 (DPA) -- [TEXT] A bomb exploded inside a plane parked at the Medellin airport today. ' +
      'The incident took place only a few hours after a man dressed in a military uniform killed 2 persons and wounded 9 others with a machinegun at a bus station in Cali.';
    const r = code(text);
    expect(r.events).toHaveLength(2);
    const [bomb, shooting] = r.events;
    expect(bomb!.type).toBe('bombing');
    expect(bomb!.targets.map((t) => t.name)).toEqual(['plane']);
    expect(bomb!.killed).toBeNull();
    expect(bomb!.wounded).toBeNull();
    expect(shooting!.trigger.text).toBe('killed');
    expect(shooting!.killed?.value).toBe(2);
    expect(shooting!.wounded?.value).toBe(9);
    expect(shooting!.targets.map((t) => t.name)).toEqual(['persons']);
    spanOk(r, text);
  });

  it('an offset clause of "another" deed ("a few hours after another explosion destroyed one store") opens an incident with its target', () => {
    const text =
      'BOGOTA, 26 SEP 89 (DPA) -- [TEXT] A bomb partially destroyed a secondary school in southern Bogota tonight. ' +
      'The explosion caused no casualties. ' +
      'The dynamite attack occurred only a few hours after another explosion destroyed one store of a supermarket chain in northern Bogota.';
    const r = code(text, '1989-09-26');
    expect(r.events).toHaveLength(2);
    const [school, store] = r.events;
    expect(school!.targets.map((t) => t.name)).toEqual(['secondary school']);
    expect(store!.trigger.text).toBe('explosion');
    expect(store!.targets.map((t) => t.name)).toEqual(['one store']);
    spanOk(r, text);
  });

  it('negative: an offset that points back to the incident told ("a few hours after the attack") starts none', () => {
    const text =
      'BOGOTA, 30 MAY 89 (EFE) -- [TEXT] A car bomb attack against the DAS director killed four pedestrians in Bogota today. ' +
      'The director read an open letter to the attorney general a few hours after the attack.';
    const r = code(text, '1989-05-30');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.killed?.value).toBe(4);
  });

  it('negative: "after" that opens a clause with no time span before it ("after the guerrillas attacked …") is no offset', () => {
    const text =
      'LIMA, 10 MAR 89 (EFE) -- [TEXT] Shining Path guerrillas killed four peasants in Santa Maria del Valle today. ' +
      'The peasants died after the guerrillas opened fire on their house.';
    const r = code(text, '1989-03-10');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.killed?.value).toBe(4);
  });
});
