// Incident boundaries in wires that tell several incidents (src/core/refine/attach.ts KINDS_APART, merge.ts
// mergeGroups): one sentence that tells deeds of different kinds as deeds of their own ("killed a watchman, and set
// fire to the farm") tells one incident of each kind, as MUC-4 keys code them; the later kind joins no incident that
// holds the first.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published: string, scope: 'terrorism' | 'all' = 'terrorism'): ArticleResult => extract(text, { published, explain: true, scope });
const fired = (r: ArticleResult) => r.trace!.filter((t) => t.rule === 'deeds-of-other-kinds-apart').map((t) => t.text);
const spanOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    for (const a of [...e.attackers, ...e.targets, ...e.weapons]) expect(text.slice(a.start, a.end)).toBe(a.text);
    for (const c of [e.killed, e.wounded]) if (c) expect(text.slice(c.start, c.end)).toBe(c.text);
  }
};

const FARM =
  'BOGOTA, 10 SEP 89 (EFE) -- [TEXT] UNIDENTIFIED INDIVIDUALS TODAY BROKE INTO A FARM OWNED BY CARLOS OSSA, MANAGER OF THE COLOMBIAN ' +
  'INSTITUTE OF AGRARIAN REFORM, KILLED A WATCHMAN, AND SET FIRE TO THE FARM.';
const BOAT =
  'QUITO, 30 APR 90 (EFE) -- [TEXT] GOVERNMENT SECRETARY PEDRO SAAD ANNOUNCED TODAY THAT A GROUP OF COLOMBIANS DRESSED AS MILITARY MEN ' +
  'ON 28 APRIL KIDNAPPED U.S. CITIZEN SCOTT HEYNDAL, KILLED A COLOMBIAN, AND WOUNDED AN ECUADOREAN. ' +
  'HEYNDAL AND HIS COMPANIONS WERE TRAVELING ABOARD A SMALL BOAT ON THE SAN MIGUEL RIVER WHEN THEY WERE ATTACKED WITH AUTOMATIC WEAPONS.';

describe('deeds-of-other-kinds-apart (KINDS_APART)', () => {
  it('a killing and a burning told as coordinated deeds are two incidents: the attack and the arson, each with its target', () => {
    const r = code(FARM, '1989-09-10');
    expect(fired(r)).toEqual(['SET FIRE\nTO'.replace('\n', ' ')]);
    expect(r.events.map((e) => e.type)).toEqual(['attack', 'arson']);
    const [attack, arson] = r.events;
    expect(attack!.trigger.text).toBe('KILLED');
    expect(attack!.targets.map((t) => t.name)).toContain('watchman');
    expect(attack!.killed?.value).toBe(1);
    expect(arson!.trigger.text).toBe('SET FIRE TO');
    expect(arson!.killed).toBeNull();
    spanOk(r, FARM);
  });

  it('a kidnapping and a killing of other victims in one reported clause are two incidents; the next sentence stays with the last', () => {
    const r = code(BOAT, '1990-04-30');
    expect(fired(r)).toEqual(['KILLED']);
    expect(r.events).toHaveLength(2);
    const [kidnap, attack] = r.events;
    expect(kidnap!.type).toBe('abduction');
    // (a MUC-4 ATTACK: the killing of a named person reads as an assassination)
    expect(['attack', 'assassination']).toContain(attack!.type);
    expect(kidnap!.targets.map((t) => t.name)).toContain('Scott Heyndal');
    expect(kidnap!.killed).toBeNull();
    expect(attack!.killed?.value).toBe(1);
    expect(attack!.wounded?.value).toBe(1);
    expect(attack!.date.value).toBe('1990-04-28');
    spanOk(r, BOAT);
  });

  it('negative: deeds of one object told in steps ("kidnapped and then murdered the mayor") are one incident', () => {
    const text = 'LIMA, 5 MAY 89 (EFE) -- [TEXT] SHINING PATH TERRORISTS YESTERDAY KIDNAPPED AND THEN MURDERED THE MAYOR OF HUANTA.';
    const r = code(text, '1989-05-05');
    expect(fired(r)).toEqual([]);
    expect(r.events).toHaveLength(1);
  });

  it('negative: a passive deed ("were abducted and subsequently murdered") and a toll with its "were" left out ("and 26 shacks burned") part nothing', () => {
    const a = 'SAN SALVADOR, 4 MAR 89 (ACAN-EFE) -- [TEXT] TWO MEMBERS OF THE CIVIL DEFENSE WERE ABDUCTED AND LATER MURDERED BY THE REBELS NEAR GUAZAPA.';
    expect(fired(code(a, '1989-03-04'))).toEqual([]);
    const b = 'BOGOTA, 1 SEP 88 (INRAVISION) -- [TEXT] GENERAL MEDINA REPORTED THAT GUERRILLAS KILLED 12 PEOPLE, WOUNDED 15, AND 26 SHACKS BURNED.';
    expect(fired(code(b, '1988-09-01'))).toEqual([]);
  });

  it('negative: a bombing and what the bomb did are one kind ("bombs exploded and destroyed"), and other scopes keep one incident', () => {
    const a = 'LIMA, 5 MAY 89 (EFE) -- [TEXT] TWO BOMBS EXPLODED TODAY AT THE CITY HALL AND DESTROYED THREE OFFICES.';
    const ra = code(a, '1989-05-05');
    expect(fired(ra)).toEqual([]);
    expect(ra.events).toHaveLength(1);
    const rb = code(FARM, '1989-09-10', 'all');
    expect(fired(rb)).toEqual([]);
    expect(rb.events).toHaveLength(1);
  });
});

describe('KINDS_APART examples', () => {
  it('each pos example fires the rule and each neg one does not', async () => {
    const { KINDS_APART } = await import('../src/core/refine/attach.js');
    for (const x of KINDS_APART.examples.pos) expect(fired(code(x, '1989-09-10')), x).toHaveLength(1);
    for (const x of KINDS_APART.examples.neg) expect(fired(code(x, '1989-09-10')), x).toEqual([]);
  });
});
